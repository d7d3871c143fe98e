"""Given names from the UK's communities, typed in lower case with no cue, are still hidden."""

from __future__ import annotations

from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words
from tests.anonymise.coverage import assert_hidden

_MARKER = "# Added: more given names"


def _added_names() -> list[str]:
    text = resources.files("dialogs.anonymise").joinpath("data", "first_names.txt").read_text(encoding="utf-8")
    _, _, tail = text.partition(_MARKER)
    tail = tail.partition("\n")[2]  # the rest of the marker's own comment line
    return [line.strip() for line in tail.splitlines() if line.strip() and not line.startswith("#")]


ADDED = _added_names()
_TEMPLATES = [
    "spoke to {} today about the bruise",
    "mum said {} has not been eating",
    "{} was crying at the gate this morning",
    "worried about {} and the older lads",
    "i think {} is scared to go home",
]


def test_several_hundred_names_were_added_and_none_is_an_everyday_word() -> None:
    assert len(ADDED) >= 500
    assert not [n for n in ADDED if n in english_words() or any(p in english_words() for p in n.split("-"))]


@pytest.mark.parametrize(
    "text, name",
    [
        ("spoke to chukwuemeka and he said dad hits him", "chukwuemeka"),
        ("aoife was upset at lunch", "aoife"),
        ("saw oleksandr at the hub again", "oleksandr"),
        ("mum says zeynep has not slept", "zeynep"),
        ("worried about abdirahman, he was out late", "abdirahman"),
        ("gurpreet told the nurse about it", "gurpreet"),
        ("i met siobhan and her baby", "siobhan"),
        ("goncalo missed school again", "goncalo"),
        ("we called nguyen back at 4", "nguyen"),
        ("lowri and gethin were at the refuge", "lowri"),
    ],
)
def test_lower_case_names_with_no_cue_are_hidden(text: str, name: str) -> None:
    assert name not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "we will ping you later about the meeting",
        "the isa and the savings were discussed with mum",
        "nada, she said, nothing had happened",
        "he rubbed tung oil into the table",
    ],
)
def test_words_that_are_also_names_elsewhere_are_kept(text: str) -> None:
    assert anonymise(text).text == text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(ADDED), st.sampled_from(_TEMPLATES), st.sampled_from(["", "'s", ","]))
def test_any_added_name_in_lower_case_is_hidden(name: str, template: str, tail: str) -> None:
    text = template.format(name + tail)
    assert_hidden(text, template.index("{}"), len(name))


_FAMILIAR = ["Mickey", "micky", "nessa", "ness", "bernie", "Paddy", "jawad", "waleed", "zahid", "sajjad", "fawad",
             "nawaz", "shahzad", "javed"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_FAMILIAR), st.booleans(),
       st.sampled_from(["says her bf is {n}, 19, from town", "Return home interview: {n} Rooney (DOB 15 Sep 2011)",
                        "drop in - {n} o'flaherty yr 10 asked about"]))
def test_familiar_forms_and_arabic_names_are_hidden(name: str, capital: bool, template: str) -> None:
    name = name.capitalize() if capital else name
    text = template.format(n=name)
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["stop taking the mickey out of him", "a photo of a rice paddy in Vietnam"])
def test_the_words_among_them_are_kept_without_a_cue(text: str) -> None:
    assert anonymise(text).text == text
