"""People named by where they stand in a pasted Slack or Teams header, a meeting's minutes (initials before a
role in brackets or "to" and a verb), or a lower-case message's head (a pair before a school year, a word before
a birth date)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("#safeguarding · zaveon redwood 09:12\nnot in since monday", ["zaveon", "redwood"], ["#safeguarding"]),
        ("[10:41] Nation, Shardae (Student Adviser)\nshe rang", ["Nation", "Shardae"], ["Student Adviser"]),
        ("Present: G.J. (ASC), K. Grundy (fire), A.M. (housing). Won't let anyone in", ["G.J.", "A.M."],
         ["(housing)", "Won't let anyone in"]),
        ("Actions: I. D. to visit with an advocate", ["I. D."], ["to visit with an advocate"]),
        ("txt from pt guidance: steady vessey s6 at saddlers 6th says", ["vessey"], ["pt guidance"]),
        ("so this is about reis templeton um he's told me", ["reis templeton"], ["he's told me"]),
        ("supported living daily notes - empoy (March 12, 1981) told staff", ["empoy"], ["told staff"]),
    ],
)
def test_a_person_in_a_header_is_hidden(text: str, names: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(text, names, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we met at 10 A.M. (approx) and left", ["A.M."]),
        ("the new s6 at the academy: seen (12/03/2024) by the nurse", ["seen", "the new s6"]),
        ("update: the money s6 at college is late", ["the money"]),
    ],
)
def test_an_ordinary_header_stays(text: str, kept: list[str]) -> None:
    out = anonymise(text).text
    for words in kept:
        assert words in out


@given(st.sampled_from("ABDFGJKM"), st.sampled_from("ABDFGJKM"), st.sampled_from(["", " "]),
       st.sampled_from(["(ASC)", "(housing)", "(DN)", "to visit", "to ring"]))
def test_initials_opening_a_minutes_item_never_survive(a: str, b: str, gap: str, after: str) -> None:
    initials = f"{a}.{gap}{b}."
    text = f"Present: J Kaczorowski (DN), {initials} {after}. Next meeting Tuesday"
    assert initials not in anonymise(text).text
