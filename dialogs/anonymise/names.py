"""Person names by rules: capitalisation away from a sentence start, titles and role words, a name
gazetteer for lower-case text, and propagation so that a name found once is hidden everywhere."""

from __future__ import annotations

import re
from operator import attrgetter

from dialogs.anonymise import caps_names, lower_words, name_context, name_hints, scan
from dialogs.anonymise.cues import (
    ADULT_ROLES,
    CHILD_ROLES,
    GREETINGS,
    INTRO_AFTER,
    NAMING,
    PERSON_VERBS,
    TITLES,
    age_cue,
    intro_only,
    introduced,
    previous_word,
)
from dialogs.anonymise.dotted_handles import SUFFIXES
from dialogs.anonymise.name_runs import attach_initials, join_neighbours, propagate, runs
from dialogs.anonymise.name_tokens import CUE_WORDS as _CUE_WORDS
from dialogs.anonymise.name_tokens import DETERMINERS as _DETERMINERS
from dialogs.anonymise.name_tokens import Lexicon as _Lexicon
from dialogs.anonymise.name_tokens import Tok as _Tok
from dialogs.anonymise.name_tokens import adjacent as _adjacent
from dialogs.anonymise.name_tokens import contraction
from dialogs.anonymise.name_tokens import lexicon as _lexicon
from dialogs.anonymise.types import Span

# A word: letters joined by apostrophes or hyphens ("O'Neill", "Mary-Jane", "Tyler's").
TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# TOKEN_RE's words that do not start with a capital, in ASCII text: every word is matched whole, so no
# word is found starting inside another, and only the lower-case ones are captured. Look-behinds for the
# letter or joiner before a word, tried at every character, cost a quarter more (speed).
_LOWER_TOKEN_ASCII_RE = re.compile(r"[A-Z][A-Za-z]*(?:['-][A-Za-z]+)*|([a-z][A-Za-z]*(?:['-][A-Za-z]+)*)")
_LOWER_VERBS = name_context.LOWER_VERBS
# Words that put a following word-like name back into ordinary use: "I hope", "you will", "to mark".
_NOT_BEFORE_NAME = frozenset(
    {"i", "we", "you", "they", "he", "she", "it", "to", "will", "would", "can", "could", "should", "may",
     "might", "must", "shall", "not", "also", "just", "still", "a", "the", "and", "or", "but", "in", "of"}
)
_LOWER_TITLES = frozenset({"mr", "mrs", "ms", "mx"})
_RAG = frozenset({"red", "amber", "green"})
_DATE_WORDS = frozenset(
    {"in", "on", "of", "since", "until", "till", "by", "from", "during", "early", "late", "mid", "last", "next",
     "this", "before", "after", "end", "start", "beginning", "between", "and", "to", "or", "through"}
)
_NOT_AFTER_TITLE = _NOT_BEFORE_NAME | _DETERMINERS | PERSON_VERBS | _CUE_WORDS | {"and", "or", "x", "y", "z"}
# An age, a school year or a date of birth in brackets after a word says a person: "Reed (14)", "Happiness
# Scamp (Y6)", "Fury Doe (15/7/09)", "Cadan (10 June 2018)".
_AGE_BRACKET_RE = re.compile(
    r" ?\((?:(?:aged? )?\d{1,2}|(?:y|yr|year) ?\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}"
    r"|\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]{2,8} \d{4}"
    # "Floss (baby)", "Jem (u14s)": a listed child's age as a word, or a team's age group.
    r"|baby|newborn|infant|unborn|u\d{1,2}s?"
    # "Cash (learning disability, 41)": a description, then the age.
    r"|[a-z][a-z ]{2,30}, ?(?:aged? )?\d{1,2})\)",
    re.IGNORECASE,
)


def _age_bracket(text: str, end: int) -> bool:
    # Most words have no bracket after them, which startswith settles before the regex is tried (speed).
    return text.startswith(("(", " ("), end) and _AGE_BRACKET_RE.match(text, end) is not None


