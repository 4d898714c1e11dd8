"""`DisplayBoard`: the hall TV's one screen.

    ┌ office name ········· [connection lost] ·················· 08:30 ┐
    │ (a small bell beside the badge while a kiosk waits for a clerk)      │
    │ ┌ now calling ─────────────────────────┐ ┌ previous calls ──────┐ │
    │ │      A-042   →   Guichet 3 / الشباك 3  │ │ A-041 → 2 …          │ │
    │ └──────────────────────────────────────┘ └──────────────────────┘ │
    │ ┌ waiting: [icon name n] [icon name n] … ────────────────────────┐ │
    └ announcements line ───────────────────────────────────────────── ┘

It works the same on a local `Office` or the LAN `RemoteOffice`. A call event updates
the board at once from the event's own data (then `call_shown` is emitted) and queues
the spoken call; everything else is re-read from the office off the GUI thread
(`load_snapshot` through `Worker`), debounced, and shown as a whole. The board also
re-reads on `hub.resync`, on `hub.connection` back online, and every `refresh_s`
seconds, so a missed event or a lost connection heals by itself; while the office
cannot be reached the last state stays up with a discreet badge.

Thread use: GUI thread (office reads run on the worker's pool).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from kiosk.domain.catalogue import kabyle_in_script
from kiosk.domain.languages import LANGUAGES, is_rtl
from kiosk.i18n import tamazight_script
from kiosk.office import OfficePort
from kiosk.ui.bridge import OfficeBridge
from kiosk.ui.clock import SYSTEM_UI_CLOCK, UiClock
from kiosk.ui.coalescer import Coalescer
from kiosk.ui.display import style
from kiosk.ui.display.announcer import Announcer
from kiosk.ui.display.snapshot import RECENT_CALLS, CallRow, DisplaySnapshot, load_snapshot
from kiosk.ui.display.texts import bilingual, board_languages, counter_text, direction_mark, isolate, join_bilingual
from kiosk.ui.display.ticker import Ticker
from kiosk.ui.display.widgets import ElidedLabel, HeroCall, RecentCalls, WaitingPanel
from kiosk.ui.widgets.icons import icon_pixmap
from kiosk.ui.widgets.training_band import TrainingBand
from kiosk.ui.worker import Worker

log = logging.getLogger(__name__)

CALL_EVENTS = frozenset({"ticket.called", "ticket.recalled"})
REFRESH_DEBOUNCE_MS = 150
RETRY_MS = 5000


class DisplayBoard(QWidget):
    """The hall display for one office, in `language` plus a second board language."""

    call_shown = Signal(str, str)  # label, counter: emitted right after the big call shows it
    refreshed = Signal()  # a snapshot read from the office is on screen

    def __init__(self, office: OfficePort, bridge: OfficeBridge | None = None, *, language: str = "ar",
                 announcer: Announcer | None = None, worker: Worker | None = None, refresh_s: float = 30.0,
                 parent: QWidget | None = None, clock: UiClock = SYSTEM_UI_CLOCK):
        super().__init__(parent)
        self.clock = clock  # the timers' clock: tests move it by hand
        self.setObjectName("display-board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.office = office
        self.bridge = bridge
        self.announcer = announcer
        self.worker = worker or Worker(parent=self)
        self.snapshot = DisplaySnapshot()
        self.languages = board_languages(language)
        self.unit = 0.0
        self._zone: ZoneInfo | None = None  # known once the office has been read
        self._call_generation = 0  # bumped by each call event: a read begun before it is stale for calls
        self._hub_offline = False
        self._load_failed = False
        self._closed = False

        self.office_label = ElidedLabel("office")
        self.badge = QLabel()
        self.badge.setProperty("role", "badge")
        self.badge.setObjectName("offline-badge")
        self.badge.setVisible(False)
        # Discreet: a bell, no words for the hall, while a citizen at a kiosk waits for a clerk.
        self.help_mark = QLabel()
        self.help_mark.setObjectName("help-mark")
        self.help_mark.setVisible(False)
        self.clock_label = QLabel()
        self.clock_label.setProperty("role", "clock")
        self.hero = HeroCall(clock=clock)
        self.recent = RecentCalls(RECENT_CALLS)
        self.waiting = WaitingPanel()
        self.ticker = Ticker(clock=clock)

        header = QHBoxLayout()
        header.addWidget(self.office_label, 3)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignCenter)
        header.addWidget(self.help_mark, 0, Qt.AlignmentFlag.AlignCenter)
        header.addStretch(1)
        header.addWidget(self.clock_label, 0)
        top = QHBoxLayout()
        top.addWidget(self.hero, 13)
        top.addWidget(self.recent, 6)
        self._top = top
        self._header = header
        self._layout = QVBoxLayout(self)
        # The screen's size is given; parts fit themselves into it (never the window to them).
        self._layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.training_band = TrainingBand()  # shown once the office is read and says it is a training one
        self._layout.addWidget(self.training_band, 0)
        self._layout.addLayout(header, 0)
        self._layout.addLayout(top, 60)
        self._layout.addWidget(self.waiting, 30)
        self._layout.addWidget(self.ticker, 0)

        # Events in a burst become one read; a read asked for while one is out runs after it.
        self._reads = Coalescer(self._load, clock, self, delay_ms=REFRESH_DEBOUNCE_MS)
        self._periodic = clock.timer(self, max(1, int(refresh_s * 1000)))
        self._periodic.timeout.connect(self.refresh)
        self._retry = clock.timer(self, RETRY_MS, single_shot=True)
        self._retry.timeout.connect(self.refresh)
        self._clock_timer = clock.timer(self, 1000)
        self._clock_timer.timeout.connect(self._tick)

        if bridge is not None:
            bridge.event.connect(self._on_event)
        self.set_language(language)
        self._apply_unit(1080, 1920)
        self._tick()

    # ---- public -------------------------------------------------------------------------

    def start(self) -> None:
        """Read the office and keep the board current (timers on)."""
        self._periodic.start()
        self._clock_timer.start()
        self.refresh()

    def shutdown(self) -> None:
        """Stop timers, listening and speaking; wait for reads in flight. Does not close the office."""
        if self._closed:
            return
        self._closed = True
        for timer in (self._periodic, self._retry, self._clock_timer):
            timer.stop()
        self._reads.cancel()
        if self.bridge is not None:
            self.bridge.close()
        if self.announcer is not None:
            self.announcer.shutdown()
        self.worker.wait_for_done()

    def set_language(self, language: str) -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        self.languages = board_languages(language)
        rtl = is_rtl(language)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        # The office name may be Latin on an Arabic board: align it by the board, not by its text.
        start = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        self.office_label.setAlignment(start | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        self._retranslate()
        self.show_snapshot(self.snapshot)

    def show_snapshot(self, snapshot: DisplaySnapshot) -> None:
        """Show `snapshot` as it is (no flash, no speech)."""
        self.snapshot = snapshot
        if snapshot.office_name:
            self.office_label.set_full_text(snapshot.office_name)
            self.training_band.show_for(snapshot.training)
        if snapshot.timezone and (self._zone is None or self._zone.key != snapshot.timezone):
            self._zone = _zone(snapshot.timezone)
            self._tick()
        self._show_hero(snapshot.calls[0] if snapshot.calls else None)
        self.recent.set_calls(snapshot.calls[1:])
        self._show_waiting()
        self._show_announcements()
        self.help_mark.setVisible(snapshot.help_requests > 0)

    def refresh(self) -> None:
        """Re-read the office off the GUI thread; the answer replaces the board's state."""
        if not self._closed:
            self._reads.now()

    def _load(self) -> None:
        generation = self._call_generation
        self.worker.submit(load_snapshot, self.office, tamazight_script=tamazight_script(),
                           on_success=lambda snap: self._loaded(snap, generation),
                           on_failure=self._load_failed_with)

    def set_hub_online(self, online: bool) -> None:
        """The hub's event stream is lost (badge on, last state kept) or back (badge off, re-read)."""
        self._hub_offline = not online
        self._update_badge()
        if online:
            self.refresh()

    def is_offline(self) -> bool:
        return self.badge.isVisibleTo(self)

    # ---- events -------------------------------------------------------------------------

    def _on_event(self, kind: str, data: dict) -> None:
        if self._closed:
            return
        if kind in CALL_EVENTS:
            self._show_call(CallRow.from_event(data))
            self._refresh_soon()
        elif kind.startswith(("ticket.", "help.")):
            self._refresh_soon()
        elif kind == "announcement.changed":
            texts = kabyle_in_script(dict(data.get("texts") or {}), tamazight_script())
            self.snapshot = dataclasses.replace(self.snapshot, announcements=(texts,) if texts else ())
            self._show_announcements()
            self._refresh_soon()
        elif kind == "hub.connection":
            self.set_hub_online(bool(data.get("online")))
        elif kind == "hub.resync":
            self.refresh()

    def _show_call(self, call: CallRow) -> None:
        self._call_generation += 1
        self.snapshot = self.snapshot.with_call(call)
        self._show_hero(call)
        self.recent.set_calls(self.snapshot.calls[1:])
        self.hero.flash()
        self.call_shown.emit(call.label, call.counter)
        if self.announcer is not None:
            self.announcer.announce(call.label, call.counter)

    def _refresh_soon(self) -> None:
        self._reads.request()

    def _loaded(self, snapshot: DisplaySnapshot, generation: int) -> None:
        if self._closed:
            self._reads.failed()
            return
        self._load_failed = False
        self._retry.stop()
        if generation != self._call_generation:
            # A call arrived while reading: the board already shows it; keep its calls, read again.
            snapshot = dataclasses.replace(snapshot, calls=self.snapshot.calls)
            self._reads.now()  # a read is out: this one runs after it
        self.show_snapshot(snapshot)
        self._update_badge()
        self.refreshed.emit()
        self._reads.finished()

    def _load_failed_with(self, exc: BaseException) -> None:
        self._reads.failed()
        if self._closed:
            return
        log.warning("display cannot read the office (%s); keeping the last state, retrying", exc)
        self._load_failed = True
        self._update_badge()
        self._retry.start()

    # ---- showing ------------------------------------------------------------------------

    def _show_hero(self, call: CallRow | None) -> None:
        first, second = self.languages
        heading = join_bilingual(self.languages, "Now calling")
        if call is None:
            welcome = bilingual(self.languages, "Welcome")
            wait = bilingual(self.languages, "Please wait for your number.")
            self.hero.set_texts("", welcome[0], wait[0], wait[1] or welcome[1], arrow=False)
            return
        counter1 = counter_text(first, call.counter)
        counter2 = counter_text(second, call.counter)
        self.hero.set_texts(heading, call.label, counter1, "" if counter2 == counter1 else counter2)

    def _show_waiting(self) -> None:
        first, second = self.languages
        entries = []
        for service in self.snapshot.services:  # catalogue order: a line keeps its place
            count = int(self.snapshot.waiting.get(service.code, 0))
            name, name2 = service.name(first), service.name(second)
            entries.append((service.code, service.icon, name, "" if name2 == name else name2, count))
        self.waiting.set_entries(entries)

    def _show_announcements(self) -> None:
        first, second = self.languages
        parts: list[str] = []
        for texts in self.snapshot.announcements:
            main = texts.get(first) or texts.get("fr") or texts.get("ar") or next(iter(texts.values()), "")
            other = texts.get(second, "")
            parts.extend(isolate(t) for t in (main, other if other != main else "") if t)
        self.ticker.set_text(direction_mark(first) + "     •     ".join(parts) if parts else "")
        self.ticker.setVisible(bool(parts))

    def _retranslate(self) -> None:
        self.training_band.set_languages(self.languages)
        self.badge.setText(join_bilingual(self.languages, "Connection lost — reconnecting…"))
        self.badge.setAccessibleName(self.badge.text())
        self.help_mark.setAccessibleName(join_bilingual(self.languages, "A citizen at a kiosk is waiting for help"))
        self.recent.set_heading("\n".join(t for t in bilingual(self.languages, "Previous calls") if t))
        self.waiting.set_heading(join_bilingual(self.languages, "Waiting"),
                                 join_bilingual(self.languages, "Nobody is waiting."))

    def _update_badge(self) -> None:
        self.badge.setVisible(self._hub_offline or self._load_failed)

    def _tick(self) -> None:
        now = dt.datetime.now(self._zone) if self._zone else dt.datetime.now()
        text = now.strftime("%H:%M")
        if self.clock_label.text() != text:
            self.clock_label.setText(text)

    # ---- size ---------------------------------------------------------------------------

    def _apply_unit(self, height: int, width: int) -> None:
        unit = round(min(style.unit_for(height), max(width, 200) / 1920), 3)
        # Four tiles across from 1400 px: at 1366×768 a fourth column left a long service's
        # names too little room even at the smallest font (three show them at a readable size).
        columns = 4 if width >= 1400 else 3
        if (unit, columns) == (self.unit, self.waiting.columns):
            return
        self.unit = unit
        self.setStyleSheet(style.stylesheet(unit))
        pad = round(24 * unit)
        self._layout.setContentsMargins(pad, round(12 * unit), pad, round(14 * unit))
        self._layout.setSpacing(round(16 * unit))
        self._top.setSpacing(round(18 * unit))
        self._header.setSpacing(round(20 * unit))
        self.hero.set_unit(unit)
        self.recent.set_unit(unit)
        self.waiting.set_unit(unit, columns=columns)
        self.ticker.set_unit(unit)
        self.help_mark.setPixmap(icon_pixmap("help", max(16, round(44 * unit))))

    def resizeEvent(self, event) -> None:
        self._apply_unit(event.size().height(), event.size().width())
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self.show_snapshot(self.snapshot)  # arrows point the new way
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError):  # an unknown zone: the machine's local time
        log.warning("unknown time zone %r: the clock shows local time", name)
        return None
