"""Plates typed as they are read aloud, split at every group ("V 950 KXN", "FY 03 FFG", "HFM 156 H"),
one-letter private plates named as plates ("138 B", "K 1"), and a plate after a vehicle word and a
comma ("his car, 8059 mp")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.plates import ID_CUES
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden, assert_no_plate, assert_plate

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# The lone letter of a prefix or suffix plate as issued (no I, O, Q, U, Z), without the article A.
_LONE = "BCDEFGHJKLMNPRSTVWXY"
_CUES = ["car", "van", "Ford Fiesta", "reg", "registration", "vehicle", "drove off in", "Land Rover Defender"]


def _plate_letters(n: int) -> st.SearchStrategy[str]:
    return st.text(alphabet=_UPPER, min_size=n, max_size=n).filter(
        lambda s: s.lower() not in english_words() and s.lower() not in ID_CUES
    )


@st.composite
def spoken_plates(draw: st.DrawFn) -> str:
    """A current, prefix or suffix plate with a space between every group, as read aloud."""
    shape = draw(st.sampled_from(["current", "prefix", "suffix"]))
    if shape == "current":
        return f"{draw(_plate_letters(2))} {draw(st.integers(0, 99)):02d} {draw(_plate_letters(3))}"
    if shape == "prefix":
        return f"{draw(st.sampled_from(_LONE))} {draw(st.integers(1, 999))} {draw(_plate_letters(3))}"
    return f"{draw(_plate_letters(3))} {draw(st.integers(1, 999))} {draw(st.sampled_from(_LONE))}"


@pytest.mark.parametrize(
    "text, plate",
    [
        ("handed it to him from a blue Renault Clio (V 950 KXN) near the chippy", "V 950 KXN"),
        ("HE DROVE OFF IN FY 03 FFG", "FY 03 FFG"),
        ("Sevgi does all the driving (silver Toyota Auris, HFM 156 H).", "HFM 156 H"),
        ("138 B - that's the private plate on the red Bentley", "138 B"),
        ("the reg was K 1 on the Rolls", "K 1"),
        ("Security removed him; his car, 8059 mp, was still in the multi-storey", "8059 mp"),
    ],
)
def test_plates_read_aloud_are_hidden_whole(text: str, plate: str) -> None:
    assert_plate(text, plate)


@pytest.mark.parametrize(
    "text",
    [
        "CAR PARKED ON 12 MAR AT 10 AND LEFT",
        "THE CAR WAS IN ROOM 12 B ALL DAY",
        "She was seen in a purple Citroen C1, plate not noted.",
        "In the car, 12 am, she rang her mum.",
        "The van, 2 of them, came back later.",
        "Bus 12 B goes past the school; he drives past at 8.",
    ],
)
def test_caps_lock_phrases_models_and_times_are_no_plate(text: str) -> None:
    assert_no_plate(text)


@_SETTINGS
@given(ids.surrounding, st.sampled_from(_CUES), ids.separators, spoken_plates(), ids.separators,
       ids.surrounding)
def test_spoken_plates_near_a_vehicle_word_never_survive(
    before: str, cue: str, sep1: str, plate: str, sep2: str, after: str
) -> None:
    head = before + " " + cue + sep1
    assume(not head.rstrip().endswith(tuple("/.@-")))
    assert_hidden(head + plate + sep2 + after, len(head), len(plate))
