"""A clock time or a counted number one blank after a date or a log number: the digits sit close enough to be
read as one long number, but the hour and the count are the log's own words and stay readable."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("EMERGENCY DUTY LOG 2024-10-17 02:25 - NO ANSWER AT THE DOOR", "[date] 02:25 -"),
        ("CONTROL ROOM LOG 339190 01:47 - CALLER REPORTS SHOUTING", "01:47 -"),
        ("ATTENDANCE MSG - pupil (11.06.2008) 11 DAYS OFF.", "11 DAYS OFF"),
        ("Rang 07700 900123 2 days later, no answer.", "2 days later"),
    ],
)
def test_a_time_or_a_count_after_a_number_stays_readable(text: str, kept: str) -> None:
    red = anonymise(text)
    assert kept in red.text
    assert not [e for e in red.entities if e.type is EntityType.REFERENCE and len(e.text) <= 3]


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("CONTROL ROOM LOG 339190 01:47 - CALLER REPORTS SHOUTING", "339190"),
        ("Case ref 12 34 56 78 on file", "12 34 56 78"),
        ("Contact 0 1 07700 900123 after 5", "900123"),
        ("Ref 1234567 8 days", "1234567"),
    ],
)
def test_the_number_before_the_time_or_count_is_still_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text
