"""A safeguarding enquiry's number written with its section ("S42 006744"), the Deposit Protection Service's number
("deposit DPS 61845518"), a system's short name before its number after an NHS number ("SYS 7131461062"), a
hyphenated system code after "ref" ("ref SEN-T 2495"), a school's own sixth form ("Moorside High School 6th
form"), and plates left in a visitor bay or on the drive ("v45 czy in the visitor bay", "van wk61 meg on the
drive"), and a Catholic high school named for a dedication ("Christ the Redeemer RC High"). The words around
them stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.plate_standing import _NOT_LETTERS
from tests.anonymise.coverage import typed


@pytest.mark.parametrize(
    ("text", "hidden", "kept"),
    [
        ("his bank card I've opened S42 006744 his niece is on", "S42 006744", "his niece is on"),
        ("we changed the locks, deposit DPS 61845518 held", "DPS 61845518", "deposit"),
        ("at her mams. nhs 3015110705. SYS 7131461062", "SYS 7131461062", "at her mams"),
        ("the escort in the street. Transport ref SEN-T 2495. He arrived", "SEN-T 2495", "Transport ref"),
        ("notification to Moorside High School 6th form: DA incident", "Moorside High School 6th form",
         "DA incident"),
        ("per the concierge log. v45 czy in the visitor bay", "v45 czy", "in the visitor bay"),
        ("kids inside. his van wk61 meg on the drive.", "wk61 meg", "his van"),
        ("both at Christ the Redeemer RC High. Sharing of images", "Christ the", "Sharing of images"),
        ("went to Our Lady of Lourdes RC High last year", "Our Lady of Lourdes", "last year"),
        ("SAYS HES HER COUSIN. YO 04 OPW IN THE VISITOR BAY AGAIN.", "YO 04 OPW", "IN THE VISITOR"),
    ],
)
def test_the_identifier_is_hidden_and_the_words_stay(text: str, hidden: str, kept: str) -> None:
    out = anonymise(text).text
    assert hidden not in out and kept in out


def test_the_nhs_cue_names_the_first_number_only() -> None:
    kinds = typed("nhs 3015110705. SYS 7131461062")
    assert ("NHS_NUMBER", "3015110705") in kinds and ("REFERENCE", "SYS 7131461062") in kinds


@pytest.mark.parametrize(
    "text",
    ["the car was left on the drive", "room 101 in the visitor bay", "at 10am on the drive",
     "his Audi A4 on the drive"],
)
def test_no_plate_without_one(text: str) -> None:
    assert [k for k, _ in typed(text) if k == "VEHICLE_REG"] == []


# A trio that spells a word a number leads ("a1 her", "a2 wks") is read as prose, so none is drawn.
@given(st.sampled_from("ABCDEFGHJKLMNPRSTVWXY"), st.integers(1, 999),
       st.text("BCDFGHJKLMNPRSTVWXYZ", min_size=3, max_size=3).filter(lambda t: t.lower() not in _NOT_LETTERS))
def test_any_prefix_plate_in_the_visitor_bay_is_hidden(year: str, number: int, trio: str) -> None:
    plate = f"{year}{number} {trio}".lower()
    out = anonymise(f"per the concierge log. {plate} in the visitor bay").text
    assert plate not in out and "in the visitor bay" in out


@given(st.sampled_from(["S42", "s47", "S17", "DPS"]), st.integers(1000, 99999999))
def test_any_enquiry_or_deposit_number_is_hidden(name: str, number: int) -> None:
    text = f"I've opened {name} {number:06d} today"
    out = anonymise(text).text
    assert f"{number:06d}" not in out and "today" in out
