"""Run a pattern only where it can match. Most identifiers contain a digit or an "@", and most case
text contains neither, so scanning small windows around those characters is several times faster
than running every pattern over the whole note."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from itertools import chain

from dialogs.anonymise import word_union
from dialogs.anonymise.literal_trie import trie_pattern

Windows = list[tuple[int, int]]

SHORT = 600

_DIGITS = re.compile(r"\d+")
_BLANK = re.compile(r"\s")
# An ASCII text with every digit written as "0" and every other character as a blank: its runs of digits
# are then found by str.find, which skips ahead in C, instead of one regex match object per run (a long
# record has a hundred runs; speed). Only for ASCII text, where "\d" means 0-9 alone.
_DIGIT_MASK = str.maketrans({chr(i): "0" if chr(i).isdigit() else " " for i in range(128)})


def _digit_runs(text: str) -> list[tuple[int, int]]:
    if not text.isascii():
        return [m.span() for m in _DIGITS.finditer(text)]
    mask = " " + text.translate(_DIGIT_MASK) + " "
    runs: list[tuple[int, int]] = []
    # Offsets in `mask` are one more than in `text`: " 0" at i starts a run at text[i], and "0 " at j ends
    # one at text[j].
    find = mask.find
    i = find(" 0")
    while i != -1:
        j = find("0 ", i + 1)
        runs.append((i, j))
        i = find(" 0", j + 1)
    return runs


def merge(points: list[tuple[int, int]], length: int, before: int, after: int) -> Windows:
    """Windows from `before` each point to `after` it, clipped to the text, joined where they touch.
    The open window is kept in two locals rather than re-read from the list, and no max()/min() calls:
    a long record has a hundred numbers, and this ran three times for each (speed)."""
    if not points:
        return []
    it = iter(points)
    s, e = next(it)
    a0 = s - before if s > before else 0
    b0 = e + after if e + after < length else length
    wins: Windows = []
    for s, e in it:
        if s - before <= b0:
            b = e + after
            if b > b0:
                b0 = b if b < length else length
        else:
            wins.append((a0, b0))
            a0 = s - before
            b = e + after
            b0 = b if b < length else length
    wins.append((a0, b0))
    return wins


class DigitScan:
    """Where the digits are, and windows around them sized for each family of patterns.

    Plain attributes and one hand-written cache rather than `cached_property`, which takes a lock on
    every first access in Python 3.11: a few microseconds a note, paid for every note."""

    __slots__ = ("_led2", "_lettered", "count", "runs", "text", "tight")

    def __init__(self, text: str) -> None:
        self.text = text
        self.runs = _digit_runs(text)
        # How many digits the text has: a phone, NHS or NI number needs six or more.
        self.count = sum(e - s for s, e in self.runs)
        # Numbers themselves, with room for "+44", "(0" and a letter or two either side.
        self.tight = self.windows(12, 12)
        self._lettered: bool | None = None
        self._led2: list[int] | None = None

    def windows(self, before: int, after: int) -> Windows:
        n = len(self.text)
        if not self.runs:
            return []
        # A short note is one window anyway: skip the bookkeeping.
        if n <= SHORT:
            return [(0, n)]
        return merge(self.runs, n, before, after)

    @property
    def lettered(self) -> bool:
        """Whether a short run of digits touches a letter, directly or across one space ("LS12",
        "XPX 115", "604 ZUO"): every postcode and plate does, most notes' numbers do not."""
        if self._lettered is None:
            self._lettered = self._touches_letter()
        return self._lettered

    def _touches_letter(self) -> bool:
        t = self.text
        return any(e - s <= 4 and _touches(t, s, e) for s, e in self.runs)

    def plate_windows(self) -> Windows:
        """Windows from four characters before to eight after each short run of digits that touches a
        letter: a plate ("AB12 CDE", "XPX 115") holds one such run, begins at most four characters before
        it and ends, with what its look-ahead reads, at most six after it (speed). Each window then runs
        on to just past a blank, so that no other number is cut short at its end and read as a plate."""
        t, n = self.text, len(self.text)
        wins: Windows = []
        for a, b in merge([(s, e) for s, e in self.runs if e - s <= 4 and _touches(t, s, e)], n, 4, 8):
            blank = _BLANK.search(t, b - 1)
            b = blank.end() if blank is not None else n
            if wins and a <= wins[-1][1]:
                a = wins.pop()[0]
            wins.append((a, b))
        return wins

    def letter_led_starts(self, back: int) -> list[int]:
        """Offsets up to `back` characters before each run of digits that has a letter straight before
        it: the only places a postcode-like shape ("LS12 3AB", "m1 1ae") can begin. Three postcode rules
        ask for `back=2`: that list is made once a note (speed). Callers must not change it."""
        if back != 2:
            return self._letter_led(back)
        if self._led2 is None:
            self._led2 = self._letter_led(2)
        return self._led2

    def _letter_led(self, back: int) -> list[int]:
        t = self.text
        return [s - k for s, _ in self.runs if s > 0 and t[s - 1].isalpha() for k in range(min(back, s), 0, -1)]


