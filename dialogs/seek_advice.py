"""The seek-advice flow (DESIGN.md, flow 1), defined once for Slack, Teams and the console."""

from __future__ import annotations

from dataclasses import dataclass

from dialogs import decision_form
from dialogs.anonymise import anonymise
from dialogs.flow import Ctx, Edge, Flow, Outcome, Step, answer_is
from dialogs.guidance import CONSENT_CHOICES, CONSENT_LABELS, advise
from dialogs.messages import Action, Card, Choice, Fact, Input, Submission
from dialogs.rulesets import Ruleset
from dialogs.text import clean, too_long

YES_NO = (Choice("yes", "Yes"), Choice("no", "No"))
YES_NO_UNSURE = (*YES_NO, Choice("unsure", "Not sure"))
CANCEL = Action("cancel", "Stop", submits=False)
PLACEHOLDER_TYPES_NEVER_KEPT = {"NHS_NUMBER", "NI_NUMBER", "PHONE", "EMAIL", "POSTCODE"}


def _required(sub: Submission, key: str, message: str, errors: dict[str, str]) -> str:
    value = clean(sub.text(key))
    if not value:
        errors[key] = message
    return value


def _redact(value: str) -> str:
    return anonymise(value).text if value else ""


@dataclass
class RiskStep:
    id: str = "risk"

    def card(self, ctx: Ctx) -> Card:
        return Card(self.id, "Seek advice about sharing information",
                    ("First, a quick safety check.",),
                    inputs=(Input("immediate_risk", "Is anyone in immediate danger right now?", "choice", YES_NO),),
                    actions=(Action("next", "Continue", "primary"), CANCEL))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        value = sub.text("immediate_risk")
        if value not in ("yes", "no"):
            return Outcome(errors={"immediate_risk": "Please answer yes or no."}, stay=True)
        return Outcome(answers={"immediate_risk": value})


@dataclass
class EmergencyStep:
    id: str = "emergency"

    def card(self, ctx: Ctx) -> Card:
        return Card(self.id, "Act now: someone may be in danger",
                    (ctx.policy.emergency_text,
                     "When everyone is safe, you can carry on here to get advice and record what you did."),
                    actions=(Action("next", "Carry on when safe", "primary", submits=False),
                             Action("cancel", "Stop here", submits=False)))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        return Outcome()


@dataclass
class SituationStep:
    id: str = "situation"

    def card(self, ctx: Ctx) -> Card:
        notes = ["Tell us what is happening, as you would to a colleague. Names and other details are hidden "
                 "before anyone else sees it, and you can check the result first. What you type is not stored."]
        if ctx.carry.get("resume"):
            notes.insert(0, "For privacy, Sharewise did not keep what you typed before. Please type it again.")
        initial = ctx.carry.get("raw") or None
        return Card(self.id, "The situation", tuple(notes),
                    inputs=(Input("situation", "What is the situation?", "long_text", initial=initial,
                                  max_length=ctx.policy.max_situation_chars),
                            Input("subject", "Is this about a child or an adult at risk?", "choice",
                                  (Choice("child", "A child (under 18)"), Choice("adult", "An adult at risk")),
                                  initial=ctx.answers.get("subject"))),
                    actions=(Action("next", "Check for identifying details", "primary"), CANCEL))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        errors: dict[str, str] = {}
        raw = _required(sub, "situation", "Please describe the situation in a few sentences.", errors)
        if raw and (err := too_long(raw, ctx.policy.max_situation_chars)):
            errors["situation"] = err
        subject = sub.text("subject")
        if subject not in ("child", "adult"):
            errors["subject"] = "Please choose a child or an adult at risk."
        if errors:
            return Outcome(errors=errors, stay=True, carry={"raw": raw})
        return Outcome(answers={"subject": subject}, carry={"raw": raw})


