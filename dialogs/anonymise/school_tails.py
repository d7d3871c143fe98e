"""Schools typed in a hurry, their kind cut to a short tail: "at saltings prim", "kids off northshore
integrated ps all wk", "from shingle bank high", "st nectans rc", "SALTINGS PRIM.", "St Piran's C of E Junior".

None of the tails says "school" on its own ("high", "ps" and "ce" are everyday words or letters), so a name
counts only with something that says school: a word that puts a school after it ("at", "from", "goes to",
"off"), a saint's name, a faith word before the tail ("st piran's c of e junior"), or, for the tails that are
nothing but a school's ("prim", "acad", "jnr"), the name standing as a line or sentence of its own (a chat
signing off with its school).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dialogs.anonymise import scan
from dialogs.anonymise.lexicon import english_words, first_names, proper_nouns
from dialogs.anonymise.priority import P_SCHOOL
from dialogs.anonymise.school_names import a_line_of_its_own
from dialogs.anonymise.school_phrases import strong_school_cue
from dialogs.anonymise.school_suffixes import site_street_end
from dialogs.anonymise.types import EntityType, Span

# Tails a note ends a school's name with. "c of e" is found at its "c" by the pattern below.
_TAILS = ("prim", "ps", "high", "jnr", "jnrs", "junior", "juniors", "infants", "infs", "acad", "rc", "ce", "cofe",
          "c of e", "grammar", "6th form", "sixth form")
_TAIL_RE = re.compile(
    r"(?:prim|ps|high|jnrs?|juniors?|infants|infs|acad|rc|ce|cofe|c of e|grammar|6th form|sixth form)(?![\w'’-])")
# Tails that are nothing but a school's: a name before them may stand alone ("SALTINGS PRIM.").
_ONLY_SCHOOL = frozenset({"prim", "jnr", "jnrs", "infs", "acad"})
# Faith and kind words between the name and its tail: "st piran's c of e junior", "northshore integrated ps".
_QUALIFIER_RE = re.compile(r"(?:integrated|catholic|community|methodist|rc|ce|cofe|c of e|church in wales|ciw)[ \t]+$")
_FAITH = frozenset({"rc", "ce", "cofe", "c of e", "catholic", "methodist", "church in wales", "ciw"})
# Words that put a school after them: "at saltings prim", "goes to ...", "kids ... off northshore integrated ps".
_CUES = frozenset({"at", "from", "to", "attends", "attend", "attending", "attended", "off", "skipping", "skips",
                   "skipped", "missing", "misses", "missed", "bunking", "bunks", "bunked"} | {"school", "sch", "schl"})
# A record's field for the school ("school ironstone high", "sch bargee cl prim"): what follows is the school's
# name, so one everyday word before the tail will do, unless it says how much of something school has.
_FIELD_CUES = frozenset({"school", "sch", "schl"})
_MEASURES = frozenset({"attendance", "absence", "absences", "anxiety", "stress", "risk", "refusal", "concern",
                       "concerns", "exclusion", "exclusions", "pressure", "demand", "demands", "expectations",
                       "achievement", "attainment", "performance", "grades", "marks", "standards", "very", "too",
                       "really", "quite", "so", "fees", "costs", "uptake", "turnover", "staff"})
def _bare(word: str) -> str:
    """A word without its possessive ("tudwal's" -> "tudwal"). Not str.strip("'s"), which took every s off both
    ends and made "bssss" the word "b"."""
    return word[:-2] if word.endswith(("'s", "’s")) else word


# Words that end the walk back: the grammar around a name, never a part of it.
_STOP = frozenset(
    {"at", "to", "from", "in", "on", "the", "a", "an", "his", "her", "their", "my", "our", "your", "this", "that",
     "attends", "attended", "attending", "attend", "and", "or", "for", "with", "by", "is", "was", "off", "of",
     "goes", "went", "go", "going", "into", "its", "no", "not", "very", "so", "too", "really", "got", "get",
     "getting", "being", "been", "be", "are", "were", "she", "he", "they", "we", "i", "it", "you", "me", "him",
     "them", "us", "both", "kids", "kid", "children", "child", "says", "said", "sky", "risk", "dash", "dra", "level",
     "levels", "quite", "pretty", "also", "still", "all", "who", "which", "what", "when", "where", "keeps"}
) | _CUES
# What comes after "high" when it is a state, not a school: "from the party high on something", "high as a kite".
_NOT_AFTER_RE = re.compile(
    r"[ \t]+(?:street|st\b|road|rd\b|lane|park|view|court|close|way|cross|bank|town|level|on\b|as\b|off\b|"
    r"risk|church|parish|chapel|cathedral|priest|mass|club|team|school|primary|academy|nursery|college|"
    r"junior|juniors|infants|high|\d)",
    re.IGNORECASE,
)
_STATE_WORDS = frozenset({"on", "as", "off"})
_AGAIN_RE = re.compile(r"[ \t]+again\b")
_SAINTS = frozenset({"st", "st.", "saint"})
# Where a young person comes back from, or whom a message is passed to, before "high" or a postscript's "ps":
# "came home from the youth club high", "passed it to social worker ps she said".
_NOT_NAME_END = frozenset(
    {"club", "centre", "center", "party", "house", "flat", "home", "pub", "shop", "shops", "station", "stop",
     "hostel", "ward", "cells", "custody", "visit", "contact", "session", "room", "town", "city", "work", "gym",
     "toilets", "worker", "teacher", "officer", "nurse", "manager", "mum", "dad", "nan", "gran", "grandad",
     "mates", "friends", "out", "again", "night", "weekend", "today", "yesterday", "tonight"}
)


# A school's staff straight after its name: "herdwick prim named person aware", "... acad dsl rang".
_ROLE_RE = re.compile(r"[ \t]+(?i:named[ \t]+person|dsl|ddsl|senco|head|headteacher|pastoral|safeguarding|"
                      r"attendance|office|reception|nurse|teacher)\b")


def _words_before(text: str, pos: int) -> list[tuple[int, str]]:
    """Up to three name words just before `pos`, nearest last, each (start, word); the walk stops at a stop word,
    a digit, or punctuation other than an apostrophe or a hyphen inside a word."""
    words: list[tuple[int, str]] = []
    lo = max(0, pos - 60)
    i = pos
    while len(words) < 3:
        j = i
        while j > lo and text[j - 1] in " \t":
            j -= 1
        if j == i and words:
            break
        k = j
        while k > lo and (text[k - 1].isalpha() or text[k - 1] in "'’-."):
            k -= 1
        word = text[k:j]
        if not word or not word[0].isalpha() or (word[-1] == "." and word.lower() != "st."):
            break
        if word.lower() in _STOP:
            break
        words.append((k, word))
        i = k
    words.reverse()
    return words


def _same_case(words: list[str], tail: str) -> bool:
    """The name is written as its tail is: all lower case, all capitals, or each word capitalised. A tail that is
    nothing but a school's may be cut short in lower case after a capitalised name ("at Longhorn jnrs")."""
    if tail.islower():
        return all(w.islower() for w in words) or (tail in _ONLY_SCHOOL and all(w[0].isupper() for w in words))
    if tail.isupper() and len(tail) > 1:
        return all(w.isupper() for w in words)
    return all(w[0].isupper() for w in words)


