"""The round rfresh65: the shop under a flat named by what it sells, the arts centre a numbered studio is in, the
door after a comma; a nickname closing a quote after "with"; a moderator's sign-off and an attendee's label."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept, found, people


@pytest.mark.parametrize(
    ("text", "address", "kept"),
    [
        ("she sleeps at the flat above 22 Tanner Row (the bike shop) most nights", "(the bike shop)", "most nights"),
        ("lives 8 Cooper Lane (above the phone shop) with her dad", "(above the phone shop)", "with her dad"),
        ("mum rents 40 Ash Grove (over the old sweet shop) now", "(over the old sweet shop)", "now"),
        ("they moved to 3 Kiln Street, above the corner shop, in May", "above the corner shop", "in May"),
        ("he has a room at 17 Mill Lane (the wine bar) since March", "(the wine bar)", "since March"),
    ],
)
def test_the_shop_named_by_what_it_sells_is_hidden_with_the_address(text: str, address: str, kept: str) -> None:
    assert any(address in a for a in found(text, EntityType.ADDRESS)), anonymise(text).text
    assert_gone_and_kept(text, [address], [kept])


@pytest.mark.parametrize(
    ("text", "venue"),
    [
        ("Address studio 4, Weaver Street arts centre. Mum rang after.", "Weaver Street arts centre"),
        ("she rents unit 9, 12 Kiln Row community centre for the club", "Kiln Row community centre"),
    ],
)
def test_the_venue_a_numbered_studio_is_in_is_hidden(text: str, venue: str) -> None:
    assert_gone_and_kept(text, [venue], [" for the club" if "club" in text else "Mum rang after."])


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("a cold room at 55 Ferry Road, side door, LS2 7AB with the baby", "side door", "with the baby"),
        ("deliver to 9 Brook Street, the back entrance. Ring first.", "back entrance", "Ring first."),
    ],
)
def test_the_door_after_a_comma_is_hidden_with_the_address(text: str, gone: str, kept: str) -> None:
    assert_gone_and_kept(text, [gone], [kept])


@pytest.mark.parametrize(
    "text",
    [
        # A shop in brackets with no address before it, or a bracket that says more than the shop.
        "her favourite place (the record shop) shut down",
        "she works at 12 Mill Lane (the coffee shop where her aunt works) on Saturdays",
        # A town before a venue names the centre, and a door that is the sentence's subject.
        "the Leeds arts centre runs a youth theatre",
        "went round 12 Mill Lane, back door was open so we knocked",
    ],
)
def test_the_same_words_elsewhere_stay_readable(text: str) -> None:
    out = anonymise(text).text
    for words in ("the record shop", "where her aunt works", "arts centre runs", "door was open"):
        if words in text:
            assert words in out, out


def test_a_nickname_closing_a_quote_after_with_is_hidden_everywhere() -> None:
    text = (
        'Youth Worker Note: Jody Marsh (11) says she\'s "staying with Ladder" at Flat 2, 8 Tanner Row and working '
        "for him. Ladder's TikTok is new. Call Dee Ahmed."
    )
    assert people(text).count("Ladder") == 2, anonymise(text).text
    assert_gone_and_kept(text, ["Ladder"], ["says she's \"staying with", "and working for him", "TikTok is new"])


@given(
    st.sampled_from(["staying with", "living with", "sleeping at his mate's with"]),
    st.sampled_from(["Ladder", "Biscuit", "Kettle", "Spanner", "Anchor"]),
)
def test_any_quoted_companion_is_hidden(phrase: str, name: str) -> None:
    text = f'Dee Ahmed says he is "{phrase} {name}" now.'
    assert name in people(text), anonymise(text).text


def test_with_a_word_in_quotes_stays_readable() -> None:
    text = 'the plan says "struggles with Maths" at school and "ok with Reading"'
    assert people(text) == [], anonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("server log 3 feb: user sent a link, banned the account. mod ravelle", "ravelle"),
        ("chat report: adult asked for pics, ban issued, moderator orlaith", "orlaith"),
        ("Museum club note 4/3/25\nAttendee: ŞTEFĂNIŢĂ OPREAȘCU\nDOB: 2nd june 1931", "ŞTEFĂNIŢĂ OPREAȘCU"),
    ],
)
def test_a_moderator_and_an_attendee_are_hidden(text: str, name: str) -> None:
    assert name in people(text), anonymise(text).text
    assert "Attendee" not in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "the flat has all mod cons and a garden",
        "the attendee list is on the wall",
    ],
)
def test_mod_and_attendee_as_words_stay_readable(text: str) -> None:
    assert anonymise(text).text == text


_KINDS = ["record", "music", "phone", "charity", "corner", "bike", "sweet"]
_STREETS = ["Tanner Row", "Cooper Lane", "Kiln Street", "Ash Grove", "Brook Road"]


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 299),
    st.sampled_from(_STREETS),
    st.sampled_from(_KINDS),
    st.sampled_from(["(the {} shop)", "(above the {} shop)", "(over the {} shop)"]),
)
def test_any_numbered_street_with_its_shop_in_brackets_is_hidden(
    number: int, street: str, kind: str, aside: str
) -> None:
    bracket = aside.format(kind)
    text = f"she lives at {number} {street} {bracket} with mum"
    out = anonymise(text).text
    assert street not in out and bracket not in out, out
    assert out.endswith(" with mum"), out
