"""Plates widened over their other half, schools with a short kind ("ps", "acad") or "All" before "Saints", and
name-and-number handles near a chat word."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.plate_context import ID_CUES, UNITS
from tests.anonymise.coverage import assert_hidden, assert_plate, typed

_LOWER = "bcdfghjklmnprstvwxy"


def test_prefix_plate_takes_its_back_letters() -> None:
    text = "the new minibus k482 tew turned up without the lift again"
    assert_plate(text, "k482 tew")
    assert "turned up without the lift again" in anonymise(text).text


def test_prefix_plate_leaves_a_word_after_it() -> None:
    r = anonymise("the new minibus k482 and the taxi were both late")
    assert "and the taxi were both late" in r.text


def test_current_plate_takes_a_tag_that_spells_a_unit() -> None:
    text = "Vehicles seen: MM 19 RWK and LD 8841. Neighbours worried."
    assert_plate(text, "MM 19 RWK")
    assert_plate("Cars KG 21 OXT and FEL 8047. Family scared.", "KG 21 OXT")


def test_current_plate_tag_is_not_a_word() -> None:
    r = anonymise("he was at 26 Abbey Road on Monday")
    assert all(e.type is not EntityType.VEHICLE_REG for e in r.entities), r.text


@settings(max_examples=30, deadline=None)
@given(st.text(_LOWER, min_size=1, max_size=1), st.integers(100, 999), st.text(_LOWER, min_size=3, max_size=3))
def test_any_prefix_plate_after_a_minibus(front: str, digits: int, back: str) -> None:
    plate = f"{front}{digits} {back}"
    text = f"the new minibus {plate} came late"
    # Units and cue words after a code ("b100 pct", "k482 hrs") read as words, not a plate's back half, by design.
    assume(back not in UNITS and back not in ID_CUES and back != "why")
    assert_hidden(text, text.index(plate), len(plate))


def test_primary_written_ps_after_outside() -> None:
    text = "she says he waits outside drumcarrow ps in a grey van most days"
    r = anonymise(text)
    assert "drumcarrow" not in r.text
    assert "in a grey van most days" in r.text


def test_ps_after_a_word_or_before_a_number_stays() -> None:
    assert anonymise("see the note at bottom ps ring me").text == "see the note at bottom ps ring me"
    assert all(t != "SCHOOL" for t, _ in typed("met him outside with PS 4471 and DC 2210"))


def test_acad_before_a_year_group() -> None:
    text = 'pics shared in the "fernlow hill acad y9 banter" group chat'
    r = anonymise(text)
    assert "fernlow" not in r.text and "hill acad" not in r.text
    assert "group chat" in r.text


def test_all_saints_keeps_no_all() -> None:
    text = "Lives with nan. All Saints RC Juniors"
    assert_hidden(text, text.index("All Saints"), len("All Saints RC Juniors"))
    assert "Lives with nan." in anonymise(text).text


def test_number_handle_near_a_chat_word() -> None:
    for text in ("she was added to a group chat by tarquinv09 and two lads",
                 "he keeps sending her snaps (dovrelki77x) and she is scared",
                 "he goes by Zed on mirokanes44 and asks for pics"):
        handle = next(w.strip("()") for w in text.split() if any(c.isdigit() for c in w))
        assert_hidden(text, text.index(handle), len(handle))


def test_number_words_near_a_chat_word_stay() -> None:
    text = "added to the class chat in year10, off with covid19 last week"
    r = anonymise(text)
    assert "year10" in r.text and "covid19" in r.text
