"""Initials listed as who attended a meeting, with or without their dots, when the list has dotted ones."""

from __future__ import annotations

from dialogs.anonymise import anonymise


def _people(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type.name == "PERSON"]


def test_bare_and_dotted_initials_in_a_present_list_are_hidden() -> None:
    text = "Trustees meeting 3 March\nPresent: KB (chair), J.M., T.W.\nItem 1: new volunteers"
    assert {"KB", "J.M.", "T.W."} <= set(_people(text))
    assert "Item 1: new volunteers" in anonymise(text).text


def test_apologies_are_people_too() -> None:
    text = "Apologies: A.D., HS\nMinutes agreed."
    assert {"A.D.", "HS"} <= set(_people(text))


def test_a_list_of_roles_stays_readable() -> None:
    text = "Present: SW, DSL, GP, police\nAgreed next steps."
    assert anonymise(text).text == text


def test_capitals_elsewhere_in_the_minutes_stay() -> None:
    out = anonymise("Present: P.K., L.M.\nThe CWO will ring the FA about the U14s.").text
    assert "The CWO will ring the FA about the U14s." in out
