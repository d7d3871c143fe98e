"""Vehicle registration shapes for the anonymiser evaluation set: one plate function per split (see ``PLATES``).

Each function takes the split's seeded ``random.Random``; changing the order or number of draws in one changes
every split that uses it, so ``test_files_match_generator`` will catch it.
"""

from __future__ import annotations

import random


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


def vrn_fresh9(rng: random.Random, kind: str = "") -> str:
    """FRESH9: fresh4's shapes in another mix, with more Northern Ireland and cherished (dateless) plates and more
    typed run together, as when a plate is copied from a photo or a printout."""
    return vrn_fresh4(rng, kind, (6, 2, 1, 3, 3, 1), (5, 3, 2, 1, 2))


def vrn_fresh10(rng: random.Random, kind: str = "") -> str:
    """FRESH10: fresh4's shapes in a mix with more prefix and suffix plates (the older vans and cars that turn up
    in police and housing notes) and more typed in lower case, as on a phone."""
    return vrn_fresh4(rng, kind, (5, 3, 3, 2, 2, 1), (4, 2, 3, 1, 2))


def vrn_fresh11(rng: random.Random, kind: str = "") -> str:
    """FRESH11: fresh4's shapes in a mix with more dateless and Q plates (trade vans, imports, cherished plates on
    the cars in county lines intelligence) and more typed with a space at every break, as read out over a radio."""
    return vrn_fresh4(rng, kind, (5, 2, 2, 2, 3, 2), (4, 2, 2, 3, 1))


def vrn_fresh12(rng: random.Random, kind: str = "") -> str:
    """FRESH12: fresh4's shapes in a mix with more Northern Ireland and prefix plates (the older cars and the
    cross-border ones in housing and police notes) and more typed on a phone, run together and in lower case."""
    return vrn_fresh4(rng, kind, (6, 3, 2, 3, 2, 2), (4, 3, 2, 2, 3))


def vrn_fresh13(rng: random.Random, kind: str = "") -> str:
    """FRESH13: fresh4's shapes in a mix with more suffix, dateless and Q plates (classic cars, private plates and
    imports in police and housing notes) and more read aloud with a space at every break or typed in lower case."""
    return vrn_fresh4(rng, kind, (5, 2, 3, 2, 3, 2), (4, 2, 3, 3, 2))


def vrn_fresh14(rng: random.Random, kind: str = "") -> str:
    """FRESH14: fresh4's shapes in a mix with more prefix and Northern Ireland plates (older vans, minibuses and
    cross-border cars in stop-and-search, traffic and adult services notes) and more typed run together in lower case,
    as in a phone app or a speech-to-text note."""
    return vrn_fresh4(rng, kind, (5, 3, 2, 3, 2, 2), (4, 2, 2, 2, 3))


def vrn_fresh15(rng: random.Random, kind: str = "") -> str:
    """FRESH15: fresh4's shapes in a mix with more current and Q plates (hire vans, minibuses and imported cars in
    school transport, housing and police notes) and a larger share read aloud with a space at every break, as when a
    plate is phoned through or spoken into a dictation app."""
    return vrn_fresh4(rng, kind, (7, 2, 2, 2, 2, 3), (4, 2, 2, 3, 2))


def vrn_fresh16(rng: random.Random, kind: str = "") -> str:
    """FRESH16: fresh4's shapes in a mix with more dateless and Northern Ireland plates (trailers, towing vehicles
    and cross-border cars in housing, traveller liaison and police notes) and more typed in lower case, as in a chat
    message or a caretaker's voice note."""
    return vrn_fresh4(rng, kind, (5, 2, 2, 3, 3, 2), (4, 2, 3, 2, 2))


def vrn_fresh17(rng: random.Random, kind: str = "") -> str:
    """FRESH17: fresh4's shapes in a mix with more Northern Ireland, dateless and Q plates (cross-border cars, private
    plates and imports in police, housing and health notes) and more typed run together or in lower case, as when a
    plate is copied off a phone camera roll into a busy log after the make and model."""
    return vrn_fresh4(rng, kind, (5, 2, 2, 3, 3, 2), (3, 3, 2, 2, 3))


def vrn_fresh18(rng: random.Random, kind: str = "") -> str:
    """FRESH18: fresh4's shapes with more prefix and suffix plates (the older cars and vans of carers, probation
    clients and volunteers) and more typed in lower case or with a space at every break, as in a shift log."""
    return vrn_fresh4(rng, kind, (5, 3, 3, 2, 2, 2), (4, 2, 3, 2, 2))


