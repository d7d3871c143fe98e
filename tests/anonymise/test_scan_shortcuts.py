"""The speed shortcuts in the scanning helpers find exactly what the plain scans find."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import lower_words, scan
from dialogs.anonymise.names import _LOWER_TOKEN_ASCII_RE

# The look-behind form the captured-word pattern replaced: lower-case words not begun inside another.
_LOOKBEHIND_RE = re.compile(r"(?<![A-Za-z])(?<![A-Za-z]['-])[a-z][A-Za-z]*(?:['-][A-Za-z]+)*")
_ASCII_BITS = st.text(alphabet="abZY-' .1_,\n", max_size=80) | st.text(alphabet="abZY-' .1_,\n", min_size=650,
                                                                          max_size=800)


def test_lower_case_words_skip_capitalised_words_and_their_possessives() -> None:
    words = lower_words.in_ascii("Tyler's mum kerry-ann said O'Neill hit x-'ab", _LOWER_TOKEN_ASCII_RE)
    assert words == {"mum", "kerry-ann", "said", "hit", "x", "ab"}


@settings(max_examples=400, deadline=None)
@given(_ASCII_BITS)
def test_captured_word_pattern_finds_what_the_look_behind_pattern_finds(text: str) -> None:
    assert lower_words.in_ascii(text, _LOWER_TOKEN_ASCII_RE) == set(_LOOKBEHIND_RE.findall(text))


_NUMBER_BEFORE = re.compile(r"(?<![\w/])\d{1,4}\s+[A-Z]\w*(?=\s+[A-Z]{2}\d)")


def _anchors(text: str) -> list[re.Match[str]]:
    return list(re.finditer(r"[A-Z]{2}\d", text))


def test_before_anchors_at_number_starts_finds_the_house_before_a_postcode() -> None:
    text = "moved from 12 Elm to 4 Oak LS6 2QT last week, then 7 Ash NE1 1AA"
    starts = [s for s, _ in scan.digit_scan(text).runs]
    found = [m.group() for m in scan.before_anchors(_NUMBER_BEFORE, iter(_anchors(text)), text, 30, starts=starts)]
    assert found == ["4 Oak", "7 Ash"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12 OakELMS/x", max_size=120))
def test_before_anchors_with_starts_equals_the_full_window_scan(text: str) -> None:
    starts = [s for s, _ in scan.digit_scan(text).runs]
    plain = [m.span() for m in scan.before_anchors(_NUMBER_BEFORE, iter(_anchors(text)), text, 30)]
    fast = [m.span() for m in scan.before_anchors(_NUMBER_BEFORE, iter(_anchors(text)), text, 30, starts=starts)]
    assert fast == plain


def test_postcode_starts_are_made_once_and_match_a_fresh_count() -> None:
    digits = scan.DigitScan("seen at LS12 3AB and m1 1ae")
    first = digits.letter_led_starts(2)
    assert digits.letter_led_starts(2) is first
    assert first == [8, 9, 20, 21]
    assert digits.letter_led_starts(1) == [9, 21]


def test_alternatives_are_grouped_under_their_first_letter_in_order() -> None:
    assert scan.by_first_letter("snap|insta|steam|ig\\b|x\\b|xbox") == "s(?:nap|team)|i(?:nsta|g\\b)|x(?:\\b|box)"
    # One alternative that begins with a group, a class, an escape or a quantified letter could match where
    # a grouped one does ("ab|[a-z]x|axy" on "axy"): then nothing is regrouped.
    for odd in ("ab|[a-z]x|axy", "ab|(?:a)x|axy", "ab|\\wx|axy", "ab|a?x|axy"):
        assert scan.by_first_letter(odd) == odd


_WORDS = "snap|steam|st|s|sta|ig\\b|insta|in|x\\b|xbox|d\\.o\\.b|dob|do(?:b|c)|goes by|go"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="snaptemigxbod. yc", max_size=60))
def test_grouped_alternation_finds_the_same_matches(text: str) -> None:
    plain = [m.span() for m in re.finditer(_WORDS, text)]
    grouped = [m.span() for m in re.finditer(scan.by_first_letter(_WORDS), text)]
    assert grouped == plain
