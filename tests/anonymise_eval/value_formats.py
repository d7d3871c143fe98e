"""Value formats for the anonymiser evaluation set: NHS/NI numbers, postcodes, phones, dates, refs.

Shared by every split (the plate shapes, which differ per split, are in ``plate_formats.py``).  Each function
takes the split's seeded ``random.Random``; changing the order or number of draws in a function changes every
split that uses it, so ``test_files_match_generator`` will catch it.
"""

from __future__ import annotations

import random
import unicodedata


def _l(s: str) -> list[str]:
    return [x.strip() for x in s.split(",") if x.strip()]


OUTWARD = _l(
    "LS9, LS11, BD3, M14, M8, B23, B10, SW9, SE15, E17, N17, NW10, W12, EC1V, WC2H, CF24, CF11, G41, "
    "G51, EH7, BS5, NE6, L8, S2, NG7, LE2, DE23, PR1, HU3, SR4, TS3, ST4, CV1, OL11, BB1, WF1, HD1, "
    "SA1, AB24, DD4, BT12, PL1, EX4, NR3, IP3, LU1, MK9"
)
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"  # Royal Mail never uses C I K M O V in the inward code.

MONTHS = _l("January, February, March, April, May, June, July, August, September, October, November, December")


def fold_ascii(s: str) -> str:
    """Fold accents and drop punctuation, as people do when making emails and handles."""
    s = unicodedata.normalize("NFKD", s).replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def _ordinal(d: int) -> str:
    if 11 <= d % 100 <= 13:
        return f"{d}th"
    return f"{d}" + {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def nhs_number(rng: random.Random) -> str:
    """Random 10-digit NHS number with a valid modulus-11 check digit (check 10 is never issued)."""
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        if digits[0] == 0:
            continue
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check)
        fmt = rng.choices(["space", "plain", "dash"], [5, 3, 2])[0]
        if fmt == "space":
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        if fmt == "dash":
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"
        return s


