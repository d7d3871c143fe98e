"""A home that is one part of a named house or plot: "static caravan 2, Top Withies", "bedroom 3, The Chequers",
"Lower Flat, Hammerpond House", "annexe flat at Netloft Cottage"; and "the" before a flat found on its own ("the flat
above 23 Elm Park").

Why: the named house after the part was found alone, or taken for a person, and the part before it ("static caravan
2", "Lower Flat") left readable; or neither was found. A numbered caravan, pitch or bedroom, or a flat named by its
floor, then a comma (or "at", "in", "of") and a capitalised name of two words ("The" counts) say the whole is one
home. The name must end there: another capitalised word after it makes it something longer. "the flat above ..."
is how a flat with no number of its own is named, so the article goes with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.priority import P_ADDRESS
from dialogs.anonymise.types import EntityType, Span

_ADDRESS = EntityType.ADDRESS
_UNIT = (
    r"(?i:(?:static[ \t]+)?caravan|static|bedroom|chalet|cabin|pod|berth|pitch)[ \t]*\d{1,3}[a-zA-Z]?"
    r"|(?i:lower|upper|top|ground[ \t]+floor|first[ \t]+floor|second[ \t]+floor|basement|garden|rear|attic|granny|"
    r"annexe|annex)[ \t]+(?i:flat|annexe|annex|apartment)"
)
_CAP = r"[A-Z](?:[^\W\d_]|['’-]){1,24}"
_INITIALS = r"[A-Z]{2,4}(?![\w'’-])"
_CAPS_AFTER_RE = re.compile(r"[ \t]+[A-Z]{2,4}(?![\w'’-])")
_LINK = r"(?:(?:y|yr|na|an|a['’])[ \t]+)?"
_HOUSE = rf"(?:(?:The|THE)[ \t]+{_CAP}|{_CAP}[ \t]+{_LINK}{_CAP})(?:[ \t]+{_LINK}(?!{_INITIALS}){_CAP})?"
_UNIT_THEN_HOUSE_RE = re.compile(
    rf"(?<![\w'’])(?P<a>(?:{_UNIT})(?:[ \t]*,[ \t]*|[ \t]+(?i:at|in|of)[ \t]+)(?P<h>{_HOUSE}))"
    # The name ends here: no further capitalised word (a postcode may follow).
    r"(?![\w'’-]|[ \t]+[A-Z][a-z])"
)
# First words of a clause, not of a house's name: "bedroom 2, Mum said", "caravan 4, Then Tom".
_NOT_HOUSE = frozenset({"mum", "dad", "mam", "nan", "then", "and", "but", "he", "she", "they", "we", "i", "it", "his",
                        "her", "their", "my", "our", "your", "this", "that", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday"})
_RULES = RuleTable((
    (_UNIT_THEN_HOUSE_RE, ("caravan", "static", "bedroom", "chalet", "cabin", "pod", "berth", "pitch", "flat",
                           "annex", "apartment"), 30, 70, True),
))
# A flat named by the numbered house it is over: "flat above 23 Elm Park", "FLAT OVER 159 HIGH ST".
_UNIT_START_RE = re.compile(r"(?i:flat|apartment|maisonette|bedsit)[ \t]+(?i:above|over|below|under)[ \t]+\d")
_THE_BEFORE_RE = re.compile(r"(?<![\w'’])(?:the|The|THE)[ \t]+$")


def units_in_named_homes(text: str) -> Iterator[Span]:
    for _, m in _RULES.matches(text):
        first = m.group("h").split()[0].lower()
        if first in _NOT_HOUSE:
            continue
        # "garden flat, Carillon House AP": a word in capitals after a name not in capitals says what the house is
        # (approved premises, a hostel), and the flat may be another address's.
        if not m.group("h").isupper() and _CAPS_AFTER_RE.match(text, m.end("a")):
            continue
        yield Span(_ADDRESS, m.start("a"), m.end("a"), P_ADDRESS)


def the_before_flats(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    """A found address that starts with a flat over a numbered house ("flat above 23 Elm Park"), widened over the
    "the" before it."""
    for sp in spans:
        if sp.type is _ADDRESS and _UNIT_START_RE.match(text, sp.start):
            m = _THE_BEFORE_RE.search(text, max(0, sp.start - 5), sp.start)
            if m is not None:
                yield Span(_ADDRESS, m.start(), sp.end, sp.priority)
