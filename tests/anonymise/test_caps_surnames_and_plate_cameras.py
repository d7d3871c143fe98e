"""A surname in capitals before a comma and a given name, as police records write it ("Injured party
BENTHAM, Wendy (3rd April 1964)"), and a plate read by a number-plate camera or named with its registered
keeper ("ANPR hit 22:47 - ZVW 888 H"); a heading in capitals before a name, and times near the camera's
name, stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden, assert_plate

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("domestic at 48 Pinfold Gate. Injured party BENTHAM, Wendy (3rd April 1964). Suspect", "BENTHAM"),
        ("Injured party GWYNEDD, Mared (1st November 1973). Suspect", "GWYNEDD"),
        ("Suspect CATTERMOLE-WYNNE, Jock was arrested.", "CATTERMOLE-WYNNE"),
        ("Nominal: O'HARA, Sean (DOB 1/2/90)", "O'HARA"),
    ],
)
def test_a_surname_in_capitals_before_a_given_name_is_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("NOTE, Wendy said no.", "NOTE"),
        ("URGENT, Wendy (mum) rang twice.", "URGENT"),
        ("ACTION, Wendy (SW) to call the school.", "ACTION"),
        ("ANPR: 12 AM to 3 PM checks done", "12 AM to 3 PM"),
        ("Registered keeper confirmed, in 2 weeks at 10 AM", "10 AM"),
    ],
)
def test_headings_and_times_are_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text, r.text


@_SETTINGS
@given(st.sampled_from(["ZVW 888 H", "HFM 156 H", "DEM 798T", "XPX 115"]),
       st.sampled_from(["ANPR hit 22:47 - {p} on the A10.", "DVLA say {p} has no keeper.",
                        "{p}, registered keeper Tate Moss", "V5C for {p} seen."]))
def test_a_plate_beside_a_camera_or_keeper_is_hidden(plate: str, shape: str) -> None:
    assert_plate(shape.format(p=plate), plate)
