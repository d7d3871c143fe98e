"""A word-name written once in full ("Sunrise Okonjo") is spread to its later bare uses, even with a weak cue
("messaging Sunrise on snapchat"); lower-case and determiner uses of the word stay readable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from dialogs.anonymise.name_full import full_name
from tests.anonymise.coverage import assert_hidden


def test_bare_later_use_with_weak_cue_is_hidden() -> None:
    text = ("voice note: it's Mel um Sunrise Okonjo in year 6 told me a man off facebook is "
            "messaging Sunrise on snapchat as well, mum aware")
    i = text.rindex("Sunrise")
    assert_hidden(text, i, len("Sunrise"))
    assert "on snapchat as well, mum aware" in anonymise(text).text


def test_everyday_uses_of_the_word_stay_readable() -> None:
    text = ("visit: Sunny Okafor-Bright seen at home with mum. It was sunny so we walked to the park; "
            "she said the Sunny Days club is full.")
    out = anonymise(text).text
    assert "It was sunny so we walked to the park" in out
    assert "the Sunny Days club" in out


def test_full_name_shapes() -> None:
    assert full_name(["Sunrise", "Okonjo"])
    assert full_name(["Meadow", "Smith"])
    assert not full_name(["Extra", "Care"])
    assert not full_name(["Sunrise"])
    assert not full_name(["OKONJO", "Sunrise"])
    assert not full_name(["Ward", "7"])


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Sunrise", "Legacy"]),
       st.sampled_from(["Okonkwo", "Szczepanik", "Ghebreyesus", "Adeyemi", "Vukovic"]))
def test_bare_use_after_full_name_property(given_name: str, surname: str) -> None:
    text = (f"voice note: it's Mel um {given_name} {surname} in year 6 told me a man off facebook is "
            f"messaging {given_name} on snapchat as well")
    i = text.rindex(given_name)
    assert_hidden(text, i, len(given_name))
