"""People named by where they stand in a pasted header or a meeting's minutes, typed in any case.

- a Slack header: "#safeguarding · zaveon redwood 09:12" (channel, a middle dot, the speaker, a time);
- a Teams header, surname first: "[10:41] Nation, Shardae (Student Adviser)";
- initials in minutes: "Present: G.J. (ASC), ... A.M. (housing)", "Actions: I. D. to visit";
- a lower-case pair before a school year after a message's head: "pt guidance: steady vessey s6 at saddlers";
- a lower-case word before a birth date in brackets: "daily notes - empoy (March 12, 1981) told staff".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise.anchored_rules import RuleTable
from dialogs.anonymise.lexicon import english_words, first_names, not_names, places
from dialogs.anonymise.phrase_nicknames import ENGLISH_KIN
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_WORD = r"[A-Za-z][\w'’-]+"
_SLACK_RE = re.compile(rf"#[\w-]+[ \t]+·[ \t]+(?P<n>{_WORD}(?:[ \t]+{_WORD})?)[ \t]+\d{{1,2}}:\d{{2}}\b")
_TEAMS_RE = re.compile(r"\[\d{1,2}:\d{2}\][ \t]+(?P<n>[A-Z][\w'’-]+),[ \t]+[A-Z][\w'’-]+(?=[ \t]*[(:])")
# The initials must open a list's item ("Present: ", ", ", "; ") so "10 A.M. (approx)" stays.
_INITIALS_RE = re.compile(
    r"(?:^|[:,;/][ \t]+)(?P<n>[A-ZÀ-Ý]\.[ \t]?[A-ZÀ-Ý]\.)(?=[ \t]+\([A-Za-z][\w &/-]{0,30}\)|[ \t]+to[ \t]+[a-z])",
    re.MULTILINE,
)
_LOW = r"[a-z][a-z'’-]+"
_YEAR_PAIR_RE = re.compile(
    rf":[ \t]+(?P<n>{_LOW}[ \t]+{_LOW})[ \t]+(?:s[1-6]|p[1-7]|yr[ \t]?\d{{1,2}}|y\d{{1,2}})[ \t]+(?:at|in|from)\b"
)
_ABOUT_RE = re.compile(
    rf"\b(?:this|it)[ \t]+is[ \t]+about[ \t]+(?P<n>{_LOW}[ \t]+{_LOW})(?=[ \t,.]+(?:um|erm|uh|he|she|they|who)\b)"
)
_DATE = (r"(?:[A-Z][a-z]{2,8}[ \t]\d{1,2}(?:st|nd|rd|th)?,?[ \t]\d{4}|\d{1,2}(?:st|nd|rd|th)?[ \t][A-Za-z]{3,9}[ \t]"
         r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2})")
_LOWER_DOB_RE = re.compile(rf"(?:^|[-–:][ \t]+)(?P<n>[a-z][a-z'’-]{{2,}})[ \t]+\({_DATE}\)", re.MULTILINE)
_RULES: tuple[tuple[re.Pattern[str], tuple[str, ...], int, int, bool], ...] = (
    (_SLACK_RE, (" · ",), 40, 50, False),
    (_TEAMS_RE, ("] ",), 8, 50, False),
    (_INITIALS_RE, (". (", ". to ", ".  ("), 12, 2, False),
    (_YEAR_PAIR_RE, (" s1 ", " s2 ", " s3 ", " s4 ", " s5 ", " s6 ", " p", " yr", " y"), 50, 12, False),
    (_ABOUT_RE, ("is about ",), 10, 40, True),
    (_LOWER_DOB_RE, (" (",), 30, 30, False),
)
_TABLE = RuleTable(_RULES)
# Words that open a message before a date or a year and name no one: "seen (12/3/24)", "the new s6 at".
_NOT_OPENERS = frozenset(
    {"seen", "born", "dob", "visit", "visited", "updated", "update", "reviewed", "review", "dated", "date", "the",
     "a", "an", "and", "or", "so", "ok", "hi", "hiya", "re", "today", "yesterday", "referral", "incident", "letter",
     "report", "sent", "received", "started", "left", "his", "her", "their", "my", "our", "new", "now", "is", "was",
     "in", "at", "on", "from", "to", "of", "for", "with", "by", "same", "other", "another", "every", "all", "any",
     "pupil", "pupils", "student", "students", "boy", "girl", "child", "lad", "lass", "each", "one", "two", "some",
     "money", "rent", "debt", "school", "college", "work", "bullying", "drugs", "fight", "fighting", "phone", "this",
     "that", "these", "those", "its", "it", "he", "she", "they", "we", "you", "i", "him", "them", "me", "us", "who",
     "closed", "opened", "due", "next", "last", "since", "until", "plan", "meeting", "held", "booked", "appt"}
)


def header_people(text: str) -> Iterator[Span]:
    """People named by where they stand in a chat's header, a meeting's minutes or a message's head."""
    for pattern, m in _TABLE.matches(text):
        if _is_name(pattern, m.group("n")):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


def _is_name(pattern: re.Pattern[str], found: str) -> bool:
    if pattern is _INITIALS_RE or pattern is _SLACK_RE or pattern is _TEAMS_RE:
        return found.lower() not in not_names()
    words = found.lower().split()
    english, given = english_words(), first_names()
    if any(w in _NOT_OPENERS or w in ENGLISH_KIN or w in not_names() or w in places() for w in words):
        return False
    # A lower-case word only a shape names: one of the words must be no dictionary's, or a given name.
    return any(w not in english or w in given for w in words)
