"""Leftovers a clause names: lower-case speakers of a chat export, lower-case names before ", he's 9" or after "by"
and before ", who", dateless plates a car left or was parked in, "Our Lady of" schools after a schooling cue, a
short school name before "high uniform", and stair/flat numbers before a one-word street after a living cue. The
ordinary words round them, and counts, times, units and dates of the same shapes, stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.chat_names import word_ok
from dialogs.anonymise.clause_cued_leftovers import NOT_PLATE_LETTERS
from dialogs.anonymise.lexicon import english_words
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate, typed


def _hidden_and_kept(text: str, secret: str, kept: list[str]) -> None:
    assert_hidden(text, text.index(secret), len(secret))
    out = anonymise(text).text
    for word in kept:
        assert word in out, out


@pytest.mark.parametrize(
    "text, secret, kept",
    [
        ("[Night shift]\nardit: the van is back again\nkolbeinn: seen it, ringing 101\n", "kolbeinn",
         ["seen it, ringing 101", "the van is back again"]),
        ("[Warehouse B]\nmarguerita: anyone seen the lad\nyesenka: he left at 4\n", "yesenka", ["he left at 4"]),
    ],
)
def test_a_lower_case_chat_export_speaker_is_hidden(text: str, secret: str, kept: list[str]) -> None:
    _hidden_and_kept(text, secret, kept)


def test_a_lone_label_line_is_no_chat() -> None:
    text = "[Handover]\nnote: kids fed and asleep by 8\n"
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, secret, kept",
    [
        ("the car is outside again waiting for bogumir, he's only 8, nobody home", "bogumir",
         ["waiting for", "he's only 8", "nobody home"]),
        ("she was brought to the bank again by dzhavid, who keeps her card", "dzhavid",
         ["brought to the bank again by", "who keeps her card"]),
        ("the girl stays with szilvia, shes 15 and off school", "szilvia", ["stays with", "off school"]),
    ],
)
def test_a_lower_case_name_the_clause_describes_is_hidden(text: str, secret: str, kept: list[str]) -> None:
    _hidden_and_kept(text, secret, kept)


@pytest.mark.parametrize(
    "text",
    [
        "waited with the baby, she's only 2 months",
        "picked up by taxi, who was late",
        "bring the forms, he's 9 tomorrow",
    ],
)
def test_ordinary_words_before_the_clause_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, plate",
    [
        ("13:02 male leaves via the loading bay in GK 5512.\n13:10 police called", "GK 5512"),
        ("LEFT 03:40 IN 6218 DX. GUARD ON GATE", "6218 DX"),
        ("male left through the side gate in 4821 K, no plate lights", "4821 K"),
        ("lads he is parked by the shop again in jkz 4410 waiting", "jkz 4410"),
    ],
)
def test_a_plate_a_car_left_or_was_parked_in_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "he left at 4 in 30 min and came back",
        "LEFT AT 10, BACK IN 20 MINS",
        "she left the meds in bay 1234 by mistake",
        "parked in row 1220 at the stadium",
        "left school in 2019 and started work",
    ],
)
def test_counts_times_and_words_after_leaving_are_no_plate(text: str) -> None:
    assert_no_plate(text)


@pytest.mark.parametrize(
    "text, school, kept",
    [
        ("the older one goes to Our Lady of Lourdes but has not been since May", "Our Lady of Lourdes",
         ["goes to", "but has not been"]),
        ("says hes at our lady of good counsel but not been in weeks", "our lady of good counsel",
         ["says hes at", "but not been in weeks"]),
        ("a boy in beech rd high uniform answered the door", "beech rd high", ["a boy in", "uniform answered"]),
    ],
)
def test_a_school_named_by_its_cue_is_hidden(text: str, school: str, kept: list[str]) -> None:
    _hidden_and_kept(text, school, kept)
    assert ("SCHOOL", school) in typed(text)


@pytest.mark.parametrize(
    "text",
    ["she was in her high uniform all weekend", "a girl in a high uniform", "kids in school high uniform prices"],
)
def test_a_uniform_with_no_school_name_stays(text: str) -> None:
    assert all(kind != "SCHOOL" for kind, _ in typed(text))


@pytest.mark.parametrize(
    "text, home, kept",
    [
        ("mum never came. they live 112/4 Rowan. when she came she was upset", "112/4 Rowan",
         ["they live", "when she came"]),
        ("they were put out from 150/2 Mill by the landlord", "150/2 Mill", ["put out from", "by the landlord"]),
    ],
)
def test_a_stair_and_flat_number_before_a_one_word_street_is_hidden(text: str, home: str, kept: list[str]) -> None:
    _hidden_and_kept(text, home, kept)
    assert ("ADDRESS", home) in typed(text)


@pytest.mark.parametrize("text", ["she has been off from 12/8 Monday", "we live 24/7 Online these days"])
def test_dates_after_a_living_cue_are_no_home(text: str) -> None:
    assert all(kind != "ADDRESS" for kind, _ in typed(text))


_NAMES = st.text(alphabet="bdgkvxzjq" + "aeiou", min_size=5, max_size=10).filter(
    lambda w: w[0].isalpha() and w not in english_words() and word_ok(w))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_NAMES, age=st.integers(min_value=1, max_value=17))
def test_any_lower_case_name_before_an_age_is_hidden(name: str, age: int) -> None:
    text = f"the car waits outside for {name}, he's only {age}, every night"
    assume(name not in {"only", "every"})
    assert_hidden(text, text.index(name), len(name))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters=st.text(alphabet="ABCDEFGHJKLMNPRSTVWXYZ", min_size=2, max_size=3),
       digits=st.integers(min_value=100, max_value=9999))
def test_any_dateless_plate_a_car_left_in_is_hidden(letters: str, digits: int) -> None:
    assume(letters.lower() not in NOT_PLATE_LETTERS)  # "in YR 100", "in 20 MIN": units, not plates
    plate = f"{letters} {digits}"
    assert_plate(f"16:12 male leaves via car park C in {plate}.\n16:20 mum called", plate)


def test_a_name_starting_the_sentence_after_a_street_ending_st_dot_is_hidden() -> None:
    text = "Kasimir Brandl lets rooms to minors. They stay at 41 Gull St. Kasimir uses two phones."
    later = text.rindex("Kasimir")
    assert_hidden(text, later, len("Kasimir"))
    assert "uses two phones" in anonymise(text).text


@pytest.mark.parametrize("text", ["We went to St. Mary's on Sunday.", "the kids go to St. Anne's after"])
def test_a_saint_after_st_dot_stays_readable(text: str) -> None:
    assert "Mary" in anonymise(text).text or "Anne" in anonymise(text).text
