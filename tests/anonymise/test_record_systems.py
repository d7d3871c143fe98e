"""References named by the record system they sit in ("CPOMS: 42971", "LADO 0797", "EHM 567890"), by an
acronym the rules have never seen, after a court order in brackets ("court order (7420/26)"), with the
system's prefix after a cue word ("log CAD 3011") and a police log's day ("log 0871 12/03/25")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words, record_systems
from dialogs.anonymise.references import NOT_SYSTEMS
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
    # Units, currencies, time zones and other identifiers' cues ("BST 10000", "GBP 25000") are known, not unknown.
    assume(acronym.lower() not in english_words() and acronym.lower() not in NOT_SYSTEMS)
    head = before + "\n" + acronym + sep
    assert_hidden(head + str(number) + sep2 + after, len(head), len(str(number)))


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Neighbour dispute log CAD 3011. Caller says", "CAD 3011"),
        ("She later told police. Incident INC 5269. His car", "INC 5269"),
        ("Reported missing to police, log 0871 81/06/25.", "0871 81/06/25"),
        ("crime ref CRM 2044, officer attended", "CRM 2044"),
    ],
)
def test_a_system_prefix_and_a_log_day_are_part_of_the_reference(text: str, secret: str) -> None:
    r = anonymise(text)
    start = text.index(secret)
    assert any(e.type is EntityType.REFERENCE and e.start <= start and e.end >= start + len(secret)
               for e in r.entities), r.text


@pytest.mark.parametrize("text", ["patient NHS 943 476 5919 seen today", "case DOB 12345 mix-up"])
def test_other_identifiers_words_are_no_system_prefix(text: str) -> None:
    word = text.split()[1]
    assert word in anonymise(text).text


@_SETTINGS
@given(
    st.sampled_from(["log", "Incident", "crime", "ref", "case"]),
    st.text("ABCDEFGHJKLMNPRSTWXYZ", min_size=2, max_size=4),
    st.integers(1000, 999999),
    st.sampled_from(["", " 12/03/25", " 81/06/25"]),
    ids.separators,
    ids.surrounding,
)
def test_cue_prefix_and_number_never_survive(cue: str, code: str, number: int, day: str, sep: str,
                                            after: str) -> None:
    # The acronyms that are never a system's prefix (currencies, time zones, months: "log APR 1000").
    assume(code.lower() not in NOT_SYSTEMS)
    # "NR" and "REF" label the number rather than name a system ("log nr 1000" is "log number 1000"): the
    # number after them is hidden and the label stays, as "no" does.
    assume(code not in {"NR", "REF"})
    secret = f"{code} {number}{day}"
    text = f"Reported to police, {cue} {secret}{sep}{after}"
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "system", "number"),
    [
        ("Tiegan Greenough has logged it on MyConcern, MC-19420. She is in Year 10.", "MyConcern", "19420"),
        ("Keyworker Pavel Horvath. Datix DTX598660 raised after he turned up.", "Datix", "598660"),
        ("not told until the morning. Datix DTX209659.", "Datix", "209659"),
        ("Logged on CPOMS and SystmOne, ref 4471902.", "SystmOne", "4471902"),
    ],
)
def test_a_record_system_stays_and_its_number_is_hidden(text: str, system: str, number: str) -> None:
    r = anonymise(text)
    assert system in r.text and number not in r.text, r.text


@_SETTINGS
@given(st.sampled_from(sorted(record_systems())), st.integers(10000, 9999999))
def test_a_record_system_is_never_a_person(system: str, number: int) -> None:
    name = system.capitalize()
    text = f"Concern logged by the DSL on {name}. {name} ref {number} was raised after the call."
    r = anonymise(text)
    assert all(e.type is not EntityType.PERSON for e in r.entities), r.text
    assert str(number) not in r.text
