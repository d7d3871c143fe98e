"""Words beside a found name that are part of it or another person though alone they read as words: a second
person joined by "and" or chat's "n", a short given name between a role and a surname, a word before a Gaelic
surname's particle, a role's word as a surname, and a child whose age is written as "(baby)"."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("NEIGHBOUR REPORTS KIDS OLUMIDE AND TAHMID ALONE INSIDE.", ["OLUMIDE", "TAHMID"], ["ALONE INSIDE"]),
        ("staying w Yekaterina (2 Mar 2019) n Crumble, no heating", ["Yekaterina", "Crumble"], ["no heating"]),
        ("HV: Viv Aldersey 07700 900123", ["Viv Aldersey"], ["HV:"]),
        ("Social worker Ned Ashworth-Pike, 07700 900456", ["Ned"], ["Social worker"]),
        ("so Lantern Ní Dhubhghaill was upset again this morning", ["Lantern", "Dhubhghaill"], ["upset again"]),
        ("rugby coach txt: Tayshawn Nurse (u12s) had a cut lip", ["Tayshawn", "Nurse"], ["had a cut lip"]),
        ("Children present: Ivo (9), Sprout (baby)\nDASH medium.", ["Sprout"], ["DASH medium"]),
    ],
)
def test_a_word_beside_a_found_name_is_hidden(text: str, names: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(text, names, kept)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Kayla and Police attended the address.", "Police attended"),
        ("Seen Olumide and Mum at clinic.", "Mum at clinic"),
        ("Kwabena Nurse Practitioner reviewed him", "Practitioner reviewed"),
        ("moved Kadeem and NHS records across", "NHS records"),
        ("HV: The Okafors were out", "The"),
    ],
)
def test_a_word_beside_a_found_name_that_names_no_one_stays(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


@given(st.sampled_from(["Lol", "Lac", "Viv", "Ned", "Bo", "Jax"]),
       st.sampled_from(["HV:", "Social worker", "partner", "mum's partner"]))
def test_a_short_given_name_between_a_role_and_a_surname_is_hidden(given_name: str, role: str) -> None:
    out = anonymise(f"{role} {given_name} Balderstone-Quayle, 07700 900931, seen at home").text
    assert f" {given_name} " not in out
    assert "seen at home" in out