_ETHNIC = frozenset({"white", "black", "mixed", "brown", "asian"})
_TITLED_RE = re.compile(r"\b(?:mr|mrs|ms|mx)\.?\s+([a-z][a-z'’-]+)")
_TITLES = ("mr", "ms", "mx")  # what every _TITLED_RE match begins with



def _role_in_lower_case(text: str, start: int) -> bool:
    before = text[max(0, start - 30) : start].rstrip(" \t\r\n,:(")
    parts = before.rsplit(None, 1)
    return bool(parts) and parts[-1][:1].islower()


def _cued(text: str, start: int) -> tuple[bool, str]:
    prev = previous_word(text, start)
    return prev.rstrip(".") in TITLES or prev in _CUE_WORDS, prev


def _decide_capitalised(text: str, tok: _Tok, lex: _Lexicon, prev_is_name: bool) -> bool:
    # Cheap set look-ups first; the word before is read only when they cannot settle it (speed).
    low = tok.low
    if len(low) == 1 or low.rstrip(".") in TITLES or (low in _CUE_WORDS and low not in lex.given):
        return False  # "Physio: patient ..." names a role, not a person
    if low in lex.not_names:
        # "May said" is a girl, "in May" a month: a word-like name needs a cue or a verb after it.
        if low not in lex.given:
            return False
        cued, prev = _cued(text, tok.start)
        if cued:
            return True
        if low not in lex.wordlike:
            return False
        return prev not in _DATE_WORDS and name_hints.next_word(text, tok.end) in _LOWER_VERBS
    # The set look-ups first: most capitalised words are names, which only a model's name makes read back (speed).
    if (low in lex.models_named or low not in lex.namey) and _after_make(text, tok.start, lex):
        # "a Vauxhall Adam", "Renault Zoe", "a green Skoda Roomster", "Audi A1 Sportback": the model.
        return False
    if low in _ETHNIC and name_hints.next_word(text, tok.end) in lex.not_names:
        return False  # "White British", "Black Caribbean" describe, they do not name
    if _age_bracket(text, tok.end) and not (low.endswith("s") and low[:-1] in lex.english):
        return True  # "Reed (14) has no bed": a capitalised word with an age after it is a person
    raw = text[tok.start : tok.end]
    all_caps = raw.isupper()
    # "Co-op", "Multi-Agency": a hyphenated word made of dictionary words is a dictionary word.
    english = low in lex.english or ("-" in low and all(p in lex.english for p in low.split("-")))
    namey = low in lex.given or low in lex.surnames
    if prev_is_name:
        # "JORDAN SMITH NEAR ASDA": shouting text does not make "NEAR" part of the name; "SHANOYA YAP (0770...)",
        # "AYANTU BELAY SAYS": a bracket, a possessive or a reporting verb after it does.
        return not (all_caps and english and not namey) or caps_names.surname_cue_after(text, tok.end)
    if contraction(raw) or text.startswith(("'s Law", "’s Law"), tok.end) \
            or (low in lex.towns and name_context.town_after_place_word(text, tok.start, low)):
        return False  # "Clare's Law"; "went to Castleford" names a place
    # raw[1:].islower() settles the usual case, no inner capital, without counting (speed).
    if not all_caps and "-" not in raw and "'" not in raw and not raw[1:].islower() \
            and sum(1 for c in raw[1:] if c.isupper()) > 1:
        return False  # mixed-case jargon such as "DoLS"; "McDonald" has one inner capital only
    if all_caps:
        # After a role in capitals a pronoun or a record's word is the log running on ("TA HE SLEPT", "PARAMEDIC
        # CALL LOG"); any other word is a name ("SON TERRY", "resident NEST PROTHEROE").
        return (namey and not english) or (_cued(text, tok.start)[0] and low not in _LOG_WORDS
                                           and not caps_names.log_runs_on(low, english, lex)) \
            or (name_hints.after_initial(text, tok.start) and not caps_names.plate_letter_before(text, tok.start)) \
            or name_hints.with_at_clause_end(text, tok.start, tok.end, previous_word(text, tok.start)) \
            or (not english and len(low) > 2 and caps_names.caps_name_before_dob(text, tok.start)) \
            or (not english and caps_names.caps_pair(text, tok, lex)) \
            or (not english and len(low) > 2 and caps_names.who_after(text, tok.end))
    if not english or (namey and not tok.initial):
        if low not in lex.wordlike:
            return True
        # "triaged as Amber" is a rating and "over the Summer" a season, not a girl.
        prev = previous_word(text, tok.start)
        return not ((low in _RAG and prev in {"as", "rated", "rag", "is", "to"}) or (
            prev in _DETERMINERS and not name_hints.acts_in_reported_clause(text, tok.start, tok.end)))
    if name_hints.after_initial(text, tok.start) or name_hints.owns_relative(text, tok.end):
        return True
    cued, prev = _cued(text, tok.start)
    if not tok.initial and (name_hints.with_at_clause_end(text, tok.start, tok.end, prev)
                            or name_hints.named_by_words_before(text, tok.start, prev)):
        return True  # "... with Spider.", "lad called him Stoat", "her sister is Rose"
    # After a title an everyday word is a surname ("Mrs Field"); after a lower-case role word it is a
    # name ("her sister Wing"); after a capitalised one it is jargon ("Child Sexual Exploitation").
    if cued and (prev.rstrip(".") in TITLES or _role_in_lower_case(text, tok.start)):
        return True
    if prev in name_context.KIN and not (low.endswith("s") and low[:-1] in lex.english) \
            and name_context.lower_after(text, tok.end):
        return True  # "Mum Beryl on 07...": after "Mum" a capitalised word is a name unless a heading runs on
    if prev in _GREETING and low not in _ADDRESSED and text[tok.end : tok.end + 1] in (",", "\n", "!", ""):
        return True  # "Hi Yen,", "Thanks, Hector": a greeting or a thanks names whoever it addresses
    if prev in _SPEECH and not tok.initial and (name_hints.next_word(text, tok.end) in _DEEDS
                                                or name_context.with_a_relative_after(text, tok.end)):
        return True  # "Says Razor keeps messaging him", "says Chick and her friend": whom a report is about
    if not tok.initial and name_context.after_caring_words(text, tok.start):
        return True  # "run by Meatball", "They have cared for Justice since he was 11"
    if tok.initial and namey:
        return name_hints.next_word(text, tok.end) in PERSON_VERBS
    return False


