"""What the DVLA issues, for plates hidden on their shape alone ("he's in BE 53 AFJ most days", "sleeping in
nm 56 lgo", "I took the number Q 400 BEH"): a plate typed or read over the phone is often far from any vehicle
word. Only groups the DVLA would issue count, which ordinary text rarely matches: "is 12 now", "up 10 mph" and
"Y 10 SEN" start with letters no current plate starts with, or carry an age no plate has."""

from __future__ import annotations

from dialogs.anonymise.lexicon import english_words, first_names, surnames
from dialogs.anonymise.plate_context import ID_CUES, UNITS, vehicle_word

# The region letter that starts a current plate's memory tag; I, J, Q, T, U, X and Z start none.
_REGION_LETTERS = frozenset("abcdefghklmnoprsvwy")
# Three letters after the digits: abbreviations of months and days follow a number in a date ("by 12 feb"), and
# texting shorthand follows an age or a count ("be 18 nxt yr", "12 ppl").
# Two-letter words that link a number to the next words: "placed under reg 24 at nan's" is a regulation, not a
# dateless plate "24 AT". Texting's "ex", "eh" and "ma" are left out: after "reg" they have been a plate's letters.
LINK_WORDS = frozenset({"at", "in", "on", "to", "of", "by", "as", "is", "or", "so", "if", "up"})
AFTER_NUMBER_WORDS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue", "wed", "thu",
     "fri", "sat", "sun", "nxt", "ppl", "mth", "wks", "tho", "thx", "pls", "plz", "btw", "tbh", "lol", "omg", "yrs",
     "grp", "apt", "mtg", "pts", "mgs", "mls", "mcg", "bpm"}
)


# Two-letter words that stand before a number in a sentence in capitals ("AT 10 ...", "ON 12 ..."). A rarer word
# is a memory tag in capitals ("BE 53 AFJ"); in lower case any word is prose ("be 12 nxt").
BEFORE_NUMBERS = frozenset(
    {"ad", "ah", "am", "an", "as", "at", "by", "do", "eh", "go", "he", "me", "my", "no", "of", "oh", "ok", "on", "or",
     "pm", "so", "up", "us", "we", "ya", "ye"}
)


def _word(letters: str) -> bool:
    low = letters.lower()
    return (low in english_words() or low in ID_CUES or low in UNITS or low in AFTER_NUMBER_WORDS
            or (letters.islower() and (low in first_names() or low in surnames())))


def issued_age(digits: str) -> bool:
    """A current plate's age: 02 to 29 for March, 51 to 79 for September ("00", "40" and "99" are none)."""
    return len(digits) == 2 and ("02" <= digits <= "29" or "51" <= digits <= "79")


def _random_letters(letters: str) -> bool:
    """The three letters that end a current or prefix plate: never I or Q, and no word."""
    low = letters.lower()
    return len(low) == 3 and "i" not in low and "q" not in low and not _word(letters)


def issued_current(front: str, digits: str, back: str, *, back_may_be_word: bool = False) -> bool:
    """"BE 53 AFJ", "gg 75 kzh", "ys19dun": a memory tag the DVLA issues, an age, and three random letters, all in
    one case. `back_may_be_word` when the plate is run together, where the letters cannot be a word of the
    sentence ("ys19dun")."""
    if not ((front.isupper() and back.isupper()) or (front.islower() and back.islower())):
        return False
    tag = front.lower()
    word = tag in BEFORE_NUMBERS or tag in ID_CUES or tag in UNITS if front.isupper() else _word(front)
    if len(tag) != 2 or tag[0] not in _REGION_LETTERS or tag[1] in "iqz" or word or not issued_age(digits):
        return False
    if back_may_be_word:
        low = back.lower()
        return (len(low) == 3 and "i" not in low and "q" not in low and low not in UNITS
                and low not in AFTER_NUMBER_WORDS)
    return _random_letters(back)


def issued_prefix(letter: str, digits: str, back: str) -> bool:
    """"Q 400 BEH", "V 950 KXN": a prefix or Q plate read out in capitals with three digits (two could be a
    school year, "Y 10 SEN")."""
    return (letter.isupper() and back.isupper() and len(letter) == 1 and letter not in "AIOUZ"
            and len(digits) == 3 and _random_letters(back))


# Colour shorthand typed before a model's number ("a blk 320 d" is a black BMW 320d): no suffix plate's letters.
COLOUR_SHORTHAND = frozenset({"blk", "wht", "gry", "slv", "sil", "nvy", "grn", "blu", "bla", "whi", "gld", "prp"})


def issued_lower_old(parts: list[str]) -> bool:
    """"jxg 752 r", "v 668 aek": a suffix or prefix plate typed in lower case with a blank at every break. Three
    digits, a lone letter the DVLA used (never A, I, O, U or Z; the SPACED_LOWER_RE shape keeps those out) and
    three letters that are no word, name, unit or shorthand: prose has no such run ("y 10 sen" is a school year
    and a need, "a blk 320 d" a colour and a model)."""
    if len(parts) != 3 or len(parts[1]) != 3 or not all(p.islower() for p in (parts[0], parts[2])):
        return False
    prefix = len(parts[0]) == 1
    letters = parts[2] if prefix else parts[0]
    # A colour is typed before a model's number, never after a lone letter and a number ("b 100 nvy" is a plate).
    if len(letters) != 3 or (not prefix and letters in COLOUR_SHORTHAND) or vehicle_word(letters):
        return False
    # A prefix plate's last three letters never hold I or Q.
    return _random_letters(letters) if prefix else not _word(letters)


def issued_glued_prefix(code: str) -> bool:
    """"say b43ohe drops her off": a prefix plate run together with two digits, in one case. Its lone letter is one
    the DVLA used (never A, I, O, U or Z; nor X or Y, which write "times" and a school year: "y10sen") and its last
    three letters spell nothing; three digits are settled in `plates.py` already."""
    if len(code) != 6 or not (code.islower() or code.isupper()):
        return False
    letter, digits, back = code[0], code[1:3], code[3:]
    return (letter.isalpha() and letter.lower() not in "aiouzxy" and digits.isdigit() and back.isalpha()
            and _random_letters(back))


def issued_tag(front: str, digits: str) -> bool:
    """"lo 68", "yr 76": a memory tag the DVLA could issue (a region letter, no I, Q or Z after it) and an age, where
    the tag may spell a word or a cue; the caller asks for a cue and letters after it that settle the reading.
    Never a word that leads a number in a sentence ("at 12", "by 15")."""
    tag = front.lower()
    return (len(tag) == 2 and front.isalpha() and tag[0] in _REGION_LETTERS and tag[1] not in "iqz"
            and tag not in BEFORE_NUMBERS and issued_age(digits))


def random_back(back: str) -> bool:
    """The three letters that end a current plate, spelling no word (see `_random_letters`)."""
    return _random_letters(back)


def word_like(letters: str) -> bool:
    """Letters a sentence could hold beside a number: a word, cue, unit, shorthand or (in lower case) a name."""
    return _word(letters)
