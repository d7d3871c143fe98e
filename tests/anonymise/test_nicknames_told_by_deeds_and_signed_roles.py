"""Nicknames that are everyday words told by a lift, a county line, a meeting, a companion or a call in a log typed
in capitals (and their later uses there); a lower-case writer after a message's time, a child back home after a
header's dash, a baby before their date of birth; and the worker who signs a note with their role."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("staff say he was dropped off by Gaffer in a white 71 plate vivaro, 6278dp.", ["Gaffer"],
         ["dropped off by", "in a white 71 plate vivaro"]),
        ("intel: Kye Lycett running the Lamppost line into the town, using looked after kids", ["Lamppost"],
         ["running the", "line into the town"]),
        ("his roomie says he went out the fire door to meet Saucer who sits in a white 68 plate superb", ["Saucer"],
         ["went out the fire door to meet", "who sits in a white"]),
        ("he won't go up to A&E while Torch has got his dog streetlink", ["Torch"],
         ["go up to A&E while", "has got his dog"]),
        ("mum came to the house drunk at 10 wi Tyres, tried to take Rico", ["Tyres"],
         ["drunk at 10 wi", "tried to take"]),
        ("RESI NIGHT LOG 01:15 - RANG TONE AGAIN ON 0117 496 0397. TONE IS ON FB AS", ["TONE"],
         ["RANG", "AGAIN ON", "IS ON FB AS"]),
        ("NIGHT SHELTER LOG - LET TETRIS IN THE SIDE DOOR 02:00. TETRIS IN 3513 LDU. STAFF", ["TETRIS"],
         ["IN THE SIDE DOOR", "STAFF"]),
        ("on call mgr teams [22:17] thembelihle: ok to book the travelodge", ["thembelihle"],
         ["on call mgr teams", "ok to book the travelodge"]),
        ("foster carer txt 01:40 to edt - tormodina back, dropped at the end of the road", ["tormodina"],
         ["foster carer txt", "back, dropped at the end of the road"]),
        ("ooh homeless txt: mum + baby stew (24 July 2025) placed at the refuge", ["stew"],
         ["+ baby", "placed at the refuge"]),
        ("Offered s20 accommodation, declined. Placed tonight at the refuge. Duty SW Glad Measures",
         ["Glad Measures"], ["Placed tonight at the refuge. Duty SW"]),
    ],
)
def test_a_nickname_or_name_told_by_what_the_sentence_says_is_hidden(text: str, names: list[str],
                                                                      kept: list[str]) -> None:
    assert_gone_and_kept(text, names, kept)


@pytest.mark.parametrize(
    "text",
    [
        "she was dropped off by Police in a marked car",
        "he was dropped off by Mum in a blue car",
        "he works on the Jubilee line at weekends",
        "she went to meet Mum who was waiting outside",
        "no decision until Friday has the panel sat",
        "he came home wi Mum at ten",
        "RANG HOME AGAIN AT 02:00, CALLED OUT AGAIN AT 03:00",
        "RANG POLICE AGAIN ON 101",
        "foster carer txt to edt - mum back, all fine",
        "Duty SW Team Manager",
        "update: outreach teams [06:40] update: all bedded down",
    ],
)
def test_everyday_words_in_those_places_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_what_a_baby_is_before_their_birth_date_stays() -> None:
    out = anonymise("mum + baby boy (1 Jan 2025) placed at the refuge").text
    assert out == "mum + baby boy ([date]) placed at the refuge"


_NICKNAMES = ["Gaffer", "Cactus", "Limpet", "Saucer", "Sardine", "Plug", "Torch", "Tyres", "Spanner", "Kettle"]


@given(st.sampled_from(_NICKNAMES), st.integers(0, 23), st.integers(0, 59))
def test_a_nickname_in_capitals_is_hidden_at_every_use(nick: str, hour: int, minute: int) -> None:
    caps = nick.upper()
    text = f"SHELTER LOG - LET {caps} IN THE SIDE DOOR {hour:02d}:{minute:02d}. {caps} IN 3513 LDU. STAFF"
    out = anonymise(text).text
    assert caps not in out
    assert "IN THE SIDE DOOR" in out


@given(st.integers(0, 23), st.integers(0, 59), st.sampled_from(["rodge", "tylah", "natalina", "thembelihle"]))
def test_a_writer_after_a_messages_time_is_hidden(hour: int, minute: int, name: str) -> None:
    out = anonymise(f"outreach teams [{hour:02d}:{minute:02d}] {name}: bedded down in the doorway").text
    assert name not in out
    assert "bedded down in the doorway" in out
