"""Find what a screen does not show whole: text cut or elided, widgets outside the window.

    problems = layout_problems(window)   # [] when everything fits
    # ['QPushButton "Déposer une préoccupation" needs 412 px wide, has 380', ...]

Used by the no-clipping test (tests/ui/test_no_clipping.py) over every screen, size and
language. Widgets are measured the way Qt lays them out: a label by its font metrics
(word-wrapped to its width where it wraps), a button by its size hint (text, icon and the
stylesheet's padding), a widget by its rectangle against the window and every ancestor
that would cut it. What sits inside a scroll area is reachable by scrolling, so only the
scroll area itself must fit.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QLineEdit,
    QWidget,
)

# A pixel of rounding between the font metrics and the paint engine is not a cut.
TOLERANCE_PX = 1


def _describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = widget.text().replace("\n", " ")
    name = widget.objectName() or widget.property("role") or ""
    parts = [type(widget).__name__]
    if name:
        parts.append(f"[{name}]")
    if text:
        parts.append(f'"{text[:60]}"')
    return " ".join(parts)


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _in_scroll_content(widget: QWidget, root: QWidget) -> bool:
    """True for a widget inside a scroll area's viewport: it may extend past it."""
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    full = getattr(label, "full_text", None)  # an eliding label keeps what it was given
    if isinstance(full, str) and full and text != full:
        return "is elided"
    if label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text)):
        if label.wordWrap():
            needed_h = label.heightForWidth(label.width())
            fits = needed_h <= label.height() + TOLERANCE_PX
            return None if fits else f"needs {needed_h} px high, has {label.height()}"
        needed_w = label.sizeHint().width()
        fits = needed_w <= label.width() + TOLERANCE_PX
        return None if fits else f"needs {needed_w} px wide, has {label.width()}"
    area = label.contentsRect()
    indent = max(0, label.margin()) * 2
    metrics = label.fontMetrics()
    width = area.width() - indent
    if label.wordWrap():
        flags = int(label.alignment()) | int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), flags, text)
    else:
        needed = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), int(label.alignment()), text)
    if needed.width() > width + TOLERANCE_PX:
        return f"needs {needed.width()} px wide, has {width}"
    if needed.height() > area.height() - indent + TOLERANCE_PX:
        return f"needs {needed.height()} px high, has {area.height() - indent}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint = button.sizeHint()
    if hint.width() > button.width() + TOLERANCE_PX:
        return f"needs {hint.width()} px wide, has {button.width()}"
    if hint.height() > button.height() + TOLERANCE_PX:
        return f"needs {hint.height()} px high, has {button.height()}"
    return None


def _line_edit_problem(edit: QLineEdit) -> str | None:
    hint = edit.minimumSizeHint()
    if hint.height() > edit.height() + TOLERANCE_PX:
        return f"needs {hint.height()} px high, has {edit.height()}"
    return None


def _cut_by_ancestor(widget: QWidget, root: QWidget) -> str | None:
    """The part of `widget` its ancestors (up to the window) do not show."""
    rect = QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return None  # the viewport scrolls to it
        visible = QRect(parent.mapTo(root, parent.rect().topLeft()), parent.size())
        if not visible.contains(rect):
            outside = "the window" if parent is root else _describe(parent)
            return f"at {rect.x()},{rect.y()} {rect.width()}×{rect.height()} is cut by {outside}"
        if parent is root:
            return None
        parent = parent.parentWidget()
    return None


def widget_problem(widget: QWidget, root: QWidget) -> str | None:
    """What is wrong with one shown widget, or None."""
    if isinstance(widget, QLabel):
        problem = _label_problem(widget)
    elif isinstance(widget, QAbstractButton):
        problem = _button_problem(widget)
    elif isinstance(widget, QLineEdit):
        problem = _line_edit_problem(widget)
    else:
        problem = None
    if problem is None and not _in_scroll_content(widget, root):
        problem = _cut_by_ancestor(widget, root)
    return problem


def layout_problems(root: QWidget) -> list[str]:
    """Every shown widget under `root` (the window) whose text or rectangle does not fit."""
    problems: list[str] = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or widget.isWindow():
            continue
        problem = widget_problem(widget, root)
        if problem:
            problems.append(f"{_describe(widget)} {problem}")
    return problems


def small_targets(root: QWidget, minimum_px: int) -> list[str]:
    """Every shown button under `root` smaller than `minimum_px` in either dimension."""
    small: list[str] = []
    for button in root.findChildren(QAbstractButton):
        if _shown(button, root) and (button.width() < minimum_px or button.height() < minimum_px):
            small.append(f"{_describe(button)} is {button.width()}×{button.height()}")
    return small
