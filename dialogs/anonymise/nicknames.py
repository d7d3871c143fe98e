"""Nicknames and street names with no quotes round them: "goes by Spider", "street name is Tiny",
"known as meatball to the older boys", "calls himself Ghost", a word before "aka" and a name ("Bandit aka
Afonso Antunes"), and "Big" or "Lil" before a name in mid-sentence ("said Big Mo gives him vapes"). A
nickname is chosen to be a word, so the dictionary cannot tell it from one; the phrase around it does.
(Quoted nicknames are in `name_shapes`.)"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, first_names, not_names
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# Phrases that only ever introduce a name: whatever word follows is the name.
_SURE = (r"street[ \t]+name|road[ \t]+name|nick-?name|nicknamed|a\.?k\.?a\.?|alias|goes[ \t]+by|going[ \t]+by|"
         r"go[ \t]+by|calls?[ \t]+(?:him|her)sel(?:f|ves)|calls?[ \t]+themsel(?:f|ves)|tagged[ \t]+as|"
         r"(?:they|we|people|everyone|kids|boys|girls|lads)[ \t]+call[ \t]+(?:him|her|them)")
# "known as" also introduces terms ("what is known as county lines"): a lower-case word after it is a
# name only when the clause ends with it or a preposition of people follows ("to the older boys").
# "Toby Tindale, who I know as Shanks": "know as" said by whoever knows the person.
_KNOWN = (r"known[ \t]+(?:to[ \t]+(?:her|him|them|police|us|me)[ \t]+)?as|(?:i|we|they|she|he)[ \t]+knows?[ \t]+"
          r"(?:(?:him|her|them)[ \t]+)?as|referred[ \t]+to[ \t]+as|"
          r"calls?[ \t]+(?:him|her|them)")
_WORD = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
NICKNAME_RE = re.compile(
    rf"\b(?:(?P<sure>{_SURE})|(?P<known>{_KNOWN}))(?![\w-])(?:[ \t]+(?:is|was))?[ \t]*[:-]?[ \t]*[\"“‘']?"
    rf"(?P<n>{_WORD}(?:[ \t]+(?-i:[A-Z]){_WORD})?)",
    re.IGNORECASE,
)
GATE = ("name", "aka", "a.k.a", "alias", " by ", "self", "selves", "tagged", "known", "call", "referred", "know as",
        "knows as", "know him as", "know her as", "know them as")
# What every NICKNAME_RE match begins with, after its word boundary ("a.k" and "ak" for "aka" with or without
# dots): in an ASCII note the pattern is tried only where one of them starts a word (speed: tried at every
# character, the scan was 7% of a case file's time).
_STARTS = ("street", "road", "nick", "ak", "a.k", "alias", "go", "call", "tagged", "they", "we", "people",
           "everyone", "kids", "boys", "girls", "lads", "known", "referred", "i", "she", "he")
# Words that start a description rather than a name: "known as a bully", "goes by the name of".
_NOT_NAMES = frozenset(
    {"a", "an", "the", "his", "her", "their", "my", "our", "your", "its", "this", "that", "these", "those",
     "being", "having", "such", "well", "one", "someone", "somebody", "something", "part", "some", "any",
     "both", "either", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as",
     "is", "was", "are", "were", "be", "been", "not", "no", "he", "she", "they", "him", "them", "it", "i",
     "we", "you", "me", "us", "unknown", "n/a", "na", "none", "tbc", "various", "different", "other",
     "names", "name", "what", "who", "whatever", "anything", "nothing", "himself", "herself", "themselves",
     "if", "when", "so", "too", "also", "only", "just", "here", "there", "because", "out", "up"}
)
_TITLES = frozenset({"mr", "mrs", "miss", "ms", "mx", "dr"})
_PREFIXES = frozenset({"lil", "big", "little", "young", "yung", "baby", "mad", "lil'"})
_NEXT_WORD_RE = re.compile(r"[ \t]+([a-z][a-z'’-]+)\b")
_PEOPLE_AFTER = frozenset({"to", "by", "among", "amongst", "round", "around", "on", "at", "in", "with"})
_AFTER_RE = re.compile(r"[ \t]*(?P<w>[^\W\d_]+|[.,;:!?)\n]|$)")


def find_nicknames(text: str) -> Iterator[Span]:
    yield from find_word_nicknames(text, first_names())
    low = text.lower()
    if not any(g in low for g in GATE):
        return
    found = scan.from_starts(NICKNAME_RE, text, [(0, len(text))], scan.word_starts(text, _STARTS)) \
        if text.isascii() else NICKNAME_RE.finditer(text)
    for m in found:
        words = m.group("n").split()
        first = words[0].lower()
        if first in _NOT_NAMES or all(w.lower() in not_names() for w in words):
            continue  # "known as a bully"; "what is known as County Lines" names no one
        start, end = m.start("n"), m.end("n")
        if first in _PREFIXES:
            # "aka lil man", "known as Big Tel": a street name's "lil" or "big" is part of it, not a title.
            nxt = _NEXT_WORD_RE.match(text, end) if len(words) == 1 else None
            if nxt is not None and nxt.group(1).lower() not in _NOT_NAMES:
                end = nxt.end()
        elif first in _TITLES and len(words) == 2:
            start = m.start("n") + m.group("n").index(words[1])  # "Mr Big": the title stays, as with names
        elif len(words) == 2 and not words[0][:1].isupper():
            end = m.start("n") + len(words[0])  # a second capitalised word belongs to the next clause
        if (m.group("known") is not None and len(words) == 2 and first not in _PREFIXES
                and all(w.lower() in english_words() for w in words)):
            continue  # "known as County Lines", "referred to as Early Help": a term, not a nickname
        if m.group("known") is not None and not words[0][:1].isupper():
            nxt = _AFTER_RE.match(text, m.start("n") + len(words[0]))
            after = nxt.group("w").lower() if nxt is not None else ""
            if not (after in ("", ".", ",", ";", ":", "!", "?", ")", "\n") or after in _PEOPLE_AFTER):
                continue
        yield Span(EntityType.PERSON, start, end, P_PERSON)


# "concern is Bandit aka Afonso Antunes": a capitalised word straight before "aka" is the same person's
# other name, whatever the word.
_BEFORE_AKA_RE = re.compile(r"(?<![\w'’])([A-Z][\w'’-]*)[ \t]+(?:aka|a\.k\.a\.?)[ \t]+[A-Za-z]")
# "said Big Mo gives him vapes": "Big", "Lil" or "Young" before a capitalised name, not at a sentence's start
# ("Big Society" and "Young Carers" are no one: the word after must be a name, not an everyday word).
_PREFIX_GATE = ("Big ", "Lil ", "Little ", "Young ", "Baby ", "Mad ")
_PREFIXED_RE = re.compile(r"(?<=[a-z,;] )(?:Big|Lil|Little|Young|Baby|Mad)[ \t]+([A-Z](?:[a-z'’-]+)?)\b")


# "He wouldn't give Skids's real name": whoever has a real name besides this one goes by a nickname.
_REAL_NAME_OF_RE = re.compile(r"(?<![\w'’])([A-Z][\w-]*)['’]s?[ \t]+real[ \t]+name\b")


def find_word_nicknames(text: str, given: frozenset[str]) -> Iterator[Span]:
    """The shapes above; `given` is the list of given names."""
    if "real name" in text:
        for m in _REAL_NAME_OF_RE.finditer(text):
            if m.group(1).lower() not in _NOT_NAMES and m.group(1).lower() not in not_names():
                yield Span(EntityType.PERSON, m.start(1), m.end(1), P_PERSON)
    if "aka" in text or "a.k.a" in text:
        for m in _BEFORE_AKA_RE.finditer(text):
            low = m.group(1).lower()
            if low not in _NOT_NAMES and low not in not_names() and len(low) > 1:
                yield Span(EntityType.PERSON, m.start(1), m.end(1), P_PERSON)
    for m in _PREFIXED_RE.finditer(text) if any(w in text for w in _PREFIX_GATE) else ():
        low = m.group(1).lower()
        # "his brother Lil T": a lone capital is an initial standing for the name.
        if len(low) == 1 or low in given or (low not in english_words() and low not in not_names()):
            yield Span(EntityType.PERSON, m.start(), m.end(), P_PERSON)
