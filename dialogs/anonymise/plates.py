"""Vehicle registrations in every UK format: current ("AB12 CDE"), prefix ("R704 EBL"), suffix
("DEM 798T"), dateless ("XPX 115", "604 ZUO"), Northern Ireland ("ABZ 1234") and Q plates ("Q123 ABC"),
in capitals or lower case, with or without the space.

Only the current format is distinctive enough to hide on its own. The older shapes are shared by
everyday text ("via 12", "van 2", "12 AM"), so they need a vehicle word, make or model nearby, and
lower-case letters that are an everyday word or a name never count. One regex finds every shape in a
single pass; the checks that follow run only on its few matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import plate_spoken, scan
from dialogs.anonymise.lexicon import english_words, vehicle_makes, vehicle_models, vehicle_words
from dialogs.anonymise.plate_context import (
    CAR_UNITS,
    ID_CUES,
    NI_CODES,
    RANKS,
    UNITS,
    after_make_and_comma,
    after_make_and_model,
    after_make_only,
    after_model,
    after_model_and_trim,
    after_place_word,
    after_vehicle_word,
    line_trim_after,
    name_like,
    ordinal_suffix,
    parked_after,
    plate_letters,
    vehicle_nearby,
    vehicle_word,
)
from dialogs.anonymise.plate_issue import AFTER_NUMBER_WORDS, LINK_WORDS, issued_current, issued_glued_prefix
from dialogs.anonymise.priority import P_VRN
from dialogs.anonymise.types import EntityType, Span

# One alternation for every shape, tried in this order at each position. Not glued to a word, a
# slash or a dot on either side ("PNC 96/809866J", "v2.0"), nor followed by more digits.
PLATE_RE = re.compile(
    r"(?<![\w/.@-])(?:"
    r"(?P<cur>[A-Za-z]{2}\d{2}[ \t]?(?P<cl>[A-Za-z]{3}))"
    r"|(?P<pre>[A-Za-z]\d{1,3}[ \t]?(?P<pl>[A-Za-z]{3}))"
    r"|(?P<suf>(?P<sl>[A-Za-z]{3})[ \t]?\d{1,3}[A-Za-z])"
    r"|(?P<dl>[A-Za-z]{2,3})[ \t]?(?P<dd>\d{1,4})"
    r"|(?P<rd>\d{1,4})[ \t]?(?P<rl>[A-Za-z]{2,3})"
    r")(?![\w@]|[/.:-]\d)"
)
_LABELS = frozenset({"reg", "reg.", "registration", "vrm", "vrn", "plate", "numberplate", "index"})


def _labelled(text: str, start: int, letters: str) -> bool:
    """"car: 9185 eh", "reg 604 zu", "VRM: 12 ab": a code straight after a registration label, or after a
    vehicle word and a colon, is a plate in any case and with two letters. After a vehicle word and a
    comma ("his car, 8059 mp") the letters must not be a word ("the van, 2 of them"). String steps, no
    regex (speed)."""
    before = text[max(0, start - 24) : start].rstrip()
    colon = before.endswith(":") or (before.endswith(",") and letters.lower() not in english_words())
    before = before.rstrip(",")
    words = before.rstrip(":#").lower().split()
    # "reg is an 9917", "the reg was 3332 bn", "reg no. 12 ab": the label, then its verb or its "number".
    if words and words[-1] in ("no", "no.", "number", "is", "was"):
        words.pop()
    if not words:
        return False
    word = words[-1].lstrip("([\"'“‘").removesuffix("'s").removesuffix("’s")  # "the plate's 2007 LA"
    if word.endswith(":"):
        colon, word = True, word[:-1]
    return word in _LABELS or (colon and word in vehicle_words())


def _plate_label_before(text: str, start: int) -> bool:
    """"plate 761am", "reg: 12pm": a registration label straight before the code (no vehicle word)."""
    words = text[max(0, start - 16) : start].lower().split()
    return bool(words) and words[-1].strip("([\"'“‘:#") in _LABELS


def _labelled_short(m: re.Match[str], text: str, letters: str, letters_first: bool) -> bool:
    low = letters.lower()
    if letters_first and low in ("is", "was", "no"):
        return False  # "reg is 3332 bn": the label's verb, and the plate starts after it
    # "(plate 761am)": after a plate's own label, digits glued to a unit's letters are the plate, not a
    # time ("reg 4 mr smith" stays: apart, the letters may start the next words).
    if (low in UNITS and not letters_first and m.end("rd") == m.start("rl")
            and _plate_label_before(text, m.start())):
        return True
    # An identifier cue names what follows it ("EH 1234"), so it matters only before the digits.
    # "I got the reg jia 9758": a Northern Ireland code and four digits after a label is a plate even
    # when its letters are a name; without the label "mia 2019" is a girl and a year.
    ni_plate = len(low) == 3 and low[1:] in NI_CODES and len(m.group(0)) - len(letters) >= 4
    if (not letters_first and letters.islower() and low in (english_words() if len(low) == 3 else LINK_WORDS)
            and m.end("rd") < m.start("rl")):
        return False  # "the reg is 12 now", "under reg 24 at": a word after the number, not a dateless plate's
    # A unit's or a cue's letters before three digits or more after a plate's label are the plate's ("the reg
    # was YR 4445"): units follow their number.
    long = letters_first and sum(c.isdigit() for c in m.group(0)) >= 3
    return ((low not in UNITS or long) and not (letters_first and low in ID_CUES and not long)
            and (ni_plate or not name_like(letters))
            and _labelled(text, m.start(), letters))


# Two-letter words that follow a number in a sentence ("cost 1500 as well", "from 1030 to 1100").
SHORT_WORDS = frozenset(
    {"am", "an", "as", "at", "be", "by", "do", "go", "he", "if", "in", "is", "it", "me", "my", "no", "of", "oh",
     "ok", "on", "or", "so", "to", "up", "us", "we", "ex", "hi", "ma", "pa", "ya", "ye", "eh", "ah", "er", "um"}
)

_DIGITS_AFTER_RE = re.compile(r"[ \t]?\d")
# Three or four digits after a prefix plate's letters: they were a dateless plate's letters ("K12 uwz 2276").
_PLATE_DIGITS_AFTER_RE = re.compile(r"[ \t]?\d{3,4}(?!\d|[/:.]\d)")
# Words that come before a number in a sentence about a car: a price, a year, a mileage, a time.
_LEADS_A_NUMBER = SHORT_WORDS | frozenset(
    {"for", "was", "had", "has", "got", "now", "are", "did", "off", "out", "and", "but", "its", "his", "her",
     "our", "all", "few", "per", "age", "the", "cost", "paid", "sold", "worth", "about", "over", "under",
     "with", "from", "since", "only", "just", "than", "then", "when", "does", "cos", "coz", "saw",
     "hit", "ran", "not", "any", "one", "two", "due", "est", "apx", "abt", "aged", "yrs", "pm", "hrs", "mins"}
)


def _dateless_digits_first(m: re.Match[str], text: str, letters: str) -> bool:
    """"7901 ks", "4315 yy (red Mazda 2)", "5718as": a dateless plate, digits first, in any case, near a
    vehicle word. Two letters glued to the digits read as no word ("5718as"); after a blank, two lower-case
    letters need three digits or more and must not be a short everyday word ("1500 as well")."""
    low, digits = letters.lower(), m.group("rd")
    glued = m.end("rd") == m.start("rl")
    if low in UNITS or low in vehicle_words() or not (letters.isupper() or letters.islower()) or name_like(letters):
        return False
    if after_place_word(text, m.start()):
        return False  # "HOME: FLAT 26 CAE GWAIR": a flat's or room's number and the start of its building's name
    if glued and len(letters) == 2:
        wordy = len(digits) < 2
    elif len(letters) == 2 and letters.islower():
        wordy = len(digits) < 3 or low in SHORT_WORDS
    else:
        wordy = low in english_words()
    # "2332 gcn outside every day": three letters and three digits or more where a car stands.
    parked = len(letters) == 3 and len(digits) >= 3 and low not in AFTER_NUMBER_WORDS and parked_after(text, m.end())
    return not wordy and (parked or vehicle_nearby(text, m.start(), m.end()))


def _model_code(m: re.Match[str], text: str) -> bool:
    """"a silver Volvo XC60", "Kia EV6": letters and digits run together that are a known model, or that
    come straight after a make, are the model, not a plate."""
    code = m.group(0)
    if not code.isalnum():
        return False
    if code.lower() in vehicle_models():
        return True
    return len(m.group("dd")) <= 3 and after_make_only(text, m.start())


def _after_car_and_comma(m: re.Match[str], text: str) -> bool:
    """"a sky blue Fiat Panda, pa 4399", "Dacia Duster, 8090 nd", "Kia Soul, ka57not": after a make, its model
    and a comma, a plate's shape with three digits or more (or a current plate) is the plate in any case,
    even when its letters spell a word. Not an identifier's cue or a unit ("Fiat 500, 172 kg")."""
    # Most codes have no comma before them: one look settles them before any other work (speed).
    i = m.start() - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] != ",":
        return False
    letters = next((g for g in (m.group("cl"), m.group("pl"), m.group("sl"), m.group("dl"), m.group("rl")) if g), "")
    number = "".join(c for c in m.group(0) if c.isdigit())
    low = letters.lower()
    # An ordinal's letters are a unit only where they fit the number: "22nd", not "8090 nd".
    unit = low in UNITS and not (low in ("st", "nd", "rd", "th") and low != ordinal_suffix(number))
    # "Ford Focus, yr10 boy", "the Ford Transit, in 2024": a school year or a word that leads a number.
    front = m.group(0)[:2].lower() if m.group("cur") is not None else (m.group("dl") or "").lower()
    if front in ID_CUES or front in _NOT_PLATE_START:
        return False
    return ((len(number) >= 3 or m.group("cur") is not None) and low not in ID_CUES and low not in _LABELS and not unit
            and after_make_and_comma(text, m.start()))



