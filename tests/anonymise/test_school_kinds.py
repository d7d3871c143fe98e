"""Schools named for what they are: early years settings, clubs, childminding, prep schools and Sure Start;
the same words used plainly stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    "text, school",
    [
        ("attends Bright Stars Early Learning three days", "Bright Stars Early Learning"),
        ("goes to Little Oaks Early Years on mondays", "Little Oaks Early Years"),
        ("picked up from Kids Zone After School Club at 6", "Kids Zone After School Club"),
    ],
)
def test_early_years_settings_and_clubs_are_schools(text: str, school: str) -> None:
    r = anonymise(text)
    start = text.index(school)
    assert any(e.type is EntityType.SCHOOL and e.start <= start and e.end >= start + len(school)
               for e in r.entities), r.text


@pytest.mark.parametrize("text", ["the early years team will visit", "she goes to breakfast club",
                                  "Early Years Foundation Stage profile done"])
def test_the_stage_or_the_club_alone_is_no_school(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, school",
    [
        ("Incident form - Little Acorns Childminding (Ofsted registered)\nChild:",
         "Little Acorns Childminding (Ofsted registered)"),
        ("School: Brickfield Academy (SEMH)\nContact", "Brickfield Academy (SEMH)"),
        ("FE referral - Larchwood Independent Prep\nStudent:", "Larchwood Independent Prep"),
    ],
)
def test_a_childminding_setting_a_prep_school_and_a_school_kind_in_brackets_are_hidden(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))


@pytest.mark.parametrize("text, kept", [("did the meal prep", "meal prep"), ("Oak Academy (see above)", "(see above)")])
def test_everyday_prep_and_a_note_in_brackets_after_a_school_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


def test_the_sure_start_team_is_no_setting() -> None:
    assert anonymise("the sure start team rang").text == "the sure start team rang"
