"""Undo and redo while a report is open: the report's plain-data form as each autosave wrote it.

One step is one burst of typing (what an autosave gathers), as a word processor undoes a word or
a phrase rather than a keystroke.
"""

from typing import Any

LIMIT = 200  # steps kept; the oldest are dropped


class EditHistory:
    """The states of one report, oldest first, and where the report now is among them."""

    def __init__(self, first: dict[str, Any], limit: int = LIMIT) -> None:
        self.states = [first]
        self.index = 0
        self.limit = limit

    @property
    def current(self) -> dict[str, Any]:
        return self.states[self.index]

    def record(self, state: dict[str, Any]) -> None:
        """A new state was saved: it follows the current one, and what was undone is dropped."""
        if state == self.current:
            return
        del self.states[self.index + 1:]
        self.states.append(state)
        if len(self.states) > self.limit:
            del self.states[0]
        self.index = len(self.states) - 1

    def can_undo(self) -> bool:
        return self.index > 0

    def can_redo(self) -> bool:
        return self.index < len(self.states) - 1

    def undo(self) -> dict[str, Any] | None:
        """The state before the current one (None at the first)."""
        if not self.can_undo():
            return None
        self.index -= 1
        return self.current

    def redo(self) -> dict[str, Any] | None:
        """The state undone last (None when nothing was undone)."""
        if not self.can_redo():
            return None
        self.index += 1
        return self.current