_LOG_WORDS = _DETERMINERS | frozenset(
    {"he", "she", "they", "it", "we", "i", "you", "him", "them", "us", "me", "call", "log", "team", "service", "unit",
     "line", "report", "note", "record", "visit", "check", "update", "referral", "and", "or", "to", "at", "in", "on",
     "from", "by", "for", "of", "with", "not", "no", "all", "again", "now", "then", "out", "up", "down", "home",
     "back", "flat", "room", "house", "below", "above", "next", "door", "says", "said", "told", "rang", "called",
     "came", "went", "is", "was", "has", "had", "will", "would", "can", "could", "did", "does", "attended",
     "come", "go", "see", "ring", "speak", "help", "pop", "look", "please", "pls",
     # A service's heading after a role: "VICTIM CARE VC-244729", "VICTIM SUPPORT", "CHILD CONTACT".
     "care", "support", "services", "liaison", "hub", "contact", "statement", "impact", "premises"})
_MODALS = frozenset({"will", "may", "can", "must", "might", "shall"})
_MODEL_NUMBER_RE = re.compile(r"[a-z]{0,2}\d{1,4}[a-z]?")


def _after_make(text: str, start: int, lex: _Lexicon) -> bool:
    """Within a car's name after its make: "a Vauxhall Adam", "Audi A1 Sportback", "Nissan Note Tekna"."""
    if previous_word(text, start) in lex.makes:
        return True
    # A make names its car in up to three words, the model and then its trim ("Ford C-Max Zetec", "Vauxhall
    # Zafira Tourer"): capitalised words and model numbers that follow a make with single blanks are the car.
    end = start
    worded = False
    for _ in range(3):
        if end < 2 or text[end - 1] != " ":
            return False
        floor = max(0, end - 25)
        i = text.rfind(" ", floor, end - 1) + 1
        if i == 0 and floor > 0:
            return False
        word = text[i : end - 1]
        low = word.lower()
        if low in lex.makes:
            # "Suzuki" is a surname too: capitalised words after it may be the rest of a person's name.
            return not (worded and low in lex.namey)
        if not _MODEL_NUMBER_RE.fullmatch(low):
            if not (word[:1].isupper() and word.replace("-", "").isalpha()):
                return False
            worded = True
        end = i
    return False


