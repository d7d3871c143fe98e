"""A bare handle listed straight after an @handle is another handle: "One phone had @kai.vibes65 and
kal.official.2 in it", "follows @x_jo, mo.b.22"."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("One phone had @kai.vibes65 and kal.official.2 in it.", "kal.official.2"),
        ("follows @x_jo, mo.b.22 and others", "mo.b.22"),
        ("Messages from @tyler or tyler.b2 last night", "tyler.b2"),
    ],
)
def test_a_handle_listed_after_an_at_handle_is_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("emailed @team and v2.0 notes", "v2.0"),
        ("she and jo.b2 went out", "jo.b2"),
    ],
)
def test_a_version_or_a_word_without_an_at_handle_before_it_is_kept(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@_SETTINGS
@given(
    ids.handles(),
    st.sampled_from([" and ", " or ", ", ", " & "]),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8),
    st.sampled_from([".", "_"]),
    st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=6),
    st.integers(0, 99),
)
def test_handle_after_at_handle_never_survives(at: str, join: str, head: str, dot: str, tail: str,
                                               n: int) -> None:
    handle = f"{head}{dot}{tail}{n}"
    text = f"One phone had {at}{join}{handle} in it."
    assert_hidden(text, text.index(handle, len(f"One phone had {at}")), len(handle))
