"""Qt item models over the services' read models (ids + row cache)."""
