"""Who a chat message is from and to, a name signed with a number after a dash, and whose handle it is when
the bracket or "on insta" comes between: hidden in lower case too. Ordinary words in those places stay."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import people


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("teams, indigo to ettie: is he one of yours now?", ["indigo", "ettie"]),
        ("teams, yaswanth to kris: moved at half term", ["yaswanth", "kris"]),
        ("saw her getting in a car by the chapel - erzsike +44 7812 542997.", ["erzsike"]),
        ("old school flagged Havoc (older lad, @oluwapelumi_ogu19x) hanging round", ["Havoc"]),
        ("getting lifts off him after club, and Munch on insta @lil.elmer.83 posts it", ["Munch"]),
    ],
)
def test_senders_signers_and_handle_owners_are_hidden(text: str, names: list[str]) -> None:
    found = people(text)
    for name in names:
        assert name in found
        assert name not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "teams, all to duty: phones are down",
        "call the office - duty 0161 496 0000",
        "keeps sending her stuff on tiktok https://www.tiktok.com/@winkie_26 and more",
        "Posted (see link @abc_12) today",
    ],
)
def test_ordinary_words_in_those_places_stay(text: str) -> None:
    assert people(text) == []


def test_a_handle_owner_is_hidden_where_the_name_opens_a_sentence_and_everywhere_else() -> None:
    r = anonymise("lifts off Munch in a red quad after club. Munch on insta @lil.elmer.83. both at school")
    assert "Munch" not in r.text


@pytest.mark.parametrize("text", ["Checked on insta @abc_12 today", "Posted on snap @abc_12 last night"])
def test_a_verb_opening_a_sentence_before_a_platform_stays(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [("teams - tenancy sustainment filomeno: she is in arrears again", "filomeno"),
     ("slack #hub - outreach ermek: van is back", "ermek")],
)
def test_the_writer_after_a_teams_name_is_hidden(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["chat from day centre: lunch is at one", "txt from pcso: lads on scramblers again",
                                  "msg from the sgoil: trip cancelled"])
def test_a_place_or_role_before_the_colon_stays(text: str) -> None:
    assert people(text) == []


def test_the_writer_after_a_channel_name_is_hidden() -> None:
    assert "zvikomborero" in people("#y12-pastoral zvikomborero: heads up, she is being messaged again")


def test_a_channel_and_a_word_before_the_colon_stay() -> None:
    assert people("#y12-pastoral update: trip forms due friday") == []