def vrn_fresh19(rng: random.Random, kind: str = "") -> str:
    """FRESH19: fresh4's shapes spread evenly over every format (current, prefix, suffix, Northern Irish, dateless and
    Q plates), and typed every way a busy worker types them: run together, lower case, or spaced at every break."""
    return vrn_fresh4(rng, kind, (4, 3, 3, 3, 3, 2), (3, 3, 3, 3, 3))


def vrn_fresh20(rng: random.Random, kind: str = "") -> str:
    """FRESH20: fresh4's shapes over every format, the older and rarer ones (prefix, suffix, Northern Irish, dateless)
    nearly as often as current plates, and lower case as often as capitals, run together or spaced."""
    return vrn_fresh4(rng, kind, (4, 3, 3, 3, 3, 2), (3, 3, 3, 2, 3))


def vrn_fresh21(rng: random.Random, kind: str = "") -> str:
    """FRESH21: fresh4's shapes weighted as plates turn up in a week's notes: mostly current plates typed with the
    usual space, the older and rarer formats now and then."""
    return vrn_fresh4(rng, kind, (8, 2, 2, 1, 1, 1), (6, 2, 2, 1, 1))


def vrn_fresh22(rng: random.Random, kind: str = "") -> str:
    """FRESH22: fresh4's shapes as a week's notes bring them: mostly current plates, some typed run together or in
    lower case from a phone, with the older, Northern Ireland and cherished plates now and then."""
    return vrn_fresh4(rng, kind, (7, 2, 2, 2, 1, 1), (5, 3, 2, 1, 1))


def vrn_fresh23(rng: random.Random, kind: str = "") -> str:
    """FRESH23: fresh4's shapes in a caseload's proportions: current plates most of all, typed with a space, run
    together or in lower case, with a fair share of older prefix plates on vans and the rarer shapes now and then."""
    return vrn_fresh4(rng, kind, (8, 3, 1, 2, 1, 1), (6, 2, 2, 1, 1))


def vrn_fresh24(rng: random.Random, kind: str = "") -> str:
    """FRESH24: fresh4's shapes with current plates most of all and a larger share of Northern Ireland plates (the
    split has more addresses over the border), typed with the usual space, run together or in lower case."""
    return vrn_fresh4(rng, kind, (7, 2, 2, 3, 1, 1), (6, 2, 2, 1, 1))


def vrn_fresh25(rng: random.Random, kind: str = "") -> str:
    """FRESH25: fresh4's shapes as a hurried week types them: current plates most of all, with many run together or
    in lower case from a phone, some spaced at every break, and the older and rarer formats now and then."""
    return vrn_fresh4(rng, kind, (7, 2, 2, 2, 1, 1), (3, 3, 3, 1, 2))


def vrn_fresh26(rng: random.Random, kind: str = "") -> str:
    """FRESH26: fresh4's shapes as an ordinary week brings them: current plates most of all and mostly typed with the
    usual space, some run together or in lower case, and the older, Northern Ireland and rarer formats now and then."""
    return vrn_fresh4(rng, kind, (8, 2, 1, 2, 1, 1), (6, 3, 2, 1, 1))


def vrn_fresh27(rng: random.Random, kind: str = "") -> str:
    """FRESH27: fresh4's shapes as chat and voice notes bring them: every format often (older prefix and suffix
    plates, Northern Irish, dateless and Q plates nearly as often as current ones), and typed the way a message is,
    lower case or run together more often than in capitals with the usual space, some spaced at every break."""
    return vrn_fresh4(rng, kind, (5, 3, 3, 3, 3, 2), (2, 3, 4, 2, 3))


def vrn_fresh28(rng: random.Random, kind: str = "") -> str:
    """FRESH28: fresh4's shapes as an ordinary busy week brings them: current plates most of all, mostly typed with
    the usual space and some run together or in lower case, with the older, Northern Irish and rarer formats now and
    then."""
    return vrn_fresh4(rng, kind, (8, 2, 2, 2, 1, 1), (5, 2, 2, 1, 1))


