"""Qt-free services: the only code that opens sessions and writes a plan file."""
