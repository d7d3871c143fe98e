from __future__ import annotations

from pathlib import Path

import pytest

from dialogs.guidance import advise
from dialogs.rulesets import RulesetError, available, lawful_bases, load_ruleset, load_ruleset_file


def test_three_rulesets_ship_with_their_sources() -> None:
    assert set(available()) >= {"hmg-2018", "dfe-2024", "care-act-2014"}
    hmg = load_ruleset("hmg-2018")
    assert len(hmg.rules) == 7 and len(hmg.principles) == 7 and "2018" in hmg.source
    assert len(load_ruleset("dfe-2024").rules) == 7
    care = load_ruleset("care-act-2014")
    assert [r.title for r in care.rules][:2] == ["Empowerment", "Prevention"] and care.subject == "adult"


def test_unknown_ruleset_names_the_choices() -> None:
    with pytest.raises(RulesetError, match="hmg-2018"):
        load_ruleset("nope")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ("id: x\nname: X\nsource: S\nsubject: child\nrules:\n  - id: a\n    title: T\n    text: T\n"
         "    towards: 'yes'\n    missing: M\n", "rules.0.prompt"),
        ("id: x\nname: X\nsource: S\nsubject: teenager\nrules: []\n", "subject"),
        ("id: x\nname: X\nsubject: child\nrules: []\n", "source"),
    ],
)
def test_malformed_ruleset_names_file_and_field(tmp_path: Path, body: str, field: str) -> None:
    path = tmp_path / "ours.yml"
    path.write_text(body)
    with pytest.raises(RulesetError) as err:
        load_ruleset_file(path)
    assert str(path) in str(err.value) and field in str(err.value)


def test_invalid_yaml_is_reported_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text("id: [unclosed\n")
    with pytest.raises(RulesetError, match=r"broken\.yml: not valid YAML"):
        load_ruleset_file(path)


def test_guidance_points_to_para_18_for_special_category_and_flags_missing() -> None:
    rs = load_ruleset("hmg-2018")
    answers = {"rules": {r.id: "yes" for r in rs.rules}, "special": "yes", "subject": "child", "consent": "refused"}
    answers["rules"]["seek-advice"] = "unsure"
    g = advise(rs, answers)
    assert "Seek advice" in [m[0] for m in g.missing]
    assert g.article9[0].id == "para18"
    assert any("refused" in n for n in g.notes)
    assert any("professional judgement" in n for n in g.notes)


def test_vital_interests_offered_only_in_an_emergency() -> None:
    rs = load_ruleset("dfe-2024")
    calm = advise(rs, {"immediate_risk": "no"})
    urgent = advise(rs, {"immediate_risk": "yes"})
    assert "vital_interests" not in [b.id for b in calm.article6]
    assert urgent.article6[0].id == "vital_interests"
    assert lawful_bases().label("public_task").startswith("Public task")
