"""Swipe to scroll, as on a phone, on every list a citizen sees.

Many kiosk touch screens report a finger as a mouse (a USB "touch mouse"), so grabbing
only Qt's touch gesture left their lists scrollable by the thin scroll bar alone.
`QScroller` on the left mouse button covers both: Qt turns real touch events into mouse
events for widgets that do not take touch themselves.

A tap still clicks: the press reaches the button at once (no press delay), and only a
finger that moves further than a tap turns into a drag, which cancels the press.

    area = QScrollArea(); enable_swipe(area)

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

# No overshoot: the list stops at its ends, nothing bounces (calmer for older eyes).
_STILL = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff


def enable_swipe(area: QAbstractScrollArea) -> QScroller:
    """Let a finger (or a mouse drag) scroll `area`; returns its scroller."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, _STILL)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, _STILL)
    scroller.setScrollerProperties(properties)
    return scroller


__all__ = ["enable_swipe"]
