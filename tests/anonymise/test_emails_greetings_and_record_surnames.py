"""Names an email address spells out, names a greeting addresses, and a record's surname in capitals before
the given name."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


def test_everyday_words_that_an_email_spells_are_the_persons_name() -> None:
    text = "Assessor Leviathan Orchard, leviathan.orchard@homes.org.uk. Orchard rang later."
    out = anonymise(text).text
    assert "Leviathan" not in out and "Orchard" not in out
    assert out.count("Adult 1") == 2, out  # one person, both times


@pytest.mark.parametrize("text", ["email safeguarding@school.org.uk or ask at Reception",
                                  "send it to admin.team@council.gov.uk, the Team will reply"])
def test_a_shared_mailbox_names_no_one(text: str) -> None:
    out = anonymise(text).text
    assert ("Reception" in out) if "Reception" in text else ("Team" in out)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["Orchard", "Rose", "Baker", "Hope", "Fields", "Brook"]),
       st.sampled_from(["Meadow", "Ash", "Stone", "Wood", "Bell"]))
def test_no_name_an_email_spells_survives_beside_it(first: str, last: str) -> None:
    text = f"Officer {first} {last}, {first.lower()}.{last.lower()}@service.org.uk, will visit"
    assert_hidden(text, text.index(f"{first} {last}"), len(first) + len(last) + 1)


@pytest.mark.parametrize(
    "text, name",
    [
        ("AMB handover 02:14 - KRYEZIU Ylber, d.o.b 21/11/1969, NHS", "KRYEZIU"),
        ("02:14 - AL-AMERI Haidar, d.o.b 23rd January 1992", "AL-AMERI"),
        ("Hi Yen,\nSanctuary scheme fitted today", "Yen"),
        ("Thanks Jazz! see you monday", "Jazz"),
        ("childminder - marvel wasnt picked up til 7", "marvel"),
        ("nursery - honesty didnt eat her lunch", "honesty"),
    ],
)
def test_the_name_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text", ["Hi All,\nplease note", "Morning Team,", "Dear Sir,", "the car wasnt there", "thanks for your honesty"]
)
def test_greetings_to_all_and_everyday_words_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_a_role_in_capitals_before_a_name_is_no_surname() -> None:
    assert anonymise("MOSOVO: RSO Kerry Smith (DOB 1/2/1980)").text.startswith("MOSOVO: RSO ")


@pytest.mark.parametrize("text, name", [("Strong smell of cannabis. STORM 11950. KG", "KG"),
                                        ("manager aware. HS", "HS"), ("all fine - JT", "JT"),
                                        ("duty chat: anyone know luned bowcott? new referral", "luned bowcott")])
def test_bare_closing_initials_and_an_unknown_pair_ending_a_question_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.rindex(name), len(name))


@pytest.mark.parametrize("text", ["visit done. NFA", "referred to MASH", "see you soon. OK", "plan agreed. CP"])
def test_abbreviations_that_end_a_note_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, name",
    [
        ("A&E triage ED845803: VERNON CHEETHAM, 27 Jul 1984, NI SL064199A", "VERNON CHEETHAM"),
        ("A&E triage: TEÀRLACH DUTHIE, 3rd May 1979, NI", "TEÀRLACH DUTHIE"),
        ("custody: JINLONG WANG (09.01.2001) booked in", "JINLONG WANG"),
        ('Nursery incident\nNanw said "Gonzo hits mammy". Mammy rang', "Gonzo"),
        ('he said "Spanner took my phone"', "Spanner"),
    ],
)
def test_a_name_in_capitals_before_its_birth_date_and_a_doer_in_a_childs_words_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["SBAR, 12/3/2024 handover", "MARAC MEETING, 12/03/2024"])
def test_an_acronym_or_a_heading_before_a_date_stays(text: str) -> None:
    assert anonymise(text).text.startswith(text.split(",")[0] + ",")


@pytest.mark.parametrize("text", ['she said "Mummy hits me"', 'he said "Teacher was cross"'])
def test_family_words_and_roles_in_a_childs_words_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    "text, name",
    [
        ("can you check CPOMS for HOUSHANG HOSSEINZADEH? his sister says", "HOUSHANG HOSSEINZADEH"),
        ("can you check CPOMS for MOUSTAFA-KHEIR AL-RIFAI? his sister", "MOUSTAFA-KHEIR AL-RIFAI"),
        ('Driver known to her as "Tubs", tiktok', "Tubs"),
        ("he is known to police as Tank.", "Tank"),
    ],
)
def test_a_name_in_capitals_beside_another_and_a_nickname_known_to_someone_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["MASH REFERRAL SENT", "CAMHS EHCP NOTE", "URGENT CPOMS LOG",
                                  "Children's Reporter: SCRA SCRA/26/36898."])
def test_acronyms_and_shouted_words_side_by_side_stay(text: str) -> None:
    assert anonymise(text).text.split(" ")[:2] == text.split(" ")[:2]
