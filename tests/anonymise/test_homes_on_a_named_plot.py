"""A home that is one of several on a plot, then the plot's house name ("Static Caravan, Tŷ Capel", "The
Bungalow, Ballinderry House"), and a house name after a home verb with quotes between ('where you living" -
"Lower Ridge Farm'): hidden whole, while ordinary talk about caravans and bungalows stays."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("placed with great-aunt Wendy at Static Caravan, Tŷ Capel, Kilkeel, AB24 3DA.", "Static Caravan, Tŷ Capel"),
        ("tenant at Static Caravan, Keeper's Cottage, m8 4nj, says", "Static Caravan, Keeper's Cottage"),
        ('"and where you living" - "The Bungalow, Ballinderry House, with my nan"', "The Bungalow, Ballinderry House"),
        ("registered keeper Brian McMaster, The Bungalow, Tŷ Capel, TS31AD.", "The Bungalow, Tŷ Capel"),
        ("Now in a mobile home, Hafod y Bryn.", "Hafod y Bryn"),
        ('"and where you living" - "Lower Ridge Farm, with my nan"', "Lower Ridge Farm"),
        ("She lives - Upper Mill Farm - with her aunt.", "Upper Mill Farm"),
    ],
)
def test_a_home_on_a_named_plot_is_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("They want a static caravan, Tom said, for the summer.", "static caravan, "),
        ("The bungalow, he said, was cold.", "The bungalow, he said"),
        ("Dad is saving for a static caravan, and a car.", "static caravan, and a car"),
        ("She wants to live on a farm when she is older.", "live on a farm"),
    ],
)
def test_talk_about_caravans_and_farms_is_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text and "[address]" not in r.text, r.text


@_SETTINGS
@given(st.sampled_from(["Static Caravan", "The Bungalow", "Mobile Home", "The Annexe", "Park Home", "static caravan"]),
       st.sampled_from(["Tŷ Capel", "Ballinderry House", "Keeper's Cottage", "Hafod y Bryn", "Greenbank"]),
       st.sampled_from([", Kilkeel.", ".", ", BT34 4AA", "\n"]))
def test_any_home_then_plot_name_is_hidden(home: str, plot: str, tail: str) -> None:
    secret = f"{home}, {plot}"
    text = f"Now placed at {secret}{tail}"
    assert_hidden(text, text.index(secret), len(secret))