def vrn_fresh29(rng: random.Random, kind: str = "") -> str:
    """FRESH29: fresh4's shapes as police and housing records bring them: more older prefix and suffix plates,
    Northern Irish, dateless and Q plates (vans, bikes, imports and cherished plates), mostly in capitals, often run
    together as on a PNC or ANPR print, or spaced at every break as read over the radio."""
    return vrn_fresh4(rng, kind, (6, 3, 3, 3, 2, 2), (5, 4, 1, 2, 1))


def vrn_fresh30(rng: random.Random, kind: str = "") -> str:
    """FRESH30: fresh4's shapes as an ordinary busy week brings them: current plates most of all with a fair share of
    older prefix plates, mostly typed with the usual space, some run together or in lower case, and the suffix,
    Northern Irish, dateless and Q plates now and then."""
    return vrn_fresh4(rng, kind, (7, 3, 2, 2, 1, 1), (6, 2, 2, 1, 1))


def vrn_fresh31(rng: random.Random, kind: str = "") -> str:
    """FRESH31: fresh4's shapes as chat, texts and phone calls bring them: every format often (older prefix and suffix,
    Northern Irish, dateless and Q plates), and typed the way a message is or written down as read over the phone,
    spaced at every break most of all, then run together or in lower case, in capitals with the usual space least."""
    return vrn_fresh4(rng, kind, (5, 3, 2, 3, 2, 2), (2, 3, 3, 4, 3))


def vrn_fresh32(rng: random.Random, kind: str = "") -> str:
    """FRESH32: fresh4's shapes as an ordinary busy week brings them: current plates most of all, with a fair share
    of older suffix plates (the vans and older cars in housing and adult services notes), mostly typed with the usual
    space, some run together, and the prefix, Northern Irish, dateless and Q plates now and then."""
    return vrn_fresh4(rng, kind, (7, 2, 3, 2, 1, 1), (6, 3, 1, 1, 1))


def vrn_fresh33(rng: random.Random, kind: str = "") -> str:
    """FRESH33: fresh4's shapes as chat, texts and phone calls bring them: every format often (older prefix and suffix,
    Northern Irish, dateless and Q plates), typed the way a message is, run together and in lower case most of all,
    then spaced at every break as read over the phone, in capitals with the usual space least."""
    return vrn_fresh4(rng, kind, (5, 3, 3, 2, 2, 2), (2, 4, 4, 3, 2))


def vrn_fresh34(rng: random.Random, kind: str = "") -> str:
    """FRESH34: fresh4's shapes as an ordinary busy week brings them: current plates most of all, with a fair share
    of older prefix and Northern Irish plates, mostly typed with the usual space, often spaced at every break as read
    out over the phone or from a doorstep, some run together or in lower case, suffix, dateless and Q plates now and
    then."""
    return vrn_fresh4(rng, kind, (7, 3, 2, 3, 1, 1), (5, 2, 1, 3, 1))


def vrn_fresh35(rng: random.Random, kind: str = "") -> str:
    """FRESH35: fresh4's shapes as chat, texts and calls bring them: every format often (more suffix and dateless
    plates, the bikes, vans and older cars young people get lifts in), in lower case most of all, run together or
    spaced at every break as read over the phone, in capitals with the usual space least."""
    return vrn_fresh4(rng, kind, (5, 2, 3, 2, 3, 2), (2, 3, 4, 3, 3))


def vrn_fresh36(rng: random.Random, kind: str = "") -> str:
    """FRESH36: fresh4's shapes as an ordinary busy week brings them: current plates most of all, with a fair share
    of older suffix and dateless plates (the vans and towing cars by the canal and on the sites), mostly typed with
    the usual space, some spaced at every break as read out from a doorstep, the rest now and then."""
    return vrn_fresh4(rng, kind, (7, 2, 3, 2, 2, 1), (6, 2, 2, 2, 1))


def vrn_fresh37(rng: random.Random, kind: str = "") -> str:
    """FRESH37: fresh4's shapes as chat, texts and calls bring them: every format often (more prefix, Northern Irish
    and Q plates, the hire cars and older runarounds in intelligence and missing notes), run together and in lower
    case most of all, spaced at every break as read over the phone, in capitals with the usual space least."""
    return vrn_fresh4(rng, kind, (5, 3, 2, 3, 2, 3), (2, 4, 3, 3, 4))


