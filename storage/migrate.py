"""Alembic migrations applied explicitly (`sharewise db upgrade`), and a check that the schema is current.

Alembic is imported only to migrate or to explain a mismatch: importing it (with mako and pygments) was
a fifth of `sharewise serve`'s start-up, for a check that needs one SELECT and the migration files' ids.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine

from storage.db import normalise_url

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).parent
_REVISION = re.compile(r"^revision(?:\s*:\s*str)?\s*=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN = re.compile(r"^down_revision(?:\s*:[^=]+)?\s*=\s*(.+)$", re.M)


def config(url: str) -> Config:
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE / "migrations"))
    cfg.set_main_option("sqlalchemy.url", normalise_url(url).replace("%", "%%"))
    return cfg


def upgrade(url: str, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(config(url), revision)


def head_revision(url: str = "sqlite://") -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(config(url)).get_current_head()


def _head_from_files() -> str | None:
    """The single head, read from the migration files' `revision`/`down_revision` lines; None if unclear."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (HERE / "migrations" / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN.search(source)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        downs.update(re.findall(r"['\"]([^'\"]+)['\"]", down.group(1)))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 else None


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) > 1:  # several branches applied: only alembic can say what that means
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    return str(rows[0]) if rows else None


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
        from alembic.script import ScriptDirectory

        known = {s.revision for s in ScriptDirectory.from_config(config("sqlite://")).walk_revisions()}
        if self.current not in known:
            return (f"The database schema ({self.current}) is newer than this version of Sharewise. "
                    "Upgrade Sharewise before starting it.")
        return f"The database schema is behind ({self.current}, need {self.head}). Run `sharewise db upgrade`."


def status(engine: Engine) -> SchemaStatus:
    return SchemaStatus(current_revision(engine), _head_from_files() or head_revision())
