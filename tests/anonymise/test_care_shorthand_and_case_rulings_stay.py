"""Care shorthand a note types like a name (a residential home, a deprivation of liberty, the ePEP, a Duke of
Edinburgh expedition, fostering's Form Fs, a job title's last word, "gettin") and rulings named after a case
("Merton compliant") stay readable; the people beside them are still hidden."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "kept", "names"),
    [
        ("Kayana Ferron from the resi at Flat 5, Kaolin Court, came with key", ["from the resi at"],
         ["Kayana Ferron"]),
        ("COP application (DoL, 17) - Lleini Knill", ["COP application (DoL, 17)"], ["Lleini Knill"]),
        ("his placement is at the farm. ePEP updated", ["ePEP updated"], []),
        ("dofe exped leader txt 21:15 - tamsir back at camp", ["dofe exped leader txt"], ["tamsir"]),
        ("panel is quorate for thursday, three Form Fs and one review", ["three Form Fs and one review"], []),
        ("Yours sincerely / Karleigh Degg / CAMHS Clinical Nurse Specialist", ["CAMHS Clinical Nurse Specialist"],
         ["Karleigh Degg"]),
        ("last seen gettin into a car near the park", ["last seen gettin into a car"], []),
        ("AGE ASSESSMENT (Merton compliant) / YP: Lợi Cù / Claimed", ["(Merton compliant)"], ["Lợi Cù"]),
        ("she is Gillick competent and Fraser guidelines were met", ["Gillick competent", "Fraser guidelines"], []),
    ],
)
def test_care_shorthand_stays_and_people_beside_it_go(text: str, kept: list[str], names: list[str]) -> None:
    out = anonymise(text).text
    for words in kept:
        assert words in out
    for name in names:
        assert name not in out


def test_a_name_before_compliant_with_stays_hidden() -> None:
    out = anonymise("Dorota Wiśniewska compliant with meds today").text
    assert "Dorota" not in out
    assert "compliant with meds today" in out
