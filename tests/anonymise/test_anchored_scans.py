"""Scans of the whole note replaced by tries at the few places a match can begin (read back from a comma,
a number or a rarer word) find exactly what the whole-note scans find, and the rules built on them still
hide what a user expects."""

from __future__ import annotations

import re
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import (
    address_buildings,
    address_chain,
    anonymise,
    caps_lines,
    dates,
    email_names,
    lower_house_streets,
    name_aliases,
    name_lists,
    name_shapes,
    patterns,
    places,
    plate_neighbours,
    scan,
    school_names,
    welsh_streets,
    word_union,
)

# Fourteen sentences put what follows past the length at which a note counts as long (scan.SHORT).
_PAD = "The family were engaged and agreed to the plan. " * 14


def _same(pattern: re.Pattern[str], text: str, starts: Callable[[str], list[int]]) -> None:
    assert [m.span() for m in scan.matches_from(pattern, text, starts(text))] == [
        m.span() for m in pattern.finditer(text)]


_UNIT_BITS = ["static", "Pitch", "plot", "ROOM", "ſtatic", "flat", "xroom", " ", "\t", ",", ", ", "12", "12345",
              "٣", "a", "B", "sea", "holly", "cottage", "park", "the", "marina", "_", "'", "’", "\n", "pitch 16, ",
              "Room 3a ,", "unit\t12,", "static 5, sea holly cottage", "flat 1234, ", "x1room 2, the park"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_UNIT_BITS), max_size=30).map("".join))
def test_a_unit_then_its_site_is_found_where_the_whole_note_scan_finds_it(text: str) -> None:
    _same(address_chain.UNIT_THEN_SITE_RE, text, address_chain._unit_site_starts)


def test_a_static_caravan_on_a_named_site_is_still_hidden() -> None:
    out = anonymise("Lives in static 5, sea holly cottage with nan.").text
    assert "holly" not in out


_HOUSE_BITS = ["Tŷ", "Ty", "Tyler", "Tigh", "Teach", "Pen", "pen", "Plaſ", "Cae", "Bryn", "Tan", "x1", "y", "yr", "'r",
               "’r", "-", " ", "\t", ",", " ,", "Gwyn", "Farm", "na", "Mara", "'", "_", "Dôl", "\n", "Pen-y-Bryn, ",
               "Tan y Bryn, ", "Tigh na Mara,"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_HOUSE_BITS), max_size=30).map("".join))
def test_a_welsh_named_house_is_found_where_the_whole_note_scan_finds_it(text: str) -> None:
    _same(welsh_streets.NAMED_HOUSE_RE, text, welsh_streets._named_house_starts)


def test_a_welsh_house_name_before_its_street_is_still_hidden() -> None:
    out = anonymise("They moved to Tan y Bryn, Tenbury Wells in March.").text
    assert "Tan y" not in out


_PLATE_BITS = ["k", "ldt", "pen", "c", "x", "i", "A", "ab", " ", "\t", "7", "772", "1234", "٣", "12", "/", ".", "@",
               "-", "_", "é", "k 772 pen", "ldt 289 c", "\n", ","]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PLATE_BITS), max_size=30).map("".join))
def test_a_spaced_lower_case_plate_is_found_where_the_whole_note_scan_finds_it(text: str) -> None:
    _same(plate_neighbours.SPACED_LOWER_RE, text, plate_neighbours._spaced_starts)


def test_a_spaced_lower_case_plate_after_its_label_is_still_hidden() -> None:
    out = anonymise("Seen getting into a car. Vehicle: k 772 pen, parked by the shop.").text
    assert "pen," not in out


def test_only_whole_words_spelt_as_an_email_part_are_read_as_that_person() -> None:
    text = ("Assessor Leviathan Orchard (leviathan.orchard@example.com) met Orchardson and Orchard's dog. "
            "Orchard2 no, ORCHARD no, Leviathan  Orchard.")
    found = [text[sp.start : sp.end] for sp in email_names.email_names(text)]
    assert found == ["Leviathan Orchard", "Leviathan", "Orchard"]


def test_a_named_house_before_a_later_postcode_is_found_far_from_the_first() -> None:
    text = "Sent to LS1 1UR first. " + "x " * 60 + "Letters go to Hillside Farm, Ballymena BT42 1AB now."
    found = {text[sp.start : sp.end] for sp in address_chain.find_house_and_postcode_shapes(text, text.lower())}
    assert found == {"Hillside Farm"}


_CLAUSE_BITS = [" ", "\t", "-", "–", "—", ".", "!", "?", ":", ";", "\n", "(", ")", "[", "]", "a", "kerry", ",", " - ",
                " – - ", "x-y", "\u00a0", "\r"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CLAUSE_BITS), max_size=40).map("".join))
