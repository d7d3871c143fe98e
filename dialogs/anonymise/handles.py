"""Social-media handles: "@name" anywhere, and bare handles after a platform or cue word ("his snap is
kwame.eze46", "uses lily.k09 on snap", "befriended by vo_minh online") or listed after an @handle ("had
@kai.vibes65 and kal.official.2 in it")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.cues import previous_word
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_BARE_HANDLE, P_HANDLE
from dialogs.anonymise.types import EntityType, Span

# Hyphens too ("@wajid-baloch-64"): some platforms allow them, and an @word is a handle whatever its shape.
HANDLE_RE = re.compile(r"(?<![\w.@])@[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,28}[A-Za-z0-9_])?")
HANDLE_CUE_RE = re.compile(
    r"\b(?:snap(?:chat)?|insta(?:gram)?|ig|tik ?tok|twitter|facebook|fb|discord|telegram|kik|"
    r"threads|whatsapp|twitch|steam|psn|xbox|roblox|gamer ?tag|user ?name|handle|account|goes by|"
    r"known as|online as|calls (?:him|her|them)self)\b"
    r"(?:\s+(?:name|id|account|handle|page|profile)\b)?"
    # `\b` after a connector word, so "username asa.0" is one handle, not "as" + "a.0".
    # "her insta's mollyyy.x": a possessive "'s" is the verb "is" here.
    # "a second Snapchat, nithya.kan.97": after a comma only a handle-shaped word (checked below).
    r"\s*(?:(?:is|was|as|called|named|of)\b|['’]s\b|[:=-]|(?P<comma>,))?\s*(?:is\s+)?(?P<paren>\()?['\"“‘]?"
    r"(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{2,29})",
    re.IGNORECASE,
)

# A handle written before its platform: "uses lily.k09 on snap", "she's jaydenx_ on insta". The word
# before must be one that introduces a handle, unless the handle has a digit, dot or underscore.
_PLATFORMS = (r"snap(?:chat)?|insta(?:gram)?|ig|tik ?tok|twitter|x|facebook|fb|discord|whatsapp|telegram|"
              r"kik|threads|twitch|steam|psn|xbox|roblox|youtube|yt|reddit|bereal|wizz|yubo|omegle")
HANDLE_BEFORE_RE = re.compile(
    r"(?:\b(?P<cue>uses|used|using|use|is|was|as|called|named|added|adds|add|follows|followed|follow|"
    r"messaged|messages|messaging|contacted|blocked|goes by|known as|she's|he's|they're|handle|username)"
    r"\s+)?['\"“‘]?(?<![\w.])(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29})['\"”’]?\s+(?:on|via|over|through)\s+$",
    re.IGNORECASE,
)
# Where any cue word or platform name begins. Searched in the lower-cased text without a lookbehind or
# IGNORECASE, so the regex engine can skip ahead on the first letters (three times faster); the
# word-start check is done on the few hits instead.
_GATE = (
    r"snap|insta|ig\b|tik|twitter|facebook|fb\b|discord|telegram|kik\b|threads|whatsapp|twitch|"
    r"steam|psn|xbox|roblox|gamer|user|handle|account|goes by|known as|online as|calls |x\b|youtube|yt\b|"
    r"reddit|bereal|wizz|yubo|omegle"
)
_GATE_RE = re.compile(scan.by_first_letter(_GATE))


# The gate's words as plain strings, for str.find, which beats the regex on a long note; those
# the gate wants a word boundary after are checked for one.
_GATE_WORDS = tuple(w for w in _GATE.split("|") if not w.endswith("\\b"))
_GATE_BOUNDED = tuple(w[:-2] for w in _GATE.split("|") if w.endswith("\\b"))


def _gate_starts(text: str) -> list[int]:
    low = scan.lowered(text)
    if len(low) <= scan.SHORT and len(low) == len(text):  # a short note: one regex scan is quicker
        return [i for m in _GATE_RE.finditer(low) if not ((i := m.start()) and low[i - 1].islower())]
    if text.isascii():
        # Every start the checks below keep follows no lower-case letter: found by one scan (speed).
        return [i for i in scan.word_starts(text, _ALL_GATE_WORDS, after_letter=False)
                if low.startswith(_GATE_WORDS, i) or (low.startswith(_GATE_BOUNDED, i) and _bounded_end(low, i))]
    starts = scan.cue_starts(text, _GATE_WORDS)
    bounded = scan.cue_starts(text, _GATE_BOUNDED)
    if starts is None or bounded is None:  # lower-casing changed the length: offsets would not line up
        return [m.start() for m in re.finditer(_GATE, text, re.IGNORECASE)
                if not (m.start() and text[m.start() - 1].isalpha())]
    # Each bounded word begins with its own letter ("ig", "fb", "kik", "x", "yt"), so the letter says
    # how long it is. A word found inside an earlier word of the gate ("x" in "roblox") always follows a
    # lower-case letter, so the check below drops it just as the regex scan never saw it.
    for i in bounded:
        if _bounded_end(low, i):
            starts.append(i)
    if bounded:
        starts = sorted(set(starts))
    return [i for i in starts if not (i and low[i - 1].islower())]


_BOUNDED_LEN = {w[0]: len(w) for w in _GATE_BOUNDED}
_ALL_GATE_WORDS = _GATE_WORDS + _GATE_BOUNDED


def _bounded_end(low: str, i: int) -> bool:
    """Whether the bounded gate word at `i` ends a word."""
    j = i + _BOUNDED_LEN[low[i]]
    return j >= len(low) or not (low[j].isalnum() or low[j] == "_")


PLATFORM_RE = re.compile(rf"\b(?:{_PLATFORMS})\b", re.IGNORECASE)
# "on x as lily_22", "on insta is @...": a platform named after "on", then the handle.
HANDLE_AFTER_ON_RE = re.compile(
    rf"\bon\s+(?:{_PLATFORMS})\s+(?:(?:as|is|called|named)\b|:)\s*['\"“‘]?(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{{1,29}})",
    re.IGNORECASE,
)
# "his @ is mason_2", "handle: k.l.m", "username jj.44"
HANDLE_AT_IS_RE = re.compile(r"(?<![\w@])@\s+(?:is|was|=|:)\s*(?P<h>[A-Za-z0-9_][A-Za-z0-9_.]{1,29})",
                             re.IGNORECASE)


def _handle_like(h: str) -> bool:
    # "on TikTok as well" must not hide "well": a handle has a digit, underscore, dot or odd casing,
    # or is not an everyday word.
    if any(c.isdigit() or c in "_." for c in h):
        return True
    return h.lower() not in english_words() and h.lower() not in _CHAT_WORDS


# Chat shorthand after a platform's name that says what, not who: "whatsapp grp", "snap vid", "insta dms".
_CHAT_WORDS = frozenset({"grp", "gc", "msg", "msgs", "dm", "dms", "vid", "vids", "pic", "pics", "convo", "convos",
                         "pls", "plz", "tmrw", "tho", "lol", "omg", "acc", "acct", "pfp", "bio", "dp",
                         # A group named for who is in it: "whatsapp dsl group", "teams slt chat".
                         "dsl", "dsls", "slt", "sw", "hv", "pcso", "staff", "team"})


# A chat app's mentions of a whole channel, never anyone's account: "@here tymia not in".
_CHANNEL_MENTIONS = frozenset({"@here", "@channel", "@everyone", "@all"})


def find_handles(text: str, at: scan.Windows, digits: scan.DigitScan) -> Iterator[Span]:
    for m in scan.finditer(HANDLE_RE, text, at):
        if m.group().lower() not in _CHANNEL_MENTIONS:
            yield Span(EntityType.HANDLE, m.start(), m.end(), P_HANDLE)
    # One pass finds both the cue words and the platform names; the full patterns run only there.
    starts = _gate_starts(text)
    matches = (hit for i in starts if (hit := HANDLE_CUE_RE.match(text, i)) is not None)
    for cm in matches:
        h = cm.group("h").rstrip(".")
        # "on snap (x.amyleigh.x)": a handle in brackets must look like one, not "(2023)" or "(she said)".
        strong = _strong_handle(h) and not h.replace(".", "").isdigit()
        dotted = strong and any(c in "._" for c in h)
        if cm.group("comma") is not None and not (dotted or _glued_handle(h)):
            continue
        hs = cm.start("h")
        if h.isdigit() and text[hs - 1 : hs] == "-" and text[hs - 2 : hs - 1].isalpha():
            continue  # "Voucher FB-0088": digits joined to letters by a hyphen are a code, not a handle
        if h.isdigit() and len(h) < 7:
            continue  # "BMW X3, psn 1000": a short number after a platform's name is no account name
        if _handle_like(h) and (cm.group("paren") is None or strong):
            yield _whatsapp_author(text, cm, h) or Span(EntityType.HANDLE, hs, hs + len(h), P_HANDLE)
    yield from _handles_by_platform(text, starts)
    yield from _bare_handles(text, digits)
    if "-" in text:
        yield from _hyphen_handles(text, digits)
    yield from _dotted_handles(text, starts)
    if "@" in text:
        for cm in scan.finditer(HANDLE_AT_IS_RE, text, at):
            h = cm.group("h").rstrip(".")
            if _handle_like(h):
                yield Span(EntityType.HANDLE, cm.start("h"), cm.start("h") + len(h), P_HANDLE)


# A word and any hyphened part of it ("kaylee-jo", "Kha'Lani"), and a second word no dictionary has ("kenya dimmock").
_AUTHOR_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*(?P<second>[ \t]+[^\W\d_]+(?:['’-][^\W\d_]+)*)?")


def _whatsapp_author(text: str, cm: re.Match[str], h: str) -> Span | None:
    """WhatsApp goes by phone number: a plain word after it ("whatsapp kaylee-jo:", "ED whatsapp: Tuesday
    Oğur") is who wrote or who it is about, and is hidden as a person."""
    if not cm.group().lower().startswith("whatsapp") or not h.isalpha() or h.lower() in english_words():
        return None  # "class whatsapp reminder:" is what the message is
    m = _AUTHOR_RE.match(text, cm.start("h"))
    if m is None:
        return None
    second = m.group("second")
    end = m.end() if second and second.strip().lower() not in english_words() else m.end(0) - len(second or "")
    return Span(EntityType.PERSON, m.start(), end, P_HANDLE)


def _glued_handle(h: str) -> bool:
    """Letters and digits run together, not a count ("year10") or a year: "alaw72h", "kai2009"."""
    letters = "".join(c for c in h if c.isalpha()).lower()
    glued = h.isalnum() and any(c.isdigit() for c in h) and bool(letters) and len(h) >= 5
    return glued and letters not in _COUNTERS


def _strong_handle(h: str) -> bool:
    """A digit, dot or underscore between letters: "oisin.x4", "x_jay", never "15" or "a.m"."""
    if len(h) < 3 or not any(c.isalpha() for c in h) or not any(c.isdigit() or c in "_." for c in h):
        return False
    # "a.m", "e.g": dotted abbreviations are words, not handles.
    return not all(len(part) <= 1 for part in h.split("."))


_BEFORE_PLATFORM = frozenset({"on", "via", "over", "through"})


def _after_on(text: str, a: int) -> int:
    """Where the word "on" starts when it and blanks stand straight before offset `a`, else -1."""
    j = a
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == a or j < 2 or text[j - 2 : j].lower() != "on":
        return -1
    return j - 2 if j == 2 or not (text[j - 3].isalnum() or text[j - 3] == "_") else -1


def _handles_by_platform(text: str, starts: list[int]) -> Iterator[Span]:
    if not starts:
        return
    ons: list[int] = []
    for pm in (hit for i in starts if (hit := PLATFORM_RE.match(text, i)) is not None):
        a = pm.start()
        if (on := _after_on(text, a)) >= 0:
            ons.append(on)
        # The platform must follow "on", "via", "over" or "through": check that before the slow
        # backwards search.
        tail = text[max(0, a - 10) : a].rstrip().rsplit(None, 1)
        if not tail or tail[-1].lower() not in _BEFORE_PLATFORM:
            continue
        before = HANDLE_BEFORE_RE.search(text, max(0, a - 60), a)
        if before is not None:
            h = before.group("h").rstrip(".")
            cue = before.group("cue")
            plain = h.isalpha() and len(h) >= 3 and h.lower() not in english_words()
            if _strong_handle(h) or (cue is not None and plain):
                yield Span(EntityType.HANDLE, before.start("h"), before.start("h") + len(h), P_HANDLE)
    # HANDLE_AFTER_ON_RE needs "on" before a platform, and in ASCII text every platform name is among
    # `starts` (IGNORECASE also reads "ſnap" as "snap"): there it is tried only at each such "on" (speed).
    if (ons or not text.isascii()) and "on " in scan.lowered(text):
        matches = scan.matches_from(HANDLE_AFTER_ON_RE, text, ons) if text.isascii() else \
            HANDLE_AFTER_ON_RE.finditer(text)
        for cm in matches:
            h = cm.group("h").rstrip(".")
            if _handle_like(h) and not h.isdigit():
                yield Span(EntityType.HANDLE, cm.start("h"), cm.start("h") + len(h), P_HANDLE)




_GLUE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.")
# Words that, glued to a number, count things rather than name someone: "year10", "room12", "ks2".
_COUNTERS = frozenset(
    {"year", "yr", "yrs", "room", "rm", "ward", "flat", "bed", "page", "level", "lvl", "class", "group", "set",
     "band", "grade", "week", "wk", "day", "term", "unit", "block", "floor", "bay", "bus", "route", "covid",
     "section", "ks", "form", "tier", "step", "stage", "phase", "session", "lesson", "question", "item", "no",
     "num", "number", "tel", "ext", "mp", "gcse", "sen", "cp", "cin", "lac", "team", "zone", "door", "house"}
)
_GLUED_RE = re.compile(r"([a-z]{3,})(\d{2,})", re.IGNORECASE)
# The word before a bare handle that says someone goes by it: "added by deano_x77", "messages from tyler.b2".
_BARE_CUES = frozenset(
    {"by", "from", "to", "with", "added", "adding", "adds", "messaging", "messaged", "messages", "follows",
     "following", "followed", "contacted", "contacting", "befriended", "blocked", "called", "named", "as", "is",
     "was", "uses", "used", "using", "aka", "account", "profile", "user", "username", "handle"}
)


def _glued_tokens(text: str, digits: scan.DigitScan) -> Iterator[tuple[int, int]]:
    """Tokens of letters, digits, dots and underscores that contain a digit or an underscore."""
    n = len(text)
    # A number standing alone (a phone, a date) is no handle: its run's ends settle it, with no walk (speed).
    points = [s for s, e in digits.runs if (s > 0 and text[s - 1] in _GLUE) or (e < n and text[e] in _GLUE)]
    if "_" in text:
        i = text.find("_")
        while i != -1:
            points.append(i)
            i = text.find("_", i + 1)
        points.sort()
    last_end = -1
    for p in points:
        if p < last_end:
            continue
        s, e, last_end = glued_token(text, p, p)
        yield s, e


def glued_token(text: str, s: int, e: int) -> tuple[int, int, int]:
    """The token of letters, digits, dots and underscores round text[s:e], without dots at its ends, and where the
    unstripped token ends (to skip points inside it)."""
    n = len(text)
    while s > 0 and text[s - 1] in _GLUE:
        s -= 1
    while e < n and text[e] in _GLUE:
        e += 1
    end = e
    while s < e and text[s] == ".":
        s += 1
    while e > s and text[e - 1] == ".":
        e -= 1
    return s, e, end


def _bare_handle(h: str) -> bool:
    """"lily.k09", "kojo99", "sion12_uk": a shape that is a handle wherever it is written, given a cue."""
    if not _strong_handle(h) or h[0] == "." or h.isupper():
        return False
    if "_" in h or ("." in h and any(c.isdigit() for c in h)):
        return True
    glued = _GLUED_RE.fullmatch(h)
    return glued is not None and glued.group(1).lower() not in _COUNTERS


_GLUED_GATE = re.compile(r"[A-Za-z]\.?[0-9]|_")


def _bare_handles(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    # Every bare handle has a letter glued to a digit (maybe by a dot: "jo.b.4"), or an underscore:
    # most notes have neither.
    if _GLUED_GATE.search(text) is None:
        return
    low = scan.lowered(text)
    for s, e in _glued_tokens(text, digits):
        h = text[s:e]
        if (s > 0 and text[s - 1] in "@/#:") or (e < len(text) and text[e] in "@/"):
            continue  # an @handle, an email, a link or a code: other rules own it
        # The letters and digits are counted only for the few tokens with an underscore (speed).
        if "_" in h and sum(c.isalnum() for c in h) >= 2 and any(c.isalpha() for c in h) and not h.isupper():
            # An underscore between letters or digits is a handle in a case note wherever it is.
            yield Span(EntityType.HANDLE, s, e, P_HANDLE)
            continue
        if not _bare_handle(h):
            continue
        after = low[e : e + 12].lstrip(" '\"”’)")
        prev = previous_word(text, s).strip("(\"“‘'")
        if after.startswith("online") or prev in _BARE_CUES or _listed_with_handle(text, s, prev, h):
            yield Span(EntityType.HANDLE, s, e, P_BARE_HANDLE)


# "as zenaida-mendonca-99": lower-case words joined by hyphens and ending in digits, after a cue, are a
# handle as surely as the same with dots; case references are written in capitals ("CE-26-5501").
_HYPHEN_HANDLE_RE = re.compile(r"(?<![\w.@/-])[a-z]{2,}(?:-[a-z]{2,})+-\d{1,4}(?![\w@/-])")


_HANDLE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz-")


def _hyphen_handles(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    # Found from each "letter-digit" join, the rare part, then walked back to the handle's start: the full
    # pattern tried at every letter cost almost 1% of a case file's time (speed). The joins are read off the
    # runs of digits already found, not by a regex scan of the note: a digit after "-" starts a run (speed).
    joins = [s - 2 for s, _ in digits.runs if s > 1 and text[s - 1] == "-" and "a" <= text[s - 2] <= "z"]
    for s in joins:
        while s > 0 and text[s - 1] in _HANDLE_LETTERS:
            s -= 1
        m = _HYPHEN_HANDLE_RE.match(text, s)
        if m is not None and previous_word(text, m.start()).strip("(\"“‘'") in _BARE_CUES:
            yield Span(EntityType.HANDLE, m.start(), m.end(), P_BARE_HANDLE)


_LIST_JOINS = frozenset({"and", "or", "&", "+", "/"})


def _listed_with_handle(text: str, start: int, prev: str, h: str) -> bool:
    """"had @clarence.vibes65 and kal.official.2 in it": a handle-shaped word listed straight after an
    @handle is another handle. Three letters at least: "@team and v2.0" is a version."""
    if sum(c.isalpha() for c in h) < 3:
        return False
    words = text[max(0, start - 40) : start].split()
    if prev in _LIST_JOINS and len(words) >= 2:
        other = words[-2]
    elif words and words[-1].endswith(","):
        other = words[-1]
    else:
        return False
    return other.lstrip("(\"“‘'").startswith("@")


# Words joined by dots, with no digit or underscore: "its.krystian.wilk", "shelleyscholes.offical". Whole
# tokens only: not part of an email, a link or a longer dotted name ("bbc.co.uk").
_DOTTED_RE = re.compile(r"(?<![\w.@/:-])[a-z]+(?:\.[a-z]+){1,3}(?![\w@/]|\.[a-z])")
_DOTTED_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz.")
# Last parts that make a dotted word a domain or a file, not a handle.
DOMAIN_ENDS = frozenset(
    {"com", "uk", "org", "net", "co", "io", "gov", "nhs", "ac", "sch", "edu", "info", "biz", "me", "tv", "ly",
     "app", "ai", "ee", "ie", "eu", "de", "fr", "pl", "ro", "pdf", "doc", "docx", "xls", "xlsx", "jpg", "jpeg",
     "png", "txt", "csv", "html", "htm", "exe", "zip", "mp", "mov", "gif", "heic", "ppt", "pptx"}
)
#: How far before a dotted handle a platform or handle word may stand, within the same sentence or two.
_DOTTED_REACH = 80


def _dotted_handles(text: str, starts: list[int]) -> Iterator[Span]:
    """A dotted handle after a word that says someone goes by it ("messaged by its.padraig.odw", "plays Xbox
    with him as its.krystian.wilk"), or after a platform or handle word ("Handle painted on the bins:
    shelleyscholes.offical"). One part at least is no English word, and one has four letters or more."""
    english = english_words()
    n = len(text)
    # Each full stop between lower-case letters, found by str.find: a regex over a long record cost more (speed).
    i = text.find(".")
    while i != -1:
        if not (0 < i < n - 1 and text[i - 1].islower() and text[i + 1].islower()):
            i = text.find(".", i + 1)
            continue
        s = i - 1
        while s > 0 and text[s - 1] in _DOTTED_CHARS:
            s -= 1
        m = _DOTTED_RE.match(text, s)
        e = i + 1
        while e < n and text[e] in _DOTTED_CHARS:
            e += 1
        i = text.find(".", e)
        if m is None:
            continue
        parts = m.group().split(".")
        if parts[-1] in DOMAIN_ENDS or all(p in english for p in parts) or max(map(len, parts)) < 4:
            continue
        if previous_word(text, s).strip("(\"“‘'") in _BARE_CUES or any(s - _DOTTED_REACH <= j < s for j in starts):
            yield Span(EntityType.HANDLE, s, m.end(), P_BARE_HANDLE)
