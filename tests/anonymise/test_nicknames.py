"""Nicknames and street names with no quotes: the phrase before says a name follows, whatever the word."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    "text, name",
    [
        ("he goes by Spider on the estate", "Spider"),
        ("his street name is Tiny", "Tiny"),
        ("street name 'Bullet', seen at the park", "Bullet"),
        ("known as meatball to the older boys", "meatball"),
        ("one goes by lofty, snap is private", "lofty"),
        ("she calls herself Lady Rae online", "Lady Rae"),
        ("they call him Dre and he runs the line", "Dre"),
        ("tagged as Ghost on the drill videos", "Ghost"),
        ("goes by the name of Tank", "Tank"),
        ("aka Kane, 19", "Kane"),
    ],
)
def test_a_nickname_after_a_naming_phrase_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


def test_a_nickname_is_hidden_wherever_it_comes_again() -> None:
    r = anonymise("he goes by Spider on the estate. Spider was seen later and Spider had a knife")
    assert "Spider" not in r.text


def test_a_title_before_a_nickname_stays_as_titles_do() -> None:
    assert anonymise("a man they call Mr Big").text == "a man they call Mr Adult 1"


@pytest.mark.parametrize(
    "text",
    [
        "what is known as county lines",
        "he is known as a bully at school",
        "Known associates: none recorded",
        "one of them calls himself @ on snap",
        "she is referred to as being withdrawn",
    ],
)
def test_terms_and_descriptions_after_the_phrase_stay(text: str) -> None:
    assert anonymise(text).text == text


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["goes by", "street name is", "nicknamed", "aka", "calls himself", "they call her"]),
    st.sampled_from(["Spider", "Tiny", "meatball", "Smudge", "bullet", "Ghost", "Chunk"]),
    st.sampled_from(["", ".", ",", " on the estate", " and sells"]),
)
def test_no_nickname_survives_a_naming_phrase(cue: str, name: str, tail: str) -> None:
    text = f"the older lad {cue} {name}{tail}"
    assert_hidden(text, text.index(f"{cue} {name}") + len(cue) + 1, len(name))


@pytest.mark.parametrize(
    "text, name",
    [
        ('Grandson Wilburn ("Razor") was there and would not leave', "Razor"),
        ("He is staying with his girlfriend. Says Razor keeps messaging him on snap", "Razor"),
    ],
)
def test_a_nickname_in_brackets_or_reported_doing_something_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


def test_a_quoted_nickname_is_hidden_where_it_is_used_bare_later() -> None:
    text = 'Her son told me that "Ghost" sleeps there. I now know Ghost to be the lad from the flats.'
    assert "Ghost" not in anonymise(text).text


@pytest.mark.parametrize("text", ["He rang. Says Housing sent a letter", "she said Tesco gave her a voucher",
                                  "told me that Facebook sends alerts"])
def test_a_service_or_a_firm_reported_doing_something_stays(text: str) -> None:
    assert anonymise(text).text == text


def test_a_reporting_verb_opening_a_line_is_not_taken_for_a_given_name() -> None:
    assert anonymise("Says Razor keeps messaging him").text.startswith("Says ")


@pytest.mark.parametrize(
    "text, alias",
    [
        ("Associates: Turlach McAleer (Kipper), drives a black van", "Kipper"),
        ("my nephew Turlach McAleer (turmca.2017) dealing for them", "turmca.2017"),
        ("my nephew Arnis Smits (xx.arnis.smit) dealing", "xx.arnis.smit"),
    ],
)
def test_a_nickname_or_a_handle_in_brackets_after_a_name_is_hidden(text: str, alias: str) -> None:
    assert_hidden(text, text.index(alias), len(alias))


@pytest.mark.parametrize("text, kept", [("Present: Kerry Smith (Mum), Dan Jones (SW), Jo Bloggs (Chair)", "(Chair)"),
                                        ("seen with Kerry Smith (Tuesday) at the park", "(Tuesday)"),
                                        ("Kerry Smith (Leeds) said", "(Leeds)")])
def test_a_role_a_day_or_a_town_in_brackets_after_a_name_stays(text: str, kept: str) -> None:
    assert kept in anonymise(text).text
