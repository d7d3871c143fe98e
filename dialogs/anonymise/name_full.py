"""Whether a found name is a full name (given name and surname), so that its everyday-word given name may be
spread to its later bare uses ("Daylight Crake ... now he's messaging Daylight on tiktok").

The first pass spreads its own names only where a strong cue stands before the bare use ("Daylight was upset");
a given name written once in full beside a surname is the person's name throughout the note. The surname must
be a word no dictionary has, or a known surname: "Extra Care" (part of a home's name) is no one.
"""

from __future__ import annotations

from collections.abc import Sequence

from dialogs.anonymise.lexicon import english_words, surnames


def full_name(words: Sequence[str]) -> bool:
    """Two or three capitalised words, the last a surname (not an everyday word, unless a known surname)."""
    if not 2 <= len(words) <= 3:
        return False
    if not all(len(w) > 1 and w[0].isupper() and not w.isupper() and w.replace("-", "").replace("'", "").isalpha()
               for w in words):
        return False
    last = words[-1].lower()
    return last not in english_words() or last in surnames()
