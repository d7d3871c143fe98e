"""Format-based identifiers: email, links, handles, phones, NHS and NI numbers, postcodes, vehicle
registrations and case references.

Recall comes first here: a lenient pattern finds the candidate, and validation (the NHS checksum,
HMRC prefix rules) only chooses the label, never whether the text is hidden.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import handles, plates, scan
from dialogs.anonymise.lexicon import english_words, vehicle_models
from dialogs.anonymise.priority import P_DIGITS, P_EMAIL, P_NHS, P_NI, P_PHONE, P_POSTCODE, P_SAFETY, P_URL
from dialogs.anonymise.references import find_references
from dialogs.anonymise.types import EntityType, Span

EMAIL_RE = re.compile(r"[\w.%+'’-]+@[\w-]+(?:\.[\w-]+)+")

# A bare host and a path, whatever its top-level domain ("linktr.ee/x", "tiktok.com/@y", "bit.ly/z"):
# new link services keep appearing, so the shape is the test, not a list of domains. The host needs a
# letter-only last label of two or more letters and the path must start with a word character, @ or $.
_BARE_URL_GATE = re.compile(r"[A-Za-z0-9]\.[A-Za-z]{2,12}/[\w@~$]")
URL_RE = re.compile(
    r"(?:\b(?:https?://|www\.)|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12}/(?=[\w@~$]))"
    r"[^\s<>\"'\]\)]*",
    re.IGNORECASE,
)
# Links to guidance are useful to advisers and name nobody, so these hosts stay visible unless the
# link carries something that looks like an identifier.
_SAFE_HOSTS = re.compile(r"(?:^|\.)(?:gov\.uk|nhs\.uk|nspcc\.org\.uk|legislation\.gov\.uk|ofsted\.gov\.uk)$")
_ID_IN_LINK = re.compile(r"\d{3,}|[?&][^=]*(?:id|user|name|ref)=|@", re.IGNORECASE)

# UK phone: +44/0044 (optionally "(0)") or a leading 0, then 9-10 more digits with light punctuation.
PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44[\s.-]?(?:\(0\)[\s.-]?)?|\(?0)\d(?:[ \t.-]?\)?[ \t.-]?\d){8,9}(?![\d])"
)
INTL_PHONE_RE = re.compile(r"(?<![\w+])\+\s?\d{1,3}(?:[ \t.-]?\(?\d+\)?){2,6}")
NHS_RE = re.compile(r"(?<![\w])\d{3}[ \t.-]?\d{3}[ \t.-]?\d{4}(?![\d])")
LONG_DIGITS_RE = re.compile(
    r"(?<![\w])(?:\d{6,}[A-Za-z]{0,2}|\d{2,}(?:[ -]\d{2,}){2,}|\d{2,4}/\d{4,}[A-Za-z]{0,2})(?![\w])"
)

# Safety net: any cluster of seven or more digits, however it is punctuated, is hidden even when no
# format above claims all of it ("0 1 07700 900123" must not leave "23" behind).
DIGIT_CLUSTER_RE = re.compile(r"\+?\(?\d(?:[ \t.\-()]{0,2}\d)*")

NINO_RE = re.compile(
    r"\b(?P<p>[A-Z]{2})[ \t-]?\d{2}[ \t-]?\d{2}[ \t-]?\d{2}(?:[ \t-]?(?P<s>[A-D]))?\b", re.IGNORECASE
)
_NINO_BAD_PREFIX = frozenset({"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"})
_NI_CUE = re.compile(r"(?:\bni\b|national insurance|nino)", re.IGNORECASE)

POSTCODE_RE = re.compile(r"\b([A-Z]{1,2}\d[A-Z\d]?)[ \t]?(\d[A-Z]{2})\b", re.IGNORECASE)

# A case reference is a token with a digit in it, either after a cue word ("LCS ref 2806262",
# "case no: AB/123") or with letters and at least four digits of its own ("CS-2024-001234").


def _nhs_checksum_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


_NON_DIGIT_RE = re.compile(r"\D+")


def _digits(s: str) -> str:
    return _NON_DIGIT_RE.sub("", s)


def find_emails(text: str, at: scan.Windows) -> Iterator[Span]:
    for m in scan.finditer(EMAIL_RE, text, at):
        yield Span(EntityType.EMAIL, m.start(), m.end(), P_EMAIL)


_URL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:/_")


def find_urls(text: str) -> Iterator[Span]:
    if "/" not in text and "www." not in scan.lowered(text):
        return  # every link form we know has one of these
    starts = scan.cue_starts(text, ("://", "www."))
    if starts is not None:
        # A bare link's "/" stands at most fourteen characters after its start: look only near each (speed).
        starts.extend(m.start() + 1 for m in scan.finditer(_BARE_URL_GATE, text, scan.char_windows(text, "/", 14)))
    if starts is None:
        matches: Iterator[re.Match[str]] = URL_RE.finditer(text)
    else:
        # Walk back from each marker to where the link begins, then match from there.
        begins: set[int] = set()
        for i in starts:
            j = i
            while j > 0 and text[j - 1] in _URL_CHARS:
                j -= 1
            begins.add(j)
        matches = (m for j in sorted(begins) if (m := URL_RE.match(text, j)) is not None)
    last_end = -1
    for m in matches:
        if m.start() < last_end:
            continue
        url = m.group().rstrip(".,;:!?")
        last_end = m.start() + len(url)
        host_and_path = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.IGNORECASE)
        host, _, rest = host_and_path.partition("/")
        if _SAFE_HOSTS.search(host.lower()) and not _ID_IN_LINK.search(rest):
            continue
        yield Span(EntityType.URL, m.start(), m.start() + len(url), P_URL)


_JOINS = frozenset(" \t.-()")


def _clusters(text: str, runs: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, digits) of each DIGIT_CLUSTER_RE match with six digits or more: the note's runs of digits
    joined across gaps of one or two joining characters, with a "+" or "(" before the first, as the scan
    finds them, but with no regex match made for every date and house number of a long note (speed)."""
    out: list[tuple[int, int, int]] = []
    i, k = 0, len(runs)
    while i < k:
        s, e = runs[i]
        count = e - s
        i += 1
        while i < k:
            s2, e2 = runs[i]
            # Runs never touch, so a gap of at most two characters is these two, or one read twice.
            if s2 - e > 2 or text[e] not in _JOINS or text[s2 - 1] not in _JOINS:
                break
            count += e2 - s2
            e = e2
            i += 1
        if count >= 6:
            if s and text[s - 1] == "(":
                s -= 1
            if s and text[s - 1] == "+":
                s -= 1
            out.append((s, e, count))
    return out


