"""Deterministic generator for the anonymiser evaluation set (stdlib only).

Run ``python tests/anonymise_eval/generate.py`` to rewrite every split's ``<split>.jsonl`` (``--split fresh``
rewrites one).  The .jsonl files are committed and are the fixed set; this script documents how they were made.

Each split has its own templates (``templates/<split>.txt``), seed, and value pools (``pools/<split>.toml``:
names by culture with weights, word-names, streets, schools, nurseries, towns, cars and handle shapes).
The value formats (NHS, NI, postcode, phone, dates, references) live in ``value_formats.py``, each split's plate
shapes in ``plate_formats.py`` and ``plate_mixes.toml``, the split names, seeds and render counts in
``split_tables.py``.
``fresh`` to ``fresh72`` were added later as untouched measurements, each with pools and templates that share
nothing with the earlier splits; the labelling rules are the same for every split.  ``fresh4`` to ``fresh72`` keep
their address, reference, URL and email-domain shapes in their pool files (filled by ``pool_shapes.py``).

Templates are ``source | text`` lines and use slots:

* ``{role.attr}`` - a person.  role is e.g. girl, boy, mum, dad, bf, man, woman, sw, officer (a trailing
  digit makes another person of the same kind).  attr: first, last, full, ifull (initial + surname) are
  PERSON, and so are init (initials, "J.B.") and nick (a nickname from the pool); email, handle, fb (profile
  URL) and phone are that person's EMAIL/HANDLE/URL/PHONE.
  ``wgirl``/``wboy`` draw from names that are also ordinary words (Hope, Will, ...).
* ``{kind}`` - dob, date, spoken (a date as voice-to-text writes it), addr, pc, phone, email, nhs, ni, school,
  ref, handle, vrn, url (labelled) and age, age_adult, yr, town, car (not identifiers, so not labelled).
* ``:variant`` picks a format (``{dob:baby}``, ``{ref:crime}``, ``{handle:at}``); ``|lower``, ``|upper`` and
  ``|swap`` (caps lock left on) change case the way careless typing does.  A trailing digit on a kind
  (``{dob2}``) is a second value.  ``\\n`` in a template is a line break (forms, logs, email signatures).

Labels are computed from where each slot's value lands, so spans are exact by construction.
Everything is fictional: names are common given names/surnames combined at random, phone numbers are
mostly from Ofcom's drama ranges or random, NHS/NI numbers are random but format-valid.
"""

from __future__ import annotations

import json
import random
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

try:
    from tests.anonymise_eval import plate_formats as pf
    from tests.anonymise_eval import pool_shapes as ps
    from tests.anonymise_eval import value_formats as vf
    from tests.anonymise_eval.split_tables import RENDERS, SEEDS, SPLITS
except ModuleNotFoundError:  # run as a script: this folder, not the repository root, is on sys.path
    import plate_formats as pf  # type: ignore[no-redef]
    import pool_shapes as ps  # type: ignore[no-redef]
    import value_formats as vf  # type: ignore[no-redef]
    from split_tables import RENDERS, SEEDS, SPLITS  # type: ignore[no-redef]

HERE = Path(__file__).resolve().parent


def _pools(split: str) -> dict[str, Any]:
    with (HERE / "pools" / f"{split}.toml").open("rb") as fh:
        return tomllib.load(fh)


POOLS = {s: _pools(s) for s in SPLITS}
# Per split: culture -> {"F", "M", "S"} name lists, and culture -> weight (in the same order, which the RNG sees).
NAMES: dict[str, dict[str, dict[str, list[str]]]] = {
    s: {c: {k: t[k] for k in "FMS"} for c, t in p["names"].items()} for s, p in POOLS.items()
}
CULTURE_WEIGHTS_BY_SPLIT: dict[str, dict[str, float]] = {
    s: {c: t["weight"] for c, t in p["names"].items()} for s, p in POOLS.items()
}
WORD_NAMES: dict[str, dict[str, list[str]]] = {s: p["word_names"] for s, p in POOLS.items()}
STREETS: dict[str, list[str]] = {s: p["streets"] for s, p in POOLS.items()}
SCHOOLS: dict[str, list[str]] = {s: p["schools"] for s, p in POOLS.items()}
NURSERIES: dict[str, list[str]] = {s: p["nurseries"] for s, p in POOLS.items()}
# Towns and cars are not identifiers on their own in this set, so never labelled.
TOWNS_BY_SPLIT: dict[str, list[str]] = {s: p["towns"] for s, p in POOLS.items()}
CARS_BY_SPLIT: dict[str, list[str]] = {s: p["cars"] for s, p in POOLS.items()}
HANDLE_SHAPES: dict[str, list[str]] = {s: p["handles"] for s, p in POOLS.items()}

