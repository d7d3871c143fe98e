"""Nurseries, childcare settings and alternative provision named by the kind of care ("Oak Leaf Montessori",
"Munchkins Childcare", "Rainbow Corner Day Care", "hollins park alternative provision"), while the words alone
stay ("mum works in childcare", "moved to alternative provision")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Oak Leaf Montessori, morning register: Blerina, Drita and Ilir", "Oak Leaf Montessori"),
        ("older sibling goes to Munchkins Childcare will review in one week", "Munchkins Childcare"),
        ("picked up from Little Acorns Day Nursery at 3", "Little Acorns Day Nursery"),
        ("Valdis was collected from Rainbow Corner Day Care today by a man", "Rainbow Corner Day Care"),
        ("she has been at Busy Bees Daycare since May", "Busy Bees Daycare"),
        ("told to pay or they go to his school (hollins park alternative provision). mum",
         "hollins park alternative provision"),
        ("Excluded, now attends Fairfield Alternative Provision three days a week.", "Fairfield Alternative Provision"),
    ],
)
def test_childcare_settings_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    "text",
    [
        "mum works in childcare and loves it; the creche was closed",
        "she goes to day care on mondays and her nan has her on fridays",
        "Moved to alternative provision in May, then back to school.",
        "his school (year 9) said he was late every day",
    ],
)
def test_the_words_alone_are_kept(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.SCHOOL for e in r.entities), r.text


_NAMES = ["Rainbow Corner", "Little Stars", "Tiny Toes", "Oakfield", "Hollins Park", "Bright Horizons"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(_NAMES), st.sampled_from(["Day Care", "Daycare", "Alternative Provision"]), st.booleans(),
       st.sampled_from(["was collected from ", "attends ", "goes to his school (", "moved to "]))
def test_a_named_day_care_or_provision_never_survives(name: str, kind: str, lower: bool, cue: str) -> None:
    setting = f"{name} {kind}"
    if lower:
        setting = setting.lower()
    text = f"Valdis {cue}{setting}{')' if cue.endswith('(') else ''} today, mum rang at 5.50."
    assert_hidden(text, text.index(setting), len(setting))
