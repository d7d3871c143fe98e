"""Everyday words used as names, where the sentence itself says a person is meant.

"Clarity", "Defiance", "Wraith" and "Tug" are words as well as names, and a word alone stays readable. Each
rule here needs a cue that ordinary words do not get:
- the name and its date of birth after a label or a family word ("note: Clarity Gelling, DOB 17.12.2011",
  "Victim: Defiance Hedges (born 23/10/1979)", "my grandad Keanu Cheshire born August the 3rd 1942");
- a capital in mid-sentence straight before what a person does ("she told me Wraith buys her food",
  "Neighbour Defiance said");
- a name joined to a pronoun or typed after chat's "w" for "with" ("Him and Tug were", "w Stacks, went");
- a name in a list of children with their ages ("Ljiljana, 15, and Ante, 14, were upstairs");
- the name before "aka" after a label, in any case ("INCIDENT 06-05-2024: PONG AKA SWITCH (RM 4)").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import not_names, places
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# The date of birth's cue, and after it a date: "DOB 17.12.2011", "(born 23/10/1979)", "born August the 3rd".
_DOB_CUE_RE = re.compile(r"(?:DOB|dob|D\.O\.B|d\.o\.b|born)\b(?=[ \t:]*(?:\d|[A-Z][a-z]+ ))")
_TITLE_WORD_RE = re.compile(r"[A-Z][a-z'’-]+")
# What may open the name: a line's start, a label's colon, a dash or bracket, or a family word.
_OPENERS = frozenset({"grandad", "grandma", "granny", "nan", "mum", "dad", "victim", "caller", "client", "patient",
                      "resident", "child", "son", "daughter", "re", "name"})
# What a person does, straight after their name; a verb a thing or an office rarely takes in a note.
_DOER_VERBS = (
    "said|says|told|tells|buys|bought|drives|drove|took|takes|gave|gives|hit|hits|kicked|punched|pushed|grabbed|"
    "threatened|sells|sold|picks|picked|collects|collected|keeps|kept|lives|stays|shouted|rang|texted|messaged|"
    "brings|brought|owes|pays|paid|deals|runs|ran|"
    # What is done to a child online: "says Yogi posted pics of her".
    "posted|posts|shared|shares|uploaded|filmed|leaked|sent|sends"
)
# The capital is matched before the look-behind is tried, so most characters fail at once (speed).
_DOER_RE = re.compile(rf"(?P<n>[A-Z](?<=[a-z] [A-Z])[a-z]{{2,}}) (?:{_DOER_VERBS})\b")
# Offices, services and days that do things in notes too: "then Housing said", "on Monday said".
_NOT_DOERS = frozenset(
    {"housing", "police", "social", "education", "health", "probation", "school", "council", "court", "nursery",
     "college", "services", "camhs", "hospital", "gp", "staff", "everyone", "nobody", "someone", "somebody",
     "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
     "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "god", "allah", "jesus", "mosaic", "cpoms", "home", "office",
     # Pronouns as a caps-lock log types them: "SAYS HES GOT A PLACE".
     "hes", "shes", "they", "theyre", "she", "him", "her", "its", "you", "we", "im", "ive", "this", "that", "who"}
)
# The same in a log typed in capitals: "SAYS SLICK HAS HER PHONE", "LET RADAR IN THE FIRE DOOR".
_CAPS_DOER_RE = re.compile(
    r"\b(?:SAYS|SAID|TOLD|THAT|AND|BY|LET|ME)[ \t](?P<n>[A-Z]{3,})[ \t](?:HAS|HAD|IS|WAS|SAYS|SAID|TOOK|TAKES|GAVE|"
    r"GIVES|DRIVES|DROVE|BUYS|BOUGHT|KEEPS|KEPT|SELLS|SOLD|PICKS|PICKED|HIT|HITS|GOT|GETS|WANTS|OWES|IN|"
    r"POSTED|POSTS|SHARED|SHARES|UPLOADED|FILMED|LEAKED|SENT|SENDS)\b"
)
_CAPS_DOER_CUES = ("SAYS ", "SAID ", "TOLD ", "THAT ", "AND ", "BY ", "LET ", "ME ")
# "Him and Tug were", "me n Lil", "w Stacks": joined to a pronoun, or after chat's "w" for "with".
# Each opens with its own first letters rather than a look-behind, so most characters fail at once (speed).
_WITH_PRONOUN_RE = re.compile(
    r"\b(?:[Hh]im|[Hh]er|[Mm]e|[Hh]e|[Ss]he|[Tt]hem|HIM|HER)[ \t]+(?:and|&|n|\+)[ \t]+(?P<n>[A-Z][a-z]{2,})\b"
)
_PRONOUNS = ("him", "her", "me", "he", "she", "them")
_CHAT_WITH_RE = re.compile(r"w(?<![\w'’]w)[ \t]+(?P<n>[A-Z][a-z]{2,})\b")
# "Ljiljana, 15, and Ante, 14, were": a capitalised word between commas with a child's age after it.
_LISTED_AGE_RE = re.compile(
    r"(?:,|a(?<!\wa)nd)[ \t]+(?P<n>[A-Z][a-z]{2,}),[ \t]*\d{1,2}[ \t]*(?=,|and\b|were\b|was\b|are\b)"
)
_COMMA_DIGIT_RE = re.compile(r",[ \t]*\d")
# One or two words between a label and "aka": the person's name, whatever the words.
_BEFORE_AKA_RE = re.compile(
    r"(?:^|[:;,\-–(]|\b(?i:and|with|by))[ \t]*(?P<n>[A-Za-z][\w'’-]+(?:[ \t]+[A-Za-z][\w'’-]+)?)[ \t]+"
    r"(?i:aka|a\.k\.a\.?)[ \t]",
    re.MULTILINE,
)
_SKIP = ROLE_CUES | TITLES | _NOT_DOERS


def person_span(m: re.Match[str]) -> Span | None:
    start, words = m.start("n"), m.group("n").split()
    # Brands, agencies and places do things in notes too: "she said Tesco gave her a voucher".
    if len(words) == 1 and (words[0].lower() in not_names() or words[0].lower() in places()):
        return None
    # "MUM ITOHAN AKA ...": a role word before the name is not part of it.
    while words and words[0].lower() in _SKIP:
        start = m.string.index(words[1], start + len(words[0])) if len(words) > 1 else m.end("n")
        words.pop(0)
    return Span(EntityType.PERSON, start, m.end("n"), P_PERSON) if words else None


def _words_before(text: str, end: int) -> list[tuple[int, int]]:
    """Up to three capitalised words straight before `end`, blanks between, read back by string steps."""
    words: list[tuple[int, int]] = []
    j = end
    while len(words) < 3:
        k = j
        while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
            k -= 1
        if k == j or not _TITLE_WORD_RE.fullmatch(text, k, j):
            break
        words.append((k, j))
        j = k
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == k:
            break
    return words[::-1]


def _opened(text: str, start: int) -> bool:
    """Whether a line's start, a label's colon, a dash, a bracket or a family word comes before `start`."""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0 or text[i - 1] in "\n:-–;(":
        return True
    k = i
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return text[k:i].lower() in _OPENERS and (k == 0 or not text[k - 1].isalnum())


def _dob_names(text: str) -> Iterator[Span]:
    """"note: Clarity Gelling, DOB 17.12.2011", "Victim: Defiance Hedges (born 23/10/1979)": read back from each cue
    (a pattern tried at every character cost 4% of a case file)."""
    for cue in _DOB_CUE_RE.finditer(text):
        end = cue.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        if end > 0 and text[end - 1] in ",(":
            end -= 1
            while end > 0 and text[end - 1] in " \t":
                end -= 1
        words = _words_before(text, end)
        # Two or three words, the first opened by a label: "Pupil Ffion Pritchard DOB" drops "Pupil".
        while len(words) > 1 and not _opened(text, words[0][0]):
            words.pop(0)
        if len(words) < 2 or not _opened(text, words[0][0]):
            continue
        while words and text[words[0][0] : words[0][1]].lower() in _SKIP:
            words.pop(0)
        if len(words) >= 2:
            yield Span(EntityType.PERSON, words[0][0], words[-1][1], P_PERSON)


def cued_word_names(text: str) -> Iterator[Span]:
    """People named by everyday words, where a date of birth, a deed, a pronoun or an age says so."""
    yield from _dob_names(text)
    for m in scan.at_word_starts(_WITH_PRONOUN_RE, text, _PRONOUNS):
        if (sp := person_span(m)) is not None:
            yield sp
    patterns = [_DOER_RE, _CHAT_WITH_RE]
    # Every listed age is a comma, maybe blanks, then a digit: without one the scan of every "a" is skipped (speed).
    if _COMMA_DIGIT_RE.search(text) is not None:
        patterns.append(_LISTED_AGE_RE)
    if any(w in text for w in _CAPS_DOER_CUES):  # str.find in C; most notes have none of these (speed)
        patterns.append(_CAPS_DOER_RE)
    if "aka" in text or "AKA" in text or "a.k.a" in scan.lowered(text):
        patterns.append(_BEFORE_AKA_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if pattern is _DOER_RE and not _lower_word_before(text, m.start("n")):
                continue  # "the Football Federation said": a name's last word, not a person
            if (sp := person_span(m)) is not None:
                yield sp


def _lower_word_before(text: str, start: int) -> bool:
    """Whether the word before is in lower case, or a role however written ("Neighbour Defiance said")."""
    i = start - 1
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i : start - 1]
    return word.islower() or word.lower() in ROLE_CUES
