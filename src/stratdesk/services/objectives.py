"""Long-term objectives, their key results, and the roadmap that delivers them."""

from __future__ import annotations

from sqlmodel import Session, select

from stratdesk.domain.enums import MixP
from stratdesk.domain.errors import NotFound
from stratdesk.domain.objectives import (
    KeyResult,
    KeyResultBase,
    Objective,
    ObjectiveBase,
    RoadmapItem,
    RoadmapItemBase,
    RoadmapLane,
    RoadmapLaneBase,
)
from stratdesk.domain.plan import Plan
from stratdesk.domain.smart import SmartCheck, smart_check
from stratdesk.services.entity import EntityService
from stratdesk.services.read_models import (
    KeyResultRead,
    ObjectiveRead,
    RoadmapItemRead,
    RoadmapLaneRead,
)
from stratdesk.services.roadmap_board import RoadmapBoard, read_board


class ObjectiveInput(ObjectiveBase):
    """An objective as written: optionally the TOWS strategy it came from."""

    tows_strategy_id: int | None = None


class ObjectiveService(EntityService[ObjectiveInput, Objective, ObjectiveRead]):
    """SMART objectives, each measured by one KPI of the plan (`kpi_id`, or None); a deadline
    falls within the plan's years. Deleting one takes its key results and keeps its roadmap
    items (their objective is cleared; restore links them back)."""

    base = ObjectiveInput
    table = Objective
    read_model = ObjectiveRead
    plan_date_fields = ("deadline",)
    also_changes = ("key_result",)

    def smart_terms(self, plan_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """What a specific objective names: the plan's segment names and the titles of its
        product actions (the mix's Product P)."""
        with self._ctx.read() as session:
            return self._terms(session, plan_id)

    def smart_checks(self, plan_id: int) -> dict[int, SmartCheck]:
        """The SMART check of each of the plan's objectives (see `domain.smart`), by id."""
        with self._ctx.read() as session:
            plan = session.get(Plan, plan_id)
            if plan is None:
                raise NotFound(self._not_found(plan_id))
            segments, products = self._terms(session, plan_id)
            statement = select(Objective).where(Objective.plan_id == plan_id)
            return {
                row.id: smart_check(
                    row.statement,
                    kpi_id=row.kpi_id,
                    baseline=row.baseline,
                    target=row.target,
                    deadline=row.deadline,
                    years=(plan.start_year, plan.end_year),
                    segments=segments,
                    products=products,
                )
                for row in session.exec(statement)
                if row.id is not None
            }

    def _terms(self, session: Session, plan_id: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
        # Imported here: opening the strategy pages needs no operations tables.
        from stratdesk.domain.operations import MixAction
        from stratdesk.domain.targeting import Segment

        segments = session.exec(
            select(Segment.name).where(Segment.plan_id == plan_id).order_by(Segment.position)  # type: ignore[arg-type]
        )
        products = session.exec(
            select(MixAction.title)
            .where(MixAction.plan_id == plan_id, MixAction.p == MixP.PRODUCT)
            .order_by(MixAction.position)  # type: ignore[arg-type]
        )
        return tuple(segments), tuple(products)


class KeyResultService(EntityService[KeyResultBase, KeyResult, KeyResultRead]):
    """Key results of an objective (`list(objective_id)`), in order; each names a KPI of the
    plan or a free metric, and its due date falls within the plan's years."""

    base = KeyResultBase
    table = KeyResult
    read_model = KeyResultRead
    parent_field = "objective_id"
    plan_date_fields = ("due",)

    def by_objective(self, plan_id: int) -> dict[int, list[KeyResultRead]]:
        """Every key result of the plan's objectives, in order, by objective id (one query)."""
        statement = (
            select(KeyResult)
            .join(Objective, KeyResult.objective_id == Objective.id)  # type: ignore[arg-type]
            .where(Objective.plan_id == plan_id)
            .order_by(KeyResult.objective_id, KeyResult.position, KeyResult.id)  # type: ignore[arg-type]
        )
        found: dict[int, list[KeyResultRead]] = {}
        with self._ctx.read() as session:
            for row in session.exec(statement):
                found.setdefault(row.objective_id, []).append(self._to_read(row))
        return found

    def _plan_id(self, session: Session, parent_id: int) -> int:
        objective = session.get(Objective, parent_id)
        if objective is None:
            raise NotFound(self._not_found(parent_id))
        return objective.plan_id


class RoadmapLaneService(EntityService[RoadmapLaneBase, RoadmapLane, RoadmapLaneRead]):
    """Free lanes of the roadmap (themes), in order. Deleting one deletes its items (undo
    brings them back)."""

    base = RoadmapLaneBase
    table = RoadmapLane
    read_model = RoadmapLaneRead
    also_changes = ("roadmap_item",)


class RoadmapService(EntityService[RoadmapItemBase, RoadmapItem, RoadmapItemRead]):
    """Roadmap items, ordered within their (free lane, objective) group; move between lanes
    with `move`. Start and end fall within the plan's years; the lane and the objective are
    the plan's. An item with a free lane sits there; without, in its objective's lane."""

    base = RoadmapItemBase
    table = RoadmapItem
    read_model = RoadmapItemRead
    group_fields = ("lane_id", "objective_id")
    plan_date_fields = ("start", "end")

    def board(self, plan_id: int) -> RoadmapBoard:
        """The whole roadmap as the page draws it (lanes in order, items placed in them)."""
        with self._ctx.read() as session:
            return read_board(session, plan_id)
