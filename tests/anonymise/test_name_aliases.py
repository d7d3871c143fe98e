"""Names told by a position that leaves little else they could be (fresh12 round): nicknames after "known
as" or in quotes after "called", a quoted nickname between given name and surname, a name (even a town)
after a relation or role, a neighbour before "from next door", initials after a verb of fetching, lower-case
names after a title or "linked to", a given name after "Surname," before a date of birth, and a lower-case
list that goes on after a name no dictionary has."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.lexicon import english_words
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ('was found in Maesteg with older lads, one called "Dinky" in a black VW Caddy van', "Dinky"),
        ('Witness statement: "I know him as Little P, his real name is Lennon Quarmby.', "Little P"),
        ("- Name: Bébhinn Spillane / known as Midge\n- DOB: 26th January 2008", "Midge"),
        ('Danuta\'s partner Hicham "Dinky" Bennani not invited.', "Dinky"),
        ('Naila\'s partner Ainsley "Stretch" Harewood not invited.', "Stretch"),
        ('sister rang ASC, worried that his "friend" Little P had moved in.', "Little P"),
        ("Risk: hoarding. Nephew Dudley visits from Crewe, phone 07700 900123.", "Dudley"),
        ("took her to Gibbet Street, that's his cousin Dudley's place.", "Dudley"),
        ("has a conviction for cruelty. Reporter Dudley Thackray. Hearing December 2024.", "Dudley Thackray"),
        ("3rd april 2024 - ZDENĚK FROM NEXT DOOR WAS SHOUTING AT MY SON", "ZDENĚK"),
        ("4th march 2025 - AFZAL FROM NEXT DOOR WAS SHOUTING AGAIN", "AFZAL"),
        ("she says Terry from next door was shouting again", "Terry"),
        ("can someone grab R.C. from period 3, she's just told me", "R.C."),
        ("can someone grab NM from period 3, she's just told me", "NM"),
        ("safe to call 07473150617. tasked dr ó conchubhair", "ó conchubhair"),
        ("anpr hit on q531gzc linked to rojhat goyi, county lines", "rojhat goyi"),
        ("Subject: RE: Sidebottom, Zinnia DOB 24th September 2013\n\nDear Dionne, I saw Zinnia today", "Zinnia"),
        ("says her new mates zulfiqar and witold take her to the cashpoint", "witold"),
    ],
)
def test_a_name_in_a_telling_position_is_hidden(text: str, secret: str) -> None:
    for i in range(len(text)):
        if text.startswith(secret, i):
            assert_hidden(text, i, len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Mum called Police at 3am.", "Police"),
        ("She is known as a quiet girl.", "quiet girl"),
        ("contacted her landlord Leeds City Council about repairs", "Leeds City Council"),
        ("can someone get NHS. from the office", "NHS"),
        ("GP Dr Krūmiņš reviewed her.", "GP Dr"),
        ("The noise from next door was loud.", "noise"),
        ("kids norrie and went home", "went home"),
        ("linked to the same address", "the same address"),
    ],
)
def test_ordinary_words_in_those_positions_are_kept(text: str, kept: str) -> None:
    assert kept in anonymise(text).text, anonymise(text).text


_RELATIONS = ["nephew", "cousin", "brother", "sister", "friend", "Nephew", "Reporter", "neighbour", "uncle"]
_TOWNS = ["Dudley", "Chester", "Lincoln", "Preston", "Crawley", "Stafford"]


@_SETTINGS
@given(st.sampled_from(_RELATIONS), st.sampled_from(_TOWNS),
       st.sampled_from([" visits on Sundays.", "'s place was raided.", " said she was scared.", ", who is 19,"]))
def test_a_town_after_a_relation_is_a_name(relation: str, town: str, tail: str) -> None:
    text = f"Risk noted. His {relation} {town}{tail}" if relation.islower() else f"Risk noted. {relation} {town}{tail}"
    start = text.index(town)
    assert_hidden(text, start, len(town))


@_SETTINGS
@given(st.text("bcdfghjklmnprstvwz", min_size=1, max_size=1).flatmap(
    lambda c: st.text("aeiou", min_size=1, max_size=1).map(lambda v: c.upper() + v)),
    st.text("bcdfghjklmnprstvwz", min_size=3, max_size=5), st.sampled_from(["known as ", 'called "', "aka "]))
def test_a_nickname_after_an_alias_cue_is_hidden(head: str, rest: str, cue: str) -> None:
    nick = head + rest
    assume(nick.lower() not in english_words())
    close = '"' if cue.endswith('"') else ""
    text = f"seen with an older male {cue}{nick}{close} near the park."
    r = anonymise(text)
    assert nick not in r.text, r.text


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Tree works next week: the rowan outside the east block is diseased.", "rowan"),
        ("Breastfeeding group moves to the children's centre from Monday.", "Breastfeeding"),
    ],
)
def test_a_tree_after_an_article_and_a_care_word_are_kept(text: str, word: str) -> None:
    assert word in anonymise(text).text
