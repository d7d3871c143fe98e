"""Names no word list knows, found by where they stand: in a list of people, as a pair of unknown words, after
a greeting, signing a note off, on the phone, or joined to a person by "and"; word-like names with a school year
or a date of birth in brackets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    "text, name",
    [
        ("in today - wenna carveth, ashfaq, dilly hearn, bobbi. ashfaq says his carer didnt come", "wenna carveth"),
        ("in today - chardonnay thirlwall, mackenzie, dilipbhai pindoria, murdina. mackenzie says", "murdina"),
        ("sign up done for dhanraj waithe at the flat, keys given", "dhanraj waithe"),
        ("hey upul just rang", "upul"),
        ("her snap is private if police ask. raju", "raju"),
        ("ex has a non mol. - pardeep", "pardeep"),
        ("just had maebh on the phone, she's fine", "maebh"),
        ("brought in by imrana and her partner, stories differ", "imrana"),
        ('says "Ghost" from the park sends her vapes', "Ghost"),
        ("msg to DSL - happiness singh in yr 5 says shes not going home", "happiness"),
        ("dental: Fury Doe (15/7/09) 7 teeth for extraction", "Fury Doe"),
        ("Hi Kemunto, Happiness Scamp (Y6) came to drop-in again", "Happiness Scamp"),
    ],
)
def test_a_name_is_hidden_by_where_it_stands(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    [
        "we bought chips, beans and ketchup",
        "care home staff found ash on a bedbound resident's blanket",
        "hey guys just had mum on the phone",
        "all done. thx",
        "seen at home, no concerns. nfa",
        'she bought "Monster" from the shop',
        'he is "Great" from the start',
        "we want peace and quiet",
        "Subject: EHCP annual review",
    ],
)
def test_everyday_text_in_the_same_places_stays(text: str) -> None:
    assert anonymise(text).text == text


def test_a_role_before_a_listed_name_stays_visible() -> None:
    text = "Present: IP Xiaoling Li, suspect Emeka Okafor, PC Dunn"
    out = anonymise(text).text
    assert "IP " in out and "suspect " in out and "Xiaoling" not in out


def test_a_heading_before_a_labelled_name_is_not_the_name() -> None:
    text = "Subject: EHCP annual review - Iffat Marwat\nHi all"
    out = anonymise(text).text
    assert "EHCP annual review" in out and "Marwat" not in out


def test_a_pupil_referral_service_is_a_school() -> None:
    text = "attends Cartwright Pupil Referral Service. Mother rang."
    r = anonymise(text)
    assert any(e.type is EntityType.SCHOOL and text[e.start : e.end].endswith("Service") for e in r.entities), r.text


@_SETTINGS
@given(
    st.lists(st.sampled_from(["ashfaq", "murdina", "wenna carveth", "dilipbhai pindoria", "brónach", "hemant hirji"]),
             min_size=3, max_size=5, unique=True),
)
def test_every_unknown_name_in_a_list_with_known_names_is_hidden(names: list[str]) -> None:
    items = ["kerry smith", *names, "jatin"]
    text = "in today - " + ", ".join(items) + ". all well"
    for name in names:
        assert_hidden(text, text.index(name), len(name))


@_SETTINGS
@given(st.sampled_from(["hey", "hi", "morning", "thanks", "cheers"]),
       st.sampled_from(["upul", "vithushan", "tonde", "dolag", "sharanjit"]))
def test_an_unknown_word_after_a_greeting_is_hidden(greeting: str, name: str) -> None:
    text = f"{greeting} {name} can you ring me back"
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Runners Dyfed Preece (3) and einion from Bala. Deal line", "einion"),
        ("lady there (williamina) says it was him", "williamina"),
        ("day service log 14:20: dexter (d. swithenbank) came in", "swithenbank"),
        ("tate (t bickerstaff) came in with a black eye", "bickerstaff"),
    ],
)
def test_a_name_joined_to_a_found_name_or_in_brackets_after_one_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["her son (asd) is settled", "dad (ptsd) was calm", "mum (tbc) rang"])
def test_a_diagnosis_or_an_abbreviation_in_brackets_after_a_role_stays(text: str) -> None:
    assert anonymise(text).text == text


def test_a_word_after_a_found_name_and_and_is_no_name_when_it_is_everyday() -> None:
    assert anonymise("visited Kerry Smith and no-one answered").text == "visited Adult 1 and no-one answered"


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Present: Deepthi Vadakkel (mum), Shenelle Mattis (keyworker)", "(keyworker)"),
        ("Nanw said Mammy is upset", "Mammy"),
        ("said she took 20 paracetamol at home", "paracetamol"),
        ("he drives a orange Vauxhall Adam SE03 XXH", "Vauxhall Adam"),
        ("passed to the FE college", "FE college"),
    ],
)
def test_roles_in_brackets_family_words_medicines_models_and_college_kinds_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


def test_a_model_that_is_a_given_name_is_a_person_without_its_make() -> None:
    assert "Adam" not in anonymise("Adam said he drives to school").text


@pytest.mark.parametrize("text, kept", [("seen getting into a green Skoda Roomster after school", "Skoda Roomster"),
                                        ("a black Audi A1 Sportback outside", "Audi A1 Sportback"),
                                        ("seen getting into a car after school on Monday", "after school")])
def test_a_model_after_its_make_and_school_as_a_time_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text
