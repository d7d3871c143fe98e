"""Names across the UK's cultural mix, in the shapes practitioners actually type them."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise
from tests.anonymise.coverage import assert_gone_and_kept


def _people(text: str) -> list[str]:
    return [e.text for e in anonymise(text).entities if e.type is EntityType.PERSON]


@pytest.mark.parametrize(
    "name",
    [
        "Aisha Begum", "Oluwaseun Adeyemi", "Kwame Mensah", "Agnieszka Kowalska", "Siobhan O'Neill",
        "Wei Chen", "Fatima Al-Sayed", "Jermaine Campbell", "Mary-Jane Smith-Jones", "Dafydd ap Rhys",
        "Łukasz Wójcik", "Mehmet Öztürk", "Niamh Ní Bhriain", "Abdirahman Warsame", "Thi Lan Nguyen",
        "Chukwuemeka Okafor", "Ionela Popescu", "Mohammed Iqbal", "Keisha Gayle", "Harpreet Kaur",
    ],
)
def test_full_names_from_many_backgrounds_are_hidden(name: str) -> None:
    text = f"The referral is about {name}, who missed the appointment."
    out = anonymise(text).text
    for part in name.replace("-", " ").split():
        if len(part) > 2:
            assert part not in out, f"{part!r} leaked from {name!r}: {out!r}"


@pytest.mark.parametrize(
    "text",
    [
        "tyler said his mum kerry hit him",
        "just had harpreet in tears after school",
        "spoke to mohammed khan (14) today",
        "fyi aaliyah rang duty again",
    ],
)
def test_lower_case_names_are_hidden(text: str) -> None:
    out = anonymise(text).text
    for name in ("tyler", "kerry", "harpreet", "mohammed", "khan", "aaliyah"):
        assert name not in out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I spoke to Hope after class.", "Hope"),
        ("Will said his dad shouts at him.", "Will"),
        ("Rose told me she is scared.", "Rose"),
        ("Her sister May is 6.", "May"),
        ("Grant is 5 and was upset.", "Grant"),
        ("Staff saw Faith crying at the gate.", "Faith"),
        ("Her friend Sky Patel was there.", "Sky"),
    ],
)
def test_names_that_are_ordinary_words_are_hidden_when_used_as_names(text: str, name: str) -> None:
    assert name not in anonymise(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I hope this is the right channel. We will call back in May.",
        "She may be at risk; it will grant us time to plan.",
        "Have faith in the process; the sky was dark when he left.",
        "Remind people the bank will never ask them to move money.",
        "the council may always review it and we can often help",
    ],
)
def test_the_same_words_used_as_words_survive(text: str) -> None:
    assert anonymise(text).text == text


def test_possessive_and_apostrophe_names() -> None:
    r = anonymise("Siobhan O'Neill's son Callum O'Neill was seen by O'Neill's GP.")
    assert "O'Neill" not in r.text
    assert "'s son" in r.text


def test_initials_and_titles() -> None:
    out = anonymise("Placed with T Okafor on Friday. Letter from L. Booth and Dr Patel.").text
    for gone in ("Okafor", "Booth", "Patel"):
        assert gone not in out
    assert "Dr " in out


def test_professionals_keep_their_role_word() -> None:
    out = anonymise("Social worker Jane Porter and health visitor Grace Obi visited.").text
    assert out == "Social worker Adult 1 and health visitor Adult 2 visited."


def test_names_in_capitals_are_hidden() -> None:
    assert "TYLER" not in anonymise("NAME: TYLER WALSH").text


@pytest.mark.parametrize(
    ("text", "names", "kept"),
    [
        ("I hope Will is OK; he will be 9 in May.", ["Will"], ["I hope", "he will be 9 in May"]),
        ("faith said that sky is 4", ["faith", "sky"], ["said that", "is 4"]),
        ("DS Okoro and PCSO Lee attended with Sgt Malik.", ["Okoro", "Lee", "Malik"], ["DS ", "PCSO ", "Sgt "]),
        ("Kacper's mum Agnieszka doesn't speak English.", ["Kacper", "Agnieszka"], ["doesn't speak English"]),
        ("Her sister Wing may be at a friend's.", ["Wing"], ["may be at a friend's"]),
        ("They met Mr Field and Ms Wood.", ["Field", "Wood"], ["Mr ", "Ms "]),
    ],
)
def test_tricky_names_go_and_the_words_around_them_stay(text: str, names: list[str], kept: list[str]) -> None:
    assert_gone_and_kept(text, names, kept)


@pytest.mark.parametrize(
    "text",
    [
        "Concerns about Child Sexual Exploitation and County Lines were raised.",
        "The Multi-Agency Safeguarding Hub triaged it as Amber.",
        "The Family Court hearing is next month; the Headteacher will attend.",
        "Mum works at Tesco and Dad drives for Deliveroo.",
        "Following the Strategy Meeting, Children's Social Care agreed a Section 47 enquiry.",
        "Reablement visit this morning; the Telecare pendant was not being worn.",
        "She left in a white Vauxhall Vivaro and came back in a Toyota Proace.",
        "Her friend drives a blue Kia Niro and sometimes a Mazda CX-5 or a Toyota C-HR.",
    ],
)
def test_capitalised_jargon_is_not_mistaken_for_names(text: str) -> None:
    assert anonymise(text).text == text


def test_lower_case_titles_stay_and_the_names_after_them_go() -> None:
    out = anonymise("mrs smith said dr patel saw him. mr o'neill came.").text
    assert out == "mrs Adult 1 said dr Adult 2 saw him. mr Adult 3 came."
