"""Parts of a house after its address ("12 Tern Close - rear", "8 Rook Lane (top flat)", "50 Kite Street upstairs"),
a flat or room in a lower-case named block ("flat c, osprey court"), a lower-case home after "lives", a typed floor
("flat 4 (5th flr) 9 Gull Rd"), a police incident "of" its day ("0415 of 12/03/24"), the social care registers'
names before their numbers ("SSSC 110714"), "reg" for a regulation ("under reg 24 at"), and a bilingual form's
Welsh label ("Plentyn/Child:")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("mum now at 12 Tern Close - rear, says she is safe", "12 Tern Close - rear", "says she is safe"),
        ("visit to 4 mill st - downstairs. nobody in", "4 mill st - downstairs", "nobody in"),
        ("the lad is at 8 Rook Lane (top flat) with his dad", "8 Rook Lane (top flat)", "with his dad"),
        ("sofa surfing at 31 heron rd (basement flat). School aware", "31 heron rd (basement flat)", "School aware"),
        ("sleeps at 6 Wren Way (static caravan in the garden) most nights", "6 Wren Way (static caravan in the garden)",
         "most nights"),
        ("placed with gran at 50 Kite Street upstairs, LS2 7QQ from Monday", "50 Kite Street upstairs", "from Monday"),
        ("she rents a room at flat 4 (5th flr) 9 Gull Road now", "flat 4 (5th flr) 9 Gull Road", "now"),
    ],
)
def test_the_part_of_a_house_goes_with_its_address(text: str, address: str, kept: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    out = anonymise(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("she lives at 12 Tern Close - rear garden is overgrown", "rear garden is overgrown"),
        ("Leeds - rear of the building was dark", "rear of the building"),
        ("the kids went upstairs to bed", "the kids went upstairs to bed"),
        ("mum (top flat) said the noise was awful", "top flat"),
    ],
)
def test_a_part_word_outside_an_address_stays_readable(text: str, kept: str) -> None:
    out = anonymise(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("asked to move from flat c, osprey court to be near school", "flat c, osprey court"),
        ("found asleep in room 4, plover house by staff", "room 4, plover house"),
        ("he stays at bedroom 1, curlew barn on weekends", "bedroom 1, curlew barn"),
        ("Flat D, wagtail mansions has damp again", "Flat D, wagtail mansions"),
    ],
)
def test_a_unit_in_a_lower_case_named_block_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("the flat is warm, osprey court is next door", "the flat is warm"),
        ("room for one more, kestrel house said no", "room for one more"),
    ],
)
def test_no_unit_number_no_block_is_taken(text: str, kept: str) -> None:
    out = anonymise(text).text
    assert kept in out, out


@given(letter=st.sampled_from("abcdefgh"), name=st.sampled_from(["osprey", "kestrel", "dunlin", "linnet"]),
       block=st.sampled_from(["court", "house", "lodge", "cottage", "barn"]),
       unit=st.sampled_from(["flat", "room", "unit", "bedroom"]))
@_SETTINGS
def test_any_unit_in_any_lower_case_block_is_hidden(letter: str, name: str, block: str, unit: str) -> None:
    address = f"{unit} {letter}, {name} {block}"
    text = f"visited at {address} and spoke to the carer"
    assert_hidden(text, text.index(address), len(address))
    assert "spoke to the carer" in anonymise(text).text


def test_a_lower_case_home_after_lives_is_hidden_and_company_after_lives_is_not() -> None:
    text = "Mo lives heron lodge, M4 1AB with dad"
    assert_hidden(text, text.index("heron lodge"), len("heron lodge"))
    out = anonymise("she lives with mum, M4 1AB now").text
    assert "lives with mum" in out, out


@pytest.mark.parametrize(
    ("text", "ref", "kept"),
    [
        ("Police Scotland incident 0415 of 12/03/24: Kai went missing", "0415 of 12/03/24", "went missing"),
        ("strategy meeting held. 2290 of 07/11", "2290 of 07/11", "strategy meeting held"),
    ],
)
def test_an_incident_with_its_day_is_one_reference(text: str, ref: str, kept: str) -> None:
    assert_hidden(text, text.index(ref), len(ref))
    red = anonymise(text)
    assert kept in red.text, red.text
    assert " of " not in red.text, red.text  # the day goes with the number, whichever rule takes the date


@pytest.mark.parametrize("text", ["3 of 4/5 children were seen", "scored 150 of 200 on the test"])
def test_counts_with_of_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(("text", "ref"), [("registered with SSSC 110714, home visit", "SSSC 110714"),
                                           ("NISCC 6028741 is her number", "NISCC 6028741")])
def test_a_care_register_number_keeps_its_register_named(text: str, ref: str) -> None:
    red = anonymise(text)
    assert any(e.text == ref for e in red.entities), red.entities
    assert f"[{ref.split()[0]} reference]" in red.text, red.text


def test_reg_for_a_regulation_is_no_plate_but_a_plate_after_reg_is() -> None:
    out = anonymise("placed with aunt under reg 24 at the weekend").text
    assert "reg 24 at the weekend" in out, out
    assert "604 zu" not in anonymise("the reg 604 zu was seen").text


def test_a_welsh_label_stays_readable_and_the_name_after_it_is_hidden() -> None:
    text = "Plentyn/Child: Nia Prydderch (02/06/2013)\nPryder/Concern: bruising\nKev/Dad: hiya"
    red = anonymise(text)
    assert "Plentyn/Child:" in red.text and "Pryder/Concern:" in red.text, red.text
    assert "Prydderch" not in red.text and "Kev" not in red.text, red.text