# The letters that gave a suffix plate its year.
_SUFFIX_YEARS = frozenset("abcdefghjklmnprstvwxy")
# Words that make the number before them a model's ("3 series", "7 seater"); "plate" makes two digits its age.
_MODEL_NUMBER_NAMES = frozenset({"series", "class", "seater"})


def _model_or_age_after(code: str, text: str, end: int) -> bool:
    """"blk 22 plate", "BLK 19 PLATE", "blk 3 series": a code ending in digits, then a word in any case that
    makes those digits the plate's age or a model's number, not a plate."""
    if text[end : end + 1] not in (" ", "-"):
        return False
    words = text[end + 1 : end + 9].split(None, 1)
    word = words[0].lower().rstrip(".,;:") if words else ""
    digits = len(code) - len(code.rstrip("0123456789"))
    return (word == "plate" and digits == 2) or (word in _MODEL_NUMBER_NAMES and digits <= 3)


# A lone plate letter after a blank (never the articles "a" and "i").
_LONE_LETTER_RE = re.compile(r"[ \t][B-HJ-Zb-hj-z](?![\w@'’]|[/.:-]\w)")


def _accept(m: re.Match[str], text: str) -> bool:
    code = m.group(0)
    if code[-1].isdigit() and _model_or_age_after(code, text, m.end()):
        return False  # "blk 22 plate tucson", "BLK 19 PLATE GOLF", "blk 3 series": the plate's age or the model
    if _after_car_and_comma(m, text):
        return True
    if m.group("cur") is not None:
        # Lower case "yr10 boy" is not a plate: a lower-case match needs an unusual letter triple.
        whole = m.group("cur")
        # "sleeping in ys19dun": run together, groups the DVLA issues are a plate even when the last three are a word.
        glued = len(whole) == 7 and issued_current(whole[:2], whole[2:4], whole[4:], back_may_be_word=True)
        return whole.isupper() or glued or m.group("cl").lower() not in english_words()
    if m.group("pre") is not None and _PLATE_DIGITS_AFTER_RE.match(text, m.end()):
        return False  # "Micra K12 uwz 2276": the model's code, then a plate that begins with the letters
    if m.group("pre") is not None or m.group("suf") is not None:
        letters = m.group("pl") or m.group("sl")
        if (m.group("pre") is not None and letters.lower() in _LABELS
                and text[m.start() : m.start("pl")].strip().lower() in vehicle_models()):
            return False  # "bmw x5 reg WIB 4203": a model's code, then the label of the plate that follows
        # A full plate in capitals is a plate even if its letters spell a vehicle word ("Q1 VAN").
        whole_caps = m.group(0).isupper() and len(letters) == 3
        # "getting into q396 poo": a Q plate's letters are drawn at random, so a word or a make among them
        # is no sign; but "Q1 the" is a quarter, so two digits at least, all in one case.
        code = m.group(0)
        q_plate = (m.group("pre") is not None and code[0] in "qQ" and (code.islower() or code.isupper())
                   and sum(c.isdigit() for c in code) >= 2)
        if ((plate_letters(letters) or q_plate) and (whole_caps or q_plate or not vehicle_word(letters))
                and vehicle_nearby(text, m.start(), m.end())):
            return True
        # "uses q485 ffs", "found in x157 cva": a letter, three digits and three letters that spell no word are
        # a prefix or Q plate on their own, in one case ("b12 injection" has two digits).
        three = (m.group("pre") is not None and sum(c.isdigit() for c in code) >= 3 and code[0].lower() not in "ai"
                 and (code.islower() or code.isupper()) and plate_letters(letters)
                 and not after_place_word(text, m.start()))
        # "in a red tractor ezw 302c": three letters that spell no word, three digits and a year's letter glued on
        # (never I, O, Q, U or Z) are a suffix plate on their own too, in one case; a vehicle word may be far.
        three = three or (m.group("suf") is not None and code[-2].isdigit() and code[-1].lower() in _SUFFIX_YEARS
                          and (code.islower() or code.isupper()) and plate_letters(letters)
                          and letters.lower() not in UNITS and not after_place_word(text, m.start()))
        if m.group("pre") is not None and issued_glued_prefix(code) and not after_place_word(text, m.start()):
            return True  # "breakfast club say b43ohe drops her off": two digits run together with random letters
        if (q_plate or three) and sum(c.isdigit() for c in code) >= 3 and letters.lower() not in english_words() \
                and letters.lower() not in ID_CUES:
            return True
        # "R704 EBL", "DEM 798T" in capitals with two digits or more: a shape no word or count takes, so it is a
        # plate with no vehicle word in reach (a note may name the car earlier); "Room ABC 12D" is a room's code.
        if (whole_caps and sum(c.isdigit() for c in code) >= 2 and letters.lower() not in english_words()
                and letters.lower() not in ID_CUES and not after_place_word(text, m.start())):
            return True
        # "a yellow Renault Clio, vow690d": straight after a make and model the whole shape is the plate,
        # even when its letters spell a word; in one case, so "Clio, Sat 12th" stays a date.
        return (code.islower() or code.isupper()) and after_make_and_model(text, m.start())
    if m.group("rl") is not None:
        letters = m.group("rl")
        # "FLAT 26 CAE GWAIR": a flat's door, then a name; "208 gt line": a model's number, then its trim's name.
        if after_place_word(text, m.start()) or line_trim_after(text, m.end()):
            return False
        if vehicle_word(letters) and letters.lower() not in vehicle_makes() and letters.lower() not in _LABELS:
            return False  # "a white 308 gti", "Peugeot 3008 SUV": a model's number and its trim or body, not a plate
        # "231 BYD": a make after a number is still a plate; only a vehicle word ("2 van") is not.
        if _labelled_short(m, text, letters, False):
            return True
        # "Peugeot 208 RR 6160": when more digits follow the letters, the number was the model and the
        # letters begin the plate. Only a make names its model by a number: after a vehicle noun or a model
        # ("car 1 AAA 0", "a silver Corsa 1 AAA 0") the number begins the plate.
        if _DIGITS_AFTER_RE.match(text, m.end()) and after_make_only(text, m.start()):
            return False
        # "TRUCK 2542 YR", "fabia 9411yr": no one counts four digits of years, so the school year's cue is the
        # plate's letters; a year's number ("corsa 2012 yr") may be the model's year.
        rd = m.group("rd")
        years = letters.lower() in ("yr", "yrs") and len(rd) == 4 and rd[:2] not in ("19", "20")
        # "defender 110 on the lane": a model's number, then a word that carries the sentence on.
        carried_on = letters.islower() and m.end("rd") < m.start("rl") and letters.lower() in _NOT_PLATE_START
        if (letters.lower() not in ID_CUES or years) and not carried_on and (letters.isupper() or (
                len(rd) >= 3 and letters.islower() and (years or letters.lower() not in CAR_UNITS))) and (
                after_model(text, m.start()) or after_make_and_comma(text, m.start())
                or after_model_and_trim(text, m.start())):
            return True  # "Hyundai Tucson 2497 T", "Fiat 500, 172 GM", "toyota aygo 9718 ah", "golf r 1420 xlc"
        return _dateless_digits_first(m, text, letters)
    letters, digits = m.group("dl"), m.group("dd")
    # Three letters and four digits are a sure Northern Ireland plate ("AAZ 0000 B" ends a sentence with "B").
    if len(digits) == 4 and len(letters) <= 2 and _LONE_LETTER_RE.match(text, m.end()):
        return False  # "puma st 4328 c": four digits and a lone letter are the plate, the letters before are the trim
    # "VRM 1 vw": a registration label before a number is the label, and the plate follows it. A rank is written
    # apart from its collar number ("PC 4471"); "dc02" or, after a make, model and comma, "DC 8661" is a plate's.
    rank = letters.lower() in RANKS and m.end("dl") < m.start("dd") and not after_make_and_comma(text, m.start())
    if letters.lower() in _LABELS or rank or _model_code(m, text):
        return False
    if _labelled_short(m, text, letters, True):
        return True
    low = letters.lower()
    # "a grey BMW X3, rui 1972": straight after a make and model, a dateless plate in one case is the
    # plate even when its letters are a name ("the 2 kids" stays: an everyday word is no plate's letters).
    if (len(letters) == 3 and (m.group(0).islower() or m.group(0).isupper()) and low not in ID_CUES
            and low not in english_words() and not vehicle_word(letters) and after_make_and_model(text, m.start())):
        return True
    # "a silver corsa tj 9709", "red fiesta jib 2886": straight after a make or model, letters in one case
    # and three or four digits are a dateless plate, even when the letters spell a word; a word that
    # leads a number in a sentence ("fiesta for 2500", "corsa was 2000") is left.
    if (len(letters) in (2, 3) and len(digits) >= 3 and m.end("dl") < m.start("dd")
            and (m.group(0).islower() or m.group(0).isupper()) and low not in ID_CUES
            and low not in _LEADS_A_NUMBER and after_model(text, m.start())
            # "towing vehicle mg 3296": a two-letter make with three or four digits after a vehicle noun is no
            # model of that make (theirs have one digit, "MG4"), so the plate that happens to spell it.
            and (not vehicle_word(letters) or (len(letters) == 2 and after_vehicle_word(text, m.start())))):
        return True
    # "Ford Transit Connect pe65": two letters and two digits run together after a make and model are the
    # front of a current plate, all a witness caught.
    if (len(letters) == 2 and len(digits) == 2 and m.end("dl") == m.start("dd")
            and (letters.islower() or letters.isupper()) and low not in UNITS and low not in ID_CUES
            and after_make_and_model(text, m.start())):
        return True
    # Two lower-case letters are a short word or an abbreviation ("yr 10", "sw 2"), never a plate.
    if not plate_letters(letters) or (len(letters) == 2 and not letters.isupper()):
        return False
    # A Northern Ireland code and four digits is sure on its own ("mia 2019" is a girl and a year,
    # hence the name check above for lower case), even when it spells a make ("KIA 1234").
    if len(low) == 3 and low[1:] in NI_CODES and len(digits) == 4:
        return True
    # "HE LEFT KLZ 975 ACROSS THE GATES": three digits will do in capitals, when the letters are no word or make.
    if (len(low) == 3 and low[1:] in NI_CODES and len(digits) == 3 and m.group(0).isupper()
            and low not in english_words() and not vehicle_word(letters) and low not in ID_CUES):
        return True
    # Capitals that spell an everyday word ("CAR 1", "BUS 12") or a make ("BMW 3") are a shouted phrase
    # or a model, not a plate, unless the last two letters carry the I or Z of a Northern Ireland
    # code ("BIB 1", "KIA 1").
    ni_like = letters.isupper() and len(low) == 3 and ("i" in low[1:] or "z" in low[1:])
    if (vehicle_word(letters) and not ni_like) or low in ID_CUES:
        return False
    return (ni_like or low not in english_words()) and (vehicle_nearby(text, m.start(), m.end()) or (
        len(low) == 3 and len(digits) >= 3 and low not in AFTER_NUMBER_WORDS and parked_after(text, m.end())))


