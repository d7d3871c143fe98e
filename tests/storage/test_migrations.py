"""The migration builds exactly the schema the models describe, on both databases."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from storage import migrate
from storage.db import make_engine
from tests.conftest import _admin_engine


def _check(url: str) -> None:
    migrate.upgrade(url)
    engine = make_engine(url)
    assert migrate.status(engine).ok
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    engine.dispose()
    assert diffs == [], f"models and migration differ; run `python -m storage.regen_migration`: {diffs}"


def test_migration_matches_models_on_sqlite(tmp_path: Path) -> None:
    _check(f"sqlite:///{tmp_path / 'm.db'}")


def test_migration_matches_models_on_postgres(pg_url: str) -> None:
    name = "sw_migr_" + pg_url.rsplit("/", 1)[1][-8:]
    admin = _admin_engine()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        _check(pg_url.rsplit("/", 1)[0] + "/" + name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_unmigrated_database_is_reported_with_the_command(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    problem = migrate.status(engine).problem()
    assert problem is not None and "sharewise db upgrade" in problem
