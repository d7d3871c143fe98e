"""Whatever a channel hands the core, it answers politely and never stores what it should not."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlmodel import Session

from dialogs.messages import Card, Notice, Reply, Submission
from dialogs.runtime import Sharewise
from storage.models import Consultation, Decision, DialogState
from tests.dialogs.helpers import CONV, card_of, submit, to_guidance

text = st.text(st.characters(codec="utf-8"), max_size=300) | st.sampled_from(
    ["", " ", "\x00\x01\x1b[31m", "<!channel>", "@here <@U123|x>", "x" * 25_000, "'; DROP TABLE decision; --",
     "\u202eevil\u202c", "yes", "no", "child", "share", "public_task"])
value = text | st.lists(text, max_size=5) | st.integers().map(str)
fields = st.sampled_from(["immediate_risk", "situation", "subject", "hide_more", "keep", "requester", "information",
                          "purpose", "special", "answer", "note", "consent", "consent_reason", "outcome", "reasons",
                          "lawful_basis", "shared_on", "question", "urgent", "junk"])
submission = st.builds(
    Submission,
    action=st.sampled_from(["next", "confirm", "recheck", "consult", "escalate", "record", "save", "send", "back",
                            "finish", "unknown", ""]) | text,
    values=st.dictionaries(fields, value, max_size=8),
)


def _ok(reply: Reply) -> None:
    assert isinstance(reply, Reply)
    assert all(isinstance(m, (Card, Notice)) for m in reply.messages)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(submission, min_size=1, max_size=6))
def test_random_submissions_never_break_the_dialog(core: Sharewise, steps: list[Submission]) -> None:
    actor = core.actor("org", "fuzzer", "console")
    card = card_of(core.start(actor, CONV))
    for sub in steps:
        reply = core.submit(actor, CONV, Submission(sub.action, sub.values, card.dialog_id, card.version))
        _ok(reply)
        cards = [m for m in reply.messages if isinstance(m, Card)]
        card = card_of(core.start(actor, CONV)) if reply.done or not cards else cards[-1]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sub=submission, dialog_id=st.integers(-5, 10**9) | st.none(), version=st.integers(-5, 10**6) | st.none())
def test_forged_dialog_ids_and_versions_are_harmless(core: Sharewise, sub: Submission, dialog_id: int | None,
                                                     version: int | None) -> None:
    stranger = core.actor("org", "stranger", "console")
    _ok(core.submit(stranger, "elsewhere", Submission(sub.action, sub.values, dialog_id, version)))
    with Session(core.engine) as s:
        assert s.execute(select(Decision)).first() is None


def test_injection_text_is_stored_inert(core: Sharewise) -> None:
    actor = core.actor("org", "u1", "console")
    nasty = "<!channel> *bold* [click](http://evil.example) '; DROP TABLE decision; -- \u202e"
    guidance = to_guidance(core, actor, situation=f"A worry about a pupil. {nasty}")
    submit(core, actor, guidance, "consult")
    with Session(core.engine) as s:
        summary = s.execute(select(Consultation.summary)).scalar_one()
        assert s.execute(select(DialogState)).first() is not None
    assert "DROP TABLE decision" in summary  # kept as text: nothing was executed
    assert "\u202e" not in summary  # bidi overrides that can hide text are removed
