"""Farm and site vehicles ("a red massey tractor", "green landy", "blk L200 pickup") are vehicles: their names are
no person and no plate, and the plate typed after them in any case is hidden. Dateless plates listed after
another ("then a uh 6949") and after a truck ("TRUCK 2542 YR") are plates too."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise


def _typed(text: str, kind: EntityType) -> list[str]:
    return [text[e.start : e.end] for e in anonymise(text).entities if e.type is kind]


@pytest.mark.parametrize(
    "text, plate",
    [
        ("saw him climb into a red massey tractor fkw 418c near the school", "fkw 418c"),
        ("lad was in a blue john deere tractor pvr 77a at the gate", "pvr 77a"),
        ("they left in a grey defender 90 mod 512d by the chapel", "mod 512d"),
        ("drove off in a white iveco daily 6172 k. rang gp", "6172 k"),
        ("seen in a red quad yb63 tkl then a uh 4821 heading north", "uh 4821"),
        ("seen in a massey tractor hdm 221f then a 37 rpy last night", "37 rpy"),
        ("PITCH 4 - TRUCK 7381 YR PARKED ON THE VERGE", "7381 YR"),
        ("old trailer behind a tipper bxe 603k on the lane", "bxe 603k"),
    ],
)
def test_a_plate_after_a_farm_vehicle_is_hidden(text: str, plate: str) -> None:
    r = anonymise(text)
    assert plate not in r.text, r.text
    assert any(plate in p for p in _typed(text, EntityType.VEHICLE_REG)), r.text


@pytest.mark.parametrize(
    "text, kept",
    [
        ("REVVING A RED MASSEY TRACTOR UP THE LANE AT NIGHT", "MASSEY TRACTOR"),
        ("the massey tractor was left across the gateway again", "massey tractor"),
        ("TWO MALES IN AN OLD GREEN LANDY AT THE TOP FIELD", "GREEN LANDY"),
        ("her son's car is a blk L200 pickup, no plate seen", "L200 pickup"),
        ("dad drives a silver L200 to the mart on tuesdays", "L200"),
    ],
)
def test_the_vehicle_name_stays(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text, r.text
    assert not _typed(text, EntityType.VEHICLE_REG) and not _typed(text, EntityType.PERSON), r.text


def test_a_model_number_before_a_plate_is_no_long_number() -> None:
    text = "he drove off in a green defender 110 5512 F. gp told"
    r = anonymise(text)
    assert "defender 110" in r.text and "5512 F" not in r.text, r.text
    assert not _typed(text, EntityType.REFERENCE), r.text


def test_a_flat_number_before_a_building_name_is_no_plate() -> None:
    text = "CAR BLK PICKUP SEEN. HOME: FLAT 12 CAE DERW EXTRA CARE, REPORTED TO STAFF"
    assert not _typed(text, EntityType.VEHICLE_REG), anonymise(text).text


@pytest.mark.parametrize("text", ["AB12 CDE then a 200 m walk to the shop", "AB12 CDE then a go 2000 times on it"])
def test_what_follows_a_plate_with_then_a_may_be_no_car(text: str) -> None:
    assert _typed(text, EntityType.VEHICLE_REG) == ["AB12 CDE"], anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "in 2019 YR 6 he moved schools",
        "TRUCK 12 YRS OLD AND RUSTY",
        "the van 1500 kg load limit",
        "a daily check of the tractor and the trailer",
    ],
)
def test_ordinary_text_after_vehicles_stays(text: str) -> None:
    r = anonymise(text)
    assert r.text == text, r.text


@pytest.mark.parametrize(
    "text, plate",
    [
        ("saw the lad getting in ezw 417c by the chapel", "ezw 417c"),
        ("PARKED ACROSS THE GATE: KFT 302B AGAIN", "KFT 302B"),
        ("whose is the blue 15 plate fabia 7316yr on the verge", "7316yr"),
        ("a blk transit custom HJV 482 W outside the school", "HJV 482 W"),
        ("she got out of a dxr 514 k and ran in", "dxr 514 k"),
    ],
)
def test_plates_far_from_a_vehicle_noun(text: str, plate: str) -> None:
    r = anonymise(text)
    assert plate not in r.text, r.text


@pytest.mark.parametrize(
    "text",
    [
        "wasnt picked up til 7, then her dad drove off",
        "meet in room abc 302c of the annexe",
        "the corsa 2012 yr model is cheaper",
        "she got out of a row 3 weeks ago",
        "her mum 302c is the flat",
    ],
)
def test_counts_rooms_and_years_stay(text: str) -> None:
    assert not _typed(text, EntityType.VEHICLE_REG), anonymise(text).text


@pytest.mark.parametrize(
    ("text", "plate"),
    [("seen: reg 1 vrn today", "1 vrn"), ("a silver Corsa aaa 1 outside", "aaa 1"),
     ("the Berlingo, aaa 1 was back", "aaa 1"), ("car aaa 1 parked up", "aaa 1")],
)
def test_short_dateless_plates_after_a_label_a_model_or_a_vehicle_are_hidden(text: str, plate: str) -> None:
    assert plate not in anonymise(text).text


def test_til_and_a_time_stay() -> None:
    assert anonymise("wasnt picked up til 7 in the car").text == "wasnt picked up til 7 in the car"
