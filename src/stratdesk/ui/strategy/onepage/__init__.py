""" "Strategy on a page": positioning, objectives with their KPI status and progress, the
year's main campaigns on a strip calendar and the budget split, for a projector."""
