"""Round rules69: which house in brackets ("(the end one)"), a service's housing in brackets ("(veterans)"), a
quarter's word before its number ("QTR 12 ..."), a street and its number after a bare comma (in capitals, with an
apostrophe, or street word first), "til" before a day and month, schools clipped to "prim"/"acad" and saints'
nicknames after a school cue, handles typed in capitals, and names framed by the words round them ("- abbi here.",
"LET HIM SEE ...", "DAUGHTER: ... 07...", "(x + y)" after "lads", "one of them X is 14"). Ordinary text sharing the
cue stays readable."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept, found, people


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("the family at 17 Kestrel Road (the end one) keep shouting", "17 Kestrel Road (the end one)",
         "keep shouting"),
        ("WON'T GO HOME TO 40 ORCHARD CLOSE (THE CORNER HOUSE) TIL IT'S SORTED",
         "40 ORCHARD CLOSE (THE CORNER HOUSE)", "TIL IT'S SORTED"),
        ("she lives at room 8, heron house (veterans) HD2 1AB now", "room 8, heron house (veterans)", "she lives at"),
        ("GOING ROUND TO QTR 62 LINNET CLOSE TONIGHT", "QTR 62 LINNET CLOSE", "TONIGHT"),
        ("found at quarter 31, Wren Gardens on Friday", "quarter 31, Wren Gardens", "on Friday"),
    ],
)
def test_which_house_and_whose_housing_stay_with_the_address(text: str, address: str, kept: str) -> None:
    assert address in found(text, EntityType.ADDRESS)
    assert_gone_and_kept(text, [address], [kept])


def test_whose_home_it_is_in_brackets_stays_readable() -> None:
    out = anonymise("staying at 12 Elm Road (her nan's) for now").text
    assert "(her nan's)" in out


@pytest.mark.parametrize(
    "text",
    [
        "the end one was the best (the end one, I mean)",
        "sales were up this quarter 3 times over",
        "the quarter ended and the team met (veterans) at the hall",
    ],
)
def test_brackets_and_quarters_without_an_address_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("WON'T LET HIM HOME TO LINNET CL, 88 TIL IT'S SORTED", "LINNET CL, 88", "TIL IT'S SORTED"),
        ("MEMBER: JOHN DOE, COOPER'S WYND, 41, BT9 5AA", "COOPER'S WYND, 41", "MEMBER"),
        ("he's moving his brother in at Lôn y Bont, 12 to get his money", "Lôn y Bont, 12", "to get his money"),
        ("HOME TO TERAS Y FELIN, 205 TIL TUESDAY", "TERAS Y FELIN, 205", "TIL TUESDAY"),
        ("she lives at Cooper's Wynd, 7 now", "Cooper's Wynd, 7", "now"),
    ],
)
def test_a_street_with_its_number_after_a_comma_is_hidden(text: str, address: str, kept: str) -> None:
    assert address in found(text, EntityType.ADDRESS)
    assert_gone_and_kept(text, [address], [kept])


@pytest.mark.parametrize(
    "text",
    [
        "SEEN AT THE CLOSE, 3 TIMES THIS WEEK",
        "MEMBER: JOHN DOE, COOPER'S WYND, 41, NEXT OF KIN",
        "THE SURGERY IS OFF KILN ROAD, 2 MILES AWAY",
        "SHE HAS MISSED DRILL AT PARK LANE, 12 YEARS IN A ROW",
    ],
)
def test_counts_and_lists_after_a_comma_stay_readable(text: str) -> None:
    assert not found(text, EntityType.ADDRESS)


def test_til_before_a_day_and_month_is_a_date() -> None:
    assert_gone_and_kept("he's on exercise til 3/11 so it's just me", ["3/11"], ["on exercise til", "just me"])


@pytest.mark.parametrize(
    ("text", "school", "kept"),
    [
        ("Cadet: Ann Bell (4/1/09), heron lane prim\nConcern: bruising", "heron lane prim", "Concern: bruising"),
        ("yr 8 at yours, fox wynd prim - came to drill night upset", "fox wynd prim", "came to drill night"),
        ("Cadet: Ann Bell (4/1/09), kestrel acad\nConcern: bruising", "kestrel acad", "Concern: bruising"),
        ("she goes to st bedes. her brother too", "st bedes", "her brother too"),
        ("SHE GOES TO ST PATS. SHE IS IN YR 7", "ST PATS", "SHE IS IN YR 7"),
        ("his school is St Aidan's", "St Aidan's", "his school is"),
    ],
)
def test_clipped_schools_and_saints_nicknames_are_hidden(text: str, school: str, kept: str) -> None:
    assert school in found(text, EntityType.SCHOOL)
    assert_gone_and_kept(text, [school], [kept])


@pytest.mark.parametrize(
    "text",
    [
        "she is very prim.",
        "neat, prim.",
        "she goes to st mary's church on sundays",
        "all round, a bit prim - but kind",
    ],
)
def test_prim_as_a_word_and_churches_stay_readable(text: str) -> None:
    assert not found(text, EntityType.SCHOOL)


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("MUM KERRY ON KERRY.BLAKE.GUNNER ASKING FOR MONEY", "KERRY.BLAKE.GUNNER"),
        ("SHE POSTS ON ZARA_ARMYWIFE_22 EVERY NIGHT", "ZARA_ARMYWIFE_22"),
        ("DAD ON TOMMYBOY.YOMP ASKING FOR MONEY", "TOMMYBOY.YOMP"),
    ],
)
def test_handles_in_capitals_are_hidden_whole(text: str, handle: str) -> None:
    assert handle in found(text, EntityType.HANDLE)
    assert_gone_and_kept(text, [handle], ["ON"])


def test_domains_files_and_numbered_items_in_capitals_stay() -> None:
    text = "SEE REPORT.PDF AND PARA.12, SECTION_17, NO.5, RM.12, U.K. FORMS"
    assert not found(text, EntityType.HANDLE)


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("poppy appeal - jazlynn here. someone took the tin", "jazlynn", "poppy appeal"),
        ("KAYDON FROM THE VETS CLUB - A MEMBER CAME IN UPSET", "KAYDON", "FROM THE VETS CLUB"),
        ("SHE WON'T LET HIM SEE TAMZIN. HE LEFT IN A CAR", "TAMZIN", "SHE WON'T LET HIM SEE"),
        ("HIS DAUGHTER IN LEEDS: MERRIS 07700900123. TED", "MERRIS", "HIS DAUGHTER IN LEEDS"),
        ("2 lads from the high school (jaxon + kaizen) took the tin", "kaizen", "took the tin"),
        ("a crew took his flat, one of them Blessing is only 15 and on tiktok", "Blessing", "one of them"),
    ],
)
def test_names_framed_by_their_phrase_are_hidden(text: str, name: str, kept: str) -> None:
    assert name in people(text)
    assert_gone_and_kept(text, [name], [kept])


@pytest.mark.parametrize(
    "text",
    [
        "poppy appeal - nobody here. ok",
        "REFERRAL FROM THE SCHOOL - NO CONCERNS",
        "SHE WON'T LET HIM SEE THEM.",
        "won't let him see kids.",
        "2 lads from the school (big + small) ran off",
        "one of them The is 14",
    ],
)
def test_everyday_words_in_the_same_frames_stay(text: str) -> None:
    assert not people(text)


_NAME = st.text(alphabet="bcdfghjklmnprstvz", min_size=2, max_size=4).map(lambda s: "q" + s + "yx")


@settings(max_examples=40, deadline=None)
@given(name=_NAME, number=st.integers(min_value=1, max_value=999))
def test_any_capitals_street_with_its_number_after_a_comma_is_hidden(name: str, number: int) -> None:
    text = f"WON'T LET HIM HOME TO {name.upper()} CLOSE, {number} TIL IT'S SORTED"
    assert_gone_and_kept(text, [f"{name.upper()} CLOSE, {number}"], ["TIL IT'S SORTED", "HOME TO"])


@settings(max_examples=40, deadline=None)
@given(name=_NAME, number=st.integers(min_value=1, max_value=999))
def test_any_house_with_the_end_one_in_brackets_is_hidden_whole(name: str, number: int) -> None:
    text = f"the kids at {number} {name.title()} Road (the end one) shout at us"
    assert_gone_and_kept(text, [f"{number} {name.title()} Road", "(the end one)"], ["shout at us"])
