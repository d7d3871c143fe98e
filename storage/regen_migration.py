"""Pre-release helper: rebuild the initial migration from the models (`python -m storage.regen_migration`).

Until the first release there is one migration, regenerated whenever the models change, so that every
table ships in `0001`. After a release, new migrations are added with `alembic revision --autogenerate`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from storage.migrate import HERE, config


def main() -> None:
    target = HERE / "migrations" / "versions" / "0001_initial_schema.py"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'empty.db'}"
        command.revision(config(url), message="initial schema", autogenerate=True, rev_id="0001")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
