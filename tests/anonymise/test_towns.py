"""Towns and countries after a word that names a place ("went to Castleford", "lives in Ebbw Vale", "is in
Portugal") stay visible: an adviser needs the local picture, and a town names nobody. A person after the
same words ("confided in Amira", "went to Arnold's") is still hidden, and so is a town's name given to a
person with a cue ("Mrs Castleford")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import first_names, places, wordlike_names
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _people(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("nieghbour said family went to Castleford after pavel got out", "Castleford"),
        ("Daughter Lyla lives in Ebbw Vale, can we do a joint visit", "Ebbw Vale"),
        ("Birth mum Aneta Mazurek is in Portugal. Renata attends the academy.", "Portugal"),
        ("passenger (14) from Ebbw Vale, reported missing by the school", "Ebbw Vale"),
        ("nieghbour said family went to Clacton after otto got out", "Clacton"),
        ("posts show her in wisbech most weekends", "wisbech"),
        ("Son wants to move her into his house in Port Talbot and sell hers.", "Port Talbot"),
    ],
)
def test_a_town_after_a_place_word_stays(text: str, town: str) -> None:
    assert town in anonymise(text).text
    assert not any(town.split()[0] in p for p in _people(text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("She confided in Amira about the bruises.", "Amira"),
        ("Supported living handover: Arnold went out at 7.", "Arnold"),
        ("He has been staying at Arnold's flat.", "Arnold"),
        ("Nan says he is staying at Barnes's flat again.", "Barnes"),
        ("Referral from Mrs Castleford, the neighbour.", "Castleford"),
        ("Spoke to Kacey Castleford about the visit.", "Castleford"),
    ],
)
def test_a_person_after_the_same_words_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


def test_no_town_in_the_list_is_a_given_name_the_rules_know() -> None:
    assert not {p for p in places() if " " not in p} & (first_names() | wordlike_names())


@_SETTINGS
@given(
    st.sampled_from(["Castleford", "Wisbech", "Kidderminster", "Pontypridd", "Truro", "Newry", "Ebbw Vale",
                     "Merthyr Tydfil", "Portugal", "Romania", "Ashton-under-Lyne"]),
    st.sampled_from(["went to", "lives in", "moved back to", "is from", "was seen near", "posts show her in"]),
)
def test_a_town_after_a_place_word_is_never_a_person(town: str, words: str) -> None:
    text = f"Update from school: the family {words} {town} and the child is at home."
    assert town in anonymise(text).text
