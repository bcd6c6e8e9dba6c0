"""Alembic environment for plan files, configured by `stratdesk.db.migrate` (no alembic.ini).

The caller passes an open SQLAlchemy connection in `config.attributes["connection"]`; the
migration runs inside the caller's transaction so that it commits or rolls back as a whole.
"""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext
from sqlmodel.sql.sqltypes import AutoString

from stratdesk.domain.tables import metadata


def render_item(kind: str, item: Any, _autogen: AutogenContext) -> str | Literal[False]:
    """Write SQLModel's string type as plain `sa.String`: revisions must not import sqlmodel."""
    if kind == "type" and isinstance(item, AutoString):
        return f"sa.String(length={item.length})" if item.length else "sa.String()"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "stratdesk migrations run on a connection given by stratdesk.db.migrate; "
        "offline (--sql) mode is not supported"
    )

context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
    render_as_batch=True,
    transactional_ddl=True,
    compare_type=True,
    render_item=render_item,
)

with context.begin_transaction():
    context.run_migrations()
