"""The Alignment page: the alignment checks' findings and the traceability tree.

`state` reads the plan's alignment once for the page and its badge; `findings` and `trace`
are the two trees; `navigation` opens an item in its own page.
"""
