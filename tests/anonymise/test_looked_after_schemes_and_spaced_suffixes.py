"""Schemes a note writes with their number (a looked-after child's "CLA 578696", the out-of-hours GP system's
"Adastra 26471068", the rough sleepers' "chain CHAIN 329001") are hidden whole and named in the placeholder, and a
Home Office reference's suffix written apart from it ("G1136397 /159") goes with the code."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType


def _refs(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.REFERENCE]


@pytest.mark.parametrize(
    ("text", "reference", "placeholder"),
    [
        ("CLA REVIEW MINUTES - CLA 578696 / Chair: the IRO", "CLA 578696", "[CLA reference]"),
        ("ooh gp home visit (typed in car) Adastra 26471068: bed 25", "Adastra 26471068", "[Adastra reference]"),
        ("seen last night, chain CHAIN 329001, and a new lad", "CHAIN 329001", "[CHAIN reference]"),
    ],
)
def test_the_scheme_is_hidden_with_its_number_and_named_in_the_placeholder(
        text: str, reference: str, placeholder: str) -> None:
    r = anonymise(text)
    assert reference not in r.text
    assert placeholder in r.text
    assert reference in _refs(text)


def test_the_rough_sleepers_database_named_once_is_a_label_the_reader_keeps() -> None:
    r = anonymise("Outreach shift, CHAIN 594128: bedded down by the arches.")
    assert "594128" not in r.text
    assert "Outreach shift, CHAIN [reference]" in r.text


def test_a_home_office_suffix_written_apart_goes_with_the_code() -> None:
    r = anonymise("SW says age is disputed, HO ref G1136397 /159. Starts at college on mon.")
    assert "159" not in r.text and "G1136397" not in r.text
    assert "age is disputed, HO ref [reference]. Starts at college" in r.text


@pytest.mark.parametrize("text", ["HO ref G1136397 / 159 mins later", "UAN given, ref AB123456 / 12 pages"])
def test_a_spaced_slash_between_a_code_and_a_count_keeps_the_count(text: str) -> None:
    r = anonymise(text)
    assert ("159 mins" in r.text) or ("12 pages" in r.text)


def test_words_beside_a_looked_after_review_stay() -> None:
    r = anonymise("CLA review held, 3 actions agreed.")
    assert r.text == "CLA review held, 3 actions agreed."


@given(st.from_regex(r"[A-Z]\d{7}", fullmatch=True), st.integers(min_value=10, max_value=9999))
def test_any_home_office_code_and_suffix_are_hidden_together(code: str, suffix: int) -> None:
    r = anonymise(f"HO ref {code} /{suffix}, placed today.")
    assert code not in r.text and f"/{suffix}" not in r.text
    assert r.text.endswith(", placed today.")
