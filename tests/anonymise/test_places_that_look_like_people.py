"""Places that look like people stay readable: the town or district between a street and its postcode,
a saint's name, and the opening words of an email's subject line. A street on that line, a building
word joined to the address and every person beside them are still hidden."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import places
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _people(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Address: Flat 2, 41 Chandlers Row, Upper Brindlecombe, LS12 4QT\nMum Oriel Penhale", "Upper Brindlecombe"),
        ("Attendance letter\nTamsin Carrow\n9 Heol y Garth\nNether Skelwith Moss\nCF3 2HG\n", "Nether Skelwith Moss"),
        ("Home: 12 Ropewalk Lane, Kilbrannock, ab24 6na. Seen alone.", "Kilbrannock"),
    ],
)
def test_the_town_between_a_street_and_its_postcode_stays(text: str, town: str) -> None:
    r = anonymise(text)
    assert town in r.text
    assert "[address]" in r.text and "[postcode]" in r.text
    assert not any(town.split()[-1] in p for p in _people(text))


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Address: The Old Ropery, Quarrymans Steps, M8 4RG", "Quarrymans Steps"),
        ("moved out to 3 Harbour Lights Refuge Annexe, eh7 2uz. Mum is 17", "3 Harbour Lights Refuge Annexe"),
    ],
)
def test_a_second_street_line_or_a_building_word_before_the_postcode_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


def test_a_person_in_the_same_block_but_after_the_postcode_is_still_hidden() -> None:
    text = "Address: 41 Chandlers Row, Brindlecombe, LS12 4QT, Ottoline Pascoe (tenant)"
    assert_hidden(text, text.index("Ottoline Pascoe"), len("Ottoline Pascoe"))


@given(town=st.sampled_from(sorted(w for w in places() if w.isalpha() and len(w) > 3)))
@_SETTINGS
def test_any_town_from_the_gazetteer_stays_in_an_address_block(town: str) -> None:
    name = town.title()
    text = f"Address: Flat 3, 18 Tanners Walk, {name}, LS12 4QT\nChild: Morwenna Trethewey"
    start = text.index(name)
    # A town named like a street ("Westergate") may be hidden with the address, but never as a person.
    assert not any(e.type is EntityType.PERSON and e.start < start + len(name) and e.end > start
                   for e in anonymise(text).entities)
    assert_hidden(text, text.index("Morwenna Trethewey"), len("Morwenna Trethewey"))


@pytest.mark.parametrize(
    ("text", "saint"),
    [
        ("Class 4 are doing the St David's Day assembly, Ffion is reading", "David"),
        ("The family worship at Saint Columba church on Sundays.", "Columba"),
        ("Dropped off at St. Brigid's church after tea", "Brigid"),
    ],
)
def test_a_name_after_st_or_saint_is_a_saint(text: str, saint: str) -> None:
    assert saint in anonymise(text).text


def test_a_person_named_beside_a_saints_day_is_still_hidden() -> None:
    text = "Zennor Pascoe missed the St Piran's Day parade."
    assert_hidden(text, 0, len("Zennor Pascoe"))


def test_a_subject_line_that_opens_a_sentence_keeps_its_first_word() -> None:
    text = "Subject: Concerned about Tegen (04/03/2014)\n\nMorning,\nTegen Pascoe told staff"
    r = anonymise(text)
    assert r.text.startswith("Subject: Concerned about "), r.text
    assert "Tegen" not in r.text


def test_a_subject_line_that_is_a_name_is_still_hidden() -> None:
    assert "Morwenna" not in anonymise("Subject: Morwenna Trethewey\nplease call").text


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Lives Flat A, 50 Net Loft Row, Inverlochy. Mum rang.", "Inverlochy"),
        ("Previous: Apartment 5, Lockkeepers House, Llanfihangel\nHousehold: two", "Llanfihangel"),
        ("lived at Flat 15, Tannery Mews, Mytholmroyd, then at 17 Kiln Road", "Mytholmroyd"),
    ],
)
def test_a_town_ending_an_address_stays(text: str, town: str) -> None:
    assert town in anonymise(text).text


def test_a_street_after_an_address_is_hidden_with_it() -> None:
    text = "3 kids, Flat 17 Cobden House, Albion Pl. Gas off since Monday."
    assert_hidden(text, text.index("Albion Pl"), len("Albion Pl"))


def test_a_person_after_an_address_is_still_hidden() -> None:
    text = "she lives at 12 Elm Road, Kerry."
    assert "Kerry" not in anonymise(text).text


def test_a_subject_line_heading_before_a_dash_keeps_its_heading() -> None:
    text = "Subject: Referral - Nandini Thanki, 27th November 2008\nHi, form attached."
    r = anonymise(text)
    assert r.text.startswith("Subject: Referral - "), r.text
    assert "Nandini" not in r.text
