"""fresh35's families: a Slack channel's header, whose a link in brackets is, a name at a lower-case note's
sentence start, words joined to a person by "n", a pair that owns what the clause leaves unsaid, where a flat
sits in the house, a caravan's site, a school's street in brackets, a current plate spaced after a model; a
plate's year, a group named for its members, and a log's verbs after a role stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("slack #attendance - gaenor: casiana not in since September, sis says shes staying w someone", "gaenor"),
        ("staying w sleeper (linktr.ee/abishanb10) at the flat. he never leaves the room.", "sleeper"),
        ("whatsapp zuza: outside the flat now, mum not answering. can hear the baby crying in there. Smoke was seen "
         "here yday. calling police", "Smoke"),
        ("outside now. can hear muska n the baby. think its rhuaridh dorward's. calling police", "muska"),
        ("outside now. can hear muska n the baby. think its rhuaridh dorward's. calling police", "rhuaridh"),
        ("hi its Ohemaa at upstairs flat 64 lôn seren the back door still dont shut", "upstairs"),
        ("STAYING AT CARAVAN 24 DRACO CL SITE, NEW NO 07700 900700", "SITE"),
        ("she goes to st oliver plunkett's college (carina close) now", "carina"),
        ("blk 22 plate tucson ah 53 tft on the drive", "tft"),
    ],
)
def test_fresh35_families_are_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("blk 22 plate tucson ah 53 tft on the drive", "22 plate"),
        ("whatsapp dsl group - jokūbas: she was crying in the toilets", "dsl group"),
        ("TEAMS MSG - SIYANA: LIVES 233-235 ALTAIR DRIVE L85NW. CAN DSL COME TO 9B", "COME TO 9B"),
        ("went to see her in town. Police were called. Mum was upset. ok thanks", "Police were called"),
        ("went to 12 Elm Road site visit", "site visit"),
        ("the dog hurt its paw", "its paw"),
    ],
)
def test_years_groups_verbs_and_visits_stay(text: str, kept: str) -> None:
    assert kept in anonymise(text).text


def test_fresh34_families_are_hidden_and_everyday_uses_stay() -> None:
    out = anonymise("Home: Van 19, Pippin Ave Park, OL11 0AU. School: on file.").text
    assert "Van 19" not in out and "Pippin" not in out
    assert "Pancake" not in anonymise("His mum says he's with Pancake most days. crime no 72073/25").text
    assert "16684" not in anonymise("Section 42 enquiry 16684 opened").text
    assert anonymise("a white van 19 mins away").text == "a white van 19 mins away"
    assert anonymise("he was with Maths all day").text == "he was with Maths all day"
