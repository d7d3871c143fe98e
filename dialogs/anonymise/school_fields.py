"""A school written in a form's "School:" field in lower case, named for its street: "School: hemstitch ave",
"Ysgol: bobbin winder prim", "Sgoil: cnoc road"; and the same name again elsewhere in the note.

The school rules need a school word or capitals; a quick form's field holds the name as typed. The label says it is
a school, and a value that ends on a street's word or a school's short form ("ave", "rd", "prim", "juniors") is its
name, where a value in ordinary words ("School: no concerns", "School: aware") stays readable. Once the field has
named it, the name typed again in the note ("youngest at hemstitch ave") is the same school. Tried only where a
school label and its colon stand.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_LABELS = ("school:", "ysgol:", "sgoil:", "scoil:")
_ENDS = (r"ave|avenue|rd|road|ln|lane|st|street|cl|close|dr|drive|way|row|walk|hill|grove|gdns|gardens|park|green|"
         r"brae|wynd|terrace|tce|crescent|cres|prim|primary|pri|juniors?|jnr|jr|infants?|inf|high|academy|acad|comp|"
         r"community|cp|ps|nursery")
# The label, then one to four words of letters ending on a street's word or a school's short form, then the field's
# end: a line's end, " / ", ";" , "," or ".".
_FIELD_RE = re.compile(
    r"(?<![\w'’])(?i:school|ysgol|sgoil|scoil)[ \t]*:[ \t]*"
    rf"(?P<s>(?!(?i:no|none|not|n/a|na|home|tbc|unknown|excluded|the|a)\b)[a-z][a-z'’-]*(?:[ \t]+[a-z][a-z'’-]*){{0,3}}"
    rf"[ \t]+(?i:{_ENDS}))(?=[ \t]*(?:$|\n|/|;|,|\.(?:[ \t]|$)))",
    re.MULTILINE,
)


def school_fields(text: str) -> Iterator[Span]:
    """Each school named in a school field, and every later mention of the same name in the note."""
    low = scan.lowered(text)
    if len(low) != len(text) or not any(lab in low for lab in _LABELS):
        return  # most notes have no school field (speed)
    names: set[str] = set()
    for m in _FIELD_RE.finditer(text):
        names.add(m.group("s").lower())
        yield Span(EntityType.SCHOOL, m.start("s"), m.end("s"), P_SCHOOL)
    for name in names:
        i = low.find(name)
        while i != -1:
            end = i + len(name)
            if (i == 0 or not low[i - 1].isalnum()) and (end == len(low) or not low[end].isalnum()):
                yield Span(EntityType.SCHOOL, i, end, P_SCHOOL)
            i = low.find(name, end)
