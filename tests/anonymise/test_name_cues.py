"""Names that no word list holds, found by the words around them: kinship and role words, titles,
introductions, accents and scripts outside English spelling, an age in brackets."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import EntityType, anonymise
from dialogs.anonymise.lexicon import english_words, not_names
from dialogs.anonymise.name_hints import fold
from tests.anonymise.coverage import assert_hidden


def _people(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("morning, its dale at the primary, quick one", "dale"),
        ("hi this is rob from the surgery", "rob"),
        ("spoke to frank about the rent arrears", "frank"),
        ("this is bev at reception, quick query", "bev"),
        ("his dad mark picked him up late again", "mark"),
        ("mum's partner tomasz was at the house", "tomasz"),
        ("mrs parry came in with bruising", "parry"),
        ("mr bird rang reception twice", "bird"),
        ("mum leah pilling rang", "pilling"),
        ("Victim Mirela Ward, perpetrator unknown.", "Ward"),
        ("staying with Tibor Ward.", "Ward"),
        ("Reed (14) has no bed at home.", "Reed"),
        ("GP is I Hersi.", "I Hersi"),
        ("ümit güneş in yr 1 came in with no coat", "ümit güneş"),
        ("said an older guy zoltán told them to", "zoltán"),
        ("şule and her brother came in", "şule"),
        ("her uncle محمد collects her", "محمد"),
    ],
)
def test_names_found_by_the_words_around_them(text: str, name: str) -> None:
    start = text.index(name)
    assert_hidden(text, start, len(name))


@pytest.mark.parametrize(
    "text",
    [
        "Mum said his grandson will only visit when his pension comes in.",
        "White British family; Black Caribbean father.",
        "She went to the café and then the crèche; Sundays are quiet.",
        "Physio: patient missed two sessions; girls dob on file.",
        "Children (3) share one room and Bedrooms (2) are damp.",
        "The car was in Ward 4 car park at 9.",
        "mr and mrs came in together, spoke to the duty team",
    ],
)
def test_words_that_only_look_like_names_stay(text: str) -> None:
    assert _people(text) == [], anonymise(text).text


_ACCENTED = st.text(st.sampled_from("abcdefghijklmnoprstuvyz"), min_size=2, max_size=7)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ACCENTED, st.sampled_from("üöşğçıłńźżőűéáíúñãõđ"), _ACCENTED,
       st.sampled_from(["his dad", "said", "spoke to", "mum's partner", "and", "with"]))
def test_a_lower_case_word_with_letters_beyond_english_is_hidden(head: str, accent: str, tail: str, cue: str) -> None:
    name = head + accent + tail
    # Without its accents an English word ("shüsh" -> "shush") is typed as that word, by design.
    assume(fold(name) not in english_words() and fold(name) not in not_names())
    text = f"{cue} {name} came to the door"
    assert_hidden(text, len(cue) + 1, len(name))
