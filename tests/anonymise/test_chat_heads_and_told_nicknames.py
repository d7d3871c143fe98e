"""People named only by where they stand in a pasted chat's head (a speaker at a setting and the child after the
dash, a speaker after a role or a channel, a child and their birth date opening the message, a Scots "wee" pupil
and "her da"), and nicknames that are everyday words told by whom they are called by, what they own or do."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_gone_and_kept


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("morwenna @ little acorns playgroup - tomasz not in since 03/02/2024, mum not answering",
         ["morwenna", "tomasz"], ["not in since", "mum not answering"]),
        ("guidance kelisha: wee aoibhinn in p4 says her da ruairidh mcanespie keeps her aff to mind the wean",
         ["kelisha", "aoibhinn", "ruairidh mcanespie"], ["keeps her aff to mind the wean", "guidance"]),
        ("#y10-pastoral slack berenika: parent rang about the trip", ["berenika"], ["parent rang"]),
        ("sw whatsapp mei ling: ok so placement ended today", ["mei ling"], ["placement ended"]),
        ("youth worker chat Dune: gentle (3rd May 2011) didnt come back from the park", ["gentle"],
         ["didnt come back"]),
        ("pastoral whatsapp: hope sanderling (2012-06-30) says she was scared", ["hope sanderling"],
         ["says she was scared"]),
        ("housing teams oyelaran: kimberly pash + 2 kids moved to the hostel", ["kimberly pash"],
         ["2 kids moved"]),
    ],
)
def test_names_at_a_chat_lines_head_are_hidden(text: str, names: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(text, names, kept)


@pytest.mark.parametrize(
    "text",
    [
        "PCSO intel: lads in school uniform seen at the shop",
        "DSL supervision: discussed the rise in online bullying",
        "EWO letter: Dear parents, attendance is low",
        "teams chat: safeguarding update: all good",
        "class whatsapp reminder: bring coats",
        "the wee one in p2 is settled",
    ],
)
def test_a_chat_head_that_says_what_the_message_is_stays(text: str) -> None:
    assert anonymise(text).text == text


def test_a_word_that_is_no_name_opening_a_chat_message_before_a_date_stays() -> None:
    assert anonymise("weekly chat: seen (12/03/2024) at clinic").text == "weekly chat: seen ([date]) at clinic"


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("there's a man at the house mum calls Biscuit and he drives a van", "Biscuit", "drives a van"),
        ("Dinghy drives k412 ptr. Pickle's snap pickle.x.22_. seen at the park", "Pickle", "seen at the park"),
        ("Dinghy drives k412 ptr. seen at the park", "Dinghy", "seen at the park"),
        ("cut her arm at the club, says Walnut off tiktok sent her pics", "Walnut", "sent her pics"),
        ("found w a knife, says Gravy at 12 Elm Road gave it him", "Gravy", "gave it him"),
        ("Concern: TAMIKO ORR (KETTLE) SELLING FROM THE FLAT", "KETTLE", "SELLING FROM THE FLAT"),
    ],
)
def test_a_nickname_told_by_the_sentence_is_hidden(text: str, name: str, kept: str) -> None:
    out = anonymise(text).text
    assert name not in out
    assert kept in out


@pytest.mark.parametrize(
    "text",
    [
        "she calls Mum when upset",
        "DV INCIDENT (HIGH) RAISED WITH MARAC",
        "JOHN SMITH (VICTIM) GAVE A STATEMENT",
        "says Monday at 3 is fine",
    ],
)
def test_words_near_those_cues_that_name_no_one_stay(text: str) -> None:
    out = anonymise(text).text
    for word in ("Mum", "HIGH", "VICTIM", "Monday"):
        if word in text:
            assert word in out


@given(st.sampled_from(["Biscuit", "Lantern", "Gravel", "Muffin", "Tinsel"]),
       st.sampled_from(["snap", "insta", "tiktok", "number"]))
def test_whoever_owns_an_account_is_hidden_whatever_the_word(name: str, account: str) -> None:
    out = anonymise(f"she was messaging {name}'s {account} late at night.").text
    assert name not in out
    assert "late at night" in out


@given(st.sampled_from(["1st June 2010", "2011-04-15", "3/7/12", "22.08.2009"]),
       st.sampled_from(["truly", "quest", "radiance", "brave"]))
def test_a_word_opening_a_chat_message_before_a_birth_date_is_hidden(dob: str, name: str) -> None:
    out = anonymise(f"misper chat Ruth: {name} ({dob}) didnt come home from drama").text
    assert f"{name} (" not in out
    assert "didnt come home from drama" in out
