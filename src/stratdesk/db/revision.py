"""Developer helper: autogenerate the next schema revision from the domain tables.

    python -m stratdesk.db.revision "add budget notes to campaigns"

Writes `migrations/versions/NNNN_<slug>.py` (compared against a scratch file at the current
head) and bumps `schema.SCHEMA_VERSION`. Read and tidy the generated script before committing.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from alembic import command

from stratdesk.db import schema
from stratdesk.db.engine import make_migration_engine
from stratdesk.db.migrate import alembic_config, script_directory


def next_version() -> int:
    head = script_directory().get_current_head()
    return 1 if head is None else int(head) + 1


def bump_schema_version(version: int) -> None:
    """Rewrite the `SCHEMA_VERSION = N` line of schema.py."""
    source = Path(schema.__file__)
    text = source.read_text(encoding="utf-8")
    new_text, count = re.subn(
        r"^SCHEMA_VERSION = \d+$", f"SCHEMA_VERSION = {version}", text, flags=re.M
    )
    if count != 1:
        raise RuntimeError(f"could not find SCHEMA_VERSION in {source}")
    source.write_text(new_text, encoding="utf-8")


def make_revision(message: str) -> Path:
    """Generate the next revision script; returns its path."""
    version = next_version()
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "head.stratdesk"
        path.touch()
        engine = make_migration_engine(path)
        try:
            with engine.connect() as connection, connection.begin():
                config = alembic_config(connection)
                if version > 1:
                    command.upgrade(config, "head")
                script = command.revision(
                    config, message, autogenerate=True, rev_id=schema.revision_id(version)
                )
        finally:
            engine.dispose()
    bump_schema_version(version)
    assert script is not None and not isinstance(script, list)
    return Path(script.path)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not args[0].strip():
        print(__doc__, file=sys.stderr)
        return 2
    path = make_revision(args[0].strip())
    print(f"wrote {path} and bumped SCHEMA_VERSION in schema.py: read and tidy the script.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
