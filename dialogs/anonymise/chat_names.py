"""Names in chat and voice-note registers that have no capital and often no role word beside them:

- the owner of a handle or link in brackets straight after a word ("lad in it is reaper (@davey_lau.xx59 on
  insta)", "bf talha aka Tiny (https://linktr.ee/...)");
- who a message is from, in its header ("txt from sorinela:", "whatsapp from mahira:");
- a list of children after a count or a kids word ("my 3 javeria, talha n auwal", "kids zosia (15), maciek
  (5), flora", "other kids laura + tom");
- "big" or "lil" in lower case before a given name or a lone letter ("big jim is lookin after him", "lil t"), and
  "lil" before any word but a size or kin word ("shes w lil rocket"; "a lil hug" stays);
- a nickname that is an everyday word, after "a lad called" ("one called reaper") or after "a mate" and before
  what people do ("has a mate zippy staying");
- who writes a chat line, before a dash or "here" at its start ("teams chat: sior - does anyone ...",
  "carers chat: yasaman here, im caring ...");
- a given name and a surname in lower case before a school year, whatever the given name ("true galang y8");
- the later uses of a one-word nickname found in lower case, where they do what people do ("has a mate zippy
  staying, zippy has a white van");
- who a message or voice note says it is from, before their role ("its Fares school nurse", "hi it's Garret I'm
  outside").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, PERSON_VERBS, TITLES, previous_word
from dialogs.anonymise.lexicon import english_words, first_names, not_names
from dialogs.anonymise.name_tokens import DETERMINERS
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_FUNCTION = frozenset(
    {"the", "a", "an", "and", "or", "n", "but", "of", "in", "on", "at", "to", "for", "with", "w", "by", "from",
     "is", "was", "are", "were", "be", "his", "her", "their", "my", "our", "your", "its", "it", "this", "that",
     "he", "she", "they", "we", "you", "me", "him", "them", "us", "i", "all", "both", "some", "no", "not", "also",
     # Words after "called" when it means rang: "a man called back later", "a girl named after her nan".
     "back", "after", "out", "round", "over", "up", "down", "off", "again", "later", "earlier", "today",
     "yesterday", "tonight", "police", "ambulance", "someone", "somebody", "anyone", "nobody"}
)
# Where a handle or link is written, not whose it is: "his insta (@x)", "on snap (x)".
_PLATFORMS = frozenset(
    {"insta", "instagram", "ig", "snap", "snapchat", "sc", "tiktok", "tt", "facebook", "fb", "twitter", "x",
     "youtube", "yt", "whatsapp", "telegram", "discord", "account", "acc", "profile", "page", "handle", "username",
     "user", "link", "online", "name", "names", "number", "no", "email", "phone", "mob", "mobile", "posts", "post",
     "story", "stories", "reel", "reels", "status", "feed", "channel", "group", "chat", "live", "video", "photo",
     "pic", "pics", "site", "app", "here", "there", "this", "it"}
)
_OWNER_RE = re.compile(r"(?<![\w'’@./-])([A-Za-z][\w'’-]*)[ \t]+\((?:@|https?://|www\.)")


def word_ok(low: str) -> bool:
    """Whether a word can be a name in chat: not a function word, a platform, a role, a title ("txt from pcso:")
    or a known non-name."""
    return len(low) > 1 and low not in _FUNCTION and low not in _PLATFORMS and low not in not_names() \
        and low not in ADULT_ROLES and low not in CHILD_ROLES and low not in TITLES


def handle_owners(text: str) -> Iterator[Span]:
    if " (@" not in text and " (http" not in text and " (www." not in text:
        return
    for m in _OWNER_RE.finditer(text):
        word = m.group(1)
        end = m.end(1) - 2 if word.endswith(("'s", "’s")) else m.end(1)  # "Sheeba Unnikrishnan's (@...)"
        if word_ok(text[m.start(1) : end].lower()):
            yield Span(EntityType.PERSON, m.start(1), end, P_PERSON)


_MESSAGE_FROM_RE = re.compile(
    r"(?<![\w'’])(?i:txt|text|msg|message|whatsapp|voicemail|voice note|email|call|dm|snap)[ \t]+from[ \t]+"
    r"([a-z][\w'’-]*)[ \t]*:"
)


def message_senders(text: str) -> Iterator[Span]:
    if " from " not in text:
        return
    for m in _MESSAGE_FROM_RE.finditer(text):
        low = m.group(1).lower()
        if word_ok(low) and (low not in english_words() or low in first_names()):
            yield Span(EntityType.PERSON, m.start(1), m.end(1), P_PERSON)


_LIST_CUE_RE = re.compile(
    r"(?<![\w'’])(?:kids|children|other kids|names|siblings|sibs|grandkids|my[ \t]+\d|my[ \t]+(?:two|three|four|five))"
    r"[ \t]*:?[ \t]+"
)
_LIST_CUE_WORDS = ("kids", "children", "other", "names", "siblings", "sibs", "grandkids", "my")
_ITEM = r"([a-z][a-z'’-]+)(?:[ \t]*\(\d{1,2}\))?"
_SEP = r"(?:[ \t]*,[ \t]*|[ \t]+(?:n|and|\+|&)[ \t]+|[ \t]*\+[ \t]*)"
# What may follow the list: the clause's end, or where they are ("kids cara + myrddin there").
_LIST_END = r"[.;:!?\n]|$|[ \t]+(?:in|at|are|all|both|there|here|too|were|w|with|now|still|home)\b"
_LIST_RE = re.compile(rf"{_ITEM}(?:{_SEP}{_ITEM}){{1,5}}(?=[ \t]*(?:{_LIST_END}))")
_ITEM_RE = re.compile(_ITEM)


def _list_cues(text: str) -> Iterator[re.Match[str]]:
    """The matches `_LIST_CUE_RE.finditer(text)` gives. In a long note each is tried only where one of the
    cue's words begins, which one shared scan finds, not at every character (speed)."""
    return scan.at_word_starts(_LIST_CUE_RE, text, _LIST_CUE_WORDS)


