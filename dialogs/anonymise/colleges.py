"""Universities, colleges and sixth forms named by the forms students write them in: "University of Strathtay",
"university of strathtay", "Usk Vale University", "NORTHWOLD UNI", "ravensmoor university", "tannery sfc" (a
sixth form college), "saddlers 6th", "Brocade 6th form", "turners way utc", "thatchers close sixth form centre",
"Merino SS" (a secondary school), "Wheelwrights College of FE", and a form's "COLLEGE: WHEELWRIGHT".

A university is where a young person can be found, so it is hidden like a school. The kind word alone is an everyday
word ("at uni", "the local university", "the Open University"), so a name is only taken when one of its words is no
dictionary word, or is capitalised with the kind word; each shape is looked for only where its kind word stands
(speed)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, places
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

# Words that end a name walked back from its kind word: cues, determiners, pronouns, verbs of going.
_STOP = frozenset(
    {"at", "to", "from", "in", "the", "a", "an", "his", "her", "their", "my", "our", "your", "this", "that", "of",
     "attends", "attended", "attending", "and", "or", "for", "with", "by", "on", "is", "was", "new", "local", "same",
     "old", "previous", "current", "another", "which", "who", "into", "its", "no", "not", "outside", "near", "go",
     "goes", "went", "going", "studies", "studying", "left", "leaving", "back", "first", "second", "third", "final",
     "year", "yr", "student", "students", "tutor", "lecturer", "says", "said", "mates", "friends", "via", "ex",
     "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
     "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
     "thu", "thur", "thurs", "fri", "sat", "sun"})
# Cues that put a setting after them, for the short forms that are ordinary words elsewhere ("the 6th", "SS").
_CUES = frozenset({"at", "from", "attends", "attended", "attending", "to", "in"})
_WORD_BEFORE_RE = re.compile(r"([A-Za-z][A-Za-z'’-]*)[ \t]+$")
_KINDS = ("university", "uni", "sfc", "6th form", "6th", "ss", "utc", "sixth form centre", "sixth form college",
          "college of fe", "college of further education")
# A university every student may study at, which says nothing of where one is: "the Open University".
_NATIONAL = frozenset({"open"})
# The kinds that need a cue before the name: elsewhere they are a date's day ("the 6th") or social services.
_CUED_KINDS = frozenset({"6th", "ss"})
_NEXT_NOT_6TH = re.compile(
    r"[ \t]+(?i:floor|of|time|day|birthday|form|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def _name_start(text: str, key: int, kind: str) -> int:
    """Where the name before a kind word at `key` starts, or `key` when no name goes with it."""
    written = text[key : key + len(kind)]
    letters = [ch for ch in written if ch.isalpha()]
    # "Brocade 6th form", "saddlers 6th": a kind that opens with a digit is written in either case.
    either = written[0].isdigit()
    capital = letters[0].isupper()
    upper = kind != "ss" and len(letters) > 1 and all(ch.isupper() for ch in letters)
    pos = key
    words: list[tuple[int, str, bool]] = []
    while len(words) < 3:
        m = _WORD_BEFORE_RE.search(text, max(0, pos - 30), pos)
        if m is None:
            break
        word = m.group(1)
        low = word.lower()
        if low in _STOP or (upper and not word.isupper()):
            break
        if not either and not upper and (word[0].isupper() != capital or (not capital and not word.islower())):
            break
        words.append((m.start(1), low, word[0].isupper()))
        pos = m.start(1)
    # The leftmost word names the place: a dictionary word there in lower case ("local", "nursing") is no name of its
    # own; in capitals it is ("Brocade 6th form"), and a sixth form college's or a UTC's short form says enough.
    while words:
        _, low, cap = words[-1]
        plain = low in english_words() or low in places()
        # "6th" alone is a date's day after a capitalised word as often ("Tesco 6th"): only an undictionaried name.
        named = not plain or (cap and kind != "6th") or kind in ("sfc", "utc")
        if named and low not in _NATIONAL:
            break
        words.pop()
    if not words:
        return key
    if kind in _CUED_KINDS:
        cue = _WORD_BEFORE_RE.search(text, max(0, words[-1][0] - 16), words[-1][0])
        if cue is None or cue.group(1).lower() not in _CUES:
            return key
        if kind == "ss" and words[-1][1] in places():
            return key
    return words[-1][0]


def _kind_at(low: str, i: int) -> str | None:
    """The longest kind word standing whole at `i` in the lower-cased note."""
    if i > 0 and (low[i - 1].isalnum() or low[i - 1] in "@._-/"):
        return None
    best = None
    for kind in _KINDS:
        j = i + len(kind)
        whole = low.startswith(kind, i) and (j == len(low) or not (low[j].isalnum() or low[j] in "@_-"))
        if whole and (best is None or len(kind) > len(best)):
            best = kind
    return best


def college_names(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    # "ss" stands inside every "class" and "less": a secondary school is only "SS", looked for as written (speed).
    starts = sorted({*scan.literal_starts(low, ("uni", "sfc", "6th", "utc", "sixth form c", "college of f")),
                     *scan.literal_starts(text, ("SS",))})
    for i in starts:
        kind = _kind_at(low, i)
        if kind is None or (kind == "ss" and text[i : i + 2] != "SS"):
            continue
        end = i + len(kind)
        if kind == "6th" and _NEXT_NOT_6TH.match(text, end):
            continue
        start = _name_start(text, i, kind)
        if start < i:
            yield Span(EntityType.SCHOOL, start, end, P_SCHOOL)
    yield from _universities_of(text, low)
    yield from _college_fields(text, low)


# "University of Strathtay", "university of strathtay": the name after "of", one or two words.
_OF_RE = re.compile(r"(?i:university)[ \t]+of[ \t]+(?P<name>[A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+)?)")


def _universities_of(text: str, low: str) -> Iterator[Span]:
    i = low.find("university of ")
    while i != -1:
        m = _OF_RE.match(text, i)
        if m is not None and (i == 0 or not text[i - 1].isalnum()):
            name = m.group("name")
            first = name.split()[0].lower()
            if first not in english_words():
                yield Span(EntityType.SCHOOL, i, m.end(), P_SCHOOL)
        i = low.find("university of ", i + 1)


# A form's field for the student's college or university: "COLLEGE: WHEELWRIGHT / CONCERN: ...".
_FIELD_RE = re.compile(r"(?i:college|university|uni|sixth form)[ \t]*:[ \t]*(?P<v>[A-Za-z][A-Za-z'’ -]{1,40}?)"
                       r"[ \t]*(?=[/\n|;]|$|\.[ \t])")


def _college_fields(text: str, low: str) -> Iterator[Span]:
    for lit in ("college:", "university:", "uni:", "sixth form:", "college :"):
        i = low.find(lit)
        while i != -1:
            head = i
            while head > 0 and low[head - 1].isalpha():
                head -= 1
            m = _FIELD_RE.match(text, head) if head == i else None
            if m is not None:
                yield Span(EntityType.SCHOOL, m.start("v"), m.end("v"), P_SCHOOL)
            i = low.find(lit, i + 1)
