"""Caps-lock logs: the verb after a role word ("GRAN DRIVES") and the word after a plate's last letter ("PLL 240 R
HEADING FOR") are the log running on, not names; the names around them are still hidden."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType


def _people(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("SAYS MUM IN HOSPITAL. GRAN DRIVES BLK 19 PLATE GOLF. SCHOOL AWARE", "GRAN DRIVES"),
        ("DAD SHOUTING AT STAFF IN RECEPTION", "DAD SHOUTING"),
        ("MUM WANTS A CALL BACK TODAY", "MUM WANTS"),
        ("DROVE OFF IN PLL 240 R HEADING FOR THE MOTORWAY", "HEADING FOR"),
        ("SEEN IN AB12 CDE 5 R TURNING LEFT", "TURNING LEFT"),
    ],
)
def test_a_verb_after_a_role_or_a_plate_stays_in_a_caps_log(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("BROUGHT IN BY SON TERRY, SAYS MUM IN HOSPITAL", "TERRY"),
        ("GRAN DRIVES. DAD DENZIL COLLECTS", "DENZIL"),
        ("SEEN WITH J SMITH AT THE PARK", "SMITH"),
        ("Report from T Okafor about the visit", "Okafor"),
    ],
)
def test_names_after_a_role_or_an_initial_are_still_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text
    assert _people(text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("BREAKFAST CLUB LOG: RUYI GONG (12) HUNGRY AGAIN. BROUGHT IN BY YUQI GONG, SAYS MUM IN HOSPITAL", "RUYI"),
        ("BREAKFAST CLUB LOG: RUYI GONG (12) HUNGRY AGAIN. BROUGHT IN BY YUQI GONG, SAYS MUM IN HOSPITAL", "YUQI"),
        ("CONTROL ROOM LOG 339190 01:47 - SHIYU NIE (+447597274268) REPORTS SHOUTING", "SHIYU"),
        ("CONTROL ROOM LOG 339190 01:47 - SHIYU NIE (+447597274268) REPORTS SHOUTING", "NIE"),
        ("DROVE OFF. CHILDREN SAFA + RAIYAN AT THE HALT WITH GRAN", "RAIYAN"),
        ("BROUGHT IN BY JALIYAH CHESHIRE, SAYS MUM JALIYAH IN HOSPITAL", "CHESHIRE"),
        ("my grandad Keanu Cheshire born August the 3rd 1942 has had a fall", "Cheshire"),
    ],
)
def test_a_name_beside_a_found_name_in_a_caps_log_is_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("REFERRED BY JOHN SMITH CAMHS ON FRIDAY, EHCP REVIEW DUE", "CAMHS"),
        ("MUM KERRY + EHCP COORDINATOR AT THE MEETING", "EHCP COORDINATOR"),
        ("CALL THE SARC HUB (0800 123 4567) FOR ADVICE", "SARC HUB"),
        ("REFERRED TO CAMHS CPN (01234 567890) TODAY", "CAMHS CPN"),
        ("Kerry said she moved to Cheshire last year", "Cheshire last year"),
        ("Ava I'm outside the house now", "I'm outside"),
    ],
)
def test_acronyms_words_and_places_beside_names_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text
