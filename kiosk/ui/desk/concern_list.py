"""The inbox's left side: the filters (status, subject, age, office) and the list of concerns.

`ConcernFilters` turns the four boxes into a `ConcernFilter` (`changed` when one moves);
`ConcernList` shows concerns as rows (code, subject, status, days since), sized so the
list never scrolls sideways. Neither calls the office: the `ConcernsInbox` reads the
concerns and hands them over.

Thread use: GUI thread.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from kiosk.domain.catalogue import Catalogue
from kiosk.domain.concern_filter import ConcernFilter
from kiosk.domain.concerns import Concern, ConcernStatus
from kiosk.ui.citizen.concerns.texts import ConcernTexts, arg, days_since
from kiosk.ui.desk.style import DESK_TARGET_PX
from kiosk.ui.desk.texts import current_language

AGES = {"any": (None, None), "week": (None, 7), "over15": (15, None), "over30": (30, None)}
STATUS_FILTERS = ("open", "all", *(s.value for s in ConcernStatus))
CODE, CATEGORY, STATUS, DAYS = range(4)  # list columns
COLUMN_GAP = 16  # px


class ConcernFilters(QWidget):
    changed = Signal()

    def __init__(self, catalogue: Catalogue, office_code: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._office_code = office_code
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("status-filter")
        self.category_filter = QComboBox()
        self.category_filter.setObjectName("category-filter")
        self.age_filter = QComboBox()
        self.age_filter.setObjectName("age-filter")
        self.office_filter = QComboBox()
        self.office_filter.setObjectName("office-filter")
        for combo in (self.status_filter, self.category_filter, self.age_filter, self.office_filter):
            combo.setMinimumHeight(DESK_TARGET_PX)
            # Long names (categories, Arabic) must not push the inbox wider than the screen.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(self.changed)
            # The status names are few and known: that box is as wide as its longest one
            # ("Open (received or being handled)" in every language); the others share the rest.
            row.addWidget(combo, 0 if combo is self.status_filter else 1)
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        """Entries (data fixed, names set in `retranslate`)."""
        for status in STATUS_FILTERS:
            self.status_filter.addItem("", status)
        self.category_filter.addItem("", None)
        for category in self._catalogue.concern_categories:
            self.category_filter.addItem("", category.code)
        for key in AGES:
            self.age_filter.addItem("", key)
        self.office_filter.addItem("", None)
        self.office_filter.addItem("", self._office_code)

    def current_filter(self) -> ConcernFilter:
        status = self.status_filter.currentData() or "open"
        statuses: tuple[ConcernStatus, ...]
        if status == "open":
            statuses = (ConcernStatus.RECEIVED, ConcernStatus.IN_PROGRESS)
        elif status == "all":
            statuses = ()
        else:
            statuses = (ConcernStatus(status),)
        older, newer = AGES[self.age_filter.currentData() or "any"]
        return ConcernFilter(statuses=statuses, category=self.category_filter.currentData() or None,
                             older_than_days=older, newer_than_days=newer,
                             office_code=self.office_filter.currentData() or None)

    def retranslate(self) -> None:
        texts = ConcernTexts()
        status_names = {"open": self.tr("Open (received or being handled)"), "all": self.tr("All statuses")}
        for index in range(self.status_filter.count()):
            value = self.status_filter.itemData(index)
            self.status_filter.setItemText(index, status_names.get(value) or texts.status(value))
        language = current_language()
        for index in range(self.category_filter.count()):
            code = self.category_filter.itemData(index)
            self.category_filter.setItemText(index, self._catalogue.category(code).name(language) if code
                                             else self.tr("All subjects"))
        ages = {"any": self.tr("Any age"), "week": self.tr("This week"), "over15": self.tr("Older than 15 days"),
                "over30": self.tr("Older than 30 days")}
        for index in range(self.age_filter.count()):
            self.age_filter.setItemText(index, ages[self.age_filter.itemData(index)])
        self.office_filter.setItemText(0, self.tr("All offices"))
        self.office_filter.setItemText(1, arg(self.tr("This office (%1)"), self._office_code))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ConcernList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("concern-list")
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setColumnCount(4)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(48)
        # The subject takes what the others leave (see `fit_columns`), so the list never scrolls sideways.
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Stretch)
        self.retranslate()

    def show_concerns(self, concerns: Sequence[Concern], now: dt.datetime,
                      category_name: Callable[[str], str]) -> None:
        """One row per concern, in the given order (no selection signal while filling)."""
        texts = ConcernTexts()
        self.blockSignals(True)
        self.clear()
        for concern in concerns:
            category = category_name(concern.category)
            item = QTreeWidgetItem([concern.code, category, texts.status(concern.status),
                                    str(days_since(concern.created_at, now))])
            item.setData(0, Qt.ItemDataRole.UserRole, concern.code)
            item.setToolTip(CATEGORY, category)  # elided when the list is narrow
            item.setTextAlignment(DAYS, Qt.AlignmentFlag.AlignCenter)
            self.addTopLevelItem(item)
        self.blockSignals(False)
        self.fit_columns()

    def item_for(self, code: str) -> QTreeWidgetItem | None:
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == code:
                return item
        return None

    def fit_columns(self) -> None:
        """Code and age in full; status as wide as it needs up to half of what is left; subject the rest.

        Long statuses ("En cours de traitement") and subjects are elided, their full text in
        the detail panel and the subject's in its tooltip.
        """
        header = self.header()

        def needed(column: int) -> int:  # with a gap, so two columns' texts never touch
            return max(self.sizeHintForColumn(column) + COLUMN_GAP, header.sectionSizeHint(column))

        code, days = needed(CODE), needed(DAYS)
        header.resizeSection(CODE, code)
        header.resizeSection(DAYS, days)
        left = self.viewport().width() - code - days
        header.resizeSection(STATUS, max(header.minimumSectionSize(), min(needed(STATUS), left // 2)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Code"), self.tr("Subject"), self.tr("Status"), self.tr("Days")])
        self.fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


__all__ = ["AGES", "CATEGORY", "CODE", "DAYS", "STATUS", "STATUS_FILTERS", "ConcernFilters", "ConcernList"]
