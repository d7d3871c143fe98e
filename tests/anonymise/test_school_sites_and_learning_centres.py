"""Schools the fresh14 round taught by principle: where a capitalised school keeps its pupils is part of its
name ("Thornbury Sixth Form Centre", "Oakfield Academy North Campus"), and a setting named for teaching
rather than a school type is a school ("Moorside Learning Centre", "Redbrook Skills Centre")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("He is suspended from Thornbury Sixth Form Centre for three days.", "Thornbury Sixth Form Centre"),
        ("Seen at Oakfield Academy North Campus at lunch.", "Oakfield Academy North Campus"),
        ("Bedded down behind Moorside Learning Centre overnight.", "Moorside Learning Centre"),
        ("She now attends Redbrook Skills Centre two days a week.", "Redbrook Skills Centre"),
    ],
)
def test_school_sites_and_learning_centres_are_hidden_whole(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert any(e.type is EntityType.SCHOOL for e in anonymise(text).entities)


@pytest.mark.parametrize(
    "text", ["Mum went to the learning centre at the library.", "We met at the family centre on Monday."]
)
def test_everyday_centres_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


@_SETTINGS
@given(st.sampled_from(["Thornbury", "Moorside", "Ashgrove", "Kelvin Vale"]),
       st.sampled_from(["Learning Centre", "Education Centre", "Training Centre", "Tuition Centre",
                        "Sixth Form Centre", "Academy Campus", "High School Annexe"]),
       st.sampled_from(["He was at ", "Excluded from ", "Moved to "]))
def test_a_named_teaching_setting_never_survives(name: str, kind: str, lead: str) -> None:
    school = f"{name} {kind}"
    text = f"{lead}{school} last term."
    assert_hidden(text, text.index(school), len(school))
