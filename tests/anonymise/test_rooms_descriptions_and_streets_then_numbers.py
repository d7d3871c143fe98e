"""What an address carries with it that the street rules ended before: the room ("back bedroom"), the way in in
brackets, which house it is, the house number after the street, a street named type first ("Brae of ..."), the
street on the next line after a named house, a bungalow's number, the flat above a shop "at" an address, and
named approved premises; and the ordinary words beside them that must stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise


def _addresses(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "ADDRESS"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("REPORTED MISSING FROM 41 TANNERY CLOSE FRONT BEDROOM AT 22:00", "41 TANNERY CLOSE FRONT BEDROOM"),
        ("carer txt: at 12 quarry road upstairs flat 9am call, all fine", "12 quarry road upstairs flat"),
        ("dealing from 7 Ostler Way (back door, knock twice) most nights", "7 Ostler Way (back door, knock twice)"),
        ("carers use 30 saddle row (key safe left of porch) daily", "30 saddle row (key safe left of porch)"),
        ("says she is at Millrace Lane, the corner house with the blue van outside the gate.",
         "Millrace Lane, the corner house with the blue van outside the gate"),
        ("visited mum at 5 Wynd of Kelso. no answer", "5 Wynd of Kelso"),
        ("welfare check - PC attended Tollgate Loan 17 at noon", "Tollgate Loan 17"),
        ("placed with aunt, Ferry Row 203. no concerns", "Ferry Row 203"),
        ("went to elmtree rd south no 12 for the boiler", "elmtree rd south no 12"),
        ("went to larkspur cottage\nteasel lane for the boiler", "larkspur cottage\nteasel lane"),
        ("RANG FROM BUNG 4 HAREBELL COURT, SAYS", "BUNG 4 HAREBELL COURT"),
        ("lives above the chip shop at 8 Cooper Street with her son", "above the chip shop at 8 Cooper Street"),
        ("youths hanging round flat 6 sandpiper approved premises again", "flat 6 sandpiper approved premises"),
        ("seen at garage 2 behind Kestrel Approved Premises last week", "garage 2 behind Kestrel Approved Premises"),
        ("attended 61 Signalbox cf5 2ab, no answer", "61 Signalbox"),
        ("paramedics attended The Old Tannery at 3am", "The Old Tannery"),
        ("lives with gran at cae gwyn, heol y bont.", "cae gwyn, heol y bont"),
    ],
)
def test_the_whole_address_is_found(text: str, address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("REPORTED MISSING FROM 41 TANNERY CLOSE FRONT BEDROOM AT 22:00", "REPORTED MISSING FROM"),
        ("carer txt: at 12 quarry road upstairs flat 9am call, all fine", "9am call, all fine"),
        ("says she is at Millrace Lane, the corner house with the blue van outside the gate.", "says she is at"),
        ("placed with aunt, Ferry Row 203. no concerns", "no concerns"),
    ],
)
def test_the_words_round_the_address_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "she slept in the back bedroom and the front room was locked",
        "listed at Crown Court 2 on Monday",
        "released to the approved premises on Monday",
        "the one with the red coat was shouting",
        "he was in the house with the dog all day",
        "a knock at the door (side door) at 3am",
    ],
)
def test_near_misses_are_left(text: str) -> None:
    assert anonymise(text).text == text


def test_a_count_after_a_street_is_no_house_number() -> None:
    assert "3 times that night" in anonymise("walked down Church Lane 3 times that night").text


def test_a_topic_after_the_chat_name_is_no_author() -> None:
    out = anonymise("TEAMS - SAFEGUARDING: nothing new today").text
    assert "SAFEGUARDING" in out


def test_a_name_after_the_chat_name_is_still_an_author() -> None:
    assert "roan" not in anonymise("teams roan: all quiet on the ward").text


_NAMES = st.sampled_from(["Tollgate", "Ferry", "Culver", "Kestrel", "Ostler", "Gauger's", "Limekiln", "Bargee"])
_TYPES = st.sampled_from(["Road", "Lane", "Row", "Loan", "Brae", "Wynd", "Close", "Way", "Terrace", "Towpath"])


@settings(max_examples=60, deadline=None)
@given(name=_NAMES, kind=_TYPES, number=st.integers(min_value=1, max_value=999))
def test_any_street_then_its_number_is_hidden(name: str, kind: str, number: int) -> None:
    text = f"welfare check - PC attended {name} {kind} {number} and found her well."
    out = anonymise(text).text
    assert f"{kind} {number}" not in out
    assert str(number) not in out.replace("[", " ").split()
    assert "and found her well." in out


@settings(max_examples=60, deadline=None)
@given(number=st.integers(min_value=1, max_value=999), kind=_TYPES,
       room=st.sampled_from(["back bedroom", "front bedroom", "downstairs flat", "box room", "attic room"]))
def test_any_room_after_a_numbered_street_is_hidden_with_it(number: int, kind: str, room: str) -> None:
    text = f"missing from {number} Limekiln {kind} {room} since last night"
    out = anonymise(text).text
    assert room not in out
    assert out.startswith("missing from ") and out.endswith(" since last night")


def test_a_verb_before_the_house_names_no_home() -> None:
    out = anonymise("he has threatened to burn the house at 14 Weaver Close down").text
    assert "threatened to burn the house at" in out
    assert "14 Weaver Close" not in out


def test_a_practice_named_by_its_town_stays_but_a_named_one_goes() -> None:
    assert "Kilwinning surgery" in anonymise("self harm hx. GP at Kilwinning surgery. next of kin aware").text
    assert "Oakfield Surgery" not in anonymise("registered at Oakfield Surgery since May").text
