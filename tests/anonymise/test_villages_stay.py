"""A village that no list knows, named after "in", "to" or "from" and ending its clause, stays readable: a town
alone names no one, and advisers need the local picture. A person with the same shape is still hidden where a
surname, a colon or a possessive follows."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import people


@pytest.mark.parametrize(
    ("text", "village"),
    [
        ("offered her a lift from the bus stop in Trimingham. she is in care now", "Trimingham"),
        ("my date of birth is the 18th of June 2022 our GP is in Porthdinllaen", "Porthdinllaen"),
        ("dad says they're off to Portreath next wk, mum not happy", "Portreath"),
        ("on a mates sofa in Shandwick, fled her ex at the weekend", "Shandwick"),
        ("he moved to Winterton-on-Sea last year", "Winterton-on-Sea"),
        ("mum and the kids went to her sister's in Dennistoun after the landlord changed the locks", "Dennistoun"),
        ("her mum rang from Collyhurst on the landline", "Collyhurst"),
        ("last seen 7th May in Levenshulme with friends", "Levenshulme"),
    ],
)
def test_a_village_after_a_place_word_stays(text: str, village: str) -> None:
    assert village in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("voice note from Uton: hi it's me just left the flat", "Uton"),
        ("Wants the grant paid into Lenworth Maragh's account.", "Lenworth Maragh"),
        ("Home-Start referral - from Trevelyan Roskilly", "Trevelyan Roskilly"),
    ],
)
def test_a_person_shaped_like_a_place_is_still_hidden(text: str, name: str) -> None:
    assert name in people(text)
