"""Street-first names in Gaelic and Irish ("Bruach na Mara", "Páirc an Rí"), Welsh names that run on after
"y" ("ffordd tan y graig", "ysgol gyfun tan y graig"), streets of steps, Welsh cottages before their street,
and the street a school stands on when it is written straight after the school."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Home 31 Bruach an Uillt, CV2 3PA. School Oakhill.", "31 Bruach an Uillt"),
        ("carer visit at 88 bruach na h-aibhne had no meds", "88 bruach na h-aibhne"),
        ("Address: 5b Baile na Cille, PA20 9LL", "5b Baile na Cille"),
        ("family now at 14 Páirc an Rí, mum says", "14 Páirc an Rí"),
        ("taxi came from flat 2, 40 ffordd tan y waun. ring me", "flat 2, 40 ffordd tan y waun"),
        ("Location: 7 Chapel Steps, ab10 1aa", "7 Chapel Steps"),
        ("Informant lives at 212 Kirkgate Stairs, ab10 1aa", "212 Kirkgate Stairs"),
        ("seen at bwthyn y felin, gorse hill terrace. cold house", "bwthyn y felin, gorse hill terrace"),
        ("Now living at Bwthyn Glas, Chapel Road with her aunt", "Bwthyn Glas, Chapel Road"),
    ],
)
def test_celtic_streets_and_steps_are_hidden_whole(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


def test_a_street_name_does_not_run_on_to_the_next_line() -> None:
    text = "Letter\n9 Heol y Garth\nPenrhos Moss\nCF3 2HG\n"
    r = anonymise(text)
    assert "Penrhos Moss" in r.text, r.text
    assert "Garth" not in r.text


@pytest.mark.parametrize("text", ["he took 3 steps back and fell", "climbed the 40 stairs to the flat",
                                  "the baile was mentioned in the song"])
def test_steps_and_gaelic_words_in_ordinary_talk_stay(text: str) -> None:
    assert anonymise(text).text == text


@given(word=st.sampled_from(["graig", "waun", "felin", "bont", "coed", "garth"]),
       number=st.integers(min_value=1, max_value=999))
@_SETTINGS
def test_any_word_after_y_is_part_of_the_welsh_street(word: str, number: int) -> None:
    address = f"{number} ffordd tan y {word}"
    text = f"she was collected from {address}. ring me"
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("both pupils at ysgol gyfun tan y bryn were upset", "ysgol gyfun tan y bryn"),
        ("both at al-huda girls school tanners yard, spoke to dsl", "al-huda girls school tanners yard"),
        ("KS2 at madina academy ropewalk lane, dsl aware", "madina academy ropewalk lane"),
    ],
)
def test_a_school_keeps_its_welsh_name_and_the_street_written_after_it(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("walked to oakfield primary school down the road", "down the road"),
        ("ysgol gymraeg was closed for snow", "ysgol gymraeg was closed for snow"),
        ("left oakfield primary school at three", "at three"),
    ],
)
def test_a_sentence_after_a_school_is_not_its_street(text: str, kept: str) -> None:
    assert anonymise(text).text.endswith(kept)


def test_a_welsh_street_with_its_article_glued_on_is_hidden() -> None:
    text = "home care - at 7/3 60 rhodfa'r odyn, door left open"
    assert_hidden(text, text.index("60 rhodfa'r odyn"), len("60 rhodfa'r odyn"))
