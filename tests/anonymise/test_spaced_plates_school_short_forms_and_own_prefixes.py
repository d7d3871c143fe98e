"""Plates typed with a blank at every break and named by where someone sat or was left ("left in K 52 DWT", "told to
sit in HXB 4471", "found in the cab of RUN 318 P", "car TKV 219 B"), spaced current plates after a vehicle label or
a cue even when the memory tag spells a word ("car ok 71 dpz", "pa 67 rwt on the grass"), a whole plate in brackets
in a sentence that named a lorry, a code listed before a found plate ("218s and k 455 mxt"); schools typed by a
short form ("from st brannocs", "at bgs", "Sir John's Grammar", "St Dogmael's Church in Wales High", "harbourside
acad" as a chat's last line); and references: a scheme's own prefix on its code ("Carefirst CF123456" keeps
"Carefirst"), "B&B/4417" whole, and a date after "CIN" left to the date."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden, assert_plate, typed

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("the uncle turned up and left in K 52 DWT. Named person told", "K 52 DWT"),
        ("SAYS HE WAS TOLD TO SIT IN HXB 4471 TILL SOMEONE COMES.", "HXB 4471"),
        ("SAYS HE WAS TOLD TO SIT IN RR 6120 TILL SOMEONE COMES.", "RR 6120"),
        ("FOUND IN THE CAB OF RUN 318 P WITH THE DRIVER.", "RUN 318 P"),
        ("Suspect: his car TKV 219 B\nLocation: the flats", "TKV 219 B"),
        ("dad (12/03/1980) car ok 71 dpz round the back.", "ok 71 dpz"),
        ("dad (12/03/1980) car yx 65 tan round the back.", "yx 65 tan"),
        ("residents chat: pa 67 rwt on the grass by the bins all night again", "pa 67 rwt"),
        ("a white daf lorry dropped her at the far end of the estate (w 316 fog). she says", "w 316 fog"),
        ("they left in pod 482d with the telly.", "pod 482d"),
        ("boys seen. 218s and k 455 mxt used. line number to follow", "218s"),
        ("boys seen. 3380 r and e417 mxt used. line number to follow", "3380 r"),
    ],
)
def test_a_plate_named_by_where_someone_sat_or_was_left_is_hidden(text: str, plate: str) -> None:
    assert_plate(text, plate)
    redacted = anonymise(text).text
    assert plate not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "she sat in row 101a at the theatre",
        "he sat in box 204b all night",
        "he was sitting in bed 204b on the ward",
        "drives a black Peugeot 3008 SUV, ab12 cde.",
        "the 1990s and AB12 CDE",
        "mum's car is 15 now and needs an MOT",
        "car at 12 mph round the corner",
        "PARKED KLZ 975 A LOT",
    ],
)
def test_model_numbers_places_and_prose_are_no_new_plate(text: str) -> None:
    plates = [t for kind, t in typed(text) if kind == "VEHICLE_REG"]
    assert all(p.lower() in ("ab12 cde", "klz 975") for p in plates), plates


def test_an_article_after_a_plate_in_a_sentence_stays() -> None:
    r = anonymise("PARKED KLZ 975 A LOT")
    assert r.text.endswith(" A LOT")


_TAGS = ["pa", "lo", "yx", "dp", "ng", "ha"]
_AGES = ["15", "21", "66", "73"]


@_SETTINGS
@given(st.sampled_from(_TAGS), st.sampled_from(_AGES), st.sampled_from(["dpz", "rwt", "kxg", "vbh"]),
       st.sampled_from(["on the grass by the bins", "outside", "parked up by the shop"]))
def test_a_spaced_current_plate_before_a_standing_cue_never_survives(tag: str, age: str, back: str, cue: str) -> None:
    plate = f"{tag} {age} {back}"
    text = f"residents chat: {plate} {cue} all night again"
    assert_hidden(text, text.index(plate), len(plate))
    assert cue.split()[0] in anonymise(text).text


@_SETTINGS
@given(st.sampled_from("BCDFGHJKLMNPRSTVWXY"), st.integers(10, 999),
       st.sampled_from(["DWT", "KXB", "HPV", "MRZ"]), st.sampled_from(["left in", "got into", "drove off in"]))
def test_a_spaced_prefix_plate_someone_rode_in_never_survives(letter: str, n: int, back: str, cue: str) -> None:
    plate = f"{letter} {n} {back}"
    text = f"not on the contact sheet, {cue} {plate}. Named person told"
    assert_hidden(text, text.index(plate), len(plate))
    assert "Named person told" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("txt from youth club: she came from st brannocs in tonight, picked up at 9", "st brannocs"),
        ("text from the named person team: girl at bgs says a man from the gym", "bgs"),
        ("txt from youth club: she is from RGS in tonight", "RGS"),
        ("Sent by Jo Bloggs\nSir John's Grammar\nSent from my iPhone", "Sir John's Grammar"),
        ("mum rang. King Alfred's Grammar aware and monitoring", "King Alfred's Grammar"),
        ("SHOULD BE AT ST DOGMAEL'S CHURCH IN WALES HIGH. NI TO FOLLOW", "ST DOGMAEL'S CHURCH IN WALES HIGH"),
        ("Jo Bloggs\nSt Dogmael's Church in Wales High\nSent from my iPhone", "St Dogmael's Church in Wales High"),
        ("Jo Bloggs\nharbourside acad\nSent from my iPhone", "harbourside acad"),
    ],
)
def test_a_school_typed_by_a_short_form_is_hidden(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert ("SCHOOL", school) in typed(text)
    assert "Sent from my iPhone" in anonymise(text).text or "Sent" not in text


@pytest.mark.parametrize(
    "text",
    [
        "moved from st albans last year",
        "she was at st ives for the summer",
        "he was at legs day in the gym",
        "his grammar is poor and English Grammar is a struggle",
        "she came from pigs farm",
    ],
)
def test_towns_plurals_and_the_subject_grammar_are_no_school(text: str) -> None:
    assert all(t != "SCHOOL" for t, _ in typed(text)), typed(text)


@_SETTINGS
@given(st.sampled_from(["brannocs", "piransons", "tudnos", "cadocs", "dyfrigs"]),
       st.sampled_from(["from", "at", "attends"]), st.sampled_from([" in tonight.", ", mum rang.", " and he said"]))
def test_a_saints_school_without_its_apostrophe_never_survives(saint: str, cue: str, after: str) -> None:
    school = f"st {saint}"
    text = f"txt from youth club: she {cue} {school}{after}"
    assert_hidden(text, text.index(school), len(school))
    assert cue in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "ref", "kept"),
    [
        ("on whatsapp. Carefirst CF123456", "CF123456", "Carefirst"),
        ("logged on Datix DTX598660 today", "DTX598660", "Datix"),
        ("logged on MyConcern MC04388 today", "MC04388", "MyConcern"),
        ("moved to room 3 at the B&B, ref B&B/4417. She says", "B&B/4417", "ref"),
    ],
)
def test_a_code_with_its_schemes_own_prefix_keeps_the_name(text: str, ref: str, kept: str) -> None:
    assert ("REFERENCE", ref) in typed(text)
    assert kept in anonymise(text).text


@pytest.mark.parametrize("date", ["12 Aug 2025", "27.07.2025", "13th July"])
def test_a_date_after_cin_is_a_date_and_cin_stays(date: str) -> None:
    text = f"Previous: CIN {date}. Outcome: to assessment"
    assert ("DATE", date) in [(t, x.rstrip(".")) for t, x in typed(text)]
    assert "CIN" in anonymise(text).text


def test_a_plain_cin_number_is_still_a_reference() -> None:
    assert ("REFERENCE", "CIN 096240") in typed("open as CIN 096240 since May")
