"""Driving the core the way a channel does, without any platform."""

from __future__ import annotations

from dialogs.actors import Actor
from dialogs.messages import Card, Reply, Submission
from dialogs.runtime import Sharewise

CONV = "test-conversation"
SITUATION = ("Tyler Walsh (DOB 12/03/2016) in Year 4 at St Mary's Primary told me his stepdad Dean hit him. "
             "They live at 14 Bramble Road, LS9 8AB. NHS 943 476 5919. Mum Kerry is on 07700 900123.")
IDENTIFIERS = ("Tyler", "Walsh", "Dean", "Kerry", "Bramble", "LS9 8AB", "943 476 5919", "07700 900123",
               "St Mary", "12/03/2016")


def card_of(reply: Reply) -> Card:
    cards = [m for m in reply.messages if isinstance(m, Card)]
    assert cards, f"expected a card, got {reply.messages}"
    return cards[-1]


def submit(core: Sharewise, actor: Actor, card: Card, action: str, **values: str | list[str]) -> Reply:
    return core.submit(actor, CONV, Submission(action, dict(values), card.dialog_id, card.version, dict(card.carry)))


def rule_answers(core: Sharewise, actor: Actor, card: Card, answer: str = "yes") -> Card:
    while card.key.startswith("rule-"):
        card = card_of(submit(core, actor, card, "next", answer=answer))
    return card


def to_guidance(core: Sharewise, actor: Actor, situation: str = SITUATION, special: str = "no",
                consent: str = "not_sought_unsafe", answer: str = "yes") -> Card:
    card = card_of(core.start(actor, CONV))
    card = card_of(submit(core, actor, card, "next", immediate_risk="no"))
    card = card_of(submit(core, actor, card, "next", situation=situation, subject="child"))
    assert card.key == "preview"
    card = card_of(submit(core, actor, card, "confirm", situation=situation))
    assert card.key == "request"
    card = card_of(submit(core, actor, card, "next", requester="Children's social care duty team",
                          information="The disclosure and what the school has seen",
                          purpose="A referral so the family can be assessed", special=special))
    card = rule_answers(core, actor, card, answer)
    assert card.key == "consent"
    card = card_of(submit(core, actor, card, "next", consent=consent,
                          consent_reason="Telling the family may increase the risk"))
    assert card.key == "guidance"
    return card


DECISION = dict(outcome="share", what_shared="The disclosure and attendance record", with_whom="MASH social worker",
                shared_on="2026-01-10", purpose="Referral for assessment", lawful_basis="public_task",
                special_condition="none", consent="not_sought_unsafe", consent_reason="Could increase risk",
                informed="no", informed_reason="Telling mum could increase risk", advice_taken="DSL agreed",
                reasons="Risk of significant harm outweighs privacy", requester_told="", case_reference="LCS-1")
