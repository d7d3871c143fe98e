"""The one check every anonymiser property test makes: no letter or digit of a secret survives; and the two views
of what was found that the example tests compare against."""

from __future__ import annotations

from dialogs.anonymise import EntityType, anonymise


def leaked(text: str, start: int, length: int) -> tuple[list[str], str]:
    """(letters and digits in text[start:start+length] that no redacted span covers, the redacted text)."""
    r = anonymise(text)
    covered = [False] * len(text)
    for e in r.entities:
        for i in range(e.start, e.end):
            covered[i] = True
    return [text[i] for i in range(start, start + length) if text[i].isalnum() and not covered[i]], r.text


def assert_hidden(text: str, start: int, length: int) -> None:
    out, redacted = leaked(text, start, length)
    assert not out, f"{text[start:start + length]!r} partly survived: {redacted!r}"


def assert_hidden_and_kept(text: str, secret: str, kept: str) -> None:
    """`secret` (its first place in `text`) is hidden whole, and the words `kept` are still readable."""
    assert_hidden(text, text.index(secret), len(secret))
    assert kept in anonymise(text).text


def assert_plate(text: str, plate: str) -> None:
    """One vehicle-registration span covers the whole of `plate` (its first occurrence in `text`)."""
    r = anonymise(text)
    start = text.index(plate)
    assert any(e.type is EntityType.VEHICLE_REG and e.start <= start and e.end >= start + len(plate)
               for e in r.entities), r.text


def assert_no_plate(text: str) -> None:
    r = anonymise(text)
    assert all(e.type is not EntityType.VEHICLE_REG for e in r.entities), r.text


def typed(text: str) -> list[tuple[str, str]]:
    """Every entity found in `text`, as (type name, text)."""
    return [(e.type.name, e.text) for e in anonymise(text).entities]


def found(text: str, kind: EntityType) -> list[str]:
    """The text of every entity of `kind` found in `text`."""
    return [e.text for e in anonymise(text).entities if e.type is kind]


def assert_hidden_as(text: str, value: str, kind: EntityType, kept: str = "") -> None:
    """`value` is found as one `kind`, is gone from the redacted text, and the words `kept` (if any) are still there."""
    out = anonymise(text).text
    assert value in found(text, kind), out
    assert value not in out, out
    assert kept in out, out


def people(text: str) -> list[str]:
    """The text of every person found in `text`."""
    return [e.text for e in anonymise(text).entities if e.type is EntityType.PERSON]


def assert_gone_and_kept(text: str, gone: list[str], kept: list[str]) -> None:
    """Each of `gone` is no longer in the redacted text, and each of `kept` still is."""
    out = anonymise(text).text
    for word in gone:
        assert word not in out, out
    for words in kept:
        assert words in out, out


def assert_one_reference(text: str, reference: str, placeholder: str) -> None:
    """`text` holds one reference, `reference`, shown as `placeholder` (which names its scheme)."""
    r = anonymise(text)
    refs = [e for e in r.entities if e.type is EntityType.REFERENCE]
    assert [e.text for e in refs] == [reference]
    assert refs[0].placeholder == placeholder
    assert placeholder in r.text