@dataclass
class PreviewStep:
    """The practitioner sees what will be hidden and can hide more or un-hide a false hit."""

    id: str = "preview"

    def card(self, ctx: Ctx) -> Card:
        raw = ctx.carry.get("raw")
        if not raw:
            return SituationStep().card(Ctx(ctx.actor, ctx.policy, ctx.ruleset, ctx.answers, {"resume": True}))
        extra, keep = ctx.carry.get("extra", []), ctx.carry.get("keep", [])
        red = anonymise(raw, extra=extra, keep=keep)
        found = sorted({e.text for e in red.entities if e.type not in PLACEHOLDER_TYPES_NEVER_KEPT}
                       | set(keep))
        facts = tuple(Fact(e.placeholder, e.text) for e in red.entities)[:25]
        return Card(
            self.id, "Check before anything is shared",
            ("This is what colleagues would see:", red.text,
             f"{len(red.entities)} detail(s) hidden. Only you can see the list below."),
            facts=facts,
            inputs=(
                Input("situation", "Your text (edit it if you like)", "long_text", initial=raw,
                      max_length=ctx.policy.max_situation_chars),
                Input("hide_more", "Hide more: words to hide, separated by commas", "text", required=False,
                      initial=", ".join(extra) or None, max_length=500),
                Input("keep", "Not identifying: show these again", "multi_choice",
                      tuple(Choice(t, t) for t in found)[:50], required=False,
                      initial=tuple(keep) or None),
            ),
            actions=(Action("confirm", "This is safe to share", "primary"), Action("recheck", "Check again"), CANCEL),
        )

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        errors: dict[str, str] = {}
        raw = _required(sub, "situation", "Please describe the situation in a few sentences.", errors)
        if raw and (err := too_long(raw, ctx.policy.max_situation_chars)):
            errors["situation"] = err
        extra = [clean(x) for x in sub.many("hide_more") if clean(x)]
        keep = [clean(x) for x in sub.many("keep") if clean(x)]
        carry = {"raw": raw, "extra": extra, "keep": keep}
        if errors or sub.action == "recheck":
            return Outcome(errors=errors, stay=True, carry=carry)
        red = anonymise(raw, extra=extra, keep=keep)
        return Outcome(answers={"summary": red.text, "hidden": red.summary()})


@dataclass
class RequestStep:
    id: str = "request"
    FIELDS = (
        ("requester", "Who is asking for the information, or who would you share it with? (role and agency)"),
        ("information", "What information is being asked for, or would you share?"),
        ("purpose", "What is it for?"),
    )

    def card(self, ctx: Ctx) -> Card:
        inputs = [Input(k, label, "long_text" if k != "requester" else "text",
                        initial=ctx.answers.get(k), max_length=ctx.policy.max_field_chars)
                  for k, label in self.FIELDS]
        inputs.append(Input("special", "Does it include health, sexual life, ethnicity, religion or similar details?",
                            "choice", YES_NO_UNSURE, initial=ctx.answers.get("special")))
        return Card(self.id, "The request", ("Describe roles and agencies, not names.",),
                    inputs=tuple(inputs), actions=(Action("next", "Continue", "primary"), CANCEL))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        errors: dict[str, str] = {}
        out: dict[str, str] = {}
        for key, _label in self.FIELDS:
            value = _required(sub, key, "Please fill this in.", errors)
            if value and (err := too_long(value, ctx.policy.max_field_chars)):
                errors[key] = err
            out[key] = _redact(value)
        special = sub.text("special")
        if special not in ("yes", "no", "unsure"):
            errors["special"] = "Please choose yes, no or not sure."
        out["special"] = special
        if errors:
            return Outcome(errors=errors, stay=True)
        return Outcome(answers=out)


