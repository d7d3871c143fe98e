"""Cards as Slack modals, and a modal's state back as neutral field values.

One card is one modal view. Its primary action becomes the Submit button; other actions are buttons
inside the modal (block actions), which also carry the typed values, so "Check again" or "Stop" work
without losing anything. Field errors go on the field: through `response_action: errors` on submit,
or as a line under the field when a button moved the modal.
"""

from __future__ import annotations

from typing import Any

from bot.slack.blocks import Block, button, card_blocks, header, notice_blocks, plain
from bot.slack.escape import fit
from bot.slack.metadata import ModalMeta
from dialogs.messages import Action, Card, Input, Message, Notice

CALLBACK_ID = "sharewise"
STEP_PREFIX = "step:"
TITLE = 24
LABEL = 2000
HINT = 2000
OPTION_TEXT = 75
OPTION_VALUE = 150
INPUT_MAX = 3000
RADIO_MAX = 10
SELECT_MAX = 100
MODAL_BLOCKS = 100


def submit_action(card: Card) -> Action | None:
    for a in card.actions:
        if a.style == "primary":
            return a
    return next((a for a in card.actions if a.submits), None)


def _option(value: str, label: str) -> dict[str, Any]:
    return {"text": plain(label, OPTION_TEXT), "value": value[:OPTION_VALUE]}


def _element(inp: Input) -> dict[str, Any] | None:
    initial = inp.initial
    if inp.kind in ("text", "long_text"):
        limit = min(inp.max_length or INPUT_MAX, INPUT_MAX)
        el: dict[str, Any] = {"type": "plain_text_input", "action_id": inp.id, "multiline": inp.kind == "long_text",
                              "max_length": limit}
        if isinstance(initial, str) and initial:
            el["initial_value"] = initial[:limit]  # a value, not markup: shown exactly as typed
        return el
    if inp.kind == "date":
        el = {"type": "datepicker", "action_id": inp.id}
        if isinstance(initial, str) and len(initial) == 10:
            el["initial_date"] = initial
        return el
    choices = inp.choices[:SELECT_MAX]
    if not choices:
        return None  # Slack refuses an empty list of options; nothing to choose means nothing to ask
    options = [_option(c.value, c.label) for c in choices]
    picked = {initial} if isinstance(initial, str) else set(initial or ())
    chosen = [o for o, c in zip(options, choices, strict=True) if c.value in picked]
    if inp.kind == "choice":
        el = {"type": "radio_buttons" if len(options) <= RADIO_MAX else "static_select",
              "action_id": inp.id, "options": options}
        if chosen:
            el["initial_option"] = chosen[0]
        return el
    el = {"type": "checkboxes" if len(options) <= RADIO_MAX else "multi_static_select",
          "action_id": inp.id, "options": options}
    if chosen:
        el["initial_options"] = chosen
    return el


def input_blocks(inp: Input, error: str | None) -> list[Block]:
    element = _element(inp)
    if element is None:
        return []
    block: Block = {"type": "input", "block_id": inp.id, "label": plain(inp.label, LABEL), "element": element,
                    "optional": not inp.required}
    if inp.hint:
        block["hint"] = plain(inp.hint, HINT)
    out = [block]
    if error:
        out.append({"type": "context", "block_id": f"{inp.id}.error",
                    "elements": [{"type": "plain_text", "text": fit("⚠️ " + error, 2000), "emoji": True}]})
    return out


def input_ids(card: Card) -> set[str]:
    return {i.id for i in card.inputs if _element(i) is not None}


def view(messages: list[Message], meta: ModalMeta, inline_errors: bool = True) -> dict[str, Any]:
    """One modal from a reply's messages: notices on top, then the card the person is on (if any)."""
    notices = [m for m in messages if isinstance(m, Notice)]
    cards = [m for m in messages if isinstance(m, Card)]
    card = cards[-1] if cards else None
    blocks: list[Block] = []
    for n in notices:
        blocks.extend(notice_blocks(n))
    if card is None:
        closed = meta.model_copy(update={"kind": "closed"})
        return {"type": "modal", "callback_id": CALLBACK_ID, "title": plain("Sharewise", TITLE),
                "close": plain("Close", TITLE), "blocks": blocks or notice_blocks(Notice("Done.")),
                "private_metadata": closed.dump()}
    submit = submit_action(card) if (card.inputs or card.actions) else None
    title = fit(card.title, TITLE)
    content = card_blocks(card, with_actions=False)
    if title == fit(card.title, 10_000):
        content = content[1:]  # the modal title already says it in full
    blocks.extend(content)
    known = input_ids(card)
    stray = [msg for key, msg in card.errors.items() if key not in known]
    for msg in stray:
        blocks.extend(notice_blocks(Notice(msg, tone="warning")))
    for inp in card.inputs:
        blocks.extend(input_blocks(inp, card.errors.get(inp.id) if inline_errors else None))
    others = [a for a in card.actions if submit is None or a.id != submit.id]
    if others:
        # A button about a record (e.g. "Correct" on a decision) has its own listener, like on a message.
        elements = [button(a, a.id) if a.value and not a.submits else button(a, STEP_PREFIX + a.id, a.id)
                    for a in others]
        blocks.append({"type": "actions", "block_id": "step_actions", "elements": elements})
    update: dict[str, Any] = {"dialog_id": card.dialog_id, "version": card.version, "carry": dict(card.carry)}
    if submit is not None:
        update["submit"] = submit.id
    if card.ref and meta.record_id is None:
        update["record_id"] = card.ref[1]
    out: dict[str, Any] = {
        "type": "modal", "callback_id": CALLBACK_ID, "title": {"type": "plain_text", "text": title or " "},
        "close": plain("Close", TITLE), "blocks": blocks[:MODAL_BLOCKS],
        "private_metadata": meta.model_copy(update=update).dump(),
    }
    if submit is not None:
        out["submit"] = plain(submit.label, TITLE)
    return out


def placeholder(meta: ModalMeta) -> dict[str, Any]:
    """Opened at once, inside Slack's 3-second trigger window; filled in when the core answers."""
    return {"type": "modal", "callback_id": CALLBACK_ID, "title": plain("Sharewise", TITLE),
            "close": plain("Close", TITLE), "private_metadata": meta.dump(),
            "blocks": [header("Just a moment…")]}


def values(state: dict[str, Any] | None) -> dict[str, str | list[str]]:
    """`view.state.values` ({block_id: {action_id: element state}}) as neutral field values."""
    out: dict[str, str | list[str]] = {}
    for block in (state or {}).values():
        if not isinstance(block, dict):
            continue
        for action_id, st in block.items():
            if not isinstance(st, dict):
                continue
            kind = st.get("type")
            if kind in ("radio_buttons", "static_select"):
                opt = st.get("selected_option") or {}
                out[action_id] = str(opt.get("value", ""))
            elif kind in ("checkboxes", "multi_static_select"):
                out[action_id] = [str(o.get("value", "")) for o in st.get("selected_options") or []]
            elif kind == "datepicker":
                out[action_id] = str(st.get("selected_date") or "")
            else:
                out[action_id] = str(st.get("value") or "")
    return out
