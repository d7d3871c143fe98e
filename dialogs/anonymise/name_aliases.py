"""Names told by a position that leaves little else they could be, even when the word is an everyday
word, a town or in capitals:

- a nickname after "known as", "nicknamed", "aka", or in quotes after "called" ('one called "Dinky"',
  "I know him as Little P,");
- a quoted nickname between a given name and a surname ('Hicham "Dinky" Bennani');
- a name straight after a relation or a role ("Nephew Dudley visits", 'his "friend" Little P', "Reporter
  Dudley Thackray"), where a town is a name too;
- a neighbour named before "from next door" ("ZDENĚK FROM NEXT DOOR");
- initials after a verb of fetching ("can someone grab R.C. from period 3");
- lower-case names after a title or "linked to" ("tasked dr ó conchubhair", "linked to rojhat goyi");
- a given name after a found surname and a comma, before a date of birth or a line end ("RE: Sidebottom,
  Zinnia DOB ...").

Each rule is tried only where its cue occurs (a str.find or one regex scan of the note), so notes
without them pay almost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, ROLE_CUES, TITLES, previous_word
from dialogs.anonymise.lexicon import english_words, not_names, places, proper_nouns
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_NAME = r"[A-Z][\w'’-]*"
# Each cue found by str.find of a short literal, then read whole at that spot (speed).
_ALIAS_FINDS = ("know", "nick", "goes by", "aka", "a.k.a", "calls h", "called", "named")
_ALIAS_CUE_RE = re.compile(
    # "Known to the street outreach team as Big Man": to whom, then the name.
    r"know(?:n| him| her| them)(?: to (?:the |his |her |their )?[a-z]+(?: [a-z]+){0,3})? as|nick ?name(?:d| is)|"
    r"goes by|aka|a\.k\.a|calls him(?:self)?|calls her(?:self)?|"
    r"called|named"
)
_ALIAS_NAME_RE = re.compile(rf"\.?[ \t]+(?P<q>[\"“'])?(?P<n>{_NAME}(?:[ \t]{_NAME})?)(?P<e>[\"”'])?")
_BETWEEN_RE = re.compile(
    rf"(?<![\w'’-])(?P<g>[A-Z][a-z]+)[ \t]+[\"“](?P<n>{_NAME}(?:[ \t]{_NAME})?)[\"”][ \t]+[A-Z][a-z]"
)
_RELATIONS = sorted((ADULT_ROLES | CHILD_ROLES | {"friend", "mate", "pal", "cousin", "reporter", "referrer",
                                                   "caller", "witness", "informant", "associate"})
                    - {"man", "woman", "lady", "adult", "male", "female", "head", "senior", "principal", "foster",
                       "children", "kids", "boys", "girls", "lads", "pupils", "siblings", "twins"})
_RELATION_SET = frozenset(_RELATIONS)
_RELATION_WORDS = tuple(_RELATIONS)
# Each capitalised word, maybe with a second (a surname or an initial); the relation before it is read
# afterwards by string steps: one alternation of every relation at every position was far slower (speed).
# A possessive "'s" is no part of the name ("cousin Dudley's place"); "O'Neill" keeps its apostrophe.
_CAPS_RE = re.compile(r"(?<=[a-z\"”'][ \t])[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)?")
_MORE_RE = re.compile(r"[ \t]+(?P<m>[A-Z](?:[a-z]+|\b))")
# What a capital after the name says it is a place or a service rather than a surname.
_PLACE_AFTER = frozenset({"road", "street", "lane", "avenue", "close", "drive", "way", "council", "hospital",
                          "police", "college", "school", "primary", "academy", "nursery", "town", "city", "station",
                          "centre", "park", "house", "court", "team", "service", "services", "unit", "ward"})
_NEIGHBOUR_RE = re.compile(
    r"(?<![\w'’-])(?P<n>[^\W\d_][^\W\d_'’-]*)[ \t]+(?i:from next door|next door|from upstairs|from downstairs|"
    r"from across the road|from over the road|from the flat (?:above|below))\b"
)
_NOT_NEIGHBOUR = frozenset({"the", "a", "an", "man", "woman", "lady", "lad", "guy", "bloke", "people", "family",
                            "kids", "children", "neighbour", "neighbours", "one", "someone", "somebody", "he",
                            "she", "they", "them", "him", "her", "lives", "living", "lived", "moved", "shouting",
                            "noise", "music", "dog", "dogs", "party", "door", "went", "came", "go", "come"})
_FETCH_VERBS = frozenset({"grab", "collect", "fetch", "up", "bring", "brought", "escort", "take", "took", "send",
                          "sent", "get"})
# Initials first (capitals are few), then the verb before them by string steps (speed).
_INITIALS_RE = re.compile(
    r"(?P<n>[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?)(?=[ \t]+(?:from|to|out|home|back|in|up|down|now)\b|[,;)]|"
    r"\.[ \t\n]|$)"
)
_NOT_INITIALS = frozenset({"gp", "sw", "cp", "pe", "it", "re", "dt", "tv", "pc", "id", "ae", "ed", "iv", "ok",
                           "uk", "us", "cv", "dna", "sen", "cin", "lac", "sc", "dsl", "ta", "hv", "nhs", "dbs",
                           "pnc", "cps", "cid", "asc", "csc", "yot", "sre", "aa", "mp", "rsl", "hmo", "pip",
                           "uc", "esa", "jsa", "dvd", "sos", "bt", "o2", "ee"})
_LOWER_CUES = ("dr ", "mr ", "mrs ", "ms ", "miss ", "linked to ", "associated with ", "associating with ",
               "associate ", "associates ")
_LOWER_NAME_RE = re.compile(r"[ \t]*(?P<n>[^\W\d_A-Z][^\W_A-Z]*(?:[ \t][^\W\d_A-Z][^\W_A-Z'’-]*)?)")
_LOWER_STOP = frozenset({"and", "or", "the", "a", "an", "to", "of", "in", "on", "at", "is", "was", "his", "her",
                         "their", "with", "for", "by", "from", "who", "which", "that", "this", "it", "he", "she"})
_GIVEN_AFTER_RE = re.compile(
    rf", (?P<n>{_NAME})(?=[ \t]+(?:DOB|dob|D\.O\.B|d\.o\.b|born|aged|\()|[ \t]*(?:\n|$))"
)


def _town(low: str) -> bool:
    return low in places() or low in proper_nouns()


def _nameish(word: str) -> bool:
    """A word that may be a name after a relation: no everyday word or role, and no brand or service
    (not_names), save the towns in it, which are given names too ("Dudley", "Chelsea")."""
    low = word.lower()
    if low in ROLE_CUES or low in TITLES or low in english_words():
        return False
    return low not in not_names() or _town(low)


def find_aliases(text: str, people: Sequence[Span]) -> Iterator[Span]:
    """`people`: the names found so far (for the quoted nickname and the surname-first shapes)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is two ("İ"): keep the offsets in step
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    for find in _ALIAS_FINDS:
        i = low.find(find)
        while i != -1:
            c = _ALIAS_CUE_RE.match(low, i) if i == 0 or not low[i - 1].isalpha() else None
            i = low.find(find, i + len(find))
            if c is None:
                continue
            m = _ALIAS_NAME_RE.match(text, c.end())
            # After "called" or "named" only a quoted name: "Mum called Police" is a phone call.
            quoted = m is not None and m.group("q") and m.group("e")
            if m is not None and (c.group() not in ("called", "named") or quoted):
                name = m.group("n")
                if name.lower() not in ROLE_CUES and name.split()[0].lower() not in _LOWER_STOP:
                    yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    if '"' in text or "“" in text:
        for m in _BETWEEN_RE.finditer(text):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
            # The given name before the nickname, even an everyday word: 'Older associate Lemma "Lil Skeng" Hailu'.
            given = m.group("g").lower()
            if given not in ROLE_CUES and given not in not_names() and given.rstrip(".") not in TITLES:
                yield Span(_PERSON, m.start("g"), m.end("g"), P_PERSON)
    yield from _after_relations(text, low, {sp.start for sp in people if sp.type is _PERSON})
    if "next door" in low or "from upstairs" in low or "from downstairs" in low or "the road" in low \
            or "from the flat" in low:
        for m in _NEIGHBOUR_RE.finditer(text):
            word = m.group("n")
            # An everyday word is a name here in the middle of a sentence ("says Terry from next door").
            mid = text[max(0, m.start() - 2) : m.start()].rstrip(" \t")[-1:].islower()
            if word[0].isupper() and word.lower() not in _NOT_NEIGHBOUR and word.lower() not in ROLE_CUES and (
                    word.isupper() or mid or word.lower() not in english_words()):
                yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    for m in _INITIALS_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
            continue  # inside a word or a longer code ("NHS", "A.B.C.D.")
        verb = previous_word(text, m.start())
        if verb in _FETCH_VERBS and m.group("n").replace(".", "").lower() not in _NOT_INITIALS and (
                verb != "up" or low.endswith("pick", 0, max(0, m.start() - 4))):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    yield from _lower_after_cues(text)
    for sp in people:
        if sp.type is _PERSON and text.startswith(", ", sp.end) and text[sp.start : sp.start + 1].isupper():
            given = _GIVEN_AFTER_RE.match(text, sp.end)
            if given is not None and given.group("n").lower() not in ROLE_CUES \
                    and given.group("n").lower() not in not_names():
                yield Span(_PERSON, given.start("n"), given.end("n"), P_PERSON)


