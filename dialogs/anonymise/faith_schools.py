"""Faith schools named in a lower-case note, which end at "high" with no "school" after them ("at cardinal
heenan catholic high"), and capitalised ones that do the same ("St Mungo's RC High", "St Teilo's Church in Wales
High": Wales's church schools are "Church in Wales", CiW)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.school_suffixes import site_street_end
from dialogs.anonymise.types import EntityType, Span

# One to three words, the faith word and "high", and no street word after it ("catholic high street").
LOWER_FAITH_HIGH_RE = re.compile(
    r"(?P<name>(?:[a-z][a-z'’-]*[ \t]+){1,3})"
    r"(?:rc|catholic|c of e|cofe|ce|church of england|church in wales|ciw)[ \t]+high\b"
    r"(?![ \t]+(?:street|st\b|road|rd\b|lane|park|view|court|close|way|cross|bank|town|level))"
)
_WORD_RE = re.compile(r"[a-z][a-z'’-]*")
_SCHOOL_LEADS = frozenset({"at", "attends", "attended", "attending", "from", "to"})


def lower_faith_highs(text: str, stop: frozenset[str]) -> Iterator[Span]:
    """The words before the faith word are the name when one of them is no everyday word, or when "at",
    "attends", "from" or "to" comes first; `stop` words ("at", "the", "his") are never part of it."""
    for m in LOWER_FAITH_HIGH_RE.finditer(text):
        words = list(_WORD_RE.finditer(text, m.start("name"), m.end("name")))
        # The name begins after the last stop word: "goes to brackenby rc high" names "brackenby rc high".
        cut = max((i for i, w in enumerate(words) if w.group() in stop), default=-1)
        words = words[cut + 1 :]
        if not words:
            continue
        start = words[0].start()
        lead = text[max(0, start - 12) : start].split()
        if any(w.group() not in english_words() for w in words) or (lead and lead[-1] in _SCHOOL_LEADS):
            yield Span(EntityType.SCHOOL, start, m.end(), P_SCHOOL)


# "St Mungo's RC High", "Holy Cross Catholic High": a faith school's name often ends at "High", with no
# "School" after it. Without the faith word, "Oakwood High" could be the start of "Oakwood High Street".
FAITH_HIGH_RE = re.compile(
    r"\b(?:RC|R\.C\.|CE|C\.E\.|C of E|CofE|Catholic|Church of England|Church in Wales|CiW)[ \t]+High\b"
    r"(?![ \t]+(?:Street|St\b|Road|Rd\b|Lane|Ln\b|Park|View|Court|Close|Way|Cross|Bank|Town|Level))"
)


# The same in a log in capitals: "BOTH SHOULD BE AT ST BRIDE'S RC HIGH (GALAXY ROAD)".
FAITH_HIGH_CAPS_RE = re.compile(
    r"\b(?:RC|R\.C\.|CE|C\.E\.|C OF E|COFE|CATHOLIC|CHURCH OF ENGLAND|CHURCH IN WALES|CIW)[ \t]+HIGH\b"
    r"(?![ \t]+(?:STREET|ST\b|ROAD|RD\b|LANE|LN\b|PARK|VIEW|COURT|CLOSE|WAY|CROSS|BANK|TOWN|LEVEL))"
)
# Words of the log before the name, which the walk back over capitalised words would take in.
_CAPS_LEADS_RE = re.compile(
    r"(?:(?:AT|TO|FROM|BE|IN|OF|ATTENDS|ATTENDED|AND|THE|BOTH|SHOULD|GOES|WENT|SCHOOL:?)[ \t]+)+"
)


# The dedications Catholic schools are named for, whose small word stops the walk back over capitalised words:
# "Christ the Redeemer RC High", "Our Lady of Lourdes RC High", "Mary Queen of Scots RC High".
_DEDICATION_RE = re.compile(r"(?:Christ[ \t]+the|Our[ \t]+Lady[ \t]+of|Queen[ \t]+of)[ \t]+$")


def _dedication_start(text: str, start: int) -> int:
    m = _DEDICATION_RE.search(text, max(0, start - 16), start)
    if m is None:
        return start
    # "Mary Queen of Scots": the name before "Queen of" is the dedication's too.
    head = text[max(0, m.start() - 6) : m.start()]
    return m.start() - 5 if text.startswith("Queen", m.start()) and head.endswith("Mary ") else m.start()


def faith_highs(text: str, names_before: Callable[[str, int], int | None]) -> Iterator[Span]:
    """`names_before`: where the capitalised words before an offset begin (`places` has it)."""
    for m in FAITH_HIGH_RE.finditer(text):
        start = names_before(text, m.start())
        if start is not None:
            start = _dedication_start(text, start)
            # A name never runs over a line break: the line above a signature's school is its sender.
            start = max(start, text.rfind("\n", start, m.start()) + 1)
            yield Span(EntityType.SCHOOL, start, m.end(), P_SCHOOL)
    for m in FAITH_HIGH_CAPS_RE.finditer(text) if "HIGH" in text else ():
        start = names_before(text, m.start())
        if start is None:
            continue
        # Skip the log's own words at the front: "AT ST BRIDE'S" keeps "ST BRIDE'S".
        lead = _CAPS_LEADS_RE.match(text, start, m.start())
        if lead is not None:
            start = lead.end()
        if start < m.start():
            yield Span(EntityType.SCHOOL, start, site_street_end(text, m.end(), True), P_SCHOOL)
