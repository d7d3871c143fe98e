"""The address round addr54: the floor or bell after an address ("232 Blue John Way, 1st floor", "187 Starwort (top
bell)"), a room after a named block and what the block is ("Dolomite House, room 5", "Basalt House Children's Home"),
a hostel's bed or pod before its block, streets with a short street word or a Welsh one before their number
("Agate Cl 157", "Maes y Calch 213") and a number glued to its "no" ("no103 tawny row")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("stopping at his gran's at 232 Blue John Way, 1st floor and not the placement",
         "232 Blue John Way, 1st floor", "and not the placement"),
        ("I saw her at 238 Alabaster Way, upstairs, where she is placed", "238 Alabaster Way, upstairs",
         "where she is placed"),
        ("turned up at 71 pipistrelle, upstairs again, his car", "71 pipistrelle, upstairs", "again, his car"),
        ("Mr T (23 April 1943), 187 Starwort (top bell), Poolewe: nephew", "187 Starwort (top bell)", "nephew"),
        ("not going back to her dads at 28 noctule way bsmt. edt know", "28 noctule way bsmt", "edt know"),
        ("placement at Dolomite House, room 5 E17 8FE. Birth parents", "Dolomite House, room 5", "Birth parents"),
        ("Placement at Basalt House Children's Home, room 9 is stable.", "Basalt House Children's Home, room 9",
         "is stable"),
        ("found at room 6 Basalt House Children's Home with him", "room 6 Basalt House Children's Home", "with him"),
        ("from the resi at Jasper House Family Assessment Centre, room 24, came with key worker",
         "Jasper House Family Assessment Centre, room 24", "came with key worker"),
        ("HOME OWLET HOUSE RM 9 HU38US. MUM NOT ANSWERING", "OWLET HOUSE RM 9", "MUM NOT ANSWERING"),
        ("placed at Alabaster Lodge Hotel, LE21RX. Care order", "Alabaster Lodge Hotel", "Care order"),
        ("bed 25 orion house hostel G51 4SW, on the floor", "bed 25 orion house hostel", "on the floor"),
        ("in pod 1 Noctule House Foyer the door's been kicked in", "pod 1 Noctule House Foyer", "kicked in"),
        ("at flt 27 tollkeepers b&b, texted goodbye", "flt 27 tollkeepers b&b", "texted goodbye"),
        ("Placed: Haematite St 100 / Assessors", "Haematite St 100", "Assessors"),
        ("has moved to Agate Cl 157, G41 4UL with her", "Agate Cl 157", "with her"),
        ("special guardian of Maes y Calch 213. Family time", "Maes y Calch 213", "Family time"),
        ("lives starry vennel 222 BD3 0EP. ma says", "starry vennel 222", "ma says"),
        ("turned up at no103 tawny row again, his car", "no103 tawny row", "again, his car"),
    ],
)
def test_the_floor_room_or_number_goes_with_the_home(text: str, address: str, kept: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    out = anonymise(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("3 kids, upstairs asleep when I called", "3 kids, upstairs asleep"),
        ("hearing at Snaresbrook Crown Court, room 3 today", "room 3 today"),
        ("went upstairs, 2nd floor toilets", "went upstairs, 2nd floor toilets"),
        ("saw Dr 12 times this year", "Dr 12 times"),
        ("seen at st 100 years old", "st 100 years old"),
        ("no2 way of knowing", "no2 way of knowing"),
        ("last seen getting into lji 1895 near croft 17 Sundown Road", "near"),
        ("Landlord paid, NI ST 56 56 38 A on file", "Landlord paid, NI"),
        ("at Heol y Felin 3 times", "3 times"),
        ("Excel yr 4 at Heol y Glo Primary, 6, says he sleeps on the sofa", ", 6, says he"),
    ],
)
def test_counts_courtrooms_and_codes_stay(text: str, kept: str) -> None:
    out = anonymise(text).text
    assert kept in out, out


_NAMES = ["Blue John Way", "Alabaster Way", "Polaris Road", "Gypsum Gardens", "Orion Crescent"]
_FLOORS = [", upstairs", ", 1st floor", ", downstairs", " (top bell)", " (ground floor)", " bsmt", ", 2nd floor"]


@given(number=st.integers(1, 999), street=st.sampled_from(_NAMES), floor=st.sampled_from(_FLOORS),
       after=st.sampled_from([" where she is placed", ". Mum rang", ", seen by SW"]))
@_SETTINGS
def test_any_floor_after_any_address_is_hidden(number: int, street: str, floor: str, after: str) -> None:
    address = f"{number} {street}{floor}"
    text = f"visited at {address}{after}"
    assert_hidden(text, text.index(address), len(address))
    assert after.strip(" ,.") in anonymise(text).text


@given(block=st.sampled_from(["Dolomite House", "Kaolin Court", "Ironstone House", "Basalt Lodge"]),
       kind=st.sampled_from(["", " Children's Home", " Family Assessment Centre", " Night Shelter"]),
       unit=st.sampled_from(["room", "rm", "bed", "pod"]), number=st.integers(1, 99))
@_SETTINGS
def test_a_room_after_a_named_block_is_hidden(block: str, kind: str, unit: str, number: int) -> None:
    address = f"{block}{kind}, {unit} {number}"
    text = f"Placement at {address} is stable."
    assert_hidden(text, text.index(address), len(address))
    assert "is stable" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("stood down at tŷ'r dylluan, starwort, pt refused conveyance", "tŷ'r dylluan, starwort", "pt refused"),
        ("TAKEN TO TŶ'R DYLLUAN, PIPISTRELLE DR G410HD. MUM NOT ANSWERING", "TŶ'R DYLLUAN, PIPISTRELLE DR",
         "MUM NOT ANSWERING"),
        ("bar staff at Owl Barn (Rhes y Lleuad) say he is supplying", "Owl Barn (Rhes y Lleuad)", "say he is"),
        ("came to Owl Barn (Lamplighters Way) drunk at 10", "Owl Barn (Lamplighters Way)", "drunk at 10"),
    ],
)
def test_the_street_after_a_named_home_goes_with_it(text: str, address: str, kept: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    out = anonymise(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("left The Old Stables, Pewsey, pr1 5rj today", "Pewsey"),
        ("at Mole Cottage (her nan's) today", "(her nan's)"),
        ("at mole cottage, then, went home", "then, went home"),
    ],
)
def test_a_town_or_whose_home_after_a_named_home_stays(text: str, kept: str) -> None:
    out = anonymise(text).text
    assert kept in out, out