PERSONAL_DOMAINS = [
    "gmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "yahoo.co.uk",
    "icloud.com",
    "live.co.uk",
    "btinternet.com",
]
PROFESSIONAL_ROLES = {"sw", "worker", "teacher", "officer", "gp", "nurse", "hv"}
FEMALE_ROLES = {"girl", "mum", "woman", "nan", "sis", "gf", "wgirl", "stepmum"}
MALE_ROLES = {"boy", "dad", "man", "bf", "stepdad", "bro", "grandad", "wboy"}
FAMILY_ROLES = {"girl", "boy", "baby", "child", "mum", "dad", "sis", "bro", "nan", "grandad", "wgirl", "wboy"}

DOB_SPANS = {"baby": (2024, 2025), "teen": (2008, 2013), "adult": (1962, 2005), "old": (1928, 1950)}

SLOT = re.compile(r"\{([a-z_]+?)(\d*)(?:\.([a-z]+))?(?::([a-z]+))?(?:\|([a-z]+))?\}")


@dataclass
class Person:
    first: str
    last: str
    professional: bool
    gender: str = "F"
    cache: dict[str, str] = field(default_factory=dict)


class Note:
    """Renders one template, generating each slot's value once and recording label spans."""

    def __init__(self, rng: random.Random, split: str) -> None:
        self.rng = rng
        self.split = split
        self.people: dict[str, Person] = {}
        self.values: dict[str, tuple[str | None, str]] = {}
        self.family_culture: str | None = None
        self.family_surname: str | None = None

    # -- people ------------------------------------------------------------------------------------
    def _culture(self) -> str:
        weights = CULTURE_WEIGHTS_BY_SPLIT[self.split]
        return self.rng.choices(list(weights), list(weights.values()))[0]

    def person(self, role: str) -> Person:
        if role in self.people:
            return self.people[role]
        base = role.rstrip("0123456789")
        if base in FEMALE_ROLES:
            gender = "F"
        elif base in MALE_ROLES:
            gender = "M"
        else:
            gender = self.rng.choice("FM")
        family = base in FAMILY_ROLES
        # Most relatives share a cultural background, but mixed families are common too.
        kin = family and self.family_culture is not None and self.rng.random() < 0.9
        culture = self.family_culture if kin and self.family_culture else self._culture()
        lists = NAMES[self.split][culture]
        pool = WORD_NAMES[self.split][gender] if base in ("wgirl", "wboy") else lists[gender]
        taken = {p.first for p in self.people.values()}
        # Two people in one note never share a given name, so each name span has one referent.
        first = self.rng.choice([n for n in pool if n not in taken] or pool)
        if family and self.family_surname and self.rng.random() < 0.65:
            last = self.family_surname
        else:
            last = self.rng.choice(lists["S"])
        if family and not self.family_surname:
            self.family_culture, self.family_surname = culture, last
        p = Person(first, last, base in PROFESSIONAL_ROLES, gender)
        self.people[role] = p
        return p

    def person_attr(self, p: Person, attr: str, variant: str) -> tuple[str, str]:
        rng = self.rng
        f, s = p.first, p.last
        if attr == "first":
            return "PERSON", f
        if attr == "last":
            return "PERSON", s
        if attr == "full":
            return "PERSON", f"{f} {s}"
        if attr == "ifull":
            return "PERSON", rng.choice([f"{f[0]}. {s}", f"{f[0]} {s}"])
        pool = POOLS[self.split]
        if attr == "init":
            i, j = f[0].upper(), s[0].upper()  # "J.B." twice: the commonest way initials are written
            return "PERSON", p.cache.setdefault(attr, rng.choice([f"{i}.{j}.", f"{i}.{j}.", f"{i}{j}", f"{i}. {j}."]))
        if attr == "nick":
            return "PERSON", p.cache.setdefault(attr, rng.choice(pool["nicknames"][p.gender]))
        if attr in p.cache:
            value = p.cache[attr]
        elif attr == "email":
            af, al = vf.fold_ascii(f), vf.fold_ascii(s)
            if p.professional:
                council = vf.fold_ascii(rng.choice(TOWNS_BY_SPLIT[self.split]))
                if "work_domains" in pool:
                    dom = rng.choice(pool["work_domains"]).format(council=council)
                else:
                    dom = rng.choice([f"{council}.gov.uk", "nhs.net", "nhs.net"])
                value = rng.choice([f"{af}.{al}@{dom}", f"{af[0]}{al}@{dom}"])
            else:
                nn = rng.randint(1, 99)
                local = rng.choice([f"{af}.{al}", f"{af}{al}{nn}", f"{af[0]}{al}", f"{af}_{nn}", f"{af}x{al[:3]}"])
                value = f"{local}@{rng.choice(pool.get('email_domains', PERSONAL_DOMAINS))}"
        elif attr == "handle":
            value = self._handle_for(f, s)
        elif attr == "fb" and "urls" in pool:  # a variant picks the site: {url:linktr}
            value = self._handle_for(f, s, [u for u in pool["urls"] if variant in u])
        elif attr == "fb":
            af, al = vf.fold_ascii(f), vf.fold_ascii(s)
            nn = rng.randint(1, 99)
            value = rng.choice(
                [
                    f"facebook.com/{af}.{al}{nn}",
                    f"https://www.facebook.com/{af}.{al}.{nn}",
                    f"www.instagram.com/{af}_{al[:4]}",
                    f"https://www.tiktok.com/@{af}{nn}",
                    f"m.facebook.com/profile.php?id=1000{rng.randint(10**10, 10**11 - 1)}",
                ]
            )
        elif attr == "phone":
            value = vf.phone(rng, "mob")
        else:
            raise ValueError(f"unknown person attribute {attr!r}")
        p.cache[attr] = value
        etype = {"email": "EMAIL", "handle": "HANDLE", "fb": "URL", "phone": "PHONE"}[attr]
        if attr == "handle" and variant == "at" and not value.startswith("@"):
            value = "@" + value
        return etype, value

    def _handle_for(self, first: str, last: str, shapes: list[str] | None = None) -> str:
        af, al = vf.fold_ascii(first), vf.fold_ascii(last)
        nn = self.rng.randint(1, 99)
        shape = self.rng.choice(shapes or HANDLE_SHAPES[self.split])
        return shape.format(
            af=af,
            al=al,
            a1=af[:1],
            l1=al[:1],
            f3=af[:3],
            l3=al[:3],
            l4=al[:4],
            nn=nn,
            year=2000 + nn % 25,
            **ps.shape_extras(self.rng, shape),
        )

    # -- other slots -------------------------------------------------------------------------------
    def kind_value(self, kind: str, variant: str) -> tuple[str | None, str]:
        rng = self.rng
        pool = POOLS[self.split]
        if kind == "dob":
            lo, hi = DOB_SPANS.get(variant, (2007, 2023))
            return "DATE", vf.a_date(rng, lo, hi)
        if kind == "spoken":  # with a variant, a date of birth; without, a recent date
            lo, hi = DOB_SPANS.get(variant, (2007, 2023) if variant == "child" else (2023, 2025))
            return "DATE", ps.spoken_date(rng, lo, hi, allow_no_year=not variant)
        if kind == "date":
            return "DATE", vf.a_date(rng, 2023, 2025, allow_no_year=True)
        if kind == "addr" and "addresses" in pool:
            return "ADDRESS", ps.address(rng, pool, variant)
        if kind == "addr":
            street = rng.choice(STREETS[self.split])
            num = f"{rng.randint(1, 240)}{rng.choice(['', '', '', '', 'a', 'b'])}"
            flat = variant == "flat" or rng.random() < 0.2
            if not flat:
                return "ADDRESS", f"{num} {street}"
            n = rng.randint(1, 24)
            return "ADDRESS", rng.choice(
                [
                    f"Flat {n}, {num} {street}",
                    f"flat {n} {num} {street}",
                    f"Flat {n}{rng.choice('ABC')}, {num} {street}",
                    f"{n}/{rng.randint(1, 3)}, {num} {street}" if self.split != "dev" else f"Flat {n} {num} {street}",
                ]
            )
        if kind == "pc":
            return "POSTCODE", vf.postcode(rng)
        if kind == "phone":
            return "PHONE", vf.phone(rng, variant)
        if kind == "email":
            p = self._stranger()
            # Underscores become dots, as in many real addresses; a trailing one would be invalid.
            local = self._handle_for(p.first, p.last).replace("_", ".").strip(".")
            return "EMAIL", f"{local}@{rng.choice(pool.get('email_domains', PERSONAL_DOMAINS))}"
        if kind == "nhs":
            return "NHS_NUMBER", vf.nhs_number(rng)
        if kind == "ni":
            return "NI_NUMBER", vf.ni_number(rng)
        if kind == "school":
            pool = NURSERIES if variant == "nursery" else SCHOOLS
            return "SCHOOL", rng.choice(pool[self.split])
        if kind == "ref" and "refs" in pool:
            return "REFERENCE", ps.reference(rng, pool, variant)
        if kind == "ref":
            return "REFERENCE", vf.reference(rng, variant)
        if kind == "handle":
            p = self._stranger()
            h = self._handle_for(p.first, p.last)
            return "HANDLE", "@" + h if variant == "at" else h
        if kind == "vrn":
            return "VEHICLE_REG", pf.PLATES[self.split](rng, variant)
        if kind == "url":
            p = self._stranger()
            return "URL", self.person_attr(p, "fb", variant)[1]
        if kind == "age":
            return None, str(rng.randint(2, 17))
        if kind == "age_adult":
            return None, str(rng.randint(19, 91))
        if kind == "yr":
            return None, str(rng.randint(1, 11))
        if kind == "town":
            return None, rng.choice(TOWNS_BY_SPLIT[self.split])
        if kind == "car":
            return None, rng.choice(CARS_BY_SPLIT[self.split])
        raise ValueError(f"unknown slot kind {kind!r}")

    def _stranger(self) -> Person:
        lists = NAMES[self.split][self._culture()]
        return Person(self.rng.choice(lists[self.rng.choice("FM")]), self.rng.choice(lists["S"]), False)

    def render(self, template: str) -> tuple[str, list[dict[str, object]]]:
        out: list[str] = []
        entities: list[dict[str, object]] = []
        pos = 0
        length = 0
        for m in SLOT.finditer(template):
            lit = template[pos : m.start()]
            out.append(lit)
            length += len(lit)
            kind, num, attr, variant, modifier = m.groups()
            etype: str | None
            if attr:
                etype, value = self.person_attr(self.person(kind + num), attr, variant or "")
            else:
                key = f"{kind}{num}:{variant or ''}"
                if key not in self.values:
                    self.values[key] = self.kind_value(kind, variant or "")
                etype, value = self.values[key]
            if modifier == "lower":
                value = value.lower()
            elif modifier == "upper":
                value = value.upper()
            elif modifier == "swap":
                value = value.swapcase()
            elif modifier:
                raise ValueError(f"unknown modifier {modifier!r}")
            if etype:
                entities.append({"type": etype, "start": length, "end": length + len(value)})
            out.append(value)
            length += len(value)
            pos = m.end()
        out.append(template[pos:])
        text = "".join(out)
        if "{" in text or "}" in text:
            raise ValueError(f"unrendered slot in {template!r}")
        return text, entities


