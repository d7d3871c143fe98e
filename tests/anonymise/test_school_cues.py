"""Lower-case schools named for their street, found by what the sentence says about a school (`school_cues`), and
the bracket after a school that names its kind of setting."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise.coverage import assert_gone_and_kept, assert_hidden, found

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(("text", "school", "kept"), [
    # Who works there.
    ("Hello, I'm DSL at kestrel view. Kai told his tutor on Monday", "kestrel view", "I'm DSL at"),
    ("Referrer: Dana Pike, DSL, tanners ave IPS | Staff member: TA", "tanners ave IPS", "DSL,"),
    ("To: designated teacher, weir ln PRU | Re: pupil", "weir ln PRU", "designated teacher,"),
    # The word school just before.
    ("said the school is cooper row and she is in year 8", "cooper row", "the school is"),
    ("Children's school mossgate hs | SW on duty", "mossgate hs", "Children's school"),
    ("Previous school: mossgate hs | Home: hostel", "mossgate hs", "Previous school:"),
    ("a photo of a boy with a school badge (oak rd high). Passed to police", "oak rd high", "school badge ("),
    # What a pupil wears.
    ("says shes 18 but she has a flax rd jumper on", "flax rd", "jumper on"),
    ("SAYS SHES 18 BUT SHE HAS A FLAX RD HIGH JUMPER. RING ME", "FLAX RD HIGH", "JUMPER"),
    # A year or a leaving age after.
    ("she is at cooper row year 11, on snap", "cooper row", "year 11"),
    ("panel: Jo (6 Sep 2012), at tanners row till 19, moving on", "tanners row", "till 19"),
    # A child before "at".
    ("jodie (7) at thimble ave, saw dad hit mum", "thimble ave", "at"),
    ("He has a son Kaspar at quillon wlk. His email", "quillon wlk", "son"),
    ("two children, Mira at ferrule row and Ted at nursery", "ferrule row", " and "),
    ("she goes to tanners row. designated officer on leave", "tanners row", "goes to"),
    # A special school, a record's list, alternative provision.
    ("attendance: Kyle in loom weavers special school now at 61%", "loom weavers special school", "now at 61%"),
    ("lodgings - Ana Ruiz (09.06.2013), carder mill prim, moved in 26 May", "carder mill prim", "moved in"),
    ("lodgings - Ana Ruiz (3 Feb 2009), brackside high, moved in 26 May", "brackside high", "moved in"),
    ("S4 at Holmfirth Centre (AP). Wellbeing concern raised", "Holmfirth Centre (AP)", "Wellbeing"),
])
def test_the_cued_school_is_hidden_and_the_cue_kept(text: str, school: str, kept: str) -> None:
    assert any(school in s for s in found(text, EntityType.SCHOOL)), anonymise(text).text
    assert_gone_and_kept(text, [school], [kept])


@pytest.mark.parametrize(("text", "school"), [
    ("Kai goes to Ysgol Gymraeg Tawe (Welsh medium) aware.", "Ysgol Gymraeg Tawe (Welsh medium)"),
    ("Zoe attends Tiny Steps Creche (shopping centre).", "Tiny Steps Creche (shopping centre)"),
    ("Ben attends Little Owls Creche (library) on Fridays", "Little Owls Creche (library)"),
])
def test_a_setting_bracket_goes_with_its_school(text: str, school: str) -> None:
    start = text.index(school)
    assert_hidden(text, start, len(school))


@pytest.mark.parametrize(("text", "kept"), [
    ("Kai attends Oak Hill Academy (reduced timetable) from Monday", "(reduced timetable)"),
    ("Jay left Oak Hill Academy (permanent exclusion) in May", "(permanent exclusion)"),
])
def test_what_happens_to_a_pupil_in_brackets_stays(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@pytest.mark.parametrize("text", [
    "she is at home year 11 are on study leave",
    "son Kaspar at 12 quillon walk with his dad",
    "the school is on the main road now",
    "she goes to the park lane shops after tea",
    "she has a grey jumper and black coat",
    "Kyle is in a residential special school now",
    "residing 26 Foxglove Way (AP). victim lives elsewhere",
    "He is moving to a special school in September",
    "DSL at the office today, ring back",
    "Jo (14), feeling high, said nothing",
])
def test_ordinary_text_stays_readable(text: str) -> None:
    assert found(text, EntityType.SCHOOL) == [], anonymise(text).text


def test_a_numbered_home_after_a_child_stays_an_address() -> None:
    text = "youngest Ruby (4) at 14 thimble ave with nan"
    assert found(text, EntityType.SCHOOL) == []


@_SETTINGS
@given(
    st.sampled_from(["quillon", "thimble", "ferrule", "brackside", "mossgate", "carder mill", "loom weavers"]),
    st.sampled_from(["wlk", "ave", "row", "rd", "lane", "close", "prim", "hs", "high"]),
    st.sampled_from(["DSL at {s}. ", "the school is {s}. ", "she has a {s} jumper", "she is at {s} year 9",
                     "Alex (9) at {s}, ", "daughter Mira at {s}. "]),
)
def test_any_street_named_school_after_a_cue_is_hidden(name: str, end: str, shape: str) -> None:
    if end in ("prim", "hs", "high") and " at {s}" in shape and ("(9)" in shape or "Mira" in shape):
        return  # a child before "at" only names a school ending on a street's word
    school = f"{name} {end}"
    text = "note: " + shape.format(s=school) + " no other concerns"
    start = text.index(school)
    assert_hidden(text, start, len(school))
    assert "no other concerns" in anonymise(text).text
