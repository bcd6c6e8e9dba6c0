"""SWOT items and TOWS strategies: the insights, and the strategies that combine them."""

from __future__ import annotations

from typing import Any, ClassVar

from sqlalchemy import func
from sqlalchemy.orm import object_session
from sqlmodel import Session, col, select

from stratdesk.domain.analysis import (
    Competitor,
    EnvironmentFactor,
    SwotItem,
    SwotItemBase,
    TowsLink,
    TowsStrategy,
    TowsStrategyBase,
)
from stratdesk.domain.enums import SwotQuadrant, TowsKind
from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.labels import enum_label
from stratdesk.domain.objectives import Objective
from stratdesk.domain.swot_rules import weight_from_impact
from stratdesk.i18n import translate
from stratdesk.services.context import touch
from stratdesk.services.entity import EntityService
from stratdesk.services.ids import require_id
from stratdesk.services.keyed import as_enum
from stratdesk.services.read_models import ObjectiveRead
from stratdesk.services.read_models_analysis import SwotItemRead, TowsStrategyRead
from stratdesk.services.sql import flushed_id

EXTERNAL = (SwotQuadrant.OPPORTUNITY, SwotQuadrant.THREAT)


def _as_quadrant(quadrant: SwotQuadrant) -> str:
    """ "an opportunity", "a threat": the quadrant after "as" in a sentence."""
    if quadrant == SwotQuadrant.OPPORTUNITY:
        return translate("Validation", "an opportunity")
    return translate("Validation", "a threat")


def combines(kind: TowsKind | str) -> frozenset[str]:
    """The SWOT quadrants a TOWS strategy kind combines: SO → {S, O}, WT → {W, T}…"""
    return frozenset(str(kind))


class SwotItemInput(SwotItemBase):
    """A SWOT item as written: the item, and where the insight came from (if known)."""

    source_factor_id: int | None = None
    source_competitor_id: int | None = None


class SwotService(EntityService[SwotItemInput, SwotItem, SwotItemRead]):
    """SWOT items, ordered within their quadrant. Deleting one drops it from TOWS strategies
    (restore links it back); changing its quadrant is refused while a strategy it is linked
    to does not combine the new quadrant (unlink it first: one undoable step each)."""

    base = SwotItemInput
    table = SwotItem
    read_model = SwotItemRead
    group_fields = ("quadrant",)
    also_changes = ("tows_link",)

    def add_from_factor(
        self, factor_id: int, quadrant: SwotQuadrant | str, *, origin: object = None
    ) -> SwotItemRead:
        """An opportunity or threat taken from a PESTEL factor, keeping the link to it.

        Its weight is the factor's impact's (`weight_from_impact`). A factor already in that
        quadrant is refused (it would be the same item twice); in the other quadrant it may be
        (a regulation can be a threat and an opportunity).
        """
        quadrant = self._external(quadrant)
        with self._ctx.read() as session:
            factor = session.get(EnvironmentFactor, require_id(factor_id))
            if factor is None:
                raise NotFound(self._not_found(factor_id))
            plan_id, text, impact = factor.plan_id, factor.text, factor.impact
            statement = select(col(SwotItem.id)).where(
                col(SwotItem.source_factor_id) == factor_id,
                col(SwotItem.quadrant) == quadrant,
            )
            if session.exec(statement).first() is not None:
                raise InvalidInput(
                    translate(
                        "Validation", "This factor is already in the SWOT as {quadrant}."
                    ).format(quadrant=_as_quadrant(quadrant)),
                    field="quadrant",
                )
        data = {
            "quadrant": quadrant,
            "text": text,
            "source_factor_id": factor_id,
            "weight": weight_from_impact(impact),
        }
        return self.create(plan_id, data, origin=origin)

    def add_from_competitor(
        self,
        competitor_id: int,
        quadrant: SwotQuadrant | str,
        text: str,
        *,
        origin: object = None,
    ) -> SwotItemRead:
        """An opportunity or threat drawn from a competitor, keeping the link to it."""
        quadrant = self._external(quadrant)
        with self._ctx.read() as session:
            competitor = session.get(Competitor, require_id(competitor_id))
            if competitor is None:
                raise NotFound(self._not_found(competitor_id))
            plan_id = competitor.plan_id
        data = {"quadrant": quadrant, "text": text, "source_competitor_id": competitor_id}
        return self.create(plan_id, data, origin=origin)

    @staticmethod
    def _external(quadrant: SwotQuadrant | str) -> SwotQuadrant:
        value = as_enum(SwotQuadrant, quadrant, "quadrant")
        if value not in EXTERNAL:
            raise InvalidInput(
                translate(
                    "Validation", "Quadrant: only an opportunity or a threat comes from outside"
                ),
                field="quadrant",
            )
        return value

    def _check_change(self, session: Session, row: SwotItem, changes: dict[str, Any]) -> None:
        """A new quadrant must fit every strategy the item is linked to (update and move)."""
        if "quadrant" not in changes:
            return
        new = as_enum(SwotQuadrant, changes["quadrant"], "quadrant")
        statement = (
            select(col(TowsStrategy.kind))
            .join(TowsLink, col(TowsLink.strategy_id) == col(TowsStrategy.id))
            .where(TowsLink.swot_item_id == row.id)
        )
        kinds = set(session.exec(statement))
        clashing = sorted(str(kind) for kind in kinds if new.value not in combines(kind))
        if clashing:
            raise InvalidInput(
                translate(
                    "Validation",
                    "Quadrant: this item is linked to a {kind} strategy; unlink it first",
                ).format(kind=clashing[0]),
                field="quadrant",
            )


