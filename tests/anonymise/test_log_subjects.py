"""Whom a quick log line is about, told by its shape: a word no dictionary has before a date of birth in
brackets (and the word before it when a heading opens the pair), a word no dictionary has after a message's
heading, a word no dictionary has asked to call; a room's resident named in two words. Verbs, possessives,
compounds, years and rooms in use stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("teams: hardev - happy akubuike (2013-10-25) moved again?? school say", ("happy", "akubuike")),
        ("supported housing incident: breeze wigham (9), care leaver, in again", ("breeze", "wigham")),
        ("sexual health clinic txt: ugomma in for the morning after pill", ("ugomma",)),
        ("his insta is on file. babul pls call", ("babul",)),
        ("hostel handover 13th July 2023: rm 9 parfait matondo back at 4am, says", ("parfait", "matondo")),
    ],
)
def test_whom_a_log_line_is_about_is_hidden(text: str, secrets: tuple[str, ...]) -> None:
    out = anonymise(text).text
    for secret in secrets:
        assert secret not in out


@pytest.mark.parametrize(
    "text",
    ["the review (2024) went well", "room 4 in use", "txt: urgent call back", "mum (43) rang",
     "caretaker whatsapp: someone's dumped a mattress by the bins again",
     "Estate officer's note: burnt-out car on the garages again", "hv here - visited the family today"],
)
def test_years_rooms_possessives_compounds_and_verbs_stay(text: str) -> None:
    assert anonymise(text).text == text


@given(st.sampled_from(["akubuike", "wigham", "matondo", "shamsunnahar"]),
       st.sampled_from(["(2013-10-25)", "(9)", "(12/3/09)", "(dob 4/5/10)"]))
def test_a_word_no_dictionary_has_before_a_date_of_birth_never_survives(name: str, dob: str) -> None:
    out = anonymise(f"seen today - {name} {dob} at home with mum").text
    assert name not in out
