"""House ranges, dwellings behind a house, "flat 1/2", plates parked or driven off in, a current plate listed
before another, initials after "logged by", a church's mark after a school, schools in brackets and by street."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept, assert_hidden, assert_no_plate, assert_plate, found

_ADDRESS = EntityType.ADDRESS
_SCHOOL = EntityType.SCHOOL


# --- a range of house numbers -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("Aunt Ros lives at 14 to 16 Kestrel Court and helps out.", "14 to 16 Kestrel Court"),
    ("Lives 118 to 120 Pewter Rw, LS2 7AB.", "118 to 120 Pewter Rw"),
])
def test_a_range_of_houses_is_one_address(text: str, address: str) -> None:
    assert address in found(text, _ADDRESS)
    assert_gone_and_kept(text, ["14 to", "118 to"], ["lives" if "lives" in text else "Lives"])


@pytest.mark.parametrize("text", [
    "They moved from 3 to 28 Kestrel Court last year.",
    "Family moved from 14 to 16 Kestrel Court in May.",
])
def test_a_move_or_a_long_gap_is_not_a_range(text: str) -> None:
    out = anonymise(text).text
    assert " to [address]" in out, out


@settings(max_examples=30, deadline=None)
@given(first=st.integers(1, 300), gap=st.integers(1, 10))
def test_any_short_range_is_hidden_whole(first: int, gap: int) -> None:
    text = f"Gran stays at {first} to {first + gap} Lantern Court on weekends."
    assert_hidden(text, text.index(str(first)), len(f"{first} to {first + gap} Lantern Court"))
    assert "Gran stays at" in anonymise(text).text


# --- a dwelling behind a house, and "flat 1/2" --------------------------------------------------------------------

@pytest.mark.parametrize("text, address", [
    ("He lives in the bungalow behind 21 Quill Wynd with his uncle.", "the bungalow behind 21 Quill Wynd"),
    ("They are in the caravan next to 8 Ledger Lane for now.", "the caravan next to 8 Ledger Lane"),
    ("Nan has the annexe at the back of 40 Inkpot Road.", "the annexe at the back of 40 Inkpot Road"),
])
def test_a_dwelling_named_by_its_house_is_one_address(text: str, address: str) -> None:
    assert address in found(text, _ADDRESS), anonymise(text).text


def test_a_shop_beside_a_house_stays_readable() -> None:
    out = anonymise("She works in the shop next to 12 Ledger Lane.").text
    assert "the shop next to [address]" in out, out


def test_a_tenement_flat_position_after_flat_stays_with_its_street() -> None:
    text = "Resident Mr Hale, 5 Quill Street, flat 2/1. Visitor came at noon."
    assert "5 Quill Street, flat 2/1" in found(text, _ADDRESS), anonymise(text).text


# --- plates parked, driven off in, or listed before another --------------------------------------------------------

@pytest.mark.parametrize("text, plate", [
    ("HER SON PARKS 418 KX IN THE STAFF BAY EVERY DAY.", "418 KX"),
    ("her son parks t 2270 in the visitor bay and leaves it", "t 2270"),
    ("He parked KFB 82 on the drive overnight.", "KFB 82"),
])
def test_a_plate_between_parks_and_a_bay_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize("text", [
    "He parked 2 hrs in the staff bay.",
    "Dad parks 10 mins on the drive then goes.",
    "She parked a car in the bay.",
])
def test_a_time_or_a_word_after_parks_is_no_plate(text: str) -> None:
    assert_no_plate(text)


@pytest.mark.parametrize("text, plate", [
    ("they left in kfv 782. grandad was upset", "kfv 782"),
    ("he drove off in bxn 4410 before we could stop him", "bxn 4410"),
])
def test_a_lower_case_plate_driven_off_in_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)
    assert_gone_and_kept(text, [plate], ["left in" if "left" in text else "drove off in"])


@pytest.mark.parametrize("text", [
    "she left in may 2023 and came back",
    "they left in the car at 3",
    "he left in tears",
])
def test_words_after_left_in_are_no_plate(text: str) -> None:
    assert_no_plate(text)


def test_a_spaced_current_plate_listed_before_another_is_hidden() -> None:
    text = "cars lb63 cop and KM12 XRT seen at the address"
    assert_plate(text, "lb63 cop")
    assert_plate(text, "KM12 XRT")


@pytest.mark.parametrize("text, kept", [
    ("seen 12 times and KM12 XRT outside", "seen 12 times and"),
    ("year 10 and KM12 XRT outside", "year 10 and"),
])
def test_a_count_listed_before_a_plate_stays(text: str, kept: str) -> None:
    assert kept in anonymise(text).text, anonymise(text).text


# --- initials after "logged by" ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, initials", [
    ("Boy collected at 15:20 by an uncle. Logged by RT", "RT"),
    ("BOY COLLECTED AT 15:20 BY AN UNCLE. LOGGED BY JMK", "JMK"),
    ("Incident entered by PW at 16:05, parents told.", "PW"),
])
def test_initials_after_logged_by_are_a_person(text: str, initials: str) -> None:
    out = anonymise(text).text
    assert initials not in out.split(), out
    assert "by" in out.lower(), out


@pytest.mark.parametrize("text", [
    "Concern logged by DSL on the system.",
    "LOGGED BY HIM AT THE DESK.",
    "Referral completed by SW today.",
])
def test_a_role_or_a_word_after_logged_by_stays(text: str) -> None:
    assert all(e.type is not EntityType.PERSON for e in anonymise(text).entities), anonymise(text).text


# --- schools: a church's mark, a bracket after "school", a street-named school --------------------------------------

@pytest.mark.parametrize("text, school", [
    ("school Ysgol Gynradd Penrallt (C in W)", "Ysgol Gynradd Penrallt (C in W)"),
    ("He goes to St Brendan's Primary School (RC) now.", "St Brendan's Primary School (RC)"),
])
def test_a_church_mark_stays_with_its_school(text: str, school: str) -> None:
    assert school in found(text, _SCHOOL), anonymise(text).text


def test_a_school_in_brackets_after_school_is_hidden() -> None:
    text = "will ring school (copper beech high) in the morning"
    assert "copper beech high" in found(text, _SCHOOL)
    assert_gone_and_kept(text, ["copper beech"], ["will ring school (", "in the morning"])


@pytest.mark.parametrize("text", [
    "talked about school (not high) on the list",
    "worried about school (very high) stress",
])
def test_a_measure_in_brackets_after_school_stays(text: str) -> None:
    assert not found(text, _SCHOOL), anonymise(text).text


@pytest.mark.parametrize("text, school", [
    ("Pastoral note, lanterns cl prim\nBoy upset today.", "lanterns cl prim"),
    ("Named Person: Ms Reid, brook rd jnr", "brook rd jnr"),
    ("we are kiln ln infs, ring me back", "kiln ln infs"),
])
def test_a_street_named_school_in_lower_case_is_hidden(text: str, school: str) -> None:
    assert school in found(text, _SCHOOL), anonymise(text).text


@pytest.mark.parametrize("text", [
    "she was very prim and proper",
    "down the road prim little house",
])
def test_prim_as_a_word_stays(text: str) -> None:
    assert not found(text, _SCHOOL), anonymise(text).text


@settings(max_examples=30, deadline=None)
@given(name=st.sampled_from(["ashby", "tanner", "kestrel", "hollin", "quarry"]),
       street=st.sampled_from(["cl", "rd", "ln", "dr", "close"]), kind=st.sampled_from(["prim", "jnr", "infs"]))
def test_any_street_named_school_is_hidden(name: str, street: str, kind: str) -> None:
    text = f"Pastoral note, {name} {street} {kind}\nBoy upset today."
    school = f"{name} {street} {kind}"
    assert_hidden(text, text.index(school), len(school))
    assert "Pastoral note" in anonymise(text).text
