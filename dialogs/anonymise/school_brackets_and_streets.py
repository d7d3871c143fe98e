"""Schools written in ways the school rules stop short of:

- the church's mark in brackets after a found school: "Ysgol Sant Illtud (C in W)", "St Mary's (C of E)",
  "Holy Cross (RC)". It is part of the school's name as the school writes it; hidden apart, the note reads
  "[school] (C in W)", which narrows the schools to a few.
- a school in brackets after the word "school": "ringing school (half crown high) am". The bracket gives the
  school's name; its last word is a school's kind ("high", "primary"), and the words before it are no measure
  ("school (attendance high)") or grammar ("school (not high)").
- a school named by its street, in lower case, its kind cut short: "sovereign cl prim", "mill rd jnr". The street
  word between the name and the kind makes it a school ("cl prim" is no phrase), with no cue before it
  (school_tails needs one, or the name alone on its line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_SCHOOL = EntityType.SCHOOL

# "(C in W)", "(CofE)", "(RC)", "(VA)": a church's or a foundation's mark, as schools write it after their names.
_CHURCH_MARK_RE = re.compile(
    r"[ \t]*\((?:C[ \t]in[ \t]W|C[ \t]of[ \t]E|CofE|CoE|CiW|CE|C\.E\.|RC|R\.C\.|VA|VC|"
    r"(?i:church[ \t]+in[ \t]+wales|church[ \t]+of[ \t]+england|catholic|voluntary[ \t]+aided|voluntary[ \t]+"
    r"controlled))\)"
)


def church_marks_after_schools(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    for sp in spans:
        # Only a bracket right after the school is looked at (speed: one character test per school).
        if sp.type is _SCHOOL and text[sp.end : sp.end + 2] in (" (", "("):
            m = _CHURCH_MARK_RE.match(text, sp.end)
            if m is not None:
                yield Span(_SCHOOL, sp.start, m.end(), sp.priority, sp.child)


_KINDS = r"high|primary|prim|academy|acad|juniors?|jnrs?|infants|infs|grammar|ps"
# "school (half crown high)": one to three name words and the kind, closing the bracket.
_BRACKETED_RE = re.compile(
    rf"\b(?i:school|sch|schl)[ \t]*\((?P<s>(?P<name>[A-Za-z][\w'’-]{{0,20}}(?:[ \t]+[A-Za-z][\w'’-]{{0,20}}){{0,2}})"
    rf"[ \t]+(?i:{_KINDS}))\)"
)
# Words a bracket after "school" may hold that make it no school's name: grammar, and measures of school.
_NOT_NAME = frozenset({"the", "a", "an", "not", "very", "too", "so", "quite", "really", "is", "was", "are", "risk",
                       "attendance", "absence", "anxiety", "stress", "concern", "concerns", "refusal", "priority",
                       "level", "levels", "demand", "pressure", "staff", "and", "or", "at", "to", "from", "in", "of",
                       "junior", "senior", "secondary", "new", "old", "his", "her", "their", "my", "our", "your"})


def bracketed_schools(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if "school (" not in low and "sch (" not in low and "schl (" not in low and "school(" not in low:
        return
    for m in _BRACKETED_RE.finditer(text):
        words = m.group("name").lower().split()
        if any(w in _NOT_NAME for w in words):
            continue
        if len(words) == 1 and words[0] in english_words():
            continue  # "school (sixth high)": one everyday word is no name
        yield Span(_SCHOOL, m.start("s"), m.end("s"), P_SCHOOL)


# "sovereign cl prim": one or two lower-case name words, a short street word, and a kind that is only a school's.
_STREET_AND_KIND = (r"(?:cl|rd|ln|ave|dr|gdns|cres|tce|st|close|road|lane|avenue|drive|crescent|terrace|gardens)[ \t]+"
                    r"(?:prim|jnr|jnrs|infs|acad)\b")
_STREET_SCHOOL_RE = re.compile(
    r"(?<![\w'’-])(?P<s>(?P<name>[a-z][a-z'’-]{1,20}(?:[ \t]+[a-z][a-z'’-]{1,20})?)[ \t]+"
    rf"{_STREET_AND_KIND})(?![ \t]*[\w'’-]*\d)"
)
_STREET_SCHOOL_GATE = (" prim", " jnr", " infs", " acad")
# The street word and the kind, which every match holds: "prim" opens "primary" in most school notes, and the whole
# pattern tried at every lower-case word cost most of this module (speed).
_STREET_KIND_RE = re.compile(rf"[ \t]{_STREET_AND_KIND}")
# Words that open no school's name: grammar before it ("at sovereign cl prim" keeps "at").
_LEAD_STOP = frozenset({"the", "a", "an", "at", "to", "from", "in", "on", "of", "by", "and", "or", "off", "his",
                        "her", "their", "my", "our", "your", "goes", "went", "attends", "attended", "is", "was",
                        "school", "sch", "log", "named", "person", "with", "for", "into", "are", "were", "be",
                        "been", "am", "we", "i", "it", "he", "she", "they", "you", "me", "him", "them", "us", "now",
                        "still", "also", "not", "left", "moved", "joined", "started", "starts", "new", "old", "near",
                        "past", "opposite", "behind", "next", "year", "yr", "pupil", "pupils", "kids", "child", "down",
                        "up", "along", "round", "over", "across", "just", "very", "so", "too", "bit", "little"})


def street_named_schools(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if not any(g in low for g in _STREET_SCHOOL_GATE) or _STREET_KIND_RE.search(text) is None:
        return
    for m in _STREET_SCHOOL_RE.finditer(text):
        words = m.group("name").split()
        # The name starts after the last little word: "at sovereign cl prim", "down the road prim" (no name).
        cut = max((k + 1 for k, w in enumerate(words) if w in _LEAD_STOP), default=0)
        if cut == len(words):
            continue
        start = m.start("s") if cut == 0 else text.index(words[cut], m.start("s") + len(" ".join(words[:cut])))
        yield Span(_SCHOOL, start, m.end("s"), P_SCHOOL)
