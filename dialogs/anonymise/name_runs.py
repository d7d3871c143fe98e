"""The passes over the word tokens after each word is decided on its own: a name found once is hidden
everywhere, a word next to a name joins it when it looks like part of one, an initial joins the name
after it, and neighbouring name words become one span."""

from __future__ import annotations

import re

from dialogs.anonymise import name_hints
from dialogs.anonymise.cues import PERSON_VERBS, TITLES, age_cue, previous_word
from dialogs.anonymise.name_tokens import (
    CUE_WORDS,
    DETERMINERS,
    NUMBER_AFTER_RE,
    PARTICLES,
    Lexicon,
    Tok,
    adjacent,
    contraction,
)
from dialogs.anonymise.priority import P_PERSON
from dialogs.anonymise.types import EntityType, Span

# What ends a place's or a service's name: "Ironstone Row High School", "Lockside Approved Premises".
_INSTITUTIONS = frozenset({"school", "academy", "college", "nursery", "primary", "premises", "hospital", "surgery",
                           "practice", "centre", "center", "church", "hostel", "clinic", "library", "station"})


def _found(text: str, toks: list[Tok], lex: Lexicon) -> set[str]:
    """The words of found names that may spread. A dictionary word in a run that names a school or a service is
    that place's word ("High", "Approved"): spread, it hid "Score 17/27 - HIGH" and an "APPROVED PREMISES"
    heading."""
    found: set[str] = set()
    i = 0
    while i < len(toks):
        if not toks[i].name:
            i += 1
            continue
        j = i
        while j + 1 < len(toks) and toks[j + 1].name and adjacent(text, toks[j], toks[j + 1]):
            j += 1
        named_place = j > i and (toks[j].low in _INSTITUTIONS
                                 or name_hints.next_word(text, toks[j].end) in _INSTITUTIONS)
        found.update(t.low for t in toks[i : j + 1] if len(t.low) > 1 and not (
            named_place and t.low in lex.english and t.low not in lex.namey))
        i = j + 1
    return found


def propagate(text: str, toks: list[Tok], lex: Lexicon) -> None:
    found = _found(text, toks, lex)
    if not found:
        return
    for tok in toks:
        if tok.name or tok.low in lex.not_names:
            continue
        if tok.low not in found:
            # "ayens new no": a found name owning something, its apostrophe dropped in a quick note.
            if (tok.low.endswith("s") and tok.low[:-1] in found and len(tok.low) > 4
                    and tok.low not in lex.english and tok.low[:-1] not in lex.english):
                tok.name = True
            continue
        # Word-like names spread only to capitalised uses: "Will" the boy, not "will" the verb, and
        # not "the Summer" after a girl called Summer.
        if tok.low in lex.wordlike and previous_word(text, tok.start) in DETERMINERS:
            continue
        if tok.cap or (tok.low not in lex.english and tok.low not in lex.wordlike):
            tok.name = True
        elif name_hints.next_word(text, tok.end) in PERSON_VERBS and previous_word(text, tok.start) not in DETERMINERS:
            tok.name = True  # "bud pabari (10) missing ... bud uses snapchat": a found name doing what people do


def join_neighbours(text: str, toks: list[Tok], lex: Lexicon) -> None:
    """A word next to a found name joins it when it looks like part of a name: "Precious Clarke" at
    a sentence start, "mahad warsame" in lower case, "Dafydd ap Rhys"."""
    changed = True
    while changed:
        changed = False
        for i, tok in enumerate(toks):
            if (tok.name or (len(tok.low) < 2 and tok.low not in PARTICLES) or contraction(tok.low)
                    or tok.low.rstrip(".") in TITLES or tok.low in CUE_WORDS):
                continue
            left = toks[i - 1] if i > 0 else None
            right = toks[i + 1] if i + 1 < len(toks) else None
            by_left = left is not None and left.name and adjacent(text, left, tok)
            by_right = right is not None and right.name and adjacent(text, tok, right)
            if not (by_left or by_right):
                continue
            if tok.low in PARTICLES:
                # A particle only counts between two parts of a name: after a found name, or after a
                # given name when a found name follows ("faith ab owen", "Hope de Souza").
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                # "Mrs ap Gwilym", "L ap Gwilym": a title or an initial before the particle will do too.
                before_given = (left is not None and adjacent(text, left, tok) and by_right and (
                    (left.low in lex.given and left.low not in CUE_WORDS) or left.low.rstrip(".") in TITLES
                    or (len(left.low) == 1 and left.cap)))
                ok = ((by_left or before_given) and nxt is not None and adjacent(text, tok, nxt)
                      and (nxt.cap or nxt.low not in lex.english))
            elif tok.cap:
                acronym = len(tok.low) > 1 and text[tok.start : tok.end].isupper() and tok.low not in lex.namey
                # "Mirela Ward": a surname that is also a place word joins a name before it, unless a
                # number follows ("Ward 4").
                surname = (by_left and left is not None and left.cap and tok.low in lex.surnames
                           and not NUMBER_AFTER_RE.match(text, tok.end))
                ok = not acronym and (tok.low in lex.given or tok.low not in lex.not_names or surname) and (
                    not tok.initial or tok.low in lex.given or tok.low not in lex.english
                    or tok.low in lex.surnames)
            else:
                # Lower-case words join only lower-case names: "jack parr", never "hope Will".
                lower_run = (by_left and left is not None and not left.cap) or (
                    by_right and right is not None and not right.cap)
                # "snapchat lia_atk2007": a word known not to be a name never joins one.
                ok = lower_run and (tok.low not in lex.not_names or tok.low in lex.given) and (
                    tok.low not in lex.english or tok.low in lex.surnames or tok.low in lex.given)
            if ok:
                tok.name = changed = True


def attach_initials(text: str, toks: list[Tok]) -> None:
    for i in range(len(toks) - 1):
        tok, nxt = toks[i], toks[i + 1]
        # "told prescriber A. Omotoso": with its dot, "A" or "I" before a name is an initial, not a word.
        if len(tok.low) == 1 and tok.cap and nxt.name and adjacent(text, tok, nxt) and (
            tok.low not in ("i", "a") or text.startswith(". ", tok.end) or name_hints.initial_cue(text, tok.start)
        ):
            tok.name = True


_LOWER_INITIAL_RE = re.compile(r"(?<![\w.'’-])[b-hj-z]\.[ \t]?\Z")


def runs(text: str, toks: list[Tok]) -> list[Span]:
    spans: list[Span] = []
    run: list[Tok] = []

    def flush() -> None:
        if run:
            start, end = run[0].start, run[-1].end
            # "(s. mcmaster)": in lower-case notes the initial is lower case too, and its dot says it is one.
            if not run[0].cap and start >= 2 and _LOWER_INITIAL_RE.search(text, max(0, start - 4), start):
                start = text.rindex(".", 0, start) - 1
            spans.append(Span(EntityType.PERSON, start, end, P_PERSON, age_cue(text, start, end)))
            run.clear()

    for tok in toks:
        if not tok.name:
            flush()
            continue
        if run and not (adjacent(text, run[-1], tok) and text[run[-1].end : run[-1].end + 1] != "'"):
            flush()
        run.append(tok)
        # A possessive ends the name: "Tyler's mum Kerry" is two people.
        if text.startswith(("'s", "’s"), tok.end):
            flush()
    flush()
    return spans
