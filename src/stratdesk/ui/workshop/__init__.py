"""Workshop mode (issue #15): the plan's boards on a projector, driven in front of the room.

F5 or View › Workshop mode calls `start_workshop(main_window)`; Escape leaves and the main
window is back on the page it showed. The workshop is a presentation of the same pages, not
a copy: each step is a page of the workspaces built by its own `PageSpec` on the same
document (same services, change bridge and undo stack), shown without its title and side
panels, magnified in a window of its own with the projector theme (see `window`).

Modules: `registry` (the steps: key, title, page, how to present it; add a step there),
`present` (how each page is shown as a step), `stage` (title, step, bar; runs the actions),
`keys` (what each key does where), `boards` (capture, hide, votes, ranking on card boards),
`card_actions` (picker, focus, votes), `pages` (the pages, built once), `picker`,
`spotlight` (one card enlarged), `timer` (the countdown), `theme`, `one_page` (the
"strategy on a page" step), `shots` (screenshots), `intents`
(the only place building commands: steps saved with the plan, votes, reset votes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from stratdesk.ui.main_window import MainWindow
    from stratdesk.ui.workshop.window import WorkshopWindow


def start_workshop(window: MainWindow) -> WorkshopWindow | None:
    """Open the workshop on `window`'s plan, at the step of the page it shows (if any)."""
    if window.document is None or window.plan_view is None:
        return None
    from stratdesk.ui.style import is_dark
    from stratdesk.ui.workshop.registry import step_for_page, workshop_steps
    from stratdesk.ui.workshop.window import WorkshopWindow

    plan_view = window.plan_view
    start = step_for_page(workshop_steps(), plan_view.current_workspace(), plan_view.current_page())
    workshop = WorkshopWindow(window.document, start=start, dark=is_dark(window))
    workshop.present(window)
    return workshop
