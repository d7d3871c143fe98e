"""What a note writes round a found address that still belongs to it: the floor after a dash ("141 LINCOLN
LONGWOOL WAY - UPSTAIRS"), the floor's flat ("105 Blackface Row ground floor flat"), a temporary stay in brackets
("230 Connemara Gardens (TA)"), a short street type after a house ("PANDY COTTAGE, SHUTTLE FLD") and the block's
name before a flat number written after it ("Spindle House flat 14"). Ordinary words round them stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_hidden_as, found


def _addresses(text: str) -> list[str]:
    return found(text, EntityType.ADDRESS)


@pytest.mark.parametrize(("text", "address", "kept"), [
    ("FAMILY EVICTED FROM 141 LINCOLN LONGWOOL WAY - UPSTAIRS ON 12 July 2025, BELIEVED SOFA SURFING",
     "141 LINCOLN LONGWOOL WAY - UPSTAIRS", "BELIEVED SOFA SURFING"),
    ("voice note: I'm at 67 Hebridean Vennel - upstairs now the tenant says", "67 Hebridean Vennel - upstairs",
     "now the tenant says"),
    ("Ex kept the flat at 105 Blackface Row ground floor flat. email her", "105 Blackface Row ground floor flat",
     "email her"),
    ("Family in TA at 230 Connemara Gardens (TA) since May, may move again", "230 Connemara Gardens (TA)",
     "may move again"),
    ("Re: 7 Clos Llanwenog (TA), nr3 7ax / We act for your landlord", "7 Clos Llanwenog (TA)", "We act for"),
    ("NAN AT PANDY COTTAGE, SHUTTLE FLD SAYS NOT SEEN HER", "PANDY COTTAGE, SHUTTLE FLD", "SAYS NOT SEEN HER"),
    ("home Spindle House flat 14 SA16JD. mum rang", "Spindle House flat 14", "mum rang"),
    ("NAN AT SELVEDGE COURT SUPPORTED LODGINGS FLAT 17 SAYS NOT SEEN HER",
     "SELVEDGE COURT SUPPORTED LODGINGS FLAT 17", "SAYS NOT SEEN HER"),
    ("is LAC, placed at woolcombers house refuge flat 13, she shouldnt be out", "woolcombers house refuge flat 13",
     "she shouldnt be out"),
    ("care leaver in worsted court flat 14 and his mates in there every night", "worsted court flat 14",
     "his mates in there"),
])
def test_what_belongs_to_the_address_is_hidden_with_it(text: str, address: str, kept: str) -> None:
    assert_hidden_as(text, address, EntityType.ADDRESS, kept)


def test_the_next_flats_floor_is_not_this_addresss_tail() -> None:
    assert _addresses("at 12 Elm Road ground floor flat, 14 Oak Road")[0] == "12 Elm Road"


@pytest.mark.parametrize(("text", "kept"), [
    ("she went to her nans house flat 3 on sunday", "her nans house"),
    ("lives in a trap house flat 6 on the estate", "trap house"),
    ("at the court flat 2 today", "the court"),
    ("slept in the car behind flat 27 treadle house", "car behind"),
    ("12 Elm Road (mum's) is where she stays", "(mum's)"),
    ("early turn briefing moved to 0630, custody is full", "0630, custody"),
])
def test_near_misses_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


_NAME = st.text(alphabet="bcdfghklmnprstvw", min_size=3, max_size=8).map(lambda s: s + "ey")


@given(_NAME, st.sampled_from(["House", "Court", "Lodge", "Point"]), st.integers(min_value=1, max_value=99),
       st.sampled_from(["flat", "Flat", "room"]))
def test_no_block_before_its_flat_survives(name: str, block: str, number: int, flat: str) -> None:
    text = f"she is placed at {name.title()} {block} {flat} {number} since the fire"
    out = anonymise(text).text
    assert f"{name.title()} {block}" not in out
    assert "since the fire" in out


@given(st.sampled_from(["(TA)", "(temp accom)", "(B&B)", "(temporary accommodation)"]),
       st.integers(min_value=1, max_value=299))
def test_a_temporary_stay_in_brackets_goes_with_the_address(stay: str, number: int) -> None:
    out = anonymise(f"family at {number} Connemara Gardens {stay} since June").text
    assert stay not in out
    assert "since June" in out