def listed_children(text: str) -> Iterator[Span]:
    """Each lower-case name in a list of two to six after a kids word or a count."""
    if not any(w in text for w in ("kids", "children", "names", "sibs", "siblings", "my ")):
        return
    for cue in _list_cues(text):
        lst = _LIST_RE.match(text, cue.end())
        if lst is None:
            continue
        items = list(_ITEM_RE.finditer(text, lst.start(), lst.end()))
        lows = [i.group(1) for i in items]
        # A list of everyday words is no list of children ("kids toys, clothes and food").
        if sum(w in english_words() and w not in first_names() for w in lows) > len(lows) // 2:
            continue
        for i in items:
            if word_ok(i.group(1)):
                yield Span(EntityType.PERSON, i.start(1), i.end(1), P_PERSON)


_PREFIXED_LOWER_RE = re.compile(r"(?<![\w'’])(big|lil|little|young|tiny)[ \t]+([a-z][a-z'’-]*)\b")
# Letters as they are spelt out in a nickname: "tiny tee", "lil jay".
_LETTER_NAMES = frozenset({"bee", "cee", "dee", "gee", "jay", "kay", "em", "en", "pee", "tee", "vee", "zee", "zed"})
# What "lil" goes before when it is only "little": "a lil bit", "her lil brother".
_LIL_WORDS = frozenset({"bit", "one", "ones", "bro", "sis", "man", "kid", "kids", "while", "help", "more", "less",
                        "thing", "things", "treat", "something", "nap", "cousin", "mate", "mates", "lad", "lads"})


def prefixed_lower(text: str) -> Iterator[Span]:
    if "big " not in text and "lil " not in text and "little " not in text and "young " not in text \
            and "tiny " not in text:
        return
    for m in _PREFIXED_LOWER_RE.finditer(text):
        word = m.group(2)
        # "lil rocket", "lil deuce": in chat "lil" before a word that is no size or kin word makes a nickname;
        # after "a", "her" or "the" it is a size: "give him a lil hug".
        lil_nickname = m.group(1) == "lil" and len(word) > 2 and word_ok(word) and word not in _LIL_WORDS \
            and previous_word(text, m.start()) not in DETERMINERS
        if (len(word) == 1 and word not in "ai") or (word in first_names() and word not in _FUNCTION) \
                or word in _LETTER_NAMES or lil_nickname:
            yield Span(EntityType.PERSON, m.start(), m.end(), P_PERSON)


_CALLED_RE = re.compile(
    r"(?<![\w'’])(?:one|lad|man|boy|girl|someone|somebody|bloke|guy|woman|lady|fella|kid|person|male|female|"
    # "the other gets called stumpy": who a person is called by the others.
    r"friend|mate|other|gets|get|got|goes)[ \t]+(?:called|named)[ \t]+([a-z][\w'’-]*)\b"
)
_MATE_RE = re.compile(
    r"(?<![\w'’])(?:a|his|her|their|my|mums|dads)[ \t]+(?:mate|friend|pal|bestie|cousin)[ \t]+([a-z][\w'’-]*)[ \t]+"
    r"(?:staying|stays|stayed|has|had|is|was|said|says|came|comes|lives|who|keeps|drives|turned)\b"
)


_MATE_WORDS = ("mate", "friend", "pal", "bestie", "cousin")
_MATE_DETS = frozenset({"a", "his", "her", "their", "my", "mums", "dads"})


def _mate_matches(text: str) -> Iterator[re.Match[str]]:
    if len(text) <= scan.SHORT or not text.isascii():
        return _MATE_RE.finditer(text)
    # A long note: the pattern is tried only where a word before a friend word could open it, instead of at
    # every word ("pal" is in "particularly" and "principal", so a gate on the words alone passes most files)
    # (speed).
    starts = []
    for p in scan.word_starts(text, _MATE_WORDS):
        k, j = scan.lower_word_before(text, p)
        if j < p and text[k:j] in _MATE_DETS:
            starts.append(k)
    return scan.matches_from(_MATE_RE, text, starts)


