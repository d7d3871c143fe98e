"""What surrounds a plate-shaped code: vehicle words, makes and models near it, the units, cues and
names its letters may really be. Shared by the plate shapes in `plates.py`."""

from __future__ import annotations

import re

from dialogs.anonymise.lexicon import (
    english_words,
    first_names,
    surnames,
    vehicle_makes,
    vehicle_models,
    vehicle_words,
)


def _cue_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    english = english_words()
    entries = set(vehicle_words()) | set(vehicle_models())
    # "in transit", "a quick note", "his partner": an everyday word names a vehicle only with a capital.
    strict = frozenset(m for m in vehicle_models() if m in english)
    loose = frozenset(w for w in entries - strict if " " not in w)
    phrases = tuple(sorted(w for w in entries if " " in w))
    return loose, strict, phrases


_LOOSE, _STRICT, _PHRASES = _cue_words()
WORD_RE = re.compile(r"[^\W_]+(?:-[^\W_]+)*")


def vehicle_cue(segment: str) -> bool:
    """Whether a vehicle word, make or model is in `segment`. Word look-ups in sets: a regex of some
    two hundred alternatives cost 30 us for every plate-shaped code, this costs a few."""
    for w in WORD_RE.findall(segment):
        low = w.lower()
        if low in _LOOSE or (low in _STRICT and w[0].isupper()):
            return True
    low_seg = segment.lower()
    return any(p in low_seg for p in _PHRASES)


# The two letters that name a Northern Ireland licensing area; on a plate they follow one more letter.
NI_CODES = frozenset(
    {"az", "bz", "cz", "dz", "ez", "fz", "gz", "hz", "ia", "ib", "ig", "ij", "il", "iw", "ji", "jz", "kz",
     "lz", "mz", "nz", "oi", "oz", "pz", "rz", "sz", "tz", "ui", "uz", "vz", "wz", "xi", "xz", "yz"}
)


# Short capitals after a number that are units, times or ordinals, not a dateless plate.
UNITS = frozenset(
    {"am", "pm", "mph", "kph", "km", "cc", "bhp", "hp", "mb", "gb", "kb", "tb", "kg", "mg", "ml", "hrs", "hr",
     "min", "mins", "sec", "secs", "yrs", "yr", "yo", "st", "nd", "rd", "th", "ft", "cm", "mm", "lbs", "oz",
     "kw", "mw", "ltr", "gbp", "pcs", "pc", "pct", "mls", "kms", "ms", "dr", "mr", "pts", "wks", "days", "mo",
     "day", "wk", "ish", "yd", "yds", "mi", "sq", "ins", "kcal", "cal", "ppm", "hz", "mah", "ah"}
)
# What a number straight after a car's make and model measures: "a ford focus 1600 cc", "aygo 300 km".
CAR_UNITS = frozenset({"cc", "bhp", "hp", "ps", "mph", "kph", "km", "kms", "mi", "kw", "mpg", "nm", "kg", "yrs",
                       "yr", "mo", "am", "pm", "st", "nd", "rd", "th"})
# Letters that introduce another identifier or a school year: "NHS 943 ...", "PNC 96", "YR 10".
ID_CUES = frozenset(
    {"nhs", "pnc", "cro", "urn", "crn", "upn", "uln", "mrn", "chi", "cad", "ref", "lcs", "dob", "tel", "mob",
     "ni", "no", "id", "cin", "cp", "eh", "asb", "yr", "rm", "apt", "flt", "ext", "pin", "age", "yrs",
     # A course's level: "(lvl 2 motor vehicle)", "NVQ 3 in vehicle maintenance".
     "lvl", "nvq"}
)

# A police rank before a collar number ("OIC PC 4471", "DC 2210"): no dateless plate. Only for letters and
# digits alone: "PS 68 TTW" is a current plate.
RANKS = frozenset({"pc", "ps", "dc", "ds", "di", "dci", "dsi", "sgt", "insp"})

_CONTEXT = 50


def vehicle_nearby(text: str, start: int, end: int) -> bool:
    a, b = max(0, start - _CONTEXT), min(len(text), end + _CONTEXT)
    # Whole words only: widen the window to the edges of the words it cuts through.
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    while b < len(text) and text[b].isalnum():
        b += 1
    return vehicle_cue(text[a:b])


def name_like(letters: str) -> bool:
    low = letters.lower()
    return not letters.isupper() and (low in first_names() or low in surnames())


