"""Nicknames and given names that are everyday words, told by the phrase round them: whom someone called by it,
whom a resident let in, who came with their mates, a given name with no surname, a stranger named in brackets,
who signs off or opens a message, and a relative named before their phone number."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("MAN WAITING IN THE CAR PARK, PADDIE CALLED HIM TOOLBOX. HIS SNAP IS", ["TOOLBOX"],
         ["WAITING IN THE CAR PARK"]),
        ("SHONNAGH YORKSTON LET IN SOCKET + 2 NON-RESIDENTS, NO GUEST SIGN-IN", ["SOCKET"], ["NON-RESIDENTS"]),
        ("LOST HIS HOSTEL PLACE AFTER pROTRACTOR AND HIS MATES CAME IN.", ["pROTRACTOR"], ["LOST HIS HOSTEL PLACE"]),
        ("she had Nonna and two lads round til 4am", ["Nonna"], ["two lads round"]),
        ("a 1st yr in block C (Vision, surname not given) being filmed", ["Vision"], ["being filmed"]),
        ("told his LSA that a man from the bus station (Solder) takes him to a flat", ["Solder"], ["bus station"]),
        ("he borrows his bursary.\ndiolch, Nonna", ["Nonna"], ["borrows his bursary"]),
        ("voice note transcribed hiya it's Pearly just to say she got home", ["Pearly"], ["just to say"]),
        ("no heating since June. Son Kilt (+44 7857 104491) says she won't pay", ["Kilt"], ["no heating"]),
        ("Son Goggles (07482 007310) says", ["Goggles"], ["says"]),
    ],
)
def test_a_word_named_by_its_phrase_is_hidden(text: str, names: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(text, names, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("he called him back. later he called him again.", ["back", "again"]),
        ("mum and her friends went to the park", ["mum and her friends"]),
        ("Thanks, Team", ["Team"]),
        ("she said hi it's Monday so the shop is shut", ["Monday"]),
        ("a man from the council (Housing) visited", ["Housing"]),
        ("let in two + 3 guests without signing", ["two"]),
    ],
)
def test_an_ordinary_word_in_such_a_phrase_stays(text: str, kept: list[str]) -> None:
    out = anonymise(text).text
    for words in kept:
        assert words in out


@given(st.sampled_from(["Toolbox", "Ravioli", "Sawdust", "Gravel", "Biscuit"]),
       st.sampled_from(["his mates", "two lads", "her friends", "some boys"]))
def test_a_capitalised_word_with_their_mates_never_survives(nick: str, company: str) -> None:
    text = f"she came back late after {nick} and {company} came round"
    assert nick not in anonymise(text).text
