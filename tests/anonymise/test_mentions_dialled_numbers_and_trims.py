"""Words that look like identifiers but name none stay readable: a chat app's whole-channel mentions ("@here"), the
emergency number dialled before a log's number ("called 999 6158/25"), and a model's trim ("208 gt line"). The
identifiers beside them are still hidden."""

from __future__ import annotations

import pytest

from dialogs.anonymise import anonymise


@pytest.mark.parametrize("mention", ["@here", "@channel", "@everyone", "@HERE"])
def test_a_channel_mention_stays_and_a_real_handle_goes(mention: str) -> None:
    out = anonymise(f"#safeguarding 09:12 / {mention} not in today, dm @tymia_scupham22").text
    assert mention in out and "@tymia_scupham22" not in out, out


def test_the_emergency_number_stays_and_the_log_number_goes() -> None:
    out = anonymise("flatmate says hes from town, 1st yr. called 999 6158/25").text
    assert "called 999" in out and "6158/25" not in out, out


def test_a_models_trim_stays_and_its_plate_goes() -> None:
    out = anonymise("dropped by a man in a blk 17 plate 208 gt line with the plate NT 4668 she said").text
    assert "208 gt line" in out and "NT 4668" not in out, out
