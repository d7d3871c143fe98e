"""Social-media handles written without an "@": after a platform, a cue word or "online", or with an
underscore anywhere."""

from __future__ import annotations

import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.handles import _COUNTERS as COUNTING_WORDS
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    "text, handle",
    [
        ("her ig is lily.k09 and she posts a lot", "lily.k09"),
        ("his ig: jayx_ apparently", "jayx_"),
        ("she was added by deano_x77 last week", "deano_x77"),
        ("has been befriended by kojo99 online and sent money", "kojo99"),
        ("befriended by tam_vo online", "tam_vo"),
        ("messages from tyler.b2 every night", "tyler.b2"),
        ("a lad on snap (dean.o_7) keeps messaging", "dean.o_7"),
        ("Screenshots show mo_22x asking for pictures.", "mo_22x"),
        ("talking to someone called bex.r4 on the game", "bex.r4"),
        ("username jj.44 on the game", "jj.44"),
        ("he goes by lil_t on there", "lil_t"),
        ("her insta's mollyyy.x and she posts daily", "mollyyy.x"),
    ],
)
def test_bare_handles_are_hidden(text: str, handle: str) -> None:
    r = anonymise(text)
    start = text.index(handle)
    assert any(e.type is EntityType.HANDLE and e.start <= start and e.end >= start + len(handle)
               for e in r.entities), r.text


@pytest.mark.parametrize(
    "text",
    [
        "She is in year10 and moved to room12 after the fire drill.",
        "Met with class 9 and group4 on Tuesday, e.g. about online safety.",
        "He uses TikTok and Snapchat a lot but there are no concerns online.",
        "She scored 10 from 12 in the test, version 2.0 of the plan was agreed.",
    ],
)
def test_counting_words_and_ordinary_words_are_not_handles(text: str) -> None:
    assert all(e.type is not EntityType.HANDLE for e in anonymise(text).entities), anonymise(text).text


_LOWER = string.ascii_lowercase


@st.composite
def bare_handles(draw: st.DrawFn) -> str:
    """lily_k, _bo.leung_, kojo99, tyler.b2, sion12_uk: the shapes that need no "@"."""
    # A counting word glued to a number ("week10", "form7") is a count by design, not a handle.
    name = draw(st.text(_LOWER, min_size=3, max_size=10).filter(
        lambda s: not s.startswith(("year", "room")) and s not in COUNTING_WORDS))
    shape = draw(st.sampled_from(["underscore", "edges", "digits", "dotted"]))
    tail = draw(st.text(_LOWER + string.digits, min_size=1, max_size=6))
    number = str(draw(st.integers(10, 2012)))
    if shape == "underscore":
        return f"{name}_{tail}"
    if shape == "edges":
        return f"_{name}.{tail}_"
    if shape == "digits":
        return f"{name}{number}"
    return f"{name}.{draw(st.sampled_from(_LOWER))}{number}"


@_SETTINGS
@given(ids.surrounding, st.sampled_from(["added by", "messages from", "talking to", "befriended by", "aka", "is"]),
       bare_handles(), ids.separators, ids.surrounding)
def test_a_bare_handle_after_a_cue_never_survives(before: str, cue: str, handle: str, sep: str, after: str) -> None:
    head = before + " " + cue + " "
    assert_hidden(head + handle + sep + after, len(head), len(handle))


@_SETTINGS
@given(ids.surrounding, ids.separators, bare_handles(), st.sampled_from([" online", " online.", " on snap"]))
def test_a_bare_handle_before_online_never_survives(before: str, sep: str, handle: str, after: str) -> None:
    head = before + sep
    assert_hidden(head + handle + after, len(head), len(handle))


@pytest.mark.parametrize(
    "text, handle",
    [("birth mum found her on snap (x.amyleigh.x) & turned up", "x.amyleigh.x"),
     ("he's on insta (lily_k) most nights", "lily_k")],
)
def test_a_handle_in_brackets_after_its_platform_is_hidden(text: str, handle: str) -> None:
    assert_hidden(text, text.index(handle), len(handle))


@pytest.mark.parametrize("text", ["she joined snap (2023) and tiktok", "she is on snap (she said) a lot"])
def test_a_year_or_words_in_brackets_after_a_platform_are_kept(text: str) -> None:
    assert anonymise(text).text == text


@_SETTINGS
@given(st.lists(st.text(string.ascii_lowercase, min_size=2, max_size=8), min_size=2, max_size=3),
       st.integers(1, 99), ids.surrounding)
def test_an_at_handle_with_hyphens_is_hidden_whole(parts: list[str], n: int, after: str) -> None:
    handle = "@" + "-".join(parts) + f"-{n}"
    text = f"Social media: {handle}, {after}"
    assert_hidden(text, text.index(handle), len(handle))


@_SETTINGS
@given(st.lists(st.text(string.ascii_lowercase, min_size=2, max_size=8), min_size=2, max_size=3),
       st.integers(1, 9999), st.sampled_from(["as", "by", "username", "aka"]))
def test_a_hyphenated_handle_after_a_cue_is_hidden(parts: list[str], n: int, cue: str) -> None:
    handle = "-".join(parts) + f"-{n}"
    text = f"Active on tiktok {cue} {handle}. MISPER MP/26/10582."
    assert_hidden(text, text.index(handle), len(handle))


def test_a_capitalised_reference_with_hyphens_stays_a_reference() -> None:
    r = anonymise("CE screening by CE-26-5501 today.")
    assert all(e.type is not EntityType.HANDLE for e in r.entities), r.text


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("whatsapp kaylee-jo: parked up outside the house, going to knock", "kaylee-jo"),
        ("camhs on call whatsapp: kenya dimmock sent a goodbye msg at 1am", "kenya dimmock"),
        ("walk in centre whatsapp: Kha'Lani came in with an older bf", "Kha'Lani"),
        ("home care whatsapp: wyn at the flat had a visitor again", "wyn"),
    ],
)
def test_the_word_after_whatsapp_is_a_person_not_a_handle(text: str, person: str) -> None:
    r = anonymise(text)
    assert [(e.type, e.text) for e in r.entities if e.text == person] == [(EntityType.PERSON, person)]
    assert "[handle]" not in r.text
