"""The second look at names by position: a word-like given name after a heading and before a found surname
("Harassment: Winsome Ellington"), a role word used as a name ("Brother Son Ly"), later uses of a name's
everyday word ("Meadow was seen", "Ranger's dad"), quoted nicknames ('with "Mouse", who is 24'), lower-case
lists ("kids norrie and ethna,") and a name before the school year ("pastoral - meadow in yr 9")."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import name_openers, not_names, places
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Harassment: Winsome Ellington (02-05-1977) says her ex tracks her.", "Winsome"),
        ("CSE screening: Meadow Rubin (21st March 2010) has a new boyfriend. Meadow was seen.", "Meadow"),
        ("CSE screening: Meadow Rubin (21st March 2010) has a new boyfriend. Meadow was seen.", "Meadow Rubin"),
        ("School nurse: Biddy Hanrahan (NHS 9916173419) disclosed self-harm.", "Biddy"),
        ("placed with carers Ivorine Ellington and Ka Ho Fok at Flat 21.", "Ka"),
        ("she will be married. Brother Son Ly. FMU informed.", "Son"),
        ("Mum Nanny Kravchuk is not at home.", "Nanny"),
        ("Pupil: Ranger Whiteley, DOB 2023-04-17\nMum raised that Ranger's dad has been turning up.", "Ranger"),
        ('she has been staying at a flat with "Mouse", who is 24.', "Mouse"),
        ("lives with his 2 kids norrie and ethna, ex partner to collect them.", "ethna"),
        ("lives with his 2 kids ronald and tam, ex partner to collect them.", "tam"),
        ("pastoral - meadow in yr 9 crying in the toilets", "meadow"),
    ],
)
def test_names_found_by_their_position_are_hidden(text: str, secret: str) -> None:
    # The last use: for a name seen twice, the later one is the one found by spreading.
    assert_hidden(text, text.rindex(secret), len(secret))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Unexplained bruising. Parents Aisha and Gurpreet Begum attended.", "Parents"),
        ("HV note. Visited Katarzyna Kaminski at home.", "Visited"),
        ("Update: Yesterday Smith rang the office.", "Yesterday"),
        ('She said "No", and left the room.', "No"),
        ('He replied "Whatever" and walked off.', "Whatever"),
        ("Meadow Rubin is 14. The meadow behind the house floods.", "meadow"),
        ("lives with jack and went to the shop", "went"),
        ("Seen with Dean Smith. He has an AirTag on the keys.", "AirTag"),
        ("concern - pupils in yr 9 are vaping", "pupils"),
    ],
)
def test_roles_verbs_speech_and_things_stay(text: str, word: str) -> None:
    r = anonymise(text)
    assert any(word == w.strip(",.\"") for w in r.text.split()), r.text


@_SETTINGS
@given(st.sampled_from(["Harassment", "Concern", "CSE screening", "School nurse", "Welfare check"]),
       st.sampled_from(["Meadow", "Sparrow", "Winsome", "Biddy", "Lien", "Ranger", "Rebel", "Clover", "Bramble"]),
       st.sampled_from(["Ellington", "Rubin", "Qaasim", "Hanrahan", "Kravchuk", "Okonkwo", "Nowak"]))
def test_a_given_name_after_a_heading_is_hidden_with_its_later_uses(heading: str, first: str, last: str) -> None:
    assume(first.lower() not in name_openers() and first.lower() not in not_names() | places())
    text = f"{heading}: {first} {last} (14) was seen at the shops. Later {first} said she was fine."
    r = anonymise(text)
    assert first not in r.text, r.text
    assert any(e.type is EntityType.PERSON for e in r.entities)
