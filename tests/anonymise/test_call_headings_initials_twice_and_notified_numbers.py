"""References found by where they stand (the refs round): a call's serial in a heading opened by the line it came in
on ("999 (speech to text) 5812: ..."), a scheme's initials written twice before its number ("(QRS QRS 730114)"), the
number written straight after who was told ("duty team aware 6183."), and a system's code after a bracketed cue
("(ref KLM 5530271)")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.references import NOT_SYSTEMS
from tests.anonymise.coverage import assert_gone_and_kept, assert_hidden, found

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _not_year_or_clock(number: int) -> bool:
    text = str(number)
    return not (text[:2] in ("19", "20") or (int(text[:2]) <= 23 and int(text[2:]) <= 59))


# A call's serial in its heading.

@pytest.mark.parametrize("text", [
    "999 (speech to text) 5812: hiya there's a man at my door",
    "101 call 48213: caller says her ex is outside",
    "111 call (transcript) 7391: my dad's fallen",
])
def test_a_calls_serial_in_its_heading_is_hidden_and_the_heading_stays(text: str) -> None:
    serial = text.split(":")[0].rsplit(" ", 1)[1]
    heading = text[: text.index(serial)]
    assert_gone_and_kept(text, [serial], [heading, text.split(": ", 1)[1]])
    assert serial in found(text, EntityType.REFERENCE)


@pytest.mark.parametrize("text", [
    "999 call 2330: caller says a car is on fire",  # a time typed without its colon
    "101 call 2024: review of the year's calls",  # a year
    "Visit 6812: fine",  # no line opens the heading
    "rang 999 at 7812: no answer",  # the line mid-sentence, not the heading's first word
])
def test_times_years_and_other_headings_keep_their_numbers(text: str) -> None:
    assert found(text, EntityType.REFERENCE) == []
    assert anonymise(text).text == text


@given(st.sampled_from(["999", "101", "111"]), st.integers(1000, 99999999).filter(
    lambda n: n >= 10000 or _not_year_or_clock(n)))
@_SETTINGS
def test_a_calls_serial_never_survives(line: str, number: int) -> None:
    text = f"{line} call (speech to text) {number}: hello yeah"
    assert_hidden(text, text.index(f"{number}:"), len(str(number)))


# Initials written twice before a number.

def test_the_second_copy_of_doubled_initials_goes_with_the_number() -> None:
    text = "text from the instructor (QRS QRS 730114). lesson went fine"
    assert found(text, EntityType.REFERENCE) == ["QRS 730114"]
    assert_gone_and_kept(text, ["730114"], ["(QRS ", "lesson went fine"])


@pytest.mark.parametrize(("text", "kept"), [
    ("SHE SAID NO NO 4417 TIMES", "SAID NO NO "),  # a word said twice
    ("the QRS QRS 2024 report", "the QRS QRS 2024 report"),  # a year after the initials
    ("QRS TUV 730114 on file", "QRS TUV "),  # two different sets of initials
])
def test_words_said_twice_years_and_different_initials_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


def _initials(letters: str) -> bool:
    """No word and none of the acronyms that stand before other numbers ("NHS", "DOB")."""
    return letters.lower() not in NOT_SYSTEMS and letters.lower() not in english_words()


@given(st.text("BCDFGHJKLMNPQRSTVWXZ", min_size=3, max_size=5).filter(_initials), st.integers(100000, 99999999))
@_SETTINGS
def test_doubled_initials_and_their_number_never_survive(initials: str, number: int) -> None:
    text = f"card says {initials} {initials} {number}. ok"
    start = text.index(f" {initials} {number}") + 1
    assert_hidden(text, start, len(f"{initials} {number}"))
    # A scheme the rules know by name ("CRN CRN 100000") is hidden with both copies; only the words before stay.
    assert anonymise(text).text.startswith("card says ")


# The number after who was told.

@pytest.mark.parametrize(("text", "number", "kept"), [
    ("profile link sent - LADO aware 6183. next visit Tue", "6183", "LADO aware "),
    ("cash tin empty. Office told, 57291.", "57291", "Office told, "),
    ("EDT informed 3851774; will call back", "3851774", "EDT informed "),
    ("POLICE NOTIFIED 80467.", "80467", "POLICE NOTIFIED "),
])
def test_a_number_after_who_was_told_is_hidden_and_the_words_stay(text: str, number: str, kept: str) -> None:
    assert number in found(text, EntityType.REFERENCE)
    assert_gone_and_kept(text, [number], [kept])


@pytest.mark.parametrize("text", [
    "school told 1500 pupils about it",  # a count that runs on into words
    "police informed 2315.",  # a time typed without its colon
    "mum made aware 2024.",  # a year
    "dad told 3 times.",  # too short for a record
    "informed 2500.50 was owed",  # an amount
])
def test_counts_times_years_and_amounts_after_told_stay(text: str) -> None:
    assert found(text, EntityType.REFERENCE) == []


@given(st.sampled_from(["aware", "informed", "notified", "told", "Aware", "INFORMED"]),
       st.integers(1000, 99999999).filter(lambda n: n >= 10000 or _not_year_or_clock(n)),
       st.sampled_from([".", ",", ";", ")", ""]))
@_SETTINGS
def test_a_number_after_who_was_told_never_survives(verb: str, number: int, stop: str) -> None:
    text = f"concerns shared, duty team {verb} {number}{stop}"
    assert_hidden(text, text.index(str(number)), len(str(number)))
    assert f"duty team {verb} " in anonymise(text).text


# A system's code after a bracketed cue.

def test_a_systems_code_after_a_bracketed_cue_is_one_reference() -> None:
    text = "Hardship Fund (ref KLM 5530271), seen today"
    assert found(text, EntityType.REFERENCE) == ["KLM 5530271"]
    assert_gone_and_kept(text, ["KLM", "5530271"], ["Hardship Fund (ref ", "), seen today"])