@dataclass
class RuleStep:
    index: int
    id: str = ""

    def __post_init__(self) -> None:
        self.id = f"rule-{self.index + 1}"

    def card(self, ctx: Ctx) -> Card:
        rule = ctx.ruleset.rules[self.index]
        return Card(self.id, f"{self.index + 1}. {rule.title}", (rule.text,),
                    inputs=(Input("answer", rule.prompt, "choice", YES_NO_UNSURE,
                                  initial=ctx.answers.get("rules", {}).get(rule.id)),
                            Input("note", "Anything to add? (optional)", "text", required=False,
                                  max_length=ctx.policy.max_field_chars)),
                    actions=(Action("next", "Continue", "primary"), CANCEL))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        rule = ctx.ruleset.rules[self.index]
        value = sub.text("answer")
        if value not in ("yes", "no", "unsure"):
            return Outcome(errors={"answer": "Please choose yes, no or not sure."}, stay=True)
        note = clean(sub.text("note"))
        if err := too_long(note, ctx.policy.max_field_chars):
            return Outcome(errors={"note": err}, stay=True)
        rules = {**ctx.answers.get("rules", {}), rule.id: value}
        notes = {**ctx.answers.get("rule_notes", {})}
        if note:
            notes[rule.id] = _redact(note)
        return Outcome(answers={"rules": rules, "rule_notes": notes})


@dataclass
class ConsentStep:
    id: str = "consent"

    def card(self, ctx: Ctx) -> Card:
        hint = ("For a child, you do not need consent where there is a risk of harm."
                if ctx.answers.get("subject") == "child" else
                "For an adult, consent is the starting point; it can be overridden to protect them or others.")
        return Card(self.id, "Consent", (hint,),
                    inputs=(Input("consent", "Has consent been sought?", "choice",
                                  tuple(Choice(v, lbl) for v, lbl in CONSENT_CHOICES)),
                            Input("consent_reason", "Why? (needed unless consent was given)", "long_text",
                                  required=False, max_length=ctx.policy.max_field_chars)),
                    actions=(Action("next", "See guidance", "primary"), CANCEL))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        consent = sub.text("consent")
        reason = clean(sub.text("consent_reason"))
        if consent not in CONSENT_LABELS:
            return Outcome(errors={"consent": "Please choose one."}, stay=True)
        if consent != "given" and not reason:
            return Outcome(errors={"consent_reason": "Please say why, in a sentence."}, stay=True)
        if err := too_long(reason, ctx.policy.max_field_chars):
            return Outcome(errors={"consent_reason": err}, stay=True)
        return Outcome(answers={"consent": consent, "consent_reason": _redact(reason)})


@dataclass
class GuidanceStep:
    id: str = "guidance"

    def card(self, ctx: Ctx) -> Card:
        g = advise(ctx.ruleset, ctx.answers)
        sections = []
        if g.towards:
            sections.append("Pointing towards sharing: " + "; ".join(g.towards) + ".")
        for title, hint in g.missing:
            sections.append(f"To think about ({title}): {hint}")
        sections.append("Candidate lawful bases: " + "; ".join(b.label for b in g.article6) + ".")
        if g.article9:
            sections.append("For special category data, also: " + "; ".join(b.label for b in g.article9) + ".")
        sections.extend(g.notes)
        a = ctx.answers
        actions = []
        if a.get("consultation_posted"):
            sections.append("Your question is with your team. Replies in its thread are added as advice.")
        else:
            actions.append(Action("consult", "Ask my team", submits=False))
        if a.get("escalation_id"):
            sections.append("A DSL has been asked. You will get a message when they answer.")
        else:
            actions.append(Action("escalate", "Ask a DSL", submits=False))
        actions += [Action("record", "Record my decision", "primary", submits=False),
                    Action("finish", "Finish for now", submits=False)]
        return Card(self.id, "Guidance", tuple(sections),
                    facts=(Fact("Ruleset", ctx.ruleset.name),), actions=tuple(actions))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        if sub.action in ("consult", "finish"):
            return Outcome(effect=sub.action, stay=True)
        if sub.action in ("escalate", "record"):
            return Outcome(answers={"next": sub.action})
        return Outcome(stay=True)