_NO_VOWEL_RE = re.compile(r".[^aeiouy]+")
_GREETING = GREETINGS
# Whom a greeting addresses when it names no one.
_ADDRESSED = frozenset({"all", "team", "both", "everyone", "everybody", "guys", "folks", "sir", "madam", "colleagues",
                        "there", "again", "friends", "you", "mum", "dad", "love", "lovely", "ladies", "gents"})
_SPEECH = frozenset({"says", "said", "told", "tells", "claims", "claimed", "reports", "reported", "alleges",
                     "alleged", "thinks", "believes", "that"})
# What a person does and a thing seldom does, straight after its name.
_DEEDS = frozenset({"keeps", "kept", "messages", "messaged", "texts", "texted", "sends", "sent", "gives", "gave",
                    "hit", "hits", "punched", "threatened", "threatens", "told", "tells", "says", "said", "makes",
                    "made", "took", "takes", "wants", "wanted", "sleeps", "slept", "stays", "stayed", "picks",
                    "picked", "drives", "drove", "sells", "sold", "deals", "brings", "brought", "calls", "rang"})
_ARTICLES = frozenset({"the", "a", "an"})  # "the rowan outside": a tree, not a girl


def _decide_lower(text: str, tok: _Tok, lex: _Lexicon, prev_is_name: bool) -> bool:
    low = tok.low
    # The word lists are unaccented: look a name up without its accents, but keep "crèche" and
    # "café" ordinary words by checking the word lists the same way.
    if not low.isascii() and name_hints.foreign_name(low, lex.english, lex.not_names, lex.namey):
        return True
    # "nurse drop-in", "a walk-in": a compound of everyday words is an everyday word.
    if "-" in low and all(p in lex.english and p not in lex.first for p in low.split("-")):
        return False
    if len(low) < 3 or low in lex.not_names or contraction(low) or low in _CUE_WORDS \
            or (low in lex.towns and name_context.town_after_place_word(text, tok.start, low)):
        return False
    if low in lex.models_named and _after_make(text, tok.start, lex):
        return False  # "blk seat leon fr": a model after its make, in lower case too
    if low in SUFFIXES and text[tok.start - 1 : tok.start] == "." and text[tok.start - 2 : tok.start - 1].isalnum():
        return False  # a file's or a domain's ending: "plan.docx", "notes.pdf"
    prev = previous_word(text, tok.start)
    cued = (prev in ADULT_ROLES or prev in CHILD_ROLES or prev in NAMING or prev.rstrip(".") in TITLES
            or name_hints.named_by_words_before(text, tok.start, prev)
            or (low not in lex.english and _age_bracket(text, tok.end)))
    if (prev_is_name or prev.rstrip(".") in TITLES) and low in lex.surnames:
        return True
    if prev.rstrip(".") in _LOWER_TITLES and low not in _NOT_AFTER_TITLE:
        return True  # "mrs parry", "mr bird": any surname, word or not, after an unambiguous title
    if low in lex.english:
        # "boyfriend dean hit him" is a name; "mum will come" is not.
        # A word-like name ("faith said", "sky is 4") needs a verb that a bare word never takes, or an age.
        nxt = name_hints.next_word(text, tok.end)
        verbs = name_context.MODAL_VERBS if low in _MODALS else _LOWER_VERBS
        if low in lex.given and nxt in verbs and prev not in _NOT_BEFORE_NAME:
            return cued or low in lex.first or low in lex.wordlike
        if low in lex.given and low not in _MODALS and (
            cued or (introduced(text, tok.start) and (nxt in INTRO_AFTER or not intro_only(text, tok.start)))
        ):
            return True  # "his dad rob", "mum's partner dean", "its dale at ...", "spoke to rob"
        if (low in lex.surnames or low in lex.given) and prev not in _NOT_BEFORE_NAME and (
                name_context.at_home_after(text, tok.end) or name_context.kin_before_bracket(text, tok.start,
                                                                                            tok.end, prev)):
            return True  # "warren at first floor flat", "her dad warren (dementia)"
        if low in _MODALS and nxt not in ("(", ",", "is", "was", "'s", ""):
            return False  # "his grandson will only visit": the verb, not a boy called Will
        return low in lex.given and prev not in _NOT_BEFORE_NAME and age_cue(text, tok.start, tok.end) is True
    if (low in lex.first and prev not in _ARTICLES) or low in lex.surnames or low in lex.proper or low in lex.wide \
            or prev_is_name:
        return True
    if "-" in low and any(p in lex.first and p not in lex.english for p in low.split("-")):
        return True  # "kerry-ann", "mary-jane"
    # "this is bev at reception", "spoke to shaz": a word no list knows, right after an introduction.
    # "w/ modupe (DSL)", "10 yr old nirojan", "henok is 15": or with a role or an age beside it.
    # "her son (asd)", "dad (ptsd)": after a role, letters with no vowel in brackets are a diagnosis.
    diagnosis = text[tok.start - 1 : tok.start] == "(" and low.isascii() and _NO_VOWEL_RE.fullmatch(low.lower())
    return (cued and not diagnosis) or (introduced(text, tok.start)
                    and (name_hints.next_word(text, tok.end) in INTRO_AFTER or not intro_only(text, tok.start))
                    ) or name_context.beside_unknown(text, low, tok.start, tok.end, lex.english) or (
        # "last seen getting into a car with kenno.": who someone went with, a word no list knows.
        prev == "with" and low not in lex.english and name_context.namelike(low, lex.english)
        and name_hints.with_at_clause_end(text, tok.start, tok.end, prev)
        and not name_context.typo_of_word(low, lex.english))


