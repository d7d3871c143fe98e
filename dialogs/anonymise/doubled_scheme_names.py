"""A scheme's initials written twice before its number: "ADI ADI 954822", "XYZ XYZ 40112".

Why: a form's field label and the value's own prefix come out as the same capitals twice ("(ADI ADI 954822)": the
label "ADI", then the badge "ADI 954822" as the card prints it). The second copy is part of the number, so it goes
into the reference's span and the first stays as the note's label. The listed schemes already do this
(`references._named_twice`); this reads the doubling itself, so initials no list holds are taken in the same way.
Tried only before the numbers the digit scan found; a year after the initials ("ABC ABC 2024") stays a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.references import NOT_SYSTEMS
from dialogs.anonymise.types import EntityType, Span

# The same capitals twice (2-8 letters, "&" or "+" inside: "H&C H&C"), one blank after each, up to the number.
_DOUBLED_RE = re.compile(r"(?<![\w&+'’/-])(?P<a>[A-Z][A-Z&+]{1,7})[ \t](?P<b>[A-Z][A-Z&+]{1,7})[ \t]$")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
# The number ends the token: no letter, digit, slash or dash after it (a code's other parts are the shape rule's).
_TOKEN_END = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/-_")


def doubled_scheme_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    """Each "XYZ XYZ 123456": the second initials and the number, as one reference."""
    n = len(text)
    for s, e in digits.runs:
        if not 4 <= e - s <= 12 or s < 6 or text[s - 1] not in " \t" or not text[s - 2].isupper():
            continue  # the cheap sign first: capitals straight before the number's blank (speed)
        if e < n and text[e] in _TOKEN_END:
            continue
        if e - s == 4 and _YEAR_RE.fullmatch(text, s, e):
            continue
        m = _DOUBLED_RE.search(text, max(0, s - 20), s)
        if m is None or m.group("a") != m.group("b"):
            continue
        low = m.group("a").lower()
        if low in NOT_SYSTEMS or low in english_words():
            continue  # "NO NO 1234", "VERY VERY 2000": words said twice, not a scheme's initials
        yield Span(EntityType.REFERENCE, m.start("b"), e, P_REFERENCE)
