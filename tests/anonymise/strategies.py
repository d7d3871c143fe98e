"""Hypothesis strategies that write UK identifiers in every format the anonymiser supports."""

from __future__ import annotations

import string

from hypothesis import strategies as st

DIGITS = string.digits
UPPER = string.ascii_uppercase


def _nhs_check(nine: str) -> int | None:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    return None if check == 10 else (0 if check == 11 else check)


@st.composite
def nhs_numbers(draw: st.DrawFn) -> str:
    nine = draw(st.text(DIGITS, min_size=9, max_size=9))
    check = _nhs_check(nine)
    if check is None:
        nine = "943476591"  # a known-good stem: the strategy must always yield a valid number
        check = 9
    d = nine + str(check)
    sep = draw(st.sampled_from(["", " ", "-"]))
    return f"{d[:3]}{sep}{d[3:6]}{sep}{d[6:]}"


_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NINO_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


@st.composite
def ni_numbers(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(_NINO_FIRST)) + draw(st.sampled_from(_NINO_SECOND))
    if prefix in _NINO_BAD:
        prefix = "AB"
    digits = draw(st.text(DIGITS, min_size=6, max_size=6))
    suffix = draw(st.sampled_from("ABCD"))
    style = draw(st.sampled_from(["compact", "spaced", "lower"]))
    if style == "spaced":
        return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"
    nino = f"{prefix}{digits}{suffix}"
    return nino.lower() if style == "lower" else nino


@st.composite
def postcodes(draw: st.DrawFn) -> str:
    area = draw(st.text(UPPER, min_size=1, max_size=2))
    district = draw(st.sampled_from(["9", "99", "9A"])).replace("9", draw(st.sampled_from(DIGITS[1:])))
    district = district.replace("A", draw(st.sampled_from("ABCDEFGHJKMNPRSTUVWXY")))
    inward = draw(st.sampled_from(DIGITS)) + draw(st.text("ABDEFGHJLNPQRSTUWXYZ", min_size=2, max_size=2))
    code = f"{area}{district}{draw(st.sampled_from(['', ' ']))}{inward}"
    return code.lower() if draw(st.booleans()) else code


@st.composite
def phones(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(["drama", "mobile", "leeds", "london", "intl", "intl0", "brackets"]))
    six = draw(st.text(DIGITS, min_size=6, max_size=6))
    four = six[:4]
    sep = draw(st.sampled_from([" ", "", "-"]))
    if kind == "drama":
        return f"07700{sep}900{six[:3]}"
    if kind == "mobile":
        return f"07{six[:3]}{sep}{six}"
    if kind == "leeds":
        return f"0113{sep}496{sep}0{six[:3]}"
    if kind == "london":
        return f"020{sep}7946{sep}{four}"
    if kind == "intl":
        return f"+44{sep}7{six[:3]}{sep}{six}"
    if kind == "intl0":
        return f"+44 (0)7{six[:3]} {six}"
    return f"(0113) 496 {four}"


_LOCAL = string.ascii_lowercase + string.digits


@st.composite
def emails(draw: st.DrawFn) -> str:
    local = draw(st.text(_LOCAL, min_size=1, max_size=12))
    if draw(st.booleans()):
        local += draw(st.sampled_from([".", "_", "+", "-"])) + draw(st.text(_LOCAL, min_size=1, max_size=8))
    host = draw(st.text(string.ascii_lowercase, min_size=2, max_size=10))
    tld = draw(st.sampled_from(["com", "co.uk", "org.uk", "nhs.net", "gov.uk", "sch.uk", "net"]))
    return f"{local}@{host}.{tld}"


_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]


@st.composite
def dates_of_birth(draw: st.DrawFn) -> str:
    day = draw(st.integers(1, 28))
    month = draw(st.integers(1, 12))
    year = draw(st.integers(1940, 2025))
    style = draw(st.sampled_from(["slash", "dot", "dash", "iso", "written", "ordinal", "short", "monthyear"]))
    name = _MONTHS[month - 1]
    if style == "slash":
        return f"{day:02d}/{month:02d}/{year}"
    if style == "dot":
        return f"{day}.{month}.{year % 100:02d}"
    if style == "dash":
        return f"{day}-{month}-{year}"
    if style == "iso":
        return f"{year}-{month:02d}-{day:02d}"
    if style == "written":
        return f"{day} {name} {year}"
    if style == "ordinal":
        suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(day, "th")
        return f"{day}{suffix} {name.lower() if draw(st.booleans()) else name} {year}"
    if style == "short":
        return f"{day} {name[:3]} {year}"
    return f"{name} {year}"