def vrn_fresh38(rng: random.Random, kind: str = "") -> str:
    """FRESH38: fresh4's shapes as an ordinary busy week in the country brings them: current plates most of all, with
    every other format often (the older pickups, vans and towing cars on farms, Northern Irish plates over the border,
    dateless and Q plates on trailers and imports), mostly typed with the usual space, often spaced at every break as
    read out from a farm gate or over the radio, some run together or in lower case."""
    return vrn_fresh4(rng, kind, (6, 3, 3, 3, 3, 2), (6, 2, 2, 3, 1))


def vrn_fresh39(rng: random.Random, kind: str = "") -> str:
    """FRESH39: fresh4's shapes as rural and island chat, texts and calls bring them: every format often (more older
    prefix and suffix plates on farm pickups and vans, Northern Irish plates from the County Down harbours and dateless
    plates on Travellers' trucks, Q plates now and then), in lower case most of all, then run together, with the usual
    space or spaced at every break as read over the phone, run together in lower case least."""
    return vrn_fresh4(rng, kind, (5, 3, 3, 3, 3, 1), (3, 3, 4, 3, 2))


def vrn_fresh40(rng: random.Random, kind: str = "") -> str:
    """FRESH40: fresh4's shapes as an ordinary busy week brings them: current plates most of all with every other format
    often (older prefix and suffix plates on farm pickups and vans, Northern Irish plates, dateless plates on trailers
    and cherished cars, Q plates now and then), mostly typed with the usual space, some run together, in lower case or
    spaced at every break as read out from a farm gate, run together in lower case least."""
    return vrn_fresh4(rng, kind, (5, 3, 3, 3, 3, 2), (6, 3, 2, 2, 1))


def vrn_fresh41(rng: random.Random, kind: str = "") -> str:
    """FRESH41: fresh4's shapes as chat, texts and calls from the coast and the country bring them: every format often
    (more Northern Irish and dateless plates, the pickups, vans and trailers on farms, sites and harbours), spaced at
    every break as read over the phone and run together in lower case most of all, then run together or in lower
    case, in capitals with the usual space least."""
    return vrn_fresh4(rng, kind, (5, 2, 2, 3, 3, 2), (2, 3, 3, 4, 4))


def vrn_fresh42(rng: random.Random, kind: str = "") -> str:
    """FRESH42: fresh4's shapes as an ordinary busy week brings them, with every format often: current plates a little
    ahead of older prefix and suffix plates (the vans, pickups and runarounds in school, police and housing notes),
    Northern Irish plates and dateless plates (trailers and cherished cars), Q plates now and then; mostly typed with
    the usual space, sometimes run together, in lower case or spaced at every break as read out, run together in lower
    case least."""
    return vrn_fresh4(rng, kind, (4, 3, 3, 3, 3, 2), (6, 2, 2, 2, 1))


def vrn_fresh43(rng: random.Random, kind: str = "") -> str:
    """FRESH43: fresh4's shapes as chat, texts and calls bring them: every format often (more suffix, Northern Irish
    and dateless plates, the pickups, quads, vans and older runarounds on farms, holiday parks and harbours), in lower
    case and spaced at every break as read over the phone most of all, then run together, in capitals with the usual
    space least."""
    return vrn_fresh4(rng, kind, (5, 2, 3, 3, 3, 2), (2, 3, 4, 4, 3))



def vrn_fresh44(rng: random.Random, kind: str = "") -> str:
    """FRESH44: fresh4's shapes as a big city's records bring them: mostly current plates (private hire, hire cars
    and the newer cars in exploitation and domestic abuse records), more Northern Irish plates from Belfast and Derry,
    the older prefix, suffix, dateless and Q plates less often; typed with the usual space, run together from a
    printout and in lower case about as often, spaced at every break least."""
    return vrn_fresh4(rng, kind, (7, 2, 2, 3, 2, 2), (4, 3, 3, 2, 2))


def vrn_fresh45(rng: random.Random, kind: str = "") -> str:
    """FRESH45: fresh4's shapes as chat, texts and calls bring them from garrison, market and seaside towns, retail
    parks and truck stops: current plates ahead, every other format often (prefix plates on older vans, Northern Irish
    plates, dateless plates on lorries' trailers and cherished cars, Q plates now and then), spaced at every break as
    read over the phone and typed in lower case most of all, then in capitals with the usual space, run together
    least."""
    return vrn_fresh4(rng, kind, (6, 3, 2, 3, 3, 2), (3, 2, 4, 4, 2))


