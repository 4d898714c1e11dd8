"""Swiping scrolls the citizen's lists on touch screens that send mouse events (issue 13,
item 9): a drag with the left button held moves the services list, a tap still chooses a
service, and every citizen list is swipeable."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QScroller

from kiosk.ui.citizen.concerns.review_screen import ReviewScreen
from tests.ui.test_citizen_flow import choose_language, click


def _send(widget, kind: QEvent.Type, point: QPoint, buttons) -> None:
    local = QPointF(point)
    event = QMouseEvent(kind, local, QPointF(widget.mapToGlobal(point)), Qt.MouseButton.LeftButton,
                        buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def swipe_up(qtbot, viewport, distance: int) -> None:
    """A finger pressed low on the list, dragged up `distance` px in small steps, lifted."""
    start = QPoint(viewport.width() // 2, viewport.height() - 40)
    held = Qt.MouseButton.LeftButton
    _send(viewport, QEvent.Type.MouseButtonPress, start, held)
    for step in range(1, 21):
        qtbot.wait(5)  # the scroller measures the finger's speed over time
        _send(viewport, QEvent.Type.MouseMove, start - QPoint(0, distance * step // 20), held)
    _send(viewport, QEvent.Type.MouseButtonRelease, start - QPoint(0, distance), Qt.MouseButton.NoButton)


def test_a_mouse_drag_scrolls_the_services_list(qtbot, make_window, office):
    window = make_window()
    window.resize(1024, 768)
    choose_language(qtbot, window, "fr", "Prendre un ticket")
    click(qtbot, window.home_screen.ticket_button)
    screen = window.service_screen
    qtbot.waitUntil(lambda: window.currentWidget() is screen)
    bar = screen.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0  # more services than fit
    swipe_up(qtbot, screen.scroll_area.viewport(), 300)
    qtbot.waitUntil(lambda: bar.value() > 40)  # the list followed the finger (less the drag threshold)
    assert window.currentWidget() is screen  # a swipe is not a tap: no service chosen
    # and a plain tap on a tile still chooses it
    tile = screen.tiles[office.services()[0].code]
    screen.scroll_area.ensureWidgetVisible(tile)
    QScroller.scroller(screen.scroll_area.viewport()).stop()
    click(qtbot, tile)
    qtbot.waitUntil(lambda: window.currentWidget() is window.priority_screen)



def test_every_citizen_list_answers_a_mouse_drag(qtbot, make_window, office):
    window = make_window()
    flow = window.concern_flow
    # Enough in each to scroll (an empty list has nothing to swipe, and its scroller stays asleep).
    window.documents_screen.show_service(max(office.services(), key=lambda s: len(s.documents_in("fr"))).code)
    flow.followup_screen.history.addItems([f"line {n}" for n in range(40)])
    areas = {
        "services": window.service_screen.scroll_area,
        "documents list": window.documents_screen.list_area,
        "documents": window.documents_screen.docs_area,
        "consent": flow.consent_screen.scroll_area,
        "follow-up history": flow.followup_screen.history,
    }
    review = flow.review_screen
    assert isinstance(review, ReviewScreen)
    areas["review text"] = review.values["text"]
    review.values["text"].setPlainText("\n".join(f"line {n}" for n in range(40)))
    deaf = []
    for name, area in areas.items():
        if not area.isVisible():  # on a screen not shown now: taken out on its own, its scroller goes along
            area.setParent(None)
            qtbot.addWidget(area)
            area.resize(320, 120)  # small enough that its content scrolls
            area.show()
        viewport = area.viewport()
        # a left-button press (what a mouse-like touch screen sends) wakes the list's scroller
        _send(viewport, QEvent.Type.MouseButtonPress, viewport.rect().center(), Qt.MouseButton.LeftButton)
        scroller = QScroller.scroller(viewport)
        if scroller.state() is not QScroller.State.Pressed:
            deaf.append(name)
        _send(viewport, QEvent.Type.MouseButtonRelease, viewport.rect().center(), Qt.MouseButton.NoButton)
        scroller.stop()
    assert deaf == []