def plate_letters(letters: str) -> bool:
    """Capitals, or lower-case letters that are neither an everyday word ("via", "van") nor a name."""
    if letters.isupper():
        return True
    return letters.islower() and letters not in english_words() and not name_like(letters)


# A trim named "... Line" after a model's number and its letters: "208 GT Line", "golf r-line", "focus st line".
_LINE_TRIM_RE = re.compile(r"[ \t-](?i:line)(?![\w'’-])")


def line_trim_after(text: str, end: int) -> bool:
    """"a blk 17 plate 208 gt line": the code's letters and "line" after them are a trim, so the code is a model."""
    return _LINE_TRIM_RE.match(text, end) is not None


def vehicle_word(letters: str) -> bool:
    """"BMW 3 series", "Audi A3 reg": a make, model or vehicle word beside a number is no plate."""
    low = letters.lower()
    return low in vehicle_words() or low in vehicle_models()


# A model's generation or number after its name or make: "Micra K11", "Golf Mk7", "Clio III", "Peugeot 208".
_MODEL_CODE_RE = re.compile(r"(?:[A-Z]{1,2}\d{1,3}|Mk ?\d|MK\d|mk\d|I{1,3}|IV|V|VI{1,3}|\d{1,4}[a-z]?)")


def after_model(text: str, start: int) -> bool:
    """"a Dacia Duster 8183 CC", "Hyundai Tucson 2497 T": straight after a make, or a make and a
    capitalised model name the word lists may not know, a number and capitals are the plate."""
    words = WORD_RE.findall(text[max(0, start - 30) : start])
    if not words or start < 2 or text[start - 1] not in " \t" or not text[start - 2].isalnum():
        return False
    # "Nissan Micra K11 tj 9709", "Golf Mk7 ...", "Peugeot 208 usz 904": a model's code after the model or make.
    if len(words) >= 2 and _MODEL_CODE_RE.fullmatch(words[-1]) and vehicle_word(words[-2]):
        return True
    if not text[start - 2].isalpha():
        return False
    if vehicle_word(words[-1]):
        return True
    model = words[-1]
    # "a Dacia Duster", and in lower case after a make: "a silver toyota aygo 9718 ah".
    return (len(words) >= 2 and not model.isupper() and vehicle_word(words[-2])
            and (model[0].isupper() or words[-2].lower() in vehicle_makes()))


PLATE_NAMES = frozenset({"plate", "plates", "numberplate", "reg", "registration", "vrm", "vrn"})


def plate_named(text: str, start: int, end: int) -> bool:
    words = WORD_RE.findall(text[max(0, start - 30) : start] + " " + text[end : end + 40])
    return any(w.lower() in PLATE_NAMES for w in words)


def after_make_only(text: str, start: int) -> bool:
    """"Audi Q3 ...": a make straight before. After a vehicle noun or a model the letter and digit are the
    plate's own ("car A1 AAA", "a silver Corsa A1 AAA")."""
    words = WORD_RE.findall(text[max(0, start - 20) : start])
    return bool(words) and words[-1].lower() in vehicle_makes()


def after_make(text: str, start: int) -> bool:
    """"a Citroen C1, plate was ...": a letter and digit after a make or model is the model."""
    words = WORD_RE.findall(text[max(0, start - 20) : start])
    # "private plate O 1469": a plate word is no make.
    return bool(words) and words[-1].lower() not in PLATE_NAMES and vehicle_word(words[-1])


def after_vehicle_word(text: str, start: int) -> bool:
    """"Kelvin's van D 8381", "car on the drive y 5330": straight after a vehicle noun or driving word
    (not a make: "Audi A 300" is a model)."""
    words = WORD_RE.findall(text[max(0, start - 24) : start])
    if not words or text[start - 1 : start] not in (" ", "\t"):
        return False
    # "vehicle outside 5790 m", "car parked up y 5330": a word of where it stands between them.
    if len(words) >= 2 and words[-1].lower() in _STANDING and words[-2].lower() in vehicle_words():
        return True
    return words[-1].lower() in vehicle_words()


def parked_after(text: str, end: int) -> bool:
    """"anc 2905 outside every day", "ABC 1234 PARKED UP": a code straight before where a car stands is its plate."""
    words = text[end : end + 12].split(None, 1)
    if not words or text[end : end + 1] not in (" ", "\t"):
        return False
    return words[0].lower().rstrip(".,;:") in ("outside", "parked")


_STANDING = frozenset({"outside", "parked", "opposite", "nearby", "there", "here", "seen", "up", "reg", "was", "is"})