def vrn_fresh46(rng: random.Random, kind: str = "") -> str:
    """FRESH46: fresh4's shapes as an ordinary week in health and adult safeguarding brings them: mostly current plates
    (family cars, mobility cars, carers' runarounds and vans), older prefix and suffix plates on pensioners' cars, more
    Northern Irish plates, dateless and Q plates now and then; mostly typed with the usual space into a record, then in
    lower case on a phone, run together from a printout or a photo, spaced at every break as read out least."""
    return vrn_fresh4(rng, kind, (7, 3, 3, 3, 2, 2), (6, 3, 3, 1, 2))


def vrn_fresh47(rng: random.Random, kind: str = "") -> str:
    """FRESH47: fresh4's shapes as young people's chat, youth workers' messages, taxi marshals, door staff and 999
    calls bring them: current plates most of all (older boyfriends' cars, hire cars and private hire), Northern Irish
    and dateless plates (cherished plates on flash cars) often, prefix and suffix plates on old runarounds and Q plates
    now and then; typed in lower case in chat, run together or not, most of all, spaced at every break as read out on a
    call and in capitals with the usual space often, run together in capitals least."""
    return vrn_fresh4(rng, kind, (7, 2, 2, 3, 3, 1), (3, 2, 4, 3, 4))


def vrn_fresh48(rng: random.Random, kind: str = "") -> str:
    """FRESH48: fresh4's shapes as an ordinary busy week in schools, colleges and nurseries brings them: current plates
    most of all (parents' cars at the gate, school taxis and SEN transport minibuses, older boyfriends' cars outside
    the college), a fair share of Northern Irish plates (the split has schools in Tyrone, Armagh and Antrim), older
    prefix, suffix and dateless plates now and then and Q plates least; mostly typed with the usual space into a log,
    some run together from a photo or a taxi firm's list, in lower case on a phone or spaced at every break as read out
    by a parent on the phone."""
    return vrn_fresh4(rng, kind, (8, 2, 2, 3, 2, 1), (6, 3, 2, 2, 1))


def vrn_fresh49(rng: random.Random, kind: str = "") -> str:
    """FRESH49: fresh4's shapes as caretakers, concierges, tenants' group chats, neighbours ringing 101 and housing
    and ASB officers bring them: current plates most of all (cars dumped in the bays, visitors' cars, vans on drives),
    prefix and suffix plates on old runarounds and abandoned cars often, Northern Irish and dateless plates often, Q
    plates now and then; typed in lower case in chat most of all, run together in lower case and spaced at every break
    as read out on a call often, in capitals with the usual space (concierge logs) often, run together in capitals
    least."""
    return vrn_fresh4(rng, kind, (7, 3, 3, 3, 2, 1), (3, 2, 5, 3, 3))


def vrn_fresh50(rng: random.Random, kind: str = "") -> str:
    """FRESH50: fresh4's shapes as a busy week of custody records, vehicle checks, intelligence, stop checks and 999
    calls brings them: current plates most of all (hire cars and private hire on county lines, partners' cars outside
    refuges, vans at cannabis grows), Northern Irish plates often (PSNI logs), prefix, suffix and dateless (cherished)
    plates now and then and Q plates least; mostly typed in capitals with the usual space as a PNC check or ANPR hit
    gives them, some run together from an ANPR read or a custody form, in lower case on a phone and spaced at every
    break as read out on a call."""
    return vrn_fresh4(rng, kind, (8, 2, 2, 3, 2, 1), (6, 4, 2, 2, 1))


def vrn_fresh51(rng: random.Random, kind: str = "") -> str:
    """FRESH51: fresh4's shapes as health and care messages bring them: current plates most of all (family cars,
    carers' cars, visitors' cars at a care home, a lodger's car outside), prefix and suffix plates on older cars and
    Northern Irish plates often, dateless plates now and then and Q plates least; spaced at every break as read out in
    a voice note or a call most of all, then typed in lower case on a phone, in capitals with the usual space (logs),
    run together in lower case, run together in capitals least."""
    return vrn_fresh4(rng, kind, (7, 3, 2, 3, 2, 1), (3, 1, 4, 5, 2))


