"""Names in capitals, as triage, custody and incident logs write them: a run of words in capitals before a date of
birth ("VERNON CHEETHAM, 27 Jul 1984"), two name-shaped words side by side that no list knows ("HOUSHANG
HOSSEINZADEH"), and a surname that is also a word, told by what follows it ("SHANOYA YAP (0770...)",
"AYANTU BELAY SAYS")."""

from __future__ import annotations

import re

from dialogs.anonymise import name_hints
from dialogs.anonymise.cues import PERSON_VERBS
from dialogs.anonymise.name_tokens import Lexicon, Tok

# "VERNON CHEETHAM, 27 Jul 1984": a name in capitals, as triage and custody records write it, then its date of
# birth. Two words at least, so that a lone acronym before a date ("SBAR, 12/3/24") stays.
# Capitals of the Latin-1 and Latin Extended-A ranges too: "KVETOSLAVA ŠČUKA".
_CAPS_WORD = r"[A-ZÀ-ÞĀ-Ž][A-ZÀ-ÞĀ-Ž'’-]+"
_CAPS_NAME_BEFORE_DOB_RE = re.compile(
    # At most eight words (the run read back is at most 40 characters): unbounded, the match ran to the end of
    # every caps-lock run from each of its words, so a long run took quadratic time.
    rf"{_CAPS_WORD}(?:[ \t]+{_CAPS_WORD}){{1,7}}"
    r"(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]+(?:dob|DOB|d\.o\.b\.?)[: \t]*)"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t/.-]+(?:\d{1,2}|[A-Za-z]{3,9})[ \t/.-]+\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_CAPS_RUN_BACK_RE = re.compile(rf"(?:{_CAPS_WORD}[ \t]+)+$")


def caps_name_before_dob(text: str, start: int) -> bool:
    """Whether the word at `start` is in a run of two or more words in capitals followed by a date of birth."""
    back = _CAPS_RUN_BACK_RE.search(text, max(0, start - 40), start)
    return _CAPS_NAME_BEFORE_DOB_RE.match(text, back.start() if back is not None else start) is not None


_CAPS_NEIGHBOUR_RE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]{3,}(?![\w/])")


_SURNAME_CUE_WORDS = frozenset({"says", "said", "told", "dob", "aged", "who", "rang", "called", "reports", "reported",
                                # What only a person does next: "NEPHEW TOSIEK URBAN TOOK HER PENSION".
                                "took", "takes", "stole", "steals", "hit", "hits", "threatened", "punched", "kicked",
                                "pushed", "grabbed", "drives", "drove", "gave", "gives", "sold", "sells", "owes"})


def surname_cue_after(text: str, end: int) -> bool:
    return text.startswith((" (", "(", "'s", "’s"), end) or name_hints.next_word(text, end) in _SURNAME_CUE_WORDS


def caps_pair(text: str, tok: Tok, lex: Lexicon) -> bool:
    """"check CPOMS for HOUSHANG HOSSEINZADEH?": two words in capitals side by side, each shaped like a name
    and neither a word, place or system the lists know, are a given name and a surname; acronyms are short or
    have no vowels, and sit beside words ("MASH REFERRAL")."""
    nxt = text[tok.end : tok.end + 1]
    if nxt == "/" or nxt.isdigit() or not _caps_namelike(tok.low, lex):
        return False  # "SCRA SCRA/26/36898": a system's code, not a name
    after = _CAPS_NEIGHBOUR_RE.match(text, tok.end + 1) if text[tok.end : tok.end + 1] == " " else None
    if after is not None and _caps_neighbour(after.group().lower(), lex):
        return True
    before = _CAPS_NEIGHBOUR_RE.search(text, max(0, tok.start - 31), max(0, tok.start - 1)) \
        if text[tok.start - 1 : tok.start] == " " else None
    return before is not None and before.end() == tok.start - 1 and _caps_neighbour(before.group().lower(), lex)


def _caps_neighbour(low: str, lex: Lexicon) -> bool:
    # "ROGER BOOCOCK": a given name that is also a word will do beside a word no list has.
    return _caps_namelike(low, lex) or (low in lex.given and low not in lex.not_names)


def _caps_namelike(low: str, lex: Lexicon) -> bool:
    parts = low.split("-")
    return len(low.replace("-", "")) >= 4 and all(
        p and p not in lex.english and p not in lex.not_names and p not in lex.towns and _VOWEL_AFTER_RE.search(p)
        for p in parts if len(p) > 2)


_VOWEL_AFTER_RE = re.compile(r".[aeiouy]")


_WHO_WORDS = frozenset({"who", "says", "said", "told"})


def who_after(text: str, end: int) -> bool:
    """"COLLECTED BY FARIHA WHO SMELT OF WEED": a word no list has in capitals, then "who" or a verb of saying."""
    return name_hints.next_word(text, end) in _WHO_WORDS


def log_runs_on(low: str, english: bool, lex: Lexicon) -> bool:
    """"GRAN DRIVES BLK 19 GOLF", "DAD SHOUTING": after a role word in capitals, a verb that is no given name is
    what the relative does, not what they are called ("SON TERRY", "MUM WILL" stay names)."""
    # "HV BOOKED W EWO", "HV NEW BIRTH VISIT": what was done or what kind of visit, not whom.
    return english and low not in lex.given and (low in PERSON_VERBS or (low.endswith("ing") and len(low) > 5)
                                                 or (low.endswith("ed") and len(low) > 4) or low in _LOG_KINDS)


_LOG_KINDS = frozenset({"new", "first", "initial", "joint", "unannounced", "planned", "routine", "urgent", "follow"})


_PLATE_LETTER_RE = re.compile(r"\d[ \t]?[A-Z]\.? $")


def plate_letter_before(text: str, start: int) -> bool:
    """"IN PLL 240 R HEADING FOR": a lone capital straight after digits closes a plate or a number; it is no
    initial of the word after it."""
    return _PLATE_LETTER_RE.search(text, max(0, start - 5), start) is not None
