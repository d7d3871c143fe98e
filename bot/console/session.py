"""A terminal channel: the same dialogs as Slack and Teams, one prompt at a time.

Input comes line by line, so a person, a pipe or a test can drive it. Ctrl-D or Ctrl-C leaves the
dialog where it is: answers already given are in the database and the next run carries on.
"""

from __future__ import annotations

import getpass
import sys
import uuid
from collections.abc import Callable
from typing import TextIO

from bot.console import render
from dialogs.actors import Actor
from dialogs.messages import Action, Card, Input, Notice, Reply, Submission
from dialogs.runtime import Sharewise

CONVERSATION = "console"
LEFT = ("\nStopped for now. Your answers so far are saved; run `sharewise console` again to carry on. "
        "Nothing you typed in the last box was kept.")


class Quit(Exception):
    pass


class StopAsked(Exception):
    pass


class Console:
    def __init__(self, core: Sharewise, user: str | None = None, org: str = "console",
                 stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> None:
        self.core = core
        self.stdin, self.stdout = stdin, stdout
        self.actor: Actor = core.actor(org, user or getpass.getuser(), "console")

    def say(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    def readline(self, prompt: str = "> ") -> str:
        self.stdout.write(prompt)
        self.stdout.flush()
        line = self.stdin.readline()
        if line == "":
            raise Quit
        if line.strip().lower() == "/stop":
            raise StopAsked
        return line.rstrip("\n")

    def run(self, text: str = "") -> int:
        try:
            reply = self.core.resume(self.actor, CONVERSATION)
            self.say("Type /stop at any prompt to stop. Ctrl-D pauses; your answers so far are kept.")
            if reply is not None:
                self.say("Welcome back. Carrying on where you left off.")
            else:
                reply = self.core.start(self.actor, CONVERSATION, text)
            while True:
                card = self.show(reply)
                if reply.done or card is None:
                    return 0
                reply = self.core.submit(self.actor, CONVERSATION, self.ask(card))
        except (Quit, KeyboardInterrupt):
            self.say(LEFT)
            return 0

    def show(self, reply: Reply) -> Card | None:
        for post in reply.posts:
            where = {"team": "your team channel", "dsl": "the DSL channel", "user": "a direct message"}[post.audience]
            self.say(f"\n(In Slack or Teams this is posted to {where}.)")
            msg = post.message
            self.say(render.card(msg) if isinstance(msg, Card) else render.notice(msg))
            if post.record is not None:
                self.core.delivered(post.record, "console", f"console:{uuid.uuid4()}")
        card = None
        for msg in reply.messages:
            if isinstance(msg, Notice):
                self.say(render.notice(msg))
            else:
                self.say(render.card(msg))
                card = msg
        return card

    def ask(self, card: Card) -> Submission:
        """Inputs first, then the choice of what to do, asked only when there is a real choice."""
        try:
            return self._ask(card)
        except StopAsked:
            return Submission("cancel", {}, card.dialog_id, card.version)

    def _ask(self, card: Card) -> Submission:
        submitting = [a for a in card.actions if a.submits]
        values: dict[str, str | list[str]] = {}
        chosen: Action | None
        if card.inputs and submitting:
            for inp in card.inputs:
                if card.errors.get(inp.id):
                    self.say(f"! {card.errors[inp.id]}")
                values[inp.id] = self._value(inp)
            choices = submitting if len(submitting) > 1 else []
            chosen = submitting[0]
        else:
            choices = list(card.actions)
            chosen = card.actions[0] if card.actions else None
        if len(choices) > 1:
            self.say("What next?\n" + "\n".join(f"  {n}) {a.label}" for n, a in enumerate(choices, 1)))
            chosen = choices[self._pick(len(choices)) - 1]
        action = chosen.id if chosen else "next"
        return Submission(action, values, card.dialog_id, card.version, dict(card.carry))

    def _pick(self, n: int) -> int:
        while True:
            raw = self.readline().strip()
            if raw.isdigit() and 1 <= int(raw) <= n:
                return int(raw)
            self.say(f"Please type a number from 1 to {n}.")

    def _value(self, inp: Input) -> str | list[str]:
        self.say("\n" + render.prompt_label(inp))
        initial = inp.initial
        if initial:
            shown = initial if isinstance(initial, str) else ", ".join(initial)
            self.say(f"  Press Enter to keep: {shown[:200]}{'…' if len(shown) > 200 else ''}")
        if inp.kind == "choice":
            return self._choice(inp, lambda raw: [raw])[0]
        if inp.kind == "multi_choice":
            return self._choice(inp, lambda raw: [p.strip() for p in raw.split(",") if p.strip()])
        if inp.kind == "long_text":
            lines: list[str] = []
            while True:
                line = self.readline("  ")
                if not line.strip():
                    break
                lines.append(line)
            text = "\n".join(lines)
        else:
            text = self.readline()
        if not text.strip() and isinstance(initial, str):
            return initial
        return text

    def _choice(self, inp: Input, split: Callable[[str], list[str]]) -> list[str]:
        while True:
            raw = self.readline().strip()
            if not raw:
                if inp.initial:
                    return [inp.initial] if isinstance(inp.initial, str) else list(inp.initial)
                if not inp.required or inp.kind == "multi_choice":
                    return [""] if inp.kind == "choice" else []
            picked: list[str] = []
            for part in split(raw):
                if part.isdigit() and 1 <= int(part) <= len(inp.choices):
                    picked.append(inp.choices[int(part) - 1].value)
                else:
                    match = [c.value for c in inp.choices if part.lower() in (c.value.lower(), c.label.lower())]
                    if not match:
                        picked = []
                        break
                    picked.append(match[0])
            if picked:
                return picked
            self.say(f"Please type a number from 1 to {len(inp.choices)}.")
