"""Round rules67: a house number after its street on a move "from ... to", or after an estate's street word and a
place cue; streets and double-barrelled names typed with caps lock and shift; Irish house names with an eclipsed
noun; a home named in an email's subject before its postcode; a bare "(sheltered)" after a flat; a second school
after "and"; a school after "Year N at"; a Gaelic playgroup ("Cròileagan")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden, typed

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _kept(text: str, words: str) -> None:
    assert words in anonymise(text).text, anonymise(text).text


@pytest.mark.parametrize(
    ("text", "secret", "kept"),
    [
        ("van booked: moving Ana from Tanner Lane 12 to 3 Quay Road on Friday", "Tanner Lane 12", "on Friday"),
        ("helped them flit from Heron Wynd 7 to the new flat", "Heron Wynd 7", "to the new flat"),
        ("bolts fitted at Kestrel Rise 41. kids in the back", "Kestrel Rise 41", "kids in the back"),
        ("she now lives at Ashby Path 9 with her aunt", "Ashby Path 9", "with her aunt"),
        ("Visit to Fox Chase 112, no answer", "Fox Chase 112", "no answer"),
        ("A LOCKUP AT bEAGLE wAY 40, NOBODY IN", "bEAGLE wAY 40", "NOBODY IN"),
        ("DROPPED AT tANNERS' pATH 23 LAST NIGHT", "tANNERS' pATH 23", "LAST NIGHT"),
        ("Location: Teach na bPiobairí, Mill Road", "Teach na bPiobairí", "Location:"),
        ("warden at Tigh na gCaorach, Shore Lane with the dog", "Tigh na gCaorach", "with the dog"),
        ("Re: Shepherd's Rest, BT34 5FE\n\nThe children were", "Shepherd's Rest", "The children were"),
        ("left alone at Flat 2B Elder Court (sheltered) all day", "Flat 2B Elder Court (sheltered)", "all day"),
    ],
)
def test_the_address_is_gone_and_the_words_round_it_kept(text: str, secret: str, kept: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))
    _kept(text, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("from Elm Road 3 to 5 times a week", "3 to 5 times"),
        ("reading at Level Rise 2 of the course", "Level Rise 2"),
        ("we went from page 12 to 14", "page 12 to 14"),
        ("she was at The View 2 hours", "The View 2"),
        ("Re: Leeds LS1 4AB and Re: meeting in Bury, BL9 0SW", "meeting in Bury"),
        ("he was (sheltered) from the news", "(sheltered)"),
        ("she is at Ferry Academy and smoking weed high", "smoking weed high"),
        ("in year 10 at the high end of the scale", "the high end"),
        ("WE GOT HIGH AT tOM's", "HIGH"),
    ],
)
def test_near_misses_stay_readable(text: str, kept: str) -> None:
    _kept(text, kept)


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("her kids are at skelwith 6th form and tanner rd prim. dad says no", "tanner rd prim"),
        ("At Heron Academy and Mill Fold Primary since Sept", "Mill Fold Primary"),
        ("He's Year 4 at gritstone high. Address held", "gritstone high"),
        ("she is yr 9 at Ironbridge High now", "Ironbridge High"),
        ("the wee one is at Cròileagan na Mara till 3", "Cròileagan na Mara"),
        ("pick up from Croileagan a' Bhaile today", "Croileagan a' Bhaile"),
    ],
)
def test_the_school_is_gone(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert any(t == "SCHOOL" for t, _ in typed(text)), anonymise(text).text


def test_a_heading_playgroup_ends_with_its_line() -> None:
    text = "Incident form - Cròileagan Bhràighe\nChild: Ana Lee"
    schools = [e for e in anonymise(text).entities if e.type is EntityType.SCHOOL]
    assert [e.text for e in schools] == ["Cròileagan Bhràighe"]


def test_an_inverted_double_barrelled_name_is_hidden() -> None:
    text = "TWO LADS IN THE CAR (kERRIE-aNNE, jODIE). PLATE GONE"
    assert_hidden(text, text.index("kERRIE-aNNE"), len("kERRIE-aNNE"))
    _kept(text, "TWO LADS IN THE CAR")


_NAMES = st.sampled_from(["Kestrel", "Ashby", "Tanner", "Moorcock", "Whinfell", "Gorse"])
_WORDS = st.sampled_from(["Rise", "Path", "Chase", "Paddock", "Orchard", "Lea", "Meadow", "Vale", "View"])


@_SETTINGS
@given(name=_NAMES, word=_WORDS, number=st.integers(1, 9999), cue=st.sampled_from(["at", "lives at", "from"]))
def test_any_cued_estate_street_with_its_number_is_hidden(name: str, word: str, number: int, cue: str) -> None:
    street = f"{name} {word} {number}"
    text = f"the family {cue} {street}, seen today"
    assert_hidden(text, text.index(street), len(street))
    _kept(text, "seen today")


@_SETTINGS
@given(name=_NAMES, word=st.sampled_from(["Lane", "Road", "Close", "Wynd", "Rise"]), a=st.integers(1, 999),
       b=st.integers(1, 999))
def test_any_move_from_a_numbered_street_hides_the_old_home(name: str, word: str, a: int, b: int) -> None:
    old = f"{name} {word} {a}"
    text = f"moving them from {old} to {b} Quay Road tomorrow"
    assert_hidden(text, text.index(old), len(old))
    _kept(text, "tomorrow")
