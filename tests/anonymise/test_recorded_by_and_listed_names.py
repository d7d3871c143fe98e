"""Who logged a record ("logged by rekan", "completed by Dalvir") and a given name that is also a word,
listed with another name before what people do ("the twins biodun and wale seen at")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words, wide_names
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("bruise on arm, says cousin did it. logged by harjot, passed to dsl", "harjot"),
        ("form completed by tamunotonye on the ward", "tamunotonye"),
        ("Referral form, recorded by nilufar at 10:20", "nilufar"),
    ],
)
def test_whoever_logged_a_record_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@given(name=st.sampled_from(sorted(w for w in wide_names() if w.isalpha() and w.isascii() and len(w) > 3
                                   and w not in english_words())))
@_SETTINGS
def test_any_name_after_a_record_verb_and_by_is_hidden(name: str) -> None:
    text = f"welfare check done, logged by {name}, sent to dsl"
    # Found after "by": a drawn name may be a piece of "welfare" ("elfa").
    assert_hidden(text, text.index(name, text.index(" by ")), len(name))


@pytest.mark.parametrize(
    "text",
    ["logged by mistake twice", "completed by duty team", "reported by school", "seen by gp today",
     "recorded by staff on cpoms"],
)
def test_what_did_the_recording_stays(text: str) -> None:
    assert anonymise(text).text == text


def test_a_word_name_listed_with_a_name_before_what_people_do_is_hidden() -> None:
    text = "visit - tolu and the twins kehinde and wale seen at home, no gas"
    assert_hidden(text, text.index("wale"), len("wale"))


@pytest.mark.parametrize("text", ["mum and hope were there", "tea and toast were given"])
def test_everyday_words_listed_after_and_stay(text: str) -> None:
    assert anonymise(text).text == text
