"""Royal Mail's short street types after a name ("103 Tenterfield Cft", "4 Mill Ct"), a lower-case house
name and street after a place cue ("at 8 hartley mill, cobbler's row"), and a faith high school in a
lower-case note ("at cardinal heenan catholic high"); units that share the short forms stay ("50 cl")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ('staying at a flat on Top Floor Flat, 103 Tenterfield Cft with "Mouse"', "103 Tenterfield Cft",
         EntityType.ADDRESS),
        ("Moved to 4 Mill Ct last week.", "4 Mill Ct", EntityType.ADDRESS),
        ("(17-01-2002) at 8 hartley mill, cobbler's row. lives with his kids", "8 hartley mill, cobbler's row",
         EntityType.ADDRESS),
        ("crying in the toilets at cardinal heenan catholic high, says a boy", "cardinal heenan catholic high",
         EntityType.SCHOOL),
        ("goes to st mary's rc high and has no friends", "st mary's rc high", EntityType.SCHOOL),
    ],
)
def test_short_and_lower_case_places_are_hidden(text: str, secret: str, kind: EntityType) -> None:
    start = text.index(secret)
    assert_hidden(text, start, len(secret))
    assert any(e.type is kind and e.start <= start and e.end >= start + len(secret)
               for e in anonymise(text).entities)


@pytest.mark.parametrize(
    "text",
    [
        "drank 50 cl of vodka in a 20 sq m room",
        "he is catholic high on weed most days",
        "at 3 different houses over the weekend",
        "walked 2 wk ago to the shop",
    ],
)
def test_units_and_everyday_words_are_no_place(text: str) -> None:
    r = anonymise(text)
    assert all(e.type not in (EntityType.ADDRESS, EntityType.SCHOOL) for e in r.entities), r.text


@_SETTINGS
@given(st.integers(1, 999), st.sampled_from(["Tenterfield", "Mill", "Oak", "Ravens", "Low Moor", "St John's"]),
       st.sampled_from(["Cft", "Ct", "Cl", "Tce", "Gdns", "Pde", "Hts", "Mws", "CFT", "CT"]))
def test_a_numbered_street_with_a_short_type_is_hidden(number: int, name: str, abbr: str) -> None:
    street = f"{number} {name} {abbr}"
    text = f"She now lives at {street}, with her aunt."
    assert_hidden(text, text.index(street), len(street))
