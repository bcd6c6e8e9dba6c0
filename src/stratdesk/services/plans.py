"""The client and the plan: the root rows of a plan file."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Date, func, or_
from sqlmodel import Session, SQLModel, col, select

from stratdesk.domain.enums import FOUR_P
from stratdesk.domain.errors import InvalidInput, NotFound, StratdeskError
from stratdesk.domain.plan import Client, ClientBase, Plan, PlanBase
from stratdesk.i18n import translate
from stratdesk.services.context import ServiceContext, touch
from stratdesk.services.ids import require_id
from stratdesk.services.read_models import ClientRead, PlanRead
from stratdesk.services.validation import validate


def _refuse_unknown(model: type[SQLModel], data: dict[str, Any]) -> None:
    unknown = set(data) - set(model.model_fields)
    if unknown:
        raise InvalidInput(
            translate("Validation", "Unknown field: {name}").format(name=sorted(unknown)[0])
        )


class PlanService:
    """Create the client and plan of a new file, read them, and change their settings."""

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    # -- reading -------------------------------------------------------------------------
    def first_plan_id(self) -> int:
        """The file's plan (the first one when the schema holds several)."""
        with self._ctx.read() as session:
            plan_id = session.exec(select(col(Plan.id)).order_by(col(Plan.id)).limit(1)).first()
        if plan_id is None:
            raise StratdeskError(translate("Plan", "This file holds no plan."))
        return plan_id

    def list_plans(self) -> list[PlanRead]:
        with self._ctx.read() as session:
            rows = session.exec(select(Plan).order_by(col(Plan.id))).all()
            return [PlanRead.model_validate(row, from_attributes=True) for row in rows]

    def get_plan(self, plan_id: int) -> PlanRead:
        with self._ctx.read() as session:
            return PlanRead.model_validate(self._plan(session, plan_id), from_attributes=True)

    def get_client(self, client_id: int) -> ClientRead:
        with self._ctx.read() as session:
            return ClientRead.model_validate(self._client(session, client_id), from_attributes=True)

    def dated_outside(
        self, plan_id: int, start_year: int, end_year: int
    ) -> list[tuple[str, int, dt.date]]:
        """(table, id, date) of the plan's dated rows outside `start_year`–`end_year`."""
        with self._ctx.read() as session:
            return self._dated_outside(session, plan_id, start_year, end_year)

    # -- writing -------------------------------------------------------------------------
    @staticmethod
    def validate_new(client: dict[str, Any], plan: dict[str, Any]) -> None:
        """Refuse a new client or plan that `create_client_and_plan` would refuse."""
        _refuse_unknown(ClientBase, client)
        _refuse_unknown(PlanBase, plan)
        validate(ClientBase, client)
        validate(PlanBase, plan)

    def create_client_and_plan(
        self, client: dict[str, Any], plan: dict[str, Any], *, origin: object = None
    ) -> PlanRead:
        """A client and its plan, in one transaction; bad input writes nothing."""
        self.validate_new(client, plan)
        client_ok, plan_ok = validate(ClientBase, client), validate(PlanBase, plan)
        with self._ctx.write({"client", "plan"}, origin) as session:
            client_row = Client.model_validate(client_ok.model_dump())
            session.add(client_row)
            session.flush()
            plan_row = Plan.model_validate({**plan_ok.model_dump(), "client_id": client_row.id})
            session.add(plan_row)
            session.flush()
            touch(session, "client", client_row.id)
            touch(session, "plan", plan_row.id)
            read = PlanRead.model_validate(plan_row, from_attributes=True)
        return read

    def update_plan(
        self, plan_id: int, changes: dict[str, Any], *, origin: object = None
    ) -> PlanRead:
        """Change the plan's settings. New years that would leave dated items outside the
        plan are refused: nothing already dated is moved, silently or otherwise."""
        _refuse_unknown(PlanBase, changes)
        with self._ctx.write({"plan"}, origin) as session:
            row = self._plan(session, plan_id)
            current = {name: getattr(row, name) for name in PlanBase.model_fields}
            valid = validate(PlanBase, {**current, **changes})
            if (valid.start_year, valid.end_year) != (row.start_year, row.end_year):
                self._refuse_stranded(session, plan_id, valid.start_year, valid.end_year)
            if row.seven_p and not valid.seven_p:
                self._refuse_seven_p_off(session, plan_id)
            for name in changes:
                setattr(row, name, getattr(valid, name))
            session.add(row)
            session.flush()
            touch(session, "plan", plan_id)
            read = PlanRead.model_validate(row, from_attributes=True)
        return read

    def update_client(
        self, client_id: int, changes: dict[str, Any], *, origin: object = None
    ) -> ClientRead:
        _refuse_unknown(ClientBase, changes)
        with self._ctx.write({"client"}, origin) as session:
            row = self._client(session, client_id)
            current = {name: getattr(row, name) for name in ClientBase.model_fields}
            valid = validate(ClientBase, {**current, **changes})
            for name in changes:
                setattr(row, name, getattr(valid, name))
            session.add(row)
            session.flush()
            touch(session, "client", client_id)
            read = ClientRead.model_validate(row, from_attributes=True)
        return read

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _refuse_seven_p_off(session: Session, plan_id: int) -> None:
        """A 4P plan cannot hold People/Process/Physical-evidence actions: move them first."""
        from stratdesk.domain.operations import MixAction  # the mix tables load on demand

        count = session.exec(
            select(func.count())
            .select_from(MixAction)
            .where(MixAction.plan_id == plan_id, col(MixAction.p).not_in(FOUR_P))
        ).one()
        if count:
            raise InvalidInput(
                translate(
                    "Validation",
                    "{count} action(s) sit under People, Process or Physical evidence; "
                    "move them to one of the 4P before switching the 7P mix off.",
                ).format(count=count),
                field="seven_p",
            )

    @staticmethod
    def _dated_outside(
        session: Session, plan_id: int, start_year: int, end_year: int
    ) -> list[tuple[str, int, dt.date]]:
        first, last = dt.date(start_year, 1, 1), dt.date(end_year, 12, 31)
        earliest: dict[tuple[str, int], dt.date] = {}
        # Every table the plan owns directly, every date column: new tables count too.
        from stratdesk.domain.tables import metadata  # every dated table; only on a change of years

        for table in metadata.sorted_tables:
            if "plan_id" not in table.c or "id" not in table.c:
                continue
            for column in (c for c in table.c if isinstance(c.type, Date)):
                statement = select(table.c.id, column).where(
                    table.c.plan_id == plan_id, or_(column < first, column > last)
                )
                for item_id, day in session.execute(statement):
                    # One entry per row (its earliest stray date), however many dates stray.
                    key = (table.name, item_id)
                    earliest[key] = min(day, earliest.get(key, day))
        # KPI targets and key results belong to the plan through their KPI or objective, and
        # must stay in its years too (measurements may precede the plan: baselines).
        for name, day_column, parent_name, link in (
            ("kpi_target", "period_start", "kpi", "kpi_id"),
            ("key_result", "due", "objective", "objective_id"),
        ):
            child, parent = metadata.tables[name], metadata.tables[parent_name]
            day = child.c[day_column]
            statement = (
                select(child.c.id, day)
                .join(parent, parent.c.id == child.c[link])
                .where(parent.c.plan_id == plan_id, or_(day < first, day > last))
            )
            for item_id, found_day in session.execute(statement):
                earliest[(name, item_id)] = found_day
        found = [(name, item_id, day) for (name, item_id), day in earliest.items()]
        return sorted(found, key=lambda item: (item[2], item[0], item[1]))

    def _refuse_stranded(self, session: Session, plan_id: int, start: int, end: int) -> None:
        stranded = self._dated_outside(session, plan_id, start, end)
        if stranded:
            raise InvalidInput(
                translate(
                    "Validation",
                    "{count} dated item(s) would fall outside {start}–{end}, the first on {date}.",
                ).format(
                    count=len(stranded),
                    start=start,
                    end=end,
                    date=stranded[0][2].isoformat(),
                ),
                field="start_year",
            )

    @staticmethod
    def _plan(session: Session, plan_id: int) -> Plan:
        row = session.get(Plan, require_id(plan_id))
        if row is None:
            raise NotFound(
                translate("Validation", "This item no longer exists (id {id}).").format(id=plan_id)
            )
        return row

    @staticmethod
    def _client(session: Session, client_id: int) -> Client:
        row = session.get(Client, require_id(client_id))
        if row is None:
            raise NotFound(
                translate("Validation", "This item no longer exists (id {id}).").format(
                    id=client_id
                )
            )
        return row
