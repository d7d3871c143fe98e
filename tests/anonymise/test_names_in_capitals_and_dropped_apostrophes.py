"""A given name in capitals that is also a word, before a surname in capitals and a date of birth
("MAVERICK KETTLEWELL, 2/2/46"); the possessive of a lower-case name with its apostrophe dropped ("ayens
new no"), which keeps the name's placeholder; form labels and compounds of everyday words that are no
names ("Referrer:", "nurse drop-in")."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ambulance crew referral: BRAVE OYELARAN, 2/2/46, found on the floor", "BRAVE OYELARAN"),
        ("Custody record: HUNTER MCALINDEN (14/03/2001) arrested", "HUNTER MCALINDEN"),
    ],
)
def test_a_word_given_name_in_capitals_before_a_surname_and_birth_date_is_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["URGENT OYELARAN, 2/2/46, found", "MISSING OYELARAN (2/2/46)"])
def test_a_heading_word_in_capitals_before_the_name_stays(text: str) -> None:
    assert text.split()[0] in anonymise(text).text


def test_a_possessive_without_its_apostrophe_is_hidden_with_the_same_placeholder() -> None:
    text = "visit - nyakuoth deng at home, her ex is back. nyakuoths new no 07700900396"
    r = anonymise(text)
    assert "nyakuoth" not in r.text
    assert r.text.count("Adult 1") == 2, r.text


@pytest.mark.parametrize("text", ["Referrer: Tomasz Nowak, Headteacher", "School nurse drop-in: Tomasz (4) seen"])
def test_form_labels_and_everyday_compounds_are_no_names(text: str) -> None:
    r = anonymise(text)
    assert text.split(":")[0] in r.text
    assert "Tomasz" not in r.text
