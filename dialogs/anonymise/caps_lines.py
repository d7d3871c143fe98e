"""Lines typed with caps lock on: "HI ITS FLORINA CAN U CALL ME QUERINA HASNT COME HOME". In capitals every
word looks like a name or an acronym, and the rules for capitalised words, which lean on the capital to tell a
name from a word, cannot judge them. The same line in lower case is what a quick note looks like, and the
lower-case rules (an unknown word after "its", before "hasnt", after "with") judge it well. So each stretch
of four or more words in capitals is read again in lower case, and the names found there are added; nothing that
the capitalised reading found is taken away.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from dialogs.anonymise.types import EntityType, Span

# Three words in capitals in a row: the cheap sign that a note may have such a stretch (speed).
_GATE_RE = re.compile(r"[A-Z]{2,}[ \t,]+[A-Z]{2,}[ \t,]+[A-Z]{2,}")
# The same gate on the note with each capital written "A", each blank or comma " " and any other ASCII character
# "x": the pattern then opens with the literal "AA", which the engine skips ahead to, where it stopped at every
# capital of the note (speed).
_MASK = str.maketrans({chr(i): "A" if "A" <= chr(i) <= "Z" else " " if chr(i) in " \t," else "x" for i in range(128)})
_MASK_GATE_RE = re.compile(r"AA+ +AA+ +AA")

# A stretch of four or more words in capitals, with numbers and punctuation between them but no lower-case
# letter: a caps-lock message inside a note ("txt from mum: HI ITS FLORINA CAN U CALL ME ...").
# Words hold only capitals and separators no letter, so a stretch splits into words one way only (no
# backtracking on a long caps-lock note).
_STRETCH_RE = re.compile(r"(?:(?<![A-Za-z'’])[A-Z][A-Z'’-]*(?![a-z])[^A-Za-z\n]*){4,}")


def people_in_caps_lines(text: str, find_people: Callable[[str], list[Span]]) -> list[Span]:
    """The people `find_people` finds in the caps-lock stretches of `text` once they are lower-cased, with
    offsets into `text`."""
    if _MASK_GATE_RE.search(text.translate(_MASK)) is None:
        return []
    # Only the stretches are read again; the rest is blanked (offsets kept), so a long record with one
    # heading in capitals is not read twice (speed).
    chars = ["\n" if ch == "\n" else " " for ch in text]
    ranges: list[tuple[int, int]] = []
    for m in _STRETCH_RE.finditer(text):
        low = m.group().lower()
        # Lower-casing must keep every offset ("İ" would not): such a stretch is left as it is.
        if len(low) == len(m.group()) and sum(c.isalpha() for c in low) >= 12:
            chars[m.start() : m.end()] = low
            ranges.append((m.start(), m.end()))
    if not ranges:
        return []
    lowered = "".join(chars)
    return [sp for sp in find_people(lowered) if sp.type is EntityType.PERSON
            and any(a <= sp.start and sp.end <= b for a, b in ranges)]


# A word typed with caps lock on and shift held: "mINNA mAXWELL crying in form".
_CASES = str.maketrans({chr(i): "a" if "a" <= chr(i) <= "z" else "A" if "A" <= chr(i) <= "Z" else " "
                        for i in range(128)})
# A possessive keeps its own case: "pETROS's brother".
# A double-barrelled name is inverted on both sides of its hyphen ("wYLLIE-tAHM"); a plural's possessive keeps
# its apostrophe ("dROVERS' pATH").
_INVERTED_RE = re.compile(r"(?<![\w'’-])(?P<w>[a-z][A-Z]{2,}(?:[A-Z'’-]*[A-Z])?(?:-[a-z][A-Z]{2,}){0,2})"
                          r"(?:['’]s?)?(?![\w'’-])")


def _put_right(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The note with each word typed with its case inverted put right ("Minna Maxwell"), and where those words
    are; the same length, so every offset still points into the note. ("", []) when there is none."""
    # A lower-case letter and two capitals are "aAA" in the note with each letter written as its case, a literal
    # found in C; most notes stop here (speed).
    if "aAA" not in text.translate(_CASES):
        return "", []
    words = list(_INVERTED_RE.finditer(text))
    if not words:
        return "", []
    fixed = list(text)
    for m in words:
        fixed[m.start("w") : m.end("w")] = m.group("w").swapcase()
    return "".join(fixed), [(m.start("w"), m.end("w")) for m in words]


def _touches(sp: Span, words: list[tuple[int, int]], ends: list[int]) -> bool:
    """Whether `sp` overlaps one of `words` (in order, apart; `ends` their ends): by bisection, since a note typed
    all with shift held has thousands of such words and as many finds (a scan of them per find was quadratic)."""
    i = bisect.bisect_right(ends, sp.start)
    return i < len(words) and words[i][0] < sp.end


def inverted_words_put_right(text: str) -> tuple[str, Callable[[Span], bool]]:
    """The note with its inverted words put right ("" when it has none), and whether a span found in it holds one
    of them: for other detectors to read such a note again."""
    fixed, words = _put_right(text)
    ends = [b for _, b in words]
    return fixed, lambda sp: _touches(sp, words, ends)


def people_in_inverted_caps(text: str, find_people: Callable[[str], list[Span]]) -> list[Span]:
    """The names among words typed with their case inverted, read again with each such word put right."""
    fixed, words = _put_right(text)
    if not words:
        return []
    ends = [b for _, b in words]
    return [sp for sp in find_people(fixed) if sp.type is EntityType.PERSON and _touches(sp, words, ends)]


def schools_in_inverted_caps(text: str, find_schools: Callable[[str], Iterable[Span]]) -> list[Span]:
    """The same for a school or nursery typed with caps lock on and shift held ("sTARFISH dAY nURSERY"): read
    again as "Starfish Day Nursery", where the rules for capitalised names judge it."""
    fixed, words = _put_right(text)
    if not words:
        return []
    ends = [b for _, b in words]
    return [sp for sp in find_schools(fixed) if _touches(sp, words, ends)]
