"""Guidance drawn from the answers: support for professional judgement, never a verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dialogs.rulesets import Basis, Ruleset, lawful_bases

CONSENT_CHOICES: tuple[tuple[str, str], ...] = (
    ("given", "Sought and given"),
    ("refused", "Sought and refused"),
    ("not_sought_unsafe", "Not sought: asking could increase the risk"),
    ("not_sought_cannot", "Not sought: the person cannot give it"),
    ("not_sought_delay", "Not sought: it would cause harmful delay"),
    ("not_sought_other", "Not sought: another reason"),
    ("not_yet", "Not yet sought"),
)
CONSENT_LABELS = dict(CONSENT_CHOICES)


@dataclass(frozen=True)
class Guidance:
    towards: tuple[str, ...]
    missing: tuple[tuple[str, str], ...]
    article6: tuple[Basis, ...]
    article9: tuple[Basis, ...]
    notes: tuple[str, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "towards": list(self.towards),
            "missing": [list(m) for m in self.missing],
            "article6": [b.id for b in self.article6],
            "article9": [b.id for b in self.article9],
            "notes": list(self.notes),
        }


def _pick(bases: tuple[Basis, ...], ids: list[str]) -> tuple[Basis, ...]:
    by_id = {b.id: b for b in bases}
    return tuple(by_id[i] for i in ids if i in by_id)


def advise(ruleset: Ruleset, answers: dict[str, Any]) -> Guidance:
    rule_answers: dict[str, str] = answers.get("rules", {})
    towards: list[str] = []
    missing: list[tuple[str, str]] = []
    for rule in ruleset.rules:
        got = rule_answers.get(rule.id, "unsure")
        if got == rule.towards:
            towards.append(rule.title)
        else:
            missing.append((rule.title, rule.missing))

    urgent = answers.get("immediate_risk") == "yes"
    consent = answers.get("consent", "not_yet")
    subject = answers.get("subject", "child")
    a6 = ["public_task", "legal_obligation", "legitimate_interests"]
    if urgent:
        a6.insert(0, "vital_interests")
    if consent == "given" and subject == "adult":
        a6.append("consent")
    a9: list[str] = []
    if answers.get("special") in ("yes", "unsure"):
        a9 = ["para18", "health_social_care"]
        if urgent:
            a9.append("vital_interests_9")

    notes: list[str] = []
    if consent == "refused":
        notes.append("Consent was refused. You can still share if there is a risk of harm; "
                     "record why you judged the risk to outweigh the refusal.")
    if consent == "given" and subject == "child":
        notes.append("Consent is given, but for safeguarding a child it is rarely the best lawful basis: "
                     "it can be withdrawn. Public task or legal obligation is usually firmer.")
    if answers.get("special") in ("yes", "unsure"):
        notes.append("Health, sexual life, ethnicity, religion and similar details are special category data: "
                     "you need an Article 9 condition as well as an Article 6 basis.")
    notes.append("This is support for your professional judgement, not a decision. If in doubt, ask your DSL.")

    bases = lawful_bases()
    return Guidance(tuple(towards), tuple(missing), _pick(bases.article6, a6), _pick(bases.article9, a9),
                    tuple(notes))
