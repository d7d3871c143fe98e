"""Alembic migrations applied explicitly (`sharewise db upgrade`), and a check that the schema is current."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from storage.db import normalise_url

HERE = Path(__file__).parent


def config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(config(url), revision)


def head_revision(url: str = "sqlite://") -> str | None:
    return ScriptDirectory.from_config(config(url)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@dataclass(frozen=True)
class SchemaStatus:
    current: str | None
    head: str | None

    @property
    def ok(self) -> bool:
        return self.current == self.head

    def problem(self) -> str | None:
        if self.ok:
            return None
        if self.current is None:
            return "The database has no Sharewise tables yet. Run `sharewise db upgrade`."
        known = {s.revision for s in ScriptDirectory.from_config(config("sqlite://")).walk_revisions()}
        if self.current not in known:
            return (f"The database schema ({self.current}) is newer than this version of Sharewise. "
                    "Upgrade Sharewise before starting it.")
        return f"The database schema is behind ({self.current}, need {self.head}). Run `sharewise db upgrade`."


def status(engine: Engine) -> SchemaStatus:
    return SchemaStatus(current_revision(engine), head_revision())