def test_the_ends_of_clauses_are_those_the_whole_note_scan_finds(text: str) -> None:
    assert name_lists._clause_ends(text) == [m.span() for m in name_lists._CLAUSE_END_RE.finditer(text)]


_DIGIT_BITS = ["1", "23", "456", "07700", "900123", " ", "\t", ".", "-", "(", ")", "+", "+(", "((", "a", "٣", "٤٥",
               "/", "\n", "+44 ", "(0)", "word " * 5, "x" * 30]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_DIGIT_BITS), max_size=200).map("".join))
def test_clusters_of_digits_are_those_the_scan_finds(text: str) -> None:
    digits = scan.DigitScan(text)
    scanned = [(c.start(), c.end(), len(patterns._digits(c.group())))
               for c in scan.finditer(patterns.DIGIT_CLUSTER_RE, text, digits.tight)]
    assert patterns._clusters(text, digits.runs) == [c for c in scanned if c[2] >= 6]


def test_a_weekday_and_day_late_in_a_long_record_is_still_hidden() -> None:
    text = _PAD + "Next visit is on Monday 3rd, with mum."
    assert anonymise(text).text.endswith("Next visit is on [date], with mum.")


def test_a_numbered_block_late_in_a_long_record_is_still_found() -> None:
    text = _PAD + "Mum now lives at 21 Harrier Point with the baby."
    found = address_buildings.numbered_blocks(text, text.lower(), scan.DigitScan(text))
    assert [text[sp.start : sp.end] for sp in found] == ["21 Harrier Point"]


_WELSH_BITS = ["heol", "Heol", "road", "Road", "ffordd", "clos", "disclosed", "closed", "maes", "lon", "y", "yr", "'r",
               " ", "\n", "\t", ",", ".", "-", "Felin", "dewi", "sant", "12", "_", "Stryd", "teras", "a.b", "heol-y"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WELSH_BITS), max_size=40).map("".join))
def test_street_words_beside_a_blank_are_found_from_the_starts_of_words(text: str) -> None:
    low = text.lower()
    starts = scan.word_starts(text, places._WELSH_ASCII)
    found = scan.whole_word(low, places._WELSH_ASCII, blank_after=True, starts=starts)
    assert found == scan.whole_word(low, places._WELSH_GATE, blank_after=True)
    assert scan.whole_word(text, places._STREET_GATE, blank_before=True, starts=scan.word_starts(
        text, places._STREET_GATE)) == scan.whole_word(text, places._STREET_GATE, blank_before=True)
    if found:
        _same(places.WELSH_RE, text, lambda _: starts)


def test_a_welsh_street_late_in_a_long_record_is_still_hidden() -> None:
    text = _PAD + "They moved to Heol y Felin in May."
    assert anonymise(text).text.endswith("They moved to [address] in May.")


def test_an_everyday_word_after_a_lower_case_title_late_in_a_long_record_is_still_hidden() -> None:
    text = _PAD + "the dsl mrs field phoned."
    assert "field" not in anonymise(text).text


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(['"', "“", "‘", "'", " ", "\t", "\n", "A", "Z", "a", "É", "O'Neill", " 'x", "Kerry's"]),
                max_size=30).map("".join))
def test_a_quote_before_a_capital_is_found_as_the_scan_finds_it(text: str) -> None:
    assert name_shapes._quote_gate(text) == (name_shapes._QUOTE_GATE_RE.search(text) is not None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["jan", "Jan", "january", "mar", "remarks", "may", "nov.", " ", ".", "_", "1", "-"]),
                max_size=30).map("".join))
def test_a_month_starts_a_word_exactly_when_the_month_gate_finds_one(text: str) -> None:
    assert bool(scan.word_starts(text, dates._MONTH_STEMS)) == (dates._MONTH_GATE.search(text.lower()) is not None)


def test_a_written_date_late_in_a_long_record_is_still_hidden() -> None:
    text = _PAD + "Seen again on March 4th 2025 at home."
    assert anonymise(text).text.endswith("Seen again on [date] at home.")


_LISTS = [("jan", "mar", "may"), ("mon", "monday", "sun"), ("d.o.b", "dob", "born"), ("ma", "marina", "mar"), ("x",)]
_START_BITS = ["jan", "mar", "march", "marina", "may", "mon", "monday", "sun", "d.o.b", "d-o-b", "dob", "born", "ma",
               "x", "X", " ", ".", "-", "_", "1", "'", "\n", "a"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_START_BITS), max_size=40).map("".join), st.permutations(range(len(_LISTS))))
def test_one_scan_for_every_list_finds_where_each_lists_words_start(text: str, order: list[int]) -> None:
    blanked = " " + text.lower().translate(scan._NOT_WORD_ASCII)
    for k in order:  # lists met in any order make the same answers
        words = _LISTS[k]
        alone = [m.start() for m in scan._word_start_re(words, 0).finditer(blanked)]
        assert word_union.starts(blanked, words, scan._NOT_WORD_ASCII) == alone


