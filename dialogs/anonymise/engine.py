"""Runs the detectors (`detect`), settles overlaps, applies the practitioner's `keep` and `extra` lists and
writes the redacted text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence

from dialogs.anonymise.detect import detect
from dialogs.anonymise.placeholders import PersonLabeller
from dialogs.anonymise.priority import P_MARKED
from dialogs.anonymise.references import scheme_name
from dialogs.anonymise.types import FIXED_PLACEHOLDERS, NEVER_KEPT, Entity, EntityType, Redaction, Span

_EDGE = " \t\r\n,.;:!?()[]{}\"'“”‘’-–—"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


class _Occupied:
    """Non-overlapping accepted spans, kept sorted so each new span is checked in log time."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[Span] = []

    def free_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        i = bisect.bisect_right(self.starts, start)
        if i > 0 and self.spans[i - 1].end > start:
            i -= 1
        pieces: list[tuple[int, int]] = []
        cur = start
        while i < len(self.spans) and self.spans[i].start < end:
            s = self.spans[i]
            if s.start > cur:
                pieces.append((cur, s.start))
            cur = max(cur, s.end)
            i += 1
        if cur < end:
            pieces.append((cur, end))
        return pieces

    def add(self, span: Span) -> None:
        i = bisect.bisect_left(self.starts, span.start)
        self.starts.insert(i, span.start)
        self.spans.insert(i, span)


def _resolve(text: str, spans: Iterable[Span], occupied: _Occupied | None = None) -> _Occupied:
    """Higher priority wins, then the longer span. A loser keeps whatever part no winner covers, so a
    phone number next to a date is still hidden even when the two patterns overlap."""
    occ = occupied or _Occupied()
    starts, accepted = occ.starts, occ.spans
    for sp in sorted(spans, key=lambda s: (-s.priority, s.start - s.end, s.start)):
        # The usual case, a span that touches no accepted one, is settled by one bisect (speed).
        i = bisect.bisect_right(starts, sp.start)
        if (sp.start < sp.end and (i == 0 or accepted[i - 1].end <= sp.start)
                and (i == len(starts) or starts[i] >= sp.end)):
            starts.insert(i, sp.start)
            accepted.insert(i, sp)
            continue
        for a, b in occ.free_pieces(sp.start, sp.end):
            if a == sp.start and b == sp.end and a < b:
                occ.add(sp)
                continue
            a, b = _trim(text, a, b)
            if b - a < 2 and not text[a:b].isdigit():
                continue
            if any(ch.isalnum() for ch in text[a:b]):
                occ.add(Span(sp.type, a, b, sp.priority, sp.child))
    return occ


def _marked(text: str, extra: Sequence[str]) -> list[Span]:
    spans: list[Span] = []
    for item in extra:
        item = item.strip() if isinstance(item, str) else ""
        if not item:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(item) + r"(?!\w)", re.IGNORECASE)
        spans.extend(Span(EntityType.MARKED, m.start(), m.end(), P_MARKED) for m in pattern.finditer(text))
    return spans


def _numerals_as_spaces(text: str) -> str:
    """The text the detectors read: superscripts, fractions and other numerals that are not decimal digits become
    spaces. Python's regexes count them as word characters, so a footnote mark glued to a plate or a postcode
    ("LS1 4AB²") hid the word boundary every rule ends on, and the identifier was left in the note. Offsets are
    unchanged, so the spans apply to the practitioner's own text."""
    if text.isascii():
        return text
    marks = {ord(c): " " for c in set(text) if c.isalnum() and not c.isalpha() and not c.isdecimal()}
    return text.translate(marks) if marks else text


def redact(text: str, extra: Sequence[str] = (), keep: Sequence[str] = ()) -> Redaction:
    plain = _numerals_as_spaces(text)
    occ = _resolve(plain, detect(plain))
    kept = {k.strip().lower() for k in keep if isinstance(k, str) and k.strip()}
    if kept:
        survivors = _Occupied()
        for sp in occ.spans:
            if sp.type in NEVER_KEPT or text[sp.start : sp.end].lower() not in kept:
                survivors.add(sp)
        occ = survivors
    if extra:
        occ = _resolve(text, _marked(text, extra), occ)
    return _render(text, occ.spans)


_PERSON = EntityType.PERSON  # a module constant: reading an enum member off its class is slower (speed)
_FIXED_GET = FIXED_PLACEHOLDERS.get
_REFERENCE = EntityType.REFERENCE


def _render(text: str, spans: list[Span]) -> Redaction:
    labeller = PersonLabeller()
    for sp in spans:
        if sp.type is _PERSON:
            labeller.add(text[sp.start : sp.end], sp.child)
    person_labels = iter(labeller.labels())
    entities: list[Entity] = []
    out: list[str] = []
    cur = 0
    for sp in spans:
        start, end = sp.start, sp.end
        kind = sp.type
        label = next(person_labels) if kind is _PERSON else _FIXED_GET(kind, "[hidden]")
        if kind is _REFERENCE and (scheme := scheme_name(text[start:end])) is not None:
            label = f"[{scheme} reference]"  # "CIN 096240" -> "[CIN reference]": the scheme stays readable
        entities.append(Entity(kind, start, end, text[start:end], label))
        out.append(text[cur:start])
        out.append(label)
        cur = end
    out.append(text[cur:])
    return Redaction("".join(out), tuple(entities))