class TowsService(EntityService[TowsStrategyBase, TowsStrategy, TowsStrategyRead]):
    """TOWS strategies, ordered within their kind, each combining SWOT items."""

    base = TowsStrategyBase
    table = TowsStrategy
    read_model = TowsStrategyRead
    group_fields = ("kind",)
    also_changes: ClassVar[tuple[str, ...]] = ("tows_link",)

    def _to_read(self, row: TowsStrategy) -> TowsStrategyRead:
        session = object_session(row)
        assert isinstance(session, Session), "read models are built inside a session"
        return TowsStrategyRead.model_validate(
            {**row.model_dump(), "swot_item_ids": self._link_ids(session, flushed_id(row))}
        )

    def set_links(
        self, strategy_id: int, swot_item_ids: list[int], *, origin: object = None
    ) -> tuple[int, ...]:
        """Replace the SWOT items a strategy combines; return the previous ids (for undo)."""
        wanted = tuple(dict.fromkeys(swot_item_ids))  # without repeats, in the given order
        with self._ctx.write(self._kinds(), origin) as session:
            strategy = self._load(session, strategy_id)
            allowed = combines(strategy.kind)
            items = {
                i.id: i for i in session.exec(select(SwotItem).where(col(SwotItem.id).in_(wanted)))
            }
            for item_id in wanted:
                item = items.get(item_id)
                if item is None or item.plan_id != strategy.plan_id:
                    raise InvalidInput(
                        translate(
                            "Validation", "SWOT item: no such item in this plan (id {id})"
                        ).format(id=item_id),
                        field="swot_item_ids",
                    )
                if item.quadrant.value not in allowed:
                    raise InvalidInput(
                        translate(
                            "Validation", "A {kind} strategy cannot combine a {quadrant} item"
                        ).format(kind=strategy.kind.value, quadrant=enum_label(item.quadrant)),
                        field="swot_item_ids",
                    )
            previous = self._link_ids(session, strategy_id)
            for link in session.exec(select(TowsLink).where(TowsLink.strategy_id == strategy_id)):
                session.delete(link)
            session.flush()
            session.add_all(TowsLink(strategy_id=strategy_id, swot_item_id=i) for i in wanted)
            touch(session, self.kind, strategy_id)
        return previous

    def promote_to_objective(self, strategy_id: int, *, origin: object = None) -> ObjectiveRead:
        """A new objective stating the strategy, linked back to it (undo: delete it)."""
        with self._ctx.write({"objective", self.kind}, origin) as session:
            strategy = self._load(session, strategy_id)
            highest = session.exec(
                select(func.max(Objective.position)).where(Objective.plan_id == strategy.plan_id)
            ).one()
            row = Objective(
                plan_id=strategy.plan_id,
                statement=strategy.text,
                tows_strategy_id=strategy_id,
                position=0 if highest is None else highest + 1,
            )
            session.add(row)
            session.flush()
            touch(session, self.kind, strategy_id)
            touch(session, "objective", row.id)
            read = ObjectiveRead.model_validate(row, from_attributes=True)
        return read

    # -- helpers -------------------------------------------------------------------------
    @staticmethod
    def _link_ids(session: Session, strategy_id: int) -> tuple[int, ...]:
        statement = (
            select(col(TowsLink.swot_item_id))
            .where(col(TowsLink.strategy_id) == strategy_id)
            .order_by(col(TowsLink.swot_item_id))
        )
        return tuple(session.exec(statement))

    def _check_change(self, session: Session, row: TowsStrategy, changes: dict[str, Any]) -> None:
        """A new kind must combine the quadrants of every linked item (update and move)."""
        if "kind" not in changes:
            return
        new = as_enum(TowsKind, changes["kind"], "kind")
        statement = (
            select(col(SwotItem.quadrant))
            .join(TowsLink, col(TowsLink.swot_item_id) == col(SwotItem.id))
            .where(TowsLink.strategy_id == row.id)
        )
        quadrants = {q.value for q in session.exec(statement)}
        if not quadrants <= combines(new):
            raise InvalidInput(
                translate(
                    "Validation", "Kind: its linked SWOT items do not fit a {kind} strategy"
                ).format(kind=new.value),
                field="kind",
            )
