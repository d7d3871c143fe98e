"""A school named after a record's "school" field with its kind cut to a tail ("school ironstone high"), a high
school standing as a sentence of its own ("tullyvar high."), a saint's school by its pet name ("st winnies"), a kids'
club, and a nursery named by a pet word and where it is ("Ducklings at the Lock")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_hidden_as


def _schools(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.SCHOOL]


@pytest.mark.parametrize(("text", "school", "kept"), [
    ("snap x. school ironstone high reports 14 sessions missed", "ironstone high", "reports 14 sessions missed"),
    ("mum on the phone. school Milepost High. safeguarding referral done.", "Milepost High", "safeguarding referral"),
    ("snap x. school bargee cl prim reports 14 sessions missed", "bargee cl prim", "reports 14 sessions"),
    ("email sent. tullyvar high. sw rang back", "tullyvar high", "sw rang back"),
    ("MUM RANG. FERRY BRAE HIGH", "FERRY BRAE HIGH", "MUM RANG"),
    ("AT 87 PENNYROYAL LANE. ST WINNIES. EWO TO VISIT", "ST WINNIES", "EWO TO VISIT"),
    ("gp told. st winnies aware. his fb", "st winnies", "aware"),
    ("Ablah (13.04.2016) at Lock and Key Kids Club, mum rang", "Lock and Key Kids Club", "mum rang"),
    ("Greg (2020-01-10) at Ducklings at the Lock, mum rang", "Ducklings at the Lock", "mum rang"),
    ("Child Laily (3) at Ladybirds at Dyehouse. Non-mol in place", "Ladybirds at Dyehouse", "in place"),
])
def test_the_school_is_hidden_and_the_words_round_it_stay(text: str, school: str, kept: str) -> None:
    assert_hidden_as(text, school, EntityType.SCHOOL, kept)


@pytest.mark.parametrize("text", [
    "school anxiety high this term",
    "after school high on something",
    "mum says. jayden high.",
    "MOOD LOW. ANXIETY HIGH.",
    "she was. proper high.",
    "at St Georges today",
    "went to kids club after tea",
    "Tots at Monday's session",
    "the ducklings at the pond",
])
def test_near_misses_are_no_school(text: str) -> None:
    assert _schools(text) == []


@given(st.sampled_from(["ironstone", "milepost", "tullyvar", "quarrybank", "saltings"]),
       st.sampled_from(["high", "prim"]))
def test_a_school_after_the_school_field_never_survives(name: str, tail: str) -> None:
    out = anonymise(f"nhs checked. school {name} {tail} reports sessions missed").text
    assert name not in out
    assert "reports sessions missed" in out
