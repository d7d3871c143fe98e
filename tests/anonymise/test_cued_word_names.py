"""Everyday words used as names are hidden where the sentence says a person is meant: a date of birth after
a label, a deed straight after the name, a pronoun or chat's "w" joined to it, an age in a list of children.
The same words stay readable as words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Sexual health clinic note: Clarity Gelling, DOB 17.12.2011, attended alone.", "Clarity Gelling"),
        ("Victim: Defiance Hedges (born 23/10/1979), now in a refuge.", "Defiance Hedges"),
        ("my grandad Keanu Cheshire born August the 3rd 1942 has had a fall", "Keanu Cheshire"),
        ("Pupil Hope Baker DOB 2/3/2015 was collected late.", "Hope Baker"),
    ],
)
def test_a_name_before_its_date_of_birth_is_hidden_whatever_the_words(text: str, name: str) -> None:
    assert name in people(text)
    assert name not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("she told me Wraith buys her food and drives her about", "Wraith"),
        ("Probation visit: Neighbour Defiance said he stays with his sister.", "Defiance"),
        ("Caretaker's book: Him and Tug were giving the kids grief again.", "Tug"),
        ("missing return chat: says he was at the park w Stacks, went to the beach", "Stacks"),
        ("Ljiljana, 15, and Ante, 14, were upstairs when officers arrived.", "Ante"),
    ],
)
def test_an_everyday_word_doing_what_people_do_is_a_name(text: str, name: str) -> None:
    assert name in people(text)


def test_a_cued_name_is_hidden_again_where_it_is_used_bare() -> None:
    r = anonymise("At the gate Marigold said he was a friend. Later Marigold (Reception) cried.")
    assert "Marigold" not in r.text


@pytest.mark.parametrize(
    "text",
    [
        "Spoke to the duty worker, then Housing said they would visit on Friday.",
        "On the call Monday said nothing new; Police said they would attend.",
        "Home Office DOB 22-08-2010 differs from the one he gave.",
        "His DOB is 23/06/1936 and he lives alone.",
        "He was calm with Mum and she said the flat was cold.",
        "Clarity of the plan matters, and defiance is common at this age.",
    ],
)
def test_offices_days_labels_and_plain_words_stay(text: str) -> None:
    assert people(text) == []


@given(st.sampled_from(["Tug", "Stacks", "Wraith", "Defiance", "Clarity", "Porky"]),
       st.sampled_from(["said", "drives", "took", "gave", "told"]),
       st.sampled_from(["she told me", "apparently", "and then"]))
def test_a_word_name_before_a_deed_never_survives(name: str, verb: str, lead: str) -> None:
    r = anonymise(f"{lead} {name} {verb} her money. Will update.")
    assert name not in r.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("SUPPORTED ACCOM INCIDENT 21 Nov 2023: PONG AKA SWITCH (RM 4) SIGNED IN A FEMALE", "PONG"),
        ("intel: Demario Levy aka Buggz, runs the line", "Demario Levy"),
        ("NOK: MUM TAYLAN AKA CHAOS RANG", "TAYLAN"),
    ],
)
def test_the_name_before_aka_is_hidden_whatever_the_word(text: str, name: str) -> None:
    assert name in people(text)
    assert name not in anonymise(text).text


@pytest.mark.parametrize("word", ["telly", "ciggies", "bairns", "cuppa", "brekkie"])
def test_british_informal_words_in_a_lower_case_note_stay(word: str) -> None:
    text = f"shared lives whatsapp: davi met someone online, she left with his bank card and the {word}. will update"
    assert word in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [("RANG FROM THE BEACH, SAYS SLICK HAS HER PHONE AND PICS", "SLICK"),
     ("HOSTEL NIGHT LOG - STAFF LET RADAR IN THE FIRE DOOR 02:10", "RADAR")],
)
def test_a_word_doing_what_people_do_in_a_caps_lock_log_is_a_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["BREACH. SAYS HES GOT A PLACE AT THE HOSTEL", "NAN SAYS MUM TOOK THEM TO THE COAST"])
def test_pronouns_and_roles_in_a_caps_lock_log_stay(text: str) -> None:
    assert people(text) == []
