"""Structured identifiers, places and dates as they turn up in real notes."""

from __future__ import annotations

import pytest

from dialogs.anonymise import EntityType, anonymise


def _types(text: str) -> dict[str, EntityType]:
    return {e.text: e.type for e in anonymise(text).entities}


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("NHS no 943 476 5919 on file", "943 476 5919", EntityType.NHS_NUMBER),
        ("nhs 943-476-5919", "943-476-5919", EntityType.NHS_NUMBER),
        ("NHS number 9434765919.", "9434765919", EntityType.NHS_NUMBER),
        ("NI number AB 12 34 56 C", "AB 12 34 56 C", EntityType.NI_NUMBER),
        ("her NINO is jw515113b", "jw515113b", EntityType.NI_NUMBER),
        ("lives in LS9 8AB", "LS9 8AB", EntityType.POSTCODE),
        ("postcode ls98ab", "ls98ab", EntityType.POSTCODE),
        ("SW1A 1AA is the address", "SW1A 1AA", EntityType.POSTCODE),
        ("ring 07700 900123", "07700 900123", EntityType.PHONE),
        ("ring 07700-900-946 after 5", "07700-900-946", EntityType.PHONE),
        ("landline (0113) 496 0000", "(0113) 496 0000", EntityType.PHONE),
        ("call +44 7700 900123", "+44 7700 900123", EntityType.PHONE),
        ("call +44 (0)20 7946 0958", "+44 (0)20 7946 0958", EntityType.PHONE),
        ("tel 01632 960123", "01632 960123", EntityType.PHONE),
        ("email kerry.walsh+school@example.co.uk today", "kerry.walsh+school@example.co.uk", EntityType.EMAIL),
        ("she is @tyler_w08 on TikTok", "@tyler_w08", EntityType.HANDLE),
        ("on snap as xharpreetx", "xharpreetx", EntityType.HANDLE),
        ("car AB12 CDE outside", "AB12 CDE", EntityType.VEHICLE_REG),
        ("drives a Ford Focus R704 EBL", "R704 EBL", EntityType.VEHICLE_REG),
        ("LCS ref 2806262", "2806262", EntityType.REFERENCE),
        ("Mosaic CS-2024-001234", "CS-2024-001234", EntityType.REFERENCE),
        ("crime ref 15/306645J", "15/306645J", EntityType.REFERENCE),
        ("profile https://www.instagram.com/kerry.w.92/", "https://www.instagram.com/kerry.w.92/", EntityType.URL),
    ],
)
def test_structured_identifier_is_hidden_with_its_type(text: str, secret: str, kind: EntityType) -> None:
    r = anonymise(text)
    assert secret not in r.text
    assert _types(text).get(secret) is kind, r.entities


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("DOB 03/04/2016", "03/04/2016"),
        ("born 14th June 2012", "14th June 2012"),
        ("dob 2016-04-03", "2016-04-03"),
        ("Seen on Tuesday 4th March", "Tuesday 4th March"),
        ("last seen 26/3", "26/3"),
        ("born in August 2025", "August 2025"),
        ("d.o.b. 1.2.15", "1.2.15"),
    ],
)
def test_dates_tied_to_a_person_are_hidden(text: str, secret: str) -> None:
    assert anonymise(f"Kwame {text}.").text.count(secret) == 0


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("She lives at Flat 3, 12 Elm Road with him.", "Flat 3, 12 Elm Road"),
        ("now at 2/1, 45 Allison Street", "2/1, 45 Allison Street"),
        ("moved to 219a heol y felin last week", "219a heol y felin"),
        ("address 183b Kingsway, Bristol", "183b Kingsway"),
        ("staying on Bramble Close", "Bramble Close"),
    ],
)
def test_street_addresses_and_flats_are_hidden(text: str, secret: str) -> None:
    out = anonymise(text).text
    assert "[address]" in out
    for part in secret.replace(",", " ").split():
        if part.lower() not in {"flat", "at"}:
            assert part not in out


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("He attends Oakfield Primary School in Year 4.", "Oakfield Primary School"),
        ("moved to St Anne's RC Primary", "St Anne's RC Primary"),
        ("at Little Acorns Nursery", "Little Acorns Nursery"),
        ("yr 6 at carrick lane primary", "carrick lane primary"),
        ("at ysgol gymraeg bro taf", "ysgol gymraeg bro taf"),
    ],
)
def test_school_and_nursery_names_are_hidden(text: str, school: str) -> None:
    r = anonymise(text)
    assert school not in r.text
    assert "[school]" in r.text


@pytest.mark.parametrize(
    "text",
    [
        "He is 8 and in Year 4; his brother is 14.",
        "Attendance is 82% this term; 3 of 5 sessions missed.",
        "The meeting is at 3:15 in room 4 on ward 12.",
        "See the guidance at https://www.gov.uk/government/publications/safeguarding-practitioners.",
        "He plays Roblox and Minecraft and uses an iPhone.",
    ],
)
def test_ordinary_details_advisers_need_are_kept(text: str) -> None:
    assert anonymise(text).text == text


def test_every_ten_digit_run_is_hidden_even_with_a_bad_checksum() -> None:
    r = anonymise("Number 123 456 7890 and 0000000000 were given.")
    assert "7890" not in r.text and "0000000000" not in r.text


def test_lower_case_streets_after_a_place_word_are_hidden() -> None:
    out = anonymise("lives on elm road now, moved to bramble close; nan lives in hartley street.").text
    assert out == "lives on [address] now, moved to [address]; nan lives in [address]."


def test_a_school_name_does_not_run_back_across_a_full_stop() -> None:
    out = anonymise("Father: Unknown. School: Westfield Community School.").text
    assert out == "Father: Unknown. School: [school]."