def vrn_fresh52(rng: random.Random, kind: str = "") -> str:
    """FRESH52: fresh4's shapes as early years, health visiting, housing and homelessness records bring them: current
    plates most of all (family cars and people carriers, partners' cars outside a B&B, removal vans on a TA move), older
    prefix plates on family runarounds often, suffix, Northern Irish, dateless and Q plates now and then; typed in
    capitals with the usual space on forms most of all, in lower case on a phone and spaced at every break as read out
    in a voice note or a 999 call often, run together from a booking or a photo now and then, run together in lower
    case least."""
    return vrn_fresh4(rng, kind, (7, 3, 2, 2, 2, 2), (4, 2, 3, 3, 1))


def vrn_fresh53(rng: random.Random, kind: str = "") -> str:
    """FRESH53: fresh4's shapes as school staff, SEND transport teams, escorts and the clubs, food banks and faith
    groups round children bring them: current plates most of all (school taxis, club minibuses, parents' cars at the
    gate, an older lad's car at the stage door), suffix plates on old coaches and vans and Northern Irish plates
    (schools and clubs in Armagh and Down) often, prefix, dateless and Q plates now and then; typed in lower case on a
    phone most of all, run together in lower case often, spaced at every break as an escort or a coach driver reads one
    out often, run together in capitals and in capitals with the usual space (transport logs) least."""
    return vrn_fresh4(rng, kind, (6, 2, 3, 3, 2, 2), (2, 2, 5, 3, 4))


def vrn_fresh54(rng: random.Random, kind: str = "") -> str:
    """FRESH54: fresh4's shapes as children's social care, the family court and youth justice records bring them:
    current plates most of all (pool cars, escort vans to secure placements, foster carers' and kinship carers' cars, an
    older man's car outside a children's home), suffix and Northern Irish plates often (old vans at contact, Trust
    records in Armagh and Down), prefix and dateless (cherished) plates now and then and Q plates least; typed in
    capitals with the usual space on forms and in minutes most of all, spaced at every break as read out in a voice note
    or a call and in lower case on a phone often, run together in lower case now and then and run together in capitals
    least."""
    return vrn_fresh4(rng, kind, (8, 2, 3, 3, 2, 1), (5, 1, 3, 3, 2))


def vrn_fresh55(rng: random.Random, kind: str = "") -> str:
    """FRESH55: fresh4's shapes as the out-of-hours world brings them: current plates most of all (taxis and private
    hire at the rank, cars outside a hotel or a B&B at night, partners' cars on a doorstep), Northern Irish plates often
    (the regional emergency service, the glens and Fermanagh border), prefix plates on old vans and croft runarounds
    often, suffix and dateless plates (island cars and cherished plates) now and then, Q plates least; spaced at every
    break as a taxi marshal, a caller or a voice note reads one out most of all, typed in lower case on a phone often,
    run together in lower case now and then, in capitals with the usual space and run together in capitals (logs and
    control rooms) least."""
    return vrn_fresh4(rng, kind, (6, 3, 2, 4, 2, 1), (2, 2, 4, 5, 3))


def vrn_fresh56(rng: random.Random, kind: str = "") -> str:
    """FRESH56: fresh4's shapes as adult safeguarding and mental health records bring them: current plates most of all
    (carers' and agency cars, a son-in-law's car at the bank, the cars outside a cuckooed flat), prefix plates often (an
    older person's car kept for years, a car sold on to a lodger), suffix and Northern Irish plates often (classic cars
    in a garage, Trust adult protection records in Tyrone and Down), dateless and Q plates least; typed in capitals with
    the usual space on referral forms and in minutes most of all, spaced at every break as an older person, a carer or a
    voice note reads one out often, in lower case on a phone often, run together now and then."""
    return vrn_fresh4(rng, kind, (7, 4, 3, 3, 1, 1), (5, 2, 3, 4, 1))


def vrn_fresh57(rng: random.Random, kind: str = "") -> str:
    """FRESH57: fresh4's shapes as colleges, halls, apprenticeship providers and the 16-25 services round them bring
    them: current plates most of all (learners' first cars, older lads' cars at the college gate, hire and lease cars,
    apprentices' vans), Northern Irish plates (colleges and hostels in Belfast, Derry and Newry) and dateless plates
    (cherished plates on young men's cars) often, prefix, suffix and Q plates least; typed in lower case on a phone most
    of all, run together in lower case often, spaced at every break as read out in a voice note or a webchat often, in
    capitals with the usual space (duty logs and forms) and run together in capitals least."""
    return vrn_fresh4(rng, kind, (7, 1, 1, 3, 3, 1), (2, 2, 5, 3, 4))


