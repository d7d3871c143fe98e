"""Words from the UK's communities that notes use around names: Welsh school and family words ("Ysgol
note:", "(Bl 5)" for year 5, "nain" for a grandmother) stay visible, and a family word is a cue for the
name after it; a Welsh playgroup ("Cylch Meithrin Maesglas") is a school; an Akan day name ("yoofi",
"kwamina", "ekua") is a given name even in lower case with no cue."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# "yaw" is also an English word, so like other word-like names it needs a cue.
_AKAN = ["kwadwo", "kodwo", "kwabena", "kobina", "kwaku", "kweku", "ekow", "kofi", "yoofi", "kwame",
         "kwamina", "kwasi", "kwesi", "adwoa", "abena", "akua", "ekua", "yaa", "afua", "efua", "ama", "akosua"]


def test_welsh_school_and_family_words_stay_and_the_names_go() -> None:
    text = "Ysgol note: Ruairi Laidlaw (Bl 5) - nain Marsali Ogilvie says his dad has taken him to Clacton."
    out = anonymise(text).text
    for word in ("Ysgol note", "(Bl 5)", "nain", "Clacton"):
        assert word in out, out
    for name in ("Ruairi", "Laidlaw", "Marsali", "Ogilvie"):
        assert name not in out, out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("his nain bethan picks him up on fridays", "bethan"),
        ("lives with taid emrys since the summer", "emrys"),
        ("Paramedic handover in ED: Bruno Coelho, approx 22, found at the bus station", "Bruno Coelho"),
    ],
)
def test_a_name_after_a_family_word_or_a_handover_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))
    assert "handover" not in text or "handover" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("Older brother goes to Cylch Meithrin Maesglas on Mondays.", "Cylch Meithrin Maesglas"),
        ("She was at Ysgol Gymraeg Maesglas until Easter.", "Ysgol Gymraeg Maesglas"),
    ],
)
def test_welsh_settings_are_schools(text: str, school: str) -> None:
    r = anonymise(text)
    start = text.index(school)
    assert any(e.type is EntityType.SCHOOL and e.start <= start and e.end >= start + len(school)
               for e in r.entities), r.text


@_SETTINGS
@given(st.sampled_from(_AKAN), st.sampled_from(["after {n} got out", "then {n} went home", "{n} got out"]))
def test_an_akan_day_name_in_lower_case_never_survives(name: str, shape: str) -> None:
    text = "nieghbour said family went to Leeds " + shape.format(n=name) + ". dads car gone too."
    assert_hidden(text, text.index(name), len(name))
