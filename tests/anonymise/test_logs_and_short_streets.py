"""Caps-lock logs and streets typed short, as fresh33's informal notes write them: who a chat header in capitals
is from, a resident named by room, a companion in a hostel's night log, a word no list has before "WHO", a model
after its make in lower case, short street types in lower case, a tenement flat before the house number, a Welsh
street's last word, and refuges."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("TEAMS - TALLULA: CAN SOMEONE RING DUA KUNDI ON 07700 900397?? SHE AINT GOING HOME", "TALLULA"),
        ("RM 1 EFAN (LIL STUNNA) IN AT 03:40 WITH DUR-E-NAYAB, NOT ALLOWED.", "EFAN"),
        ("RM 1 EFAN (LIL STUNNA) IN AT 03:40 WITH DUR-E-NAYAB, NOT ALLOWED.", "DUR-E-NAYAB"),
        ("rm 6 baldev back 3am, says hes staying at his mates", "baldev"),
        ("NURSERY LOG - ANIKA BARUA (10) COLLECTED BY FARIHA WHO SMELT OF WEED.", "FARIHA"),
    ],
)
def test_names_in_logs_are_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    ["CALLED CAMHS WHO SAID NO", "PCSO SAYS OK", "MUM SAID NO", "room 4 in use", "room 5 kitchen (shared) is dirty",
     "she came back with Covid.", "he returned with Mum.", "she went to the refuge", "bought 2 bottles 75 cl each"],
)
def test_services_roles_rooms_and_units_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_a_model_after_its_make_in_lower_case_is_no_name() -> None:
    out = anonymise("DEALING, blk seat leon fr F 72 DVW OUTSIDE ALL NIGHT.").text
    assert "seat leon" in out
    assert "leon" not in anonymise("spoke to leon about it").text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("sofa surfing at her sisters 43 avocet cl, fled", "avocet"),
        ("new address is 65 plover cl but no one in", "plover"),
        ("ADDRESS ON SIMS 5/1 119 LAPWING DR HD1 9HY", "5/1"),
        ("he lives at 152 lôn y pioden fôr now", "fôr"),
        ("at her sisters flat 22 shelduck refuge, fled", "shelduck"),
        ("Posie Sizeland, room 6 Shelduck Refuge", "Shelduck"),
    ],
)
def test_short_and_welsh_streets_flats_and_refuges_are_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


def test_a_faith_high_school_in_a_caps_lock_log_is_hidden_with_its_street() -> None:
    text = "IN CAR KALLAM (4) + TORRAN (5), BOTH SHOULD BE AT ST BRIDE'S RC HIGH (GALAXY ROAD). DRIVER SAYS UNCLE"
    out = anonymise(text).text
    assert "BRIDE" not in out and "GALAXY" not in out
    assert "BOTH SHOULD BE AT" in out
    assert anonymise("PARKED ON RC HIGH STREET").text == "PARKED ON RC HIGH STREET"
