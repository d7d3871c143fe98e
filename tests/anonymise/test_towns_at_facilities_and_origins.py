"""A village no list knows, where a note only puts a place: a county line's destination, where someone says they
are from, a custody suite, a ferry terminal or a family centre's town, where a journey heads; a person in the
same words stays hidden."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    "text",
    [
        "running the line into Lochee, using looked after kids",
        "and a new woman (new, says shes from Tingwall).",
        "in custody at Voe, mum wont come",
        "rang from the ferry terminal at Pentraeth, OD x20 para",
        "pastors from Rhydlewis, very drunk",
        "Made off in a car towards Dreghorn",
        "FAMILY TIME RECORD, contact centre, Cheddleton\nChildren attended",
        "contact with daddy at the family centre in Baddeley Green. says",
    ],
)
def test_a_village_where_only_a_place_stands_stays(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("he was aggressive towards Tayvion.", "Tayvion"),
        ("got a text from Jaylan.", "Jaylan"),
        ("PC rang from custody, Mila Grasby (20th April 2013) arrested", "Mila Grasby"),
        ("bumped into Kaydence.", "Kaydence"),
    ],
)
def test_a_person_in_the_same_words_stays_hidden(text: str, name: str) -> None:
    assert name not in anonymise(text).text
