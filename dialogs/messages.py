"""The neutral message model: what dialogs say, with no platform in it.

Every text here is plain text. Renderers (Block Kit, Adaptive Cards, the terminal) escape it for their
own markup, so nothing a practitioner types can become a mention, a link or a formatting trick.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

InputKind = Literal["text", "long_text", "choice", "multi_choice", "date"]
Audience = Literal["team", "dsl", "user"]


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True, slots=True)
class Input:
    id: str
    label: str
    kind: InputKind = "text"
    choices: tuple[Choice, ...] = ()
    required: bool = True
    initial: str | tuple[str, ...] | None = None
    hint: str = ""
    max_length: int | None = None


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    label: str
    style: Literal["primary", "danger", "default"] = "default"
    #: An action that only makes sense with the card's inputs filled in (a submit); others are buttons.
    submits: bool = True
    value: str = ""


@dataclass(frozen=True, slots=True)
class Fact:
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Image:
    """A small picture (a digest chart). Slack needs `url` (served by us); Teams can show `png` inline."""

    alt: str
    png: bytes = b""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Card:
    """One step the user sees: a modal in Slack, an Adaptive Card in Teams, a block of prompts on a terminal."""

    key: str
    title: str
    sections: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    inputs: tuple[Input, ...] = ()
    actions: tuple[Action, ...] = ()
    #: Field id -> what to fix, shown next to the field.
    errors: dict[str, str] = field(default_factory=dict)
    #: The dialog and the version this card belongs to; sent back with a submission to spot stale clicks.
    dialog_id: int | None = None
    version: int | None = None
    #: Set on posts about a record (e.g. ("consultation", 12)) so buttons can name what they act on.
    ref: tuple[str, int] | None = None
    #: Values the channel hands back with the next submission, kept only in the user's private view
    #: (modal metadata, card data, console memory) and never stored: e.g. text typed with the command.
    carry: dict[str, str] = field(default_factory=dict)
    #: A chart or picture shown under the sections, where the platform can show one.
    image: Image | None = None


@dataclass(frozen=True, slots=True)
class Notice:
    text: str
    tone: Literal["info", "success", "warning", "urgent"] = "info"


Message = Card | Notice


@dataclass(frozen=True, slots=True)
class Submission:
    """What came back from the user: which action, the field values, and the card it answers."""

    action: str
    values: dict[str, str | list[str]] = field(default_factory=dict)
    dialog_id: int | None = None
    version: int | None = None
    carry: dict[str, str] = field(default_factory=dict)

    def text(self, key: str) -> str:
        v = self.values.get(key, "")
        if isinstance(v, list):
            return ", ".join(v)
        return v if isinstance(v, str) else ""

    def many(self, key: str) -> list[str]:
        v = self.values.get(key)
        if v is None or v == "":
            return []
        if isinstance(v, str):
            return [p for p in (s.strip() for s in v.split(",")) if p]
        return [str(x) for x in v]


@dataclass(frozen=True, slots=True)
class Post:
    """Something to deliver to an audience other than the person at the keyboard."""

    audience: Audience
    message: Message
    user_id: str | None = None
    #: Reply in the thread of this earlier post (a platform message reference).
    thread_of: str | None = None
    #: Store the platform's reference for this post on the record (kind, id) once delivered.
    record: tuple[str, int] | None = None


@dataclass(slots=True)
class Reply:
    messages: list[Message] = field(default_factory=list)
    posts: list[Post] = field(default_factory=list)
    done: bool = False

    def extend(self, other: Reply) -> Reply:
        self.messages.extend(other.messages)
        self.posts.extend(other.posts)
        self.done = self.done or other.done
        return self
