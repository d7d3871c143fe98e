"""Second look at the names found, by their position rather than their words:

- the given name before a found surname, when the given name is a word the first pass set aside
  ("Harassment: Winsome Ellington", "CSE screening: Meadow Rubin", "carers ... Ka Ho Fok"), or a role
  word used as a name between a role and the surname ("Brother Son Ly", "Mum Nanny Kravchuk");
- every later capitalised use of a word found in a name ("Meadow was seen", "Ranger's dad");
- a capitalised nickname in quotes where it ends the clause ('staying with "Mouse", who is 24');
- a lower-case word joined by "and" to a lower-case name ("his 2 kids norrie and ethna, ex partner").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache

from dialogs.anonymise import name_context, name_hints
from dialogs.anonymise.cues import GREETINGS, ROLE_CUES, TITLES, previous_word
from dialogs.anonymise.email_names import email_names
from dialogs.anonymise.lexicon import (
    english_words,
    first_names,
    name_openers,
    not_names,
    places,
    vehicle_models,
    wide_names,
)
from dialogs.anonymise.name_aliases import find_aliases
from dialogs.anonymise.name_full import full_name
from dialogs.anonymise.name_lists import bracketed_aliases, bracketed_people, list_people
from dialogs.anonymise.name_positions import find_positioned
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_PERSON = EntityType.PERSON
_WORD_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:['’-][A-Za-z]+)?)[ \t]$")
_HEADING_END = frozenset(":–—-")
# Words that are never a given name, before a name or anywhere.
_FUNCTION = frozenset(
    {"the", "a", "an", "and", "or", "but", "if", "when", "while", "as", "at", "by", "for", "from", "in", "into",
     "of", "on", "to", "with", "without", "about", "after", "before", "since", "until", "than", "that", "this",
     "these", "those", "there", "here", "his", "her", "their", "our", "my", "your", "its", "he", "she", "they",
     "we", "you", "i", "it", "is", "was", "are", "were", "be", "been", "has", "have", "had", "do", "did",
     "does", "not", "no", "yes", "so", "all", "any", "some", "each", "every", "who", "what", "which", "where",
     "why", "how", "will", "would", "can", "could", "should", "may", "might", "must", "shall"}
)
# "the Meadow", "a Sparrow": after an article or a possessive the word is a thing again.
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "our", "my", "your", "its"})


def _after_heading(text: str, start: int) -> bool:
    """Straight after a heading's colon or dash ("Harassment: Winsome", "concern - Lien"). After a full stop
    the word before a name is far more often a role or a verb ("Parents Aisha", "Visited Mirwais")."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘":
        i -= 1
    return i >= 0 and text[i] in _HEADING_END


_GREETINGS = GREETINGS | {"night", "ta", "welcome", "congratulations", "sorry", "bye", "goodbye", "yo"}


# A line may open with what was said ("Says Razor keeps messaging him"), not only with a given name.
_REPORTING = frozenset({"says", "said", "told", "tells", "saw", "seen", "met", "asked", "reports", "reported"})


def _given_before(text: str, start: int, stop: frozenset[str], english: frozenset[str]) -> int:
    """Where a found capitalised name really starts: one word further back when that word is its given
    name. `start` when it is not."""
    # Most names follow a word of no interest or a comma; one character settles most of them (speed).
    if start < 3 or not text[start - 2].isalpha():
        return start
    if text[start - 2].isupper():
        return _caps_given_before(text, start, stop)
    m = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
    if m is None:
        return start
    word = m.group(1)
    low = word.lower()
    if low in ROLE_CUES:
        # "Brother Son Ly", "Mum Nanny Kravchuk": a role word between a capitalised role and the surname.
        prev = previous_word(text, m.start())
        before = text[max(0, m.start() - 12) : m.start()].rstrip()
        cap_role = prev in ROLE_CUES and before[-len(prev):][:1].isupper()
        return m.start() if cap_role else start
    if low in stop or low.rstrip(".") in TITLES:
        return start
    # A line that opens with a word and a found surname is a list of people ("Candy Bhullar - after school club").
    # A greeting opens a message, not a name ("Morning Ottilie, ...").
    line_start = (m.start() == 0 or text[m.start() - 1] == "\n") and low not in _GREETINGS and low not in _REPORTING
    if low not in english or line_start or _after_heading(text, m.start()):
        return m.start()
    return start


_CAPS_BEFORE_RE = re.compile(r"(?<![\w'’.-])([A-Z][A-Z'’-]+)[ \t]$")
# Words that head a record in capitals before the name: "URGENT KETTLEWELL, 2/2/46".
_CAPS_HEADINGS = frozenset({"urgent", "re", "fao", "attn", "note", "update", "alert", "concern", "referral",
                            "incident", "report", "record", "name", "surname", "forename", "nok", "dob", "missing"})
