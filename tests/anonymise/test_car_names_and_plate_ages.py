"""A car's model and trim after its make are no person; a plate's age, a colour and a model number are no plate,
and a lower-case plate after a model is one."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise


def _people(text: str) -> list[str]:
    return [text[e.start : e.end] for e in anonymise(text).entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "text, car",
    [
        ("He drove off in a grey Nissan Note Tekna (YC03AAC) before officers arrived.", "Nissan Note Tekna"),
        ("a family friend who left in a silver Ford C-Max Zetec, kju 329x. Nurse rang", "Ford C-Max Zetec"),
        ("He drove off in a red Vauxhall Zafira Tourer (DJ09 USO) before officers arrived.", "Vauxhall Zafira Tourer"),
        ("the escort on the white Fiat Doblo Maxi van minibus, M568 RND, reported it", "Fiat Doblo Maxi"),
    ],
)
def test_the_model_and_trim_after_a_make_stay(text: str, car: str) -> None:
    r = anonymise(text)
    assert car in r.text and not _people(text), r.text


@pytest.mark.parametrize(
    "text, person",
    [
        ("He drove off in a red Vauxhall Zafira. Tourer said nothing.", "Tourer"),
        ("Dad owns a Ford Focus Dean said.", "Dean"),
        ("Kira Suzuki Okonkwo came to the office.", "Okonkwo"),
    ],
)
def test_a_name_after_a_car_is_still_a_person(text: str, person: str) -> None:
    assert person not in anonymise(text).text


@pytest.mark.parametrize(
    "text, kept, plate",
    [
        ("GRAN DRIVES BLK 19 PLATE GOLF R SKH 692 G", "19 PLATE GOLF", "SKH 692 G"),
        ("ROADS STOP - BLK 66 PLATE BMW X5 J448VFU. DRIVER NOT KNOWN", "66 PLATE", "J448VFU"),
        ("the lady's car was a blk 3 series msport reg E 1751", "blk 3 series", "E 1751"),
        ("drives her about in a blk 66 plate bmw x5 reg WIB 4203 most days", "x5 reg", "WIB 4203"),
        ("came in a white 308 gti t998ahl. not seen her since", "308 gti", "t998ahl"),
        ("SAT IN WHITE 308 GTI NW10 DEK OUTSIDE THE FLATS", "308 GTI", "NW10 DEK"),
        ("Dad drives a black Peugeot 3008 SUV (k841 xal) to work.", "3008 SUV", "k841 xal"),
    ],
)
def test_a_plate_age_or_model_number_stays_and_the_plate_is_hidden(text: str, kept: str, plate: str) -> None:
    r = anonymise(text)
    assert kept in r.text and plate not in r.text, r.text


@pytest.mark.parametrize(
    "text, plate",
    [("a car reg 231 BYD outside", "231 BYD"), ("silver corsa tj 9709 parked outside", "tj 9709")],
)
def test_a_plate_whose_letters_are_a_make_or_no_model_is_still_hidden(text: str, plate: str) -> None:
    assert plate not in anonymise(text).text


@pytest.mark.parametrize(
    "text, plate, kept",
    [
        ("picked up in a grey 21 plate puma st 4328 c every night, flashing cash.", "4328 c", "21 plate puma st"),
        ("picked up in a blk 3 series msport 3437 d every night, flashing cash.", "3437 d", "blk 3 series msport"),
        ("who owns the matte grey golf r 1420 xlc dumped by the garages?", "1420 xlc", "matte grey golf"),
        ("went to the harbour in a blk 3 series msport q429 bvg then a dyd 697 e. showed me", "dyd 697 e", "then a"),
    ],
)
def test_a_lower_case_plate_after_a_model_and_its_trim_is_hidden(text: str, plate: str, kept: str) -> None:
    r = anonymise(text)
    assert plate not in r.text and kept in r.text, r.text
    assert not [e for e in r.entities if e.type is EntityType.ADDRESS], r.text


@pytest.mark.parametrize(
    "text",
    [
        "the 3 series cost 4500 in the end",
        "left in AB12 CDE then a 200 m walk home",
        "a grey 21 plate fiesta st on the drive",
        "the puma st 8 was late again",
    ],
)
def test_prices_distances_and_plate_ages_after_a_model_are_no_plate(text: str) -> None:
    r = anonymise(text)
    codes = [text[e.start : e.end] for e in r.entities if e.type is EntityType.VEHICLE_REG]
    assert all(not c[0].isdigit() for c in codes), r.text


def test_a_plate_age_before_a_model_and_trim_is_no_street() -> None:
    r = anonymise("a grey 21 plate fiesta st on the drive")
    assert r.text.startswith("a grey 21 plate fiesta st"), r.text
