"""Names found by two words before them ("sister is kavitha", "called her willow"), a message
("call from ealasaid"), an age in brackets in lower case, a particle after a title or an initial, and
a surname after a role and an initial with a full stop."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden


def _people(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("her sisters boyfriend filmed her. sister is titilayo. the lad drives", "titilayo"),
        ("dad was gazza, according to nan", "gazza"),
        ("brought a girl maybe 14, called her willow. she looked frightened", "willow"),
        ("he calls him zeph when mum is out", "zeph"),
        ("nirosha (12) told me at break", "nirosha"),
        ("duty - call from ealasaid maciver (maternal gran), says", "ealasaid maciver"),
        ("text from shaz last night about the baby", "shaz"),
        ("Mrs ap Gwilym has asked that dad is not told", "ap Gwilym"),
        ("HV note - L ap Gwilym. Visited at home.", "L ap Gwilym"),
        ("GP M. Stokes. nephew calls in sometimes", "M. Stokes"),
        ("Husband Josh insisted on staying in the room.", "Josh"),
        ("Oleksandr and Blossom are sleeping in their coats.", "Blossom"),
    ],
)
def test_names_cued_by_the_words_around_them_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize(
    "text",
    [
        "mum is unwell and sister is 14.",
        "dad was drunk again, he called her fat and called him a liar.",
        "call from camhs today, email from cafcass and a referral from mash.",
        "text from mum about the call from the school.",
        "Plan B. The family agreed.",
        "she says the dog (12) is old",
    ],
)
def test_ordinary_words_in_those_places_are_kept(text: str) -> None:
    assert _people(text) == []


_UNKNOWN = st.text("bcdfghklmnprstvwz", min_size=2, max_size=3).map(lambda s: s[0] + "a" + s[1:] + "iya")


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["sister is ", "brother was ", "called her ", "call from ", "text from "]), _UNKNOWN,
       st.sampled_from([". ", ", ", " said ", " (mum) "]))
def test_unknown_lower_case_names_after_a_two_word_cue_never_survive(cue: str, name: str, tail: str) -> None:
    text = f"note: {cue}{name}{tail}ok"
    assert_hidden(text, text.index(name, len("note: ") + len(cue) - 1), len(name))
