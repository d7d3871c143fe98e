"""Who speaks and whom they write about at the head of a pasted chat line, typed in lower case.

Staff paste chats whose heads name people by shape alone, and the names are often words too ("dick", "truly",
"quest"), so the shape is the cue:
- a speaker at a setting, then the child: "jaylah @ droimeann naíonra - liuba not in since 02/08/2023";
- a speaker after a role or a channel: "guidance shenique: ...", "#y9-team slack stasiek: ...", and a two-word
  speaker after the chat's name: "sw whatsapp suet yue: ...";
- the message opening with a child and their birth date: "misper chat Spike: truly (5th December 2009) didnt",
  "wellbeing whatsapp: quest sked (2011-04-15) says";
- a Scots pupil and father: "wee zy'rielle in s2 says her da tye standring keeps her aff".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.cues import ROLE_CUES
from dialogs.anonymise.lexicon import english_words, first_names, not_names, places, surnames
from dialogs.anonymise.name_context import namelike
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_LOW = r"[a-z][a-z'’-]+"
# "jaylah @ droimeann naíonra - liuba not": read from a line's start up to the " @ " found by str.find.
_AT_SETTING_RE = re.compile(
    r"[ \t]*(?P<s>[A-Za-z][a-z'’-]+)[ \t]+@[ \t]+[^\n@:]{3,50}?[ \t][-–][ \t]+(?P<n>[A-Za-z][a-z'’-]+)\b"
)
# A line's head before the speaker's colon: the speaker's one or two words after a chat's or a role's word.
_WORD_RE = re.compile(r"[^ \t]+")
_LOWER_RE = re.compile(_LOW)
_HEAD_WORDS = frozenset(
    {"chat", "whatsapp", "teams", "slack", "grp", "group", "msg", "txt", "text", "dm", "snap", "sms", "messenger",
     # Scottish and Welsh school roles a speaker is named after: "guidance shenique:", "pt pastoral ffion:".
     "guidance", "pastoral", "pt", "dht", "ht", "hoy", "dsl", "dsp", "sw", "hv", "ewo", "pcso", "senco", "tutor"}
)
# Words a head's last place holds that are what the message is, not who wrote it.
_NOT_SPEAKERS = frozenset(
    {"from", "to", "the", "re", "update", "urgent", "note", "log", "thread", "reply", "chat", "group", "grp", "msg",
     "message", "team", "teams", "duty", "staff", "all", "everyone", "reminder", "notice", "alert", "news", "info",
     "question", "query", "request", "fyi", "important", "cover", "rota", "handover", "help", "transcript",
     "history", "export", "extract", "summary", "me", "him", "her", "them", "us", "today", "yesterday", "earlier",
     "pm", "am", "ok", "hi", "hiya", "fwd", "sent", "said", "says", "wrote", "asked"}
)
# A message's opening words, then a birth date in brackets: "quest sked (2011-04-15)", "truly (5th December 2009)".
_OPENS_DOB_RE = re.compile(
    rf"(?P<n>{_LOW}(?:[ \t]+{_LOW})?)[ \t]+\((?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Za-z]{{3,9}}[ \t]+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\)"
    # "vonnie sturgeon + 3 kids moved": a parent and their children.
    r"|(?P<p>[a-z][a-z'’-]+[ \t]+[a-z][a-z'’-]+)[ \t]+(?:\+|&|and|w|with)[ \t]+"
    r"(?:\d[ \t]+|her[ \t]+|his[ \t]+|the[ \t]+)?"
    r"(?:kids|children|bairns|weans|baby|babies)\b"
)
# Words that open a message before a date and name no one: "seen (12/3/24)", "updated (2024-01-02)".
_NOT_OPENERS = frozenset(
    {"seen", "born", "dob", "visit", "visited", "updated", "update", "reviewed", "review", "dated", "date", "closed",
     "opened", "ref", "on", "from", "since", "until", "by", "due", "next", "last", "meeting", "held", "booked",
     "the", "a", "an", "and", "or", "so", "ok", "hi", "hiya", "re", "today", "yesterday", "plan", "referral",
     "incident", "appt", "appointment", "letter", "report", "sent", "received", "attended", "started", "left"}
)
# "wee zy'rielle in s2", "wee sajeda (7)": a Scots note's child, then their class or age.
_WEE_RE = re.compile(rf"\bwee[ \t]+(?P<n>{_LOW})[ \t]+(?:in[ \t]+)?(?:[sSpP][1-7]\b|\(\d)")
# "her da tye standring keeps": a Scots father, named after him.
_DA_RE = re.compile(rf"\b(?:her|his|their|ma|my|oor|wur)[ \t]+da[ \t]+(?P<n>{_LOW})(?:[ \t]+(?P<m>{_LOW}))?")


def chat_heads(text: str) -> Iterator[Span]:
    """Speakers and children named by where they stand in a pasted chat's line."""
    if " @ " in text:
        yield from _at_settings(text)
    if ":" in text:
        yield from _speakers(text)
    if "wee " in text:
        yield from _named_after(text, _WEE_RE, "wee ")
    if " da " in text:
        yield from _named_after(text, _DA_RE, " da ")


