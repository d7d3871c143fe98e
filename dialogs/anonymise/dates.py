"""Dates that can single a person out: any date with a day in it, and a month or year given as a
date of birth. Ages ("aged 8", "Year 4") and a bare month or year stay visible: advisers need them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.types import EntityType, Span

P_DATE = 60

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"

NUMERIC_RE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|\.\d)")
# Day and month only ("26/3"): a day over 12, or a word that introduces a date, rules out a fraction.
SHORT_RE = re.compile(
    r"(?:\b(?:on|since|from|until|till|by|before|after|dob|d\.o\.b\.?|born)\s+|(?<![\w/.-]))"
    r"(?P<d>(\d{1,2})/(\d{1,2}))(?![\w/]|\.\d)",
    re.IGNORECASE,
)
ISO_RE = re.compile(r"(?<![\w/-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?![\w/])")
WRITTEN_RE = re.compile(
    rf"\b(?:{_WEEKDAY})?(?:the\s+)?{_DAY}(?:\s+of)?[\s-]+{_MONTH}(?:,?[\s-]+{_YEAR})?(?![\w'])"
    rf"|\b(?:{_WEEKDAY})?{_MONTH}\s+(?:the\s+)?{_DAY}(?:,?\s+{_YEAR})?(?![\w'])"
    rf"|\b{_MONTH}[\s,]+(?:19|20)\d{{2}}\b"
    rf"|\b{_WEEKDAY}(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
# A month and year, or a year alone, counts only when it is someone's date of birth.
DOB_RE = re.compile(
    rf"\b(?:dob|d\.o\.b\.?|date of birth|born(?:\s+(?:on|in))?|birthday)\s*(?:is|was)?\s*[:\-–]?\s*"
    rf"(?P<d>{_MONTH}\s+{_YEAR}|\d{{1,2}}[/.-]\d{{2,4}}|(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


def _plausible(a: int, b: int) -> bool:
    # Either day/month or month/day order: both must fit a calendar, so "12.5.3" versions don't match.
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def find_dates(text: str, wins: scan.Windows) -> Iterator[Span]:
    for m in scan.finditer(NUMERIC_RE, text, wins):
        if _plausible(int(m.group(1)), int(m.group(3))):
            yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    for m in scan.finditer(SHORT_RE, text, wins):
        day, month = int(m.group(2)), int(m.group(3))
        cued = m.start("d") != m.start()
        if 1 <= month <= 12 and 1 <= day <= 31 and (cued or day > 12):
            yield Span(EntityType.DATE, m.start("d"), m.end("d"), P_DATE)
    for m in scan.finditer(ISO_RE, text, wins):
        yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    for m in scan.finditer(WRITTEN_RE, text, wins):
        matched = m.group()
        # "may" is also a verb: "she may 2" is not a date, so lower-case "may" needs a digit day first.
        if re.fullmatch(r"may\s+\d.*", matched):
            continue
        yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    for m in scan.finditer(DOB_RE, text, wins):
        yield Span(EntityType.DATE, m.start("d"), m.end("d"), P_DATE)
