"""A bilingual form's field label, its Welsh word then its English one: "Plentyn/Child:", "Pryder/Concern:".

Welsh public bodies write forms in both languages, and the Welsh word opens the line with a capital, where a rule
reading a capitalised word before a colon would take it for a name. The English label after the slash says it is
the field's name: the Welsh word is kept readable. Only a field's label from a fixed list counts, so "Kev/Dad:", a
chat's speaker and his role, stays hidden.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogs.anonymise.types import EntityType, Span

_LABELS = (
    "child|children|young person|concern|concerns|name|address|school|parent|parents|carer|carers|date|referrer|"
    "outcome|action|actions|risk|risks|notes|summary|subject|reason|worker|age|family|incident|category|details|"
    "response|agency|service|setting|language|plan|allegation|decision|next steps|background|location|signature"
)
_AFTER_RE = re.compile(rf"[ \t]*/[ \t]*(?i:{_LABELS})[ \t]*:")


def drop_bilingual_labels(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without one-word people that open a line as the other language's half of a field's label."""
    if "/" not in text:
        return list(spans)  # most notes hold no slash at all (speed)
    out: list[Span] = []
    for sp in spans:
        if (sp.type is EntityType.PERSON and text[sp.end : sp.end + 1] in ("/", " ")
                and text[max(0, sp.start - 1) : sp.start] in ("", "\n")
                and " " not in text[sp.start : sp.end] and _AFTER_RE.match(text, sp.end)):
            continue
        out.append(sp)
    return out
