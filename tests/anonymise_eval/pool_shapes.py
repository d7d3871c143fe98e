"""Value shapes that ``fresh4`` (and any later split) keeps in its pool file rather than in code.

Addresses, reference numbers, profile URLs and email domains come from ``pools/<split>.toml`` when the split
defines them; the earlier splits do not, so their values (and the RNG draws behind them) are unchanged.
Spoken dates are the way voice-to-text writes a date that was said aloud ("3rd of the 5th 2019").
"""

from __future__ import annotations

import random
from typing import Any

try:
    from tests.anonymise_eval import value_formats as vf
except ModuleNotFoundError:  # run as a script: this folder, not the repository root, is on sys.path
    import value_formats as vf  # type: ignore[no-redef]

# Reference schemes rarely use I, O or Q, which read as digits.
REF_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """``#`` becomes a digit, ``@`` a capital letter; everything else is kept."""
    return "".join(str(rng.randint(0, 9)) if c == "#" else rng.choice(REF_LETTERS) if c == "@" else c for c in pattern)


def reference(rng: random.Random, pool: dict[str, Any], kind: str) -> str:
    shapes: dict[str, list[str]] = pool["refs"]
    if kind and kind not in shapes:
        raise ValueError(f"no reference shape {kind!r} in this split's pool")
    return fill(rng, rng.choice(shapes[kind or rng.choice(list(shapes))]))


def address(rng: random.Random, pool: dict[str, Any], variant: str) -> str:
    shape = rng.choice(pool["flats"] if variant == "flat" else pool["addresses"])
    n = rng.randint(1, 240)
    return shape.format(
        n=n,
        a=rng.choice("abcAB"),
        m=n + 2,
        f=rng.randint(1, 30),
        g=rng.randint(1, 3),
        F=rng.choice("ABCD"),
        street=rng.choice(pool["streets"]),
        block=rng.choice(pool["blocks"]),
        house=rng.choice(pool["houses"]),
    )


def shape_extras(rng: random.Random, shape: str) -> dict[str, str]:
    """Draw the long ids a URL shape asks for (only when it asks, so handle shapes draw nothing extra)."""
    extras = {}
    if "{big}" in shape:
        extras["big"] = str(rng.randint(10**10, 10**11 - 1))
    if "{nnn}" in shape:
        extras["nnn"] = f"{rng.randint(0, 999):03d}"
    return extras


def spoken_date(rng: random.Random, lo: int, hi: int, allow_no_year: bool = False) -> str:
    y, m, d = rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28)
    month, nth = vf.MONTHS[m - 1], vf._ordinal(d)
    # A leading "the" stays in the template, outside the label, as a title does for a name.
    fmts = [f"{nth} of {month} {y}", f"{month} the {nth} {y}", f"{nth} of the {vf._ordinal(m)} {y}"]
    fmts.append(f"{nth} {month} {y}")
    if allow_no_year:
        fmts += [f"{nth} of {month}", f"{month} the {nth}", f"{nth} of {month.lower()}"]
    return rng.choice(fmts)
