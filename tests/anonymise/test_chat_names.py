"""Names in chat and voice-note registers with no capital and often no role word: the owner of a bracketed
handle or link, a message's sender, a list of children after a count or a kids word, "big"/"lil" before a
given name or a letter, and everyday-word nicknames after "one called" or "a mate"."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("lad in it is hawk (@davey_x.59 on insta), hes always round", "hawk"),
        ("came in w Kofi (https://linktr.ee/kofi.b40) who waited", "Kofi"),
        ("txt from sorinela: omg she just showed me", "sorinela"),
        ("whatsapp from ngozi: just left the flat", "ngozi"),
        ("im caring for my mum + my 3 lois, wyn n myrddin. my email", "wyn"),
        ("other kids zainab + tobi in care since may", "tobi"),
        ("kids zosia (15), maciek (5), flora. flat 12", "flora"),
        ("he keeps saying big jim is lookin after him", "big jim"),
        ("says his brother lil t did it again", "lil t"),
        ("went to a party w older lads, one called nitro, got a lift", "nitro"),
        ("has a mate scooter staying, he has a van", "scooter"),
    ],
)
def test_chat_register_names_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@given(names=st.lists(st.sampled_from(["tobenna", "ngozi", "kofi", "ama", "zainab", "tobi", "wyn", "lois"]),
                      min_size=2, max_size=4, unique=True),
       cue=st.sampled_from(["my 3", "kids", "other kids", "names"]), sep=st.sampled_from([", ", " n ", " + "]))
@_SETTINGS
def test_every_child_in_a_listed_family_is_hidden(names: list[str], cue: str, sep: str) -> None:
    text = f"carer chat - {cue} {sep.join(names)}. all fine today"
    for name in names:
        assert_hidden(text, text.index(f"{name}"), len(name))


@pytest.mark.parametrize(
    "text",
    ["his insta (@x_y) is private", "shared on his story (@mollahk_29) again", "the kids toys, clothes and food.",
     "a big house on the corner", "a man called back later", "a girl named after her nan",
     "her friend from school said"],
)
def test_platforms_things_and_verbs_stay(text: str) -> None:
    r = anonymise(text)
    visible = text.replace("@x_y", "").replace("@mollahk_29", "")
    assert all(w in r.text for w in visible.split() if w.isalpha()), r.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("teams chat: sior - does anyone have the new address", "sior"),
        ("carers chat: yasaman here, im caring for my mum", "yasaman"),
        ("says his brother Lil T did it again", "Lil T"),
    ],
)
def test_chat_authors_and_initialled_nicknames_are_hidden(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["pcso - called at 3, no answer", "domcare - visit done", "self-neglect - referral"])
def test_a_role_or_topic_heading_a_line_stays(text: str) -> None:
    assert anonymise(text).text == text


def test_a_given_name_that_is_a_word_before_a_surname_and_a_school_year_is_hidden() -> None:
    text = "anyone know the galang family? true galang y8 turned up w a black eye"
    assert_hidden(text, text.index("true galang"), len("true galang"))


def test_a_lower_case_nickname_is_hidden_again_where_it_does_what_people_do() -> None:
    text = "has a mate zippy staying, zippy has a white van and the zippy jacket is his"
    r = anonymise(text)
    assert r.text.count("zippy") == 1, r.text  # "the zippy jacket" keeps its word


@pytest.mark.parametrize("text", ["boys in y8 said no", "the new kids y7 are settling"])
def test_everyday_words_before_a_school_year_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_a_caps_heading_in_a_long_record_is_read_again_alone() -> None:
    from dialogs.anonymise.caps_lines import people_in_caps_lines
    from dialogs.anonymise.names import find_people
    from dialogs.anonymise.types import Span

    seen: list[str] = []

    def spy(text: str) -> list[Span]:
        seen.append(text)
        return find_people(text)

    text = "Record of Kerry Walsh and her son.\nHI ITS FLORINA CAN U CALL ME\nMore notes follow here."
    people_in_caps_lines(text, spy)
    assert "kerry" not in seen[0].lower() and "florina" in seen[0]
