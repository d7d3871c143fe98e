"""Handles with no "@" and no cue, as a form lists them after a name ("mrs.yorath.wynford",
"lowkey.pargat84"); domains, file names, abbreviations and version numbers stay as the other rules leave
them. Also: "Tots" names a nursery, a possessive inside a street's words makes it a clause ("134J blocking her
drive"), and "Screenshotted." and "sarge" are no names."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    "handle", ["mrs.okafor.tobenna", "lowkey.ngozi84", "tobi_x.official", "ama.b.2009"],
)
def test_a_dotted_handle_listed_after_a_name_is_hidden(handle: str) -> None:
    text = f"Alleged: Tobenna Okafor (13/01/1992), {handle}, seen online"
    assert_hidden(text, text.index(handle), len(handle))
    assert any(e.type is EntityType.HANDLE for e in anonymise(text).entities)


@given(first=st.from_regex(r"[a-z]{3,8}", fullmatch=True), second=st.from_regex(r"[a-z]{3,8}", fullmatch=True),
       digits=st.integers(0, 99))
@_SETTINGS
def test_any_two_words_and_digits_joined_by_a_dot_are_hidden(first: str, second: str, digits: int) -> None:
    handle = f"{first}.{second}{digits}"
    text = f"she follows {handle} on the app"
    assert_hidden(text, text.index(handle), len(handle))


@pytest.mark.parametrize("text", ["see plan.docx tomorrow", "e.g. the a.m. visit", "version 2.1.3 released",
                                  "mum.dad were there"])
def test_files_abbreviations_and_versions_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_tots_names_a_nursery() -> None:
    text = "hi it's Tríona from Swing Bridge Tots um just to let you know"
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)
    assert "Swing Bridge" not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [("Van BDL 134J blocking her drive.", "blocking her drive"), ("She's 13. Screenshotted.", "Screenshotted"),
     ("hi sarge, lads on bikes again", "sarge"), ("the tots were happy", "tots")],
)
def test_clauses_and_words_that_look_like_addresses_or_names_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text
