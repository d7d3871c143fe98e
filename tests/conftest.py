"""Shared fixtures. Our own database is never mocked: every storage test runs on SQLite and PostgreSQL.

PostgreSQL: SHAREWISE_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432/postgres) names a server
and a database we may connect to; each test run creates its own database there and drops it after.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import structlog
from hypothesis import settings
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlmodel import SQLModel

from dialogs.policy import Policy
from dialogs.runtime import Sharewise
from storage.db import create_schema, make_engine, normalise_url

# CI runs the property tests on a fixed seed so that a red run is reproducible and never a coin toss;
# local runs keep exploring new examples (and a failure they find becomes a plain regression test).
# Neither profile has a deadline: speed is measured in bench/, and a busy machine must not turn an example that
# took 250 ms into a red run.
settings.register_profile("ci", derandomize=True, print_blob=True, deadline=None)
settings.register_profile("local", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "local")

PG_ADMIN_URL = os.environ.get("SHAREWISE_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/postgres")


_configure = structlog.configure


def _configure_uncached(*args: object, **kwargs: object) -> None:
    """Tests run CLI commands in-process, which configure logging with loggers cached at first use; a cached
    logger can no longer be captured by `structlog.testing.capture_logs`, so whether a later test could see
    its log events would depend on test order. In tests, loggers are never cached."""
    kwargs["cache_logger_on_first_use"] = False
    _configure(*args, **kwargs)  # type: ignore[arg-type]


structlog.configure = _configure_uncached  # type: ignore[assignment]


def _admin_engine() -> Engine:
    return make_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT", pool_size=1, max_overflow=0)


def create_pg_database(prefix: str) -> str:
    """A new, empty PostgreSQL database on the test server; its URL."""
    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    admin = _admin_engine()
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:  # a missing server must fail the run loudly, never skip
        pytest.fail(f"PostgreSQL is not reachable at {PG_ADMIN_URL}: {exc}. Start it or set SHAREWISE_TEST_PG_URL.")
    finally:
        admin.dispose()
    return make_url(normalise_url(PG_ADMIN_URL)).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for this test run (one per xdist worker)."""
    url = create_pg_database(f"sw_test_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}")
    name = make_url(url).database
    admin = _admin_engine()
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    create_schema(engine)
    yield engine
    engine.dispose()


def _truncate(engine: Engine) -> None:
    names = ", ".join(f'"{t.name}"' for t in SQLModel.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL with the schema in place and no rows, on each backend in turn."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'sharewise.db'}"
        create_schema(make_engine(url))
        return url
    engine: Engine = request.getfixturevalue("pg_engine")
    _truncate(engine)
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    engine = make_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def policy() -> Policy:
    return Policy(dsl_users=frozenset({"dsl-1", "dsl-2"}), admin_users=frozenset({"admin-1"}))


@pytest.fixture
def core(engine: Engine, policy: Policy) -> Sharewise:
    return Sharewise(engine, policy)
