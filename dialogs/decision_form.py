"""The decision record (golden rule 7): the form, and the checks that must pass before it is saved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dialogs.guidance import CONSENT_CHOICES
from dialogs.messages import Choice, Input, Submission
from dialogs.rulesets import lawful_bases
from dialogs.text import clean, too_long

OUTCOMES = (("share", "Share"), ("share_part", "Share in part"), ("not_share", "Do not share"))
OUTCOME_LABELS = dict(OUTCOMES)
INFORMED = (("yes", "Yes, they were told"), ("no", "No"), ("later", "Not yet: they will be told later"))
INFORMED_LABELS = dict(INFORMED)
NO_SPECIAL = "none"

#: field -> what to say when it is missing
REQUIRED = {
    "outcome": "Choose whether you are sharing, sharing in part or not sharing.",
    "what_shared": "Say what was shared (or, if not sharing, what was asked for).",
    "with_whom": "Say with whom: their role and agency, not their name.",
    "purpose": "Say what the sharing is for.",
    "lawful_basis": "Choose the lawful basis.",
    "consent": "Say whether consent was sought.",
    "informed": "Say whether the person was told.",
    "reasons": "Give your reasons. A reviewer years from now will rely on them.",
}
FREE_TEXT = ("what_shared", "with_whom", "purpose", "consent_reason", "informed_reason", "advice_taken",
             "reasons")


def form_inputs(prefill: dict[str, Any], special: bool) -> tuple[Input, ...]:
    bases = lawful_bases()
    a6 = tuple(Choice(b.id, b.label) for b in bases.article6)
    a9 = (Choice(NO_SPECIAL, "No special category data"), *(Choice(b.id, b.label) for b in bases.article9))

    def pre(key: str) -> str | None:
        v = prefill.get(key)
        return str(v) if v else None

    return (
        Input("outcome", "Your decision", "choice", tuple(Choice(v, lbl) for v, lbl in OUTCOMES),
              initial=pre("outcome")),
        Input("what_shared", "What was shared (or asked for)", "long_text", initial=pre("what_shared"),
              hint="Describe the information, not the person.", max_length=1000),
        Input("with_whom", "With whom (role and agency)", "text", initial=pre("with_whom"), max_length=300),
        Input("shared_on", "When it was shared", "date", required=False, initial=pre("shared_on"),
              hint="Leave empty if you are not sharing."),
        Input("purpose", "Purpose", "long_text", initial=pre("purpose"), max_length=1000),
        Input("lawful_basis", "Lawful basis (UK GDPR Art. 6)", "choice", a6, initial=pre("lawful_basis")),
        Input("special_condition", "Special category condition (Art. 9)", "choice", a9,
              required=special, initial=pre("special_condition") or (None if special else NO_SPECIAL)),
        Input("consent", "Consent", "choice", tuple(Choice(v, lbl) for v, lbl in CONSENT_CHOICES),
              initial=pre("consent")),
        Input("consent_reason", "About consent: why", "long_text", required=False,
              initial=pre("consent_reason"), hint="Needed unless consent was given.", max_length=1000),
        Input("informed", "Was the person told?", "choice", tuple(Choice(v, lbl) for v, lbl in INFORMED),
              initial=pre("informed")),
        Input("informed_reason", "If not told: why", "long_text", required=False,
              initial=pre("informed_reason"), max_length=1000),
        Input("advice_taken", "Advice you took", "long_text", required=False, initial=pre("advice_taken"),
              max_length=1000),
        Input("reasons", "Your reasons", "long_text", initial=pre("reasons"), max_length=1000),
        Input("requester_told", "If not sharing: have you told the requester why?", "choice",
              (Choice("yes", "Yes"), Choice("no", "Not yet")), required=False, initial=pre("requester_told"),
              hint="It is good practice to tell them."),
        Input("case_reference", "Your case reference (optional)", "text", required=False,
              initial=pre("case_reference"), hint="Only your own system's reference; it is never posted.",
              max_length=40),
    )


@dataclass(frozen=True)
class Checked:
    values: dict[str, Any]
    errors: dict[str, str]


def _choice_ok(value: str, options: tuple[tuple[str, str], ...] | list[str]) -> bool:
    ids = [o[0] if isinstance(o, tuple) else o for o in options]
    return value in ids


def check(sub: Submission, special: bool, max_chars: int) -> Checked:
    """Validate without losing anything: every value comes back so the form can be shown again."""
    v: dict[str, Any] = {k: clean(sub.text(k)) for k in (*REQUIRED, *FREE_TEXT, "shared_on",
                                                           "special_condition", "requester_told",
                                                           "case_reference")}
    errors: dict[str, str] = {}
    for key, msg in REQUIRED.items():
        if not v.get(key):
            errors[key] = msg
    for key in FREE_TEXT:
        if (err := too_long(v[key], max_chars)) is not None:
            errors[key] = err
    bases = lawful_bases()
    if v["outcome"] and not _choice_ok(v["outcome"], OUTCOMES):
        errors["outcome"] = REQUIRED["outcome"]
    if v["lawful_basis"] and v["lawful_basis"] not in [b.id for b in bases.article6]:
        errors["lawful_basis"] = REQUIRED["lawful_basis"]
    if v["consent"] and not _choice_ok(v["consent"], CONSENT_CHOICES):
        errors["consent"] = REQUIRED["consent"]
    elif v["consent"] and v["consent"] != "given" and not v["consent_reason"]:
        errors["consent_reason"] = "Say why consent was not sought, or why you are going against a refusal."
    if v["informed"] and not _choice_ok(v["informed"], INFORMED):
        errors["informed"] = REQUIRED["informed"]
    elif v["informed"] in ("no", "later") and not v["informed_reason"]:
        errors["informed_reason"] = "Say why the person was not told (for example, it would increase the risk)."
    sc = v["special_condition"] or NO_SPECIAL
    if sc != NO_SPECIAL and sc not in [b.id for b in bases.article9]:
        errors["special_condition"] = "Choose an Article 9 condition from the list."
    elif special and sc == NO_SPECIAL:
        errors["special_condition"] = "You said this includes special category data: choose an Article 9 condition."
    v["special_condition"] = None if sc == NO_SPECIAL else sc
    if v["shared_on"]:
        try:
            d = date.fromisoformat(v["shared_on"])
        except ValueError:
            errors["shared_on"] = "Use a date like 2026-03-14."
        else:
            if d > date.today():
                errors["shared_on"] = "The date cannot be in the future."
            v["shared_on"] = d
    else:
        v["shared_on"] = None
    rt = v["requester_told"]
    v["requester_told"] = {"yes": True, "no": False}.get(rt) if v["outcome"] == "not_share" else None
    if len(v["case_reference"]) > 40:
        errors["case_reference"] = "Keep the case reference under 40 characters."
    v["case_reference"] = v["case_reference"] or None
    return Checked(v, errors)
