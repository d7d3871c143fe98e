"""A Welsh-medium primary by its initials ("YGG y Brethyn"), a pupil's bracketed year after the school ("ST NINIAN'S
HIGH (S6)") and a record number pasted as a note's last sentence ("... uos.ac.uk. 8021") are hidden; the words round
them, a bracketed year after no school and a year closing a note stay."""

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
        ("Named person note - (P6, YGG y Brethyn). House at the end", "YGG y Brethyn"),
        ("TUTOR ROMIE PULLAN. ST NINIAN'S HIGH (S6)", "ST NINIAN'S HIGH (S6)"),
        ("lads from st ninian's high (s6) hanging round after class", "st ninian's high (s6)"),
        ("he is at Oakfield Primary (Y4) most days", "Oakfield Primary (Y4)"),
    ],
)
def test_a_school_with_its_initials_or_year_is_hidden_whole(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


def test_welsh_words_and_a_lone_year_stay() -> None:
    out = anonymise("the ygg was closed, she is (S6) now").text
    assert out == "the ygg was closed, she is (S6) now", out


@given(st.integers(1000, 99999999))
@_SETTINGS
def test_a_number_closing_a_note_is_hidden(number: int) -> None:
    digits = str(number)
    text = f"shes not been seen since monday. email her tutor. {digits}"
    out = anonymise(text).text
    if len(digits) == 4 and digits.startswith(("19", "20")):
        assert out.endswith(digits), out  # a year
    else:
        assert digits not in out and "email her tutor." in out, out


def test_a_small_count_closing_a_note_stays() -> None:
    assert anonymise("rent is paid. 250").text == "rent is paid. 250"
