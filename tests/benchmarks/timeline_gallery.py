"""A roadmap a consultant could show: objectives and themes over three years (gallery data)."""

from __future__ import annotations

import datetime as dt

from stratdesk.ui.widgets.timeline import Bar, Lane

D = dt.date


def gallery_content() -> tuple[list[Lane], list[Bar], dt.date]:
    lanes = [
        Lane("o1", "Grow online sales to 30% of revenue", "Objective · online share", "#1f77b4"),
        Lane("o2", "Become the reference coffee brand in Lyon", "Objective · awareness", "#d62728"),
        Lane("o3", "Keep 80% of subscribers after a year", "Objective · retention", "#2ca02c"),
        Lane("o4", "Open two partner shops", "Objective · distribution", "#9467bd"),
        Lane("t1", "Customer service", "Theme", "#8c564b"),
        Lane("t2", "Data and tools", "Theme", "#17becf"),
    ]
    rows = [
        ("o1", D(2026, 1, 5), D(2026, 5, 31), "New web shop and checkout", "Done", True),
        ("o1", D(2026, 3, 2), D(2026, 12, 20), "Search ads always on", "In progress", False),
        ("o1", D(2026, 9, 1), D(2027, 3, 31), "Subscription box relaunch", "Planned", False),
        (
            "o1",
            D(2027, 4, 1),
            D(2028, 6, 30),
            "Marketplace presence (Amazon, Cdiscount)",
            "",
            False,
        ),
        ("o2", D(2026, 2, 1), D(2026, 9, 30), "Podcast season 1", "In progress", False),
        ("o2", D(2026, 6, 15), D(2026, 6, 21), "Fête de la musique stand", "Planned", False),
        ("o2", D(2026, 10, 1), D(2027, 12, 31), "Barista ambassadors programme", "", False),
        ("o2", D(2027, 9, 1), D(2028, 8, 31), "Roastery open days", "", False),
        ("o3", D(2026, 4, 1), D(2026, 11, 30), "Loyalty card v2", "At risk", False),
        ("o3", D(2026, 12, 1), D(2027, 6, 30), "Win-back emails", "", False),
        ("o3", D(2027, 7, 1), D(2028, 12, 31), "Member events", "", False),
        ("o4", D(2026, 9, 1), D(2027, 8, 31), "Find partner shop in Villeurbanne", "", False),
        ("o4", D(2027, 6, 1), D(2028, 5, 31), "Second partner shop", "", False),
        ("t1", D(2026, 1, 12), D(2026, 4, 30), "After-sales follow-up calls", "Done", True),
        ("t1", D(2026, 5, 4), D(2027, 2, 28), "Complaint handling in 48 h", "", False),
        ("t2", D(2026, 2, 2), D(2026, 8, 30), "CRM migration", "In progress", False),
        ("t2", D(2026, 6, 1), D(2026, 10, 31), "Dashboard for the board", "", False),
    ]
    bars = [
        Bar(n, lane, start, end, title, status=status, muted=muted, symbol="✓" if muted else "")
        for n, (lane, start, end, title, status, muted) in enumerate(rows, start=1)
    ]
    milestones = [
        ("o1", D(2026, 6, 1), "Shop live"),
        ("o2", D(2026, 9, 15), "Brand survey"),
        ("o3", D(2027, 1, 15), "Retention review"),
        ("o4", D(2027, 9, 1), "Shop 1 opens"),
        ("o1", D(2027, 12, 1), "30% online"),
    ]
    bars += [
        Bar(100 + n, lane, day, day, title, milestone=True)
        for n, (lane, day, title) in enumerate(milestones)
    ]
    return lanes, bars, D(2026, 5, 12)
