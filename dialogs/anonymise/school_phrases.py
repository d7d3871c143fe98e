"""Schools named by a phrase that only a school fits, where the name alone is an everyday word or a few capitals:

- "so she can go to galena high", "on roll at ...", "education at ...", "a 2hr timetable at galena high": after
  such a phrase one word the dictionary lists will do before a school's tail (see `school_tails`);
- a school's initials on its roll or from its own staff: "on roll at CRC", "college safeguarding: ... we are HFC,
  ring me on ...", "named person Nannie Porteous (PHS)".

Capitals after "at" are far more often an agency, a ward or a team, so initials count only in these phrases and
never when they are an agency's, a ward's, a role's or a word (the list `school_initials` keeps).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.school_initials import NOT_SCHOOLS
from dialogs.anonymise.types import EntityType, Span

# Phrases that put a school straight after them. Searched back from a name's start over a short window (speed).
_STRONG_RE = re.compile(
    r"(?<![\w'’-])(?:(?:go|goes|going|went|gone|moved|moving|transferred|transferring)[ \t]+to"
    r"|(?:on|dual)[ \t]+roll[ \t]+at|(?:education|timetable|placement|enrolled|registered)[ \t]+at"
    # A school year, then where: "he's Year 3 at galena high", "yr 9 at ...".
    r"|(?:year|yr)[ \t]?\d{1,2}[ \t]+at)[ \t]+$"
)
# Words after "go to" that are a place someone is in a state at, or a verb: "went to bed high", "going to feel
# high", "go to town high".
_NOT_AFTER_GO_TO = frozenset(
    {"bed", "sleep", "feel", "stay", "keep", "look", "seem", "come", "fly", "smoke", "class", "lessons", "college",
     "uni", "court", "church", "hospital", "school", "prison", "jail", "mosque", "chapel", "training", "practice",
     "football", "rugby", "dance", "drama", "music", "assembly", "lunch", "dinner", "breakfast", "tea", "reg",
     "registration", "clinic", "appointments", "heaven", "space", "hell", "pieces", "extremes"}
)


def strong_school_cue(low: str, start: int, word: str) -> bool:
    """Whether a phrase that only a school fits stands straight before `start`, so that one everyday `word` before
    a school's tail is its name ("go to galena high")."""
    return (len(word) >= 4 and word not in _NOT_AFTER_GO_TO
            and _STRONG_RE.search(low, max(0, start - 24), start) is not None)


# "on roll at CRC", "education at HFC": two to five capitals standing alone after the phrase.
_ROLL_RE = re.compile(r"[ \t]+(?P<init>[A-Z]{2,5})(?![\w&'’/-]|\.\w)")
_ROLL_CUES = (" roll at", "education at", "timetable at", "enrolled at")
# "we are CRC, ring me on ...": a school's or college's staff naming their own setting, then how to reach them.
_WE_ARE_RE = re.compile(r"we[ \t]+are[ \t]+(?P<init>[A-Z]{2,5})[ \t]*[,.-]?[ \t]*(?i:ring|call|phone|text|txt|"
                        r"contact|email)\b")
_SETTING_WORDS = ("school", "college", "academy", "dsl", "safeguarding lead")
# "named person Nannie Porteous (PHS)": the Scottish school role, a name of up to three words, and the school's
# initials in brackets.
_NAMED_RE = re.compile(r"[Nn]amed[ \t]+[Pp]erson[ \t]+(?:is[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,3}"
                       r"\((?P<init>[A-Z]{2,5})\)")


def _initials_ok(init: str) -> bool:
    return init not in NOT_SCHOOLS and init.lower() not in english_words()


def _span(m: re.Match[str]) -> Span:
    return Span(EntityType.SCHOOL, m.start("init"), m.end("init"), P_SCHOOL)


def school_phrase_initials(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    for cue in _ROLL_CUES:
        i = low.find(cue)
        while i != -1:
            m = _ROLL_RE.match(text, i + len(cue))
            if m is not None and _initials_ok(m.group("init")):
                yield _span(m)
            i = low.find(cue, i + 1)
    if "we are " in low and any(w in low for w in _SETTING_WORDS):
        i = low.find("we are ")
        while i != -1:
            m = _WE_ARE_RE.match(text, i) if i == 0 or not low[i - 1].isalpha() else None
            if m is not None and _initials_ok(m.group("init")):
                yield _span(m)
            i = low.find("we are ", i + 1)
    i = low.find("named person")
    while i != -1:
        m = _NAMED_RE.match(text, i) if text[i] in "nN" else None
        if m is not None and _initials_ok(m.group("init")):
            yield _span(m)
        i = low.find("named person", i + 1)
