"""The anonymiser's contract: spans, placeholders, keep/extra, and never raising."""

from __future__ import annotations

import pytest

from dialogs.anonymise import Entity, EntityType, Redaction, anonymise


def _hidden(r: Redaction) -> list[str]:
    return [e.text for e in r.entities]


def test_spans_point_into_the_original_text_sorted_and_disjoint() -> None:
    text = "Tyler Walsh (8), 12 Elm Road, LS9 8AB. Mum Kerry on 07700 900123, kerry@example.com."
    r = anonymise(text)
    assert r.entities, "expected identifiers to be found"
    prev_end = 0
    for e in r.entities:
        assert isinstance(e, Entity)
        assert text[e.start : e.end] == e.text
        assert e.start >= prev_end
        prev_end = e.end


def test_redacted_text_is_the_original_with_each_span_swapped_for_its_placeholder() -> None:
    text = "Call Kerry Walsh on 07700 900123 about Tyler."
    r = anonymise(text)
    rebuilt, cur = [], 0
    for e in r.entities:
        rebuilt += [text[cur : e.start], e.placeholder]
        cur = e.end
    rebuilt.append(text[cur:])
    assert r.text == "".join(rebuilt)


def test_same_person_same_placeholder_including_possessive_and_surname() -> None:
    r = anonymise("Tyler Walsh (8) is scared. Tyler's mum Kerry Walsh says Tyler lies. Mrs Walsh is tired.")
    assert r.text == (
        "Child A (8) is scared. Child A's mum Adult 1 says Child A lies. Mrs Adult 1 is tired."
    )


def test_children_and_adults_get_different_series_in_order_of_first_mention() -> None:
    r = anonymise("Her son Jayden and daughter Amira live with stepdad Marek Nowak and nan Joan.")
    assert r.text == "Her son Child A and daughter Child B live with stepdad Adult 1 and nan Adult 2."


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Kwame, aged 9, was upset.", "Child A"),
        ("Kwame (15) was upset.", "Child A"),
        ("Kwame is in Year 4 and was upset.", "Child A"),
        ("Kwame (34) was upset.", "Adult 1"),
        ("Ask Mr Mensah about it.", "Adult 1"),
    ],
)
def test_age_and_title_cues_decide_child_or_adult(text: str, label: str) -> None:
    assert label in anonymise(text).text


def test_ages_school_years_and_role_words_survive() -> None:
    r = anonymise("Oluwaseun is 8, in Year 4; an 8-year-old. Her mum, stepdad and health visitor know.")
    for kept in ("8", "Year 4", "8-year-old", "mum", "stepdad", "health visitor"):
        assert kept in r.text


def test_non_person_placeholders_are_readable() -> None:
    text = (
        "Flat 3, 12 Elm Road, LS9 8AB. 07700 900123. a.b@example.com. NHS 943 476 5919. "
        "NI AB 12 34 56 C. Oakfield Primary School. DOB 03/04/2016. Ref CS-2024-001234. "
        "@tyler_w08. Car AB12 CDE. https://www.facebook.com/kerry.walsh.9"
    )
    out = anonymise(text).text
    for p in ("[address]", "[postcode]", "[phone]", "[email]", "[NHS number]", "[NI number]", "[school]",
              "[date]", "[reference]", "[handle]", "[vehicle reg]", "[link]"):
        assert p in out


def test_summary_counts_types_without_content() -> None:
    s = anonymise("Ring 07700 900123 or 07700 900456 about Kerry.").summary()
    assert s == {"PHONE": 2, "PERSON": 1}


def test_extra_hides_every_whole_word_occurrence_case_insensitively() -> None:
    r = anonymise("The Red Lion pub; the red lion again; redlion is different.", extra=["red lion"])
    assert r.text == "The [hidden] pub; the [hidden] again; redlion is different."
    assert {e.type for e in r.entities} == {EntityType.MARKED}


def test_extra_inside_a_detected_entity_stays_with_that_entity() -> None:
    r = anonymise("She lives at 12 Elm Road now.", extra=["Elm Road"])
    assert r.text == "She lives at [address] now."


def test_keep_unhides_a_false_hit_but_never_a_structured_identifier() -> None:
    r = anonymise("Grant Thornton audited it. NHS 943 476 5919.", keep=["Grant Thornton", "943 476 5919"])
    assert "Grant Thornton" in r.text
    assert "[NHS number]" in r.text
    for keep, secret in [("07700 900123", "07700 900123"), ("ls9 8ab", "LS9 8AB"), ("a@b.com", "a@b.com")]:
        assert secret not in anonymise(f"It is {secret} here.", keep=[keep]).text


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00\x01\x02", "\ud800 broken surrogate", "🙂" * 50, "a" * 20000, "\u202e reversed text",
     "Ⅻ ⅷ", "0" * 5000, "@" * 300, "Mr " * 3000, "12 " * 3000, "ﬁ ß İ ǅ"],
)
def test_never_raises_and_never_grows_unboundedly(text: str) -> None:
    r = anonymise(text)
    assert isinstance(r.text, str)
    assert len(r.text) <= 3 * len(text) + 20


def test_long_digit_runs_never_survive() -> None:
    r = anonymise("numbers 0000000000 and 1234567890 and 12345678")
    assert not any(ch.isdigit() for ch in r.text)


def test_plain_note_without_identifiers_is_left_alone() -> None:
    text = (
        "I am worried about a pupil in Year 6 who has seemed withdrawn since half term. "
        "Mum said things are fine at home but he told me he is hungry most mornings. "
        "Should I share this with children's social care or speak to the DSL first?"
    )
    assert anonymise(text).text == text
