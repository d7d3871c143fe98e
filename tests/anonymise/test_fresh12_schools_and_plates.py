"""Schools and plates the fresh12 round taught by shape: a setting word first in Irish or Scottish Gaelic
("Naíscoil an Droichid", "Gaelscoil na Móna", "Sgoil Ghàidhlig Ghlaschu") as in Welsh; "Our Lady ..." names
up to seven words long; a school word inside a compound ("After-school club") names nothing; a dateless
plate of three letters in any case straight after a make and model ("grey BMW X3, rui 1972"), even when its
letters are a name; a police rank before a collar number ("OIC PC 4471") is no plate."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words, vehicle_makes, vehicle_models
from dialogs.anonymise.plates import ID_CUES, RANKS, UNITS
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Nursery manager: Siham at Naíscoil an Droichid came in with a burn", "Naíscoil an Droichid"),
        ("she goes to gaelscoil na móna every day", "gaelscoil na móna"),
        ("moved from Bunscoil Naomh Pádraig in May", "Bunscoil Naomh Pádraig"),
        ("pupil at Sgoil Ghàidhlig Ghlaschu since P1", "Sgoil Ghàidhlig Ghlaschu"),
        ("attends Ysgol Gymraeg Bro Taf now", "Ysgol Gymraeg Bro Taf"),
        ("Mrs Gittoes (DSL, Our Lady Star of the Sea RC Primary)", "Our Lady Star of the Sea RC Primary"),
        ("arrested near Our Lady of Lourdes Catholic Primary. Adult present", "Our Lady of Lourdes Catholic Primary"),
    ],
)
def test_schools_named_by_their_setting_word_are_hidden(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)


@pytest.mark.parametrize(
    "text",
    ["After-school club on Tuesdays helps.", "Our school nurse was told.", "She attends ysgol and likes it."],
)
def test_everyday_school_talk_is_kept(text: str) -> None:
    assert not any(e.type is EntityType.SCHOOL for e in anonymise(text).entities), anonymise(text).text


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("Suspect left in a grey BMW X3, rui 1972. DASH high.", "rui 1972"),
        ("seen getting into a red Ford Focus, mia 2019 at the garage", "mia 2019"),
        ("a black VW Caddy (KIA 12) outside", "KIA 12"),
    ],
)
def test_a_dateless_plate_after_a_make_and_model_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    ["in a Vauxhall Corsa, the 2 kids in the back", "OIC PC 4471 Nsubuga attended in a car", "DC 2210 drove the van"],
)
def test_words_and_collar_numbers_after_a_car_are_no_plate(text: str) -> None:
    assert_no_plate(text)


@_SETTINGS
@given(st.sampled_from(["BMW X3", "Ford Focus", "Kia Niro", "Vauxhall Astra", "Toyota Yaris"]),
       st.text("bcdfghjklmnpqrstvwxyz", min_size=3, max_size=3), st.integers(1, 9999),
       st.sampled_from([", ", " ("]), st.booleans())
def test_three_letter_dateless_plate_after_make_and_model(car: str, letters: str, number: int, sep: str,
                                                          upper: bool) -> None:
    # Cues ("flt 1", "apt 2"), units and everyday words are what the rule leaves, by design.
    assume(letters not in ID_CUES and letters not in UNITS and letters not in RANKS and letters not in english_words()
           and letters not in ("vrm", "vrn", "reg"))  # a registration label: the plate follows it
    assume(letters not in vehicle_makes() and letters not in vehicle_models())  # "byd 1": a make, by design
    plate = f"{letters} {number}"
    plate = plate.upper() if upper else plate
    text = f"left in a grey {car}{sep}{plate}{')' if sep.endswith('(') else ''}. Officer informed."
    assert_plate(text, plate)
