"""Reading back over the words before a street or school word, by string steps rather than backwards regex
searches, which were the slowest steps of the address and school rules (speed)."""

from __future__ import annotations

_TOKEN_CHARS = frozenset("_'’&-")


def token_before(text: str, pos: int) -> tuple[int, str, str] | None:
    """(start, word, punctuation) of the word before `pos`, with the one stop or colon, if any, that
    follows it, in a few string steps rather than a backwards regex search (speed). A school name never runs
    across a full stop or colon ("Father: Unknown. School: Westfield..."), though "St. Mary's" keeps its dot."""
    lo = max(0, pos - 40)
    j = pos
    while j > lo and text[j - 1].isspace():
        j -= 1
    punct = ""
    if j < pos and text[j] == "\n":
        punct = "\n"
    elif j > lo and text[j - 1] in ".:;!?":
        punct = text[j - 1]
        j -= 1
    k = j
    while k > lo and (text[k - 1].isalnum() or text[k - 1] in _TOKEN_CHARS):
        k -= 1
    return (k, text[k:j], punct) if k < j else None


def names_before(text: str, end: int) -> int | None:
    """Where the one to three capitalised words just before `end` begin ("Church Road" -> "Church"), or
    None. A walk back over the string: a backwards regex search was the slowest step here."""
    lo = max(0, end - 60)
    i, start = end, None
    for _ in range(3):
        j = i
        while j > lo and text[j - 1].isspace():
            j -= 1
        k = j
        while k > lo and (text[k - 1].isalnum() or text[k - 1] in _TOKEN_CHARS):
            k -= 1
        if j == i or k == j or not ("A" <= text[k] <= "Z"):
            break
        i = start = k
    return start
