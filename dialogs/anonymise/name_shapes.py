"""Names the word-by-word name rules miss because of their shape rather than the words in them:

- the rest of a particle surname after a found name ("Rodrigo de la Peña", "Pieter van der Berg",
  "giulia lo bianco", "Hamdan bin Rashid");
- a name after a form field label at the start of a line ("Advocate: A. Sheikh", "Child: Marigold");
- initials standing for the whole name after a role or "known as" ("HV E.B. says", "known only as A. P.");
- a nickname in quotes after a word that introduces a person ('he was "Zed, mummy's friend"', 'new
  fella "Smudge"') or before "(real name ...)" ("Big Tel (real name ...)");
- lower-case words straight before a date of birth ("thanawat srisuk dob 14 May 1987").

Each is checked against the lists of English words only where the shape alone is not enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.cues import ADULT_ROLES, CHILD_ROLES, NAMING, TITLES
from dialogs.anonymise.lexicon import english_words, first_names, not_names
from dialogs.anonymise.literal_trie import trie_pattern
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

_WORD = r"[^\W\d_][\w'’]*(?:-[^\W\d_][\w'’]*)*"
_CAP = r"(?-i:[A-Z])[\w'’]*(?:-[^\W\d_][\w'’]*)*"
_PARTICLE = r"(?:de|del|della|la|le|van|von|der|den|ter|ten|bin|binti|bint|ibn|lo|di|da|dos|das|du|ap|al|el)"
PARTICLE_AFTER_RE = re.compile(rf"(?:[ \t]+{_PARTICLE}){{1,2}}[ \t]+(?P<w>{_WORD})", re.IGNORECASE)
# Two words joined by particles, neither of them English: "pieter de la bianco" found by its shape alone.
PARTICLE_NAME_RE = re.compile(
    rf"(?<![\w'’])(?P<a>{_WORD})(?:[ \t]+{_PARTICLE}){{1,2}}[ \t]+(?P<b>{_WORD})(?![\w'’])", re.IGNORECASE
)
PARTICLE_BEFORE_RE = re.compile(rf"(?<![\w'’])(?P<w>{_WORD})(?:[ \t]+{_PARTICLE}){{1,2}}[ \t]+$", re.IGNORECASE)

_LABELS = (
    r"name|full name|child|children|mother|father|mum|dad|carer|carers|parent|parents|guardian|referrer|"
    r"referred by|reported by|completed by|gp|advocate|pupil|student|young person|yp|tenant|victim|suspect|"
    r"alleged perpetrator|perpetrator|subject|client|patient|service user|adult at risk|witness|sibling|"
    r"siblings|partner|step-?father|step-?mother|stepdad|stepmum|grandparent|grandmother|grandfather|"
    r"social worker|sw|key ?worker|support worker|health visitor|hv|midwife|dsl|lead professional|"
    r"allocated worker|contact|next of kin|nok|person of concern|poc|baby|unborn|infant|aunt|uncle|"
    r"foster carer|kinship carer|lodger|household member|occupant|resident|driver|passenger"
)
# A field label at the start of a line (or after "|" or ";"), a colon, then the value.
LABEL_RE = re.compile(rf"(?:^|(?<=\n)|(?<=[|;]))[ \t]*(?:{_LABELS})[ \t]*:[ \t]*", re.IGNORECASE)
# A name value: a title, initials or capitalised words, up to four.
_NAME_PART = r"(?:(?-i:[A-Z])\.?(?=[\s,.(]|$)|" + _CAP + r")"
NAME_VALUE_RE = re.compile(rf"{_NAME_PART}(?:[ \t]*\.?[ \t]*{_NAME_PART}){{0,3}}")
# Values that say there is no name to give.
_NO_NAME = frozenset(
    {"unknown", "not", "none", "no", "n", "na", "nil", "tbc", "tbd", "same", "see", "as", "the", "a", "an",
     "both", "various", "pending", "awaiting", "declined", "other", "yes", "mum", "dad", "mother", "father",
     "foster", "local", "self", "parent", "parents", "grandparents", "all", "nobody", "anon", "anonymous",
     "withheld", "unnamed", "deceased", "absent", "male", "female", "adult", "child", "baby", "unborn", "present",
     "registered", "known", "refused", "requested", "n/a", "tba", "unclear", "information", "details", "contact",
     "address", "school", "notified", "informed", "aware", "involved", "attended", "carer", "carers",
     "grandparent", "aunt", "uncle", "family", "social", "early", "police", "health", "kinship", "shared",
     "joint", "sole", "single", "resident"}
)
_INITIALS = r"(?-i:[A-Z])\.[ \t]?(?-i:[A-Z])\.?(?:[ \t]?(?-i:[A-Z])\.)?"
# Dotted initials after a cue word: "HV E.B. says", "known only as A. P.,".
INITIALS_RE = re.compile(rf"(?<![\w.])(?P<cue>[\w'’]+)[ \t]+(?P<n>{_INITIALS})(?![\w]|[ \t]+(?-i:[A-Z])[a-z])")
_NOT_INITIALS = frozenset({"am", "pm", "eg", "ie", "nb", "ps", "uk", "us", "re", "pe", "dt", "ok", "ad", "bc",
                           "ga", "gb", "ft", "vs", "jr", "sr"})
_INITIAL_CUES = TITLES | ADULT_ROLES | CHILD_ROLES | NAMING | {"as", "by", "from", "to", "with"}
# A nickname: a capitalised word in quotes after a word that introduces a person, or before "(real name".
NICKNAME_RE = re.compile(
    rf"(?:\b(?:he|she|they) (?:was|is|said he was|said she was)|\b(?:fella|bloke|boyfriend|girlfriend|man|"
    rf"lad|friend)(?:[ \t]+(?:is|was|called|named))?|\bcalls? (?:him|her|himself|herself)|\bcalled|\bknown as|"
    rf"\bgoes by|\baka|\bnicknamed)[ \t]+"
    rf"[\"“‘'](?P<n>{_CAP}(?:[ \t]+{_CAP})?)(?=[\"”’',])",
    re.IGNORECASE,
)
# The name someone gave, whatever its words: "gave his name as Wee Man", "gives her name as Bree".
GAVE_NAME_RE = re.compile(
    rf"\b(?:give|gives|giving|given|gave)[ \t]+(?:his|her|their|a)[ \t]+name[ \t]+as[ \t]+"
    rf"(?P<n>{_CAP}(?:[ \t]+{_CAP})?)",
    re.IGNORECASE,
)
REAL_NAME_RE = re.compile(rf"(?P<n>{_CAP}(?:[ \t]+{_CAP})?)[ \t]*\((?:real name|aka|known as|nickname)\b")
# Lower-case words straight before a date of birth: "thanawat srisuk dob 14 May 1987".
_DOB_CUE_RE = re.compile(r"(?i:dob|d\.o\.b)\b")
#: Three words of a name, a comma or bracket, and the cue.
_DOB_REACH = 120
BEFORE_DOB_RE = re.compile(
    r"(?<![\w'’])(?P<n>[a-z][a-z'’-]+(?:[ \t]+[a-z][a-z'’-]+){0,2}|[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){0,2})"
    r",?[ \t]+\(?(?i:dob|d\.o\.b\.?)\b"
)
# A particle surname after a title: "mr lo bianco", "Mrs van der Berg".
TITLE_PARTICLE_RE = re.compile(
    rf"\b(?:mr|mrs|ms|miss|mx|dr)\.?[ \t]+(?P<n>{_PARTICLE}(?:[ \t]+{_PARTICLE})?[ \t]+{_WORD})", re.IGNORECASE
)
_NOT_DOB_NAME = frozenset({"dob", "and", "with", "her", "his", "their", "mum", "dad", "child", "baby", "custody"})


# Cheap first checks (speed): every particle rule needs a particle between blanks, every nickname rule
# a quote before a capital or a bracketed "real name"; most notes have neither, and skip those scans.
_PARTICLE_GATE_RE = re.compile(rf"[ \t]{_PARTICLE}[ \t]", re.IGNORECASE)
# The same check on the lower-cased text as a set look-up of the words between blanks, far faster on a
# long note; only for ASCII text, where lower-casing and IGNORECASE agree letter for letter.
_PARTICLE_WORDS = frozenset(_PARTICLE[3:-1].split("|"))
# A particle between blanks, searched for as one: the literal blank first lets the engine skip ahead to blanks,
# three times quicker than splitting a long note into its words (speed).
_PARTICLE_SPACED_RE = re.compile(" (?:" + trie_pattern(_PARTICLE_WORDS) + ") ")
# A nickname's quote follows a blank: "O'Neill" does not open one (speed).
_QUOTE_GATE_RE = re.compile(r"[ \t][\"“‘'](?-i:[A-Z])")
_REAL_NAME_GATE_RE = re.compile(r"\((?:real name|aka|known as|nickname)")


def _quote_gate(text: str) -> bool:
    """`_QUOTE_GATE_RE.search(text) is not None`, read from each quote, found by str.find of one character:
    the regex stopped at every blank of a long note (speed)."""
    for quote in "\"“‘'":
        i = text.find(quote, 1)
        while i != -1:
            if text[i - 1] in " \t" and "A" <= text[i + 1 : i + 2] <= "Z":
                return True
            i = text.find(quote, i + 1)
    return False


# An everyday word after a found lower-case given name and before a date of birth in brackets is the surname:
# "for steve storey (21st may 1982)", "wayne marsh (dob 3/4/88)".
_SURNAME_BEFORE_DOB_RE = re.compile(
    r"[ \t]+(?P<w>[a-z][a-z'’-]{2,})[ \t]*\((?:dob[ \t:]*|d\.o\.b\.?[ \t:]*|born[ \t]+)?"
    r"\d{1,2}(?:st|nd|rd|th)?[ \t/.-]+(?:\d{1,2}|[a-z]{3,9})[ \t/.-]+\d{2,4}\)",
    re.IGNORECASE,
)
_NOT_SURNAME = frozenset({"and", "or", "the", "a", "an", "to", "at", "in", "on", "from", "with", "dob", "born", "aged",
                          "age", "was", "is", "nee", "née"})


def _surnames_before_dob(text: str, people: Iterable[Span]) -> Iterator[Span]:
    for sp in people:
        if sp.type is not EntityType.PERSON or not text[sp.start : sp.end].islower():
            continue
        m = _SURNAME_BEFORE_DOB_RE.match(text, sp.end)
        if m is not None and m.group("w") not in _NOT_SURNAME and m.group("w") not in ADULT_ROLES \
                and m.group("w") not in CHILD_ROLES and m.group("w").islower():
            yield Span(EntityType.PERSON, sp.start, m.end("w"), P_PERSON, sp.child)


def extend_people(text: str, people: Iterable[Span]) -> Iterator[Span]:
    """The names found, each stretched over a particle surname after it, then the names of the shapes
    above."""
    english = english_words()
    low = scan.lowered(text)
    people = list(people)
    if "(" in text:
        yield from _surnames_before_dob(text, people)
    if text.isascii():
        particles = _PARTICLE_SPACED_RE.search(low.replace("\t", " ")) is not None
    else:
        particles = _PARTICLE_GATE_RE.search(text) is not None
    if not particles:
        yield from people
    for sp in people if particles else ():
        start, end = sp.start, sp.end
        m = PARTICLE_AFTER_RE.match(text, end)
        if m is not None and _particle_name_ok(text[start:end], m.group("w"), english):
            end = m.end()
        # "pieter de la peña" with only "peña" found: the given name before the particles too.
        b = PARTICLE_BEFORE_RE.search(text, max(0, start - 40), start)
        if b is not None and _particle_name_ok(text[start:end], b.group("w"), english):
            start = b.start()
        yield sp if (start, end) == (sp.start, sp.end) else Span(sp.type, start, end, sp.priority, sp.child)
    given, refused = first_names(), not_names()
    for m in PARTICLE_NAME_RE.finditer(text) if particles else ():
        first, last = m.group("a"), m.group("b")
        # "PARTHA DAS DOB 12/05/1988": a label after a surname that is also a particle is no name.
        name_words = all((w.lower() not in english or w.lower() in given) and w.lower() not in refused
                         for w in (first, last))
        if name_words and first.lower() not in TITLES and first[0].isupper() == last[0].isupper():
            yield Span(EntityType.PERSON, m.start(), m.end(), P_PERSON)
    yield from _labelled(text)
    yield from _initials(text)
    for m in NICKNAME_RE.finditer(text) if _quote_gate(text) else ():
        # A quoted English word is a nickname when it ends the clause ('"Smudge", 19', 'fella "Smudge"'),
        # not when the sentence runs on ('is "Great" at maths').
        after = text[m.end("n") : m.end("n") + 3].lstrip("\"”'’")[:1]
        if m.group("n").lower() not in english or after in ("", ",", ".", ";", ":", "!", "?", ")", "\n"):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
    for m in GAVE_NAME_RE.finditer(text) if "name as" in low else ():
        yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
    for m in REAL_NAME_RE.finditer(text) if "(" in text and _REAL_NAME_GATE_RE.search(low) else ():
        yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)
    if "dob" in low or "d.o.b" in low:
        yield from _before_dob(text, english)
    for m in TITLE_PARTICLE_RE.finditer(text) if particles else ():
        if _particle_name_ok(m.group(), m.group("n").split()[-1], english):
            yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


def _particle_name_ok(name: str, word: str, english: frozenset[str]) -> bool:
    # After a capitalised name the surname is capitalised ("de la Peña"); after a lower-case one it is
    # a given name or a word that is not English ("lo bianco", not "de la mode").
    if name[:1].isupper():
        return word[:1].isupper()
    return word.islower() and (word not in english or word in first_names())


# A lower-case word, or a dash or colon that ends a heading: "Subject: Worried about ...", "Subject: Referral - ...".
_LOWER_NEXT_RE = re.compile(r"[ \t]+[a-z]|[ \t]*[-–—:][ \t]")


def _sentence_subject(text: str, label: str, end: int, words: list[str]) -> bool:
    """"Subject: Worried about Yarrow", "Subject: Referral - Nandini Thanki": an email's subject line that
    opens with an everyday word and runs on in lower case, or heads what follows a dash, is a sentence or a
    heading; the name, if any, comes later in it."""
    return (len(words) == 1 and label.strip().lower().startswith("subject")
            and words[0].lower() in english_words() and words[0].lower() not in first_names()
            and _LOWER_NEXT_RE.match(text, end) is not None)


def _labelled(text: str) -> Iterator[Span]:
    if ":" not in text:
        return
    for lm in LABEL_RE.finditer(text):
        vm = NAME_VALUE_RE.match(text, lm.end())
        if vm is None:
            continue
        words = vm.group().replace(".", " ").split()
        initial = re.match(r"[A-Z]\.", vm.group()) is not None
        if not words or (words[0].lower() in _NO_NAME and not initial):
            continue
        if words[0].lower() in not_names() and words[0].lower() not in first_names():
            continue  # "Subject: EHCP annual review - ...": a heading, and the name comes after it
        if _sentence_subject(text, lm.group(), vm.end(), words):
            continue
        start = vm.start()
        # A title is not part of the name ("GP: Dr Okafor" hides "Okafor").
        if words[0].lower() in TITLES and len(words) > 1:
            start = text.index(words[1], start)
        yield Span(EntityType.PERSON, start, vm.end(), P_PERSON)


_INITIALS_GATE_RE = re.compile(r"[A-Z]\.[ \t]?[A-Z]")


def _initials(text: str) -> Iterator[Span]:
    if "." not in text:
        return
    # Only around each dotted capital (the initials always hold one); 60 characters past it leave
    # room for the shape's look-ahead.
    # The dotted capitals are read from each ".", found by a one-character str.find: the scan stopped at every
    # capital of a long note (speed).
    dots: list[int] = []
    i = text.find(".", 1)
    while i != -1:
        if "A" <= text[i - 1] <= "Z":
            dots.append(i - 1)
        i = text.find(".", i + 1)
    for m in scan.before_anchors(INITIALS_RE, scan.matches_from(_INITIALS_GATE_RE, text, dots), text, 40, 60):
        yield from _initials_span(m)


def _initials_span(m: re.Match[str]) -> Iterator[Span]:
    letters = "".join(ch for ch in m.group("n") if ch.isalpha()).lower()
    if letters not in _NOT_INITIALS and m.group("cue").lower() in _INITIAL_CUES:
        yield Span(EntityType.PERSON, m.start("n"), m.end("n"), P_PERSON)


def _before_dob(text: str, english: frozenset[str]) -> Iterator[Span]:
    # Only just before each "dob": trying the name shape at every word was slow (speed).
    anchors = scan.stem_finditer(_DOB_CUE_RE, text, [(0, len(text))], ("dob", "d.o.b"))
    for m in scan.before_anchors(BEFORE_DOB_RE, anchors, text, _DOB_REACH):
        yield from _dob_name(m, english)


def _dob_name(m: re.Match[str], english: frozenset[str]) -> Iterator[Span]:
    words = list(re.finditer(r"\S+", m.group("n")))
    # Keep the last words that are not English: "custody - thanawat srisuk" drops nothing here,
    # "seen with thanawat srisuk" drops "seen with".
    keep = []
    for w in reversed(words):
        low = w.group().lower()
        if low in english or low in _NOT_DOB_NAME:
            break
        keep.append(w)
    if len(keep) >= 2 or (keep and keep[0].group() in first_names()):
        first = keep[-1]
        yield Span(EntityType.PERSON, m.start("n") + first.start(), m.end("n"), P_PERSON)
