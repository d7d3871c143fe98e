"""Nicknames that are everyday words are hidden where the sentence gives them a person's company: naming ("a man
they call Ninja"), a guessed age, a child and their age, their own lot, their things, a home shared with them, a
"+" in chat, a street name set equal to a name, or a handle in brackets that opens with the name. The same words
stay readable as words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import people, typed


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("101 web chat: reporting a man they call Ninja selling to kids at the skate park.", "Ninja"),
        ("She met him on snapchat and calls Hammer. He waited outside in a van.", "Hammer"),
        ("her son has got lads coming round one of them's Pickle and a car is always outside", "Pickle"),
        ("she thinks its Hammer, 17ish. his tiktok is on her phone", "Hammer"),
        ("youths at the interface again, Tajae Rhoden (14) and Ratchet on a scrambler", "Ratchet"),
        ("FRONT DOOR KICKED IN BY EX. KIDS SHAILA (9) + OISHI. BOARD UP ORDERED", "OISHI"),
        ("on the grass by the garages again, Vandal and his lot dealing out of it", "Vandal"),
        ("came back to the flat with pebbles and a lad, dropped off by a taxi", "pebbles"),
        ("says he came off Rascal's bike but his brother told the coach otherwise", "Rascal"),
        ("PA text log: Amity says she has moved in with Boots at Flat 12, Llwyn Onn Cottage", "Boots"),
        ("last seen at the bus station with Ozone + Serwaah. snap on her phone", "Ozone"),
        ("intel (typed on phone): tuna = ormond townend, 09/01/1991", "tuna"),
    ],
)
def test_an_everyday_word_in_a_persons_company_is_a_name(text: str, name: str) -> None:
    assert name in people(text)
    assert name not in anonymise(text).text


def test_two_names_no_list_knows_one_having_the_other_round_are_both_hidden() -> None:
    text = "family support txt: popped to the flat, oluwafunmilayo had oaklen there again, baby fine"
    assert {"oluwafunmilayo", "oaklen"} <= set(people(text))


def test_a_handle_in_brackets_that_opens_with_the_name_before_it_is_hidden() -> None:
    text = "saw her at the drop in, 14 and seeing ralfs (ralfspur30x) who is 20"
    assert ("HANDLE", "ralfspur30x") in typed(text)
    assert "ralfs" not in anonymise(text).text


def test_a_town_after_a_given_name_is_a_surname() -> None:
    text = "Our education welfare officer, Darryl Bolton, will ring you this week."
    assert people(text) == ["Darryl Bolton"]


@pytest.mark.parametrize(
    "text",
    [
        "I called Housing and then she called Mum about the flat.",
        "He was found with drugs and a knife and a man ran off.",
        "It took about 20ish minutes to get there, roughly 10ish miles.",
        "The car on the drive = her partner's, she says.",
        "Nan and her lot came to the meeting; Police and their partners were there.",
        "They call the police when it starts, and she calls the GP every week.",
        "The flat had damp there again; the landlord has mould round the window.",
    ],
)
def test_offices_roles_things_and_plain_words_stay(text: str) -> None:
    assert people(text) == []


@given(st.sampled_from(["Hammer", "Pickle", "Vandal", "Rascal", "Toffee", "Socks", "Ninja"]),
       st.sampled_from(["a lad they call {n} sells", "one of them's {n} and", "its {n}, 16ish,",
                        "Leah (12) and {n} were", "{n} and his mates were", "off {n}'s bike",
                        "staying with {n} at the flat"]))
def test_a_nickname_in_a_persons_company_never_survives(name: str, phrase: str) -> None:
    r = anonymise("Update from the youth club: " + phrase.format(n=name) + " outside again.")
    assert name not in r.text


def test_a_name_no_dictionary_has_is_hidden_wherever_it_is_used_again() -> None:
    text = ("family support txt: popped round, tavneet had sheamus there again, baby asleep, fine. "
            "tavneet new number to follow.")
    assert "tavneet" not in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ta'ronn says hes at Shifty's in Portmahomack. mum not answering", "Shifty"),
        ("supported living: savion (44) met sherbet on facebook.com/zakk.seed.551, she came round", "sherbet"),
        ("childrens home handover (typed on phone): zaine awol from 8, seen on the prom", "zaine"),
        ("hostel night log: luke (zippy) rm 4 came in 3am, not on licence", "zippy"),
        ("NOT ON THE FORM. MUM REEVA PLANT 07913 632437. HE LEFT", "REEVA PLANT"),
    ],
)
def test_homes_meetings_logs_and_phones_say_a_word_is_a_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    ["She went to Tesco's in town and then to Nan's for tea.", "she met loads on tiktok, none of them real",
     "log: Visitor (new) rm 4 signed in at 10pm", "MUM REEVA TEL 07913 632437"],
)
def test_shops_crowds_labels_and_log_words_stay(text: str) -> None:
    names = people(text)
    assert not any(w in " ".join(names) for w in ("Tesco", "Nan", "loads", "Visitor", "new", "TEL"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("gone from the care home again, thought to be with cobra in Annalong. snap on", "cobra"),
        ("back outside the bungalows at 107 cider press way, outlaw selling out the boot again.", "outlaw"),
        ("wants to go to the young farmers disco with Munch who keeps asking him for money", "Munch"),
        ("polo dumped on the grass?? kids say its grimz's, he posts on tiktok", "grimz"),
        ("Police: DS Cadell Beavan\nSW: Chester Midgley, cmidgley@dunster.sch.uk", "Chester Midgley"),
        ("Referred to Lincoln Hickman.", "Lincoln Hickman"),
    ],
)
def test_company_dealing_possession_and_a_surname_after_a_town_say_a_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    ["she was with drugs in Leeds and staying with friends in Hull.", "went to Crewe Coppenhall in a silver car",
     "coming in for the St Andrew's Day assembly", "on Friday Sarah said she was fine"],
)
def test_things_places_saints_and_days_stay(text: str) -> None:
    assert not any(w in " ".join(people(text)) for w in ("drugs", "friends", "Crewe", "St", "Friday"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("running a line from the truck stop, proinnsias toland (9) + pól running for him", "pól"),
        ("brought in from the pier by Squid who left in a car.", "Squid"),
        ("#supported-living: perceval (34) met posh on https://www.facebook.com/purnima.pakhrin.758, she", "posh"),
        ("no forwarding. dad in custody?? ewo jaweria 07702928025", "jaweria"),
        ("HV contact: baby ceejay cleverly dob 14 Oct 2025, nhs 7121853078", "ceejay cleverly"),
        ("Hospital discharge (D2A)\nPt: harmonie crouch, 27/01/1933\nNHS: 600 351 6453", "harmonie crouch"),
    ],
)
def test_lower_case_names_by_age_online_role_or_birth(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["Pt seen today, 12:30 review booked", "baby born 6/5/24 at home, well",
                                  "pupil rang 2:30 to say"])
def test_notes_that_only_look_like_a_named_birth_stay(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("TILL SOMEONE COMES. VIMTO HAS HIS PHONE. MUM RANG", "VIMTO"),
        ("youths dealing from the stairwell, Goblin seen with a lad in the car park", "Goblin"),
        ("ATTENDANCE 07.08.2023 - TOPAZ TYSZKA (January 19, 2010) 0% THIS WEEK", "TOPAZ TYSZKA"),
    ],
)
def test_who_has_their_things_who_is_seen_with_and_a_caps_name_before_a_birth_date(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["Nothing found. Mum has her phone. She has her keys.",
                                  "jake missing since July, last seen with his mates on the high st"])
def test_roles_pronouns_and_last_seen_stay(text: str) -> None:
    assert not any(w in " ".join(people(text)) for w in ("Mum", "She", "last"))


@pytest.mark.parametrize(
    ("text", "name"),
    [("From: a@school.org.uk\nSubj: K.K. - Y11 - urgent\n\nHi,", "K.K."), ("Subject: KL - Y11 - urgent", "KL"),
     ("misper PS-58010879-3176: FAIQA MIR, 5 yrs, from room 12 Loom House", "FAIQA MIR")],
)
def test_initials_heading_an_email_and_a_caps_name_with_an_age(text: str, name: str) -> None:
    assert name in people(text)


def test_an_agency_heading_a_subject_line_stays() -> None:
    assert people("Subject: DV - MARAC on Tuesday") == []


def test_a_message_opening_with_a_name_and_where_they_are_from() -> None:
    text = "txt from the youth club: serwah from Wicket Way Academy in tonight, picked up at 9"
    assert "serwah" in people(text)


@pytest.mark.parametrize("text", ["whatsapp from the DSL: all fine today", "note: appt from 3pm, tmrw from 9"])
def test_messages_and_shorthand_before_from_stay(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("her FB is on file. sHAHBAZ OWES Ribs MONEY. HOMELESS CASE", "Ribs"),
        ("NEIGHBOUR SAYS SHE LETS SHOVEL KEEP STUFF IN HER GARAGE", "SHOVEL"),
        ("No work seen. Imaan said she misses Amethyst. Mum's email on file.", "Amethyst"),
        ("says Tarmac and his runner Rhydwyn (6) have had his keys", "Tarmac"),
        ("says hes been cuckooed at 179c tanpits row by Padlock and a girl Shellie", "Padlock"),
    ],
)
def test_owing_letting_missing_running_and_cuckooing_say_a_name(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize("text", ["he owes them money and she lets them stay", "she misses Maths.",
                                  "her ex has a key and let himself in on Monday"])
def test_pronouns_and_subjects_after_those_verbs_stay(text: str) -> None:
    assert people(text) == []
