"""Small judgements the name detector makes about one word: is it a name from outside English spelling,
is a lone "I" or "A" an initial."""

from __future__ import annotations

import re
import unicodedata

from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, TITLES, previous_word
from dialogs.anonymise.name_tokens import contraction

_NEXT_WORD_RE = re.compile(r"\s*([(,]|[\w'’-]+)")
_SENTENCE_END = SENTENCE_END = frozenset(".!?\n\r:;•*>|–—")
_OPENERS = OPENERS = frozenset(" \t\"'“‘([-")


def fold(word: str) -> str:
    """"jānis" -> "janis": a name typed with or without its accents is the same name."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def foreign_name(low: str, english: frozenset[str], not_names: frozenset[str], namey: frozenset[str]) -> bool:
    """"ümit", "güneş", "zoltán", "محمد": a word outside English spelling that is no English word when
    its accents are dropped is, in a UK case note, nearly always a name."""
    folded = fold(low)
    # Two letters are enough in a script beyond Latin ("王伟"); in Latin they are a word or an initial.
    shortest = 2 if any(ord(c) > 0x24F for c in folded) else 3
    if len(folded) < shortest or folded in english or folded in not_names or contraction(low):
        return False
    if folded in namey:
        return True
    # Welsh "dŵr", "tŷ" are words; a word in a script without capitals (Arabic, Chinese) is a name.
    return not any(c in "ŵŷŴŶ" for c in low) and any(not c.isascii() for c in low)


def initial_cue(text: str, start: int) -> bool:
    """"GP is I Hersi", "Dr A Khan": "I" or "A" before a name is an initial after these words."""
    prev = previous_word(text, start).rstrip(".")
    return prev in ("is", "was", "by", "gp") or prev in TITLES or prev in ADULT_ROLES


_INITIAL_RE = re.compile(r"(?:^|[\s(])[A-Z]\.? $")


def after_initial(text: str, start: int) -> bool:
    """"L. Booth", "T Okafor": a lone capital before a capitalised word is an initial."""
    before = text[max(0, start - 4) : start]
    return bool(_INITIAL_RE.search(before)) and before.strip(" .")[-1:] not in ("I", "A")


_TITLED_INITIAL_RE = re.compile(r"(?:^|[\s(])(\w+)\.?\s+[A-Z]\. $")


def titled_initial(text: str, start: int) -> bool:
    """"GP M. Stokes", "Dr J. Field": after a title or role and an initial with a full stop, a
    capitalised word is a surname, though the stop makes it look like a sentence start."""
    if start < 4 or text[start - 2] != "." or not text[start - 3].isupper():
        return False  # the usual case, settled without the regex (speed)
    m = _TITLED_INITIAL_RE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    word = m.group(1).lower()
    return word in TITLES or word in ADULT_ROLES


_NAMING_VERBS = frozenset({"called", "calls", "call", "named", "nicknamed", "calling", "renamed"})
_OBJECTS = frozenset({"her", "him", "them", "herself", "himself", "themself", "themselves", "me", "us"})
_LINKS = frozenset({"is", "was", "'s", "’s"})
_IN_LAWS = frozenset({"son", "daughter", "brother", "sister", "mother", "father"})


# Verbs of keeping a record, before "by" and whoever did it: "logged by rekan", "completed by dalvir".
_RECORDED = frozenset({"logged", "recorded", "written", "completed", "reported", "signed", "entered", "raised",
                       "submitted", "taken", "made", "updated", "checked", "authorised", "approved", "witnessed",
                       "countersigned", "noted", "typed", "received", "triaged", "actioned", "uploaded", "added"})


def named_by_words_before(text: str, start: int, prev: str) -> bool:
    """"sister is kavitha", "dad was gary", "called her willow", "logged by rekan": the two words before say
    that the next one is a name, though neither of them alone is a cue. `prev` is the word just before."""
    if prev not in _LINKS and prev not in _OBJECTS and prev != "by" and prev != "law":
        return False  # the usual case, settled by one look-up (speed)
    words = text[max(0, start - 40) : start].lower().replace(",", " ").split()
    if len(words) < 2:
        return False
    first, second = words[-2].strip("\"“‘(["), words[-1]
    if second == "law":  # "son in law maciek", "her mother in law bernie"
        return len(words) >= 3 and first == "in" and words[-3] in _IN_LAWS
    if second == "by":
        return first in _RECORDED
    if second in _LINKS:
        return first in ADULT_ROLES or first in CHILD_ROLES
    return second in _OBJECTS and first in _NAMING_VERBS


def sentence_initial(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        if text[i] == "-" and i > 0 and text[i - 1] not in " \n":
            return False
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def split_possessive(word: str) -> str:
    if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
        return word[:-2]
    return word


def next_word(text: str, end: int) -> str:
    if text.startswith(("'s", "’s"), end):
        return "'s"
    m = _NEXT_WORD_RE.match(text, end, min(len(text), end + 30))
    return m.group(1).lower() if m else ""


# Verbs of what someone does, not "is" or "has", which follow "that Summer" as readily as a child.
_ACTS = frozenset(
    {"gets", "got", "hits", "hit", "shouts", "shouted", "locks", "locked", "takes", "took", "makes", "made",
     "kicks", "kicked", "grabs", "grabbed", "pushes", "pushed", "touches", "touched", "hurts", "hurt", "says",
     "said", "told", "tells", "threatens", "threatened", "slaps", "slapped", "punches", "punched", "sends", "sent"}
)
# A reported clause: "told me at lunch that", "said that", "disclosed that".
_REPORTED_RE = re.compile(
    r"\b(?:told|tells|said|says|disclosed|discloses|reported|reports|stated|explained|mentioned|alleged|"
    r"alleges|shared|worried)\b(?:\s+[\w'’]+){0,4}\s+that\s*$",
    re.IGNORECASE,
)
_QUOTED_WORD_RE = re.compile(r"\s*[\"“‘']?([\w'’-]+)")


def acts_in_reported_clause(text: str, start: int, end: int) -> bool:
    """"told me at lunch that Troy "gets angry"": after the "that" of reported speech, a word-like name
    with a verb of doing after it (maybe inside a quote) is the person, not "that Summer"."""
    m = _QUOTED_WORD_RE.match(text, end, min(len(text), end + 30))
    return (m is not None and m.group(1).lower() in _ACTS
            and _REPORTED_RE.search(text, max(0, start - 60), start) is not None)


# Whose relative or partner: "Promise's mum rang", "Cash's mum Rupa". A thing seldom has a mum.
_RELATIVES = frozenset({"mum", "mam", "mom", "dad", "nan", "nana", "gran", "granny", "grandma", "grandad", "sister",
                        "brother", "partner", "boyfriend", "girlfriend", "carer", "son", "daughter", "baby", "auntie",
                        "aunt", "uncle", "cousin", "ex", "mother", "father", "stepdad", "stepmum", "wife", "husband"})
_POSSESSIVE_KIN_RE = re.compile(r"['’]s[ \t]+([a-z]+)")


def owns_relative(text: str, end: int) -> bool:
    """Whether the word ending at `end` is followed by "'s" and a relative ("Promise's mum")."""
    m = _POSSESSIVE_KIN_RE.match(text, end) if text[end : end + 1] in ("'", "’") else None
    return m is not None and m.group(1) in _RELATIVES


_CLAUSE_END = frozenset(".,;!?)\n\"”")
# Being somewhere with someone: "staying at 78 marshal way with Spider", "seen hanging about with Bullet".
_WITH_SOMEONE_RE = re.compile(
    r"\b(?:stay|stays|staying|stayed|stopping|living|lives|lived|sleeping|sleeps|slept|seen|hanging|hangs|"
    r"went|goes|going|gone|left|moved|run|ran|running|travelling|travelled|staying|out|off|"
    # A hostel's night log: "BACK 03:20 WITH ESHAL,", "IN AT 03:40 WITH DUR-E-NAYAB,".
    r"back|came|returned|arrived|in at)\b[^.!?\n]*$",
    re.IGNORECASE)
# Being with someone, said straight before "with": "she was w Smithy", "believed with Kipper" ("was diagnosed
# with Autism" has a verb between).
_BEING_WITH_RE = re.compile(
    r"\b(?:was|were|been|believed|thought|hes|shes|he['’]s|she['’]s|theyre|they['’]re|still)[ \t]+(?:with|w)[ \t]+$",
    re.IGNORECASE)
# What may follow the companion in the same clause: where they were, or who else ("w Smithy + Reaper at").
_NOT_COMPANIONS = frozenset({"him", "her", "them", "me", "us", "it", "you", "everyone", "someone", "friends", "mates",
                             "others", "family", "police", "staff"})
_AFTER_COMPANION = frozenset({"near", "nr", "at", "in", "outside", "round", "around", "by", "on", "last", "and", "n",
                              # How often: "he's with Pancake most days".
                              "most", "every", "all", "again", "today", "tonight", "lately", "loads"})


def with_at_clause_end(text: str, start: int, end: int, prev: str) -> bool:
    """"staying at 78 marshal way with Spider.", "seen in a car with Bosh near the bus station", "was w Smithy +
    Reaper at a flat": a capitalised word after "with" or "w" that ends the clause, or is followed by where
    they were or who else was there, is who someone stays or goes with ("struggles with Maths" and "diagnosed
    with Autism" are not)."""
    if (prev != "with" and prev != "w") or text[start - 1 : start] != " " or text[start:end].lower() in _NOT_COMPANIONS:
        return False
    if not (end >= len(text) or text[end] in _CLAUSE_END or text[end : end + 3].lstrip()[:1] in ("+", "&")
            or next_word(text, end) in _AFTER_COMPANION):
        return False
    return _WITH_SOMEONE_RE.search(text, max(0, start - 50), start) is not None \
        or _BEING_WITH_RE.search(text, max(0, start - 20), start) is not None
