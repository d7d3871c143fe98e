"""Prisons, bases, teams' areas, hyphened towns and campaigns stay readable; the people beside them are hidden."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "kept", "person"),
    [
        ("Her dad Brogan Illsley is at HMP Wealdstow until the spring.", "HMP Wealdstow", "Brogan Illsley"),
        ("On release from HMP Ashcombe Vale, Keeley Prosser will need a flat.", "Ashcombe Vale", "Keeley Prosser"),
        ("Mum says Tobias Renwick leaves HMYOI Brackenmoor next week.", "HMYOI Brackenmoor", "Tobias Renwick"),
        ("hi its Shelby from the Quarrington forces families group, Jayde Corless needs help",
         "Quarrington forces families group", "Jayde Corless"),
        ("I write as secretary of the Holmbury branch of the association about Dermot Aske.",
         "Holmbury branch", "Dermot Aske"),
        ("Cadet Lennox Farrant told staff at the Wetherden ACF hut on Tuesday.", "Wetherden ACF", "Lennox Farrant"),
        ("Orrin Blakey, a Suez veteran, lives alone.", "a Suez veteran", "Orrin Blakey"),
        ("The Wrexford and Calderbank teams will visit Ilse Marwood together.", "Wrexford and Calderbank teams",
         "Ilse Marwood"),
        ("Ffion Yale moved to Hinton-on-the-Green last year.", "Hinton-on-the-Green", "Ffion Yale"),
        ("He served ex RAF and ex REME; Caspian Orley is his son.", "ex RAF and ex REME", "Caspian Orley"),
    ],
)
def test_the_place_is_kept_and_the_person_hidden(text: str, kept: str, person: str) -> None:
    out = anonymise(text).text
    assert kept in out, out
    assert_hidden(text, text.index(person), len(person))


@pytest.mark.parametrize(
    "text",
    [
        "Spoke to Kelly at the Jade branch of the bank.",  # given names before "branch" stay people
        "the Kelly team rang back",
        "Harriet Ormsby, a veteran of many appeals, rang.",
        "Evan Smith-Jones rang the office.",  # a double-barrelled surname is no hyphened town
    ],
)
def test_a_person_in_the_same_place_stays_hidden(text: str) -> None:
    r = anonymise(text)
    assert any(e.type.name == "PERSON" for e in r.entities), r.text


def test_a_given_name_before_team_is_hidden() -> None:
    text = "the Kelly team rang back"
    assert_hidden(text, text.index("Kelly"), 5)


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Brinhope", "Caldermoor", "Westwick", "Ashgarth", "Pellingford"]),
       st.sampled_from(["HMP", "HMYOI", "HMP/YOI"]))
def test_any_prison_name_after_its_title_is_kept(town: str, title: str) -> None:
    text = f"Her partner Declan Marrow is held at {title} {town} now."
    out = anonymise(text).text
    assert f"{title} {town}" in out, out
    assert "Marrow" not in out
