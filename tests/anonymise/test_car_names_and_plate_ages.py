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
