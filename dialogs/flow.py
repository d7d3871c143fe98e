"""A guided conversation as a small graph of steps, with the condition for each edge written as data."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from dialogs.actors import Actor
from dialogs.messages import Card, Submission
from dialogs.policy import Policy
from dialogs.rulesets import Ruleset

Answers = dict[str, Any]


@dataclass
class Ctx:
    actor: Actor
    policy: Policy
    ruleset: Ruleset
    answers: Answers
    #: Values that pass from one step to the next card but are never stored (the raw situation text).
    carry: dict[str, Any] = field(default_factory=dict)


@dataclass
class Outcome:
    """What a step made of a submission."""

    answers: Answers = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    #: An effect for the runtime to carry out (consult, escalate, record, finish, cancel).
    effect: str | None = None
    carry: dict[str, Any] = field(default_factory=dict)
    #: Stay on this step and show the card again (with errors, or after a re-check).
    stay: bool = False


class Step(Protocol):
    id: str

    def card(self, ctx: Ctx) -> Card: ...

    def handle(self, ctx: Ctx, sub: Submission) -> Outcome: ...


Condition = Callable[[Answers], bool]


@dataclass(frozen=True)
class Edge:
    to: str
    when: Condition | None = None
    label: str = "otherwise"


def answer_is(key: str, value: str) -> Condition:
    return lambda a: a.get(key) == value


@dataclass
class Flow:
    name: str
    start: str
    steps: dict[str, Step]
    edges: dict[str, list[Edge]]
    #: The main path, for "Step n of N"; side steps (emergency, escalate, decision) show no number.
    progress: tuple[str, ...] = ()

    def next_step(self, step_id: str, answers: Answers) -> str | None:
        for edge in self.edges.get(step_id, []):
            if edge.when is None or edge.when(answers):
                return edge.to
        return None

    def describe(self) -> str:
        """The graph in words, for a DSL reviewing the flow without reading Python."""
        lines = [f"{self.name} starts at {self.start}"]
        for src, edges in self.edges.items():
            for e in edges:
                lines.append(f"  {src} -> {e.to} ({e.label})")
        return "\n".join(lines)


def with_progress(card: Card, flow: Flow, step_id: str) -> Card:
    order = list(flow.progress)
    if step_id in order:
        n = order.index(step_id) + 1
        return replace(card, sections=(f"Step {n} of {len(order)}", *card.sections))
    return card
