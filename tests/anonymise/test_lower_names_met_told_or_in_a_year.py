"""Lower-case names no list knows, found by what stands beside them in a quick note: a school year straight
after ("tadala y4 said"), chat's "w" for "with" before ("home visit w chidera tmrw"), told of the concern
after ("ifeoma aware."), joined to a role by "and" ("yetunde and baby tobenna seen"), or owning a partner or
a child without the apostrophe ("nkirukas ex"). Everyday words, verbs and chat shorthand in the same places
stay readable."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Invented or rare given names, none in the word lists, so only the words beside them can say "a name".
_UNLISTED = ["tadala", "chidera", "ifeoma", "yetunde", "tobenna", "nkiruka", "seblewongel", "kahurangi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cpoms - tadala y4 said at lunch she sleeps on the sofa", "tadala"),
        ("break duty: kahurangi yr 10 had a bruise", "kahurangi"),
        ("going to do a home visit w chidera tmrw", "chidera"),
        ("going round after school w/ seblewongel", "seblewongel"),
        ("mum not answering. ifeoma aware.", "ifeoma"),
        ("dsl log: concern raised, nkiruka informed at 3pm", "nkiruka"),
        ("home visit - yetunde and baby tobenna seen at home", "yetunde"),
        ("mum nkiruka says no. nkirukas ex turned up", "nkirukas"),
        ("older sib tobenna at nursery", "tobenna"),
    ],
)
def test_an_unlisted_lower_case_name_is_found_by_its_neighbours(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@given(name=st.sampled_from(_UNLISTED), cue=st.sampled_from(["{n} y3 said", "visit w {n} tmrw", "{n} aware.",
                                                             "{n} and baby jo seen", "{n} yr 8 upset"]))
@_SETTINGS
def test_any_unlisted_name_beside_these_cues_is_hidden(name: str, cue: str) -> None:
    text = "quick note - " + cue.format(n=name)
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    ["a volunteer has been messaging Y7 pupils online", "home visit w tmrw is fine", "senco aware.",
     "gcse yr 11 results are out", "tea and toast were given"],
)
def test_verbs_shorthand_and_roles_in_those_places_stay(text: str) -> None:
    assert anonymise(text).text == text
