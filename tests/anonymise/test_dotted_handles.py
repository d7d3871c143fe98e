"""Handles of words joined by dots, with no digit or underscore, after a word that says someone goes by them
("messaged by its.padraig.odw", "plays Xbox with him as its.krystian.wilk") or after a platform or handle
word ("Handle painted on the bins: shelleyscholes.offical"). Domains, files and dotted abbreviations are
not handles."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.handles import DOMAIN_ENDS
from dialogs.anonymise.lexicon import english_words

_SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _handles(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.HANDLE]


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("Ostap says Mossy plays Xbox with him as its.krystian.wilk. Next visit 23 October.", "its.krystian.wilk"),
        ("Online safety referral: she is being messaged by its.padraig.odw and others", "its.padraig.odw"),
        ("Handle painted on the bins: shelleyscholes.offical.", "shelleyscholes.offical"),
        ("added on snap by kayla.x.marie last week", "kayla.x.marie"),
    ],
)
def test_a_dotted_handle_after_its_cue_is_hidden(text: str, handle: str) -> None:
    assert handle in _handles(text)


@pytest.mark.parametrize(
    "text",
    [
        "guidance from gov.uk and the leaflet by nspcc.org.uk",
        "sent by email as report.pdf to the team",
        "seen on instagram at 3 p.m. with friends",
        "information from bbc.co.uk about the app",
        "on tiktok the end.of.story clip was shared",
    ],
)
def test_domains_files_and_abbreviations_are_not_handles(text: str) -> None:
    assert _handles(text) == []


@_SETTINGS
@given(
    st.lists(st.text("abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=9), min_size=2, max_size=3),
    st.sampled_from(["messaged by", "added by", "plays Xbox with him as", "his snapchat is", "goes by"]),
)
def test_a_dotted_handle_never_survives_its_cue(parts: list[str], cue: str) -> None:
    assume(max(map(len, parts)) >= 4 and not all(p in english_words() for p in parts))
    assume(parts[-1] not in DOMAIN_ENDS)
    handle = ".".join(parts)
    text = f"Update: she is {cue} {handle} most nights."
    assert any(handle in h for h in _handles(text)), anonymise(text).text
