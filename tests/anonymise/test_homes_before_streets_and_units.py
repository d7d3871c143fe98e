"""A home's name after a place cue, a comma and its street ("addr pen y graig, tannery yard road"); a numbered
caravan, bedroom or a flat named by its floor in a named house ("static caravan 4, High Meadows"); "the flat above
12 Mill Park"; a name numbered with "no" ("at tanyard no 14"): the address goes, the words round it stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden, assert_hidden_and_kept, found


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("paeds: addr pen y graig, tannery yard road. seen by reg", "pen y graig, tannery yard road", "seen by reg"),
        ("she has moved in to Bryn Awelon, Heather Rise and rings him daily", "Bryn Awelon, Heather Rise",
         "and rings him daily"),
        ("rota: carer at rosehip croft, teras y felin for the 9am call", "rosehip croft, teras y felin",
         "for the 9am call"),
        ("she fled the old tannery, willow drive in May 2023.", "the old tannery, willow drive", "she fled"),
        ("ELDER: sIMON AT tAIGH NA mARA, cHAPEL rOAD HAS LADS IN", "tAIGH NA mARA, cHAPEL rOAD", "HAS LADS IN"),
        ("I was at Cobblers End (14 Anvil Lane) fixing the tap", "Cobblers End (14 Anvil Lane)", "fixing the tap"),
        ("fraud: a man of Brynteg, 12 Heol y Nant sent money abroad", "Brynteg, 12 Heol y Nant", "sent money abroad"),
        ("Mrs Ada Quill\nThe Granary, Heol y Felin\nBrecon", "The Granary, Heol y Felin", "Mrs"),
        ("last address THE SIGNAL BOX FLAT, WHARF CLOSE NR1 1AA. Evicted", "THE SIGNAL BOX FLAT, WHARF CLOSE",
         "Evicted"),
        ("hotel on Taigh a' Chala, Mariner Row there's a girl in room 2", "Taigh a' Chala, Mariner Row",
         "there's a girl"),
    ],
)
def test_home_name_then_street_is_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_and_kept(text, address, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("we met at the park, Mill Lane was shut", "at the park"),
        ("he is staying at her nan's house, Elm Road for now", "nan's house"),
        ("she travels to Oak Grove Primary, 90 minutes each way", "90 minutes each way"),
        ("Headteacher, Tanyard Lane Infants", "Headteacher"),
        ("he lives alone, 37 herds brae, and copes", "lives alone"),
        ("went to see him at work, then down the road", "at work, then down the road"),
    ],
)
def test_ordinary_phrases_before_a_street_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


def test_a_person_before_their_numbered_address_stays_a_person() -> None:
    text = "ASB: complaint from Kemi Adeyemi, 12 Elm Mews about noise"
    assert all("Kemi" not in a for a in found(text, EntityType.ADDRESS))
    assert_hidden(text, text.index("12 Elm Mews"), len("12 Elm Mews"))


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("nain says they are staying at static caravan 4, High Meadows. diolch", "static caravan 4, High Meadows",
         "diolch"),
        ("kinship carer at bedroom 2, The Willows LS1 1AA struggling", "bedroom 2, The Willows", "struggling"),
        ("she cares for him at Upper Flat, Lowther House since his fall", "Upper Flat, Lowther House",
         "since his fall"),
        ("couldnt stand. annexe flat at Orchard Cottage. diolch", "annexe flat at Orchard Cottage", "diolch"),
        ("Last known address: the flat above 12 Mill Park, Leeds", "the flat above 12 Mill Park", "Last known"),
        ("whatsapp: neighbour at tanyard no 14 shouting at the kids", "tanyard no 14", "shouting at the kids"),
        ("CONTROL: EX AT FORECASTLE NO 32 IN BREACH OF NMO", "FORECASTLE NO 32", "IN BREACH"),
        ("He has no money. Home Ropewalk, number 8. Phone off", "Ropewalk, number 8", "Phone off"),
    ],
)
def test_part_of_a_named_home_and_numbered_names_are_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden_and_kept(text, address, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("bedroom 2, Mum said it was cold", "Mum said it was cold"),
        ("waiting at platform no 2 at the station", "platform no 2"),
        ("turn off at junction number 5 then left", "junction number 5"),
        ("the flat above, the one with the dog", "the flat above"),
        ("he got home no 1 in the queue", "no 1 in the queue"),
    ],
)
def test_counted_things_and_clauses_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


_SYLLABLES = ("bryn", "cae", "gwen", "llan", "mor", "tal", "hafod", "coed", "pen", "nant")
_STREET_WORDS = ("road", "lane", "close", "drive", "row", "way")


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(_SYLLABLES), st.sampled_from(_SYLLABLES), st.sampled_from(_SYLLABLES),
       st.sampled_from(_STREET_WORDS))
def test_any_lower_case_home_and_street_after_addr_is_hidden(a: str, b: str, c: str, street: str) -> None:
    address = f"{a}{b} isaf, {c} yard {street}"
    text = f"hosp note. addr {address}. seen today"
    assert_hidden(text, text.index(address), len(address))
    assert "seen today" in anonymise(text).text
