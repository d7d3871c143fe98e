"""Bare links on any domain ("linktr.ee/x", "tiktok.com/@y"): the shape is the test, not a domain list."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.types import EntityType
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
_HOSTS = ["linktr.ee", "tiktok.com", "facebook.com", "onlyfans.com", "beacons.ai", "t.me", "vm.tiktok.com",
          "snapchat.com/add", "cash.app", "ko-fi.com", "bit.ly", "carrd.co", "discord.gg"]


@st.composite
def bare_links(draw: st.DrawFn) -> str:
    host = draw(st.sampled_from(_HOSTS))
    first = draw(st.sampled_from("abcdefghijklmnopqrstuvwxyz"))
    rest = draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._", max_size=14))
    return f"{host}/{draw(st.sampled_from(['', '@', '$']))}{first}{rest}".rstrip("._")


@pytest.mark.parametrize(
    "text, link",
    [
        ('given his PIN to a "friend" he met on linktr.ee/demelza40. The friend', "linktr.ee/demelza40"),
        ("her page is tiktok.com/@sam.x.22 and she posts daily", "tiktok.com/@sam.x.22"),
        ("messaged from beacons.ai/jaydee", "beacons.ai/jaydee"),
    ],
)
def test_links_on_any_domain_are_hidden(text: str, link: str) -> None:
    r = anonymise(text)
    start = text.index(link)
    assert any(e.type is EntityType.URL and e.start <= start and e.end >= start + len(link)
               for e in r.entities), r.text


@pytest.mark.parametrize(
    "text",
    [
        "Mum and/or dad should attend, e.g./i.e. either of them.",
        "Scored 3.5/10 on the scale; Mr./Mrs. to be confirmed.",
        "See the guidance at gov.uk/report-child-abuse before calling.",
    ],
)
def test_slashes_in_ordinary_text_and_guidance_links_stay(text: str) -> None:
    assert anonymise(text).text == text


@_SETTINGS
@given(ids.surrounding, ids.separators, bare_links(), ids.separators, ids.surrounding)
def test_bare_links_never_survive(before: str, sep1: str, link: str, sep2: str, after: str) -> None:
    assert_hidden(before + sep1 + link + sep2 + after, len(before) + len(sep1), len(link))
