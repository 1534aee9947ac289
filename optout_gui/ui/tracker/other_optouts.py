"""The checklist of AI-training opt-outs beyond Meta: one row per service, and a short
guided flow for the chosen one, all from resources/services/ (core/other_services.py).

The flow reuses the wizard's pieces: the link opens through the one opener
(ui/common/urlopen.py) and shows as a QR code for the phone (ui/wizard/qr_view.py); the
email address or a reason can be copied where a form asks; "done" is recorded with its
time in other_optouts.json (core/other_optouts.py); a calendar file reminds the person to
look again later (core/other_ics.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.other_optouts import OtherOptOuts
from optout_gui.core.other_services import Service
from optout_gui.core.progress import utc_now
from optout_gui.core.reminders import local_zone
from optout_gui.ui.common.geometry import fit_dialog, keep_on_screen, long_list_combo
from optout_gui.ui.common.roles import mark_heading
from optout_gui.ui.common.widgets import StatusLine, wrapped_label
from optout_gui.ui.tracker.history import ask_save_path
from optout_gui.ui.tracker.other_flow import ServiceFlow
from optout_gui.ui.tracker.other_wording import (
    applies_text,
    kind_text,
    state_text,
    summary_line,
)

translate = QCoreApplication.translate


WANTED_SIZE = QSize(1100, 720)


class OtherOptOutsDialog(QDialog):
    """The checklist: a table of services, and the flow of the chosen one beside it."""

    changed = Signal()  # a state changed: the overview's line is redrawn

    COLUMNS = 4

    def __init__(
        self,
        record: OtherOptOuts,
        services: list[Service],
        *,
        countries: dict[str, str],
        country: str | None = None,
        email: str = "",
        zone: dt.tzinfo | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ask_path = ask_save_path  # (parent, title, suggested, filter) -> path; tests swap
        self.record = record
        self.services = services
        self.email = email
        self.zone = zone or local_zone()
        self.clock = clock
        self.setObjectName("other_optouts")
        self.setWindowTitle(translate("other_optouts", "Other AI opt-outs"))
        self.heading = mark_heading(
            QLabel(translate("other_optouts", "Your AI opt-outs beyond Meta"))
        )
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = wrapped_label(
            translate(
                "other_optouts",
                "Other services train AI on what people post too. Choose a service to see what "
                "it does and how to stop it; the app notes what you did and when. Services "
                "with no way to opt out are listed so you know.",
            )
        )
        self.country_box = long_list_combo()
        self.country_box.setObjectName("other_country")
        for code, name in countries.items():
            self.country_box.addItem(name, code)
        country_label = QLabel(translate("other_optouts", "&Where you live:"))
        country_label.setBuddy(self.country_box)
        self.country_box.setAccessibleName(translate("other_optouts", "Where you live"))
        chosen = record.country or country
        index = self.country_box.findData(chosen) if chosen else -1
        self.country_box.setCurrentIndex(index)
        self.country_box.currentIndexChanged.connect(self._country_changed)
        country_row = QHBoxLayout()
        country_row.addWidget(country_label)
        country_row.addWidget(self.country_box)
        country_row.addStretch(1)
        self.summary = QLabel()
        self.summary.setObjectName("other_summary")
        self.problem = StatusLine()
        self.problem.setObjectName("other_load_problem")

        self.table = QTableWidget(len(services), self.COLUMNS)
        self.table.setObjectName("other_optouts_table")
        self.table.setAccessibleName(translate("other_optouts", "Services"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("other_optouts", "Service"),
                translate("other_optouts", "What it is"),
                translate("other_optouts", "Where you live"),
                translate("other_optouts", "State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

        self.flow = ServiceFlow(self)
        self.flow.changed.connect(self._state_changed)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.flow)
        scroll.setObjectName("service_flow_scroll")
        self.detail = QGroupBox(translate("other_optouts", "The chosen service"))
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(scroll)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(country_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.show_load_problem()
        self.fill_rows()
        self.table.currentCellChanged.connect(lambda row, *_: self._show_row(row))
        if services:
            self.table.selectRow(0)
            self._show_row(0)
        self.table.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # As large as the table and a flow need where the screen has room; inside the
        # screen's free area always (a 1366×768 laptop at 150 %), the Close button in view.
        if not event.spontaneous():
            fit_dialog(self, WANTED_SIZE)
        super().showEvent(event)
        keep_on_screen(self)

    def show_load_problem(self) -> None:
        """Say what happened to a saved record that could not be used, and where it is."""
        problem = self.record.load_problem
        if problem is None:
            return
        if problem.kind == "damaged":
            text = translate(
                "other_optouts",
                "Your earlier record of these opt-outs could not be read. It was kept as %1; "
                "this list starts afresh.",
            ).replace("%1", str(problem.moved_to or self.record.path))
        elif problem.kind == "newer_version":
            text = translate(
                "other_optouts",
                "Your record of these opt-outs was saved by a newer version of the app. It is "
                "shown, but nothing you do here is saved.",
            )
        else:
            text = translate(
                "other_optouts",
                "Your record of these opt-outs can't be opened (%1). Nothing you do here is saved.",
            ).replace("%1", problem.detail)
        self.problem.show_message(text, "error")

    # --- country ------------------------------------------------------------------------
    def country(self) -> str | None:
        return self.country_box.currentData()

    def country_name(self) -> str:
        return self.country_box.currentText()

    def _country_changed(self) -> None:
        self.record.set_country(self.country())
        self.fill_rows()
        if self.flow.service is not None:
            self.flow.show_service(self.flow.service)

    # --- rows ---------------------------------------------------------------------------
    def fill_rows(self) -> None:
        for row, service in enumerate(self.services):
            if service.is_task:
                state = self.record.state(service.id)
                state_words = state_text(state.state, state.at, self.zone)
            else:
                state_words = translate("other_optouts", "Nothing to do")
            texts = (
                service.name,
                kind_text(service),
                applies_text(service, self.country(), self.country_name()),
                state_words,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, service.id)
                self.table.setItem(row, column, item)
        self.summary.setText(summary_line(self.record, self.services))

    def row_of(self, service_id: str) -> int:
        return next(n for n, s in enumerate(self.services) if s.id == service_id)

    def choose(self, service_id: str) -> ServiceFlow:
        row = self.row_of(service_id)
        self.table.selectRow(row)
        self._show_row(row)
        return self.flow

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.services) and self.flow.service is not self.services[row]:
            self.flow.show_service(self.services[row])

    def _state_changed(self, service_id: str) -> None:
        current = self.table.currentRow()
        self.fill_rows()
        self.table.selectRow(current)
        self.changed.emit()