def word_nicknames(text: str) -> Iterator[Span]:
    if "called" in text or "named" in text:
        for m in _CALLED_RE.finditer(text):
            if word_ok(m.group(1).lower()):
                yield Span(EntityType.PERSON, m.start(1), m.end(1), P_PERSON)
    if "mate" in text or "friend" in text or "pal" in text or "bestie" in text or "cousin" in text:
        for m in _mate_matches(text):
            if word_ok(m.group(1).lower()):
                yield Span(EntityType.PERSON, m.start(1), m.end(1), P_PERSON)


# After a chat's heading: a word, then a dash or "here" ("pcso - ", "domcare - " at a line's start are roles).
_AUTHOR_RE = re.compile(
    r"(?i:chat|whatsapp|msg|txt|text|teams|group|message|dm|snap)[ \t]*:[ \t]*([a-z][a-z'’-]{2,})[ \t]+"
    r"(?:[-–][ \t]|here\b)"
)


def chat_authors(text: str) -> Iterator[Span]:
    if ":" not in text or (" - " not in text and " here" not in text and " – " not in text):
        return
    for m in _AUTHOR_RE.finditer(text):
        low = m.group(1)
        if word_ok(low) and low not in english_words():
            yield Span(EntityType.PERSON, m.start(1), m.end(1), P_PERSON)


# Letters of any script in lower case ("journey avcı y11"); the case is checked afterwards.
_PAIR_YEAR_RE = re.compile(
    r"(?<![\w'’])([^\W\d_][^\W\d_'’-]*[^\W\d_])[ \t]+([^\W\d_][^\W\d_'’-]*[^\W\d_])[ \t]+(?:y|yr|year)[ \t]?\d{1,2}\b"
)
_YEAR_RE = re.compile(r"[ \t](?:y|yr|year)[ \t]?\d{1,2}\b")


def pairs_before_a_year(text: str) -> Iterator[Span]:
    if " y" not in text:
        return
    # Tried only just before a school year, not at every word of the note: " y" is in most long notes
    # ("you", "years"), and the pattern at each word cost 2% of a case file (speed). Two words fit in 80
    # characters.
    for m in scan.before_anchors(_PAIR_YEAR_RE, _YEAR_RE.finditer(text), text, 80, 1):
        first, last = m.group(1), m.group(2)
        if first.islower() and last.islower() and word_ok(first) and word_ok(last) and last not in english_words():
            yield Span(EntityType.PERSON, m.start(1), m.end(2), P_PERSON)


def later_lower_nicknames(text: str, people: list[Span]) -> Iterator[Span]:
    """Each later use of a one-word lower-case name found so far, where the next word is something people do
    or the clause ends, and no article comes before it; a name no dictionary has is hidden wherever it is used
    ("tavneet new number ...")."""
    words = {text[sp.start : sp.end] for sp in people if sp.type is EntityType.PERSON}
    words = {w for w in words if w.isalpha() and w.islower() and len(w) > 2}
    english = english_words()
    # str.find per name: few names, and no pattern compiled for each note (speed).
    n = len(text)
    for word in words:
        i = text.find(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-")) and (
                    j >= n or not (text[j].isalnum() or text[j] in "'’-")):
                after = text[j : j + 20].split(None, 1)
                nxt = after[0].strip(".,;:!?") if after else ""
                before = text[max(0, i - 12) : i].split()
                prev = before[-1].lower() if before else ""
                if prev not in DETERMINERS and (nxt in PERSON_VERBS or text[j : j + 1] in (".", ",", "")
                                                or word not in english):
                    yield Span(EntityType.PERSON, i, j, P_PERSON)
            i = text.find(word, j)


# Who a message or a voice note says it is from, before their role or where they work: "its Fares school nurse",
# "hiya its non from the college", "hi its Baz the childminder".
_SELF_INTRO_RE = re.compile(
    r"(?<![\w'’])(?i:its|it's|it’s|this is)[ \t]+(?P<n>[A-Za-z][a-z'’-]+)[ \t]+(?P<next>[A-Za-z'’]+)\b"
)
_INTRO_NEXT = frozenset({"from", "the", "ur", "your", "ya", "here", "i'm", "i’m", "im", "calling", "ringing",
                         "school", "health", "social", "family", "support",
                         "youth", "housing", "duty", "early", "key", "link", "class", "community", "practice"})


def self_introductions(text: str) -> Iterator[Span]:
    low = text.lower()
    if "its " not in low and "it's " not in low and "it’s " not in low and "this is " not in low:
        return
    for m in _SELF_INTRO_RE.finditer(text):
        name, nxt = m.group("n"), m.group("next").lower()
        # An everyday word in lower case says what it is about ("its about the trip", "its now from ...").
        low = name.lower()
        if (nxt in _INTRO_NEXT or nxt in ADULT_ROLES) and word_ok(low) and (
                name[0].isupper() or low not in english_words() or low in first_names()):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


def chat_names(text: str) -> Iterator[Span]:
    yield from pairs_before_a_year(text)
    yield from self_introductions(text)
    yield from chat_authors(text)
    yield from word_nicknames(text)
    yield from handle_owners(text)
    yield from message_senders(text)
    yield from listed_children(text)
    yield from prefixed_lower(text)
