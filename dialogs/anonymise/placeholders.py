"""Readable, consistent stand-ins: the same person gets the same "Child A" or "Adult 1" throughout a
note, whether written in full, by first name, by surname or with a possessive (with its apostrophe or
without)."""

from __future__ import annotations

from dataclasses import dataclass, field

from dialogs.anonymise.types import FIXED_PLACEHOLDERS, EntityType


@dataclass(slots=True)
class _Person:
    first: str
    last: str
    words: set[str] = field(default_factory=set)
    child: bool | None = None
    label: str = ""


def _words(name: str) -> list[str]:
    out: list[str] = []
    for w in name.replace(".", " ").split():
        w = w.lower().strip("'’")
        if len(w) > 1:
            out.append(w)
    return out or [name.lower()]


def _letters(n: int) -> str:
    # 0 -> A, 25 -> Z, 26 -> AA: notes rarely name more than a few children, but never run out.
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(ord("A") + r) + s
    return s


class PersonLabeller:
    """Clusters the person mentions of one note and hands out labels in order of first mention."""

    def __init__(self) -> None:
        self._people: list[_Person] = []
        self._mentions: list[_Person] = []
        # The people by first word, in order of first mention: a long record names dozens of people,
        # and comparing each mention with all of them took about two fifths of the time of writing the text.
        self._by_first: dict[str, list[_Person]] = {}

    def add(self, name: str, child: bool | None) -> None:
        words = _words(name)
        person = self._match(words, child)
        if person is None:
            person = _Person(words[0], words[-1], set(words))
            self._people.append(person)
            self._by_first.setdefault(person.first, []).append(person)
        else:
            if len(words) > 1:
                person.last = words[-1]
            person.words.update(words)
        if person.child is None:
            person.child = child
        self._mentions.append(person)

    def _match(self, words: list[str], child: bool | None) -> _Person | None:
        same_first = self._by_first.get(words[0])
        if len(words) > 1:
            for p in same_first or ():
                if p.last == words[-1] or len(p.words) == 1:
                    return p
            return None
        if same_first:
            return same_first[0]
        w = words[0]
        candidates = [p for p in self._people if w in p.words]
        if not candidates and len(w) > 4 and w.endswith("s"):
            # "ayens new no": the possessive of a name already met, its apostrophe dropped.
            candidates = [p for p in self._people if w[:-1] in p.words]
        if not candidates:
            return None
        # "Mrs Walsh" is the adult Walsh when the note also names a Walsh child.
        for p in candidates:
            if child is not None and p.child == child:
                return p
        return candidates[0]

    def labels(self) -> list[str]:
        children = adults = 0
        for p in self._people:
            if p.child:
                p.label = f"Child {_letters(children)}"
                children += 1
            else:
                adults += 1
                p.label = f"Adult {adults}"
        return [p.label for p in self._mentions]


def fixed_placeholder(kind: EntityType) -> str:
    return FIXED_PLACEHOLDERS.get(kind, "[hidden]")