_BODY_TYPES = frozenset({"estate", "hatchback", "hatch", "saloon", "coupe", "coupé", "convertible", "cabriolet",
                         "tourer", "mpv", "suv", "pickup", "pick-up", "crossover"})


def after_make_and_comma(text: str, start: int) -> bool:
    """"Fiat 500, 172 GM", "Land Rover Defender 110, DC 8661": a make among the four words before a comma
    straight before. After the comma the code is the plate, whatever its shape."""
    head = text[max(0, start - 40) : start].rstrip(" \t")
    if not head.endswith(","):
        return False
    # A model alone will do: "his purple micra, 8637 byn".
    return any(w.lower() in vehicle_makes() or w.lower() in vehicle_models() for w in WORD_RE.findall(head[:-1])[-4:])


def before_vehicle_word(text: str, end: int) -> bool:
    """"a garage w a 1006 g van outside": a code straight before a vehicle noun is that vehicle's plate."""
    words = WORD_RE.findall(text[end : end + 16])
    return bool(words) and text[end : end + 1] in (" ", "\t") and words[0].lower() in vehicle_words()


def after_make_and_model(text: str, start: int) -> bool:
    """"a green Mini Countryman (5362 J)", "a white Toyota C-HR, J 4714", "Ford Transit Connect pe65": a
    make and then a model (any case, maybe one no list knows), then a blank, a comma or a bracket. A make
    alone is not enough: what follows it may be the model ("Mercedes C200", "BMW 118d")."""
    before = text[max(0, start - 40) : start]
    head = before.rstrip(" \t")
    comma = head.endswith(",")
    if head.endswith(("(", ",")):
        head = head[:-1].rstrip(" \t")
    elif head == before:
        return False
    words = WORD_RE.findall(head)
    if comma and words and head.endswith(words[-1]) and any(w.lower() in vehicle_makes() for w in words[-4:]):
        # "a silver Vauxhall, L 9541", "Fiat 500, 172 GM", "Skoda Octavia private hire, O 520": a make among
        # the last few words, and after the comma the code cannot be the model.
        return True
    if len(words) < 2 or not head.endswith(words[-1]):
        return False
    model = words[-1]
    if model.lower() in _BODY_TYPES and len(words) >= 3 and vehicle_word(words[-2]):
        return True  # "Skoda Octavia estate, F 488 RTE": the body after the model
    if vehicle_word(words[-2]):
        return vehicle_word(model) or model[0].isupper() or any(c.isdigit() for c in model)
    # "Ford Transit Connect": a make, a model and the model's second word.
    return len(words) >= 3 and vehicle_word(words[-3]) and words[-2][0].isupper() and model[0].isupper()


def ordinal_suffix(number: str) -> str:
    """The suffix an ordinal of `number` takes: "1" -> "st", "12" -> "th", "22" -> "nd"."""
    if number[-2:] in ("11", "12", "13"):
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(number[-1:], "th")


_PLACE_WORDS = frozenset({"room", "rm", "ward", "bed", "bay", "block", "unit", "flat", "building", "office",
                          "suite", "platform", "stand", "seat", "locker", "cell", "wing", "floor", "level"})


def after_place_word(text: str, start: int) -> bool:
    """"Room ABC 12D", "Meet in Room R704 EBL": a room, ward or seat names its own codes."""
    words = WORD_RE.findall(text[max(0, start - 16) : start])
    return bool(words) and words[-1].lower() in _PLACE_WORDS


_NUMBERED_MODELS = frozenset({"series", "class"})  # "3 series", "c class": a number or letter names the model


def after_model_and_trim(text: str, start: int) -> bool:
    """"a grey 21 plate puma st 4328 c", "a blk 3 series msport 3437 d": a model, or a make's numbered series,
    then only trim or body words no dictionary knows ("st", "msport", "r") or a body ("estate"), straight
    before the code. Typed quickly in lower case, the trim does not stop the plate being the car's."""
    words = text[max(0, start - 40) : start].split(" ")
    if len(words) < 2 or words[-1] != "":
        return False
    words.pop()
    english = english_words()
    for back in range(1, min(5, len(words) + 1)):
        word = words[-back]
        low = word.lower()
        if low in vehicle_models():
            return True
        if low in _NUMBERED_MODELS:
            return back < len(words) and len(words[-back - 1]) <= 2 and words[-back - 1].isalnum()
        # "golf r": a letter names a trim too, but "a" and "i" are words.
        trim = len(low) <= 7 and (low not in english or (len(low) == 1 and low not in "ai"))
        if not (word.isalpha() and (low in _BODY_TYPES or trim)):
            return False
    return False
