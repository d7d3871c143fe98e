"""Rulesets as data: golden rules and principles a safeguarding partnership can review without Python."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

CONTENT = Path(__file__).parent / "content"


class RulesetError(Exception):
    """A ruleset file that cannot be used. The message names the file and the field."""


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(min_length=1, pattern=r"^[a-z0-9-]+$")
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)
    prompt: str = Field(min_length=1)
    towards: Literal["yes", "no"]
    missing: str = Field(min_length=1)


class Principle(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    title: str


class Ruleset(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str = Field(min_length=1)
    source: str = Field(min_length=1)
    subject: Literal["child", "adult", "any"]
    rules: tuple[Rule, ...] = Field(min_length=1, max_length=12)
    principles: tuple[Principle, ...] = ()

    def rule(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


class Basis(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    label: str
    hint: str


class LawfulBases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    article6: tuple[Basis, ...]
    article9: tuple[Basis, ...]

    def label(self, basis_id: str) -> str:
        for b in (*self.article6, *self.article9):
            if b.id == basis_id:
                return b.label
        return basis_id


def _read_yaml(path: Path) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RulesetError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        raise RulesetError(f"{path}: not valid YAML ({exc})") from exc


def _explain(path: Path, exc: ValidationError) -> RulesetError:
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"]) or "(top level)"
    return RulesetError(f"{path}: field '{where}': {first['msg']}")


def load_ruleset_file(path: Path) -> Ruleset:
    data = _read_yaml(path)
    try:
        rs = Ruleset.model_validate(data)
    except ValidationError as exc:
        raise _explain(path, exc) from exc
    ids = [r.id for r in rs.rules]
    if len(set(ids)) != len(ids):
        raise RulesetError(f"{path}: field 'rules': two rules share an id")
    return rs


def available() -> list[str]:
    return sorted(p.stem for p in CONTENT.glob("*.yml") if p.stem != "lawful-bases")


@cache
def load_ruleset(name_or_path: str) -> Ruleset:
    """A built-in ruleset by id (e.g. `hmg-2018`) or an organisation's own file by path."""
    path = Path(name_or_path)
    if path.suffix not in (".yml", ".yaml"):
        path = CONTENT / f"{name_or_path}.yml"
        if not path.exists():
            raise RulesetError(
                f"{path}: no ruleset called '{name_or_path}'. Choose one of: {', '.join(available())}"
            )
    return load_ruleset_file(path)


@cache
def lawful_bases() -> LawfulBases:
    path = CONTENT / "lawful-bases.yml"
    try:
        return LawfulBases.model_validate(_read_yaml(path))
    except ValidationError as exc:
        raise _explain(path, exc) from exc