def vrn_fresh58(rng: random.Random, kind: str = "") -> str:
    """FRESH58: fresh4's shapes as LADOs, fostering and kinship teams, children's homes and secure units bring them:
    current plates most of all (foster carers' seven-seaters, agency and pool cars, staff cars, the cars that collect a
    child from a home at night), Northern Irish plates often (Trust designated officers, PSNI missing-person reports),
    prefix and suffix plates now and then (a grandparent kinship carer's old car, a home's minibus, a white van),
    dateless and Q plates least; typed in capitals with the usual space on referral forms, notifications and control
    room logs most of all, in lower case on a phone often, spaced at every break as a carer reads one out on a 101
    call often, run together now and then."""
    return vrn_fresh4(rng, kind, (7, 2, 2, 3, 1, 1), (5, 2, 3, 3, 1))


def vrn_fresh59(rng: random.Random, kind: str = "") -> str:
    """FRESH59: fresh4's shapes as faith, sport and community groups bring them from the car park, the minibus bay and
    the kerb outside the hall: current plates most of all (parents' cars, minibuses, private hire), dateless plates
    often (cherished plates on a pastor's, a committee man's or a coach's car) and Northern Irish plates often, prefix,
    suffix and Q plates least; typed in lower case in a WhatsApp group most of all, in capitals on a sign-in sheet or
    a form often, run together and spaced at every break as read out in a voice note less often."""
    return vrn_fresh4(rng, kind, (7, 2, 1, 3, 3, 1), (4, 2, 5, 2, 2))


# Plate shapes per split; dev and held-out share the original mix; fresh5 to fresh8 reuse fresh4's, with new draws.
PLATES = {"dev": vrn, "heldout": vrn, "fresh": vrn_fresh, "fresh2": vrn_fresh2, "fresh3": vrn_fresh3}
PLATES |= {split: vrn_fresh4 for split in ("fresh4", "fresh5", "fresh6", "fresh7", "fresh8")}
PLATES |= {"fresh9": vrn_fresh9, "fresh10": vrn_fresh10, "fresh11": vrn_fresh11, "fresh12": vrn_fresh12}
PLATES |= {"fresh13": vrn_fresh13, "fresh14": vrn_fresh14, "fresh15": vrn_fresh15, "fresh16": vrn_fresh16}
PLATES |= {"fresh17": vrn_fresh17, "fresh18": vrn_fresh18, "fresh19": vrn_fresh19}
PLATES |= {"fresh20": vrn_fresh20, "fresh21": vrn_fresh21, "fresh22": vrn_fresh22}
PLATES |= {"fresh23": vrn_fresh23, "fresh24": vrn_fresh24, "fresh25": vrn_fresh25, "fresh26": vrn_fresh26}
PLATES |= {"fresh27": vrn_fresh27, "fresh28": vrn_fresh28, "fresh29": vrn_fresh29, "fresh30": vrn_fresh30}
PLATES |= {"fresh31": vrn_fresh31, "fresh32": vrn_fresh32, "fresh33": vrn_fresh33, "fresh34": vrn_fresh34}
PLATES |= {"fresh35": vrn_fresh35, "fresh36": vrn_fresh36, "fresh37": vrn_fresh37, "fresh38": vrn_fresh38}
PLATES |= {"fresh39": vrn_fresh39, "fresh40": vrn_fresh40, "fresh41": vrn_fresh41, "fresh42": vrn_fresh42}
PLATES |= {"fresh43": vrn_fresh43, "fresh44": vrn_fresh44}
PLATES |= {"fresh45": vrn_fresh45, "fresh46": vrn_fresh46}
PLATES |= {"fresh47": vrn_fresh47}
PLATES |= {"fresh48": vrn_fresh48}
PLATES |= {"fresh49": vrn_fresh49}
PLATES |= {"fresh50": vrn_fresh50}
PLATES |= {"fresh51": vrn_fresh51}
PLATES |= {"fresh52": vrn_fresh52}
PLATES |= {"fresh53": vrn_fresh53}
PLATES |= {"fresh54": vrn_fresh54}
PLATES |= {"fresh55": vrn_fresh55}
PLATES |= {"fresh56": vrn_fresh56}
PLATES |= {"fresh57": vrn_fresh57}
PLATES |= {"fresh58": vrn_fresh58}
PLATES |= {"fresh59": vrn_fresh59}
