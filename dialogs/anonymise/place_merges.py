"""Places found in pieces, joined into the one place a reader sees.

Each detector finds what it knows; some places are two finds side by side. "Signal Box Row Primary" is a school
whose name holds a street ("Signal Box Row"); "27/2, 163 Tiller Close" is a Scottish stair and flat before the
house number, which the date rule reads as the 27th of February; "80 semaphore close (side door)" is an address
with the way in that a visitor is told to use. Hidden in pieces, the note reads "[address] [school]" or
"[date], [address] (side door)": the pieces are joined here so each place gets one placeholder.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from dialogs.anonymise.address_tails import address_tails
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
_SCHOOL = EntityType.SCHOOL
_DATE = EntityType.DATE
# A stair and flat ("27/2"), then a comma or a blank, then the house number.
# A year read as a house number: "9th May 2013, Basin End PRU".
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_YEAR_GROUP_RE = re.compile(r"(?i:p|y|s|yr|year)[ \t]?\d{1,2}")
_STAIR_FLAT_RE = re.compile(r"\d{1,3}/\d{1,2}")
_STAIR_GAP_RE = re.compile(r",?[ \t]+")
# The way in, in brackets straight after the address: "(side door)", "(rear entrance)", "(basement flat)",
# "(top floor)", "(back gate)". Only these words, so "(mum's)" or "(since May)" stay outside.
_ACCESS_RE = re.compile(
    r"[ \t]*\((?:(?:side|back|rear|front|top|ground|first|second|basement|garden|upstairs|downstairs|end|left|"
    r"right|blue|red|green|black|white|yellow)[ \t]+)?(?:door|entrance|gate|floor|flat|bell|buzzer|stairs|"
    # "(key safe)": how carers get in, given with the address as the way in is.
    r"steps|annexe|annex|key[ \t]*safe|key[ \t]*box|lock[ \t]*box)\)",
    re.IGNORECASE,
)


def _schools_over_streets(text: str, spans: Sequence[Span]) -> list[Span]:
    """A street's name inside a school's ("Butty Close First School", "Basin End PRU") is the school's name:
    the street loses it, so the school is hidden whole. What the street held before the school stays an
    address, unless it was only a number ("2013, Basin End PRU" after a date)."""
    schools = [sp for sp in spans if sp.type is _SCHOOL]
    # Only schools starting between (the address's end less the longest school) and 12 past its start can hold its
    # end: found by bisection, the first in the note's order as before (speed: every school for every address was
    # quadratic in a long paste of both).
    order = sorted(range(len(schools)), key=lambda k: schools[k].start)
    starts = [schools[k].start for k in order]
    longest = max((s.end - s.start for s in schools), default=0)
    out: list[Span] = []
    for sp in spans:
        if sp.type is _ADDRESS:
            lo = bisect.bisect_left(starts, sp.end - longest)
            hi = bisect.bisect_right(starts, min(sp.end - 1, sp.start + 12))
            near = [k for k in order[lo:hi] if schools[k].start < sp.end <= schools[k].end
                    and (schools[k].start, schools[k].end) != (sp.start, sp.end)]
            school = schools[min(near)] if near else None
            if school is not None:
                if sp.start >= school.start:
                    continue
                end = school.start
                while end > sp.start and text[end - 1] in " \t,":
                    end -= 1
                # "(P1, Bawn Road Grammar School)": a class or year before the school is no flat code.
                if _YEAR_RE.fullmatch(text, sp.start, end) or _YEAR_GROUP_RE.fullmatch(text, sp.start, end):
                    continue
                # A house number alone keeps the whole street ("80 Rathad na Mara and Coble Dene Middle School").
                if any(ch.isalpha() for ch in text[sp.start : end]):
                    sp = Span(_ADDRESS, sp.start, end, sp.priority)
        out.append(sp)
    return out


def _stairs_joined(text: str, spans: list[Span]) -> list[Span]:
    """A stair and flat read as a date ("27/2") straight before a numbered address becomes its start."""
    by_start = {sp.start: sp for sp in spans if sp.type is _ADDRESS and text[sp.start : sp.start + 1].isdigit()}
    joined: dict[int, int] = {}  # the address's start -> the stair's start
    stairs: set[int] = set()
    for sp in spans:
        if sp.type is _DATE and _STAIR_FLAT_RE.fullmatch(text, sp.start, sp.end):
            gap = _STAIR_GAP_RE.match(text, sp.end)
            if gap and gap.end() in by_start:
                joined[gap.end()] = sp.start
                stairs.add(sp.start)
            elif sp.start in by_start and by_start[sp.start].end > sp.end:
                stairs.add(sp.start)  # the address rule took the stair already; the date would cut it off
    if not stairs:
        return spans
    return [
        Span(_ADDRESS, joined[sp.start], sp.end, sp.priority) if sp.type is _ADDRESS and sp.start in joined else sp
        for sp in spans
        if not (sp.type is _DATE and sp.start in stairs)
    ]


def settle_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` with schools whole over the streets in their names, a stair and flat joined to the address
    after it, and the way in joined to the address before it (see address_tails for the rest)."""
    spans = address_tails(text, spans)
    types = {sp.type for sp in spans}
    if _ADDRESS not in types:
        return list(spans)  # the usual short note (speed)
    out = _schools_over_streets(text, spans) if _SCHOOL in types else list(spans)
    if _DATE in types and "/" in text:
        out = _stairs_joined(text, out)
    if "(" not in text:
        return out
    settled: list[Span] = []
    for sp in out:
        if sp.type is _ADDRESS and text.startswith("(", sp.end + (text[sp.end : sp.end + 1] == " ")):
            door = _ACCESS_RE.match(text, sp.end)
            if door:
                sp = Span(_ADDRESS, sp.start, door.end(), sp.priority)
        settled.append(sp)
    return settled
