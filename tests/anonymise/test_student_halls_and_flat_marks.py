"""The address round addr56: student halls told by their block, kitchen or room code ("Glovers Lodge block B rm 4",
"cordwainers hall c12"), the marks of which flat written around a home ("12 Felt Rd, 2/1", "40 Serge Wy ff",
"8 Lisle St (rear)", "flat 3 (2nd flr) 7 Tweed Way"), a house "off" its street, a street with "num" and its
number ("Bodkin num 12"), and homes told by a cue before them ("stopping at Kit's on tollhouse cottage", "not to
enter pen y dre", "Address: Worsted 31")."""

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
        ("a fresher in Glovers Lodge block B rm 4 (Joy) being filmed", "Glovers Lodge block B rm 4", "being filmed"),
        ("never came home to cordwainers hall c12 and is online", "cordwainers hall c12", "and is online"),
        ("moved to Fletchers Hall B9. his tutor says", "Fletchers Hall B9", "his tutor says"),
        ("never came home to e4 cooper court and is online", "e4 cooper court", "and is online"),
        ("cant go back to flat c12 chandlers quay she wrote", "flat c12 chandlers quay", "she wrote"),
        ("a fresher in rm 6 kitchen 2 Dyers Quay Student Living (Joy) says", "rm 6 kitchen 2 Dyers Quay Student Living",
         "says"),
        ("DUTY LOG - FLAT 3/14 CURRIERS HALL ANNEXE: RESIDENT LET IN", "FLAT 3/14 CURRIERS HALL ANNEXE",
         "DUTY LOG"),
        ("ADDRESS: FLAT 2/7 TANNERS COURT STUDENT VILLAGE NG1 1AA / COLLEGE", "FLAT 2/7 TANNERS COURT STUDENT VILLAGE",
         "COLLEGE"),
        ("lad on the roof of coopers hall annexe block c rm 2, says", "coopers hall annexe block c rm 2", "says"),
        ("fell at Kersey Court Assisted Living, room 8. Bruises", "Kersey Court Assisted Living, room 8", "Bruises"),
    ],
)
def test_a_room_in_a_named_hall_is_hidden(text: str, address: str, kept: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    out = anonymise(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("staying with nan at 12 Felt Road, 2/1, now", "12 Felt Road, 2/1", "now"),
        ("the house at 40 Serge Way ff full to the ceiling", "40 Serge Way ff", "full to the ceiling"),
        ("dog is with the neighbour at 9 Linen Lane gf. MHO", "9 Linen Lane gf", "dog is with"),
        ("the family live at 8 Lisle St (rear), mum says", "8 Lisle St (rear)", "mum says"),
        ("at 14 Poplin Rd (hmo) rm 3 again, driver", "14 Poplin Rd (hmo) rm 3", "again, driver"),
        ("Lives flat 3 (2nd flr) 7 Tweed Way. Worker", "flat 3 (2nd flr) 7 Tweed Way", "Worker"),
        ("he's in first flr flat 9 Velvet Close can someone", "first flr flat 9 Velvet Close", "can someone"),
        ("site visit at 17 Mohair Close top flr to see him", "17 Mohair Close top flr", "to see him"),
        ("he lives 33 Twill Road - back bedroom with mum", "33 Twill Road - back bedroom", "with mum"),
        ("he was stopping at 65 fustian rw. bail", "65 fustian rw", "bail"),
        ("sleeping at 19 drill pk flat 2 now", "19 drill pk flat 2", "now"),
        ("tiles fixed at Lawn Cottage off Calico Dr. They came", "Lawn Cottage off Calico Dr", "They came"),
        ("address Bodkin num 12, she says", "Bodkin num 12", "she says"),
        ("hanging round bobbin close num 4 after class", "bobbin close num 4", "after class"),
        ("REG KEEPER OF SPINDLE ROW NUM 21 TODAY", "SPINDLE ROW NUM 21", "TODAY"),
        ("her mate says shes stopping at Bez's on tŷ'r gof. hes older", "tŷ'r gof", "hes older"),
        ("shes staying at Kit's on tollhouse cottage. hes older", "tollhouse cottage", "hes older"),
        ("bail conds not to enter 14 carders - back bedroom or the campus", "14 carders - back bedroom",
         "or the campus"),
        ("bail conds not to enter pen y dre or the campus", "pen y dre", "or the campus"),
        ("Patient: Sam / Address: Worsted 31, CF1 1AA / NR", "Worsted 31", "NR"),
    ],
)
def test_the_mark_of_which_flat_goes_with_the_home(text: str, address: str, kept: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    out = anonymise(text).text
    assert kept in out, out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("lives in shared house, room 2 is hers", "shared house"),
        ("the trap house flat was raided", "trap house flat"),
        ("meeting at the Town Hall room 4 then home", "room 4 then home"),
        ("hearing at Crown Court room 2 today", "room 2 today"),
        ("saw him at his mum's house b4 tea", "house b4 tea"),
        ("his phone num 07700 900123 is off", "phone num"),
        ("3/4 of the kids came, 2/1 at the door", "3/4 of the kids"),
        ("NI RW 63 79 91 B and 4 pk of crisps", "4 pk of crisps"),
        ("took 2 rm 3 at 4pm", "took 2"),
        ("she was stopping at Jo's on the weekend", "on the weekend"),
        ("bail conds not to enter the campus or the town", "not to enter the campus"),
        ("Address: Flat 12, 3 Elm Road", "Address:"),
    ],
)
def test_near_misses_stay(text: str, kept: str) -> None:
    out = anonymise(text).text
    assert kept in out, out


_STREETS = ["Felt Road", "Serge Way", "Linen Lane", "Poplin Rd", "Twill Close"]
_MARKS = [", 1/1", ", 3/2", " ff", " gf", " top flr", " (rear)", " (hmo) rm 2", " rm 5", " - back bedroom"]


@given(number=st.integers(1, 999), street=st.sampled_from(_STREETS), mark=st.sampled_from(_MARKS),
       after=st.sampled_from([" where she is placed", ". Mum rang", ", seen by SW"]))
@_SETTINGS
def test_any_mark_after_any_address_is_hidden(number: int, street: str, mark: str, after: str) -> None:
    address = f"{number} {street}{mark}"
    text = f"visited at {address}{after}"
    assert_hidden(text, text.index(address), len(address))
    assert after.strip(" ,.") in anonymise(text).text


@given(name=st.sampled_from(["Glovers", "Cordwainers", "Fletchers", "Chandlers"]),
       block=st.sampled_from(["Hall", "Lodge", "Court", "Quay", "Studios"]),
       code=st.sampled_from([" block {L} rm {n}", " {L}{n}", " rm {n}"]),
       letter=st.sampled_from("ABCD"), number=st.integers(1, 40))
@_SETTINGS
def test_any_coded_room_in_any_hall_is_hidden(name: str, block: str, code: str, letter: str, number: int) -> None:
    address = f"{name} {block}{code.format(L=letter, n=number)}"
    text = f"she moved to {address} last week"
    assert_hidden(text, text.index(address), len(address))
    assert "last week" in anonymise(text).text
