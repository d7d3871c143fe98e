"""The round rules64: the bell's state after the door and the kind of home round an address; a lower-case ward list;
nicknames after a drug-use phrase or "names given"; a plate whose tag is a little word; a setting named by its
site; a conference's short forms before a day and month; "Address" with no colon before a home's name."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept, assert_plate, found, people


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        (
            "home visit to 7 Quarry Lane - back door, bell not working so text first",
            "bell not working",
            "so text first",
        ),
        ("she is at 31 Weaver Street, buzzer broken, knock loud", "buzzer broken", "knock loud"),
        ("ADDRESS 5 FOUNDRY ROW - SIDE DOOR, INTERCOM BROKEN, M3 4QP", "INTERCOM BROKEN", "ADDRESS"),
        ("moved into 12 Alder Close (sheltered housing) last week", "(sheltered housing)", "last week"),
        ("he lives 3 Reed Court (supported lodgings). Mum aware.", "(supported lodgings)", "Mum aware."),
        ("placed at mother and baby unit, 18 Hollin Way with her son", "mother and baby unit", "with her son"),
        ("Re: Leanne, Mother & Baby Unit, 6 Brook Row\nplan agreed", "Mother & Baby Unit", "plan agreed"),
    ],
)
def test_what_the_note_says_of_the_home_is_hidden_with_the_address(text: str, address: str, kept: str) -> None:
    assert any(address in a for a in found(text, EntityType.ADDRESS)), anonymise(text).text
    assert_gone_and_kept(text, [address], [kept])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # The bell or the setting with no address before it, or a bracket that says something else.
        ("the buzzer broken again at the clinic, so we waited", "buzzer broken again"),
        ("she asked about (supported lodgings) for next year", "(supported lodgings)"),
        ("a mother and baby unit was discussed, no placement found", "mother and baby unit"),
        ("lives at 12 Alder Close, buzzer works fine", "buzzer works fine"),
        ("lives at 12 Alder Close (care plan attached)", "(care plan attached)"),
    ],
)
def test_the_bell_and_the_setting_alone_stay_readable(text: str, kept: str) -> None:
    assert_gone_and_kept(text, [], [kept])


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("ward round 3/3: tegan haworth, 12, bay 2, asthma.", "tegan haworth", "asthma"),
        ("handover:\nrowan pike, 9yo, bed 14\nstill on obs", "rowan pike", "still on obs"),
        ("PICU list: spring ledger, 4, cubicle 3, bronchiolitis", "spring ledger", "bronchiolitis"),
    ],
)
def test_a_lower_case_name_heading_a_ward_list_line_is_hidden(text: str, name: str, kept: str) -> None:
    assert name in people(text), anonymise(text).text
    assert_gone_and_kept(text, [name], [kept])


@pytest.mark.parametrize(
    "text",
    [
        "ward round: seen pt, 14, bed 3, DKA.",
        "ward round: new admission, 9, bay 2, DKA.",
        "we saw the boy, 9, bed 2, he was settled",
        "plan: bloods today, 12, bed 4 if needed",
    ],
)
def test_ward_words_before_an_age_and_bed_stay(text: str) -> None:
    assert people(text) == [], anonymise(text).text


@pytest.mark.parametrize(
    ("text", "nick", "kept"),
    [
        ("Says injecting with Spanner, who sold him the gear.", "Spanner", "who sold him the gear"),
        ("he was smoking with Biscuit, who then left", "Biscuit", "who then left"),
        ("Cuckooed at the flat. Names given: Tonic, Rhys Goodall. Police aware", "Tonic", "Police aware"),
        ("names given - Ladle and Sprocket (both older). Left at 3pm", "Sprocket", "Left at 3pm"),
    ],
)
def test_a_nickname_after_a_drug_phrase_or_names_given_is_hidden(text: str, nick: str, kept: str) -> None:
    assert nick in people(text), anonymise(text).text
    assert_gone_and_kept(text, [nick], [kept])


@pytest.mark.parametrize(
    "text",
    [
        "Names given: None. Refused to say more",
        "Names given: Unknown",
        "using with Tesco, who deliver",  # a brand, not a person
        "she was injecting with care, who knows how long",
    ],
)
def test_no_name_given_stays_readable(text: str) -> None:
    assert people(text) == [], anonymise(text).text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("a grey estate (his brother's) OR 58 KWF. she sleeps in it", "OR 58 KWF"),
        ("picked up in a van AT 19 RLN by the park", "AT 19 RLN"),
    ],
)
def test_a_plate_whose_tag_is_a_little_word_is_hidden_in_a_lower_case_note(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "CALL HIM ON 07700 OR 53 CDG",  # a note in capitals: the word is the sentence's
        "she will come AT 10 AM or later",
        "he said OR 25 MIN later",
    ],
)
def test_a_little_word_before_a_number_stays_in_capitals(text: str) -> None:
    assert found(text, EntityType.VEHICLE_REG) == [], anonymise(text).text


@pytest.mark.parametrize(
    ("text", "school", "kept"),
    [
        ("Ayla (2) at Hospital Creche (Marsh Lane) has missed weeks", "Hospital Creche (Marsh Lane)", "has missed"),
        ("goes to Staff Nursery (Orchard Road) on Mondays", "Staff Nursery (Orchard Road)", "on Mondays"),
    ],
)
def test_a_setting_named_by_its_site_is_hidden_whole(text: str, school: str, kept: str) -> None:
    assert school in found(text, EntityType.SCHOOL), anonymise(text).text
    assert_gone_and_kept(text, ["Creche" if "Creche" in school else "Staff Nursery"], [kept])


def test_a_setting_without_a_street_in_its_bracket_stays() -> None:
    assert_gone_and_kept("Hospital Creche (closed for refurb) so mum is stuck", [], ["Hospital Creche (closed"])


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Pre-birth CP conf 14/3. Mum to attend", "Mum to attend"),
        ("RCPC 2/11, plan continues", "plan continues"),
        ("ICPC 21/6 at the civic centre", "at the civic centre"),
    ],
)
def test_a_day_and_month_after_a_conference_short_form_is_a_date(text: str, kept: str) -> None:
    assert found(text, EntityType.DATE), anonymise(text).text
    assert_gone_and_kept(text, [], [kept])


def test_a_score_after_conf_stays() -> None:
    assert_gone_and_kept("scored 9/10 at the conf quiz", [], ["9/10"])


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Address FERRYMAN'S COTTAGE, LS6 2QT. Dad present.", "FERRYMAN'S COTTAGE"),
        ("address Kiln House, BD7 1AA", "Kiln House"),
    ],
)
def test_a_home_after_address_with_no_colon_is_hidden(text: str, home: str) -> None:
    assert_gone_and_kept(text, [home], [])


def test_an_address_word_before_lower_case_stays() -> None:
    assert_gone_and_kept("email address given, LS6 2QT", [], ["email address given"])


_GIVEN = st.sampled_from(["tegan", "rowan", "kit", "nell", "ruari", "effie", "dara"])
_FAMILY = st.sampled_from(["haworth", "pike", "lomax", "ferris", "dunmore", "achebe", "quill"])


@settings(max_examples=40, deadline=None)
@given(
    _GIVEN,
    _FAMILY,
    st.integers(min_value=0, max_value=17),
    st.sampled_from(["bay", "bed", "Bay", "Bed"]),
    st.integers(min_value=1, max_value=30),
)
def test_any_ward_list_line_hides_its_name(given_name: str, family: str, age: int, where: str, n: int) -> None:
    text = f"ward round note: {given_name} {family}, {age}, {where} {n}, settled overnight."
    out = anonymise(text).text
    assert f"{given_name} {family}" not in out, out
    assert "settled overnight" in out, out


_TAGS = st.sampled_from(["OR", "ON", "AT", "BY", "NO", "SO", "MY", "WE"])
_BACKS = st.sampled_from(["KWF", "RLN", "CDG", "HPX", "VTB", "DYK"])


@settings(max_examples=40, deadline=None)
@given(_TAGS, st.sampled_from(["02", "19", "25", "53", "68", "71"]), _BACKS)
def test_any_word_tag_plate_in_a_lower_case_note_is_hidden(tag: str, age: str, back: str) -> None:
    plate = f"{tag} {age} {back}"
    assert_plate(f"seen in a blue van {plate} near the shops", plate)
