"""References named by the record system they sit in ("CPOMS: 42971", "LADO 0797", "EHM 567890"), by an
acronym the rules have never seen, and after a court order in brackets ("court order (7420/26)")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words
from tests.anonymise import strategies as ids
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Parent/carer: Omolara Akinola\nCPOMS: 42971\nConcern: head lice", "42971"),
        ("uncles snap is soh.sikd_9. on cpoms 37872", "37872"),
        ("LADO 0797: allegation that a youth worker", "0797"),
        ("EHM 567890 opened last week", "567890"),
        ("he is barred by court order (7420/26). He got in", "7420/26"),
        ("Logged on QRVX: 04036 by the DSL", "04036"),
    ],
)
def test_record_numbers_after_a_system_name_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    "text",
    [
        "The CSPR 2024 annual report was shared with the panel.",
        "SHE HAS 1234 FOLLOWERS AND WANTS MORE",
        "Paid GBP 1500 for the flight.",
    ],
)
def test_years_amounts_and_shouted_words_before_a_number_are_kept(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.REFERENCE for e in r.entities), r.text


@_SETTINGS
@given(ids.surrounding, st.text(alphabet="ABCDEFGHJKLMNPRSTUVWXYZ", min_size=3, max_size=6),
       st.sampled_from([" ", ": ", " no. ", " #"]), st.integers(10000, 99999999), ids.separators, ids.surrounding)
def test_an_unknown_system_acronym_before_a_long_number_hides_it(
    before: str, acronym: str, sep: str, number: int, sep2: str, after: str
) -> None:
    assume(acronym.lower() not in english_words())
    head = before + "\n" + acronym + sep
    assert_hidden(head + str(number) + sep2 + after, len(head), len(str(number)))
