"""A taxi driver's or an officer's badge number ("driver (badge 3324)"), a record's number after its cue and "is" ("the
police log is 0756"), and Datix, the NHS incident system, joined to a bare number ("Datix 900515" reads "[Datix
reference]"). Years, counts and Datix's own codes stay as before."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import typed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in at 2am in a taxi, driver (badge 3324) said he picked him up",
         "in at 2am in a taxi, driver (badge [reference]) said he picked him up"),
        ("snap map has her in Watford the police log is 0756 her social worker knows",
         "snap map has her in Watford the police log is [reference] her social worker knows"),
        ("incident logged. datix Datix 900515", "incident logged. datix [Datix reference]"),
        ("crime ref was 44120 and nothing since", "crime ref was [reference] and nothing since"),
    ],
)
def test_the_number_is_hidden_and_the_words_stay(text: str, expected: str) -> None:
    assert anonymise(text).text == expected


def test_datix_s_own_code_is_hidden_apart_from_the_name() -> None:
    assert ("REFERENCE", "W909323") in typed("raised on Datix W909323 today")


@pytest.mark.parametrize(
    "text",
    ["the case was 2019 and closed", "the log is 3 pages long", "her badge 2 from cubs", "the police log is 2024 old"],
)
def test_years_and_counts_stay(text: str) -> None:
    assert [k for k, _ in typed(text) if k == "REFERENCE"] == []


@given(st.integers(1000, 999999), st.sampled_from(["badge", "log is", "ref was", "crime number is"]))
def test_any_number_after_the_cue_is_hidden(number: int, cue: str) -> None:
    n = f"{number:06d}" if number < 100000 else str(number)
    text = f"spoke to them, {cue} {n} noted"
    out = anonymise(text).text
    assert n not in out and "noted" in out