def _opens_line(text: str, i: int) -> int | None:
    """Where the one word before `i` starts, if it opens its line; read back over that word alone, so a long line
    of " @ " is read once (speed)."""
    k = i
    while k > 0 and (text[k - 1].isalpha() or text[k - 1] in "'’-"):
        k -= 1
    j = k
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    return j if k < i and (j == 0 or text[j - 1] == "\n") else None


def _named(word: str, english: frozenset[str]) -> bool:
    """A lower-case word the shape has put where a name goes, unless a list says it is something else."""
    low = word.strip("'’-")
    return (low not in _NOT_SPEAKERS and low not in ROLE_CUES and low not in not_names()
            and low not in places() and len(low) >= 3)


def _at_settings(text: str) -> Iterator[Span]:
    english = english_words()
    i = text.find(" @ ")
    while i != -1:
        start = _opens_line(text, i)
        m = None if start is None else _AT_SETTING_RE.match(text, start)
        if m is not None:
            for g in ("s", "n"):
                if _named(m.group(g), english):
                    yield Span(_PERSON, m.start(g), m.end(g), P_PERSON)
        i = text.find(" @ ", i + 3)


def _speakers(text: str) -> Iterator[Span]:
    """A lower-case speaker after a chat's or a role's word at a line's head, and the message's opening child."""
    english = english_words()
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        colon = text.find(":", start, end)
        if colon != -1 and colon - start <= 60 and text[colon + 1 : colon + 2] in (" ", "\t"):
            if (sp := _speaker(text, start, colon, english)) is not None:
                yield sp
            if not _HEAD_WORDS.isdisjoint(w.lstrip("#") for w in text[start:colon].lower().split()):
                yield from _opening_child(text, colon + 1, english)
        start = end + 1


def _speaker(text: str, start: int, colon: int, english: frozenset[str]) -> Span | None:
    words = [(m.start(), m.end(), m.group().lower()) for m in _WORD_RE.finditer(text, start, colon)]
    if len(words) > 5:
        return None
    for size in (1, 2):
        # "guidance shenique:", "#y9-team slack stasiek:", "sw whatsapp suet yue:".
        if len(words) <= size or words[-size - 1][2].lstrip("#") not in _HEAD_WORDS:
            continue
        name = words[-size:]
        if any(not _LOWER_RE.fullmatch(text, a, b) for a, b, _ in name):
            return None
        # One of the words must be no dictionary's ("suet yue"), or a given name: "DSL supervision:", "PCSO intel:"
        # say what the message is.
        if all(_named(w, english) for _, _, w in name) and any(
                w not in english or w in first_names() for _, _, w in name):
            return Span(_PERSON, name[0][0], name[-1][1], P_PERSON)
    return None


def _opening_child(text: str, at: int, english: frozenset[str]) -> Iterator[Span]:
    while at < len(text) and text[at] in " \t":
        at += 1
    m = _OPENS_DOB_RE.match(text, at)
    if m is None:
        return
    g = "n" if m.group("n") else "p"
    if all(_named(w, english) and w not in _NOT_OPENERS for w in m.group(g).split()):
        yield Span(_PERSON, m.start(g), m.end(g), P_PERSON)


def _named_after(text: str, pattern: re.Pattern[str], literal: str) -> Iterator[Span]:
    """A name after "wee" or "her da": the word must be no dictionary's, or a given name; a second word joins it
    when it is no word or a surname ("tye standring", not "ubai keeps")."""
    english, given, family = english_words(), first_names(), surnames()
    i = text.find(literal)
    while i != -1:
        m = pattern.search(text, max(0, i - 6), i + len(literal) + 60)
        if m is not None and m.start() <= i + 1:
            first, second = m.group("n"), m.groupdict().get("m") or ""
            # "her da tye standring": a given name too short to judge is told by the surname after it.
            sure_second = bool(second) and _named(second, english) and second not in english \
                and namelike(second, english)
            sure_first = (first not in english or first in given) and namelike(first, english)
            if _named(first, english) and (sure_first or (sure_second and first not in english)):
                end = m.end("n")
                if second and _named(second, english) and (second not in english or second in family):
                    end = m.end("m")
                yield Span(_PERSON, m.start("n"), end, P_PERSON)
        i = text.find(literal, i + len(literal))
