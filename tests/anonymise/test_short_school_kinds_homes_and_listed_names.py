"""Round rules66: schools with a short kind in a heading ("holm lea infs", "ashgrove sp sch", "- x special -"),
a lower-case child's name for whose home a worker is at or has left, a bracket's "PA for" child, a word or an
initial before a found surname in a dated list or after a label, a rented room in a named house, a house named
"... Flat" before its street, and a handle after "posts about it as". Ordinary text that shares the cue stays."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept, found, people


@pytest.mark.parametrize(
    ("text", "school", "kept"),
    [
        ("annual review of EHCP - holm lea infs - rowan ferrie (yr 2)", "holm lea infs", "annual review of EHCP"),
        ("PEP MEETING - ALFIE QUIRKE, HOLM LEA INFS\nNEXT REVIEW IN MAY", "HOLM LEA INFS", "NEXT REVIEW IN MAY"),
        ("I'm the escort on the brackenthwaite infs run and a man was filming", "brackenthwaite infs",
         "I'm the escort on the"),
        ("School: gorsedene sp sch\nYear 9", "gorsedene sp sch", "Year 9"),
        ("TAC MEETING - RIO DANN, GORSEDENE SP SCH", "GORSEDENE SP SCH", "TAC MEETING"),
        ("annual review - quillbrook special - mo hart (yr 8)", "quillbrook special", "annual review"),
    ],
)
def test_a_school_with_a_short_kind_in_a_heading_is_hidden(text: str, school: str, kept: str) -> None:
    assert school in found(text, EntityType.SCHOOL)
    assert_gone_and_kept(text, [school], [kept])


@pytest.mark.parametrize(
    "text",
    [
        "recurrent chest infs this winter - seen by GP",
        "GP review - urine infs - antibiotics again",
        "birthday plans - something special - for nan",
        "annual review - very special - thanks all",
        "on the school run, infs collected first",
    ],
)
def test_infections_and_everyday_specials_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("text from nurse: at maizeys now 4 hill rd. feed pump alarming. maizey on tiktok as well", "maizey",
         "feed pump alarming"),
        ("whatsapp: just left orlaith's, hoist still not here. orlaith upset", "orlaith", "hoist still not here"),
        ("at tomasz's now, mum says he slept", "tomasz", "mum says he slept"),
    ],
)
def test_a_lower_case_child_whose_home_is_visited_is_hidden_everywhere(text: str, name: str, kept: str) -> None:
    assert name in people(text)
    out = anonymise(text).text
    assert name not in out, out
    assert kept in out, out


@pytest.mark.parametrize(
    "text",
    ["at nans now, back later", "just left mum's, on my way", "at tescos now getting milk",
     "at mcdonalds now with the kids", "just left the doctors. ok", "at hers now"],
)
def test_a_relative_s_home_or_a_shop_stays_readable(text: str) -> None:
    assert anonymise(text).text == text


@given(st.text("bdfghklmnpqrtvwxz", min_size=5, max_size=9).map(lambda s: s + "ya"))
@settings(max_examples=40, deadline=None)
def test_any_made_up_name_visited_is_hidden(name: str) -> None:
    text = f"nurse text: at {name}s now. sats fine. {name} asleep"
    out = anonymise(text).text
    assert name not in out, out
    assert "sats fine" in out, out


def test_the_child_a_pa_works_for_is_hidden_with_its_later_use() -> None:
    text = "hi Sal its Jo (PA for Harmony). the bus was late. Harmony's in at school from 10"
    assert_gone_and_kept(text, ["Harmony"], ["the bus was late", "in at school from 10"])


def test_a_pa_for_a_subject_stays_readable() -> None:
    text = "she asked about the role (PA for Housing) at the meeting"
    assert anonymise(text).text == text


def test_a_word_before_a_found_surname_in_a_dated_list_is_hidden() -> None:
    text = ("Panel minutes\n1. Ayla Winterbourne (12/3/2016), agreed.\n2. Precious Winterbourne (07/02/2013). "
            "Deferred.")
    assert_gone_and_kept(text, ["Precious", "Winterbourne"], ["Deferred.", "Panel minutes"])


def test_an_initial_with_its_stop_before_a_found_surname_is_hidden() -> None:
    text = "Case: R. Winterbourne, 8 Acacia Row, LS2 7AB\nDad Kofi Winterbourne works nights."
    assert_gone_and_kept(text, ["R. ", "Winterbourne"], ["Case:", "works nights"])


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("Parent: J Mabb, Room 18, Wicker Mill Flat, LS2 7AB", "Room 18, Wicker Mill Flat", "Parent:"),
        ("Evicted from Room 4, The Old Forge. Placed at a B&B.", "Room 4, The Old Forge", "Placed at a B&B"),
        ("Address: Room 9, Tanyard Cottage", "Room 9, Tanyard Cottage", "Address:"),
    ],
)
def test_a_room_in_a_named_house_is_hidden(text: str, address: str, kept: str) -> None:
    assert_gone_and_kept(text, [address], [kept])


@pytest.mark.parametrize("text", ["family want Room 2 so both parents can stay", "meeting in Room 4, Town Hall.",
                                  "Room 3, first on the left"])
def test_a_room_alone_or_a_meeting_room_is_no_address(text: str) -> None:
    assert found(text, EntityType.ADDRESS) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("HOME WICKER MILL FLAT, 112 TANNER ROW, NR3 9UL.", "WICKER MILL"),
     ("Case: D Ifan, Wicker Mill Flat, 19 Tanner Row, LS2 7AB", "Wicker Mill")],
)
def test_a_house_named_flat_before_its_street_is_hidden_whole(text: str, name: str) -> None:
    out = anonymise(text).text
    assert name not in out and "Flat" not in out and "FLAT" not in out, out


def test_a_handle_after_posts_about_it_as_is_hidden() -> None:
    text = "mum posts about it as jodiespoonie3. next review in May"
    assert_gone_and_kept(text, ["jodiespoonie3"], ["next review in May"])


def test_posts_about_it_as_well_stays() -> None:
    text = "mum posts about it as well, and shares it"
    assert anonymise(text).text == text
