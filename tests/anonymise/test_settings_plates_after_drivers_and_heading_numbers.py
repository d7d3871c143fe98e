"""Early years settings, short schools, plates after the vehicle or the verb of driving, and a heading's number
(the fresh52 and fresh53 round): "Galloway Gardens Family Centre", "cylch ti a fi llanwenog", "Kids at the Fold
Nursery", "school Bro Balwen", "at Longhorn jnrs", "herdwick prim named person aware", "SCHOOL: SHUTTLE FOLD
PRIM", "Woolcombers Row SEN Unit", a message signing off "worsted juniors" or "st wulstans.", a school's initials
after its named person; "Car L 561 NET", "He drives NO 53 DJG", "veh ot16 col", "dad drives A 4273", "n into
fed 691g", "u 5452 in the bay", "KB 589 outside", "the plate's 2007 LA"; "carers assessment 41994: ..."."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.plate_context import CAR_UNITS, ID_CUES, UNITS, vehicle_word
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Letters a plate's random three may hold (never I or Q).
_RANDOM = "abcdefghjklmnoprstuvwxyz"


def _no_unit(letters: str) -> bool:
    """Letters a sentence puts after a number for what it counts ("100 DAY", "51 van") are left by design."""
    low = letters.lower()
    return not (low in UNITS or low in CAR_UNITS or low in ID_CUES or low in AFTER_NUMBER_WORDS
                or vehicle_word(letters))


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Setting: Galloway Gardens Family Centre (Ofsted EY 369755)", "Galloway Gardens Family Centre"),
        ("akunne @ galloway gardens family centre - lynwen not in since Monday", "galloway gardens family centre"),
        ("abuelgasim @ cylch ti a fi llanwenog - not in since 9th November", "cylch ti a fi llanwenog"),
        ("Nursery: Kids at the Fold Nursery / Reason: found unresponsive", "Kids at the Fold Nursery"),
        ("Anoosha's school Bro Balwen not told of the move.", "Bro Balwen"),
        ("kids at Longhorn jnrs. Placed in a flat", "Longhorn jnrs"),
        ("on bail not to contact. herdwick prim named person aware.", "herdwick prim"),
        ("ADDRESS: 3F1, 143 HIGH ROW / SCHOOL: SHUTTLE FOLD PRIM / CONCERN: PARTNER", "SHUTTLE FOLD PRIM"),
        ("being added to group chats by lads from Woolcombers Row SEN Unit, posting pics", "Woolcombers Row SEN Unit"),
        ("says do not release to anyone but her. worsted juniors", "worsted juniors"),
        ("waits by the lollipop lady most days. st wulstans. on cpoms", "st wulstans"),
        ("mum at home with him. Named person at CTK. Concern: neglect", "CTK"),
        ("school nurse teams sam: nancie (14) at SSP asking for the pill", "SSP"),
    ],
)
def test_settings_and_schools_of_these_shapes_are_hidden(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("HAF HOLIDAY CLUB SIGN OUT 16 Jun: NO CONCERNS", "HAF HOLIDAY CLUB"),
        ("mum went to the family centre today", "the family centre"),
        ("we all went out together. all juniors.", "all juniors"),
        ("a trip out. the mixed infants", "the mixed infants"),
        ("we went on holiday. st albans.", "st albans"),
        ("school nurse: seen at CAMHS and at A&E, then at GP", "at CAMHS and at A&E, then at GP"),
        ("Kids at the Nursery were upset", "Kids at the Nursery"),
        ("at Bro Code night with his mates", "Bro Code"),
        ("she looks prim, head down", "prim, head down"),
    ],
)
def test_ordinary_words_near_school_cues_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("says he's her new partner. Car L 561 NET. Mam: call", "L 561 NET"),
        ("assaulted her in front of the children. He drives NO 53 DJG.", "NO 53 DJG"),
        ("believed back with him. his van a 293 hfh. her tiktok", "a 293 hfh"),
        ("living room his car the plate's 2007 LA housing register", "2007 LA"),
        ("got off the 3.15 bus n into fed 691g with him again", "fed 691g"),
        ("driver badge PHD9266, veh ot16 col. shes at", "ot16 col"),
        ("there's old bruising on it dad drives A 4273 they're from", "A 4273"),
        ("his mates in there every night, u 5452 in the bay. snap", "u 5452"),
        ("grandson at the base. KB 589 outside most days.", "KB 589"),
    ],
)
def test_plates_after_a_vehicle_or_driving_are_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "he drives a 200 mph bike in his dreams",
        "he drives no 53 bus on the school run",
        "mum's car is 15 now and needs an MOT",
        "HIS CAR IS 15 NOW",
        "the van yr10 kid was in it",
        "dad drives a 2 way radio round",
        "she drives a 125 cc scooter",
    ],
)
def test_numbers_after_driving_that_are_no_plate_stay(text: str) -> None:
    assert_no_plate(text)


def test_a_heading_number_before_its_colon_is_hidden_and_the_heading_stays() -> None:
    text = "carers assessment (typed on phone) 41994: Swynwen caring for her husband"
    result = anonymise(text)
    assert "41994" not in result.text
    assert result.text.startswith("carers assessment (typed on phone) ")
    assert any(e.type is EntityType.REFERENCE for e in result.entities)


@pytest.mark.parametrize("text", ["Visit 1430: fine", "Year 2024: review", "Seen. 12345: ok"])
def test_times_years_and_mid_sentence_numbers_are_no_heading_reference(text: str) -> None:
    assert not any(e.type is EntityType.REFERENCE for e in anonymise(text).entities)


@given(
    st.sampled_from("BCDEFGHJKLMNPRSTVWXY"),
    st.integers(100, 999),
    st.text(_RANDOM.upper(), min_size=3, max_size=3).filter(_no_unit),
    st.sampled_from(["Car", "car", "van", "veh", "drives", "He drives"]),
)
@_SETTINGS
def test_a_spaced_prefix_plate_in_capitals_after_a_vehicle_never_survives(
        year: str, number: int, letters: str, cue: str) -> None:
    plate = f"{year} {number} {letters}"
    text = f"new partner. {cue} {plate}. Mam aware"
    assert_hidden(text, text.index(plate), len(plate))


@given(st.sampled_from(["ab", "ot", "rf", "wk", "ls", "ey"]), st.integers(51, 75),
       st.text(_RANDOM, min_size=3, max_size=3).filter(_no_unit), st.sampled_from(["veh", "car", "drives"]))
@_SETTINGS
def test_a_lower_case_current_plate_after_veh_never_survives(tag: str, age: int, back: str, cue: str) -> None:
    plate = f"{tag}{age} {back}"
    text = f"driver badge PHD9266, {cue} {plate}. shes at school"
    assert_hidden(text, text.index(plate), len(plate))
