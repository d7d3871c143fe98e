"""Cards render every input kind, show errors by their field, and never let typed text become markup."""

from __future__ import annotations

import json

import pytest

from bot.teams import cards
from dialogs.messages import Action, Card, Choice, Fact, Input, Notice
from tests.teams.cardkit import facts, inputs, plain, text

TRICKS = [
    "[click me](https://evil.example/x)",
    "**urgent** and __bold__ and _italic_ and *star*",
    "# Heading\n## Sub",
    "- a list item\n+ another\n* third",
    "1. first\n2) second",
    "> quoted\n---\n===",
    "`code` ~~strike~~ <b>html</b> ![img](x.png)",
    "visit www.example.com or https://example.com/a_b",
    "back\\slash \\*",
]


@pytest.mark.parametrize("raw", TRICKS)
def test_markdown_in_typed_text_is_neutralised_and_reads_the_same(raw: str) -> None:
    escaped = cards.escape(raw)
    for line in escaped.split("\n"):
        assert not line.lstrip().startswith(("#", "-", "+", "*", ">", "=")), line
        assert not line.lstrip()[:3].rstrip(".)").isdigit() or "\\" in line[:5], line
    for token in ("](", "**", "__", "![", "<b>"):
        assert token not in escaped
    assert "https://" not in escaped and "://" not in escaped and "www." not in escaped  # no auto-links
    assert plain(escaped) == raw  # a person still reads exactly what was typed


def test_every_text_on_a_card_is_escaped_and_the_card_is_valid_json() -> None:
    evil = "**Tyler** [x](http://e.vil)"
    card = Card("k", evil, (evil,), facts=(Fact(evil, evil),),
                inputs=(Input("a", evil, "text", initial=evil),), errors={"a": evil, "other": evil})
    rendered = cards.adaptive_card(card)
    blob = json.dumps(rendered)
    assert json.loads(blob) == rendered
    for block in [b for b in rendered["body"] if b.get("type") == "TextBlock"]:
        assert block["wrap"] is True and "**" not in block["text"]
    assert list(facts(rendered).items()) == [(evil, evil)]
    assert inputs(rendered)["a"]["value"] == evil  # input values are plain text, never markdown


def test_inputs_map_to_adaptive_card_elements() -> None:
    few = (Choice("yes", "Yes"), Choice("no", "No"))
    many = tuple(Choice(str(i), f"Option {i}") for i in range(8))
    card = Card("k", "Title", inputs=(
        Input("t", "Short", "text", max_length=40, hint="A hint"),
        Input("l", "Long", "long_text", initial="x"),
        Input("c", "Few choices", "choice", few, initial="no"),
        Input("d", "Many choices", "choice", many),
        Input("m", "Several", "multi_choice", few, initial=("yes", "no"), required=False),
        Input("w", "When", "date", initial="2026-01-10"),
    ), errors={"d": "Please choose one."})
    found = inputs(cards.adaptive_card(card))
    assert found["t"]["type"] == "Input.Text" and found["t"]["maxLength"] == 40 and found["t"]["placeholder"]
    assert found["l"]["isMultiline"] is True
    assert found["c"]["style"] == "expanded" and found["c"]["value"] == "no"
    assert found["d"]["style"] == "compact" and found["d"]["errorMessage"] == "Please choose one."
    assert found["m"]["isMultiSelect"] is True and found["m"]["value"] == "yes,no"
    assert found["m"]["isRequired"] is False
    assert found["w"]["type"] == "Input.Date" and found["w"]["value"] == "2026-01-10"


def test_actions_carry_what_the_next_submission_needs() -> None:
    card = Card("k", "T", actions=(Action("next", "Continue", "primary"), Action("cancel", "Stop", submits=False),
                                   Action("escalation.claim", "Claim", value="7")),
                dialog_id=3, version=2, carry={"raw": "typed"}, ref=("escalation", 7))
    rendered = cards.adaptive_card(card)
    assert rendered["version"] == "1.5" and rendered["$schema"].startswith("http://adaptivecards.io/")
    nxt, cancel, claim = rendered["actions"]
    assert nxt == {"type": "Action.Submit", "title": "Continue", "style": "positive",
                   "data": {"sw": "next", "dialog_id": 3, "version": 2, "carry": {"raw": "typed"},
                            "ref": "escalation:7"}}
    assert cancel["associatedInputs"] == "none"
    assert claim["data"]["value"] == "7"


def test_notices_keep_their_paragraphs_and_tone() -> None:
    rendered = cards.notice_card(Notice("First.\n\n- Second", tone="urgent"))
    assert [b["text"] for b in rendered["body"]] == ["First.", "\\- Second"]
    assert rendered["body"][0]["color"] == "Attention"
    assert text(rendered) == "First.\n- Second"