_QUOTES = "\"“”'(\t"
# What ends the word before a capital for `_relation_before`: a line break, a blank, a quote or a bracket.
_ENDS_TO_BLANKS = str.maketrans(dict.fromkeys(_QUOTES + "\n", " "))
_AFTER_WORD = frozenset(_QUOTES + " ")


def _relation_before(text: str, start: int) -> bool:
    """Whether the word before the blank at `start - 1` is a relation or a role (string steps, speed)."""
    k = max(text.rfind(" ", max(0, start - 24), start - 1), text.rfind("\n", max(0, start - 24), start - 1))
    return text[k + 1 : start - 1].strip(_QUOTES).lower() in _RELATION_SET


def _after_relation_words(text: str, low: str) -> list[int]:
    """Every capital that `_relation_before` can accept, ascending, found from the relation words rather than
    from every capitalised word: the words of the note are matched against the relations as sets (in C),
    and only the few there are are looked for. `low`: the note lower-cased, offsets unchanged (speed)."""
    # Offsets in `bare` are one more than in `low`; " mum " there is "mum" as a whole word, quotes aside.
    bare = " " + low.translate(_ENDS_TO_BLANKS)
    found: set[int] = set()
    n = len(low)
    # In a long ASCII note each relation is read where the shared scan of where words start found one: the
    # split of the note and a str.find per relation cost 2% of a case file (speed).
    if text.isascii() and len(text) > scan.SHORT:
        # " mum " in `bare` is the blank at j, then the word up to the next blank: its end is one short of it.
        ends = [k - 1 for j in scan.word_starts(text, _RELATION_WORDS)
                if bare[j] == " " and (k := bare.find(" ", j + 1)) > 0 and bare[j + 1 : k] in _RELATION_SET]
    else:
        ends = [i + len(word) for word in _RELATION_SET.intersection(bare.split()) for i in _finds(bare, f" {word} ")]
    for p in ends:
        # Quotes, a bracket or blanks may come between the relation and the capital.
        while p < n and low[p] in _AFTER_WORD:
            p += 1
        if p < n and "A" <= text[p] <= "Z":
            found.add(p)
    return sorted(found)


