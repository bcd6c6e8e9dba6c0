"""The workshop's steps for a plan: which boards are shown, in which order."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlmodel import Session, col

from stratdesk.domain.errors import InvalidInput, NotFound
from stratdesk.domain.plan import Plan
from stratdesk.domain.workshop import WorkshopStep, WorkshopStepBase
from stratdesk.i18n import translate
from stratdesk.services.context import ServiceContext, touch
from stratdesk.services.validation import field_error, validate

Steps = list[tuple[str, bool]]  # (step key, included), in the workshop's order


class WorkshopService:
    """Read and replace a plan's workshop steps as a whole (one transaction each)."""

    kind = "workshop_step"

    def __init__(self, ctx: ServiceContext) -> None:
        self._ctx = ctx

    def steps(self, plan_id: int) -> Steps:
        """The saved steps in order; empty when the plan never saved a choice."""
        with self._ctx.read() as session:
            return _steps(session, plan_id)

    def set_steps(
        self, plan_id: int, steps: Sequence[tuple[str, bool]], *, origin: object = None
    ) -> Steps:
        """Save `steps` (key, included) in this order, replacing what was saved; returns the
        previous list, so that `set_steps(plan_id, previous)` undoes it (an empty list goes
        back to "never chosen")."""
        checked = _checked(steps)
        with self._ctx.write({self.kind}, origin) as session:
            if session.get(Plan, plan_id) is None:
                raise NotFound(
                    translate("Validation", "This item no longer exists (id {id}).").format(
                        id=plan_id
                    )
                )
            previous = _steps(session, plan_id)
            # Delete first, in SQL: the new rows may reuse the keys (one per plan and key).
            session.execute(delete(WorkshopStep).where(col(WorkshopStep.plan_id) == plan_id))
            rows = [
                WorkshopStep(plan_id=plan_id, key=step.key, included=step.included, position=i)
                for i, step in enumerate(checked)
            ]
            session.add_all(rows)
            session.flush()
            touch(session, "workshop_step", *(row.id for row in rows))
        return previous


def _steps(session: Session, plan_id: int) -> Steps:
    statement = (
        select(col(WorkshopStep.key), col(WorkshopStep.included))
        .where(col(WorkshopStep.plan_id) == plan_id)
        .order_by(col(WorkshopStep.position), col(WorkshopStep.id))
    )
    return [(key, bool(included)) for key, included in session.execute(statement)]


def _checked(steps: Sequence[tuple[str, bool]]) -> list[WorkshopStepBase]:
    checked: list[WorkshopStepBase] = []
    for step in steps:
        try:
            key, included = step
        except (TypeError, ValueError):
            raise InvalidInput(
                translate("Validation", "A workshop step is a key and whether it is shown.")
            ) from None
        if not isinstance(included, bool):
            raise field_error("included", translate("Validation", "must be yes or no"))
        valid = validate(WorkshopStepBase, {"key": key, "included": included})
        if any(other.key == valid.key for other in checked):
            raise field_error(
                "key", translate("Validation", "“{key}” is listed twice").format(key=valid.key)
            )
        checked.append(valid)
    return checked