# A clock hour ("2024-10-17 02:25", "LOG 339190 01:47") or a count before its unit ("(11.06.2008) 11 DAYS
# OFF") can sit one blank after a date or a log number, but it is never the end of that number.
_COUNT_UNIT_RE = re.compile(
    r"[ \t]+(?:days?|weeks?|wks|months?|years?|yrs|hours?|hrs|mins?|minutes?|nights?|times)\b", re.IGNORECASE
)


_ORDINALS = frozenset({"st", "nd", "rd", "th"})


def _without_time_or_count(text: str, a: int, end: int, count: int) -> tuple[int, int]:
    """The cluster's end and digit count once a trailing clock hour or counted number is left out."""
    j = end
    while j > a and text[j - 1].isdigit():
        j -= 1
    k = j
    while k > a and text[k - 1] in _JOINS:
        k -= 1
    if k in (a, j):
        return end, count
    size = end - j
    hour = size <= 2 and text[end : end + 1] == ":" and text[end + 1 : end + 2].isdigit()
    if hour or (size <= 3 and _COUNT_UNIT_RE.match(text, end) is not None):
        return k, count - size
    # "(1996-11-08) 28/40", "(2010-09-19) 11TH DAY OFF": a number a blank after a date that goes on as a
    # fraction (weeks of a pregnancy, a score) or an ordinal is its own, no part of the date's digits.
    if size <= 2 and (" " in text[k:j] or "\t" in text[k:j]) and (
            (text[end : end + 1] == "/" and text[end + 1 : end + 2].isdigit())
            or (text[end : end + 2].lower() in _ORDINALS and not text[end + 2 : end + 3].isalnum())):
        return k, count - size
    return end, count


def _past_model_number(text: str, a: int, count: int) -> tuple[int, int]:
    """"a green defender 110 9009 B", "Fiat 500 07700 900123": a model's number of up to three digits straight
    after its name opens no long number; the cluster starts after it."""
    if a < 2 or not text[a].isdigit() or text[a - 1] not in " \t" or not text[a - 2].isalpha():
        return a, count
    g = a
    while g < len(text) and text[g].isdigit():
        g += 1
    if g - a > 3 or text[g : g + 1] not in (" ", "\t"):
        return a, count
    w = a - 1
    while w > 0 and (text[w - 1].isalnum() or text[w - 1] == "-"):
        w -= 1
    if text[w : a - 1].lower() not in vehicle_models():
        return a, count
    return g + 1, count - (g - a)


def _past_emergency_number(text: str, a: int, count: int) -> tuple[int, int]:
    """"called 999 6158/25": the emergency and police numbers, dialled before a log's number, open no long number;
    no UK phone number or record begins with them spaced."""
    if text[a : a + 3] in ("999", "101", "111") and text[a + 3 : a + 4] in (" ", "\t"):
        return a + 4, count - 3
    return a, count


