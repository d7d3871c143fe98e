"""Lower-case schools named for their street or, for the kinds only a named school is called by, one word
("lifeboat lane sixth form", "can u tell towpath academy"); Gaelic articles inside a school's name; and
"PS" for a primary school ("St Brigid's PS"). Activities, generic talk and acronyms before "PS" stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("still getting to rope walk lane sixth form on time", "rope walk lane sixth form"),
        ("the chippy by boxtree close pru, then home", "boxtree close pru"),
        ("its mum can u tell kilnside academy x", "kilnside academy"),
        ("should be at druim na h-aibhne academy today", "druim na h-aibhne academy"),
        ("Sibling at: St Columba's PS\nAddress: none", "St Columba's PS"),
        ("Both girls go to Holy Family PS in the town.", "Holy Family PS"),
    ],
)
def test_these_schools_are_hidden_as_schools(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    r = anonymise(text)
    start = text.index(school)
    assert any(e.type is EntityType.SCHOOL and e.start <= start + len(school) - 1 and e.end > start
               for e in r.entities), r.text


@given(name=st.sampled_from(["kilnside", "ropewalk", "tannery", "weirside", "millrace"]),
       kind=st.sampled_from(["academy", "pru", "sixth form"]))
@_SETTINGS
def test_one_word_before_an_academy_pru_or_sixth_form_names_it(name: str, kind: str) -> None:
    text = f"mum says can u tell {name} {kind} she is off today"
    assert_hidden(text, text.index(name), len(name) + 1 + len(kind))


@pytest.mark.parametrize(
    "text",
    ["he is in sixth form now", "goes to football academy on sat", "at an academy in leeds", "the pru said no",
     "ps call me later"],
)
def test_activities_and_generic_talk_stay(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize("text", ["NI PS 74 06 60 C used by someone else", "Incident PS-20260780-7380 logged"])
def test_ps_in_a_number_is_no_school(text: str) -> None:
    assert all(e.type is not EntityType.SCHOOL for e in anonymise(text).entities)


def test_a_ps_school_ending_a_sentence_is_hidden() -> None:
    text = "camhs seen. school Beetling Mill PS. gp aware"
    assert_hidden(text, text.index("Beetling Mill PS"), len("Beetling Mill PS"))