@dataclass
class EscalateStep:
    id: str = "escalate"

    def card(self, ctx: Ctx) -> Card:
        return Card(self.id, "Ask a DSL",
                    ("The DSLs see the anonymised summary and your answers, never the names.",),
                    inputs=(Input("urgent", "Is it urgent (an answer needed within hours)?", "choice", YES_NO),
                            Input("question", "Your question for the DSL", "long_text",
                                  max_length=ctx.policy.max_field_chars)),
                    actions=(Action("send", "Send to the DSLs", "primary"), Action("back", "Back", submits=False)))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        if sub.action == "back":
            return Outcome(answers={"next": ""})
        errors: dict[str, str] = {}
        question = _required(sub, "question", "Please write your question.", errors)
        if question and (err := too_long(question, ctx.policy.max_field_chars)):
            errors["question"] = err
        urgent = sub.text("urgent")
        if urgent not in ("yes", "no"):
            errors["urgent"] = "Please answer yes or no."
        if errors:
            return Outcome(errors=errors, stay=True)
        return Outcome(answers={"urgent": urgent, "question": _redact(question), "next": ""}, effect="escalate")


@dataclass
class DecisionStep:
    id: str = "decision"

    def card(self, ctx: Ctx) -> Card:
        prefill = {"with_whom": ctx.answers.get("requester"), "what_shared": ctx.answers.get("information"),
                   "purpose": ctx.answers.get("purpose"), "consent": ctx.answers.get("consent"),
                   "consent_reason": ctx.answers.get("consent_reason"), **ctx.carry.get("form", {})}
        special = ctx.answers.get("special") == "yes"
        return Card(self.id, "Record your decision",
                    ("Golden rule 7: record the decision and your reasons, whether or not you share. "
                     "Saved records cannot be changed; a correction is added as a new record.",),
                    inputs=decision_form.form_inputs(prefill, special),
                    actions=(Action("save", "Save decision", "primary"), Action("back", "Back", submits=False)))

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome:
        if sub.action == "back":
            return Outcome(answers={"next": ""})
        checked = decision_form.check(sub, ctx.answers.get("special") == "yes", ctx.policy.max_field_chars)
        form = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in checked.values.items()}
        if checked.errors:
            return Outcome(errors=checked.errors, stay=True, carry={"form": form})
        return Outcome(effect="record", carry={"form": form})


def build(ruleset: Ruleset) -> Flow:
    rules: list[Step] = [RuleStep(i) for i in range(len(ruleset.rules))]
    steps: list[Step] = [RiskStep(), EmergencyStep(), SituationStep(), PreviewStep(), RequestStep(), *rules,
                         ConsentStep(), GuidanceStep(), EscalateStep(), DecisionStep()]
    edges: dict[str, list[Edge]] = {
        "risk": [Edge("emergency", answer_is("immediate_risk", "yes"), "someone is in immediate danger"),
                 Edge("situation")],
        "emergency": [Edge("situation", label="when safe")],
        "situation": [Edge("preview")],
        "preview": [Edge("request", label="the practitioner confirms the anonymised text")],
        "request": [Edge(rules[0].id)],
    }
    for i, step in enumerate(rules):
        edges[step.id] = [Edge(rules[i + 1].id if i + 1 < len(rules) else "consent")]
    edges["consent"] = [Edge("guidance")]
    edges["guidance"] = [Edge("escalate", answer_is("next", "escalate"), "ask a DSL"),
                         Edge("decision", answer_is("next", "record"), "record the decision")]
    edges["escalate"] = [Edge("guidance", label="sent, or back")]
    edges["decision"] = [Edge("guidance", label="back")]
    main = ("risk", "situation", "preview", "request", *(r.id for r in rules), "consent", "guidance")
    return Flow("seek-advice", "risk", {s.id: s for s in steps}, edges, main)