@st.composite
def handles(draw: st.DrawFn) -> str:
    body = draw(st.text(string.ascii_letters + string.digits + "_", min_size=2, max_size=15))
    return "@" + body


@st.composite
def vehicle_regs(draw: st.DrawFn) -> str:
    letters = draw(st.text(UPPER, min_size=2, max_size=2))
    age = draw(st.text(DIGITS, min_size=2, max_size=2))
    tail = draw(st.text(UPPER, min_size=3, max_size=3))
    return f"{letters}{age}{draw(st.sampled_from(['', ' ']))}{tail}"


@st.composite
def references(draw: st.DrawFn) -> str:
    prefix = draw(st.sampled_from(["CS", "MASH", "LCS", "CP", "CIN", "EH", "ASB", "PNC"]))
    year = draw(st.integers(2015, 2026))
    num = draw(st.text(DIGITS, min_size=4, max_size=7))
    style = draw(st.sampled_from(["dash", "compact", "slash", "digits"]))
    if style == "dash":
        return f"{prefix}-{year}-{num}"
    if style == "compact":
        return f"{prefix}{num}"
    if style == "slash":
        return f"{prefix}/{year}/{num}"
    return draw(st.text(DIGITS, min_size=7, max_size=10))


# Surrounding text: arbitrary Unicode, kept apart from the identifier by a space or punctuation, as a
# person would type it. No text glued straight onto an identifier is "supported".
surrounding = st.text(max_size=60)
separators = st.sampled_from([" ", "\n", ": ", " (", ") ", ", ", " - ", "\t", "; "])


# Street names with no street-type word, and the house names people live in: the words around must
# carry the address ("of 30 The Ridings", "flat 2 158 long acre", "at Rose Cottage").
_PLACE_WORDS = ["Long", "Larkhill", "Brackenbury", "Sandpiper", "Windermere", "Hollins", "Mount", "Kingsmead",
                "Fairholme", "Cherry", "Highfield", "Lydgate"]
# Words that end a street's name without being a usual street type.
_PLACE_ENDS = ["", "", " Acre", " Ridings", " Pleasant", " Brae", " Loan", " Vennel", " Pastures"]
_CUES = ["at ", "from ", "of ", "lives at ", "placed at ", "moved to ", "address: "]


@st.composite
def unmarked_addresses(draw: st.DrawFn) -> tuple[str, str]:
    """(cue, address): a place cue and a numbered address without a street-type word."""
    flat = draw(st.sampled_from(["", "Flat 3, ", "flat 12b ", "Apartment 4 ", "Unit 2, ", "Flat 18, ", "Plot 6, ",
                                 "plot 11 "]))
    number = str(draw(st.integers(1, 999))) + draw(st.sampled_from(["", "", "a", "b"]))
    if draw(st.booleans()):
        number += f"-{draw(st.integers(1, 999))}"
    words = " ".join(draw(st.lists(st.sampled_from(_PLACE_WORDS), min_size=1, max_size=2)))
    words += draw(st.sampled_from(_PLACE_ENDS))
    if draw(st.booleans()):
        words = "The " + words
    # Lower case is only an address when a flat number or a house-number letter says so.
    if (flat or number[-1].isalpha()) and draw(st.booleans()):
        words = words.lower()
    return draw(st.sampled_from(_CUES)), f"{flat}{number} {words}"


@st.composite
def house_names(draw: st.DrawFn) -> tuple[str, str]:
    words = " ".join(draw(st.lists(st.sampled_from(_PLACE_WORDS), min_size=1, max_size=2)))
    kind = draw(st.sampled_from(["Cottage", "Farm", "House", "Lodge", "Barn", "Rectory", "Bungalow", "Mill"]))
    lead = draw(st.sampled_from(["", "The "]))
    return draw(st.sampled_from(_CUES)), f"{lead}{words} {kind}"
