"""A lower-case school name in everyday words is a name when a school role follows it ("coppice vale
high school dsl informed", "oak tree primary senco rang"); with one everyday word or only school-type
words before the role ("faith school head", "the local high school office") it stays as written."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("mum sent screenshots for us. coppice vale high school dsl informed 26/05/2023", "coppice vale high school"),
        ("for us. wren hill special school dsl informed today", "wren hill special school"),
        ("oak tree primary senco rang this morning", "oak tree primary"),
        ("told her. castle hill infants office will call", "castle hill infants"),
    ],
)
def test_a_lower_case_school_before_a_school_role_is_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    "text",
    [
        "rang the local high school office today",
        "the faith school head rang",
        "sent to the big primary school staff room",
        "spoke to his new school senco",
    ],
)
def test_everyday_school_talk_before_a_role_is_kept(text: str) -> None:
    assert anonymise(text).text == text


_NAME_WORDS = ["oak", "tree", "castle", "hill", "wren", "vale", "river", "meadow", "brook", "stone", "moss", "side"]


@_SETTINGS
@given(
    st.lists(st.sampled_from(_NAME_WORDS), min_size=2, max_size=3, unique=True),
    st.sampled_from(["high school", "special school", "primary", "primary school", "academy", "infants"]),
    st.sampled_from(["dsl", "senco", "head", "office", "safeguarding lead", "attendance officer"]),
)
def test_named_school_before_a_role_never_survives(words: list[str], kind: str, role: str) -> None:
    school = " ".join(words) + " " + kind
    text = f"Shown the messages. {school} {role} informed on Monday."
    assert_hidden(text, text.index(school), len(school))
