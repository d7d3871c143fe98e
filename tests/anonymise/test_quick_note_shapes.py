"""Shapes of quick notes: shorthand roles before a name ("mums bf zenovii", "husb fasil", "pp onika", "his big
bro bhavin"), a found name that is also a word doing what people do later ("bud uses snapchat"), a nickname's
"lil" or "big" ("aka lil man"), and "called him" before a capitalised word ("lad called him Stoat")."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mums bf tiberiu there again despite the plan", "tiberiu"),
        ("carers chat - she cares for husb anselmo at home", "anselmo"),
        ("drives red Honda Civic. pp ngozi 07409 608463", "ngozi"),
        ("his big bro kwabena parks on the grass", "kwabena"),
        ("intel: aka lil bit running a line from the flats", "lil bit"),
        ("a lad in uniform, lad called him Weasel. car outside", "Weasel"),
    ],
)
def test_names_in_quick_note_shapes_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


def test_a_found_name_that_is_a_word_is_hidden_again_where_it_does_what_people_do() -> None:
    text = "rhi - bud okafor (10) missing 2 nights. bud uses snapchat now"
    assert_hidden(text, text.rindex("bud"), len("bud"))


@pytest.mark.parametrize(
    "text",
    ["the bud opened and a bud grew", "pp 12-14 of the report", "my bro is ill", "her dad is Irish",
     "foster carer msg: all fine", "Thx, see you soon"],
)
def test_the_same_words_in_ordinary_use_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [("Informed sergeant NWAOGU of the address.", "NWAOGU"), ("the complainant ennor rang again", "ennor")],
)
def test_names_after_police_and_housing_roles_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))