# Short words that stand before a number and letters in a sentence, not the start of a plate.
_NOT_PLATE_START = frozenset(
    {"at", "on", "to", "by", "in", "is", "of", "or", "an", "as", "it", "be", "do", "go", "no", "so", "up",
     "we", "he", "me", "my", "us", "if", "am", "pm", "ok", "hi", "x"}
)


def _spaced_start(m: re.Match[str], text: str) -> int:
    """"m 471 tyn", "ek 18 ysb": a plate typed in lower case with a space at every group was found from
    its digits; the letter or two before it are the plate's start (two only before two digits)."""
    if m.group("rd") is None or len(m.group("rl")) != 3:
        return m.start()
    s = m.start()
    if s < 2 or text[s - 1] not in " \t":
        return s
    k = s - 1
    while k > 0 and text[k - 1].isascii() and text[k - 1].isalpha():
        k -= 1
    head = text[k : s - 1]
    if k > 0 and (text[k - 1].isalnum() or text[k - 1] in "/.@-_'’"):
        return s
    low = head.lower()
    if low in _NOT_PLATE_START or low in ID_CUES or low in UNITS:
        return s
    # "Citroën Berlingo, A 355 KWY": after a make and model a capital A is the plate's, not an article.
    one = len(head) == 1 and (low not in "aiouz" or (head == "A" and after_make_and_model(text, k)))
    two = len(head) == 2 and len(m.group("rd")) == 2
    return k if one or two else s


