"""Schools typed in a hurry: the kind cut to a short tail ("at moorfield prim", "kids off lakeshore integrated ps
all wk", "from heron bank high", "st aidans rc"), a faith word between a saint's name and its tail ("St Kilda's C of
E Junior"), a setting typed with caps lock and shift held ("sANDPIPER dAY nURSERY"), a lower-case setting that
opens a sentence and reports ("oystercatcher nursery had worries too"), and a school a child keeps missing. The
school is hidden; the words around it, and the everyday "high", "ps" and "ce", stay."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden, typed

_SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize(
    ("text", "school"),
    [
        ("txt from the dsl at moorfield prim: she was upset at carpet time", "moorfield prim"),
        ("my daughter goes to brackenby prim and he messaged her", "brackenby prim"),
        ("kids from heron bank high were there", "heron bank high"),
        ("kids off lakeshore integrated ps all wk. case open", "lakeshore integrated ps"),
        ("she is in care at the hostel. st aidans rc\nlead professional", "st aidans rc"),
        ("her sister at st kilda's c of e junior is in the chat too", "st kilda's c of e junior"),
        ("voice note from PE: it's Jo from St Cuthbert's C of E Junior just to say", "St Cuthbert's C of E Junior"),
        ("GRAN CARING. BRACKENBY PRIM. REPORTER INFORMED", "BRACKENBY PRIM"),
        ("both at st oswalds rc high (kestrel road). ref to follow", "st oswalds rc high (kestrel road)"),
        ("SAYS HES HER NEW PARTNER. sANDPIPER dAY nURSERY", "sANDPIPER dAY nURSERY"),
        ("shouts at her nan. oystercatcher nursery had worries too when she was there.", "oystercatcher nursery"),
        ("my lad keeps skipping tollgate lane community primary to help", "tollgate lane community primary"),
    ],
)
def test_a_school_with_a_short_tail_is_hidden(text: str, school: str) -> None:
    assert_hidden(text, text.index(school), len(school))
    assert ("SCHOOL", school) in typed(text)


@pytest.mark.parametrize(
    "text",
    [
        "came back from getting high",
        "came home from youth club high and shouting",
        "DASH high. Referred on.",
        "at home ps can you ring me",
        "passed it to social worker ps she said thanks",
        "white hilux rc outside the house",
        "CE screening done today.",
        "the faith school had a trip.",
        "rent arrears are sky high",
        "she was high on arrival at the unit",
    ],
)
def test_everyday_high_ps_and_ce_stay(text: str) -> None:
    assert all(t != "SCHOOL" for t, _ in typed(text)), typed(text)


def test_a_child_missing_school_is_still_a_person() -> None:
    text = "my 3 lois, wyn n myrddin. wyn misses funfair lane community primary to help"
    r = anonymise(text)
    assert "wyn" not in r.text and "funfair" not in r.text
    assert "misses" in r.text and "to help" in r.text


# Not dictionary words, or two of them: one everyday word before "ps" or "high" ("at home ps") is no school.
_NAME_WORDS = ["brackenby", "moorfield", "glenholm", "heron bank", "ashcombe", "lakeshore", "saltmarsh", "fernlea"]


@_SETTINGS
@given(
    st.sampled_from(_NAME_WORDS),
    st.sampled_from(["prim", "ps", "integrated ps", "acad", "jnr", "high", "rc high", "c of e junior"]),
    st.sampled_from(["at", "from", "goes to", "kids off", "attends", "keeps missing"]),
    st.sampled_from([".", " all wk.", " and he messaged her", ": she said"]),
)
def test_a_cued_school_with_a_short_tail_never_survives(name: str, tail: str, cue: str, after: str) -> None:
    school = f"{name} {tail}"
    text = f"update from mum. {cue} {school}{after}"
    assert_hidden(text, text.index(school), len(school))
    # The cue and the words after the school are the note's own: they stay.
    redacted = anonymise(text).text
    assert cue.split()[-1] in redacted and after.strip(" .:") in redacted


@_SETTINGS
@given(st.sampled_from(["Brackenby", "Moorfield", "Tollgate", "Fernlea"]),
       st.sampled_from(["Day Nursery", "Primary", "Academy", "Nursery School"]))
def test_a_setting_typed_with_caps_lock_and_shift_never_survives(name: str, kind: str) -> None:
    school = f"{name} {kind}".swapcase()
    text = f"MUM SAYS HES HER NEW PARTNER. {school}"
    assert_hidden(text, text.index(school), len(school))
