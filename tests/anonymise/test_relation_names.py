"""People named by how someone refers to them: a doubted "cousin" or 'mate', "a man called ...", "one was ...", a
pasted chat's "tell ... im sorry", a relative with their phone or birth date in brackets, and capitals logs. The
words stay readable where the phrase names no one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("care leaver lost his room, his 'mate' Hobnob had his bank card", "Hobnob"),
        ('mum says hes with his "cousin" Teabag who drives a black car', "Teabag"),
        ("blister packs are being picked up by a man called Eid in a grey car", "Eid"),
        ("tayfun + a girl they called trouble, maybe 13, on the wall", "trouble"),
        ("3 lads in after curfew, one was Roach, drove off in a van", "Roach"),
        ("woo.nyle_: outside in 10 bring nokwanda x", "nokwanda"),
        ("taiya_p785: tell shakera im sorry", "shakera"),
        ("carer found grandson dickie hothersall (07452 998 138) asleep", "dickie hothersall"),
        ("kinship care: nan fortunate chitsike (06/03/1936) has the children", "fortunate chitsike"),
        ("2 GIRLS LOOKED 14-15, GIRLS SAID TAIYA AND SAYGE. LEFT IN A CAB", "SAYGE"),
        ("NIGHT LOG 13/5/23 - ANGUSINA MAIN RM 6 SAYS LADDER CAME IN THE FIRE DOOR", "ANGUSINA MAIN"),
        ("NIGHT LOG 13/5/23 - RM 6 SAYS LADDER CAME IN THE FIRE DOOR", "LADDER"),
    ],
)
def test_a_name_given_by_how_someone_refers_to_them_is_hidden(text: str, name: str) -> None:
    assert name in people(text)
    assert name not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    ['Mark has a new "girlfriend" online who asks for money.', "tell them its fine x", "SAID YES AND NO.",
     "one was Monday, the other Friday", "a man called the police"],
)
def test_phrases_that_name_no_one_stay(text: str) -> None:
    assert people(text) == [] or all(p not in ("online", "them", "YES", "NO", "Monday", "the") for p in people(text))


@given(st.sampled_from(["Hobnob", "Magpie", "Teabag", "Onion", "Fudge"]),
       st.sampled_from(["his 'mate' {n} took", 'her "cousin" {n} drives', "a lad called {n} sells",
                        "one was {n}, drove"]))
def test_a_word_named_by_a_relation_never_survives(name: str, phrase: str) -> None:
    assert name not in anonymise("Update: " + phrase.format(n=name) + " again.").text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('says hes going to his "cousin" Slug\'s, had a number wrote on his hand', "Slug"),
        ("said theyre off to teabag's in Reading. got off at the stop", "teabag"),
        ('says she was at "Prawn\'s", flat above the vape shop', "Prawn"),
        ("Shiza (14) told me Spoon has her doing favours for his mates", "Spoon"),
        ("CONCERN: CUCKOOED BY RABBIT AND SAMAI (@samaiszn12)", "RABBIT"),
    ],
)
def test_homes_told_names_and_caps_pairs_are_hidden(text: str, name: str) -> None:
    assert name in people(text)


def test_a_shop_in_a_town_stays() -> None:
    assert people("said theyre off to tesco's in Reading for food") == []


def test_a_flat_above_a_chicken_shop_on_a_street_is_one_address() -> None:
    text = "gave the address flat 2 above the chicken shop on Rawsthorne Way LU10ER. lad looked 20"
    assert "flat 2 above the chicken shop on Rawsthorne Way" not in anonymise(text).text
    assert "lad looked 20" in anonymise(text).text


@pytest.mark.parametrize("text", ["Sent from Outlook for iOS", "his bank card + his monzo (monzo.me/x)",
                                  "community nurse (Highland) - visit booked"])
def test_platforms_banks_and_council_areas_are_no_people(text: str) -> None:
    assert people(text) == []


def test_a_model_code_that_could_open_the_plate_after_it_is_hidden_with_it() -> None:
    r = anonymise("left in a car A1 AAA 000 last night")
    assert "A1" not in r.text and "AAA" not in r.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('says he\'s been "helping" Bolt at weekends, new trainers and a second phone', "Bolt"),
        ("Mum worried about Ketchup from the bus stop. His fb is on file", "Ketchup"),
        ("Later found messages from Beefy on snapchat", "Beefy"),
    ],
)
def test_whom_a_child_helps_a_parent_fears_and_who_wrote_are_hidden(text: str, name: str) -> None:
    assert name in people(text)


def test_school_subjects_after_worried_about_stay() -> None:
    assert people("worried about Maths and English this term") == []
