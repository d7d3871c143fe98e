"""The street-word groups and the alternation helper every street rule builds its regex with."""

from __future__ import annotations

import re

from dialogs.anonymise import street_words as sw


def test_alternation_puts_the_longest_first_whatever_the_order() -> None:
    assert sw.alternation(["st", "street", "rd", "road"]) == "street|road|rd|st"
    assert sw.alternation(["road", "rd", "st", "street"]) == sw.alternation({"street", "st", "road", "rd"})


def test_alternation_escapes_and_drops_repeats() -> None:
    assert sw.alternation(["st.", "st", "st"]) == r"st\.|st"
    assert re.fullmatch(sw.alternation(["a+b", "c"]), "a+b") is not None
    assert re.fullmatch(sw.alternation(["a+b", "c"]), "aab") is None


def test_a_longer_word_wins_without_a_word_boundary() -> None:
    m = re.match(sw.alternation(["ave", "avenue", "av"]), "avenue")
    assert m is not None and m.group() == "avenue"


def test_groups() -> None:
    assert sw.SHORT_COMMON <= sw.SHORT
    assert sw.MEADOWS <= sw.ESTATE
    assert not sw.CORE & (sw.SHORT | sw.SHORT_RARE | sw.RISKY | sw.NORTHERN | sw.WATERSIDE | sw.ESTATE | sw.RURAL)