def _touches(t: str, s: int, e: int) -> bool:
    """Whether the run of digits from `s` to `e` touches a letter, directly or across one space or tab."""
    n = len(t)
    return (s > 0 and t[s - 1].isalpha()) or (e < n and t[e].isalpha()) or (
        s > 1 and t[s - 1] in " \t" and t[s - 2].isalpha()) or (e + 1 < n and t[e] in " \t" and t[e + 1].isalpha())


@lru_cache(maxsize=8)
def digit_scan(text: str) -> DigitScan:
    """The one `DigitScan` of a note, shared by every detector that needs it."""
    return DigitScan(text)


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """`text.lower()`, shared by the detectors that look for cue words in one note."""
    return text.lower()


def char_windows(text: str, ch: str, margin: int = 80) -> Windows:
    points: list[tuple[int, int]] = []
    i = text.find(ch)
    while i != -1:
        points.append((i, i + 1))
        i = text.find(ch, i + 1)
    return merge(points, len(text), margin, margin)


def finditer(pattern: re.Pattern[str], text: str, wins: Windows) -> Iterator[re.Match[str]]:
    if len(wins) == 1:  # the usual case for a short note: no generator in between
        return pattern.finditer(text, wins[0][0], wins[0][1])
    return chain.from_iterable(pattern.finditer(text, a, b) for a, b in wins)


def cue_starts(text: str, cues: tuple[str, ...]) -> list[int] | None:
    """Offsets where any cue word begins, found with str.find (far faster than a regex scan), or
    None when lower-casing changed the length and offsets would not line up."""
    low = lowered(text)
    if len(low) != len(text):
        return None
    return literal_starts(low, cues)


def literal_starts(text: str, words: tuple[str, ...]) -> list[int]:
    """Offsets where any of `words` begins in `text`, ascending, overlapping ones included."""
    starts: set[int] = set()
    for word in words:
        i = text.find(word)
        while i != -1:
            starts.add(i)
            i = text.find(word, i + 1)
    return sorted(starts)


_NOT_PLAIN = re.compile(r"[^\w' -]")


def literal_stems(alternation: str) -> tuple[str, ...]:
    """The plain text each alternative of a regex alternation begins with, one character short where
    a quantifier follows it: "pre-?school|childminders?" -> ("pre", "childminder"). Every match of the
    alternation begins with one of them, so they can be looked for with str.find."""
    stems = []
    for alt in alternation.split("|"):
        stem = _NOT_PLAIN.split(alt, maxsplit=1)[0]
        if alt[len(stem) : len(stem) + 1] in ("?", "*", "{"):
            stem = stem[:-1]
        if not stem:
            raise ValueError(f"no plain text at the start of {alt!r}")
        stems.append(stem)
    return tuple(stems)


def whole_word(text: str, words: tuple[str, ...], blank_before: bool = False, blank_after: bool = False,
               starts: list[int] | None = None) -> bool:
    """Whether one of `words` (each beginning and ending with a letter) stands in `text` as a whole word,
    with a blank of any kind before it if `blank_before` and after it if `blank_after`: a condition some
    patterns need before a slow scan is worth running, checked with str.find (speed). With `starts`, what
    `word_starts(text, words)` gives for an ASCII `text` and lower-case `words`, the words are looked for only
    there, which one shared scan of a long note found (speed)."""
    n = len(text)

    def fits(i: int, j: int) -> bool:
        before = text[i - 1 : i]
        after = text[j : j + 1]
        return ((before.isspace() if blank_before else not (before.isalnum() or before == "_"))
                and (after.isspace() if blank_after else j == n or not (after.isalnum() or after == "_")))

    if starts is not None:
        return any(text.startswith(word, i) and fits(i, i + len(word)) for i in starts for word in words)
    for word in words:
        i = text.find(word)
        while i != -1:
            if fits(i, i + len(word)):
                return True
            i = text.find(word, i + 1)
    return False


