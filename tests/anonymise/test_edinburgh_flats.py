"""Edinburgh's house number and flat written with a slash ("42/1 Winter Gardens", the first flat of number
42; "160/2 Hartshead Rise") are an address; a day and month before ordinary words are not."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_STREETS = ["Easter Road", "Winter Gardens", "Hartshead Rise", "Dalry Road", "Leith Walk", "Ings Rd",
            "Marchmont Crescent", "Bruntsfield Place", "Comely Bank Avenue"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("attendance officer - home visit to 42/1 winter gardens re harvey (on roll)", "42/1 winter gardens"),
        ("Home Office ref 5357. Placed at 160/2 Hartshead Rise. He has been contacted", "160/2 Hartshead Rise"),
        ("mum now lives at 14/3 Easter Road with her partner", "14/3 Easter Road"),
    ],
)
def test_an_edinburgh_flat_is_hidden_with_its_street(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize(
    "text",
    [
        "seen 14/3 at the park with friends",
        "on 12/3 walking down Green Lane with her brother",
        "scored 14/20 in the maths test",
    ],
)
def test_a_day_and_month_before_ordinary_words_is_no_address(text: str) -> None:
    r = anonymise(text)
    slash = text.index("/")
    assert all(e.type is not EntityType.ADDRESS or not e.start <= slash < e.end for e in r.entities), r.text


@_SETTINGS
@given(
    st.integers(1, 999),
    st.integers(1, 12),
    st.sampled_from(_STREETS),
    st.booleans(),
    st.sampled_from(["lives at ", "home visit to ", "placed at ", "moved to ", "Address: "]),
)
def test_slashed_house_number_and_flat_before_a_street(number: int, flat: int, street: str, lower: bool,
                                                       cue: str) -> None:
    address = f"{number}/{flat} {street.lower() if lower else street}"
    text = f"Update: {cue}{address} since the summer."
    assert_hidden(text, text.index(address), len(address))