_UPPER = "".join(c for c in map(chr, range(0x10000)) if c.isupper() and c.isalpha())
# The capital first and the word boundary looked back at from it, so the engine skips to capitals (speed).
CAP_TOKEN_RE = re.compile(rf"[{re.escape(_UPPER)}](?<=\b.)[^\W\d_]*(?:['’-][^\W\d_]+)*")


def _lower_candidates(text: str, lex: _Lexicon) -> list[tuple[int, str]]:
    """Lower-case words worth a look: not in the dictionary, or a dictionary word that is also a name."""
    # Words in a script without capitals (Arabic, Chinese) are looked at too.
    words = (lower_words.in_ascii(text, _LOWER_TOKEN_ASCII_RE) if text.isascii()
             else {w for w in TOKEN_RE.findall(text) if not w[0].isupper()})
    wanted = (words - lex.english) | (words & lex.maybe_names)  # set operations in C, not a Python loop
    if len(text) > scan.SHORT:
        # Tried only where "mr", "ms" or "mx" is written, found by str.find: the pattern opens with "\b", so
        # a scan tried it at every character of a long note (speed).
        wanted.update(m.group(1) for m in scan.matches_from(_TITLED_RE, text, scan.literal_starts(text, _TITLES)))
    elif "mr" in text or "ms" in text or "mx" in text:
        wanted.update(m.group(1) for m in _TITLED_RE.finditer(text))
    if not wanted:
        return []
    if len(wanted) > 40:
        return [(m.start(), m.group()) for m in TOKEN_RE.finditer(text) if m.group() in wanted]
    # Few candidates: str.find per word beats a Python loop over every word of a long note.
    found: list[tuple[int, str]] = []
    n = len(text)
    for w in wanted:
        i = text.find(w)
        while i != -1:
            j = i + len(w)
            # Same word boundaries as TOKEN_RE: an apostrophe or hyphen joins only letter to letter.
            before_ok = i == 0 or not (
                text[i - 1].isalpha() or (text[i - 1] in _JOINERS and i > 1 and text[i - 2].isalpha())
            )
            after_ok = j >= n or not (
                text[j].isalpha() or (text[j] in _JOINERS and j + 1 < n and text[j + 1].isalpha())
            )
            if before_ok and after_ok:
                found.append((i, w))
            i = text.find(w, i + 1)
    found.sort()
    return found


