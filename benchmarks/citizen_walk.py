"""A scripted citizen who walks through every citizen screen, for the stall benchmark and
the kiosk-over-the-LAN test (tests/ui/test_citizen_over_lan.py).

    language → home → services → priority → ticket → home
             → documents → (take a ticket for this service) → priority → ticket → home
             → register a concern: category → text → place → consent → review → send → home
             → follow a concern: code → look up → home

With the hub up every step succeeds; with it down the walk expects what a citizen should
then see: no ticket (the ticket screen says to ask at reception), the concern not sent
(the review screen says so), the lookup failing — and it goes on, as a citizen would.
Waits turn the event loop (`QTest.qWait`) until what the citizen waits for is on screen;
they look only at what is shown, so the same walk runs against any version of the kiosk.
Before each tap the event loop turns for `LOOK_MS`, as it does while a person looks at the
screen: the screen the previous tap brought is painted first, and a benchmark timing the
event loop's turns sees each tap in a turn of its own (not three taps chained in one).

Thread use: GUI thread.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QThread
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication

TIMEOUT_S = 20.0
LOOK_MS = 5  # far less than a person takes; enough for the pending paint and a 2 ms timer


# Subscribing starts the client's event thread and returns at once: it is how the bridge listens.
NOT_A_REQUEST = frozenset({"subscribe"})


class GuiThreadCalls:
    """An office that notes every call (or property read) made on the GUI thread, and how long
    it held the thread: `calls` [(name, seconds)], and `block_s`, the time spent in such calls
    since the owner last reset it (the benchmark resets it at every heartbeat).

    Noting starts with `start()`: the first snapshot is read at start-up, before the window
    exists (kiosk/ui/app.py)."""

    def __init__(self, office: Any):
        self._office = office
        self.recording = False
        self.calls: list[tuple[str, float]] = []
        self.block_s = 0.0
        self._lock = threading.Lock()

    def start(self) -> None:
        self.recording = True

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]

    def _timed(self, name: str, fn: Callable[[], Any]) -> Any:
        app = QApplication.instance()
        if not self.recording or name in NOT_A_REQUEST or QThread.currentThread() is not app.thread():
            return fn()
        began = time.perf_counter()
        try:
            return fn()
        finally:
            spent = time.perf_counter() - began
            with self._lock:
                self.calls.append((name, spent))
                self.block_s += spent

    def __getattr__(self, name: str) -> Any:
        if isinstance(getattr(type(self._office), name, None), property):  # info, catalogue …: may be a request
            return self._timed(name, lambda: getattr(self._office, name))
        member = getattr(self._office, name)
        if not callable(member):
            return member

        def call(*args: Any, **kwargs: Any) -> Any:
            return self._timed(name, lambda: member(*args, **kwargs))

        call.__qualname__ = f"{type(self._office).__name__}.{name}"
        return call


class WalkLog:
    """What the walk did last, for a benchmark to say what a long turn of the event loop followed."""

    last_tap = ""


WALK_LOG = WalkLog()


class WalkError(AssertionError):
    """What the citizen waited for did not come."""


def wait_until(condition: Callable[[], object], what: str, timeout_s: float = TIMEOUT_S) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise WalkError(f"the citizen waited {timeout_s:.0f} s for: {what}")
        QTest.qWait(2)


def tap(button: QAbstractButton) -> None:
    wait_until(lambda: button.isVisible() and button.isEnabled(), f"{button.objectName()} to be usable")
    QTest.qWait(LOOK_MS)
    WALK_LOG.last_tap = button.objectName() or button.text()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def walk(window, *, hub_up: bool, concern_code: str | None = None, language: str = "fr") -> None:
    """The whole walk on a shown `CitizenWindow` (from its language screen or home), back to
    home; `concern_code`: one to follow up."""
    shown = window.currentWidget
    _home(window, language, "home")

    # a ticket from the services screen
    tap(window.home_screen.ticket_button)
    wait_until(lambda: shown() is window.service_screen, "the services")
    service = next(iter(window.service_screen.tiles))
    tap(window.service_screen.tiles[service])
    _ticket(window, hub_up, language)

    # the documents of a service, then a ticket for it
    tap(window.home_screen.documents_button)
    wait_until(lambda: shown() is window.documents_screen, "the documents")
    tap(window.documents_screen.ticket_button)
    _ticket(window, hub_up, language)

    # register a concern (anonymous)
    tap(window.home_screen.concern_button)
    flow = window.concern_flow
    wait_until(lambda: shown() is flow and flow.current_screen() == "category", "the concern categories")
    tap(next(iter(flow.category_screen.tiles.values())))
    wait_until(lambda: flow.current_screen() == "text", "the text step")
    flow.text_screen.edit.setPlainText("La lampe de la rue est en panne depuis une semaine.")
    tap(flow.text_screen.next_button)
    wait_until(lambda: flow.current_screen() == "place", "the place step")
    tap(flow.place_screen.skip_button)
    wait_until(lambda: flow.current_screen() == "consent", "the consent step")
    tap(flow.consent_screen.anonymous_button)
    wait_until(lambda: flow.current_screen() == "review", "the review")
    tap(flow.review_screen.send_button)
    if hub_up:
        wait_until(lambda: flow.current_screen() == "confirmation", "the concern's code")
        tap(flow.confirmation_screen.done_button)
    else:
        wait_until(lambda: flow.review_screen.message.isVisible() and flow.review_screen.send_button.isEnabled(),
                   "the review to say the concern was not sent")
        tap(flow.review_screen.header.home_button)
    _home(window, language, "home after the concern")  # a registered concern: the next citizen

    # follow a concern up
    tap(window.home_screen.follow_button)
    followup = flow.followup_screen
    wait_until(lambda: shown() is flow and flow.current_screen() == "followup", "the follow-up screen")
    followup.code_edit.setText(concern_code or "TST-AAAA-AAAA")
    tap(followup.look_up_button)
    if hub_up and concern_code:
        wait_until(lambda: followup.result.isVisible(), "the concern's status")
    else:
        wait_until(lambda: followup.message.isVisible() and followup.look_up_button.isEnabled(),
                   "the lookup to say what went wrong")
    tap(followup.header.back_button)
    wait_until(lambda: shown() is window.home_screen, "home at the end")


def _home(window, language: str, what: str) -> None:
    """Home, through the language screen when the kiosk started over for the next citizen
    (after a ticket or a registered concern)."""
    shown = window.currentWidget
    wait_until(lambda: shown() in (window.language_screen, window.home_screen), what)
    if shown() is window.language_screen:
        tap(window.language_screen.buttons[language])
    wait_until(lambda: shown() is window.home_screen, what)


def _ticket(window, hub_up: bool, language: str) -> None:
    shown = window.currentWidget
    wait_until(lambda: shown() is window.priority_screen, "the priority question")
    tap(window.priority_screen.buttons[next(iter(window.priority_screen.buttons))])
    screen = window.ticket_screen
    if hub_up:
        wait_until(lambda: shown() is screen and screen.issued is not None, "the ticket")
    else:
        wait_until(lambda: shown() is screen and screen.error_code, "the ticket screen to say there is no ticket")
    tap(screen.done_button)
    _home(window, language, "home after the ticket")


__all__ = ["WALK_LOG", "GuiThreadCalls", "WalkError", "WalkLog", "tap", "wait_until", "walk"]
