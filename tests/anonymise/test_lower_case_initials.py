"""A lower-case initial goes with the lower-case name after it; a lone letter with a dot elsewhere stays."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise
from tests.anonymise.coverage import assert_hidden


@pytest.mark.parametrize("text, name", [("sydney (s. mcmaster) came in", "s. mcmaster"),
                                        ("spoke to j. okonkwo re the visit", "j. okonkwo")])
def test_a_lower_case_initial_goes_with_its_name(text: str, name: str) -> None:
    assert_hidden(text, text.index(name), len(name))


@pytest.mark.parametrize("text", ["plan b. then call mum", "see sec. 4 of the plan", "a. then b. then c."])
def test_a_lone_letter_with_a_dot_elsewhere_stays(text: str) -> None:
    assert anonymise(text).text == text
