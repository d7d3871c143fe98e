"""A school typed by its initials after "at", where the message is plainly about school: "Named person at CTK"
(Christ the King), and a school nurse's or a campus officer's message: "school nurse teams sulaiman: nancie
smethurst (...) at SSP asking for the pill".

Capitals after "at" are far more often an agency, a ward or a team ("at CAMHS", "at A&E", "at ICU"), so the
initials count only after a school's named person, or in a line a school's own nurse or officer writes, and never
when they are an agency's, a ward's, a school role's or a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.types import EntityType, Span

# "at", then two to four capitals standing alone: not glued to "&", a slash, a digit or more letters. The regex
# engine skips to each literal "at " (speed).
_AT_RE = re.compile(r"at[ \t]+(?P<init>[A-Z]{2,4})(?![\w&'’/-]|\.\w)")
# The school's named person (the Scottish role), said just before: "Named person at CTK".
_NAMED_PERSON_RE = re.compile(r"(?i:named[ \t]+person)[ \t]+$")
# Who writes from inside a school: their line is about the school they work in.
_WRITERS = ("school nurse", "campus officer", "campus police", "school liaison", "school officer", "named person",
            "pastoral", "head of year")
# Agencies, wards, teams, school roles and stages a note puts after "at": never a school's initials.
NOT_SCHOOLS = frozenset(
    {"GP", "AE", "ED", "ICU", "HDU", "NICU", "PICU", "SCBU", "ITU", "AMU", "MAU", "CDU", "SAU", "EPU", "OPD",
     "CAMHS", "MASH", "YOT", "YOS", "PRU", "HMP", "YOI", "STC", "SCH", "CAB", "JCP", "DWP", "LA", "SW", "CSC",
     "SARC", "ISVA", "IDVA", "NHS", "CP", "CIN", "LAC", "CLA", "TAC", "TAF", "CAF", "EHA", "EHM", "TA", "LSA",
     "SEN", "SEND", "DSL", "DDSL", "HOY", "SLT", "SMT", "PE", "RE", "ICT", "DT", "IT", "PSHE", "RSE", "GCSE",
     "EYFS", "YR", "UK", "USA", "EU", "BBC", "PC", "DS", "DC", "DI", "PCSO", "CID", "BTP", "HQ", "HR", "OK", "PM",
     "AM", "ASAP", "TBC", "NFA", "CPS", "MH", "LD", "ASD", "ADHD", "HV", "MW", "FNP", "SN", "EWO", "EWS", "CIC",
     "YMCA", "NSPCC", "KFC", "BP", "ASDA", "SPAR", "COOP", "MARAC", "MAPPA", "LADO", "EDT", "OOH", "MIU", "UTC",
     "WIC", "CMHT", "CDT", "DV", "DA", "ASB", "CCTV", "PTA", "FE", "HE", "KS", "SATS", "MFL", "ESOL", "EAL",
     "ELSA", "TAMHS", "EP", "OT", "SALT", "PT", "EHCP", "IEP", "PEP", "ICPC", "RCPC", "CPC", "PLO"})


def _writer_in_line(text: str, start: int) -> bool:
    line_start = text.rfind("\n", max(0, start - 200), start) + 1
    head = text[max(line_start, start - 200) : start].lower()
    return any(w in head for w in _WRITERS)


def school_initials(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    # "named person" is one of the writers: a note with none of them has no such initials (speed).
    if len(low) != len(text) or not any(w in low for w in _WRITERS):
        return
    for m in _AT_RE.finditer(text):
        at = m.start()
        init = m.group("init")
        if (at > 0 and text[at - 1].isalnum()) or init in NOT_SCHOOLS or init.lower() in english_words():
            continue
        if _NAMED_PERSON_RE.search(text, max(0, at - 20), at) is not None or _writer_in_line(text, at):
            yield Span(EntityType.SCHOOL, m.start("init"), m.end("init"), P_SCHOOL)
