"""Undoable commands: widget → command → service. One QUndoStack per open file."""

from stratdesk.ui.commands.base import EntityServiceLike, MacroCommand, ServiceCommand
from stratdesk.ui.commands.entity import (
    CreateCommand,
    DeleteCommand,
    MoveCommand,
    ReorderCommand,
    UpdateCommand,
)
from stratdesk.ui.commands.runner import CommandRunner

__all__ = [
    "CommandRunner",
    "CreateCommand",
    "DeleteCommand",
    "EntityServiceLike",
    "MacroCommand",
    "MoveCommand",
    "ReorderCommand",
    "ServiceCommand",
    "UpdateCommand",
]
