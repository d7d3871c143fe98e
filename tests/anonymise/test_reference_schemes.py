"""A record scheme written with its number ("CIN 096240", "MARAC 281/79") is one reference: the whole is hidden
as one entity and the placeholder names the scheme, so the note reads as before. Only scheme names from a fixed
list are ever written into a placeholder; any other word before a number stays where it was, outside it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.references import SCHEMES
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_one_reference


@pytest.mark.parametrize(
    ("text", "reference", "placeholder"),
    [
        ("CIN 096240 open since May.", "CIN 096240", "[CIN reference]"),
        ("Discussed at MARAC 281/79 last week.", "MARAC 281/79", "[MARAC reference]"),
        ("GP record EMIS 9358759 checked.", "EMIS 9358759", "[EMIS reference]"),
        ("Probation CRN: G8637816 noted.", "CRN: G8637816", "[CRN reference]"),
        ("Held on SystmOne 1234567 too.", "SystmOne 1234567", "[SystmOne reference]"),
        ("Reporter SCRA 29-055343. Lead professional named.", "SCRA 29-055343", "[SCRA reference]"),
    ],
)
def test_a_scheme_and_its_number_are_one_reference_and_the_scheme_stays_readable(
        text: str, reference: str, placeholder: str) -> None:
    assert_one_reference(text, reference, placeholder)


@pytest.mark.parametrize("text", ["LEE 123456 rang the office.", "Job 1234567 noted.", "crime ref 12/345678/25"])
def test_a_word_not_in_the_scheme_list_is_never_written_into_a_placeholder(text: str) -> None:
    r = anonymise(text)
    refs = [e for e in r.entities if e.type is EntityType.REFERENCE]
    assert refs and all(e.placeholder == "[reference]" for e in refs)


@given(st.sampled_from(sorted(SCHEMES)), st.integers(min_value=100000, max_value=99999999))
def test_no_scheme_number_survives_and_no_other_text_enters_its_placeholder(scheme: str, number: int) -> None:
    name = scheme.upper()
    r = anonymise(f"Logged under {name} {number} today.")
    assert str(number) not in r.text
    for e in r.entities:
        assert e.placeholder in ("[reference]", f"[{name} reference]") or e.type is not EntityType.REFERENCE


@pytest.mark.parametrize(
    ("text", "reference", "placeholder"),
    [
        ("IRD requested, IRD 12-34567.", "IRD 12-34567", "[IRD reference]"),
        ("Referred to adult safeguarding, LAS 020451. DN informed", "LAS 020451", "[LAS reference]"),
        ("Kinship assessment, SHSCT 712093: maternal aunt", "SHSCT 712093", "[SHSCT reference]"),
        ("at her mum's now. NIHE 61230498", "NIHE 61230498", "[NIHE reference]"),
        ("ADULT SAFEGUARDING ASC 4412087\nADULT: named", "ASC 4412087", "[ASC reference]"),
        ("nicked again. PNCID 12/345678Q. ref to follow", "PNCID 12/345678Q", "[PNCID reference]"),
        ("Contact suspended (Eclipse 4418203).", "Eclipse 4418203", "[Eclipse reference]"),
    ],
)
def test_uk_schemes_before_a_number_join_it(text: str, reference: str, placeholder: str) -> None:
    test_a_scheme_and_its_number_are_one_reference_and_the_scheme_stays_readable(text, reference, placeholder)


@pytest.mark.parametrize(
    ("text", "reference"),
    [("moved in and changed her bank details. ASC ASC-723340.", "ASC-723340"),
     ("László runs it. Eclipse ECLP-650413.", "ECLP-650413"),
     ("Mosaic 938917 updated.", "938917")],
)
def test_a_code_with_its_own_letters_leaves_the_name_before_it_outside(text: str, reference: str) -> None:
    r = anonymise(text)
    assert [e.text for e in r.entities if e.type is EntityType.REFERENCE] == [reference]


def test_a_long_number_after_a_schemes_chat_is_hidden() -> None:
    r = anonymise("misper chat 48213: last seen by the shops")
    assert "48213" not in r.text and r.text.startswith("misper chat ") and "last seen by the shops" in r.text


@given(st.sampled_from(["chat", "log", "update", "referral", "group"]),
       st.sampled_from(["misper", "MARAC", "MASH", "CIN"]), st.integers(min_value=10000, max_value=9999999))
def test_no_number_after_a_schemes_channel_survives(carrier: str, scheme: str, number: int) -> None:
    r = anonymise(f"{scheme} {carrier} {number}: seen today")
    assert str(number) not in r.text and carrier in r.text
