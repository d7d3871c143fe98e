"""Initials a practitioner signs with, told by the role word after them ("M.M. pcso", "S. M. pcso", "J.B.
(SW)"), and "A." or "I." with its dot before a found surname ("told prescriber A. Omotoso"): an initial,
not the article or the pronoun."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_CAPITALS = "ABCDEFGHJKLMNOPRSTVWY"


@pytest.mark.parametrize(
    ("text", "initials"),
    [
        ("veh hg11 wdl seen outside. M.M. pcso", "M.M."),
        ("lads using flat. S. M. pcso", "S. M."),
        ("Seen outside twice. F.T. PCSO", "F.T."),
        ("J.B. (SW) visited on Monday", "J.B."),
        ("told prescriber A. Omotoso 24/06/2023", "A. Omotoso"),
        ("follow up 28/12/2023 - A. Diop", "A. Diop"),
    ],
)
def test_initials_are_hidden(text: str, initials: str) -> None:
    assert_hidden(text, text.index(initials), len(initials))
    assert any(e.type is EntityType.PERSON for e in anonymise(text).entities)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The U.K. officer said so.", "U.K."),
        ("Plan A. We agreed it.", "Plan A."),
        ("She went to the U.S. with mum.", "U.S."),
    ],
)
def test_capitals_that_are_no_initials_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@given(
    st.lists(st.sampled_from(_CAPITALS), min_size=1, max_size=3),
    st.sampled_from(["", " "]),
    st.sampled_from(["pcso", "PC", "SW", "HV", "DSL", "(SW)", "nurse", "officer"]),
)
@_SETTINGS
def test_dotted_initials_before_a_role_never_survive(letters: list[str], gap: str, role: str) -> None:
    initials = gap.join(f"{c}." for c in letters)
    text = f"Seen outside the flat again. {initials} {role}"
    assert_hidden(text, text.index(initials), len(initials))


@given(
    st.lists(st.sampled_from(_CAPITALS), min_size=2, max_size=3),
    st.sampled_from(["", " "]),
    st.sampled_from(["office told.", "rang son, no answer.", "Plan agreed with mum\n"]),
    st.sampled_from(["", " ", "\n"]),
)
@_SETTINGS
def test_dotted_initials_that_close_a_note_sign_it(letters: list[str], gap: str, body: str, tail: str) -> None:
    initials = gap.join(f"{c}." for c in letters)
    text = f"No answer at the door. {body} {initials}{tail}"
    assert_hidden(text, text.index(initials), len(initials))


@pytest.mark.parametrize("text", ["She has moved back to the U.K.", "Mum and dad both came. A.B. said hello."])
def test_closing_initials_need_the_end_of_the_note_and_no_article(text: str) -> None:
    assert ("U.K." in anonymise(text).text) if "U.K." in text else ("hello" in anonymise(text).text)
