"""A Welsh street named from the landscape, with no word for "road" ("43 Cae Mawr", "121-123 Bryn Eithin",
"7 Pen-y-Bryn"), is an address after a house number; the same words without a number, or English words
that look like them ("40 min later", "2 tai chi classes"), stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("staying with his girlfriend on 12, Cae Glas. Says he is fine", "12, Cae Glas"),
        ("LD team: Ann Lee (13/08/2004), 57-59 Bryn Gwyn, has been", "57-59 Bryn Gwyn"),
        ("currently at The Annexe, 31B Llwyn Onn, Cardiff. Household", "The Annexe, 31B Llwyn Onn"),
        ("moved to 7 Pen-y-Bryn last week", "7 Pen-y-Bryn"),
        ("lives at 3 Tan y Bwlch with nan", "3 Tan y Bwlch"),
        ("mum's new address is 22 cwm nant uchaf now", "22 cwm nant"),
        ("Address: 4 Parc y Felin Uchaf, Bangor", "4 Parc y Felin Uchaf"),
    ],
)
def test_a_numbered_welsh_street_is_hidden(text: str, address: str) -> None:
    assert_hidden(text, text.index(address), len(address))
    r = anonymise(text)
    assert any(e.type is EntityType.ADDRESS for e in r.entities), r.text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("He arrived 40 min later than agreed.", "min later"),
        ("She goes to 2 tai chi classes a week.", "tai chi"),
        ("Bryn Eithin is a lovely area, mum says.", "is a lovely area"),
        ("Had 3 pen refills and 2 tan lines.", "pen refills"),
        ("scored 3 cae then went home", "then went home"),
    ],
)
def test_lookalikes_are_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert not any(e.type is EntityType.ADDRESS for e in r.entities), r.text
    assert kept.split()[-1] in r.text


_PLACES = ["Cae", "Bryn", "Pant", "Cwm", "Llwyn", "Gerddi", "Cilgant", "Dôl", "Rhiw", "Nant", "Ystad", "Maes"]
_NAMES = ["Mawr", "Eithin", "Glas", "Onn", "Hyfryd", "y Felin", "yr Ysgol", "Derw", "Gwyn Uchaf"]


@_SETTINGS
@given(st.integers(1, 400), st.sampled_from(["", "A", "b", "-12"]), st.sampled_from(_PLACES),
       st.sampled_from(_NAMES), st.booleans(), st.sampled_from(["lives at ", "on ", "Address: ", "Complainant, "]),
       st.sampled_from([". Says", ", CF11 7TG", " with nan", "\nConcern"]))
def test_a_numbered_welsh_street_never_survives(number: int, suffix: str, place: str, name: str, comma: bool,
                                                 cue: str, tail: str) -> None:
    address = f"{number}{suffix}{',' if comma else ''} {place} {name}"
    if cue == "lives at " and "y" not in name.split()[0]:
        address = address.lower()
    text = f"{cue}{address}{tail}"
    assert_hidden(text, len(cue), len(address))