def find_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    """Phones, NHS numbers and long digit runs. Every 10-digit run is hidden; the checksum labels it.

    One pass finds each cluster of digits; the specific formats are then tried on that cluster alone.
    """
    if digits.count < 6:
        return
    n = len(text)
    for a, full_end, full_count in _clusters(text, digits.runs):
        end, count = _without_time_or_count(text, a, full_end, full_count)
        a, count = _past_model_number(text, a, count)
        a, count = _past_emergency_number(text, a, count)
        if count < 6:
            continue
        # A cut cluster ends at a blank or a bracket, so no suffix letter can follow it.
        b = min(n, end + 3) if end == full_end else end
        if count >= 7:
            yield Span(EntityType.REFERENCE, a, end, P_SAFETY)
        for m in PHONE_RE.finditer(text, a, b):
            yield Span(EntityType.PHONE, m.start(), m.end(), P_PHONE)
        if text[a] == "+":
            for m in INTL_PHONE_RE.finditer(text, a, b):
                if len(_digits(m.group())) >= 9:
                    yield Span(EntityType.PHONE, m.start(), m.end(), P_PHONE - 1)
        for m in NHS_RE.finditer(text, a, b):
            ten = _digits(m.group())
            before = text[max(0, m.start() - 40) : m.start()].lower()
            at = before.rfind("nhs")
            # The cue names the first number after it: "nhs 3015110705. SYS 7131461062" leaves the second alone.
            cue = at >= 0 and not any(ch.isdigit() for ch in before[at:])
            if _nhs_checksum_ok(ten) or cue:
                yield Span(EntityType.NHS_NUMBER, m.start(), m.end(), P_NHS)
            else:
                yield Span(EntityType.REFERENCE, m.start(), m.end(), P_DIGITS)
        for m in LONG_DIGITS_RE.finditer(text, max(0, a - 5), b):
            yield Span(EntityType.REFERENCE, m.start(), m.end(), P_DIGITS)


def find_ni_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    if digits.count < 6:
        return
    t = text
    # Two letters, maybe a blank or a dash, then the first digits: tried only there (speed).
    starts = [s - 2 if t[s - 1].isalpha() else s - 3 for s, _ in digits.runs
              if s > 1 and (t[s - 1].isalpha() or (s > 2 and t[s - 1] in " \t-" and t[s - 2].isalpha()))]
    for m in scan.from_starts(NINO_RE, text, digits.tight, starts):
        prefix = m.group("p")
        cue = bool(_NI_CUE.search(text, max(0, m.start() - 40), m.start()))
        # Lower-case letters before six digits are usually a word ("at 12 34 56"), so they need a
        # suffix letter or an NI cue before we call them an NI number.
        compact = m.group("s") is not None and m.end() - m.start() == 9
        if not (prefix.isupper() or cue or compact or (m.group("s") and prefix.lower() not in english_words())):
            continue
        up = prefix.upper()
        valid = up[0] not in "DFIQUV" and up[1] not in "DFIQUVO" and up not in _NINO_BAD_PREFIX
        kind = EntityType.NI_NUMBER if (valid or cue or m.group("s")) else EntityType.REFERENCE
        yield Span(kind, m.start(), m.end(), P_NI)


def find_postcodes(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    # Any case, with or without the space. "yr4 5th" in lower case also looks like one; recall wins.
    if not digits.lettered:
        return
    # A postcode begins one or two letters before its first digit: tried only there (speed).
    for m in scan.from_starts(POSTCODE_RE, text, digits.tight, digits.letter_led_starts(2)):
        yield Span(EntityType.POSTCODE, m.start(), m.end(), P_POSTCODE)


def find_vehicle_regs(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    return plates.find_all(text, digits.plate_windows()) if digits.lettered else iter(())


# A count, not a number of anything: "10000 steps", "12000 a year", "50000 followers".
_COUNTED_AFTER_RE = re.compile(
    r"[ \t]*(?:steps|followers|views|likes|people|words|pounds|quid|miles|km|kg|calories|mg|ml|times|a[ \t]+(?:year|"
    r"month|week)|per|pa|p\.a\.)\b",
    re.IGNORECASE,
)


def find_five_digit_numbers(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    """A number of five digits standing alone is a case, log or record number ("GOODS YARD COMMUNITY PRIMARY
    53148", "VISIT AM. 60120"): not money, a decimal, a time, part of a phone, or a count of something."""
    n = len(text)
    for a, b in digits.runs:
        if b - a != 5:
            continue
        before = text[a - 1] if a else " "
        if before.isalnum() or before in "£$€.,/:+-_" or (a > 1 and before == " " and text[a - 2].isdigit()):
            continue
        after = text[b] if b < n else " "
        if after.isalnum() or after in "/:%-_@" or (after in ".," and b + 1 < n and text[b + 1].isdigit()):
            continue
        if after == " " and b + 1 < n and text[b + 1].isdigit():
            continue
        if _COUNTED_AFTER_RE.match(text, b):
            continue
        yield Span(EntityType.REFERENCE, a, b, P_DIGITS)


def find_all(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    at = scan.char_windows(text, "@")
    yield from find_emails(text, at)
    yield from find_urls(text)
    yield from handles.find_handles(text, at, digits)
    yield from find_numbers(text, digits)
    yield from find_ni_numbers(text, digits)
    yield from find_postcodes(text, digits)
    yield from find_vehicle_regs(text, digits)
    yield from find_references(text, digits)
    yield from find_five_digit_numbers(text, digits)
