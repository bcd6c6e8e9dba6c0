"""Qt-free plan-file storage: engine, identification, migrations, lock and backups."""
