"""Qt-free domain: tables, vocabularies and pure rules."""
