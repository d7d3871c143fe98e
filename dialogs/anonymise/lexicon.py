"""Word lists shipped as package data, loaded once on first use."""

from __future__ import annotations

from functools import cache
from importlib import resources


def _load(name: str) -> frozenset[str]:
    text = resources.files("dialogs.anonymise").joinpath("data", name).read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def english_words() -> frozenset[str]:
    return _load("english_words.txt")


@cache
def first_names() -> frozenset[str]:
    return _load("first_names.txt")


@cache
def wordlike_names() -> frozenset[str]:
    return _load("wordlike_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _load("surnames.txt")


@cache
def wide_names() -> frozenset[str]:
    """Name parts from many cultures that are never everyday words: enough alone in lower case."""
    return _load("wide_names.txt")


@cache
def not_names() -> frozenset[str]:
    # A record system is never a person either: "logged on MyConcern", "Datix DTX598660".
    return _load("not_names.txt") | record_systems()


@cache
def proper_nouns() -> frozenset[str]:
    return _load("proper_nouns.txt")


@cache
def vehicle_words() -> frozenset[str]:
    return _load("vehicle_words.txt")


@cache
def vehicle_makes() -> frozenset[str]:
    return _load("vehicle_makes.txt")


@cache
def vehicle_models() -> frozenset[str]:
    """Makes and models: either is a plate cue, and neither is a person."""
    return _load("vehicle_models.txt") | vehicle_makes()


@cache
def places() -> frozenset[str]:
    return _load("uk_places.txt")


@cache
def record_systems() -> frozenset[str]:
    return _load("record_systems.txt")


@cache
def name_openers() -> frozenset[str]:
    return _load("name_openers.txt")
