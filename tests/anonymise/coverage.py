"""The one check every anonymiser property test makes: no letter or digit of a secret survives."""

from __future__ import annotations

from dialogs.anonymise import anonymise


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