_JOINERS = frozenset("'’-")


def _tokens(text: str, lex: _Lexicon) -> list[_Tok]:
    """Every word that could be a name, in text order. Capitalised words come from one regex and
    lower-case candidates from another, so ordinary lower-case words never reach Python."""
    out: list[_Tok] = []
    # Bound once: this loop runs for every capitalised word of the note (speed).
    english, namey, initial_at = lex.english, lex.namey, name_hints.sentence_initial
    openers, ends = name_hints.OPENERS, name_hints.SENTENCE_END
    for m in CAP_TOKEN_RE.finditer(text):
        base = m.group()
        # name_hints.split_possessive and the usual case of sentence_initial, inlined: this runs for
        # every capitalised word of every note (speed).
        if len(base) > 3 and base[-2] in "'’" and base[-1] in "sS":
            base = base[:-2]
        start = m.start()
        low = base.lower()
        # Most capitalised words follow one blank: the character before that settles it.
        if start == 0:
            initial = True
        elif ((before := text[start - 1]) not in openers
              or (before == " " and start > 1 and (before := text[start - 2]) not in openers)):
            initial = before in ends
        else:
            initial = initial_at(text, start)
        # A sentence-initial dictionary word that is not a known name ("The", "She") can never
        # become one, so it is dropped here rather than judged later.
        if (initial and low in english and low not in namey and len(low) > 1 and not base.isupper()
                and not _age_bracket(text, start + len(base)) and not name_hints.titled_initial(text, start)
                and not (len(base) < len(m.group()) and name_hints.owns_relative(text, start + len(base)))):
            continue
        out.append(_Tok(start, start + len(base), low, True, initial))
    lower = [
        _Tok(start, start + len(b), b, False, False)
        for start, word in _lower_candidates(text, lex)
        if (b := name_hints.split_possessive(word))
    ]
    if lower:
        out.extend(lower)
        out.sort(key=attrgetter("start"))
    return out



def find_people(text: str) -> list[Span]:
    lex = _lexicon()
    toks = _tokens(text, lex)
    prev: _Tok | None = None
    for tok in toks:
        prev_is_name = prev is not None and prev.name and _adjacent(text, prev, tok)
        if tok.cap:
            tok.name = _decide_capitalised(text, tok, lex, prev_is_name)
        else:
            tok.name = _decide_lower(text, tok, lex, prev_is_name)
        prev = tok
    propagate(text, toks, lex)
    join_neighbours(text, toks, lex)
    attach_initials(text, toks)
    return runs(text, toks)
