"""Prisons, bases and campaigns that the name rules took for people.

A prison's or an immigration removal centre's name follows its title ("HMP Gartree", "HMYOI Wetherby",
"IRC Colnbrook"); a base or a town names the forces group, cadet unit or association branch after it ("the
Tidworth forces families group", "the Lympstone families hub", "the Odiham branch of", "at the Wattisham ACF
hut", "Aldershot Garrison"); a service's area names its teams ("the Dudley team", "the Wirral and Sefton
teams"); a town joined by hyphens is never a name ("Stoke-on-Trent", "Weston-super-Mare", "Saltburn-by-the-Sea");
and a war or a campaign names the veteran after it ("a Suez veteran"). None of these
names a person, and hidden they make a safeguarding note about a prisoner's or a service family hard to follow, so
each stays readable. A given name there stays a person's ("the Kelly branch" is not read as a place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dialogs.anonymise import scan
from dialogs.anonymise.name_tokens import lexicon
from dialogs.anonymise.types import EntityType, Span

# A prison's or a removal centre's title, straight before its name.
_TITLE_BEFORE_RE = re.compile(r"\b(?:HMP|HMYOI|HMP[ \t]*(?:/|&|and)[ \t]*YOI|HMP[ \t]+YOI|IRC)[ \t]+$")
# What a base or a town names after it, straight after the name.
_UNIT_AFTER_RE = re.compile(r"[ \t]+(?:branch[ \t]+of\b|forces[ \t]+famil(?:y|ies)\b|"
                            r"famil(?:y|ies)[ \t]+(?:hub|group)\b|ACF\b|"
                            r"[Aa]rmy[ \t]+[Cc]adets?\b|[Ss]ea[ \t]+[Cc]adets?\b|[Aa]ir[ \t]+[Cc]adets?\b)")
# The last word of a base's own name: "Catterick Garrison", "Larkhill ACF".
_UNIT_WORDS = frozenset({"garrison", "acf"})
# A war or a campaign before "veteran": "a Korea veteran", "an Aden veteran".
_ARTICLE_BEFORE_RE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ \t]+$")
_VETERAN_AFTER_RE = re.compile(r"[ \t]+veterans?\b")
# A service's area before "team" or "teams", one name or two joined by "and": the names' spans are read off the
# match.
_TEAMS_RE = re.compile(r"\b[Tt]he[ \t]+([A-Z][A-Za-z'’-]{1,24})(?:[ \t]+and[ \t]+([A-Z][A-Za-z'’-]{1,24}))?"
                       r"[ \t]+teams?\b")
# A town whose words are joined by hyphens and a joining word ("-on-", "-upon-", "-by-the-", "-super-").
_HYPHENED_TOWN_RE = re.compile(r"[A-Z][a-z]+(?:-(?:on|upon|under|by|in|le|super|cum|next|the|en))+-[A-Z][a-z]+")
_WORD_RE = re.compile(r"[A-Z][A-Za-z'’-]{1,24}")


def _place_words(words: list[str]) -> bool:
    """One to three capitalised words, none of them a given name."""
    lex = lexicon()
    return 1 <= len(words) <= 3 and all(_WORD_RE.fullmatch(w) and w.lower() not in lex.given for w in words)


def _service_place(text: str, sp: Span) -> bool:
    words = text[sp.start : sp.end].split()
    before = text[max(0, sp.start - 14) : sp.start]
    if sp.type is EntityType.ADDRESS:
        # "on release from HMP Foston Hall": the prison, with its title, and no number of a home.
        return (len(words) >= 2 and words[0] == "HMP" and not any(c.isdigit() for c in text[sp.start : sp.end])
                and _place_words(words[1:]))
    # The cues round the name first, the lexicon's look-ups only where one stands (speed: most names have none).
    if not (_TITLE_BEFORE_RE.search(before)
            or (len(words) >= 2 and words[-1].lower() in _UNIT_WORDS)
            or _UNIT_AFTER_RE.match(text, sp.end)
            or (len(words) == 1 and _ARTICLE_BEFORE_RE.search(before) is not None
                and _VETERAN_AFTER_RE.match(text, sp.end) is not None)):
        return False
    return _place_words(words)


def _team_areas(text: str) -> set[tuple[int, int]]:
    """(start, end) of each area named before "team(s)", unless it is a given name."""
    given = lexicon().given
    areas: set[tuple[int, int]] = set()
    if "team" not in text:
        return areas
    for m in _TEAMS_RE.finditer(text):
        for g in (1, 2):
            if m.group(g) is not None and m.group(g).lower() not in given:
                areas.add((m.start(g), m.end(g)))
    return areas


def drop_service_places(text: str, spans: Sequence[Span]) -> list[Span]:
    """`spans` without the people (and prison addresses) that name a prison, a base's group, a team's area, a
    hyphened town or a campaign."""
    areas = _team_areas(text)
    # A span can only be a hyphened town where the note holds one; and every rule below needs one of these cues
    # (a base's last word in any case): most notes hold none, and every span skips the tests (speed).
    hyphened = "-" in text and _HYPHENED_TOWN_RE.search(text) is not None
    if not areas and not hyphened and not any(
            cue in text for cue in ("HMP", "HMYOI", "IRC", "amil", "branch", "adet", "veteran")) and not any(
            cue in scan.lowered(text) for cue in ("garrison", "acf")):
        return list(spans)

    def place(sp: Span) -> bool:
        if sp.type is EntityType.PERSON and ((sp.start, sp.end) in areas
                                            or (hyphened and _HYPHENED_TOWN_RE.fullmatch(text, sp.start, sp.end))):
            return True
        return sp.type in (EntityType.PERSON, EntityType.ADDRESS) and _service_place(text, sp)

    return [sp for sp in spans if not place(sp)]
