"""Back from a side page of the desk (the concerns inbox, the supervisor console) to where
the clerk came from: the counter in service, or "open a counter".

Thread use: GUI thread.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kiosk.ui.desk.window import DeskWindow


def return_from_side_page(window: DeskWindow, return_to: QWidget) -> None:
    """To the counter in service (its waiting list focused, read again) if the page was
    opened from there and the counter is still open, else to "open a counter"."""
    if return_to is window.desk_screen and window.counter:
        window.stack.setCurrentWidget(window.desk_screen)
        window.desk_screen.waiting_list.tree.setFocus()
        window.refresh()
    else:
        window.stack.setCurrentWidget(window.counter_screen)
        window.counter_screen.number_edit.setFocus()


__all__ = ["return_from_side_page"]