# What follows three letters when they start a suffix plate: digits and one letter.
SUFFIX_TAIL_RE = re.compile(r"[ \t]?\d{1,3}[A-Za-z](?![\w@]|[/.:-]\d)")


# A suffix plate's year letter typed apart from its digits ("car TPM 112 A"): never I, O, Q, U or Z; an "A" only
# where the line or sentence ends after it, as elsewhere it is the article ("TPM 112 A LOT").
_YEAR_LETTER_RE = re.compile(r"[ \t](?:[B-HJ-NPR-TV-Y](?![\w@'’&-])|A(?=[ \t]*(?:[\n.,;:)]|\Z)))")


def _year_letter_end(m: re.Match[str], text: str) -> int:
    """Where an accepted plate ends: three capitals and up to three digits take a year letter after a blank."""
    if m.group("dl") is None or len(m.group("dl")) != 3 or len(m.group("dd")) > 3 or not m.group(0).isupper():
        return m.end()
    y = _YEAR_LETTER_RE.match(text, m.end())
    return y.end() if y else m.end()


def find_all(text: str, wins: scan.Windows) -> Iterator[Span]:
    yield from plate_spoken.spoken(text, wins)
    for a, b in wins:
        pos = a
        while (m := PLATE_RE.search(text, pos, b)) is not None:
            if m.group("pl") is not None and SUFFIX_TAIL_RE.match(text, m.end()) and after_make_only(text, m.start()):
                # "Audi Q3 YFO 223M": the letters open a suffix plate; the letter and digit are the model.
                pos = m.start("pl")
            elif (m.group("rl") is not None and len(m.group("rl")) == 3 and SUFFIX_TAIL_RE.match(text, m.end())
                  and not (_plate_label_before(text, m.start()) or after_vehicle_word(text, m.start()))):
                # "defender 110 uno 688x": the number is the model's, its letters open a suffix plate (not "reg 1 bbb
                # 0A", "car 1 AAA 0A": after a plate's label or a vehicle noun the number begins the plate).
                pos = m.start("rl")
            elif _accept(m, text):
                yield Span(EntityType.VEHICLE_REG, _spaced_start(m, text), _year_letter_end(m, text), P_VRN)
                pos = m.end()
            else:
                # A rejected shape may hide a real plate that starts inside it: "car 1 ABC".
                pos = m.start() + 1