_DATE_AFTER_RE = re.compile(r"(?:,[ \t]*|[ \t]*\([ \t]*|[ \t]+(?:dob|DOB|d\.o\.b\.?)[: \t]*)\d{1,2}[/.-]")


def _caps_given_before(text: str, start: int, stop: frozenset[str]) -> int:
    """"MAVERICK KETTLEWELL, 2/2/46": before a surname in capitals, a given name in capitals that is also a
    word. Only names the lists know, and only when the surname is in capitals too."""
    end = start
    while end < len(text) and (text[end].isalpha() or text[end] in "'’-"):
        end += 1
    if not text[start:end].isupper():
        return start
    m = _CAPS_BEFORE_RE.search(text, max(0, start - 24), start)
    if m is None:
        return start
    low = m.group(1).lower()
    # Before a date of birth any word in capitals is the given name ("MAVERICK KETTLEWELL, 2/2/46").
    dated = _DATE_AFTER_RE.match(text, end) is not None
    if low in stop or low in ROLE_CUES or low in _CAPS_HEADINGS:
        return start
    return m.start() if dated or low in first_names() or low in wide_names() else start


def _stop_words() -> frozenset[str]:
    return _FUNCTION | name_openers() | not_names() | places()


_STOP: frozenset[str] | None = None


@cache
def _positioned_stop() -> frozenset[str]:
    # A model after a make in a list ("Dacia Duster, YU17 LMH") is a car. Before a surname it may be a
    # name ("Ka Ho Fok"), so only the rules of position leave models out.
    return _stop_words() | vehicle_models()


def spread_people(text: str, people: Sequence[Span], first: Sequence[Span] = ()) -> Iterator[Span]:
    """`people`: every name found so far; `first`: those of the word-by-word pass, which has spread its own
    names already, so only the words of the others need looking for again (speed)."""
    global _STOP
    if _STOP is None:
        _STOP = _stop_words()
    stop, english = _STOP, english_words()
    found: set[str] = set()
    # Whether a word also starts a sentence or a line, looked for once per word: a search of the whole
    # text for each name was quadratic, and made a 1 MB record three times slower (speed).
    opens: dict[str, bool] = {}
    spread_already = {(sp.start, sp.end) for sp in first}
    people = [*people, *find_positioned(text, people, _positioned_stop())]
    known = {(sp.start, sp.end) for sp in people}
    aliases = [sp for sp in find_aliases(text, people) if (sp.start, sp.end) not in known]
    people.extend(aliases)
    # A name found by its position is used bare later on ("I saw Zinnia today"), whatever the word.
    found.update(w for sp in aliases for w in text[sp.start : sp.end].split()
                 if len(w) > 2 and w[0].isupper() and w[1:].islower() and w.isalpha())
    for sp in people:
        start = sp.start
        if sp.type is _PERSON and text[start : start + 1].isupper() and text[start - 1 : start] in (" ", "\t"):
            start = _given_before(text, start, stop, english)
        yield sp if start == sp.start else Span(sp.type, start, sp.end, sp.priority, sp.child)
        if sp.type is _PERSON:
            # Only everyday words need spreading: the first pass already spreads a name no dictionary has,
            # and its own names everywhere but at a sentence start, where it sets everyday words aside.
            fresh = start != sp.start or (sp.start, sp.end) not in spread_already
            words = text[start : sp.end].split()
            # A word-name found as a full name ("Daylight Crake") is that person's name in the note: its
            # later bare uses are the person even with a weak cue ("messaging Daylight on tiktok").
            fresh = fresh or full_name(words)
            for w in words:
                if len(w) > 2 and w[0].isupper() and w[1:].islower() and w.isalpha() and w.lower() in english:
                    if not fresh and w not in opens:
                        opens[w] = ". " + w in text or "\n" + w in text
                    if fresh or opens[w]:
                        found.add(w)
    # A quoted nickname is used bare later on too ("told me that "Ghost" sleeps there. I now know Ghost to be").
    quoted = list(_quoted_nicknames(text, english))
    found.update(text[sp.start : sp.end] for sp in quoted if " " not in text[sp.start : sp.end])
    yield from _later_uses(text, people, found, stop)
    yield from quoted
    yield from _lower_lists(text, people, english)
    yield from list_people(text, people)
    yield from bracketed_people(text, people)
    yield from bracketed_aliases(text, people)
    yield from email_names(text)
    if "in y" in text:
        yield from _in_year_after_heading(text)


