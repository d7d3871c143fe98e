"""Plates typed or read over the phone in informal notes, far from any vehicle word: spaced current plates the
DVLA would issue ("he's in KE 62 TWD most days"), a Q or prefix plate read out in capitals, a Northern Ireland
plate of three digits in capitals, a current plate run together whose last letters spell a word, a code straight
before "outside" or "parked", a code alone in brackets after the van, and a lower-case code run together after
"left in". Ordinary text of the same shapes stays."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words, first_names, surnames
from dialogs.anonymise.plate_context import ID_CUES, UNITS
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, BEFORE_NUMBERS
from tests.anonymise.coverage import assert_no_plate, assert_plate


@pytest.mark.parametrize(
    "text, plate",
    [
        ("her son collects her packs, he's in KE 62 TWD most days. GP aware", "KE 62 TWD"),
        ("EDT: FOUND AT THE HARBOUR WITH A MATE, MV 71 SLP SEIZED. RETURNED HOME", "MV 71 SLP"),
        ("hostel says hes been sleeping in wr 19 hxn again", "wr 19 hxn"),
        ("ok 20 on the rota but dn 24 kwv on the grass by the swings all night", "dn 24 kwv"),
        ("picks girls up on the seafront in a blk rs3 sportback lf 23 obm", "lf 23 obm"),
        ("says he's mum's new partner, I took the number Q 318 DXN, not on the list", "Q 318 DXN"),
        ("caller read it out as V 950 KXN and then rang off", "V 950 KXN"),
        ("SIGN IN SHEET: HE LEFT GBZ 481 ACROSS THE GATES AGAIN", "GBZ 481"),
        ("hes been sleeping in kr58mad since the weekend", "kr58mad"),
        ("cuckooing: bdn 4417 outside every day, tenant scared", "bdn 4417"),
        ("cuckooing: 6120 fxr outside every day, tenant scared", "6120 fxr"),
        ("RESIDENTS SAY WKP 3391 PARKED BY THE BINS EACH NIGHT", "WKP 3391"),
        ("dad sleeping in the van outside (5917 h). mum left", "5917 h"),
        ("dad sleeping in the van outside (r 1984). mum left", "r 1984"),
        ("dad sleeping in the van outside (t731). mum left", "t731"),
        ("she came round with him and they left in kpw52c with his telly", "kpw52c"),
    ],
)
def test_a_plate_far_from_any_vehicle_word_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)
    assert plate not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "she is 15 and up 10 mph, due by 12 feb",
        "SHE WILL BE 18 NXT YR AND IS IN Y 10 SEN GROUP",
        "AT 10 AMS ON 12 MAR WE MET IN ROOM 14 ABC",
        "he was 12 now and in yr 10 boy group, ks 12 sat",
        "bp 120 over 80, hr 72 bpm, rr 18 bpm, sats 98",
        "she paid 1500 for the deposit and 2000 ppl came outside",
        "the 2 kids were outside, 1200 hrs outside the gate",
        "sat in rm 101 with mum, then came in at 1030 am",
        "we left in jun12th and went in 2019 and",
        "they came in at9 and left in ab1 van",
        "met in 2022 ans in feb 2023 outside school",
        "1400 wed outside the office, 1530 thu parked",
        "in the car (2 of them) and the van outside (x2)",
        "staff meeting 14 mtg and 20 ppl came, 15 wks of work",
    ],
)
def test_ordinary_text_of_the_same_shape_is_no_plate(text: str) -> None:
    assert_no_plate(text)


def test_a_spaced_plate_in_a_caps_log_leaves_its_date_and_words() -> None:
    text = "EDT LOG 2ND JUNE - BORN ON 12 OCT, MV 71 SLP SEIZED"
    r = anonymise(text)
    plates = [text[e.start : e.end] for e in r.entities if e.type is EntityType.VEHICLE_REG]
    assert plates == ["MV 71 SLP"], r.text


_REGION = "ABCDEFGHKLMNOPRSVWY"
_SECOND = "ABCDEFGHJKLMNOPRSTUVWXY"
_RANDOM = "BCDFGHJKLMNPRSTVWX"  # no vowel, so the letters spell no word


@st.composite
def issued_current_plates(draw: st.DrawFn) -> str:
    tag = draw(st.sampled_from(_REGION)) + draw(st.sampled_from(_SECOND))
    age = draw(st.sampled_from([f"{n:02d}" for n in (*range(2, 30), *range(51, 80))]))
    back = "".join(draw(st.sampled_from(_RANDOM)) for _ in range(3))
    plate = f"{tag} {age} {back}"
    lower = draw(st.booleans())
    # Groups that spell a word, a unit or a name are prose in lower case and left to the vehicle-word rules.
    for group in (tag, back):
        low = group.lower()
        assume(low not in english_words() and low not in UNITS and low not in ID_CUES and low not in AFTER_NUMBER_WORDS
               and low not in BEFORE_NUMBERS)
        assume(not lower or (low not in first_names() and low not in surnames()))
    return plate.lower() if lower else plate


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plate=issued_current_plates(), lead=st.sampled_from(["hes been sleeping in", "seen in", "saw", "x"]))
def test_a_spaced_current_plate_the_dvla_issues_is_hidden_alone(plate: str, lead: str) -> None:
    text = f"{lead} {plate} most days, mum worried"
    assert_plate(text, plate)
