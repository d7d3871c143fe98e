"""A place found in pieces is hidden as the one place a reader sees: a school whose name holds a street, a
Scottish stair and flat before the house number, the way in after an address, a lower-case "dr"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import typed


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("The children attend Butty Close First School and a nursery.", "Butty Close First School"),
        ("walked off towards the shop. Signal Box Row Primary", "Signal Box Row Primary"),
        ("Sandie, 9th May 2013, Basin End PRU; Bella", "Basin End PRU"),
        ("giving the Aqueduct Row High School kids grief again", "Aqueduct Row High School"),
    ],
)
def test_a_school_named_for_its_street_is_one_school(text: str, school: str) -> None:
    r = anonymise(text)
    assert ("SCHOOL", school) in typed(text)
    assert "[school]" in r.text and "[address]" not in r.text


def test_a_home_before_a_school_keeps_its_own_placeholder() -> None:
    r = anonymise("Lives at 4 Mill Lane, next to Butty Close First School.")
    assert "[address]" in r.text and "[school]" in r.text and "Mill" not in r.text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("live with their aunt at 27/2, 163 Tiller Close, SE15 5UL.", "27/2, 163 Tiller Close"),
        ("I visited her at 30/2 132 Tiller Close on 8th January.", "30/2 132 Tiller Close"),
    ],
)
def test_a_stair_and_flat_before_the_house_number_is_part_of_the_address(text: str, address: str) -> None:
    r = anonymise(text)
    assert ("ADDRESS", address) in typed(text)
    assert "[date]," not in r.text.split("[address]")[0][-8:]


def test_a_day_and_month_before_other_words_stays_a_date() -> None:
    r = anonymise("Seen on 14/3 at the park with her brother.")
    assert [e.type for e in r.entities] == [EntityType.DATE]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("sent a msg at 1am from 80 semaphore close (side door). friend says", "80 semaphore close (side door)"),
        ("HOME VISIT TO 54 HEOL YR ORSAF FACH (SIDE DOOR) CV1 7FZ - NO ANSWER", "54 HEOL YR ORSAF FACH (SIDE DOOR)"),
        ("Parcel left at 12 Elm Road (rear entrance) on Monday.", "12 Elm Road (rear entrance)"),
    ],
)
def test_the_way_in_is_hidden_with_the_address(text: str, address: str) -> None:
    assert ("ADDRESS", address) in typed(text)


def test_other_words_in_brackets_after_an_address_stay() -> None:
    r = anonymise("Staying at 12 Elm Road (mum's) since May.")
    assert "(mum's)" in r.text


@pytest.mark.parametrize(
    "text",
    ["walked off towards 64 turntable dr. Signal Box Row Primary", "they went back to 9 old mill dr after school"],
)
def test_a_lower_case_drive_after_a_number_is_an_address(text: str) -> None:
    assert any(t == "ADDRESS" and s[0].isdigit() for t, s in typed(text))


@given(
    st.integers(min_value=1, max_value=99),
    st.integers(min_value=1, max_value=9),
    st.integers(min_value=1, max_value=400),
    st.sampled_from(["Tiller Close", "Elm Road", "Canal Street"]),
)
def test_no_stair_flat_or_house_number_survives(stair: int, flat: int, house: int, street: str) -> None:
    r = anonymise(f"She now lives at {stair}/{flat}, {house} {street}, with her aunt.")
    assert f"{stair}/{flat}" not in r.text and street not in r.text and f" {house} " not in f" {r.text} "


def test_a_school_class_before_a_school_named_for_its_street_is_no_address() -> None:
    r = anonymise("named person note - Iggy Bowater (P1, Bawn Road Grammar School) picked up")
    assert "(P1, [school])" in r.text
