"""A day and month after a return ("They came back 2/1.") or a roads policing stop ("RPU STOP 8/3 - E650 ZGG") is
hidden as a date; a score after an everyday "came" and a fraction stay. A plate left "on the disabled bay" is hidden."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("quoted £900 for loose tiles. They came back 2/1. Trading Standards told", "2/1"),
        ("RPU STOP 8/3 - E650 ZGG (GREY 11 PLATE)", "8/3"),
        ("he returned 4/3. mum relieved", "4/3"),
    ],
)
def test_a_return_or_stop_date_is_hidden(text: str, day: str) -> None:
    out = anonymise(text).text
    assert day not in out and "[date]" in out, out


@pytest.mark.parametrize("text", ["she came top with 7/10.", "he came 3/4 of the way"])
def test_scores_and_fractions_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("concierge msg: N 4068 on the disabled bay at the block again", "N 4068"),
        ("concierge msg: o 6810 on the disabled bay at the back", "o 6810"),
    ],
)
def test_a_plate_on_the_disabled_bay_is_hidden(text: str, plate: str) -> None:
    out = anonymise(text).text
    assert plate not in out and "on the disabled bay" in out, out


def test_a_flat_on_the_bay_is_no_plate() -> None:
    assert "[vehicle reg]" not in anonymise("flat 12 on the disabled bay side").text
