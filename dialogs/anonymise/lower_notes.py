"""Names that a note typed in lower case gives away by its own habits:

- a capitalised word in the middle of a sentence, where the writer capitalised nothing else: in a quick chat
  note only a name is worth the shift key ("says K-Money n his lot jumped him", "hes w Chrome at ...");
- who a chat message is from, in its header ("teams chat - zahirul: ...", "whatsapp cerise: ...",
  "dsl whatsapp grp: brooks - ...");
- words no dictionary has joined by "+", "n" or "&" to a found name or to each other ("can hear ayda + cobie",
  "runners gazmend + taulant");
- the one or two words before "aka" ("think its ujjal dhalis aka K-Money");
- whose a handle in brackets is, whatever the word ("Associates: Chuckles (khokon.quader_official)");
- a resident named by room in a hostel's night log ("RM 10 RARES (TIZZY) IN AT 03:40").

Cars keep their capitals in such notes ("a black Nissan Navara"), and so do towns, services and roles: those
stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from dialogs.anonymise import scan
from dialogs.anonymise.chat_names import word_ok as owner_word
from dialogs.anonymise.cues import ROLE_CUES, TITLES
from dialogs.anonymise.lexicon import english_words, first_names, not_names, places, vehicle_models, wordlike_names
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# A capitalised word straight after a lower-case word or a comma and one blank, maybe with a second one; or
# opening a sentence where the note opens its others in lower case ("... yday. Smoke was seen here").
_MID_CAP_RE = re.compile(r"(?<=[a-z,.!?] )(?P<n>[A-Z][A-Za-z'’-]*[a-z][A-Za-z'’-]*(?: [A-Z][a-z]+)?)\b")
_NICK_OPENERS = frozenset({"baby", "lil", "little", "big", "young", "lady", "mad", "tiny"})
_PLACE_WORDS = frozenset({"in", "to", "from", "near", "nr", "outside", "around", "towards", "into", "via"})
# Fewer capitalised words than this share of all words, and a sentence opened in lower case: a quick note.
_LOWER_SHARE = 0.12


def _lower_register(text: str) -> bool:
    if not (text[:1].islower() or (". " in text and re.search(r"[.!?] [a-z]", text) is not None)):
        return False
    words = _WORD_RE.findall(text)
    if len(words) < 8:
        return False
    return sum(1 for w in words if w[0].isupper()) < _LOWER_SHARE * len(words)


@cache
def _kept() -> frozenset[str]:
    # Words a quick note still capitalises though they name no one: places, cars, services, roles, titles.
    return not_names() | places() | vehicle_models() | ROLE_CUES | TITLES


def capitals_in_lower_notes(text: str) -> Iterator[Span]:
    if not _lower_register(text):
        return
    kept = _kept()
    for m in _MID_CAP_RE.finditer(text):
        words = m.group("n").split()
        if len(words) == 2 and words[0].lower() in _NICK_OPENERS:
            words = words[1:]  # "Baby Deuce", "Lil Dre": the opener is a role word alone
        if any(w.lower().strip("'’") in kept for w in words):
            continue
        # After a car's make a capitalised word is its model ("black Kia Soul"); after "in" or "to", a town.
        before = text[max(0, m.start() - 20) : m.start()].split()
        if before and (before[-1].lower() in kept or before[-1] in _PLACE_WORDS):
            continue
        end = m.end("n") - 2 if m.group("n").endswith(("'s", "’s")) else m.end("n")  # "Sher's mum": the name
        yield Span(_PERSON, m.start("n"), end, P_PERSON)


# A chat's header and who wrote the message: "teams chat - zahirul: ...", "whatsapp cerise: ...",
# "dsl whatsapp grp: brooks - rejoice ...", "teams: eldho - zen ...", "TEAMS - TALLULA: ...".
_HEADER_RE = re.compile(
    # "slack #attendance - gaenor:": a channel's name may follow the chat's.
    r"(?i:[a-z0-9 ]{0,24}?(?:(?:chat|whatsapp|teams|slack|grp|group|msg|txt|text|dm|snap)\b[ \t]*)+)"
    r"(?:#[\w-]+[ \t]*)?(?:[-–:][ \t]*)?"
    # "outreach teams [06:40] rodge:": the time a message was sent may stand before its writer.
    r"(?:\[\d{1,2}[:.]\d\d\][ \t]*)?"
    # The name starts a word: never the tail of a channel's name ("#community-pharmacy:" gave "acy").
    r"(?<![\w#'’-])(?P<n>[A-Za-z][A-Za-z'’-]{2,})[ \t]*(?::|[ \t][-–][ \t])"
)
_NOT_AUTHOR = frozenset({"from", "to", "the", "re", "update", "urgent", "note", "log", "thread", "reply", "chat",
                         "group", "grp", "msg", "message", "team", "teams", "duty", "staff", "all", "everyone",
                         # What the message is: "class whatsapp reminder:", "teams notice:".
                         "reminder", "notice", "alert", "announcement", "news", "info", "question", "query",
                         "request", "fyi", "important", "cover", "rota", "handover", "help",
                         # What a pasted chat is: "101 web chat transcript:".
                         "transcript", "history", "export", "extract", "summary"})
_TOPIC_ENDS = ("ance", "ence", "ment", "tion", "sion", "ing", "ity", "ness")
_HEADER_WORDS = ("chat", "whatsapp", "teams", "slack", "grp", "group", "msg", "txt", "text", "dm", "snap")


def chat_header_authors(text: str) -> Iterator[Span]:
    if ":" not in text and " - " not in text:
        return
    low = scan.lowered(text)
    if not any(w in low for w in _HEADER_WORDS):  # str.find in C before the line-by-line pattern (speed)
        return
    # Tried at each line's start alone: "^" in a multi-line pattern is tried at every character (speed).
    starts = [0]
    i = text.find("\n")
    while i != -1:
        starts.append(i + 1)
        i = text.find("\n", i + 1)
    for m in scan.matches_from(_HEADER_RE, text, starts):
        low = m.group("n").lower()
        # "TEAMS - ATTENDANCE:", "teams - safeguarding:": an abstract noun is what the message is about. Only these
        # endings: a plain dictionary word may be a name ("whatsapp cerise:", "teams roan:").
        topic = low.endswith(_TOPIC_ENDS) and low in english_words() and low not in first_names() \
            and low not in wordlike_names()
        if low not in _NOT_AUTHOR and low not in not_names() and low not in ROLE_CUES and low not in places() \
                and not topic:
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)


# Lower-case words joined by "+", "n" or "&": "ayda + cobie", "gazmend + taulant". Tried only at each joiner,
# found by str.find, with the word before it read back: the pattern at every word cost 2% of a case file (speed).
_JOINED_RE = re.compile(r"(?<![\w'’-])(?P<a>[a-z][a-z'’-]+)[ \t]*(?:\+|&|[ \t]n[ \t])[ \t]*(?P<b>[a-z][a-z'’-]+)\b")
_JOINERS = ("+", "&", " n ", "\tn ", " n\t", "\tn\t")


def _joined(text: str) -> Iterator[re.Match[str]]:
    """The matches `_JOINED_RE.finditer(text)` gives, tried only where a word ends before a joiner."""
    starts: set[int] = set()
    for joiner in _JOINERS:
        i = text.find(joiner)
        while i != -1:
            j = i
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            k = j
            while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
                k -= 1
            if k < j:
                starts.add(k)
            i = text.find(joiner, i + 1)
    return scan.matches_from(_JOINED_RE, text, sorted(starts))


def _unknown(word: str, english: frozenset[str]) -> bool:
    return word not in english and word not in not_names() and word not in ROLE_CUES and namelike(word, english)


def joined_lower_names(text: str, people: Sequence[Span]) -> Iterator[Span]:
    """`people`: the names found so far. Each side of a join is a name when the other is one already, or when
    both are words no dictionary has."""
    if "+" not in text and "&" not in text and "n" not in text:
        return
    english = english_words()
    found = {(sp.start, sp.end) for sp in people if sp.type is _PERSON}
    for m in _joined(text):
        a, b = m.span("a"), m.span("b")
        a_ok, b_ok = _unknown(m.group("a"), english), _unknown(m.group("b"), english)
        if b_ok and (a in found or a_ok):
            yield Span(_PERSON, b[0], b[1], P_PERSON)
        if a_ok and (b in found or b_ok):
            yield Span(_PERSON, a[0], a[1], P_PERSON)


def owners_of_handles(text: str, spans: Sequence[Span]) -> Iterator[Span]:
    """"Associates: Chuckles (khokon.quader_official)": the word straight before a handle in brackets is whose
    it is, whatever the word, unless it is a platform, a role or a word of the sentence."""
    owners: set[str] = set()
    for sp in spans:
        if sp.type not in _OWNED:
            continue
        # "Havoc (older lad, @oluwapelumi_ogu19x)": the bracket may say who the owner is before the handle.
        opened = text.rfind("(", max(0, sp.start - 30), sp.start)
        direct = text[sp.start - 2 : sp.start] == " ("
        if opened > 0 and text[opened - 1] == " " and ")" not in text[opened : sp.start]:
            owner_end = opened - 1
        elif (on := _ON_PLATFORM_RE.search(text, max(0, sp.start - 24), sp.start)) is not None:
            owner_end = on.start()  # "Munch on insta @lil.elmer.83"
        else:
            continue
        m = _OWNER_BEFORE_RE.search(text, max(0, owner_end - 40), owner_end)
        if m is None or not owner_word(m.group(1).lower()):
            continue
        # Further from the handle, only a word that looks like a name in mid-sentence: "sending her stuff on
        # tiktok", "Posted (see link ...)" name no one.
        word, before = m.group(1), text[max(0, m.start(1) - 3) : m.start(1)].rstrip()
        opens = before[-1:] in ("", ".", "!", "?", "\n", ":")
        # "Munch on insta @lil.elmer.83" may open a sentence; "Posted (see link ...)" is a verb.
        on_platform = not direct and owner_end != opened - 1 and not word.endswith(("ed", "ing", "ly"))
        if direct or ((word[0].isupper() or word.lower() not in english_words()) and (not opens or on_platform)):
            owners.add(word)
            yield Span(_PERSON, m.start(1), m.end(1), P_PERSON)
    # The owner's name is hidden wherever else it is used: "lifts off Munch ... Munch on insta @...".
    for word in owners:
        for m in re.finditer(rf"(?<![\w'’@./-]){re.escape(word)}(?![\w@])", text):
            yield Span(_PERSON, m.start(), m.end(), P_PERSON)


_OWNED = frozenset({EntityType.HANDLE, EntityType.URL})
_OWNER_BEFORE_RE = re.compile(r"(?<![\w'’@./-])([A-Za-z][a-z'’-]*[a-z])$")
# " on insta ", " on snap: " straight before the handle.
_ON_PLATFORM_RE = re.compile(
    r"[ \t]on[ \t]+(?i:insta(?:gram)?|ig|snap(?:chat)?|tik[ \t]?tok|tiktok|x|twitter|facebook|fb|threads|kik|discord)"
    r"[ \t]*:?[ \t]*$"
)


# A hostel's night log names each resident by room: "RM 10 RARES (TIZZY) IN AT 03:40", "rm 6 baldev back 3am".
_ROOM_RESIDENT_RE = re.compile(
    r"\b(?i:rm|room)[ \t]*\d{1,3}[A-Za-z]?[ \t]*[-:,]?[ \t]+(?P<n>[A-Za-z][A-Za-z'’-]+(?:[ \t]+[A-Za-z][A-Za-z'’-]+)?)"
    r"(?=[ \t]*\(|[ \t]+(?i:back|in|came|returned|out|left|seen|refused|missing|not|wants)\b)"
)


_ROOM_WORDS = ("rm", "room")


def room_residents(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if "rm" not in low and "room" not in low:
        return
    english = english_words()
    # Tried only where "rm" or "room" starts a word ("form", "term" hold "rm") (speed).
    for m in scan.at_word_starts(_ROOM_RESIDENT_RE, text, _ROOM_WORDS):
        words = m.group("n").lower().split()
        # "rm 9 parfait matondo back at 4am": one of the words no dictionary has, none a known non-name or role.
        if any(w not in english for w in words) and not any(w in not_names() or w in ROLE_CUES for w in words):
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    # "luke (zippy) rm 4 came in 3am": the name opening a log's line, the street name in brackets, then the room.
    # Every match holds a closing bracket, blanks and the room word: "rm" alone is in "form" and "term", and the
    # whole-note scan tries its look-behinds at every character of a long record (speed).
    if _BRACKET_ROOM_RE.search(text) is None:
        return
    for m in _NAMED_ROOM_RE.finditer(text):
        for group in ("n", "a"):
            words = m.group(group).lower().split()
            if not any(w in not_names() or w in ROLE_CUES or w in _NOT_ALIASES for w in words):
                yield Span(_PERSON, m.start(group), m.end(group), P_PERSON)


_NAMED_ROOM_RE = re.compile(
    r"(?:^|(?<=[:\n-])[ \t]*|(?<=: ))(?P<n>[A-Za-z][a-z'’-]+)[ \t]+"
    r"\((?P<a>[A-Za-z][a-z'’-]+(?:[ \t]+[A-Za-z][a-z'’-]+)?)\)[ \t]+(?i:rm|room)[ \t]*\d{1,3}\b",
    re.MULTILINE,
)
_BRACKET_ROOM_RE = re.compile(r"\)[ \t]+(?i:rm|room)")
# What a log puts in brackets after a word that is no street name: "(staff)", "(new)", "(again)".
_NOT_ALIASES = frozenset({"new", "again", "staff", "agency", "visitor", "guest", "resident", "tenant", "late",
                          "sober", "drunk", "intox", "ok", "fine", "asleep", "out", "in", "back"})


# One or two lower-case words before "aka": "think its ujjal dhalis aka K-Money".
_BEFORE_AKA_RE = re.compile(r"(?<![\w'’-])(?P<n>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+)?)[ \t]+aka\b")


def names_before_aka(text: str) -> Iterator[Span]:
    if " aka " not in text:
        return
    english = english_words()
    for m in _BEFORE_AKA_RE.finditer(text):
        # Only the words no dictionary has, read back from "aka": "its ujjal dhalis" gives "ujjal dhalis".
        start = None
        for w in reversed(list(_WORD_RE.finditer(m.group("n")))):
            if not _unknown(w.group(), english):
                break
            start = m.start("n") + w.start()
        if start is not None:
            yield Span(_PERSON, start, m.end("n"), P_PERSON)
