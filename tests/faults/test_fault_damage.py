"""Damaged files: overwrite each page of the demo plan in turn. None opens for writing, none
gets written, and reading what is left (read-only, at the person's request) gives sentences,
never a raw database error."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable
from pathlib import Path

import pytest

from stratdesk.db.errors import PlanFileError
from stratdesk.db.store import PlanStore
from stratdesk.domain.errors import StratdeskError
from stratdesk.services.demo import build_demo
from stratdesk.services.workspace import Workspace

from .conftest import Figures

PAGE = 4096
# What a window reads when it shows every page (the services' list calls).
_READS: list[Callable[[Workspace, int], object]] = [
    lambda ws, plan: ws.services.plans.get_plan(plan),
    lambda ws, plan: ws.services.factors.list(plan),
    lambda ws, plan: ws.services.competitors.list(plan),
    lambda ws, plan: ws.services.forces.list(plan),
    lambda ws, plan: ws.services.swot.list(plan),
    lambda ws, plan: ws.services.tows.list(plan),
    lambda ws, plan: ws.services.segments.list(plan),
    lambda ws, plan: ws.services.personas.list(plan),
    lambda ws, plan: ws.services.objectives.list(plan),
    lambda ws, plan: ws.services.roadmap.list(plan),
    lambda ws, plan: ws.services.mix.list(plan),
    lambda ws, plan: ws.services.campaigns.list(plan),
    lambda ws, plan: ws.services.experiments.list(plan),
    lambda ws, plan: [ws.services.kpi_measurements.list(k.id) for k in ws.services.kpis.list(plan)],
]


@pytest.fixture(scope="module")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("demo") / "demo.stratdesk"
    build_demo(path, "en")
    return path.read_bytes()


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _sweep(tmp_path: Path, demo: bytes, pages: list[int], figures: Figures) -> None:
    opened_writable = written = raw_errors = readable = 0
    for page in pages:
        path = tmp_path / f"damaged-{page}.stratdesk"
        data = bytearray(demo)
        data[(page - 1) * PAGE : page * PAGE] = bytes((page * 37 + i) % 251 for i in range(PAGE))
        path.write_bytes(bytes(data))
        before = _sha(path)
        try:
            PlanStore.open(path).close()
            opened_writable += 1
        except PlanFileError:
            pass
        try:
            workspace = Workspace.open(path, read_only=True, allow_damaged=True)
        except StratdeskError:
            workspace = None
        if workspace is not None:
            with workspace:
                try:
                    plan = workspace.plan_id
                    for read in _READS:
                        with contextlib.suppress(StratdeskError):
                            read(workspace, plan)
                    readable += 1
                except StratdeskError:
                    pass
                except Exception:
                    raw_errors += 1
        written += _sha(path) != before
        path.unlink()
    figures.record(
        damaged_files_tried=len(pages),
        opened_writable=opened_writable,
        written=written,
        raw_errors_when_read=raw_errors,
        opened_read_only_on_request=readable,
    )
    assert (opened_writable, written, raw_errors) == (0, 0, 0)


def test_no_damaged_page_opens_writable_or_gets_written(
    tmp_path: Path, demo_bytes: bytes, figures: Figures
) -> None:
    count = len(demo_bytes) // PAGE
    # The header page, the schema's pages, and every seventh page beyond.
    pages = sorted({1, 2, 3, *range(4, count + 1, 7), count})
    _sweep(tmp_path, demo_bytes, pages, figures)


@pytest.mark.faults_long
def test_no_damaged_page_opens_writable_or_gets_written_long(
    tmp_path: Path, demo_bytes: bytes, figures: Figures
) -> None:
    _sweep(tmp_path, demo_bytes, list(range(1, len(demo_bytes) // PAGE + 1)), figures)
