"""An officer's collar number after the rank ("brought in by PC 9728", "Sgt 442 attended"); the surname a custody
record writes after it ("by PC 1108 GULBIS") is a name, found with the other told names (`told_names.py`).

A collar number identifies one officer as surely as the name, so it is a reference. It has no shape of its own,
only the rank before it: each digit run is checked for a rank word straight before it, which costs one look back
per number and no scan of the text (speed).
"""

from __future__ import annotations

from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

# Ranks written before a collar number. Only the unambiguous ones in lower case: "ps" and "ds" are also a
# postscript and a plural in chat.
_RANKS = frozenset({"PC", "DC", "PS", "DS", "PCSO", "DCI", "DI", "SGT", "Sgt", "DSgt", "Insp", "INSP",
                    "pc", "Pc", "pcso", "sgt"})


def _rank_before(text: str, start: int) -> bool:
    j = start
    if j == 0 or text[j - 1] not in " \t":
        return False
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j > 0 and text[j - 1] == ".":
        j -= 1  # "Sgt. 442"
    i = j
    while i > 0 and j - i < 5 and text[i - 1].isalpha():
        i -= 1
    return j - i >= 2 and not (i > 0 and text[i - 1].isalnum()) and text[i:j] in _RANKS


# A count's unit after the number: "PC 45 mins later" counts, it names no officer.
_UNITS = frozenset({"min", "mins", "minutes", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "wks",
                    "month", "months", "year", "years", "yrs", "times", "secs", "seconds", "mph", "miles", "yards",
                    "metres", "m", "ft", "am", "pm"})


def _next_word(text: str, end: int) -> str:
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    j = i
    while j < len(text) and j - i < 8 and text[j].isalpha():
        j += 1
    return text[i:j]


def _collars(text: str, digits: scan.DigitScan) -> Iterator[tuple[int, int]]:
    """Each collar number after a rank: two to six digits, maybe after a short letter prefix of the force's own
    ("PC XN5762"), standing alone (no time, date, fraction or measure)."""
    n = len(text)
    for s, e in digits.runs:
        if not 2 <= e - s <= 6 or (e < n and (text[e].isalnum() or (text[e] in "/:.-" and e + 1 < n
                                                                       and text[e + 1].isdigit()))):
            continue
        start = s
        while start > 0 and s - start < 3 and text[start - 1].isupper():
            start -= 1
        if start > 0 and text[start - 1].isalnum():
            continue
        if _rank_before(text, start) and _next_word(text, e).lower() not in _UNITS:
            yield start, e


def collar_numbers(text: str, digits: scan.DigitScan) -> list[Span]:
    return [Span(EntityType.REFERENCE, s, e, P_REFERENCE) for s, e in _collars(text, digits)]
