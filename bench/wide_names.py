"""Write dialogs/anonymise/data/wide_names.txt: name parts from many cultures (a dev tool, not part of Sharewise).

The hand-written lists know a few thousand given names and surnames. Lower-case chat ("seen gobind keswani at
the gate") hides a name only when a list knows it or a cue word stands beside it, so a name from a community
the lists missed went through. This widens the net with the given names and surnames of Faker's 86 person
locales (MIT licence), kept only where they cannot be an everyday word:

    pip install 'faker==40.54.0' && python bench/wide_names.py

Faker is needed only to rebuild the file; Sharewise reads the text file and never imports Faker.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dialogs.anonymise import lexicon  # noqa: E402

OUT = ROOT / "dialogs" / "anonymise" / "data" / "wide_names.txt"
# Latin letters only: the notes are written in English, and a name in another script is found by its script.
_LATIN_RE = re.compile(r"[a-zà-öø-ÿāăąćčďđēėęěğīįıķļľłńňōőœřśşšţťūůűųźżžșț '’\-]+")
# Kin words that Faker lists as names but that a note uses as a role ("her dadi", "abba said"), and chat
# shorthand that happens to be a surname somewhere ("resi" for residential, "edd" for the due date).
_NOT_NAMES = frozenset({
    "abba", "baba", "babu", "chacha", "dadi", "oma", "taya",
    "dom", "edd", "fella", "resi", "theres", "urs",
    # Words from other languages that UK chat borrows as words ("nada", "habibi", "the casa").
    "nada", "habibi", "haan", "jaan", "chico", "casa", "mijo", "nene", "nena", "tata", "babbo",
})

HEADER = """\
# Given names and surnames from many cultures, for lower-case notes ("seen gobind keswani at the gate").
# Made by bench/wide_names.py from the person providers of Faker {version} (https://github.com/joke2k/faker,
# MIT licence, Copyright (c) 2012 Daniele Faraglia): every locale's given names and surnames in Latin script,
# split into parts, lower-cased, four letters or more. Left out: everyday words, their unaccented forms and
# their common mistypings (no apostrophe, an s more or less, American spelling),
# places, words the other lists say are not names, vehicle and record-system words, kin words and chat
# shorthand, and anything the hand-written name lists already hold.
#
# Faker's licence: Copyright (c) 2012 Daniele Faraglia. Permission is hereby granted, free of charge, to any
# person obtaining a copy of this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the
# Software is furnished to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS
# PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE
# WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF
# CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
# DEALINGS IN THE SOFTWARE.
"""


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def faker_parts() -> set[str]:
    import faker.providers.person as person  # only this tool needs Faker

    parts: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{mod.name}").Provider
        for attr in dir(provider):
            if not attr.startswith(("first_names", "last_names")):
                continue
            value = getattr(provider, attr)
            if not isinstance(value, (dict, list, tuple, set, frozenset)):
                continue
            for name in value:
                low = name.lower() if isinstance(name, str) else ""
                if _LATIN_RE.fullmatch(low):
                    parts.update(p.strip("'’") for p in re.split(r"[ \-]", low))
    # Three-letter parts are mostly fragments and abbreviations ("org", "uni", "isa"); names that short are
    # in the hand-written lists.
    return {p for p in parts if len(p) >= 4}


def _near_english(english: frozenset[str]) -> set[str]:
    """Everyday words as chat mistypes them: no apostrophe, an s more or less, American spelling."""
    near: set[str] = set()
    for word in english:
        near.update((word.replace("'", ""), word + "s", word[:-1] if word.endswith("s") else word))
        for british, american in (("our", "or"), ("tre", "ter"), ("ise", "ize"), ("yse", "yze"), ("ll", "l")):
            if british in word:
                near.add(word.replace(british, american))
    return near


def wide_names(parts: set[str]) -> list[str]:
    english = lexicon.english_words()
    block = (english | _near_english(english) | lexicon.places() | lexicon.not_names()
             | lexicon.vehicle_models() | lexicon.vehicle_words() | lexicon.record_systems() | _NOT_NAMES)
    known = lexicon.first_names() | lexicon.surnames() | lexicon.wordlike_names() | lexicon.proper_nouns()
    return sorted(p for p in parts if p not in block and _fold(p) not in block and p not in known)


def main() -> int:
    import faker

    names = wide_names(faker_parts())
    OUT.write_text(HEADER.format(version=faker.VERSION) + "\n".join(names) + "\n", encoding="utf-8")
    print(f"wrote {len(names)} name parts to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
