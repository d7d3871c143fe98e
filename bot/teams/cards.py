"""Neutral messages rendered as Adaptive Cards (schema 1.5) for Teams.

Adaptive Card TextBlocks (and FactSet values in Teams) interpret a Markdown subset, so every text that
reaches one goes through `escape()` first: nothing a practitioner types can become a link, a heading, a
list or bold text. Cards are built as dicts and serialised by a JSON library, never by concatenation.

Inputs carry the prefix `in.` in their ids, because Teams merges input values into the action's `data`
object: the prefix keeps a field called `sw` or `carry` from overwriting the action itself.
"""

from __future__ import annotations

import base64
import re
from typing import Any

from dialogs.messages import Action, Card, Input, Message, Notice

SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
VERSION = "1.5"
CONTENT_TYPE = "application/vnd.microsoft.card.adaptive"
INPUT_PREFIX = "in."
#: Choice lists this short read best as radio buttons; longer ones as a drop-down.
EXPANDED_MAX = 4

_INLINE = re.compile(r"([\\`*_{}\[\]()#+!|<>~])")
_LINE_START = re.compile(r"^(\s*)([-=])", re.MULTILINE)
_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.MULTILINE)
_SCHEME = re.compile(r"(?i)\b(https?|ftp|mailto|file|tel):(//)?")
_WWW = re.compile(r"(?i)\bwww\.")
_WORD_JOINER = "\u2060"
_TONE_COLOUR = {"info": "Default", "success": "Good", "warning": "Warning", "urgent": "Attention"}


def escape(text: str) -> str:
    """Plain text -> text an Adaptive Card TextBlock shows literally (no links, lists, headings, emphasis)."""
    out = _INLINE.sub(r"\\\1", text.replace("\r\n", "\n").replace("\r", "\n"))
    out = _LINE_START.sub(r"\1\\\2", out)
    out = _NUMBERED.sub(r"\1\\\2", out)
    # Hosts auto-link bare addresses; an invisible joiner keeps the text readable and unclickable.
    out = _SCHEME.sub(lambda m: m.group(1) + _WORD_JOINER + ":" + ("/" + _WORD_JOINER + "/" if m.group(2) else ""),
                      out)
    return _WWW.sub(lambda m: m.group(0)[:3] + _WORD_JOINER + ".", out)


def text_block(text: str, **style: Any) -> dict[str, Any]:
    return {"type": "TextBlock", "text": escape(text), "wrap": True, **style}


def action_data(card: Card | None, action: Action) -> dict[str, Any]:
    """What comes back with a click: the action, the card it belongs to and what it carries."""
    data: dict[str, Any] = {"sw": action.id}
    if action.value:
        data["value"] = action.value
    if card is not None:
        if card.dialog_id is not None:
            data["dialog_id"] = card.dialog_id
        if card.version is not None:
            data["version"] = card.version
        if card.carry:
            data["carry"] = dict(card.carry)
        if card.ref is not None:
            data["ref"] = f"{card.ref[0]}:{card.ref[1]}"
    return data


def _action(card: Card, action: Action) -> dict[str, Any]:
    out: dict[str, Any] = {"type": "Action.Submit", "title": action.label, "data": action_data(card, action)}
    if action.style == "primary":
        out["style"] = "positive"
    elif action.style == "danger":
        out["style"] = "destructive"
    if not action.submits:
        # A plain button: do not validate or send the card's fields.
        out["associatedInputs"] = "none"
    return out


def _initial(inp: Input) -> str | None:
    if inp.initial is None:
        return None
    return inp.initial if isinstance(inp.initial, str) else ",".join(inp.initial)


