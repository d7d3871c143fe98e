"""What a note writes around an address that belongs to it: the way in after the street ("round the back",
"ground floor"), the house number after the street (", no 218"), the caravan on a house's land; and a plate's
digits before "IN THE LANE" read as no house number."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


def _addresses(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("stopping at the caravan at 114 sea wall road round the back since May", "114 sea wall road round the back"),
        ("HOME 101 SANDWORT DRIVE GROUND FLOOR LE2 0PX. MUM", "101 SANDWORT DRIVE GROUND FLOOR"),
        ("AT THE DOOR OF 62 RHES Y CREGYN ROUND THE BACK SA1 2ZT IN BREACH", "62 RHES Y CREGYN ROUND THE BACK"),
        ("she is at 195 Tangle Brae ground floor now", "195 Tangle Brae ground floor"),
    ],
)
def test_the_way_in_after_the_street_is_part_of_the_address(text: str, address: str) -> None:
    assert address in _addresses(text)
    assert "round the back" not in anonymise(text).text.lower()


def test_a_floor_that_starts_the_next_flat_stays_outside() -> None:
    # With no number after it, "12 Elm Road ground floor flat" is the one flat (see address_after).
    found = _addresses("moved from 12 Elm Road ground floor flat, 14 Oak Road to her nan's")
    assert "12 Elm Road" in found


def test_round_the_back_alone_is_no_address() -> None:
    text = "he went round the back of the shops and then home"
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("keeps him in the back room at Sillock Row, no 218, pr1 2gz.", "Sillock Row, no 218"),
        ("just left Whelk St, no 6 PL1 4FH mum says", "Whelk St, no 6"),
        ("SAYS SHES FROM PERIWINKLE LN, NO 156, SHOULD BE AT SCHOOL", "PERIWINKLE LN, NO 156"),
        ("ADDRESS: RHES Y PYSGOTWYR, NO 225, B10 9JR", "RHES Y PYSGOTWYR, NO 225"),
    ],
)
def test_a_house_number_after_the_street_is_part_of_it(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_a_numbered_street_keeps_its_own_number() -> None:
    found = _addresses("lives at 12 Elm Road, no 3 bus goes past")
    assert "12 Elm Road" in found


def test_no_after_a_comma_with_no_street_is_left() -> None:
    text = "Asked about the Lane, no answer. Asked Mum, no 2 was fine."
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Mum is at Caravan at Blackthorn Cottage with her partner.", "Caravan at Blackthorn Cottage"),
        ("found at Caravan at Ardnagree House with a man", "Caravan at Ardnagree House"),
    ],
)
def test_a_caravan_named_for_its_house_is_the_home(text: str, address: str) -> None:
    assert address in _addresses(text)


def test_the_caravan_at_a_house_is_where_someone_is() -> None:
    found = _addresses("running a line out of the caravan at Blackthorn Cottage")
    assert all(not a.lower().startswith("caravan") for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "PJZ 8155 IN THE LANE. CHILD IN THE HOUSE.",
        "the white Berlingo w 351 was in the yard, he's on instagram",
        "it was zlz 926e again tonight the gateway number is 573920",
    ],
)
def test_a_plates_digits_before_a_clause_are_no_house_number(text: str) -> None:
    assert _addresses(text) == []


@pytest.mark.parametrize(
    "text",
    ["Iggy (P1, Bawn Road Grammar School) picked up", "Freedom (Y10, Ewe Close First School) says"],
)
def test_a_class_before_a_school_named_for_a_street_stays(text: str) -> None:
    r = anonymise(text)
    assert "[school]" in r.text and "[address]" not in r.text
    assert "P1" in r.text or "Y10" in r.text


def test_a_sites_bay_is_part_of_the_address() -> None:
    assert "Bay 1, Loanends Lane Site" in _addresses("letter sent to Bay 1, Loanends Lane Site, BB10GU.")


def test_whose_house_it_is_is_not_the_homes_name() -> None:
    text = "took some tablets at her dad's house 29/2 147 Shingle Bank NG7 2WD dad"
    r = anonymise(text)
    assert "29/2 147 Shingle Bank" in _addresses(text)
    assert "dad's house [address]" in r.text