def test_a_lower_case_named_house_late_in_a_long_record_is_still_found() -> None:
    text = _PAD + "she is staying at tregarth farm, not Mill House."
    found = [text[sp.start : sp.end] for sp in address_buildings.lower_named_houses(text)]
    assert found == ["tregarth farm"]


_RELATION_BITS = ["mum", "Mum", "dad", "step-dad", "half-brother", "son", "sonia", "ta", " ", "  ", "\t", "\n", "\r",
                  '"', "(", "'", "Dudley", "Kerry", ".", ",", "friend", "filler " * 90]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_RELATION_BITS), max_size=40).map("".join))
def test_capitals_after_a_relation_are_found_alike_in_long_and_short_notes(text: str) -> None:
    from_scan = name_aliases._after_relation_words(text, text.lower())
    short, scan.SHORT = scan.SHORT, 10**9
    try:
        assert name_aliases._after_relation_words(text, text.lower()) == from_scan
    finally:
        scan.SHORT = short


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["de", "van", "bin", "binti", "la", " ", "\t", "\n", "x", "dean", "ap", "Van", "-"]),
                max_size=30).map("".join))
def test_a_particle_between_blanks_is_found_as_the_split_finds_it(text: str) -> None:
    low = text.lower().replace("\t", " ")
    split = not name_shapes._PARTICLE_WORDS.isdisjoint(low.split(" ")[1:-1])
    assert (name_shapes._PARTICLE_SPACED_RE.search(low) is not None) == split


def test_a_farm_of_its_place_and_a_named_cottage_late_in_a_long_record_are_still_found() -> None:
    text = _PAD + "Moved from Croft of Hillhead to Pear Tree Cottage."
    found = {text[sp.start : sp.end] for sp in address_chain.find_house_and_postcode_shapes(text, text.lower())}
    assert found == {"Croft of Hillhead", "Pear Tree Cottage"}


def test_a_narrowboat_and_its_moorings_late_in_a_long_record_are_still_found() -> None:
    text = _PAD + "They live on Narrowboat Kittiwake, Calder View moorings since May."
    found = [text[sp.start : sp.end] for sp in address_buildings.boats_and_moorings(text, text.lower())]
    assert found == ["Narrowboat Kittiwake, Calder View moorings"]


def test_a_welsh_school_named_after_its_setting_word_late_in_a_long_record_is_still_hidden() -> None:
    text = _PAD + "She is now at Ysgol Gymraeg Bro Taf and settling well."
    assert "Gymraeg" not in anonymise(text).text


def test_initials_after_a_cue_late_in_a_long_record_are_still_hidden() -> None:
    text = _PAD + "Seen at school with teacher J. K. and her mum."
    assert "J. K." not in anonymise(text).text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["jan", "june", "jul", " ", ".", "_", "1", "may", "ma", "ajan", "ſ", "é", "heol", "lôn",
                                 "clos", "sràid", "x"]), max_size=20).map("".join))
def test_gates_that_skip_to_first_letters_pass_the_notes_the_plain_gates_pass(text: str) -> None:
    assert bool(dates._MONTH_FIRST_LETTER_GATE.search(text)) == bool(dates._MONTH_GATE.search(text))
    assert bool(places._WELSH_GATE_RE.search(text)) == bool(re.search("|".join(places._WELSH_GATE), text))


def test_a_lower_case_house_and_street_after_a_comma_are_still_found() -> None:
    text = _PAD + "Seen at windrush cottage, smokehouse lane, with nan. Later, at home."
    found = [text[sp.start : sp.end] for sp in lower_house_streets.lower_house_streets(text, text.lower())]
    assert found == ["windrush cottage, smokehouse lane"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["st", "st.", "saint", "St", " ", "\t", "mary's", "high", "junior", "infants", "street",
                                 "first", "'", "’s", "_", "st mary's high", "\n"]), max_size=30).map("".join))
def test_a_lower_case_saints_school_is_found_where_the_whole_note_scan_finds_it(text: str) -> None:
    _same(school_names.LOWER_SAINT_HIGH_RE, text, lambda t: scan.literal_starts(t, school_names._SAINT_STARTS))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["A", "AB", "HI", "ITS", " ", "\t", ",", "a", "1", "É", "İ", "\n", ".", "CAN U"]),
                max_size=30).map("".join))
def test_three_words_in_capitals_are_found_as_the_plain_gate_finds_them(text: str) -> None:
    masked = caps_lines._MASK_GATE_RE.search(text.translate(caps_lines._MASK)) is not None
    assert masked == (caps_lines._GATE_RE.search(text) is not None)