def _finds(text: str, sub: str) -> Iterator[int]:
    i = text.find(sub)
    while i != -1:
        yield i
        i = text.find(sub, i + 1)


@cache
def _refused() -> frozenset[str]:
    return not_names() | places() | proper_nouns() | english_words()


def _after_relations(text: str, low: str, known: set[int]) -> Iterator[Span]:
    """`known`: where names found already start. The word-by-word pass finds most names after a relation;
    it leaves the towns, brands and everyday words, so only those are read here (speed). Only the capitals
    straight after a relation word are read: scanning every capitalised word cost 3% of a case file."""
    refused = _refused()
    caps = (_CAPS_RE.match(text, p) for p in _after_relation_words(text, low))
    for c in caps:
        if c is None:
            continue
        start = c.start()
        name = c.group()
        if start in known or name.lower() not in refused:
            continue
        mm = _MORE_RE.match(text, c.end())
        more = mm.group("m") if mm is not None else None
        initial = more is not None and len(more) == 1
        nameish = _nameish(name)
        if not (initial or nameish) or not _relation_before(text, start):
            continue
        if more is not None and more.lower() in _PLACE_AFTER:
            continue
        if nameish:
            end = mm.end("m") if mm is not None and (initial or _nameish(more or "")) else c.end()
            yield Span(_PERSON, start, end, P_PERSON)
        elif mm is not None:
            # 'his "friend" Little P': an everyday word and an initial after a relation is a nickname.
            yield Span(_PERSON, start, mm.end("m"), P_PERSON)


def _lower_after_cues(text: str) -> Iterator[Span]:
    """"tasked dr ó conchubhair", "linked to rojhat goyi": lower-case words no dictionary has."""
    english = english_words()
    for cue in _LOWER_CUES:
        i = text.find(cue)
        while i != -1:
            j = i + len(cue)
            m = _LOWER_NAME_RE.match(text, j) if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-") \
                else None
            i = text.find(cue, j)
            if m is None:
                continue
            end = m.start("n")
            for w in re.finditer(r"\S+", m.group("n")):
                word = w.group().rstrip(".,;:)")
                if not word or word in _LOWER_STOP or word in english or word in ROLE_CUES:
                    break
                end = m.start("n") + w.start() + len(word)
            if end > m.start("n"):
                yield Span(_PERSON, m.start("n"), end, P_PERSON)