def load_templates(split: str) -> list[tuple[str, str]]:
    rows = []
    for line in (HERE / "templates" / f"{split}.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        source, _, text = line.partition(" | ")
        rows.append((source.strip(), text.strip().replace("\\n", "\n")))
    return rows


SOURCES = {"school", "health", "social_care", "police", "housing", "adult_services"}


def generate(split: str) -> list[dict[str, object]]:
    rng = random.Random(SEEDS[split])
    templates = load_templates(split)
    notes: list[dict[str, object]] = []
    seen: set[str] = set()
    for t_index, (source, template) in enumerate(templates):
        if source not in SOURCES:
            raise ValueError(f"bad source {source!r}")
        reps = RENDERS[split] if SLOT.search(template) else 1
        for _ in range(reps):
            text, entities = Note(rng, split).render(template)
            if text in seen:
                continue
            seen.add(text)
            notes.append(
                {
                    "id": f"{split}-{len(notes) + 1:04d}",
                    "source": source,
                    "template": t_index,
                    "text": text,
                    "entities": entities,
                }
            )
    return notes


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Rewrite the anonymiser evaluation set.")
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    args = ap.parse_args(argv)
    for split in SPLITS if args.split == "all" else (args.split,):
        notes = generate(split)
        with (HERE / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
            for note in notes:
                fh.write(json.dumps(note, ensure_ascii=False) + "\n")
        print(f"{split}: {len(notes)} notes")


if __name__ == "__main__":
    main()
