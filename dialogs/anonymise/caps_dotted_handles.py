"""Handles with no "@" in a note typed in capitals: "MUM NIESHA ON NIESHA.WHYBROW.SAPPER ASKING FOR MONEY",
"ON SILINDILE_ARMYWIFE_37". dotted_handles knows this shape only in lower case ("mrs.yorath.wynford"), so in capitals
the name inside the handle was hidden as a person and the rest of the handle left in the note.

The same reasons hold in capitals: words joined by two dots, or by an underscore, or with a digit in them, are no
word, abbreviation or file name, and a domain or a file ends in a suffix (left to the email and link rules). One dot
alone ("WANJUGU.YOMP") is taken only after "ON", "IS" or "AS" (where a note says where someone posts), with both
parts at least three letters. Short tokens ("NO.5", "RM.12", "FLAT_2") and a word with a number after
one dot or underscore ("PARA.12", "SECTION_17") are numbered things, never taken.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.dotted_handles import SUFFIXES
from dialogs.anonymise.priority import P_HANDLE
from dialogs.anonymise.types import EntityType, Span

_HANDLE = EntityType.HANDLE
# A capital, capitals or digits, then one to three more parts after a dot or an underscore. Not inside a link, an
# email or a path, and not followed by more of a domain.
_CAPS_JOINED_RE = re.compile(r"(?<![\w@./:-])[A-Z][A-Z0-9]{1,30}(?:[._][A-Z0-9]{1,30}){1,3}(?![\w@/-]|\.\w)")
_CUE_BEFORE_RE = re.compile(r"(?<![\w'’])(?:ON|IS|AS|on|is|as)[ \t]+$")
# Cheap test that a note holds what every handle's start does: a capital, capitals or digits, then a dot or an
# underscore and a capital or digit (speed; a date's "12.03" is no handle).
_GATE_RE = re.compile(r"[A-Z][A-Z0-9]{1,30}[._][A-Z0-9]")


def caps_dotted_handles(text: str) -> Iterator[Span]:
    if _GATE_RE.search(text) is None:
        return
    for m in _CAPS_JOINED_RE.finditer(text):
        token = m.group()
        parts = re.split(r"[._]", token)
        if parts[-1].lower() in SUFFIXES or len(token) < 8 or len(parts[0]) < 3:
            continue  # a domain or a file; or short, "NO.5", "RM.12", "FLAT_2"
        if len(parts) == 2 and parts[1].isdigit():
            continue  # a numbered item: "PARA.12", "SECTION_17"
        shaped = "_" in token or len(parts) > 2 or any(ch.isdigit() for ch in token)
        cued = (all(len(p) >= 3 and p.isalpha() for p in parts)
                and _CUE_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) is not None)
        if shaped or cued:
            yield Span(_HANDLE, m.start(), m.end(), P_HANDLE)
