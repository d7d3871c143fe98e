"""References judged by shape, not by a list of formats: a digit-led code with letters or separators is hidden
with no cue ("1614-241126", "26/6597727U"), a strong cue hides even a short code ("crime 42", "URN 7A"), a
system's acronym between a cue and the number belongs to it ("CAD CAD 1614-241126", "Hosp no MRN 534 368
1665"), while ranges, measures, times and years stay readable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Reported on 3 May, 1614-241126 given by the call handler.", "1614-241126"),
        ("Police gave us 26/6597727U for the file.", "26/6597727U"),
        ("Referred, see 48213QX on the portal.", "48213QX"),
        ("The letter quotes 88213-KL at the top.", "88213-KL"),
        ("Logged as crime 42 this morning.", "42"),
        ("URN 7A was closed in error.", "7A"),
    ],
)
def test_codes_with_digits_are_hidden_with_or_without_a_cue(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Neighbourhood team. CAD CAD 1614-241126.", "CAD 1614-241126"),
        ("Address 8-10 CREGAGH ROAD. Hosp no MRN 534 368 1665. HV informed.", "MRN 534 368 1665"),
    ],
)
def test_a_system_code_after_a_cue_and_spaced_groups_belong_to_the_reference(text: str, secret: str) -> None:
    r = anonymise(text)
    start = text.index(secret)
    assert any(e.type is EntityType.REFERENCE and e.start <= start and e.end >= start + len(secret)
               for e in r.entities), r.text


@pytest.mark.parametrize(
    "text",
    [
        "He takes 2000mg a day and 10-12 tablets went missing.",
        "Plan for 2024/25 agreed; seen 100-200 times a year, says mum.",
        "Met at 10am, left by 5pm, the 25th was his birthday.",
        "Open case 2 of them was closed.",
        "log 23:40 police rang",
    ],
)
def test_ranges_measures_times_and_everyday_cues_stay(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.REFERENCE for e in r.entities), r.text


@pytest.mark.parametrize("text", ["LCS 1035176 opened", "PNC ID 61/4368067N seen", "police CAD 4087/22NOV26."])
def test_the_cue_acronym_itself_stays_readable(text: str) -> None:
    cue = text.split()[-2] if text.startswith("police") else text.split()[0]
    assert cue in anonymise(text).text


@_SETTINGS
@given(ids.surrounding, st.integers(1000, 99999), st.sampled_from(["-", "/"]), st.integers(100000, 999999),
       st.sampled_from(["", "U", "AB"]), ids.separators, ids.surrounding)
def test_a_digit_led_code_is_hidden_wherever_it_appears(
    before: str, head: int, sep: str, tail: int, suffix: str, sep2: str, after: str
) -> None:
    code = f"{head}{sep}{tail}{suffix}"
    text = before + "\n" + code + sep2 + after
    assert_hidden(text, len(before) + 1, len(code))


@pytest.mark.parametrize("code", ["KX123", "ABC123", "HPS739"])
def test_two_letters_and_three_digits_run_together_are_a_code(code: str) -> None:
    text = f"Her file shows {code} on the front sheet."
    assert_hidden(text, text.index(code), len(code))


@pytest.mark.parametrize(
    "text", ["Takes B12 and vitamin D daily.", "Watched it on PS5 all night.", "Got a 9 in KS4 maths."]
)
def test_one_letter_or_short_codes_stay(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.REFERENCE for e in r.entities), r.text


@_SETTINGS
@given(ids.surrounding, st.integers(10, 99), st.integers(100000, 999999), ids.surrounding)
def test_a_star_between_digit_groups_joins_one_code(before: str, head: int, tail: int, after: str) -> None:
    code = f"{head}*{tail}"
    text = f"{before}\nNiche {code} - missing person. {after}"
    assert_hidden(text, text.index(code), len(code))


def test_a_code_of_letters_and_digits_joined_by_a_hyphen_after_a_platform_word_is_one_reference() -> None:
    text = "Voucher FB-0088 from her health visitor."
    r = anonymise(text)
    assert r.text == "Voucher [reference] from her health visitor.", r.text
