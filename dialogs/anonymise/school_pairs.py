"""A second school named straight after a found one, joined by "and": "are at Quarry 6th form and tanner rd prim".

Why: a family's children are at two schools, and a note names both after one "at". The school rules need a cue
("at", "goes to") before a name that ends on a short tail, and "and" is no cue: after an everyday "and" a name
and "prim" or "high" may be anything ("fish and chips and high"). Straight after a school the rules found, "and"
lists another, so the same tails as `school_tails` end it; the name's words are written in the tail's case and are
no grammar words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

_SCHOOL = EntityType.SCHOOL
# One to three name words, then a school's tail (its kind cut short or in full).
_NEXT_RE = re.compile(
    r"[ \t]+(?:and|&)[ \t]+(?P<n>(?:[A-Za-z][\w'’-]{0,30}[ \t]+){1,3}?)"
    r"(?P<t>(?i:prim|primary|pri|jnrs?|juniors?|infants|infs|acad|academy|high|nursery|6th[ \t]form|sixth[ \t]form))"
    r"(?![\w'’-])"
)
# Grammar words no school's name holds: "... and her high", "... and then prim".
_NOT_NAME = frozenset({"the", "a", "an", "his", "her", "their", "my", "our", "your", "its", "this", "that", "then",
                       "now", "at", "to", "in", "on", "from", "and", "or", "is", "was", "are", "were", "be", "very",
                       "so", "too", "really", "getting", "got", "gets", "get", "being", "feeling", "felt", "she",
                       "he", "they", "we", "i", "it", "you", "also", "still", "not", "no", "both"})


def _same_case(words: list[str], tail: str) -> bool:
    if tail.islower():
        return all(w.islower() for w in words)
    if tail.isupper() and len(tail) > 2:
        return all(w.isupper() for w in words)
    return all(w[0].isupper() for w in words)


def schools_after_schools(text: str, spans: Iterable[Span]) -> Iterator[Span]:
    for sp in spans:
        if sp.type is not _SCHOOL:
            continue
        m = _NEXT_RE.match(text, sp.end)
        if m is None:
            continue
        words = m.group("n").split()
        tail = m.group("t").split()[-1]
        if any(w.lower() in _NOT_NAME for w in words) or not _same_case(words, tail):
            continue
        # "... and smoking weed high": in lower case "high" is a state unless a word of the name is no English word.
        if tail == "high" and all(w.lower() in english_words() for w in words):
            continue
        yield Span(_SCHOOL, m.start("n"), m.end("t"), P_SCHOOL)
