"""Dialogs: new plan, and the small ones around it."""
