"""Names in caps-lock logs and records whose surname or given name is also a word: a surname in capitals with a
bracket, a possessive or a reporting verb after it, a given name that is a word beside a surname no list has,
a label after a surname that is also a particle, a given name before a quoted nickname."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("05/12/2024 02:14 CALLER SHANOYA YAP (07700900378) AT BEDSIT 22.", "YAP"),
        ("Mother AYANTU BELAY says he is at his girlfriend's.", "BELAY"),
        ("at his girlfriend ALTHEA YAP's in town", "YAP"),
        ("Bail check 17/02/2025 21:05: ROGER BOOCOCK not at bail address", "ROGER"),
        ("Return home interview 2 February 2024: August Quiroga (10) says he stayed", "August"),
        ('Older associate Lemma "Lil Skeng" Hailu picks him up', "Lemma"),
    ],
)
def test_a_name_that_is_also_a_word_is_hidden_where_its_neighbours_say_person(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("JORDAN SMITH NEAR ASDA, CALLED POLICE", "NEAR ASDA"),
        ("JOHN WENT HOME, SAID HE WAS OK", "WENT HOME"),
        ("SEEN WITH HIM AT THE SHOPS.", "WITH HIM"),
        ('Mum "Lil" Smith said', "Mum"),
    ],
)
def test_words_after_a_name_in_capitals_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


def test_a_label_after_a_surname_that_is_also_a_particle_stays() -> None:
    out = anonymise("EX PARTNER PARTHA DAS DOB 12/05/1988 BANGING ON DOOR.").text
    assert "DAS" not in out
    assert "DOB" in out
    assert "bianco" not in anonymise("seen pieter de la bianco today").text