_CAP_WORD_RE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{2,}(?![a-z])")


def _later_uses(text: str, people: Sequence[Span], found: set[str], stop: frozenset[str]) -> Iterator[Span]:
    """One scan of the capitalised words, each looked up in the set of words found in names: a find per
    name was quadratic on a long document (speed)."""
    wanted = {w for w in found if w.lower() not in stop and w.lower() not in ROLE_CUES}
    if not wanted:
        return
    covered = sorted((sp.start, sp.end) for sp in people if sp.type is _PERSON)
    starts = [a for a, _ in covered]
    for i, j in _occurrences(text, wanted):
        k = bisect.bisect_right(starts, i) - 1
        # Inside a found name already (spans may nest, so look a few back).
        if any(covered[j][0] <= i < covered[j][1] for j in range(max(0, k - 3), k + 1)):
            continue
        if previous_word(text, i) not in _DETERMINERS:
            yield Span(_PERSON, i, j, P_PERSON)


def _occurrences(text: str, words: set[str]) -> Iterator[tuple[int, int]]:
    """Where each word stands alone in `text`: a find per word when there are few, else one scan of the
    capitalised words (a find per word is quadratic on a long document) (speed)."""
    if len(words) > 4:
        for m in _CAP_WORD_RE.finditer(text):
            if m.group() in words:
                yield m.start(), m.end()
        return
    n = len(text)
    for word in words:
        i = text.find(word)
        while i != -1:
            j = i + len(word)
            if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-")) and (j >= n or not text[j].isalpha()):
                yield i, j
            i = text.find(word, j)


# A capitalised word or two in quotes, ending the clause: 'with "Mouse", who is 24', 'called "Bones".'
_QUOTED_RE = re.compile(
    r"(?<=[a-z,:][ \t])[\"“](?P<n>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[\"”](?=[ \t]*(?:[,.;:)!?]|$|[ \t]*\(|"
    # Any lower-case word after it: a quoted word that then does something ("Biscuit" took his card) is
    # someone's street name, whatever the verb.
    # ('is "Great" at maths': after a preposition or article the quote describes).
    # '"Ghost" from the park sends her vapes': "from the" places a person, as "Dave from upstairs" does.
    r"[ \t]+(?!(?:at|in|on|of|to|for|with|from(?![ \t]+the\b)|by|about|as|than|or|but|so|too|the|a|an|if)\b)[a-z]))"
)
# After these the quotes hold the words said or written, not a name: 'she said "No".'
_SPEECH = frozenset(
    {"said", "says", "say", "saying", "replied", "replies", "shouted", "shouts", "screamed", "asked", "asks",
     "texted", "wrote", "writes", "answered", "answers", "told", "tells", "messaged", "posted", "typed",
     "searched", "read", "reads", "word", "words", "labelled", "marked", "titled", "headed", "ticked", "chose",
     "selected", "put", "wrote:", "from", "the", "a", "an", "his", "her", "their", "my", "of", "in", "on"}
)
_SAID_WORDS = frozenset(
    {"yes", "no", "ok", "okay", "hi", "hello", "bye", "sorry", "help", "stop", "please", "thanks", "fine",
     "nothing", "whatever", "never", "always", "now", "why", "what", "home", "friends", "love", "safe", "bad",
     "good", "happy", "sad", "scared", "angry", "done", "sure", "maybe", "later", "soon", "mum", "dad", "nan"}
)


_FROM_THE_RE = re.compile(r"[ \t]+from[ \t]+the\b")
_BEFORE_FROM_THE = frozenset({"says", "said", "say", "told", "tells", "and", "with", "by", "that", "saw", "met",
                              "seen", "meets", "meeting", "called", "named", "lad", "man", "girl", "boy", "someone"})


# A nickname in quotes and brackets straight after a name: 'Grandson Wilburn ("Razor") was there'.
_BRACKETED_RE = re.compile(r"(?<=[A-Za-z][ \t])\([\"“](?P<n>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[\"”]\)")


# The child's own words, opening with who did it: 'Nanw said "Gonzo hits mammy"'.
_SAID_DEED_RE = re.compile(
    r"\b(?:said|says|told\s+\w+|tells\s+\w+|shouted|screamed|disclosed|whispered)[ \t,:]*[\"“'‘]"
    r"(?P<n>[A-Z][a-z]+)[ \t]+(?:hits|hit|kicks|kicked|punches|punched|hurts|hurt|touches|touched|pushes|pushed|"
    r"bites|bit|smacks|smacked|slaps|slapped|grabs|grabbed|locks|locked|shouts|shouted|takes|took|makes|made|"
    r"gives|gave|says|said|told|tells|is|was|has)\b"
)
_NOT_DOERS = frozenset({"mummy", "mammy", "daddy", "mum", "mam", "dad", "nanny", "nana", "nan", "grandad", "grandma",
                        "he", "she", "they", "we", "you", "it", "i", "nobody", "everyone", "someone", "somebody",
                        "teacher", "miss", "sir", "police", "that", "this", "there", "what", "who", "my", "me"})


