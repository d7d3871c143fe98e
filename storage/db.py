"""Engine and session set-up for SQLite (embedded default) and PostgreSQL (scale-out)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import Session, SQLModel, create_engine

from storage import immutable, models  # noqa: F401  (registers every table, and the decision guard)

DEFAULT_URL = "sqlite:///sharewise.db"
#: How long a SQLite writer waits for the database before giving up.
BUSY_SECONDS = 30


def normalise_url(url: str) -> str:
    """Accept the common spellings of a PostgreSQL URL and use the psycopg 3 driver for all."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str = DEFAULT_URL, **kw: Any) -> Engine:
    url = normalise_url(url)
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": BUSY_SECONDS},
            # A pool keeps connections open: with NullPool every unit of work closed SQLite's last
            # connection, which checkpoints and deletes the WAL (two fsyncs, ~30 ms) every time.
            poolclass=None if ":memory:" in url else QueuePool,
            **({"pool_size": 8, "max_overflow": 8} | kw if ":memory:" not in url else kw),
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; we issue BEGIN IMMEDIATE ourselves so
        # that concurrent writers queue on the lock instead of failing at commit.
        writers = _Writers()
        event.listen(engine, "begin", writers.begin)
        # Released as COMMIT or ROLLBACK is issued: a writer arriving in that instant meets SQLite's
        # busy handler for a millisecond or two, rather than this lock being held across a pool return.
        event.listen(engine, "commit", writers.end)
        event.listen(engine, "rollback", writers.end)
        return engine
    kw.setdefault("pool_pre_ping", True)
    kw.setdefault("pool_size", 10)
    kw.setdefault("max_overflow", 10)
    return create_engine(url, **kw)


class _Writers:
    """Writers in this process take turns on a lock before SQLite's own.

    SQLite makes a writer that finds the database locked sleep and retry (1, 2, 5 … 100 ms apart), so
    with many worker threads a unit of work could wait far longer than the writes ahead of it took: the
    p99 of a Slack view submission or a Teams turn was over a second at 32 connections. Here they queue
    on a lock and start as soon as the previous one commits. Other processes (the CLI, a second server)
    still meet SQLite's busy timeout, as before.
    """

    KEY = "sharewise_write_lock"

    def __init__(self) -> None:
        self.lock = threading.RLock()

    def begin(self, conn: Any) -> None:
        # A long read (an export, an audit walk) takes a deferred BEGIN: in WAL mode it reads a snapshot
        # and never holds the write lock, so the bot keeps working while a review pack is produced.
        if conn.get_execution_options().get("sharewise_read_only"):
            conn.exec_driver_sql("BEGIN")
            return
        # Bounded like SQLite's busy timeout; past it, BEGIN IMMEDIATE waits (and fails) as it did before.
        if self.lock.acquire(timeout=BUSY_SECONDS):
            conn.info[self.KEY] = True
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            self.end(conn)
            raise

    def end(self, conn: Any) -> None:
        if conn.info.pop(self.KEY, False):
            self.lock.release()


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def create_schema(engine: Engine) -> None:
    """For tests and throwaway databases; real installs use `sharewise db upgrade`."""
    SQLModel.metadata.create_all(engine)


def drop_schema(engine: Engine) -> None:
    SQLModel.metadata.drop_all(engine)


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


def affected(result: Any) -> int:
    """Rows an UPDATE or DELETE touched (typed loosely by SQLAlchemy, so read it in one place)."""
    return int(getattr(result, "rowcount", 0) or 0)


@contextmanager
def read_scope(engine: Engine) -> Iterator[Session]:
    """A unit of work that only reads; on SQLite it never blocks writers, however long it runs."""
    with engine.connect() as conn:
        conn.execution_options(sharewise_read_only=True)
        with Session(bind=conn, expire_on_commit=False) as session:
            try:
                yield session
            finally:
                session.rollback()
