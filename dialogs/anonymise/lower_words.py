"""The lower-case words of a long ASCII note, found by str.translate and str.split in C rather than by
one regex match per word: a case file has several hundred words, and the regex scan was the costliest
step of looking for lower-case names (speed)."""

from __future__ import annotations

import re

# Letters, apostrophes and hyphens kept; every other ASCII character becomes a blank.
_WORD_CHARS = str.maketrans({chr(i): chr(i) if chr(i).isalpha() or chr(i) in "'-" else " " for i in range(128)})


# Below this length one regex scan is quicker than translating and splitting.
_LONG = 600


def in_ascii(text: str, pattern: re.Pattern[str]) -> set[str]:
    """`set(pattern.findall(text))` for an ASCII `text` and a `pattern` whose words are letters joined by
    apostrophes and hyphens, start with a lower-case letter and have no letter, nor a letter and a joiner,
    straight before them. Such a word never runs across any other character, so each piece of the text
    between other characters is looked at alone; a piece of letters only is its own word or none.
    `pattern` may instead match every word and capture only the wanted ones (findall then gives "" for
    the rest), which spares it a look-behind at every character."""
    if len(text) <= _LONG:
        words = set(pattern.findall(text))
    else:
        words = set()
        for piece in set(text.translate(_WORD_CHARS).split()):
            if "'" in piece or "-" in piece:
                words.update(pattern.findall(piece))
            elif piece[0] >= "a":
                words.add(piece)
    # A pattern may capture "" for the words it steps over (see names.py): not a word.
    words.discard("")
    return words