def _quoted_nicknames(text: str, english: frozenset[str]) -> Iterator[Span]:
    if '"' not in text and "“" not in text:
        return
    for m in _SAID_DEED_RE.finditer(text):
        if m.group("n").lower() not in _NOT_DOERS and m.group("n").lower() not in ROLE_CUES:
            yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    for m in _BRACKETED_RE.finditer(text) if '("' in text or "(“" in text else ():
        yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)
    for m in _QUOTED_RE.finditer(text):
        name = m.group("n")
        low = name.lower()
        prev = previous_word(text, m.start())
        # 'Says "Biscuit" took his card': a quoted word that then acts is who acted, even after a speech verb.
        acts = text[m.end() : m.end() + 2].lstrip(" \t")[:1].islower()  # the look-ahead ruled out prepositions
        if low in _SAID_WORDS or (prev in _SPEECH and not acts):
            continue
        # "known only as "Moose"" names someone; "marked as "Urgent"" is what was written.
        if prev == "as" and previous_word(text, text.rfind("as", 0, m.start())) in _SPEECH:
            continue
        if " " in name and all(w in english for w in low.split()):
            continue  # 'a "Good Boy"' names nobody
        if _FROM_THE_RE.match(text, m.end()) and prev not in _BEFORE_FROM_THE:
            continue  # 'bought "Monster" from the shop' is a thing; 'says "Ghost" from the park' a person
        yield Span(_PERSON, m.start("n"), m.end("n"), P_PERSON)


# The clause may go on after a word no dictionary has ("mates zulfiqar and witold take her").
_AND_RE = re.compile(r"[ \t]+(?:and|&)[ \t]+([a-z][a-z'’-]{2,})(?=[,.;)]|$|\n|[ \t])")


_AGE_AFTER_RE = re.compile(r"[ \t]*\(\d{1,2}\)")


# What is said of people straight after their names in a visit note: "biodun and wale seen at".
_DONE_TO = frozenset({"seen", "were", "are", "was", "both", "said", "say", "went", "came", "stayed", "left",
                      "attended", "visited", "present", "spoke", "told", "looked", "appeared", "have", "had"})


def _lower_lists(text: str, people: Sequence[Span], english: frozenset[str]) -> Iterator[Span]:
    """"kids norrie and ethna,": a lower-case word after "and" and a lower-case name, ending the clause.
    After a capitalised name the word must be one no dictionary has: "Dyfed Preece (3) and einion from Bala"."""
    for sp in people:
        if sp.type is not _PERSON:
            continue
        capital = not text[sp.start : sp.start + 1].islower()
        age = _AGE_AFTER_RE.match(text, sp.end)
        m = _AND_RE.match(text, age.end() if age is not None else sp.end)
        if m is None:
            continue
        word = m.group(1)
        if capital and (not word.isalpha() or word in english or not name_context.namelike(word, english)):
            continue
        nxt = name_hints.next_word(text, m.end())
        # "the twins biodun and wale seen at": a given name that is also a word, then what people do.
        done_to = word in first_names() and nxt in _DONE_TO and word not in not_names()
        if text[m.end() : m.end() + 1] in (" ", "\t") and (word in english or word in not_names()) and not done_to:
            continue
        if word not in _FUNCTION and word not in ROLE_CUES and word not in name_openers() \
                and (word not in english or nxt in ("", ",", ".") or done_to):
            yield Span(_PERSON, m.start(1), m.end(1), P_PERSON)


# "pastoral - meadow in yr 9 crying": straight after a heading, a lower-case word and the school year.
_IN_YEAR_RE = re.compile(
    r"(?:^|[:–—-])[ \t]+([a-z][a-z'’-]{2,})[ \t]+in[ \t]+(?:year|yr|y)[ \t]?\d{1,2}\b", re.MULTILINE
)


def _in_year_after_heading(text: str) -> Iterator[Span]:
    for m in _IN_YEAR_RE.finditer(text):
        word = m.group(1)
        if word not in _FUNCTION and word not in ROLE_CUES and word not in name_openers() and word not in not_names():
            yield Span(_PERSON, m.start(1), m.end(1), P_PERSON)