def at_numbers(pattern: re.Pattern[str], digits: DigitScan, wins: Windows, longest: int = 0,
               then: Callable[[str], bool] | None = None) -> Iterator[re.Match[str]]:
    """`finditer(pattern, text, wins)` for a pattern that begins with a digit that no word character
    comes before ("12 Elm Road", "3/4/2025"): such a match can only begin where a number does, so it is
    tried at those offsets alone, each within its window, instead of at every character of the window.
    With `longest` and `then`, a number is tried only when it has at most `longest` digits and `then`
    accepts the character after it: a condition the caller reads off its pattern, far cheaper to test
    than trying the pattern at a hundred numbers of a long record (speed)."""
    runs = digits.runs
    if then is None:
        return from_starts(pattern, digits.text, wins, [s for s, _ in runs])
    t, n = digits.text, len(digits.text)
    return from_starts(pattern, t, wins, [s for s, e in runs if e - s <= longest and e < n and then(t[e])])


def stem_finditer(pattern: re.Pattern[str], text: str, wins: Windows, stems: tuple[str, ...],
                  bounded: bool = False) -> Iterator[re.Match[str]]:
    """`finditer(pattern, text, wins)` for a case-insensitive pattern every match of which begins with one
    of `stems` (lower case: "jan", "dob"): tried only where a stem begins in the lower-cased text, found by
    str.find, instead of at every character of the windows (speed). Only for ASCII text, where lower-casing
    keeps every offset and folds case as IGNORECASE does ("ſ" and the Kelvin sign do not); other text
    takes the full scan. `bounded`: the pattern begins with "\\b", so only stems at a word's start count,
    and they are found by one regex scan (`word_starts`)."""
    if not text.isascii():
        return finditer(pattern, text, wins)
    return from_starts(pattern, text, wins, word_starts(text, stems) if bounded else cue_starts(text, stems) or [])


# ASCII characters that are not word characters ("\\w"), each made a blank; and, for `after_letter=False`,
# every ASCII character but a lower-case letter.
_NOT_WORD_ASCII = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")})
_NOT_LOWER_ASCII = str.maketrans({chr(i): " " for i in range(128) if not ("a" <= chr(i) <= "z")})


@lru_cache(maxsize=32)
def _word_start_re(words: tuple[str, ...], table: int) -> re.Pattern[str]:
    # A blank, then (looked ahead at, so that words sharing a blank are all found) a word with its own
    # blanked characters blanked the same way ("d.o.b" -> "d o b"). The blank is a literal prefix, which
    # the engine skips ahead to.
    trans = _NOT_WORD_ASCII if table == 0 else _NOT_LOWER_ASCII
    return re.compile(" (?=" + trie_pattern({w.translate(trans) for w in words}) + ")")


@lru_cache(maxsize=8)
def _blanked(text: str, table: int) -> str:
    return " " + lowered(text).translate(_NOT_WORD_ASCII if table == 0 else _NOT_LOWER_ASCII)


def word_starts(text: str, words: tuple[str, ...], after_letter: bool = True) -> list[int]:
    """For ASCII text: offsets, ascending, where one of `words` (lower case, each beginning with a letter or
    digit) begins in the lower-cased text after a non-word character or at its start, as "\\b" before
    the word would have it (with `after_letter=False`: after anything but a lower-case letter, digits and
    "_" too). May include a few more (a word's own punctuation is read as any character blanked:
    "d.o.b" is also found as "d-o-b"); never fewer. One regex scan for all the words, in place of a
    str.find per word (speed)."""
    table = 0 if after_letter else 1
    # In the blanked text offsets are one more than in `text`: the blank before a word is at its offset.
    if table == 0 and len(text) > SHORT:  # one scan of a long note for every caller's words (speed)
        return word_union.starts(_blanked(text, 0), words, _NOT_WORD_ASCII)
    return [m.start() for m in _word_start_re(words, table).finditer(_blanked(text, table))]


