"""Dates in a chronology and a clock's time after a month; listed schemes before a number no other rule cues;
a chat's channel and what a message is never hidden as a person; Welsh, Gaelic and Punjabi words, newer apps
and record words stay readable."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import typed


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chronology:\n4/10: strategy discussion, section 47.", "4/10"),
        ("Family group conference, 12/8 (held at the school). Invited: nan.", "12/8"),
    ],
)
def test_a_day_and_month_in_a_chronology_or_before_a_bracket_is_a_date(text: str, date: str) -> None:
    assert ("DATE", date) in typed(text)


@pytest.mark.parametrize("text", ["review: pain 7/10 (mild)", "She got 5/8 on the spelling test."])
def test_scores_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_a_clock_time_after_a_day_and_month_is_not_a_date() -> None:
    r = anonymise("7th October 09:30 found at home")
    assert r.text == "[date] 09:30 found at home"


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("School record SEEMiS 74154127 checked.", "[SEEMiS reference]"),
        ("UNOCINI 237948 completed by the social worker.", "[UNOCINI reference]"),
        ("ViSOR 56/574883 updated.", "[ViSOR reference]"),
    ],
)
def test_a_listed_scheme_before_its_number_is_one_reference(text: str, placeholder: str) -> None:
    assert placeholder in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "slack #community-pharmacy: delivery driver says he was fine",
        "slack #pa-team: ferry is off today",
        "class whatsapp reminder: no phones in the changing rooms after netball",
        "teams notice: duty phone moves to the office",
    ],
)
def test_a_channel_or_the_kind_of_message_is_never_a_person(text: str) -> None:
    r = anonymise(text)
    assert not [e for e in r.entities if e.type is EntityType.PERSON], r.text


def test_the_author_in_a_chat_header_is_still_hidden() -> None:
    assert ("PERSON", "gaenor") in typed("slack #attendance - gaenor: she is off today")


@pytest.mark.parametrize(
    "text",
    [
        "diolch pawb, see you all at the meeting",
        "mòran taing for the lift yesterday",
        "gurdwara sewa group meets on sundays",
        "seen on Bluesky and BeReal posting about the party",
        "client ID to follow, TB test due next week",
    ],
)
def test_everyday_words_from_other_languages_apps_and_records_stay(text: str) -> None:
    r = anonymise(text)
    assert not [e for e in r.entities if e.type is EntityType.PERSON], r.text


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [("SEA CAMPION WAY HIGH WCCIS 4607177", "[WCCIS reference]"),
     ("DoLS 96654 granted last week.", "[DoLS reference]")],
)
def test_welsh_care_records_and_liberty_safeguards_name_their_number(text: str, placeholder: str) -> None:
    assert placeholder in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "school"),
    [("HE LEFT IT ACROSS THE GATES. ATTENDS PORTMUCK PS. 261509", "PORTMUCK PS"),
     ("SEEN AT ST RONAN'S PS TODAY", "ST RONAN'S PS")],
)
def test_a_northern_irish_primary_in_a_log_in_capitals_is_a_school(text: str, school: str) -> None:
    assert ("SCHOOL", school) in typed(text)


def test_an_acronym_before_ps_stays() -> None:
    assert anonymise("REFERRED BY MASH PS TEAM").text == "REFERRED BY MASH PS TEAM"


def test_a_name_typed_with_caps_lock_and_shift_is_hidden_before_a_possessive() -> None:
    r = anonymise("Orna waved us on. pETROS's brother Shewit says mum went off.")
    assert "pETROS" not in r.text and "'s brother" in r.text


@pytest.mark.parametrize("text", ["psni attended at 10pm", "MOB: call after 6"])
def test_police_service_and_mobile_abbreviations_stay(text: str) -> None:
    r = anonymise(text)
    assert not [e for e in r.entities if e.type is EntityType.PERSON], r.text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Was not brought:\n26-10-2025 clinic - not brought\n11/6 dental - not brought\n26/03/2024 audiology", "11/6"),
        ("dp review 6/10 DP-312826: she says her PA borrowed money", "6/10"),
        ("Home treatment team (NI) 7/2: Lawson seen at home", "7/2"),
    ],
)
def test_a_day_and_month_in_a_list_of_dated_lines_after_an_event_or_before_a_colon_is_a_date(
        text: str, date: str) -> None:
    assert ("DATE", date) in typed(text)


@pytest.mark.parametrize("text", ["review: pain 7/10: better than last week", "3/4 of the class went on the trip"])
def test_scores_and_fractions_before_a_colon_or_at_a_line_start_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [("Gilly (S4, SCN 469261138) told Mr Smith", "[SCN reference]"),
     ("Tenancy visit, UPRN 814946731486: damp", "[UPRN reference]")],
)
def test_scottish_candidate_and_property_numbers_name_their_scheme(text: str, placeholder: str) -> None:
    assert placeholder in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    ["I have copied this letter to the Named Person, who will follow up.",
     "Yn gywir, the head (Pennaeth)", "our Additional Learning Needs Co-ordinator will ring",
     "interagency referral discussion to follow"],
)
def test_roles_and_welsh_sign_offs_stay(text: str) -> None:
    r = anonymise(text)
    assert not [e for e in r.entities if e.type is EntityType.PERSON], r.text


def test_a_constable_abbreviated_is_a_title_before_the_name() -> None:
    r = anonymise("Reporting officer Const. Günay Balcı; Insp Breese informed.")
    assert "Const." in r.text and "Günay" not in r.text
