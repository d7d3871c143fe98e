"""Homes known by a name and no number are hidden: before a postcode after "to" or "at", and in lower case with
a house word after a name that is more than a kind of place. A lower-case school's name on a line of its own,
as chat signs off, is hidden too. Kinds of place and everyday sentences stay readable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import typed


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("HOME VISIT TO GATEHOUSE CROSSING BS5 8LF - NO ANSWER, CURTAINS SHUT.", "GATEHOUSE CROSSING"),
        ("CHILDREN SAFE AT THE HALT CF11 7RF WITH NAN", "THE HALT"),
        ("They left The Old Stables, Pewsey, PR1 5RJ after threats.", "The Old Stables"),
        ("car parked outside signal box cottage AGAIN, kids cant get past", "signal box cottage"),
        ("that van is back across the bin store at the toll house, owner unknown", "the toll house"),
    ],
)
def test_a_home_known_by_its_name_is_hidden(text: str, home: str) -> None:
    assert ("ADDRESS", home) in typed(text)
    assert home not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "She is staying at her mums, Leeds, LS1 4AB for now.",
        "The landlord at the old house changed the locks.",
        "Fitted in the bathroom at the respite house.",
        "He was seen outside the safe house twice.",
        "Reception trip to the farm postponed because of rain.",
    ],
)
def test_kinds_of_place_and_whose_home_it_is_stay_readable(text: str) -> None:
    r = anonymise(text)
    assert "house" in r.text or "farm" in r.text or "mums" in r.text


def test_a_persons_house_keeps_the_person_placeholder() -> None:
    assert "house" in anonymise("babysits at blimis house on fridays").text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("cousin posts on tiktok. engine shed close infant school", "engine shed close infant school"),
        ("rolled in at 11. goods yard community primary\nnext msg", "goods yard community primary"),
    ],
)
def test_a_lower_case_school_on_a_line_of_its_own_is_hidden(text: str, school: str) -> None:
    assert ("SCHOOL", school) in typed(text)


@pytest.mark.parametrize("text", ["Went to school. new primary.\nThen home", "He likes school. the local primary."])
def test_a_line_of_everyday_school_words_stays(text: str) -> None:
    assert typed(text) == []


@given(st.sampled_from(["GATEHOUSE CROSSING", "The Old Stables", "Ivy Cottage", "THE HALT", "Brook Lodge"]),
       st.sampled_from(["TO", "at", "from", "left"]),
       st.sampled_from(["BS5 8LF", "cf117rf", "PR1 5RJ"]))
def test_no_named_home_before_a_postcode_survives(home: str, cue: str, postcode: str) -> None:
    r = anonymise(f"Visit {cue} {home} {postcode} today.")
    assert home not in r.text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Bella Bruce, 16/1/20, Ducklings on the Cut Playgroup. Mum works.", "Ducklings on the Cut Playgroup"),
        ("she goes to Busy Bees in the Orchard Nursery on Mondays", "Busy Bees in the Orchard Nursery"),
    ],
)
def test_a_setting_named_for_where_it_is_is_hidden_whole(text: str, school: str) -> None:
    assert ("SCHOOL", school) in typed(text)


def test_a_sentence_that_starts_before_a_setting_keeps_its_words() -> None:
    assert anonymise("Seen in the Sunshine Nursery today.").text.startswith("Seen in the ")


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("he's year 9 at Cider Press Federation and plays rugby", "Cider Press Federation"),
        ("ALL WEEK. ST BRYNACH'S CHURCH IN WALES SCHOOL. MUM RANG", "ST BRYNACH'S CHURCH IN WALES SCHOOL"),
    ],
)
def test_a_federation_of_schools_and_a_church_in_wales_school_in_capitals_are_schools(text: str, school: str) -> None:
    assert ("SCHOOL", school) in typed(text)


@pytest.mark.parametrize("text", ["Letter from the Police Federation about pay.", "the Football Federation said no"])
def test_federations_of_sport_and_work_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "school"),
    [("picked up by childminder Laraib Hayat (Cwtch Bach Cylch Meithrin), who says", "Cwtch Bach Cylch Meithrin"),
     ("childminder Gustaw Adamski (Bumblebees at Applegarth), who says", "Bumblebees at Applegarth")],
)
def test_a_childminders_setting_in_brackets_is_hidden(text: str, school: str) -> None:
    assert ("SCHOOL", school) in typed(text)


def test_a_childminders_age_or_role_in_brackets_stays() -> None:
    assert "(registered)" in anonymise("childminder Laraib Hayat (registered) collected her").text