def from_starts(pattern: re.Pattern[str], text: str, wins: Windows, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches `finditer(pattern, text, wins)` gives, for a pattern that can only begin at one of
    `starts` (ascending): tried there alone, each within its window."""
    i, n = 0, len(starts)
    for a, b in wins:
        done = a
        while i < n and starts[i] < a:
            i += 1
        while i < n and (s := starts[i]) < b:
            i += 1
            if s >= done and (m := pattern.match(text, s, b)) is not None:
                done = m.end()
                yield m


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """The matches `pattern.finditer(text)` gives, for a pattern that can only begin at one of `starts`
    (ascending): it is tried at those offsets alone instead of at every character of the note."""
    return from_starts(pattern, text, [(0, len(text))], list(starts))


def before_anchors(pattern: re.Pattern[str], anchors: Iterator[re.Match[str]], text: str, reach: int,
                   after: int = 0, starts: list[int] | None = None) -> Iterator[re.Match[str]]:
    """Matches of `pattern` that start at most `reach` characters before an anchor (a postcode, "dob")
    and end by `after` characters past it: for shapes that are only ever written just before the
    anchor, this replaces trying the shape at every word of a long note. Look-behinds still see the
    text before each window; `after` must leave room for any look-ahead past the anchor. With `starts`
    (ascending), the pattern can only begin at one of them and is tried there alone, not at every
    character of each window (speed)."""
    done = 0
    for a in anchors:
        if a.end() + after <= done:
            continue
        lo, hi = max(done, a.start() - reach), min(len(text), a.end() + after)
        if starts is None:
            found = pattern.finditer(text, lo, hi)
        else:
            # Only the starts inside this window, found by bisection: a long record has thousands of
            # numbers, and walking the whole list for each anchor made a 1 MB note slower.
            k = bisect_left(starts, lo)
            found = from_starts(pattern, text, [(lo, hi)], starts[k : bisect_left(starts, hi, k)])
        for m in found:
            if m.end() > done:
                done = m.end()
                yield m


def by_first_letter(alternation: str) -> str:
    """The same alternation with its alternatives grouped under their first letter, in their own order:
    "snap|steam|insta" -> "s(?:nap|team)|insta". The regex engine then tries one group at each letter
    of the note instead of every alternative in turn, and finds the same matches: alternatives with
    different first letters can never match at the same place, and those with the same one are tried in
    the order they were written (speed). If any alternative begins with anything but a plain letter or
    digit ("\\b", "(", "[", "s?"), it could match where a grouped one does, and regrouping could change
    which of them wins: the alternation is then returned as it is. Not for IGNORECASE patterns, where
    "S" and "s" would match the same letter."""
    alts: list[str] = []
    depth, cur, escaped = 0, "", False
    for ch in alternation:
        if escaped:
            cur, escaped = cur + ch, False
            continue
        if ch == "\\":
            escaped = True
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "|" and depth == 0:
            alts.append(cur)
            cur = ""
            continue
        cur += ch
    alts.append(cur)
    groups: dict[str, list[str]] = {}
    for alt in alts:
        # Only a plain first character that no quantifier follows can be factored out.
        if not (alt[:1].isalnum() and alt[1:2] not in ("?", "*", "+", "{")):
            return alternation
        groups.setdefault(alt[0], []).append(alt[1:])
    return "|".join(key + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
                    for key, rests in groups.items())


def lower_word_before(text: str, p: int) -> tuple[int, int]:
    """(start, end) of the lower-case ASCII word before the blanks before offset `p`: start == end when there is
    none, end == p when no blank comes between; for patterns read back from a word `word_starts` found (speed)."""
    j = p
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    k = j
    while k > 0 and "a" <= text[k - 1] <= "z":
        k -= 1
    return k, j


def at_word_starts(pattern: re.Pattern[str], text: str, words: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, for a pattern whose matches begin where one of `words` (lower case) begins a word:
    in a long ASCII note tried only where the shared word-start scan found them (speed)."""
    if len(text) <= SHORT or not text.isascii():
        return pattern.finditer(text)
    return matches_from(pattern, text, word_starts(text, words))