def _cue_before(low: str, start: int) -> str:
    before = low[max(0, start - 16) : start].split()
    # A form's field ends with a colon: "SCHOOL: SHUTTLE FOLD PRIM".
    word = before[-1].rstrip(":") if before else ""
    return word if word in _CUES else ""


def school_tails(text: str) -> Iterator[Span]:
    low = scan.lowered(text)
    if len(low) != len(text):
        return
    starts = scan.word_starts(text, _TAILS) if text.isascii() else [m.start() for m in re.finditer(r"\b\w", low)]
    for s in starts:
        m = _TAIL_RE.match(low, s)
        if m is None or (s > 0 and (low[s - 1].isalnum() or low[s - 1] in "'’-")):
            continue
        tail = m.group()
        after = _NOT_AFTER_RE.match(text, m.end())
        # "on", "as" and "off" follow a state ("high on something"), never a tail that is nothing but a school's
        # ("starts at basalt acad on mon").
        if after is not None and not (tail in _ONLY_SCHOOL and after.group().strip().lower() in _STATE_WORDS):
            continue  # "... high street", "hilux rc 2793", "st mary's rc church", "c of e junior": not the end
        if tail in ("high", "ps") and _AGAIN_RE.match(low, m.end()):
            continue  # "getting high again"; a school goes on after "again" ("from whitewell grammar again")
        # The faith or kind words straight before the tail are part of the name.
        # At most two ("rc community"): a run of them is walked back over once per tail, so a bound keeps a
        # pasted "rc rc rc ..." linear.
        pos = s
        qualified = False
        for _ in range(2):
            q = _QUALIFIER_RE.search(low, max(0, pos - 20), pos)
            if q is None:
                break
            qualified = (qualified or q.group().split()[0] in _FAITH or q.group().startswith(("c of", "church in")))
            pos = q.start()
        words = _words_before(text, pos)
        if not words or not _same_case([w for _, w in words], text[s : m.end()]):
            continue
        start = words[0][0]
        lows = [w.lower() for _, w in words]
        saint = lows[0] in _SAINTS and len(lows) > 1
        unknown = any(_bare(w) not in english_words() for w in lows if w not in _SAINTS)
        # "at home ps can you ring", "from karl's house high": one everyday word, or somebody's, is no school.
        # A tail that is nothing but a school's needs no more than one word ("at tollgate prim").
        cue_word = _cue_before(low, start)
        field = cue_word in _FIELD_CUES and not any(w in _MEASURES for w in lows)
        # "so she can go to galena high": after a phrase only a school fits, one everyday word is its name.
        strong = cue_word != "" and len(words) == 1 and strong_school_cue(low, start, lows[0])
        cue = (cue_word != "" and (len(words) > 1 or unknown or tail in _ONLY_SCHOOL or field or strong)
               and lows[-1] not in _NOT_NAME_END
               and not any(w.endswith(("'s", "’s")) for w in lows))
        # "... tullyvar high. sw ...", a caps log ending "FERRY BRAE HIGH": a name no dictionary lists, standing as a
        # sentence of its own before "high", in a list of contacts; someone who is high is named by a first name.
        high_alone = (tail == "high" and unknown and not any(w in first_names() for w in lows)
                      and not any(w in _MEASURES for w in lows) and a_line_of_its_own(text, start, m.end()))
        if tail == "high" and not (saint or qualified or cue or high_alone):
            continue  # "from getting high", "DASH high": a state, not a school
        if tail == "grammar":
            # "Queen Elizabeth's Grammar", "King Edward's Grammar": a capitalised name that is someone's, before
            # "Grammar", is a grammar school; "his grammar", "English grammar" are the subject. After a cue, a
            # name no dictionary lists will do ("from whitewell grammar bunking"), but
            # not a language ("good at english grammar").
            if ((text[s].isupper() and lows[-1].endswith(("'s", "’s")) and len(words) > 1)
                    or (cue and all(_bare(w) not in english_words() and w not in proper_nouns() for w in lows))):
                yield Span(EntityType.SCHOOL, start, m.end(), P_SCHOOL)
            continue
        if tail in ("rc", "ce", "cofe", "c of e") and not saint:
            continue  # "st nectans rc": without the saint the letters are anything
        # "quarterdeck acad" as a chat's last line: a tail that is nothing but a school's, after a name of its own;
        # "prim" is also a word ("looks prim."), so it needs a word no dictionary lists, or a two-word name standing
        # as a sentence of its own ("sorrel grove prim.").
        alone = (tail in _ONLY_SCHOOL and (unknown or tail != "prim" or len(words) > 1)
                 and a_line_of_its_own(text, start, m.end()))
        alone = alone or high_alone or (tail in _ONLY_SCHOOL and unknown and _ROLE_RE.match(text, m.end()) is not None)
        if saint or qualified or cue or alone:
            # "st columba's rc high (godwit road)": the site's street in brackets is part of the name.
            yield Span(EntityType.SCHOOL, start, site_street_end(text, m.end(), tail[0].isupper()), P_SCHOOL)
