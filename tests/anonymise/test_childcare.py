"""Nurseries and childcare settings named by the kind of care ("Oak Leaf Montessori", "Munchkins
Childcare"), while the word alone stays ("mum works in childcare")."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Oak Leaf Montessori, morning register: Blerina, Drita and Ilir", "Oak Leaf Montessori"),
        ("older sibling goes to Munchkins Childcare will review in one week", "Munchkins Childcare"),
        ("picked up from Little Acorns Day Nursery at 3", "Little Acorns Day Nursery"),
    ],
)
def test_childcare_settings_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


def test_the_word_childcare_alone_is_kept() -> None:
    r = anonymise("mum works in childcare and loves it; the creche was closed")
    assert all(e.type is not EntityType.SCHOOL for e in r.entities), r.text
