"""Homes written the way quick notes and forms write them: which flat before the address ("bottom flat 126 ...",
"Lower Flat, ..."), a yard cut short to "yd", a quick note's "addr", a form's "Home:" line ending in a postcode,
a home's name in brackets, and a bothy on another house's land. Lines that only look like them stay."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden, typed


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("warden txt: mr Tafadar at bottom flat 126 Shearers Row WF15SQ says", "bottom flat 126 Shearers Row"),
        ("LIVING AT THE HOSTEL BOTTOM FLAT 114 STRYD YR HARBWR. PARTNER VISITS", "BOTTOM FLAT 114 STRYD YR HARBWR"),
        ("says he was at 4 oyster yd with his mates", "4 oyster yd"),
        ("brought in by mum. addr killyleagh lodge. paeds reg aware", "killyleagh lodge"),
        ("seen getting out of a car at the bothy, long meadow cottage with a male", "the bothy, long meadow cottage"),
        ("Upkar sleeps at theirs (rockpool cottage) and shouts at her nain", "rockpool cottage"),
        ("School: Glan Community School\nHome: The Bothy, Ashcombe Barn, Meltham, g51 9bq\nParent: Delores Dyer",
         "The Bothy, Ashcombe Barn"),
    ],
)
def test_a_home_written_as_notes_write_it_is_one_address(text: str, home: str) -> None:
    assert ("ADDRESS", home) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "I live in the top flat. 12 Elm Road is next door.",
        "Home: Mum and two brothers, all fine at the visit.",
        "She likes the cottage (a holiday let) by the sea.",
    ],
)
def test_the_words_around_stay_readable(text: str) -> None:
    r = anonymise(text)
    for word in ("top flat", "Mum and two brothers", "holiday let"):
        if word in text:
            assert word in r.text


@given(st.sampled_from(["bottom", "top", "ground floor", "upstairs", "basement", "Lower", "TOP"]),
       st.integers(1, 400), st.sampled_from(["Shearers Row", "Quay Street", "harbour road"]))
def test_the_floor_before_a_numbered_flat_never_survives(floor: str, number: int, street: str) -> None:
    home = f"{floor} flat {number} {street}"
    text = f"visit today at {home} with the family"
    assert_hidden(text, text.index(home), len(home))


@pytest.mark.parametrize(
    ("text", "home"),
    [("residents whatsapp: a car on the grass by samphire cottage all night again", "samphire cottage"),
     ("she was seen outside ridgeway dairy, fled her ex last night", "ridgeway dairy")],
)
def test_a_named_home_by_which_something_happened_is_hidden(text: str, home: str) -> None:
    assert ("ADDRESS", home) in typed(text)


def test_bins_by_a_numbered_lodge_name_no_home() -> None:
    text = "caretaker whatsapp: mattress dumped by the bins at lodge 27, thimble lane park again"
    assert "the bins" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("mums new fella stays at russet wy no 199 most nights.", "russet wy no 199"),
        ("NEW ADDRESS GIVEN AS PAVILION DRIVE NO 61 NR3 1NE (SFA).", "PAVILION DRIVE NO 61"),
        ("tenancy visit: at 141 Kilnyard Rd - back door. hoarding", "141 Kilnyard Rd - back door"),
        ("Tabish stays at 36 regent street (the one w the trampoline) most nights.",
         "36 regent street (the one w the trampoline)"),
        ("Lives above the shop, 18 Cottonspool Street, bb1 9sf with", "above the shop, 18 Cottonspool Street"),
        ("HOME FLAT 3 ABOVE THE CHIPPY ON REGENT STREET. CALL BACK", "FLAT 3 ABOVE THE CHIPPY ON REGENT STREET"),
        ("he sleeps at his auntie's at ardmore, lamplighter wy bc mum has a new fella", "ardmore, lamplighter wy"),
        ("anon caller says kids left alone at 20/1 233 Hackle again", "20/1 233 Hackle"),
        ("victim's mum gave her email. home 117-119 clothier. OIC DC Patel", "117-119 clothier"),
    ],
)
def test_streets_with_their_number_after_door_landmark_shop_or_no_street_word(text: str, home: str) -> None:
    assert ("ADDRESS", home) in typed(text)


@pytest.mark.parametrize(
    "text",
    ["she takes the no 3 bus to school", "she lives over the road, 12 Elm Road is her nan's",
     "home 3 days now and settled", "stayed at a flat above the chippy, ground floor flat, 61 cooperage close"],
)
def test_buses_neighbours_counts_and_narrative_stay_readable(text: str) -> None:
    r = anonymise(text)
    for words in ("no 3 bus", "over the road", "home 3 days", "above the chippy"):
        if words in text:
            assert words in r.text


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("AMHP note: assessed at 124,Knapweed Drive W12 4BF, detained s2", "124,Knapweed Drive"),
        ("her old address 187 Lisnagarvey Walk (key safe)", "187 Lisnagarvey Walk (key safe)"),
        ("lost his room at 202 meadowsweet drive, ground floor, his mate had his card",
         "202 meadowsweet drive, ground floor"),
        ("wife is at home alone at Dispensary Rw no 188. son is appointee", "Dispensary Rw no 188"),
        ("lives at tryfan house, floor 1, flat 6 with his nan", "tryfan house, floor 1, flat 6"),
        ("GOT INTO A CAR OUTSIDE SHAP HOUSE, FLOOR 3, FLAT 16 WITH 2 MALES", "SHAP HOUSE, FLOOR 3, FLAT 16"),
        ("Child Osahon Usiobaifo, 11/05/2010, 37-39 Rawsthorne. Mum aware", "37-39 Rawsthorne"),
        ("ADDRESS: 151-153 TIPPETT, HD11RA", "151-153 TIPPETT"),
        ("using his place (top flat 70 tippett) to bag up", "top flat 70 tippett"),
    ],
)
def test_blocks_floors_ranges_and_commas_typed_without_a_blank(text: str, home: str) -> None:
    assert ("ADDRESS", home) in typed(text)


@pytest.mark.parametrize("text", ["a 6-8 week wait for the 0-19 team", "aged 3-4 years now", "paid 12,000 to him",
                                  "the skatepark behind the flats, floor is wet"])
def test_ranges_counts_and_floors_that_name_no_home_stay(text: str) -> None:
    assert not any(t == "ADDRESS" for t, _ in typed(text))


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("not at home (Tees House Supported Living, floor 1, flat 22). mum says",
         "Tees House Supported Living, floor 1, flat 22"),
        ("GOT INTO A CAR OUTSIDE 22 TEME HOUSE SUPPORTED LODGINGS WITH 2 MALES", "22 TEME HOUSE SUPPORTED LODGINGS"),
        ("cuckooing: at room 7 foxhollow sheltered housing. two lads", "room 7 foxhollow sheltered housing"),
        ("she (63) of room 21, Foxhollow Sheltered Housing sent money", "room 21, Foxhollow Sheltered Housing"),
    ],
)
def test_homes_in_named_settings_are_one_address(text: str, home: str) -> None:
    assert ("ADDRESS", home) in typed(text)


def test_a_kind_of_setting_alone_stays() -> None:
    assert "hostel" in anonymise("lives in a hostel now, and the refuge has a space").text


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("she moves to flat 30 Ropewalk House floor 1 on Monday", "flat 30 Ropewalk House floor 1"),
        ("ADDRESS: 183 PUDDLERS ROAD TOP FLAT L8 7ZP", "183 PUDDLERS ROAD TOP FLAT"),
        ("kicked the door in at garage 1 behind Slagbank Court and left", "garage 1 behind Slagbank Court"),
        ("turned up at mine caravan on drive, 134 Ropery Avenue drunk", "caravan on drive, 134 Ropery Avenue"),
        ("no access at top floor tanpits point again, concierge says", "top floor tanpits point"),
        ("CONCIERGE AT FLOOR 3 FLAT 13 WINDINGWHEEL TOWER REPORTS", "FLOOR 3 FLAT 13 WINDINGWHEEL TOWER"),
        ("in by amb from flat above the bookies on pitwheel cl, hurt", "flat above the bookies on pitwheel cl"),
        ("carer whatsapp: at whitney's (windyknowe) and theres a lad asleep", "windyknowe"),
    ],
)
def test_floors_garages_caravans_and_homes_named_in_brackets(text: str, home: str) -> None:
    assert ("ADDRESS", home) in typed(text)


@pytest.mark.parametrize("text", ["says he lives off the top floor of her block", "she is at nan's (again) tonight",
                                  "the garage behind the flats was broken into"])
def test_whose_block_and_brackets_that_name_no_home_stay(text: str) -> None:
    assert not any(t == "ADDRESS" for t, _ in typed(text))
