"""Controllers in exploitation notes named by a quoted nickname (owed money, paid the wages, worked for, brought
someone over, holding a key, asked for), and eVisa share codes after "share code"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept, found


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ('Indicators: kept in the loft, owes "Ledger" £9,000 for the van', ["Ledger"], ["£9,000 for the van"]),
        ("he say i work nail bar pay back Sprocket", ["Sprocket"], ["he say i work nail bar pay back"]),
        ('ONE WORKER SAYS WAGES GO TO "GRAVEL". SCA NOTIFIED', ["GRAVEL"], ["SAYS WAGES GO TO", "SCA NOTIFIED"]),
        ('SAYS HE WORKED IN A KITCHEN IN LEEDS FOR "TROWEL" BEFORE BEING MOVED.', ["TROWEL"],
         ["BEFORE BEING MOVED"]),
        ('She was brought to the UK by "Velvet" to "clean houses".', ["Velvet"], ['to "clean houses"']),
        ('DAMP IN KITCHEN. HE SAYS A MAN ("SPANNER") HAS A KEY AND DRIVES HIM TO WORK.', ["SPANNER"],
         ["HAS A KEY AND DRIVES HIM TO WORK"]),
        ('NOTES: SPEAKS TIGRINYA. ASKS FOR "OBIORA" A LOT.', ["OBIORA"], ["A LOT", "SPEAKS TIGRINYA"]),
    ],
)
def test_controller_nicknames_are_hidden(text: str, gone: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(text, gone, kept)


@pytest.mark.parametrize(
    "text",
    [
        'he owes "rent" to the hostel and asks for "help" at night',
        'child asks for "MUM" a lot at bedtime',
        "she wants to pay back Universal Credit.",
        'money goes to "the boss" every friday',
        'she worked for "free" all summer',
    ],
)
def test_near_misses_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


def test_share_code_is_a_reference_and_the_words_round_it_stay() -> None:
    text = "Mum says the landlord kept her eVisa share code (Q84 K2M 61T). rematch requested."
    assert found(text, EntityType.REFERENCE) == ["Q84 K2M 61T"]
    assert_gone_and_kept(text, ["Q84 K2M 61T"], ["eVisa share code (", "). rematch requested."])


def test_share_code_that_looks_like_a_postcode_is_still_hidden() -> None:
    # "W4K 7PL" is a postcode's shape and keeps that type; the whole code is gone all the same.
    assert_gone_and_kept("share code (W4K 7PL 2QX) sent", ["W4K", "7PL", "2QX"], ["share code (", ") sent"])


def test_share_code_run_together_after_a_colon() -> None:
    assert found("share code: A12B34C56 given to employer", EntityType.REFERENCE) == ["A12B34C56"]


def test_share_code_words_without_a_code_stay() -> None:
    text = "she has not got a share code yet, will apply online"
    assert anonymise(text).text == text


_ALNUM = st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")


@given(st.lists(_ALNUM, min_size=9, max_size=9), st.sampled_from(["0", "5", "9"]), st.sampled_from(["3", "7"]))
def test_any_share_code_is_hidden(chars: list[str], d1: str, d2: str) -> None:
    chars[1], chars[4] = d1, d2  # at least two digits
    code = f"{''.join(chars[:3])} {''.join(chars[3:6])} {''.join(chars[6:])}"
    text = f"host holds her share code ({code}) and her passport"
    out = anonymise(text).text
    assert code not in out, out
    assert "and her passport" in out, out


@given(st.sampled_from(["Ledger", "Tinsel", "Rivet", "Pumice", "Quarry"]))
def test_any_quoted_creditor_is_hidden(name: str) -> None:
    text = f'locked in, owes "{name}" £12,000 for the crossing'
    out = anonymise(text).text
    assert name not in out, out
    assert "£12,000 for the crossing" in out, out


def test_closing_signature_in_capitals_is_hidden() -> None:
    text = ("HOTEL NIGHT LOG | 01:10 - guest in room 3 asked for a doctor, gave her the 111 number and logged it. "
            "| 02:00 - reported to provider, ref XQ-40021. OSWYN")
    assert_gone_and_kept(text, ["OSWYN"], ["reported to provider", "asked for a doctor"])


@pytest.mark.parametrize(
    "text",
    [
        "mum rang about the visit, worried about the school, told her we would refer on. MASH",
        "seen at home with both children, no concerns raised today by anyone. URGENT",
        "rang the hotel about the leak, they say the plumber comes tomorrow morning early. CAMHS",
    ],
)
def test_closing_words_that_are_no_signature_stay(text: str) -> None:
    assert anonymise(text).text == text
