"""A handle set off by a comma after its platform: "a second Snapchat, nithya.kan.97, and ..."."""

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
        ("Mum says she has a second Snapchat, nithya.kan.97, and a boyfriend", "nithya.kan.97"),
        ("she has a second Snapchat, jonida.hys.4, and a boyfriend", "jonida.hys.4"),
        ("she has a second Snapchat, alaw72h, and a boyfriend", "alaw72h"),
    ],
)
def test_a_handle_after_a_platform_and_a_comma_is_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("They talk on snapchat, 2 times a day.", "2 times"),
        ("She posted on Snapchat, Year10 group saw it.", "Year10"),
        ("She uses Instagram, mostly at night.", "mostly"),
    ],
)
def test_what_follows_a_platform_and_a_comma_is_kept(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@_SETTINGS
@given(st.from_regex(r"[a-z]{3,8}\.[a-z]{2,5}\.[0-9]{1,3}", fullmatch=True),
       st.sampled_from(["Snapchat", "Instagram", "TikTok", "insta", "snap"]))
def test_a_dotted_handle_after_a_comma_never_survives(handle: str, platform: str) -> None:
    text = f"She has a second {platform}, {handle}, and a boyfriend."
    assert_hidden(text, text.index(handle), len(handle))
