"""An officer's collar number after the rank, and the surname a custody record writes in capitals after it; a police
occurrence, a DASH risk assessment, a custody record, an electronic prescription and a control room's serial
written with their number as one reference; a system named twice ("datix Datix W01145") is one reference; and a
fraction or ordinal a blank after a date is no part of a long number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_one_reference


@pytest.mark.parametrize(
    ("text", "number", "kept"),
    [
        ("ED note: brought in by PC 9728, intoxicated, says", "9728", "brought in by PC"),
        ("Sgt 442 attended the address.", "442", "attended the address"),
        ("DC 3345 took the statement.", "3345", "took the statement"),
        ("ARRESTED: 23:40 by PC 1108 GULBIS / REASON: assault", "1108", "REASON: assault"),
        # The officer in charge is named the same way: one rule for every officer.
        ("OIC PC 4471 attended in a car", "4471", "OIC PC"),
    ],
)
def test_a_collar_number_after_the_rank_is_hidden(text: str, number: str, kept: str) -> None:
    out = anonymise(text).text
    assert number not in out
    assert kept in out


@pytest.mark.parametrize(("text", "surname"), [
    ("ARRESTED: 23:40 by PC 1108 GULBIS / REASON: assault", "GULBIS"),
    ("ARRESTED: 13/8 23:40 by PC RG3734 IBIRONKE / REASON: assault", "IBIRONKE"),
])
def test_a_surname_in_capitals_after_a_collar_number_is_hidden(text: str, surname: str) -> None:
    r = anonymise(text)
    assert surname not in r.text
    assert any(e.type is EntityType.PERSON and e.text == surname for e in r.entities)
    assert "REASON: assault" in r.text


@pytest.mark.parametrize("text", [
    "DC 3345 ATTENDED AND SPOKE TO MUM",
    "PC 4410 GMP ON SCENE",
])
def test_a_word_or_a_forces_initials_after_a_collar_number_stay(text: str) -> None:
    out = anonymise(text).text
    assert "4410" not in out and "3345" not in out
    for word in ("ATTENDED", "GMP", "ON SCENE"):
        if word in text:
            assert word in out


@pytest.mark.parametrize("text", [
    "got a new pc 2 days ago",
    "PS 12/5 see you then",
    "at 10:30 PC 12:30 for the handover",
    "the PC 45 minutes later",
])
def test_no_collar_number_without_a_rank_and_a_standalone_number(text: str) -> None:
    r = anonymise(text)
    assert not [e for e in r.entities if e.type is EntityType.REFERENCE]


@given(st.sampled_from(["PC", "DC", "PS", "DS", "Sgt", "PCSO", "pc"]), st.integers(min_value=10, max_value=999999))
def test_no_collar_number_survives_after_a_rank(rank: str, number: int) -> None:
    out = anonymise(f"seen by {rank} {number} at the station").text
    assert str(number) not in out
    assert "at the station" in out


@pytest.mark.parametrize(
    ("text", "reference", "placeholder"),
    [
        ("police OCC 46540540. please ring me", "OCC 46540540", "[OCC reference]"),
        ("DASH RISK ASSESSMENT - DASH 7803-318 / Victim", "DASH 7803-318", "[DASH reference]"),
        ("not to enter the town. CUST 48314563", "CUST 48314563", "[CUST reference]"),
        ("rx EPS 225437-L58507-43550G. daughter's mob", "EPS 225437-L58507-43550G", "[EPS reference]"),
        ("999 call (speech to text) serial 9399: my neighbour", "serial 9399", "[serial reference]"),
        ("police ref serial 3287. named person", "serial 3287", "[serial reference]"),
        ("PSNI LOG log 2949 - CALLER REPORTS", "log 2949", "[log reference]"),
        ("son on the phone. datix Datix W01145", "Datix W01145", "[Datix reference]"),
    ],
)
def test_a_police_or_health_scheme_and_its_number_are_one_reference(
        text: str, reference: str, placeholder: str) -> None:
    assert_one_reference(text, reference, placeholder)


@pytest.mark.parametrize(("text", "reference"), [
    ("i rang 101, police log 0756 given", "0756"),
    ("Datix W909323 raised", "W909323"),
])
def test_a_log_or_datix_named_once_leaves_the_word_outside(text: str, reference: str) -> None:
    r = anonymise(text)
    assert [e.text for e in r.entities if e.type is EntityType.REFERENCE] == [reference]


@pytest.mark.parametrize("text", ["log 3 visits this week", "a serial offender", "she did a dash 2 the shop"])
def test_everyday_senses_of_the_scheme_words_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(("text", "kept"), [
    ("Bareera Aziz (1996-11-08) 28/40, partner on MAPPA", "28/40"),
    ("ROSEBUD SANDERSON (2010-09-19) 11TH DAY OFF, MUM SAYS", "11TH DAY OFF"),
])
def test_a_fraction_or_ordinal_after_a_date_stays(text: str, kept: str) -> None:
    out = anonymise(text).text
    assert kept in out
    assert "1996" not in out and "2010" not in out
