"""Case references: codes with digits in them ("SEN/1655/30", "LOG-0439-741126", "CAD 1614-241126").

Recall first: record systems keep changing their formats, so a code is judged by its shape (digits mixed
with letters or separators, and no safe reading such as a date, range, measure or time) rather than by a
list of formats, and a cue word before it ("ref", "crime", "MRN") hides whatever digits follow.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, record_systems, vehicle_makes
from dialogs.anonymise.priority import P_REFERENCE
from dialogs.anonymise.types import EntityType, Span

# Every ASCII character but a digit, deleted by str.translate: in C, not a generator per character (speed).
_NOT_DIGITS = str.maketrans("", "", "".join(chr(i) for i in range(128) if not chr(i).isdigit()))


def _digits(s: str) -> str:
    if s.isascii():
        return s.translate(_NOT_DIGITS)
    return "".join(ch for ch in s if ch.isdigit())


# "*" joins parts as "/" does ("Niche 26*421130"): no prose puts a star between digits.
_REF_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/_-*")


def _ref_tokens(text: str, digits: scan.DigitScan) -> Iterator[tuple[int, int]]:
    """Each token that contains a digit, grown outwards from the digit runs (no regex scan needed)."""
    n = len(text)
    last_end = -1
    for s, e in digits.runs:
        if s < last_end:
            continue
        while s > 0 and text[s - 1] in _REF_CHARS:
            s -= 1
            # "ref B&B/8307", "A&E-2231": an ampersand between two letters of the code's prefix is part of it.
            if s > 1 and text[s - 1] == "&" and text[s - 2].isalpha() and text[s].isalpha():
                s -= 1
        while e < n and text[e] in _REF_CHARS:
            e += 1
        last_end = e
        while s < e and text[s] in "/_-*":
            s += 1
        while e > s and text[e - 1] in "/_-*":
            e -= 1
        yield s, e


_REF_CUES = frozenset(
    {"ref", "reference", "case", "crime", "incident", "log", "file", "client", "mosaic", "lcs", "eclipse", "mash",
     "cp", "cin", "ehcp", "upn", "uln", "id", "urn", "crn", "cad", "occurrence", "job", "claim", "record",
     "referral", "system", "pnc", "cro", "nomis", "custody", "warrant", "arrest", "order", "tenancy", "account",
     "member", "patient", "hospital", "mrn", "chi", "court", "lado", "ehm", "niche", "athena", "storm", "rio",
     "protocol", "enquiry",
     # A licensed driver's or an officer's badge: "driver (badge 3324)", "PCSO badge 5521".
     "badge",
     # A control room's serial for a 999 call: "serial 9399", "police ref serial 3287".
     "serial",
     # A grant's or a registered service's number: "setting up home grant 7025", "(service 4903)".
     "grant", "service"}
) | record_systems()
# Cues with an everyday sense before a count or a year ("service 24", "grant 2024"): four digits or more, no year.
_LONG_ONLY_CUES = frozenset({"grant", "service"})
# Acronyms that come before a number that is no record: amounts, times, other identifiers' own rules.
NOT_SYSTEMS = frozenset({"gbp", "usd", "eur", "nhs", "dob", "tel", "mob", "bst", "gmt", "utc", "ni", "mph", "kph",
                          "yrs", "age", "approx", "circa", "est", "total", "jan", "feb", "mar", "apr", "jun", "jul",
                          "aug", "sep", "sept", "oct", "nov", "dec"})
# Services' acronyms that are also an everyday word, so the english-word check would drop them: written in capitals
# before four digits or more they name the service's record ("NIPS 4471", the Northern Ireland Prison Service's).
_WORD_ACRONYMS = frozenset({"nips"})
# What a scheme's record is kept in, between the scheme's name and its number.
_CARRIERS = frozenset({"chat", "group", "log", "report", "update", "notes", "referral", "meeting", "thread"})
_REF_NUMBER_WORDS = frozenset({"no", "number", "num", "ref", "id", "#", "nos", "nr"})


def _ref_cued(text: str, start: int, count: int) -> bool:
    """ "LCS ref 2806262", "case no: AB/123", "court order (7420/26)": a cue word, maybe "no"/"number",
    maybe ":#=-(". `count`: how many digits the reference has."""
    raw = text[max(0, start - 30) : start].rstrip(" \t:#=-([").split()
    words = [w.lower() for w in raw]
    if not words:
        return False
    last = words[-1].strip(".:#([")
    if last in _LONG_ONLY_CUES:
        return count >= 4 and not re.fullmatch(r"(?:19|20)\d\d", text[start : start + 4].rstrip())
    if last in _REF_CUES:
        return True
    # "the police log is 0756", "crime ref was 44120": a record's cue and its verb, then four digits or more that
    # are no year ("the case was 2019" stays).
    if (last in ("is", "was") and len(words) > 1 and words[-2] in _IS_CUES and count >= 4
            and not re.fullmatch(r"(?:19|20)\d\d", text[start : start + 4].rstrip())):
        return True
    # "misper chat 51133:", "MARAC referral 204417": a scheme's channel or record named before a long number.
    if count >= 5 and last in _CARRIERS and len(words) > 1 and words[-2].strip(".:#") in SCHEMES:
        return True
    # A system's acronym before four or more digits names that system's record ("QRX: 04036"): the
    # record systems keep changing, the shape does not. A year after it is a date ("LADO 2024").
    if last in _REF_NUMBER_WORDS and len(raw) > 1:
        raw.pop()
    acronym = raw[-1].strip(".:#")
    low = acronym.lower()
    if (count >= 4 and 3 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()
            and (low in _WORD_ACRONYMS or low not in english_words()) and low not in NOT_SYSTEMS):
        return not re.fullmatch(r"(?:19|20)\d\d", text[start : start + 4]) or count > 4
    return last in _REF_NUMBER_WORDS and len(words) > 1 and words[-2].strip(".:#") in _REF_CUES


_DATE_TOKEN_RE = re.compile(r"\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}")
# Digit-led shapes that are no record: a measure or ordinal ("2000mg", "10am", "25th"), a model year.
_UNIT_RE = re.compile(
    r"\d+(?:st|nd|rd|th|am|pm|mg|mcg|ml|kg|g|lbs?|kb|mb|gb|km|cm|mm|m|mph|hrs?|mins?|secs?|yrs?|k|x|s|p|ft|in)",
    re.IGNORECASE,
)
_RANGE_RE = re.compile(r"(\d+)[-/](\d+)")
# Cue words that also have an everyday sense ("in case 2 of them", "log 3 visits"): they still need a longer
# number after them; the others hide whatever digits follow ("crime 42", "URN 7A").
_WEAK_CUES = frozenset(
    {"case", "log", "file", "client", "job", "claim", "record", "referral", "system", "order", "account", "member",
     "patient", "hospital", "court", "custody", "arrest", "warrant", "tenancy", "protocol", "no", "number", "num",
     "nos", "nr", "#", "badge", "serial", "grant", "service"}
)

_STRONG_CUES = _REF_CUES - _WEAK_CUES
# Cues a record's number may follow after "is" or "was": "log" is weak alone ("log 3 visits") but not before "is".
_IS_CUES = _STRONG_CUES | {"log", "reference", "number"}


def _safe_shape(ref: str) -> bool:
    """A range ("1000-2000", "2024/25") or a measure: digits with separators that name no record."""
    if _UNIT_RE.fullmatch(ref):
        return True
    m = _RANGE_RE.fullmatch(ref)
    if m is None:
        return False
    a, b = m.groups()
    return (len(a) == len(b) and int(b) >= int(a)) or (len(a) == 4 and len(b) == 2 and a[:2] in ("19", "20"))


def _strong_cue(text: str, start: int) -> bool:
    """A cue straight before the code that only ever introduces a record ("crime 42", "URN: 7A"). Read by
    stepping back over the characters, not by splitting the text before it: it runs for most numbers (speed)."""
    j = start
    while j > 0 and text[j - 1] in " \t:#=-([.":
        j -= 1
    i = j
    while i > 0 and j - i < 12 and text[i - 1].isalpha():
        i -= 1
    return j - i > 1 and text[i:j].lower() in _STRONG_CUES


# "Transport ref SEN-T 2495", "Ref NHS-REF 293237": a system's code in capitals with a hyphen inside it.
_HYPHEN_CODE_RE = re.compile(r"[A-Z]{2,5}-[A-Z]{1,4}")


def _system_prefix(text: str, start: int) -> int:
    """"log CAD 3011", "CAD CAD 9160-721126", "Hosp no MRN 534 368 1665": a code in capitals between
    a cue word and the number is the record system's prefix, part of the reference.
    Where the reference starts (`start` if none)."""
    raw = text[max(0, start - 30) : start].split()
    if not raw or not text[start - 1 : start].isspace():
        return start
    code = raw[-1]
    low = code.lower()
    if (len(raw) < 2 or not ((2 <= len(code) <= 5 and code.isalpha() and code.isupper())
                             or _HYPHEN_CODE_RE.fullmatch(code)) or low in NOT_SYSTEMS or low in _REF_NUMBER_WORDS):
        return start
    # The acronym alone ("LCS 1035176", "PNC ID 61/...") is the cue, which the reader keeps. A bracket may open
    # before the cue: "(ref DAF 4248657)" is the same reference as "ref DAF 4248657".
    cue = raw[-2].strip(".:#,([").lower()
    if cue in _REF_CUES or cue in _REF_NUMBER_WORDS:
        return text.rindex(code, 0, start)
    return start


_MAKE_BEFORE_RE = re.compile(r"([^\W\d_]+)[ \t]$")


def _after_make(text: str, start: int) -> bool:
    m = _MAKE_BEFORE_RE.search(text, max(0, start - 16), start)
    return m is not None and m.group(1).lower() in vehicle_makes()


# "log 0871 81/06/25": a police log number, then the day it was opened in a slashed group of digits.
_LOG_DAY_RE = re.compile(r"[ \t]\d{1,2}/\d{1,2}/\d{2,4}(?![\w/])")
# "MRN 534 368 1665": a cued number written in spaced groups is one reference.
_GROUPS_RE = re.compile(r"(?:[ \t]\d{3,})+(?![\w/])")


# "HO ref G1136397 /159": a Home Office reference's suffix, written apart from the code; its slash is spaced from the
# code but not from its digits, which a list's " / " never is.
_SPACED_SUFFIX_RE = re.compile(r" /\d{2,4}(?![\w/])")


# The day that opens a date ("CIN 12 Aug 2025", "CIN 27.07.2025", "CIN 13th July"): after a cue it is still no record.
_DAY_START_RE = re.compile(
    r"\d{1,2}(?:st|nd|rd|th)?(?:[ \t]+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[./-]\d{1,2}[./-]\d{2,4})")


# The statutory section an enquiry is opened under, written before its number: the Care Act's safeguarding enquiry
# (s42) and the Children Act's child in need (s17) and child protection (s47) enquiries.
_SECTION_BEFORE_RE = re.compile(r"(?<![\w/])[Ss](?:17|42|47) $")


def find_references(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    for s, e in _ref_tokens(text, digits):
        ref = text[s:e]
        if _DATE_TOKEN_RE.fullmatch(ref):
            continue  # a date: the date detector owns it
        count = len(_digits(ref))
        if count <= 2 and _DAY_START_RE.match(text, s):
            continue
        letters = count < len(ref)
        lead_digit = ref[0].isdigit()
        own = letters and not lead_digit and (count >= 4 or (count == 3 and sum(ch.isalpha() for ch in ref) >= 2))
        if own and count <= 4 and _after_make(text, s):
            continue  # "a pearl Lexus CT200h": the model, named straight after its make
        # A digit-led code with letters or separators in it ("1614-241126", "26/6597727U") is a record
        # whatever precedes it, unless it reads as a range or a measure.
        coded = (letters and lead_digit and (count >= 5 or (count == 4 and not ref.isdigit() and ref.isalnum()))
                 and not _safe_shape(ref))
        # A capital straight before the space is the cheap sign of a prefix ("INC 5269") (speed).
        prefix = _system_prefix(text, s) if lead_digit and count >= 3 and text[s - 2 : s - 1].isupper() else s
        cued = own or coded or prefix < s
        if not cued and (count >= 3 or (len(ref) >= 4 and letters)):
            cued = _ref_cued(text, s, count)
        if not cued and count >= 4 and (named := _scheme_start(text, s)) < s:
            cued, prefix = True, named  # "SEEMiS 74154127", "UNOCINI 237948": a listed scheme's number
        if (count >= 4 and not letters and text[s - 2 : s - 1].isdigit()
                and (sec := _SECTION_BEFORE_RE.search(text, max(0, s - 5), s))):
            cued, prefix = True, sec.start()  # "S42 006744": a Care Act or Children Act enquiry's number
        if not cued and _strong_cue(text, s):
            cued = not _safe_shape(ref) and not text.startswith(":", e)
        if cued:
            end = e
            if own and text.startswith(" /", e) and (tail := _SPACED_SUFFIX_RE.match(text, e)):
                end = tail.end()
            elif not letters:
                day = _LOG_DAY_RE.match(text, e) or (_GROUPS_RE.match(text, e) if prefix < s or count == 3 else None)
                end = day.end() if day else e
            yield Span(EntityType.REFERENCE, _scheme_start(text, prefix, ref), end, P_REFERENCE)


# Record schemes and systems whose name people write with the number as one reference ("CIN 096240", "MARAC
# 281/79", "EMIS 9358759", "SystmOne 1234567"). The name goes into the reference's span and its placeholder
# names it again ("[CIN reference]"), so the note reads the same and the whole reference is one entity. Only
# names from this fixed list are ever written into a placeholder: a capitalised word before a number that is
# not one of them (a surname, "LEE 123456") is never copied out of the note.
SCHEMES = frozenset(
    {"cin", "cp", "mrn", "crn", "crm", "cad", "pnc", "cro", "urn", "upn", "uln", "lcs", "mash", "lado", "ehcp",
     "ehm", "eha", "ehat", "chi", "marac", "mappa", "misper", "mfh", "nrm", "job", "inc", "camhs", "pip", "asb",
     "dvpn", "dvpo", "scr",
     "scra", "pvg", "dbs", "eh", "seemis", "unocini", "visor", "cph", "wccis", "dols", "scn", "uprn",
     "nhs-ref", "occurrence", "niche", "athena", "storm", "rio", "mosaic", "eclipse",
     # Scotland's interagency referral discussion, Liquidlogic's adults' system, the PNC's person ID in one word,
     # adult social care, the Housing Executive and the five health and social care trusts of Northern Ireland:
     # "IRD 86-51285", "LAS 010342", "PNCID 44/932817P", "ASC 3167752", "NIHE 52141903", "SHSCT 804663".
     "ird", "las", "pncid", "asc", "nihe", "bhsct", "nhsct", "sehsct", "shsct", "whsct",
     # The Deposit Protection Service, one of England's three tenancy deposit schemes ("deposit DPS 61845518"), and a
     # case system's own number written short ("SYS 8744101037").
     "dps", "sys",
     # A police occurrence, a domestic abuse risk assessment, a custody record, an NHS electronic prescription:
     # "OCC 46540540", "DASH 7803-318", "CUST 48314563", "EPS 225437-L58507-43550G".
     "occ", "dash", "cust", "eps",
     # A looked-after child's record, and the London rough sleepers' database (see _NAMED_TWICE_ONLY): "CLA 578696",
     # "chain CHAIN 329001".
     "cla", "chain",
     # A control room's serial and log, in lower case too (see _LOWER_SCHEMES).
     "serial", "log",
     # A drug service's record, a Court of Protection case, the NI care regulator's service number, a learning
     # disability mortality review and an online abuse reporting line: "DAISy 976241", "COP 96425831",
     # "RQIA 8510", "LeDeR 86396", "R+S 1759".
     "daisy", "cop", "rqia", "leder", "r+s",
     # The Scottish and Northern Ireland social care workforce registers: "SSSC 110714", "NISCC 6028741".
     "sssc", "niscc",
     # A police vulnerable person referral form ("VPRF 499403"). The reviews' initials are not here: "the CSPR 2024
     # report" is a year (see review_numbers).
     "vprf",
     # The Northern Ireland Prison Service's prisoner number, written in capitals before it ("NIPS 4471"); the word
     # "nips" is everyday, so only the capitals are read (see _WORD_ACRONYMS). Like "chain", it is a field's label
     # that is taken into the number only when named twice ("NIPS NIPS 4471", see _NAMED_TWICE_ONLY).
     "nips"}
) | record_systems()
_SCHEME_BEFORE_RE = re.compile(r"(?<![\w'’/+-])(?P<w>[A-Za-z][A-Za-z+-]{1,11})[ \t]*:?[ \t]*$")


# System names written in title case, as their makers write them, that a note joins to the number ("Eclipse
# 7796350", OLM's children's case system). Others in title case ("Mosaic 938917", "Athena ...") are read as cues.
# Datix, the NHS's incident system, likewise before a bare number ("Datix 900515"); its own codes ("Datix DTX598660",
# "Datix W909323") are written apart from the name in most notes, so the name is taken in before digits alone.
# Adastra, the out-of-hours GP system, is written so too ("Adastra 26471068").
_TITLE_SCHEMES = frozenset({"Eclipse", "Datix", "Adastra", "Niche"})
# A control room's serial and log, written in lower case before a call's number ("serial 4306", "log 2949"). "log"
# is also an everyday cue whose number alone is the reference ("police log 0756"): it is only taken in when the
# note names it twice, as a field's label and then as the value's own prefix ("PSNI LOG log 2949").
_LOWER_SCHEMES = frozenset({"log", "serial"})
# The rough sleepers' database is written as a field's label before its number ("CHAIN 594128: name"), and only named
# again straight after a label in lower case is it the value's own prefix ("chain CHAIN 329001").
_NAMED_TWICE_ONLY = frozenset({"log", "chain", "nips"})


def scheme_name(ref: str) -> str | None:
    """The scheme's name a reference's text begins with, as written, or None."""
    word = ref.split(None, 1)[0].rstrip(":") if " " in ref or ":" in ref else ""
    if word and word.lower() in SCHEMES and (word.isupper() or word[1:] != word[1:].lower()
                                              or word in _TITLE_SCHEMES or word in _LOWER_SCHEMES):
        return word
    return None


# Names also written before a code of the record's own ("ASC ASC-723340", "Eclipse ECLP-650413"), where they only say
# which record it is: they are taken into a bare number alone ("ASC 3167752").
_BARE_ONLY = frozenset({"asc", "eclipse", "datix", "niche", "daisy", "cop", "rqia", "leder", "r+s"})


_LEAD_LETTERS_RE = re.compile(r"[A-Za-z]+")


def _own_prefix(name: str, ref: str) -> bool:
    """"CareFirst CF856930", "MyConcern MC-781653", "Datix DTX598660": the code opens with letters drawn from the
    scheme's name in order, its own prefix, so the name before it only says which record it is ("Datix W909323",
    whose code does not, is written as one reference)."""
    m = _LEAD_LETTERS_RE.match(ref)
    if m is None:
        return False
    low, lead = name.lower(), m.group().lower()
    if lead[0] != low[0]:
        return False
    i = 0
    for ch in lead:
        i = low.find(ch, i) + 1
        if i == 0:
            return False
    return True


def _scheme_start(text: str, start: int, ref: str = "") -> int:
    """Where a reference starts once the scheme's name written straight before it is taken in. `ref`: the
    reference's own text when it has letters or separators ("" for digits alone)."""
    if start < 3 or text[start - 1] not in " \t:":
        return start
    m = _SCHEME_BEFORE_RE.search(text, max(0, start - 16), start)
    name = None if m is None else scheme_name(text[m.start("w") : start])
    if m is None or name is None:
        return start
    twice = _named_twice(text, m.start("w"), name)
    if name.lower() in _NAMED_TWICE_ONLY and not twice:
        return start
    bare = not ref or ref.isdigit()
    if not bare and not twice and (name.lower() in _BARE_ONLY or _own_prefix(name, ref)):
        return start
    return m.start("w")


def _named_twice(text: str, start: int, name: str) -> bool:
    """"datix Datix W01145", "PSNI LOG log 2949": the system named as a field's label and again straight after it,
    where the second is the value's own prefix, written as part of the reference."""
    n = len(name)
    return (start > n and text[start - 1] == " " and text[start - n - 1 : start - 1].lower() == name.lower()
            and not text[start - n - 2 : start - n - 1].isalnum())
