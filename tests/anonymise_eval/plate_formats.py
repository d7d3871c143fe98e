"""Vehicle registration shapes for the anonymiser evaluation set: one plate function per split (see ``PLATES``).

Each function takes the split's seeded ``random.Random``; changing the order or number of draws in one changes
every split that uses it, so ``test_files_match_generator`` will catch it.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Callable
from pathlib import Path


def vrn(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choices(["cur", "old"], [8, 2])[0]
    area = "ABCDEFGHJKLMNOPRSTUVWXY"  # DVLA memory tags never start I, Q or Z
    tail_letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    if kind == "cur":
        age = rng.choice([f"{y:02d}" for y in range(2, 25)] + [str(y) for y in range(51, 75)])
        s = rng.choice(area) + rng.choice(tail_letters.replace("Z", "")) + age
        tail = "".join(rng.choice(tail_letters) for _ in range(3))
        fmt = rng.choices(["space", "nospace", "lower"], [6, 3, 1])[0]
        if fmt == "nospace":
            return s + tail
        if fmt == "lower":
            return f"{s} {tail}".lower()
        return f"{s} {tail}"
    year_letters = "ABCDEFGHJKLMNPRSTVWXY"
    letters3 = "".join(rng.choice(tail_letters) for _ in range(3))
    if rng.random() < 0.5:  # prefix format, 1983-2001: P123 ABC
        return f"{rng.choice(year_letters)}{rng.randint(1, 999)} {letters3}"
    return f"{letters3} {rng.randint(1, 999)}{rng.choice(year_letters)}"  # suffix format: ABC 123D


def vrn_fresh(rng: random.Random, kind: str = "") -> str:
    """FRESH plate shapes: current GB format, Northern Ireland format, and dateless/Q plates."""
    kind = kind or rng.choices(["cur", "ni", "old"], [6, 3, 1])[0]
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    if kind == "cur":
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        age = f"{rng.choice([y for y in range(5, 25)] + [y for y in range(55, 75)]):02d}"
        tail = "".join(rng.choice(letters) for _ in range(3))
        fmt = rng.choices(["space", "nospace", "lower"], [5, 3, 2])[0]
        if fmt == "nospace":
            return area + age + tail
        if fmt == "lower":
            return f"{area}{age} {tail}".lower()
        return f"{area}{age} {tail}"
    if kind == "ni":  # Northern Ireland: three letters containing I or Z, then up to four digits
        code = rng.choice("ABCDEFGHJKLMNOPRSTUVWXY") + rng.choice(["IA", "IJ", "UI", "XZ", "AZ", "JZ", "EZ", "FZ"])
        num = rng.randint(1, 9999)
        return rng.choice([f"{code} {num}", f"{code}{num}", f"{code} {num}".lower()])
    return rng.choice(
        [
            f"Q{rng.randint(1, 999)} {''.join(rng.choice(letters) for _ in range(3))}",
            f"{''.join(rng.choice(letters) for _ in range(3))} "
            f"{rng.randint(1, 999)}{rng.choice('ABCDEFGHJKLMNPRSTVWXY')}",
        ]
    )


Weights = tuple[int, ...]  # relative weights for rng.choices

# The two-letter Northern Ireland county/area codes, each containing I or Z.
# fmt: off
NI_PLATE_CODES = [
    "AZ", "BZ", "CZ", "DZ", "EZ", "FZ", "GZ", "HZ", "IA", "IB", "IG", "IJ", "IL", "IW", "JI", "JZ",
    "KZ", "LZ", "MZ", "NZ", "OI", "OZ", "PZ", "RZ", "SZ", "TZ", "UI", "UZ", "WZ", "XI", "XZ", "YZ",
]
# fmt: on


def vrn_fresh2(rng: random.Random, kind: str = "") -> str:
    """FRESH2 plate shapes: every format in UK use.

    cur (AB12 CDE, 2001-), prefix (A123 BCD, 1983-2001), suffix (ABC 123D, 1963-83), ni (Northern Ireland,
    ABZ 1234), dateless (1234 AB, ABC 123, 12 ABC) and q (Q123 ABC, vehicles of undetermined age).
    """
    kind = kind or rng.choices(["cur", "prefix", "suffix", "ni", "dateless", "q"], [6, 2, 2, 2, 1, 1])[0]
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    year_letters = "ABCDEFGHJKLMNPRSTVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    case = rng.choices(["upper", "nospace", "lower"], [6, 2, 2])[0]

    def typed(a: str, b: str) -> str:
        if case == "nospace":
            return a + b
        if case == "lower":
            return f"{a} {b}".lower()
        return f"{a} {b}"

    if kind == "cur":
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        age = f"{rng.choice(list(range(2, 26)) + list(range(51, 76))):02d}"
        return typed(area + age, three)
    if kind == "prefix":
        return typed(f"{rng.choice(year_letters)}{rng.randint(1, 999)}", three)
    if kind == "suffix":
        return typed(three, f"{rng.randint(1, 999)}{rng.choice(year_letters)}")
    if kind == "ni":  # Northern Ireland: a letter, a two-letter code containing I or Z, one to four digits
        code = rng.choice("ABCDEFGHJKLMNOPRSTUVWXY") + rng.choice(NI_PLATE_CODES)
        return typed(code, str(rng.randint(1, 9999)))
    if kind == "dateless":
        two = "".join(rng.choice(letters) for _ in range(2))
        return rng.choice(
            [
                typed(str(rng.randint(1, 9999)), two),
                typed(three, str(rng.randint(1, 999))),
                typed(str(rng.randint(1, 999)), three),
            ]
        )
    return typed(f"Q{rng.randint(1, 999)}", three)


def vrn_fresh3(rng: random.Random, kind: str = "") -> str:
    """FRESH3 plate shapes: every UK format, each typed spaced, run together, in lower case or both.

    cur (AB12 CDE), prefix (A123 BCD), suffix (ABC 123D), ni (Northern Ireland ABZ 1234), dateless
    (1234 AB, AB 1234, ABC 12, 123 ABC) and q (Q123 ABC).
    """
    kind = kind or rng.choices(["cur", "prefix", "suffix", "ni", "dateless", "q"], [7, 2, 2, 2, 1, 1])[0]
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"  # I and Q never appear in the random letters
    year_letters = "ABCDEFGHJKLMNPRSTVWXY"
    three = "".join(rng.choice(letters) for _ in range(3))
    case = rng.choices(["upper", "nospace", "lower", "lower_nospace"], [5, 2, 2, 1])[0]

    def typed(a: str, b: str) -> str:
        s = a + b if case.endswith("nospace") else f"{a} {b}"
        return s.lower() if case.startswith("lower") else s

    if kind == "cur":
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        age = f"{rng.choice(list(range(2, 26)) + list(range(51, 76))):02d}"
        return typed(area + age, three)
    if kind == "prefix":
        return typed(f"{rng.choice(year_letters)}{rng.randint(1, 999)}", three)
    if kind == "suffix":
        return typed(three, f"{rng.randint(1, 999)}{rng.choice(year_letters)}")
    if kind == "ni":
        return typed(rng.choice(letters) + rng.choice(NI_PLATE_CODES), str(rng.randint(1, 9999)))
    if kind == "dateless":
        two = three[:2]
        return rng.choice(
            [
                typed(str(rng.randint(1, 9999)), two),
                typed(two, str(rng.randint(1, 9999))),
                typed(three, str(rng.randint(1, 99))),
                typed(str(rng.randint(1, 999)), three),
            ]
        )
    return typed(f"Q{rng.randint(1, 999)}", three)


def vrn_fresh4(
    rng: random.Random, kind: str = "", kinds: Weights = (6, 2, 2, 2, 2, 1), styles: Weights = (5, 2, 2, 2, 1)
) -> str:
    """FRESH4 plate shapes: every UK format, typed with the usual space, run together, in lower case, or with a
    space at every letter/digit break ("AB 12 CDE", "Q 12 ABC"), as people read a plate aloud.

    Dateless plates run from one letter and one digit ("K 1") to three letters and four digits.
    """
    kind = kind or rng.choices(["cur", "prefix", "suffix", "ni", "dateless", "q"], kinds)[0]
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    year_letter = rng.choice("ABCDEFGHJKLMNPRSTVWXY")
    three = "".join(rng.choice(letters) for _ in range(3))
    num = str(rng.randint(1, 999))
    style = rng.choices(["upper", "nospace", "lower", "wide", "lower_nospace"], styles)[0]
    # Each plate is two groups (either side of the usual space), each made of letter and digit runs.
    groups: list[list[str]]
    if kind == "cur":
        area = rng.choice("ABCDEFGHKLMNOPRSVWY") + rng.choice("ABCDEFGHJKLMNOPRSTUVWXY")
        groups = [[area, f"{rng.choice(list(range(2, 27)) + list(range(51, 77))):02d}"], [three]]
    elif kind == "prefix":
        groups = [[year_letter, num], [three]]
    elif kind == "suffix":
        groups = [[three], [num, year_letter]]
    elif kind == "ni":
        groups = [[rng.choice(letters) + rng.choice(NI_PLATE_CODES)], [str(rng.randint(1, 9999))]]
    elif kind == "dateless":
        lead, digits = three[: rng.randint(1, 3)], str(rng.randint(1, 9999))
        groups = [[lead], [digits]] if rng.random() < 0.5 else [[digits], [lead]]
    else:
        groups = [["Q", num], [three]]
    if style == "wide":
        return " ".join(part for g in groups for part in g)
    s = ("" if style.endswith("nospace") else " ").join("".join(g) for g in groups)
    return s.lower() if style.startswith("lower") else s


def _mix(kinds: Weights, styles: Weights) -> Callable[[random.Random, str], str]:
    def plate(rng: random.Random, kind: str = "") -> str:
        return vrn_fresh4(rng, kind, kinds, styles)

    return plate


# Plate shapes per split; dev and held-out share the original mix; fresh5 to fresh8 reuse fresh4's, with new draws;
# fresh9 on draw fresh4's shapes in each split's own mix (plate_mixes.toml).
PLATES = {"dev": vrn, "heldout": vrn, "fresh": vrn_fresh, "fresh2": vrn_fresh2, "fresh3": vrn_fresh3}
PLATES |= {split: vrn_fresh4 for split in ("fresh4", "fresh5", "fresh6", "fresh7", "fresh8")}
with (Path(__file__).resolve().parent / "plate_mixes.toml").open("rb") as _fh:
    PLATES |= {split: _mix(tuple(m["kinds"]), tuple(m["styles"])) for split, m in tomllib.load(_fh).items()}
