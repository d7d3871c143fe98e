"""Names a note typed in lower case gives away by its own habits: a capital where nothing else has one, a chat
header, words joined by "+", words before "aka", a word typed with caps lock and shift, "lil" before a nickname,
a nickname in brackets in a caps-lock log. Cars, towns, sizes and a log's own words stay readable."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise

_CHAT = "came in w a cut lip, says {} n his lot jumped him at the park. mum rang school about it after."


@pytest.mark.parametrize("nickname", ["K-Money", "Juice", "Baby Deuce", "Chrome"])
def test_a_capitalised_nickname_in_a_lower_case_note_is_hidden(nickname: str) -> None:
    assert nickname not in anonymise(_CHAT.format(nickname)).text


@pytest.mark.parametrize(
    "text",
    [
        "the lad drives a blue Skoda Octavia private hire now. he came in a black Kia Sportage after school.",
        "stop check on the van today in Neath. driver said he was just passing through the area.",
        "she went to her nans in Ebbw Vale for the weekend. mum says she was fine when she got back.",
    ],
)
def test_cars_and_towns_keep_their_capitals_in_a_lower_case_note(text: str) -> None:
    assert anonymise(text).text == text


def test_capitals_in_a_note_written_with_capitals_are_judged_as_before() -> None:
    text = "The Family Support Team met on Monday. Juice was discussed as a treat at the Harvest Fair."
    assert "Family Support Team" in anonymise(text).text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("teams chat - zahirul: anyone know the lad in y6?? came in w a cut lip", "zahirul"),
        ("whatsapp cerise: outside the flat now, mum wont open the door", "cerise"),
        ("dsl whatsapp grp: brooks - she was in tears at break", "brooks"),
        ("teams: eldho - moved again?? school say nobody answers", "eldho"),
    ],
)
def test_who_wrote_a_chat_message_is_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


def test_a_chat_header_word_is_not_taken_for_a_name() -> None:
    out = anonymise("Teams chat: update - all fine today").text
    assert out == "Teams chat: update - all fine today"
    assert "grp" in anonymise("dsl whatsapp grp: brooks - she was in tears").text


def test_words_joined_by_plus_and_before_aka_are_hidden() -> None:
    out = anonymise("can hear ayda + cobie. think its ujjal dhalis aka K-Money. runners gazmend + taulant").text
    for secret in ("ayda", "cobie", "ujjal", "dhalis", "taulant"):
        assert secret not in out
    assert "toys + clothes" in anonymise("kids toys + clothes everywhere").text


def test_a_name_typed_with_caps_lock_and_shift_is_hidden() -> None:
    out = anonymise("Y10 form tutor Teams: mINNA mAXWELL crying in form, says her mums bf took her phone").text
    assert "mINNA" not in out
    assert "mAXWELL" not in out
    assert anonymise("she has an iPHONE and a cAR").text == "she has an iPHONE and a cAR"


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("her mate says shes w lil rocket, his snap is on file", "rocket"),
        ("a girl called tiny tee he met online came round", "tee"),
        ("last msg from him at 11 said hes w Chrome at the flat", "Chrome"),
    ],
)
def test_chat_nicknames_and_companions_are_hidden(text: str, secret: str) -> None:
    assert secret not in anonymise(text).text


@pytest.mark.parametrize("text", ["give him a lil hug", "she is a lil bit upset", "her lil brother was there",
                                  "tiny baby in the cot", "she is with Maths at the moment"])
def test_sizes_and_lessons_stay(text: str) -> None:
    assert anonymise(text).text == text


def test_a_nickname_in_brackets_in_a_caps_lock_log_is_hidden_and_an_acronym_stays() -> None:
    out = anonymise("HOSTEL NIGHT LOG 15/12/2024 - RM 5 RIAIN (LIL ROCKET) BACK 03:20 WITH ESHAL, NOT ON LICENCE.\n"
                    "HOSTEL NIGHT LOG 27 Feb 2025 - RM 7 GHAZANFAR (RIZZY) BACK 03:20 WITH ALEXA, NOT ON LICENCE.").text
    for secret in ("ROCKET", "RIZZY"):
        assert secret not in out
    assert "(EHCP)" in anonymise("JOHN BROWNLOW (EHCP) AND JANE BROWNLOW (LAC) SEEN AT HOME").text


def test_a_pronoun_or_a_logs_word_after_a_role_in_capitals_stays() -> None:
    assert "HE SLEPT" in anonymise("AXEL O'LOONEY Y3 TOLD TA HE SLEPT IN A CAR LAST NIGHT").text
    assert "CALL LOG" in anonymise("PARAMEDIC CALL LOG CAD0692-58 - PT NOUMAN DHAMIAL").text
    assert "TERRY" not in anonymise("SHOUTING AT MY SON TERRY AGAIN AND SAID HE WILL SMASH HIS FACE IN").text


def test_a_current_plate_spaced_out_in_lower_case_after_its_label_is_hidden() -> None:
    out = anonymise("put him in a white tesla w no car seat, reg gu 68 uyj. mum rang").text
    assert "gu 68" not in out
    assert "uyj" not in out
    assert anonymise("she is 15 and was in the car").text == "she is 15 and was in the car"
    assert "is 15 and keeps" in anonymise("shvan is 15 and keeps turning up with cash").text
    assert anonymise("the reg is 12 now").text == "the reg is 12 now"


def test_two_kinds_of_school_joined_in_lower_case_are_one_school() -> None:
    out = anonymise("my lad keeps skipping equinox drive nursery and infant school to help").text
    assert "infant" not in out
    assert anonymise("the nursery and school staff").text == "the nursery and school staff"
