"""Names found by their shape: particle surnames, form field labels, initials standing for a name,
quoted nicknames, names before a date of birth in lower case or capitals."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Many thanks\nRodrigo de la Peña\nDesignated Safeguarding Lead", "Rodrigo de la Peña"),
        ("Tenant is Pieter van der Berg; a woman lives there too.", "Pieter van der Berg"),
        ("2 kids at home w/ his mum giulia lo bianco at 210 pollokshaws road.", "giulia lo bianco"),
        ("crisis team handover - Hamdan bin Rashid (01/09/1987) seen at home", "Hamdan bin Rashid"),
        ("dom care - mr lo bianco (24) at 223 lister lane had no meds", "lo bianco"),
        ("Alleged: niece takes his pension.\nAdvocate: A. Sheikh", "A. Sheikh"),
        ("Child: Marigold\nSchool: Oakfield Primary", "Marigold"),
        ("GP: Dr Okafor, Elm Surgery", "Okafor"),
        ("an older lad, known only as A. P., handed it to him", "A. P."),
        ("09:40 HV E.B. says baby has missed 2 weighs", "E.B."),
        ('At the gate she said he was "Zed, mummy\'s friend".', "Zed"),
        ('Boyfriend is "Smudge", 19, who she met online.', "Smudge"),
        ("Says Big Tel (real name withheld) makes him hold bags", "Big Tel"),
        ("custody - thanawat srisuk dob 14 May 1987 in for breach", "thanawat srisuk"),
        ("PHARMACY NOTE: REGINALD ODDIE, DOB 1983-01-02, COLLECTED", "REGINALD ODDIE"),
    ],
)
def test_names_of_these_shapes_are_hidden(text: str, secret: str) -> None:
    assert_hidden(text, text.index(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Father: Unknown\nSchool: Oakfield Primary", "Unknown"),
        ("Carer: Foster carer to be found", "Foster"),
        ("Seen at 9 a.m. by the nurse, e.g. for a check.", "e.g."),
        ("She was in a la carte restaurant with de la mode friends.", "la mode"),
        ("Her friend is \"Great\" at maths.", "Great"),
        ("The form asks for his dob and address.", "form asks"),
    ],
)
def test_ordinary_words_of_the_same_shape_are_kept(text: str, kept: str) -> None:
    r = anonymise(text)
    assert kept in r.text, r.text


_GIVEN = ["Rodrigo", "Analyn", "Pieter", "Hamdan", "Latifa", "Giulia", "Rosalinda", "Maria"]
_PARTICLES = ["de la", "van der", "bin", "binti", "lo", "di", "van", "de", "al", "dos"]
_SURNAMES = ["Peña", "Berg", "Rashid", "Bianco", "Cruz", "Santos", "Hassan", "Rossi"]


@_SETTINGS
@given(st.sampled_from(_GIVEN), st.sampled_from(_PARTICLES), st.sampled_from(_SURNAMES), st.booleans(),
       st.sampled_from(["Tenant is ", "Referred by ", "Dad is ", "Mum "]),
       st.sampled_from([" (34) was seen.", ", who rang today.", ".", " said no."]))
def test_a_particle_surname_never_survives(given_name: str, particle: str, surname: str, lower: bool,
                                           before: str, after: str) -> None:
    # In lower case only a word that is not English says it is a name ("lo bianco", not "de la berg").
    assume(not (lower and surname == "Berg"))
    name = f"{given_name} {particle} {surname}"
    if lower:
        name, before = name.lower(), before.lower()
    text = f"{before}{name}{after}"
    assert_hidden(text, len(before), len(name))


_LABELS = ["Name", "Child", "Mother", "Father", "Carer", "Referrer", "GP", "Advocate", "Tenant"]


@_SETTINGS
@given(st.sampled_from(_LABELS), st.sampled_from("ABCDEFGHJKLMNPRST"), st.sampled_from(_SURNAMES + _GIVEN),
       st.booleans())
def test_a_labelled_name_never_survives(label: str, initial: str, word: str, dotted: bool) -> None:
    value = f"{initial}. {word}" if dotted else word
    text = f"Referral form\n{label}: {value}\nNext line"
    assert_hidden(text, text.index(value), len(value))
    assert any(e.type is EntityType.PERSON for e in anonymise(text).entities)
