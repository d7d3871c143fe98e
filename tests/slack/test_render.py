"""Block Kit rendering: typed text can never become a mention or a link, and Slack's limits hold."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from bot.slack import blocks, modals
from bot.slack.escape import chunks, escape, fit
from bot.slack.metadata import LIMIT, ModalMeta
from dialogs.messages import Action, Card, Choice, Fact, Input, Notice

HOSTILE = "<!channel> <@U123> <http://evil.example|click> & <#C1>"


def all_texts(obj: object) -> list[str]:
    found: list[str] = []
    if isinstance(obj, dict):
        if obj.get("type") in ("plain_text", "mrkdwn"):
            found.append(obj["text"])
        for v in obj.values():
            found += all_texts(v)
    elif isinstance(obj, list):
        for v in obj:
            found += all_texts(v)
    return found


def test_every_text_object_is_escaped() -> None:
    card = Card("k", HOSTILE, (HOSTILE,), facts=(Fact(HOSTILE, HOSTILE),),
                inputs=(Input("i", HOSTILE, "choice", (Choice("v", HOSTILE),), hint=HOSTILE),),
                actions=(Action("go", HOSTILE, "primary"), Action("other", HOSTILE)))
    rendered = [blocks.message(card), blocks.message(Notice(HOSTILE)), modals.view([Notice(HOSTILE), card],
                                                                                   ModalMeta())]
    texts = [t for r in rendered for t in all_texts(r)] + [r["text"] for r in rendered[:2]]
    assert len(texts) > 10
    for t in texts:
        assert "<" not in t and ">" not in t, t
    assert escape(HOSTILE) in json.dumps(rendered[0])


def test_values_typed_by_the_person_are_given_back_as_typed() -> None:
    card = Card("k", "T", inputs=(Input("s", "Situation", "long_text", initial="a < b & c"),))
    view = modals.view([card], ModalMeta())
    assert view["blocks"][-1]["element"]["initial_value"] == "a < b & c"


def test_slack_limits_hold_for_long_text() -> None:
    long = "word & " * 2000
    card = Card("k", "A very long title that goes on and on " * 3, (long,),
                inputs=(Input("c", long, "choice", tuple(Choice(f"v{n}", long) for n in range(15)), hint=long),
                        Input("m", "many", "multi_choice", tuple(Choice(f"m{n}", long) for n in range(5)))),
                actions=(Action("go", "Check for identifying details", "primary"),))
    view = modals.view([card], ModalMeta())
    assert len(view["title"]["text"]) <= 24 and view["title"]["text"].endswith("…")
    assert view["blocks"][0]["type"] == "header"  # the full title is still shown, in the header
    assert len(view["submit"]["text"]) <= 24
    for b in view["blocks"]:
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000
        if b["type"] == "input":
            assert len(b["label"]["text"]) <= 2000 and len(b["hint"]["text"]) <= 2000 if "hint" in b else True
            for o in b["element"].get("options", []):
                assert len(o["text"]["text"]) <= 75
    select = next(b for b in view["blocks"] if b.get("block_id") == "c")
    assert select["element"]["type"] == "static_select"  # more than 10 choices
    assert next(b for b in view["blocks"] if b.get("block_id") == "m")["element"]["type"] == "checkboxes"


def test_chunks_keep_all_the_text_and_never_split_an_entity() -> None:
    text = ("safe & sound " * 700).strip()
    pieces = chunks(text, 3000)
    assert len(pieces) > 1 and all(len(p) <= 3000 for p in pieces)
    joined = " ".join(pieces).replace("&amp;", "&")
    assert joined.split() == text.split()
    assert fit("&" * 100, 24).count("&amp;") == 4 and fit("&" * 100, 24).endswith("…")


@given(st.text(alphabet=st.sampled_from("ab &<>\n£"), max_size=60), st.integers(min_value=1, max_value=70))
def test_fit_and_chunks_use_the_whole_budget_and_never_more(text: str, limit: int) -> None:
    fitted = fit(text, limit)
    assert len(fitted) <= limit
    if len(escape(text)) <= limit:
        assert fitted == escape(text)  # nothing cut when it fits
    pieces = chunks(text, max(limit, 5))
    assert all(len(p) <= max(limit, 5) for p in pieces)
    kept = "".join(p.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") for p in pieces)
    assert "".join(kept.split()) == "".join(text.split())  # every character kept; only breaks move


def test_metadata_stays_under_slacks_limit_by_dropping_the_carried_text() -> None:
    meta = ModalMeta(kind="flow", channel="C1", dialog_id=4, version=2, carry={"raw": "x" * 5000})
    raw = meta.dump()
    assert len(raw) <= LIMIT
    back = ModalMeta.load(raw)
    assert back is not None and back.dialog_id == 4 and back.carry == {}
    small = ModalMeta(carry={"raw": "short"})
    assert ModalMeta.load(small.dump()) == small
    assert ModalMeta.load("{not json") is None and ModalMeta.load('{"k": "evil"}') is None


def test_state_values_become_neutral_values() -> None:
    state = {"a": {"a": {"type": "plain_text_input", "value": None}},
             "b": {"b": {"type": "radio_buttons", "selected_option": {"value": "yes"}}},
             "c": {"c": {"type": "checkboxes", "selected_options": [{"value": "x"}, {"value": "y"}]}},
             "d": {"d": {"type": "datepicker", "selected_date": "2026-01-02"}},
             "e": {"e": {"type": "static_select", "selected_option": None}}}
    assert modals.values(state) == {"a": "", "b": "yes", "c": ["x", "y"], "d": "2026-01-02", "e": ""}
