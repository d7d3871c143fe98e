"""Homes named by a unit on a site ("Apartment 30, Safe Harbour Women's Refuge", "Bedsit 2, Canal Foyer"),
old working buildings made homes ("The Old Goods Shed, Aqueduct Terrace"), lower-case streets of steps
after a place word, Gaelic streets with "a'" and Welsh place-word streets after a house name."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Tenant: 6/6/33, Apartment 30, Harbour Light Women's Refuge, LU1 7RU.",
         "Apartment 30, Harbour Light Women's Refuge"),
        ("Address: Apartment 12, Ferry Lane Night Shelter\nnext of kin none", "Apartment 12, Ferry Lane Night Shelter"),
        ("released to Bedsit 2, Wharfside Foyer, M8 5LA", "Bedsit 2, Wharfside Foyer"),
        ("Ola Dyer, The Old Goods Shed, Canal Terrace. Kids not on roll", "The Old Goods Shed, Canal Terrace"),
        ("carer visit at 41 ropery steps, PL1 2NY. no food in", "41 ropery steps"),
        ("visit - seen at 107, sràid a' mhuilinn, EH7 0AJ. twins", "107, sràid a' mhuilinn"),
        ("driver gave the annexe, bryn eithin, passenger was 14", "the annexe, bryn eithin"),
    ],
)
def test_homes_on_sites_working_buildings_and_celtic_streets_are_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


@given(unit=st.sampled_from(["Apartment", "Bedsit", "Studio", "Room", "Flat"]), number=st.integers(1, 99),
       site=st.sampled_from(["Quayside Night Shelter", "Harbour Light Refuge", "Wharfside Foyer"]))
@_SETTINGS
def test_any_numbered_unit_on_a_named_site_is_hidden(unit: str, number: int, site: str) -> None:
    address = f"{unit} {number}, {site}"
    text = f"She now lives at {address} with her baby."
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize("text", ["he took 3 steps back", "her dad's shed, the one by the river, was cold",
                                  "he gave the ball back, then left"])
def test_steps_sheds_and_giving_in_ordinary_talk_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("released to Room 14, Engine House Approved Premises, then", "Room 14, Engine House Approved Premises"),
        ("bail address FLAT 26, ENGINE HOUSE APPROVED PREMISES WC2H 7YJ.", "FLAT 26, ENGINE HOUSE APPROVED PREMISES"),
    ],
)
def test_a_room_in_probation_approved_premises_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
