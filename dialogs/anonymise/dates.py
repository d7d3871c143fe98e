"""Dates that can single a person out: any date with a day in it, and a month or year given as a
date of birth. Ages ("aged 8", "Year 4") and a bare month or year stay visible: advisers need them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.priority import P_DATE
from dialogs.anonymise.types import EntityType, Span

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue(?:s)?|wed(?:nes)?|thu(?:r(?:s)?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:19|20)\d{2}|'\d{2})"

NUMERIC_RE = re.compile(r"(?<![\w/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\w/]|\.\d)")
# Day and month only ("26/3"): a day over 12, or a word that introduces a date, rules out a fraction.
SHORT_RE = re.compile(r"(?=\d)(?<![\w/.-])(?P<d>(\d{1,2})/(\d{1,2}))(?![\w/]|\.\d)")
# "moved to 10/9", "put back to 3/4", "w/c 10/9": a new date for a meeting, or the week it falls in.
_SHORT_CUE_RE = re.compile(
    # "EDD 9/12", "LMP 3/4": a pregnancy's expected and last dates.
    r"(?:\b(?:on|since|from|until|till|til|by|before|after|dob|d\.o\.b\.?|born|wc|dated|edd|lmp|"
    r"(?:moved|changed|rearranged|rescheduled|postponed|put back|pushed back|brought forward|deferred)\s+to)"
    r"|\bw/c)\s+$",
    re.IGNORECASE,
)
_OF_AFTER_RE = re.compile(r"\s+of\b")
# "ANPR hit 7/7 02:14": a clock's time straight after makes a day and month of it; no score or fraction has one.
_TIME_AFTER_RE = re.compile(r"[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
# "Shared with HV Ismatullah Qaderi 5/8.": a day and month ending a clause that tells who was told, rung
# or seen is when it happened; a score or a fraction ("got 5/8", "seen, pain 7/10") has no such verb in
# its own clause.
_SHORT_ACT_RE = re.compile(
    r"\b(?:shared|told|informed|emailed|e-mailed|rang|phoned|called|spoke|discussed|visited|met|sent|"
    r"copied|cc'?d|referred|notified|updated|advised|"
    # Or that names an event, which a date ends: "appt with dr iyamu 4/11.", "contact at the family centre
    # 9/2.", "Hearing set for 11/4."
    r"appt|appointment|hearing|meeting|mtg|review|visit|contact|session|conference|court|booked|scheduled|"
    r"planned|arranged|due|set|"
    # Police and hospital events: "Devices seized 9/11.", "Ambulance handover 2/1:".
    r"seized|arrested|charged|interviewed|bailed|released|admitted|discharged|handover|incident|"
    # A return told as what happened: "They came back 2/1.", "returned 4/3."
    r"came[ \t]+(?:back|home|round|over)|returned)\b"
    # Or the event and a comma straight before: "Family group conference, 12/8 (FGC/19/924)".
    r"(?:[^.,\n;:!?/]{0,48}|,[ \t]*)$",
    re.IGNORECASE,
)
_MEASURE_RE = re.compile(r"\b(?:pain|score[sd]?|scoring|rated|rating|got|marks?|out of|mood|anxiety|level|"
                         r"sats|spelling|test|quiz|goals?|attendance)\b", re.IGNORECASE)
# The clause ends, or a bracket opens after it: "Family group conference, 12/8 (FGC/19/924)".
_CLAUSE_END_RE = re.compile(r"[ \t]*(?:[.,;:)(\n]|$)")
_LINE_LED_RE = re.compile(r"[ \t]*(?::|[-–][ \t])")
# Lines that open with a date of any written form: a chronology, where a day and month alone is a date too.
_DATED_LINE_RE = re.compile(r"(?:^|\n)[ \t]*\d{1,4}[/.-]\d{1,2}")
# An event named straight before the day and month: "dp review 6/10", "strategy meeting 3/4".
_EVENT_BEFORE_RE = re.compile(
    r"\b(?:review|visit|meeting|mtg|appt|appointment|conference|hearing|contact|session|clinic|call|discussion|"
    # A roads policing stop in a log's heading: "RPU STOP 8/3 - E650 ZGG".
    r"panel|group|huddle|handover|stop|stopped|"
    # A conference by its short forms: "Pre-birth CP conf 9/4", "ICPC 12/5", "RCPC 3/6", "FGC 8/2".
    r"conf|icpc|rcpc|cpc|fgc)[ \t]+$",
    re.IGNORECASE,
)
ISO_RE = re.compile(r"(?<![\w/-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:[0-2]\d|3[01])(?![\w/])")
# Written dates, split by their first character so the regex engine can skip ahead quickly.
_YEAR_TAIL = rf"(?:,?[\s-]+{_YEAR})?(?![\w'])"
DAY_FIRST_RE = re.compile(rf"(?=\d)(?<![\w]){_DAY}(?:\s+of)?[\s-]+{_MONTH}{_YEAR_TAIL}", re.IGNORECASE)
MONTH_FIRST_RE = re.compile(
    # "7th October 09:30": a day is no clock's hour.
    rf"(?=[adfjmnosADFJMNOS])\b{_MONTH}\s+(?:(?:the\s+)?{_DAY}(?![:.]\d){_YEAR_TAIL}|(?:19|20)\d{{2}}\b)",
    re.IGNORECASE,
)
WEEKDAY_DAY_RE = re.compile(
    rf"(?=[mtwfsMTWFS])\b{_WEEKDAY}(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b", re.IGNORECASE
)
# Dates read aloud with the month as a number: "16th of the 3rd 2025", "the 1st of the 1st". Without a
# year, the month's ordinal must not count something else ("2nd of the 6th form", "1st of the 3rd years").
SPOKEN_RE = re.compile(
    rf"(?=\d)(?<![\w/.-]){_DAY}\s+of\s+the\s+(?:1[0-2]|0?[1-9])(?:st|nd|rd|th)\b"
    rf"(?:,?\s+(?:19|20)\d{{2}}\b|(?!\s+(?:form|year|yr|floor|grade|class|set|week|month|day|time|group)s?\b))",
    re.IGNORECASE,
)
_WEEKDAY_BEFORE_RE = re.compile(rf"\b{_WEEKDAY}(?:the\s+)?$", re.IGNORECASE)
# A month and year, or a year alone, counts only when it is someone's date of birth.
DOB_RE = re.compile(
    rf"(?=[dbDB])\b(?:dob|d\.o\.b\.?|date of birth|born(?:\s+(?:on|in))?|birthday)\s*(?:is|was)?\s*[:\-–]?\s*"
    rf"(?P<d>{_MONTH}\s+{_YEAR}|\d{{1,2}}[/.-]\d{{2,4}}|(?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)


# Cheap substring checks that let a note skip the regexes it cannot match.
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY_STEMS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DOB_STEMS = ("dob", "d.o.b", "birth", "born")
# What every DOB_RE match begins with, as MONTH_FIRST_RE's with a month and WEEKDAY_DAY_RE's with a day stem.
_DOB_STARTS = ("dob", "d.o.b", "date of birth", "born", "birthday")
# The same checks as one regex each: a single C-level scan instead of a Python loop of `in` tests.
_MONTH_GATE = re.compile(r"\b(?:" + "|".join(_MONTH_STEMS) + ")")
# The same gate with each stem's first letter first and the word boundary looked back at from it, so the
# engine skips ahead to those letters rather than trying "\b" at every character (speed).
_MONTH_FIRST_LETTER_GATE = re.compile("|".join(
    f"{first}(?<=\\b.)(?:{'|'.join(s[1:] for s in _MONTH_STEMS if s[0] == first)})"
    for first in dict.fromkeys(s[0] for s in _MONTH_STEMS)))
_DAY_GATE = re.compile(r"\b(?:" + "|".join(_DAY_STEMS) + ")")
# In an ASCII note, the tighter check WEEKDAY_DAY_RE needs: a day's name then a stop, comma or blank, so
# that "months" and "monitoring" skip the search (speed).
# Each word's first letter comes first and the word boundary is looked back at from it, so the engine skips
# ahead to those letters: with a leading "\b" it tried every character of a case file, which has no day
# names, for 2% of its time (speed).
_DAY_NAME_GATE = re.compile(
    r"(?:m(?<=\b.)on|t(?<=\b.)(?:ues?|hu(?:rs?)?)|w(?<=\b.)ed(?:nes)?|f(?<=\b.)ri|s(?<=\b.)(?:at(?:ur)?|un))"
    r"(?:day)?[.,\s]"
)
_DOB_GATE = re.compile("|".join(re.escape(s) for s in _DOB_STEMS))


def _plausible(a: int, b: int) -> bool:
    # Either day/month or month/day order: both must fit a calendar, so "12.5.3" versions don't match.
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _after_day(ch: str) -> bool:
    return ch in "-sSſnNrRtT" or ch.isspace()


def find_dates(text: str, digits: scan.DigitScan) -> Iterator[Span]:
    wins = digits.tight
    mid = digits.windows(25, 30)
    runs = len(digits.runs)
    # A numeric date has three groups of digits ("26/3" two): count before scanning.
    # Each shape below is tried only at a number of its length with the character after it it needs (speed).
    for m in scan.at_numbers(NUMERIC_RE, digits, wins, 2, "/.-".__contains__) if runs >= 3 else ():
        if _plausible(int(m.group(1)), int(m.group(3))):
            yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    low = scan.lowered(text)
    # In a long ASCII note the month gate is where a month's stem starts a word, the one scan MONTH_FIRST_RE
    # needs anyway: the gate's search opens with "\b" and stopped at every character (speed).
    long_ascii = text.isascii() and len(text) > scan.SHORT
    month_starts = scan.word_starts(text, _MONTH_STEMS) if long_ascii else []
    months = bool(month_starts) if long_ascii else _MONTH_FIRST_LETTER_GATE.search(low) is not None
    chronology: bool | None = None
    for m in scan.at_numbers(SHORT_RE, digits, wins, 2, "/".__eq__) if runs >= 2 and "/" in text else ():
        day, month = int(m.group(2)), int(m.group(3))
        cued = _SHORT_CUE_RE.search(text, max(0, m.start() - 24), m.start()) is not None
        # "moved to 2/3 of the dose" is a fraction, whatever the cue.
        cued = cued and not _OF_AFTER_RE.match(text, m.end("d"))
        cued = cued or (_TIME_AFTER_RE.match(text, m.end("d")) is not None
                        and _MEASURE_RE.search(text, max(0, m.start() - 30), m.start()) is None)
        # A chronology's line that opens with the day and month: "4/10: strategy discussion".
        line_led = m.start() == 0 or text[m.start() - 1] == "\n"
        cued = cued or (line_led and _LINE_LED_RE.match(text, m.end("d")) is not None)
        # "11/6 dental - not brought" among other dated lines; "dp review 6/10 DP-312826"; "team (NI) 7/2:".
        if not cued and day <= 12:
            if line_led:
                if chronology is None:  # counted once per note: a count per line was quadratic (speed)
                    chronology = len(_DATED_LINE_RE.findall(text)) >= 2
                cued = chronology
            elif _EVENT_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()) or text.startswith(":", m.end("d")):
                cued = _MEASURE_RE.search(text, max(0, m.start() - 30), m.start()) is None
        if not cued and day <= 12 and _CLAUSE_END_RE.match(text, m.end("d")):
            clause = _SHORT_ACT_RE.search(text, max(0, m.start() - 60), m.start())
            # "review: pain 7/10", "scored 5/8 at the meeting": a measure in the clause makes it a score.
            cued = clause is not None and _MEASURE_RE.search(clause.group()) is None
        if 1 <= month <= 12 and 1 <= day <= 31 and (cued or day > 12):
            yield Span(EntityType.DATE, m.start("d"), m.end("d"), P_DATE)
    for m in scan.at_numbers(ISO_RE, digits, wins, 4, "-".__eq__) if runs >= 3 and "-" in text else ():
        yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    for m in scan.at_numbers(SPOKEN_RE, digits, mid) if runs >= 2 and " of the " in low else ():
        yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    # A day is one or two digits, then an ordinal's letters (IGNORECASE reads "ſ" as "s"), a blank or "-".
    for m in scan.at_numbers(DAY_FIRST_RE, digits, mid, 2, _after_day) if months else ():
        # Take in a weekday written before the day: "Tuesday 4th June".
        before = _WEEKDAY_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
        yield Span(EntityType.DATE, before.start() if before else m.start(), m.end(), P_DATE)
    month_first = scan.from_starts(MONTH_FIRST_RE, text, mid, month_starts) if long_ascii \
        else scan.stem_finditer(MONTH_FIRST_RE, text, mid, _MONTH_STEMS, True)
    for m in month_first if months else ():
        # "may" is also a verb: "she may 2" is not a date, so lower-case "may" needs a digit day first.
        if re.fullmatch(r"may\s+\d.*", m.group()):
            continue
        yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    if long_ascii:
        # The gate tried only where a day's stem starts a word, the one scan the pattern needs anyway: searched
        # over a long note, it stopped at every "m", "t", "w", "f" and "s" (speed). A short note keeps the
        # one search, which is quicker there.
        days = scan.word_starts(text, _DAY_STEMS)
        weekdays = scan.from_starts(WEEKDAY_DAY_RE, text, mid, days) \
            if any(_DAY_NAME_GATE.match(low, i) for i in days) else iter(())
    else:
        day_gate = _DAY_NAME_GATE if text.isascii() else _DAY_GATE
        weekdays = scan.stem_finditer(WEEKDAY_DAY_RE, text, mid, _DAY_STEMS, True) if day_gate.search(low) \
            else iter(())
    for m in weekdays:
        yield Span(EntityType.DATE, m.start(), m.end(), P_DATE)
    for m in scan.stem_finditer(DOB_RE, text, mid, _DOB_STARTS) if _DOB_GATE.search(low) else ():
        yield Span(EntityType.DATE, m.start("d"), m.end("d"), P_DATE)
