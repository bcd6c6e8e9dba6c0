"""Qt-free importers and exporters: CSV/XLSX tables, KPI measurements, calendars, plan JSON."""
