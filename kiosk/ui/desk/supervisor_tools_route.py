"""What the supervisor console's tools do (kiosk/ui/desk/supervisor_tools.py): save the
activity report where the supervisor finds it, open it to print, start and end a training
session.

The report is written by `kiosk.reports.save_report` on the desk's worker (it blocks on
the office, locally or over the LAN) into the user's Documents folder, else the office's
data folder under `reports/`; it is named after the office and its days. A training session
(`kiosk.training_session`) is a training hub and desk started as child processes: they
open the training folder, never the real office, and the console only starts and ends them.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from kiosk.i18n import current_language
from kiosk.office.errors import OfficeError
from kiosk.reports import ReportNotWritten, SavedReport, default_file_name, save_report
from kiosk.training_session import TrainingSession, TrainingSessionError, start_training_session
from kiosk.ui.desk.errors import error_code
from kiosk.ui.desk.texts import DeskTexts
from kiosk.ui.office_model import is_unreachable

if TYPE_CHECKING:
    from kiosk.ui.desk.window import DeskWindow

log = logging.getLogger(__name__)


def reports_folder(data_dir: Path) -> Path:
    """Documents when the desk's user has one, else DATA_DIR/reports (a service user)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(documents) if documents and Path(documents).is_dir() else Path(data_dir) / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class SupervisorToolsRoute(QObject):
    def __init__(self, window: DeskWindow, folder: Path | None = None):
        super().__init__(window)
        self._window = window
        self._folder = folder
        self.saved: SavedReport | None = None
        self.training: TrainingSession | None = None
        tools = window.supervisor_page.tools
        tools.report_requested.connect(self.save)
        tools.open_requested.connect(self.open_saved)
        tools.training_requested.connect(self.switch_training)

    def show(self) -> None:
        """The console opens: the report's days end today, the office's day."""
        w = self._window
        w.supervisor_page.tools.set_today(w.now().astimezone(w.zone).date())  # the office's day

    # ---- the report -------------------------------------------------------------------

    def save(self, first: dt.date, last: dt.date, fmt: str) -> None:
        w = self._window
        tools = w.supervisor_page.tools
        try:
            folder = self._folder or reports_folder(w.settings.data_dir)
        except OSError as exc:
            tools.set_busy(False)
            tools.show_report_message(str(ReportNotWritten(f"cannot create the reports folder: {exc}")))
            return
        path = folder / default_file_name(w.model.info.code, first, last, fmt)
        w.caller.run(save_report, w.office, w.token, first, last, fmt, path, current_language(),
                     on_success=self._saved, on_failure=self._not_saved)

    def _saved(self, saved: SavedReport) -> None:
        self.saved = saved
        pages = saved.size if saved.format.value == "pdf" else None
        self._window.supervisor_page.tools.show_saved(str(saved.path), pages)

    def _not_saved(self, exc: BaseException) -> None:
        tools = self._window.supervisor_page.tools
        tools.set_busy(False)
        if isinstance(exc, ReportNotWritten):
            tools.show_report_message(str(exc))
        elif is_unreachable(exc):
            self._window.banner.show_lost()
            tools.show_report_message("")
        elif isinstance(exc, OfficeError):
            tools.show_report_message(DeskTexts().refusal(error_code(exc)))
        else:
            log.warning("the activity report failed: %s", exc)
            tools.show_report_message(str(exc))

    def open_saved(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.path)))

    # ---- training ---------------------------------------------------------------------

    def switch_training(self, start: bool) -> None:
        w = self._window
        tools = w.supervisor_page.tools
        if not start:
            self.stop_training()
            tools.show_training_ended()
            return
        tools.show_training_starting()
        w.caller.run(start_training_session, w.settings, desk=True, prepare=True,
                     on_success=self._training_started, on_failure=self._training_failed)

    def _training_started(self, session: TrainingSession) -> None:
        self.training = session
        self._window.supervisor_page.tools.show_training_started(session.prepared.strip())

    def _training_failed(self, exc: BaseException) -> None:
        why = str(exc) if isinstance(exc, TrainingSessionError) else f"{type(exc).__name__}: {exc}"
        self._window.supervisor_page.tools.show_training_failed(why)

    def stop_training(self) -> None:
        """The desk closes: a training session it started ends with it."""
        if self.training is not None:
            self.training.stop()
            self.training = None


__all__ = ["SupervisorToolsRoute", "reports_folder"]
