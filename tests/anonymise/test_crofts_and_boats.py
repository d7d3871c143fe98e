"""Homes with no street: a numbered croft or holding in a township ("Croft 7, Balallan"), a boat by its
kind and name with its moorings ("Narrowboat Kittiwake, Calder View moorings"), and moorings after a place
cue. "NB" as a note's "nota bene", and crofting or boating in ordinary talk, stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Lives at Croft 12, Achmore, Stornoway with partner", "Croft 12, Achmore"),
        ("she sleeps at her boyfriend's on croft 3, tolsta most nights", "croft 3, tolsta"),
        ("G&T liaison visit: Holding 4, Upper Bayble. Present", "Holding 4, Upper Bayble"),
        ("Address: Narrowboat Heron, Lune Bank moorings, Lancaster", "Narrowboat Heron, Lune Bank moorings"),
        ("Complainant: Ann Lee, NB Dawn Treader, Fenny Lock Marina\nAlleged", "NB Dawn Treader, Fenny Lock Marina"),
        ("family live on NB Morning Star near the lock", "NB Morning Star"),
        ("now living aboard widebeam 'Otter' since June", "widebeam 'Otter'"),
        ("dad is moored at Salters Wharf Moorings for winter", "Salters Wharf Moorings"),
        ("visit to Narrowboat Jenny Wren, moored at Apsley Marina. Present",
         "Narrowboat Jenny Wren, moored at Apsley Marina"),
    ],
)
def test_a_home_with_no_street_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    r = anonymise(text)
    assert any(e.type is EntityType.ADDRESS for e in r.entities), r.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("NB Mum is aware of the plan.", "NB"),
        ("NB Housing Officer will ring tomorrow.", "will ring"),
        ("Dad works a croft 2 days a week.", "croft 2 days"),
        ("croft 7, then home for tea", "then home"),
        ("They went on a narrowboat holiday.", "narrowboat holiday"),
    ],
)
def test_lookalikes_are_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text, r.text
    assert not any(e.type is EntityType.ADDRESS for e in r.entities), r.text


@_SETTINGS
@given(st.sampled_from(["Croft", "Holding", "Smallholding", "croft"]), st.integers(1, 60),
       st.sampled_from(["Achmore", "Upper Bayble", "North Tolsta", "Gravir"]), st.booleans(),
       st.sampled_from(["Lives at ", "Address: ", "visit: ", "on "]),
       st.sampled_from([", Stornoway", ". Seen", " most nights"]))
def test_a_croft_never_survives(unit: str, number: int, township: str, comma: bool, cue: str, tail: str) -> None:
    home = f"{unit} {number}{',' if comma else ''} {township}"
    if unit.islower():
        home = home.lower()
    text = f"{cue}{home}{tail}"
    assert_hidden(text, len(cue), len(home))


@_SETTINGS
@given(st.sampled_from(["Narrowboat", "NB", "narrowboat", "Houseboat", "Dutch barge", "widebeam"]),
       st.sampled_from(["Kestrel", "Sally Ann", "Dawn Treader", "'Otter'", "Morning Star"]),
       st.sampled_from(["Calder View", "Fenny Lock", "Lune Bank", "Apsley"]),
       st.sampled_from(["moorings", "Moorings", "Marina", "Basin", "Boatyard"]),
       st.sampled_from(["Address: ", "Complainant: Ann Lee, ", "lives on "]))
def test_a_boat_and_its_moorings_never_survive(kind: str, name: str, place: str, moorings: str, cue: str) -> None:
    home = f"{kind} {name}, {place} {moorings}"
    text = f"{cue}{home}\nConcern: none"
    assert_hidden(text, len(cue), len(home))


@pytest.mark.parametrize("number", ["1", "2", "12"])
def test_a_boat_whose_name_carries_a_number_is_hidden_with_its_moorings(number: str) -> None:
    text = f"Narrowboat Kingfisher {number}, Basin End Moorings, EX4 3AN\nMr Gratton attended."
    r = anonymise(text)
    assert "Kingfisher" not in r.text and "Basin End" not in r.text
    assert r.text.startswith("[address], [postcode]")