def valid_nhs(s: str) -> bool:
    digits = [int(c) for c in s if c.isdigit()]
    if len(digits) != 10:
        return False
    total = sum(d * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == digits[9]


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIQUVO")
NI_BAD_PAIRS = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def valid_ni_prefix(p: str) -> bool:
    return p[0] not in NI_BAD_FIRST and p[1] not in NI_BAD_SECOND and p not in NI_BAD_PAIRS


def ni_number(rng: random.Random) -> str:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    while True:
        prefix = rng.choice(letters) + rng.choice(letters)
        if valid_ni_prefix(prefix):
            break
    num = f"{rng.randint(0, 999999):06d}"
    suffix = rng.choice("ABCD")
    fmt = rng.choices(["pairs", "plain", "mid", "lower"], [4, 3, 2, 1])[0]
    if fmt == "pairs":
        return f"{prefix} {num[:2]} {num[2:4]} {num[4:]} {suffix}"
    if fmt == "mid":
        return f"{prefix} {num} {suffix}"
    if fmt == "lower":
        return f"{prefix}{num}{suffix}".lower()
    return f"{prefix}{num}{suffix}"


def postcode(rng: random.Random) -> str:
    inward = f"{rng.randint(0, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    out = rng.choice(OUTWARD)
    fmt = rng.choices(["space", "nospace", "lower"], [7, 2, 2])[0]
    if fmt == "nospace":
        return out + inward
    if fmt == "lower":
        return f"{out} {inward}".lower()
    return f"{out} {inward}"


def phone(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choices(["drama_mob", "mob", "drama_land", "land"], [3, 4, 2, 2])[0]
    if kind == "mob":
        kind = rng.choice(["drama_mob", "mob", "mob"])
    if kind == "land":
        kind = rng.choice(["drama_land", "real_land"])
    if kind == "drama_mob":
        tail = f"{rng.randint(0, 999):03d}"
        return rng.choice(
            [
                f"07700 900{tail}",
                f"07700900{tail}",
                f"+44 7700 900{tail}",
                f"+447700900{tail}",
                f"07700-900-{tail}",
            ]
        )
    if kind == "mob":
        body = f"7{rng.choice('45789')}{rng.randint(0, 99999999):08d}"
        return rng.choice(
            [
                f"0{body[:4]} {body[4:]}",
                f"0{body}",
                f"+44 {body[:4]} {body[4:]}",
                f"0{body[:4]} {body[4:7]} {body[7:]}",
                f"+44 (0){body[:4]} {body[4:]}",
                f"+44{body}",
            ]
        )
    if kind == "drama_land":
        tail = f"{rng.randint(0, 999):03d}"
        return rng.choice(
            [
                f"0113 496 0{tail}",
                f"0161 496 0{tail}",
                f"020 7946 0{tail}",
                f"0117 496 0{tail}",
                f"01632 960{tail}",
                f"029 2018 0{tail}",
                f"0131 496 0{tail}",
                f"0141 496 0{tail}",
                f"028 9649 6{tail}",
                f"01134960{tail}",
            ]
        )
    # Real-looking geographic numbers with plausible area codes.
    n = rng.randint(0, 9999)
    return rng.choice(
        [
            f"0114 273 {n:04d}",
            f"(0113) 245{n:04d}",
            f"020 8{rng.randint(100, 999)} {n:04d}",
            f"01274 {rng.randint(100000, 999999)}",
            f"01225 {rng.randint(100000, 999999)}",
            f"0151 {rng.randint(200, 799)} {n:04d}",
        ]
    )


def a_date(rng: random.Random, lo: int, hi: int, allow_no_year: bool = False) -> str:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    month = MONTHS[m - 1]
    fmts = [
        (f"{d:02d}/{m:02d}/{y}", 5),
        (f"{d}/{m}/{y % 100:02d}", 3),
        (f"{d:02d}.{m:02d}.{y}", 1),
        (f"{d:02d}-{m:02d}-{y}", 1),
        (f"{y}-{m:02d}-{d:02d}", 1),
        (f"{_ordinal(d)} {month} {y}", 3),
        (f"{d} {month[:3]} {y}", 2),
        (f"{month} {d}, {y}", 1),
        (f"{d} {month} {y}", 2),
        (f"{_ordinal(d)} {month.lower()} {y}", 1),
    ]
    if allow_no_year:
        fmts += [(f"{_ordinal(d)} {month}", 3), (f"{d}/{m}", 1), (f"{month} {y}", 1), (f"{d} {month[:3]}", 1)]
    return rng.choices([f for f, _ in fmts], [w for _, w in fmts])[0]


def reference(rng: random.Random, kind: str = "") -> str:
    r = rng.randint
    pnc_year = r(90, 99) if rng.random() < 0.3 else r(0, 24)
    options: dict[str, list[str]] = {
        "cs": [f"CS-{r(2019, 2025)}-{r(0, 999999):06d}", f"CS/{r(19, 25)}/{r(1000, 99999):05d}"],
        "lcs": [f"{r(1000000, 9999999)}"],
        "mosaic": [f"{r(100000, 9999999)}"],
        "mash": [f"MASH-{r(19, 25)}-{r(100, 9999):04d}", f"M{r(19, 25)}{r(1000, 99999)}"],
        "crime": [
            f"{r(1, 60):02d}/{r(10000, 99999)}/{r(19, 25)}",
            f"{r(10, 99)}{r(190000000, 259999999)}",
            f"CRI{r(100000, 999999)}",
        ],
        "incident": [f"{r(20, 25)}{r(1, 12):02d}{r(1, 28):02d}-{r(1, 9999):04d}", f"INC-{r(10000, 99999)}"],
        "housing": [
            f"TEN/{r(0, 99999):06d}",
            f"HSG-{r(10000, 99999)}",
            f"ASB/{r(2019, 2025)}/{r(1, 999):03d}",
        ],
        "school": [f"SG-{r(100, 9999):04d}", f"CPOMS{r(10000, 99999)}"],
        "ho": [
            f"{rng.choice('SHBM')}{r(1000000, 9999999)}",
            f"{rng.choice('SHBM')}{r(1000, 9999)}-{r(100, 999)}",
        ],
        "adult": [f"ASC-{r(100000, 999999)}", f"AS/{r(2019, 2025)}/{r(1, 99999):05d}"],
        "lado": [f"LADO/{r(19, 25)}/{r(1, 999):03d}"],
        "pnc": [f"{pnc_year:02d}/{r(100000, 9999999)}{rng.choice('ABCDEFGHJK')}"],
        "court": [f"{rng.choice(['LS', 'MA', 'BM', 'ZW', 'CF', 'NE'])}{r(19, 25)}C{r(1, 999):05d}"],
        "eh": [f"EH-{r(1, 999999):06d}", f"EH{r(10000, 99999)}"],
    }
    kind = kind or rng.choice(list(options))
    return rng.choice(options[kind])