def _input(inp: Input, error: str | None) -> list[dict[str, Any]]:
    el: dict[str, Any] = {"id": INPUT_PREFIX + inp.id, "label": inp.label, "isRequired": inp.required}
    if inp.kind in ("text", "long_text"):
        el["type"] = "Input.Text"
        if inp.kind == "long_text":
            el["isMultiline"] = True
        if inp.max_length:
            el["maxLength"] = inp.max_length
        if inp.hint:
            el["placeholder"] = inp.hint
    elif inp.kind in ("choice", "multi_choice"):
        el["type"] = "Input.ChoiceSet"
        el["choices"] = [{"title": c.label, "value": c.value} for c in inp.choices]
        multi = inp.kind == "multi_choice"
        el["isMultiSelect"] = multi
        el["style"] = "expanded" if multi or len(inp.choices) <= EXPANDED_MAX else "compact"
    elif inp.kind == "date":
        el["type"] = "Input.Date"
    else:  # pragma: no cover - the model's Literal keeps this unreachable
        raise ValueError(f"unknown input kind {inp.kind!r}")
    value = _initial(inp)
    if value is not None:
        el["value"] = value
    out = [el]
    if inp.hint and inp.kind not in ("text", "long_text"):
        out.insert(0, text_block(inp.hint, isSubtle=True, size="Small", spacing="Medium"))
    if error:
        el["errorMessage"] = error
        out.append(text_block(error, color="Attention", spacing="None", weight="Bolder"))
    return out


def adaptive_card(card: Card) -> dict[str, Any]:
    body: list[dict[str, Any]] = [text_block(card.title, size="Medium", weight="Bolder", style="heading")]
    known = {i.id for i in card.inputs}
    for key, msg in card.errors.items():
        if key not in known:
            body.append(text_block(msg, color="Attention", weight="Bolder"))
    body.extend(text_block(s) for s in card.sections if s)
    if card.facts:
        body.append({"type": "FactSet",
                     "facts": [{"title": escape(f.label), "value": escape(f.value)} for f in card.facts]})
    if card.image is not None and card.image.png:
        # Teams shows an inline data: URI, so a chart needs no public address.
        body.append({"type": "Image", "url": "data:image/png;base64," + base64.b64encode(card.image.png).decode(),
                     "altText": card.image.alt, "size": "Stretch"})
    for inp in card.inputs:
        body.extend(_input(inp, card.errors.get(inp.id)))
    return _envelope(body, [_action(card, a) for a in card.actions])


def notice_card(notice: Notice) -> dict[str, Any]:
    colour = _TONE_COLOUR.get(notice.tone, "Default")
    body = [text_block(p.strip(), color=colour) if i == 0 else text_block(p.strip())
            for i, p in enumerate(notice.text.split("\n\n")) if p.strip()]
    return _envelope(body, [])


def done_card(text: str = "Thank you. That step is done.") -> dict[str, Any]:
    """What a card turns into once answered, so nothing typed into it stays in the chat history."""
    return _envelope([text_block(text, isSubtle=True)], [])


def _envelope(body: list[dict[str, Any]], actions: list[dict[str, Any]]) -> dict[str, Any]:
    card: dict[str, Any] = {"type": "AdaptiveCard", "$schema": SCHEMA, "version": VERSION, "body": body,
                            "msteams": {"width": "Full"}}
    if actions:
        card["actions"] = actions
    return card


def render(message: Message) -> dict[str, Any]:
    return adaptive_card(message) if isinstance(message, Card) else notice_card(message)


def activity(message: Message | dict[str, Any]) -> dict[str, Any]:
    """A message activity (Bot Framework schema, camelCase) carrying one Adaptive Card."""
    content = message if isinstance(message, dict) else render(message)
    summary = message.title if isinstance(message, Card) else "Sharewise"
    return {"type": "message", "summary": summary[:100],
            "attachments": [{"contentType": CONTENT_TYPE, "content": content}]}


def file_activity(note: Notice, filename: str, mime: str, content: bytes) -> dict[str, Any]:
    """A notice with a small file attached inline as a `data:` URI (1:1 chats only; see the README)."""
    act = activity(note)
    act["attachments"].append({"contentType": mime, "name": filename,
                               "contentUrl": f"data:{mime};base64,{base64.b64encode(content).decode('ascii')}"})
    return act
