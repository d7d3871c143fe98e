"""Whole-note scans replaced by scans at the few places a match can begin find exactly what the full
scans find, and the rules built on them still hide what a user expects."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import (
    address_chain,
    address_units,
    anonymise,
    dates,
    handles,
    name_aliases,
    name_lists,
    nicknames,
    places,
    scan,
)

_BITS = ["static", "Mobile", "caravan", "home", "Home", "The", "the", "Park", "Bungalow", "Annex", "Chalet", ", ",
         " ", "\t", "\n", "Capel", "House", "y", ".", "'", '"', "(", "mum", "Mum", "cousin", "friend", "step-dad",
         "son", "person", "Dudley", "P", "42/1", "14/3", "/", "2025", "12345", "Gardens", "St", "Road", "heol",
         "clos", "Felin", "ab-cd-99", "x-1", "-", "monday", "sat", "sun.", "thurs", "tue,"]
_NOTES = st.lists(st.sampled_from(_BITS), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(_NOTES)
def test_shortcut_scans_find_what_the_full_scans_find(text: str) -> None:
    low = text.lower()
    digits = scan.DigitScan(text)

    def same(pattern: re.Pattern[str], starts: list[int]) -> None:
        assert [m.span() for m in scan.matches_from(pattern, text, starts)] == [
            m.span() for m in pattern.finditer(text)]

    same(address_chain.HOME_THEN_NAME_RE, address_chain._home_starts(text, low))
    same(places.WELSH_RE, scan.literal_starts(low, places._WELSH_GATE))
    same(address_units.SLASHED_NUMBER_RE, address_units.before_slash(text, digits))
    same(places.NUMBERED_ST_RE, [s for s, e in digits.runs if e - s <= 4])
    plain_days = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?[.,\s]")
    assert (dates._DAY_NAME_GATE.search(low) is None) == (plain_days.search(low) is None)
    every_capital = [c.start() for c in name_aliases._CAPS_RE.finditer(text)
                     if name_aliases._relation_before(text, c.start())]
    from_relations = [p for p in name_aliases._after_relation_words(text, low)
                      if name_aliases._CAPS_RE.match(text, p) and name_aliases._relation_before(text, p)]
    assert from_relations == every_capital


def test_a_home_on_a_named_plot_is_still_hidden() -> None:
    out = anonymise("They live in the Static Caravan, Keeper's Cottage.").text
    assert "Keeper" not in out


def test_a_town_name_after_a_relation_is_still_hidden() -> None:
    out = anonymise('Staying with his "cousin" Dudley since Monday.').text
    assert "Dudley" not in out


_GATE_BITS = ["snap", "Snap", "insta", "ig", "IG", "fb", "kik", "x", "X", "xbox", "yt", "roblox", "goes by", "known as",
              "calls ", "user", " ", "_", "2", "-", ".", "a", "on", "\n", "(", "'", ","]


def _gate_starts_by_find(text: str) -> list[int]:
    """The str.find form the one-scan form replaced (for a long ASCII note)."""
    low = text.lower()
    starts = set(scan.literal_starts(low, handles._GATE_WORDS))
    starts.update(i for i in scan.literal_starts(low, handles._GATE_BOUNDED) if handles._bounded_end(low, i))
    return [i for i in sorted(starts) if not (i and low[i - 1].islower())]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_GATE_BITS), min_size=250, max_size=400).map("".join))
def test_handle_cue_starts_of_a_long_note_are_those_str_find_gives(text: str) -> None:
    assert handles._gate_starts(text) == _gate_starts_by_find(text)


_NICK_BITS = ["street name", "Road Name", "nick-name", "Nicknamed", "aka", "a.k.a.", "ak.a", "alias", "goes by",
              "going\tby", "calls himself", "tagged as", "they call him", "Kids call her", "known as", "referred to as",
              "calls them", " ", ":", "-", '"', "Spider", "meatball", "Tiny Tim", "is", "x", "_", "1", ".", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NICK_BITS), max_size=14).map(" ".join))
def test_unquoted_nicknames_are_tried_only_where_their_phrases_start(text: str) -> None:
    starts = scan.word_starts(text, nicknames._STARTS)
    fast = [m.span() for m in scan.from_starts(nicknames.NICKNAME_RE, text, [(0, len(text))], starts)]
    assert fast == [m.span() for m in nicknames.NICKNAME_RE.finditer(text)]


def test_unquoted_nicknames_are_still_hidden() -> None:
    assert "meatball" not in anonymise("known as meatball to the older boys").text
    assert "Ghost" not in anonymise("the boys call him Ghost at school").text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" \t-–—.!?:;\n()[]ab,", max_size=40))
def test_clause_ends_are_the_plain_alternation_s(text: str) -> None:
    plain = re.compile(r"[.!?:;\n()\[\]]|[ \t][-–—][ \t]")
    assert [m.span() for m in name_lists._CLAUSE_END_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_list_beside_found_names_is_still_hidden() -> None:
    out = anonymise("in today - wenna carveth, ashfaq, dilly hearn, bobbi").text
    assert "ashfaq" not in out and "bobbi" not in out
