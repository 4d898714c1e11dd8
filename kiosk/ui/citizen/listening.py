"""`ListeningMode`: touch once to hear a button, touch it again (or the big "OK") to choose it.

While the mode is on, the first touch on any button of the citizen window does not act:
the button gets a ring (`COLORS["listening"]`, at least 3:1 on the page: kiosk/ui/theme.py)
and `heard` asks the voice guide to say its words. A second touch on the ringed button
goes through and acts; so does the big "OK" that appears on the half of the screen the
ringed button is not on (it never covers what the citizen is exploring). Touching another
button moves the ring there. The "Listen" buttons and "OK" itself always act at once.

The mode is switched by the "Listen" buttons (`toggle`), and ends with the citizen's
session (`set_on(False)` from the window's start over).

Its event filter is on the application, installed before the window's `IdleWatch`
filter: Qt asks the filter installed last first, so the idle timer and the double-tap
guard see every touch, even the ones this filter keeps from their buttons.

Thread use: GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from kiosk.ui.theme import COLORS
from kiosk.ui.widgets.buttons import BigButton
from kiosk.ui.widgets.listen_button import ListenButton

RING_PX = 6  # the ring's width
RING_GAP_PX = 4  # between the button's edge and the ring: the ring sits on the page
OK_MIN_WIDTH_PX = 280
OK_HEIGHT_PX = 88
OK_MARGIN_PX = 24

_PRESS_EVENTS = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick})


class ListeningRing(QWidget):
    """The ring round the button just heard: drawn over the screens, never in the way of a touch."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("listening-ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()

    def surround(self, button: QWidget) -> None:
        margin = RING_PX + RING_GAP_PX
        top_left = button.mapTo(self.parentWidget(), button.rect().topLeft())
        self.setGeometry(QRect(top_left, button.size()).adjusted(-margin, -margin, margin, margin))
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(COLORS["listening"]), RING_PX))
        half = RING_PX / 2
        painter.drawRoundedRect(self.rect().toRectF().adjusted(half, half, -half, -half), 14, 14)


class ListeningMode(QObject):
    toggled = Signal(bool)  # the mode went on or off
    heard = Signal(QAbstractButton)  # a first touch on this button: say its words

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.on = False
        self.chosen: QAbstractButton | None = None  # the ringed button: a second touch chooses it
        self._held: QAbstractButton | None = None  # the button whose press was kept from it (its release too)
        self._connected: set[ListenButton] = set()
        self.ring = ListeningRing(window)
        self.ok_button = BigButton("", role="primary", min_height=OK_HEIGHT_PX, parent=window)
        self.ok_button.setObjectName("listening-ok")
        self.ok_button.clicked.connect(self.choose)
        self.ok_button.hide()
        self._retranslate()
        QApplication.instance().installEventFilter(self)
        self._filtering = True

    def stop(self) -> None:
        """The filter off, for good (the window is shutting down)."""
        if self._filtering:
            QApplication.instance().removeEventFilter(self)
            self._filtering = False

    def connect_buttons(self, root: QWidget) -> None:
        """Connect every "Listen" button under `root` not connected yet (screens built later included)."""
        for button in root.findChildren(ListenButton):
            if button not in self._connected:
                self._connected.add(button)
                button.setChecked(self.on)
                button.clicked.connect(self.toggle)

    def toggle(self) -> None:
        self.set_on(not self.on)

    def set_on(self, on: bool) -> None:
        changed = on != self.on
        self.on = on
        for button in self._connected:
            button.setChecked(on)  # every screen's "Listen" shows the mode, not just the one pressed
        self.clear()
        if changed:
            self.toggled.emit(on)

    def clear(self) -> None:
        """No button chosen: the ring and "OK" go (a new screen, the end of the mode)."""
        self.chosen = None
        self.ring.hide()
        self.ok_button.hide()

    def choose(self) -> None:
        """"OK": the ringed button acts, as if touched a second time."""
        button = self.chosen
        self.clear()
        if button is not None and button.isVisible() and button.isEnabled():
            button.click()

    def hear(self, button: QAbstractButton) -> None:
        """Ring `button`, show "OK", and ask for its words to be said (its first touch)."""
        self.chosen = button
        self.ring.surround(button)
        self._place_ok(button)
        self.heard.emit(button)

    def _place_ok(self, button: QAbstractButton) -> None:
        window = self.window
        self._retranslate()
        hint = self.ok_button.sizeHint()  # larger text asks for more than 88 px
        width, height = max(OK_MIN_WIDTH_PX, hint.width()), max(OK_HEIGHT_PX, hint.height())
        centre = button.mapTo(window, button.rect().center())
        lower_half = centre.y() > window.height() / 2
        y = OK_MARGIN_PX if lower_half else window.height() - height - OK_MARGIN_PX
        self.ok_button.setGeometry((window.width() - width) // 2, y, width, height)
        self.ok_button.show()
        self.ok_button.raise_()

    def _retranslate(self) -> None:
        self.ok_button.set_label(QCoreApplication.translate("ListeningMode", "OK"))

    def _button_for(self, watched: QObject) -> QAbstractButton | None:
        """The window's button a touch on `watched` would press, if listening keeps it."""
        if not isinstance(watched, QAbstractButton) or not self.window.isAncestorOf(watched):
            return None
        if isinstance(watched, ListenButton) or watched is self.ok_button or not watched.isEnabled():
            return None
        return watched

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self.on or kind not in (*_PRESS_EVENTS, QEvent.Type.MouseButtonRelease):
            return False
        if kind == QEvent.Type.MouseButtonRelease:
            if watched is self._held:
                self._held = None
                return True  # the end of a touch that only asked to hear
            return False
        button = self._button_for(watched)
        if button is None:
            return False
        if button is self.chosen:
            self.clear()  # the second touch: it acts
            return False
        self._held = button
        self.hear(button)
        return True
