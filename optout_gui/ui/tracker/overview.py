"""The list of every objection: one row each, from a Qt model over the store's index
(ui/tracker/objection_table.py). Like the wizard's first page, this is what a start shows
(once there are objections), so it does without PySide6's ``Qt`` namespace."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from optout_gui import APP_NAME
from optout_gui.core.guide import ACCOUNT_NAMES
from optout_gui.core.other_optouts import OtherOptOuts
from optout_gui.core.other_services import Service
from optout_gui.core.progress import utc_now
from optout_gui.core.reminders import (
    local_zone,
    mark_nudged,
    mark_overdue,
    objections_to_nudge,
)
from optout_gui.core.status import RESUMABLE, Status
from optout_gui.core.storage.store import ObjectionStore
from optout_gui.ui.common.dates import date_time_text
from optout_gui.ui.common.i18n import current_language
from optout_gui.ui.common.notices import set_aside_text
from optout_gui.ui.common.roles import mark_heading
from optout_gui.ui.common.widgets import LanguageChooser, StatusLine, ask_yes_cancel, wrapped_label
from optout_gui.ui.tracker.objection_table import (
    ObjectionTableModel,
    all_status_texts,
)
from optout_gui.ui.tracker.other_wording import summary_line

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")


class OverviewWidget(QMainWindow):
    """What the person sees on launch once they have started an objection.

    Signals carry record ids; the application decides what opens (wizard, history).
    """

    new_requested = Signal()
    resume_requested = Signal(str)
    open_requested = Signal(str)
    export_all_requested = Signal(str)  # "pdf", "txt" or "json", from the Export menu
    forget_all_requested = Signal()
    other_optouts_requested = Signal()  # the checklist of AI opt-outs beyond Meta
    language_requested = Signal(str)
    closed = Signal()  # the window was closed (the app may quit if no other is open)

    def __init__(
        self,
        store: ObjectionStore,
        *,
        zone: dt.tzinfo | None = None,
        clock: Callable[[], dt.datetime] = utc_now,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.store = store
        self.zone = zone or local_zone()
        self.clock = clock
        self.setObjectName("overview")
        self.setWindowTitle(self.tr("%1 – your objections").replace("%1", APP_NAME))

        self.heading = mark_heading(QLabel(self.tr("Your objections")))
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = wrapped_label(
            self.tr(
                "One line for each account you objected for. Choose one to carry on, "
                "see its history and proof, or record Meta's answer."
            )
        )
        self.reminders = StatusLine()
        self.reminders.setObjectName("reminders")
        # Objections (or answers) that could not be read: what, why, and where they are kept.
        self.set_aside_line = StatusLine()
        self.set_aside_line.setObjectName("set_aside")
        self.language_chooser = LanguageChooser(current_language())
        self.language_chooser.chosen.connect(self.language_requested)

        self.model = ObjectionTableModel(store, zone=self.zone, clock=clock, parent=self)
        self.table = QTableView()
        self.table.setObjectName("objections_table")
        self.table.setAccessibleName(self.tr("Your objections"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights and no content-based column sizing: cost stays per visible row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths follow the font (large fonts get wide columns) and the longest words:
        # the status texts and a date with its time in the locale's form.
        metrics = self.table.fontMetrics()
        pad = metrics.averageCharWidth() * 3
        sample = date_time_text(
            dt.datetime(2026, 12, 28, 23, 58, tzinfo=dt.UTC), dt.UTC
        )  # the widest day and time
        widths = (
            max(metrics.horizontalAdvance(name) for name in ACCOUNT_NAMES.values()),
            metrics.averageCharWidth() * 28,
            max(metrics.horizontalAdvance(text) for text in all_status_texts()),
            metrics.horizontalAdvance(sample),
        )
        for column, width in enumerate(widths):
            header_width = metrics.horizontalAdvance(self.model.headers[column])
            self.table.setColumnWidth(column, max(width, header_width) + pad)
        self.table.doubleClicked.connect(lambda index: self._activate(index.row()))
        self.table.activated.connect(lambda index: self._activate(index.row()))

        self.new_button = QPushButton(self.tr("&New objection…"))
        self.new_button.setObjectName("new_objection")
        self.new_button.setAccessibleDescription(self.tr("Start a new objection"))
        self.resume_button = QPushButton(self.tr("&Carry on"))
        self.resume_button.setObjectName("resume")
        self.resume_button.setAccessibleDescription(self.tr("Carry on with the chosen objection"))
        self.open_button = QPushButton(self.tr("&History, answer and proof…"))
        self.open_button.setObjectName("open_history")
        self.open_button.setAccessibleDescription(self.tr("Open the chosen objection's history"))
        self.export_button = QPushButton(self.tr("&Export all…"))
        self.export_button.setObjectName("export_all")
        self.export_button.setAccessibleDescription(self.tr("Save proof of all objections"))
        self.other_button = QPushButton(self.tr("Other AI opt-&outs…"))
        self.other_button.setObjectName("open_other_optouts")
        self.other_button.setAccessibleDescription(
            self.tr("Other AI opt-outs: LinkedIn, Google Gemini, WhatsApp, X and more")
        )
        self.other_button.setAutoDefault(False)
        self.other_button.clicked.connect(self.other_optouts_requested)
        # "Other AI opt-outs: 2 of 5 done", filled in after the first paint.
        self.other_line = QLabel()
        self.other_line.setObjectName("other_optouts_line")
        self.other_line.hide()
        self.forget_button = QPushButton(self.tr("&Forget everything…"))
        self.forget_button.setObjectName("forget_all")
        self.forget_button.setAccessibleDescription(
            self.tr("Delete every objection from this computer")
        )
        for button in (self.new_button, self.resume_button, self.open_button):
            button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_requested)
        self.resume_button.clicked.connect(self._resume_current)
        self.open_button.clicked.connect(self._open_current)
        menu = QMenu(self.export_button)
        # Context "overview", where the .ts files have these (self.tr would look them up
        # under "OverviewWidget" and find nothing).
        for kind, text in (
            ("pdf", translate("overview", "As a PDF receipt…")),
            ("txt", translate("overview", "As plain text…")),
            ("json", translate("overview", "As JSON (for programs)…")),
        ):
            menu.addAction(text, lambda k=kind: self.export_all_requested.emit(k))
        self.export_button.setMenu(menu)
        self.forget_button.clicked.connect(self.ask_forget_everything)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.forget_button)

        # A main window, so screen readers meet a window (not a nameless "filler").
        central = QWidget()
        central.setObjectName("overview_content")
        self.setCentralWidget(central)
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.language_chooser)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(self.reminders)
        layout.addWidget(self.set_aside_line)
        layout.addWidget(self.table, 1)
        # Its own row, so the buttons' row (and the window's narrowest width) stays as it was.
        other_row = QHBoxLayout()
        other_row.addWidget(self.other_button)
        other_row.addWidget(self.other_line)
        other_row.addStretch(1)  # the button keeps its own width, as the others do
        layout.addLayout(other_row)
        layout.addLayout(buttons)
        self.resize(800, 600)

        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.model.modelReset.connect(self.show_set_aside)
        self.show_set_aside()
        if self.model.rowCount():
            self.table.selectRow(0)
        self._update_buttons()
        self.table.setFocus()

    def detach(self) -> None:
        """Stop following the store (a rebuilt window replaces this one)."""
        self.model.detach()

    def focus_language_chooser(self) -> None:
        self.language_chooser.take_focus()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()

    # --- reminders ------------------------------------------------------------------
    def check_reminders(self) -> tuple[list[str], list[str]]:
        """Mark overdue objections and show a gentle nudge; returns (overdue, nudged) ids."""
        now = self.clock()
        overdue = [] if self.store.read_only else mark_overdue(self.store, now, self.zone)
        waiting = self.store.summaries(Status.WAITING)
        nudge = [s.id for s in objections_to_nudge(waiting, now, self.zone)]
        messages = []
        if nudge:
            messages.append(
                self.tr(
                    "It's been more than a week since you sent %n objection(s). Have a look "
                    "in your email (and its spam folder) for Meta's reply, then record it here.",
                    "",
                    len(nudge),
                )
            )
            if not self.store.read_only:
                mark_nudged(self.store, nudge, now)
        if overdue:
            messages.append(
                self.tr(
                    "Meta hasn't answered %n objection(s) in the time it has. Open one to see "
                    "your next step; if Meta told you it needs longer, wait until then.",
                    "",
                    len(overdue),
                )
            )
        if messages:
            self.reminders.show_message(" ".join(messages), "info")
        return overdue, nudge

    def show_other_optouts(
        self, record: OtherOptOuts | None, services: list[Service] | None
    ) -> None:
        """The line "Other AI opt-outs: 2 of 5 done" from ``record`` (the controller's one
        record of other_optouts.json); hidden until the person has recorded one, and
        without ``services`` (their files could not be read)."""
        if record is None or not record.events or not services:
            self.other_line.hide()
            return
        self.other_line.setText(summary_line(record, services))
        self.other_line.setAccessibleName(self.other_line.text())
        self.other_line.show()

    # --- actions --------------------------------------------------------------------
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_id(index.row())

    def show_set_aside(self) -> None:
        """Say exactly which objections could not be read, and where their text is kept."""
        notes = self.store.set_aside
        if notes:
            self.set_aside_line.show_message("\n".join(map(set_aside_text, notes)), "error")
        else:
            self.set_aside_line.clear_message()

    def _update_buttons(self, *args) -> None:
        record_id = self.current_id()
        has = record_id is not None
        self.open_button.setEnabled(has)
        self.resume_button.setEnabled(has and self.store.summary(record_id).status in RESUMABLE)
        self.export_button.setEnabled(len(self.store) > 0)
        self.forget_button.setEnabled(len(self.store) > 0)

    def _activate(self, row: int) -> None:
        summary = self.store.summary_at(row)
        if summary.status in RESUMABLE:
            self.resume_requested.emit(summary.id)
        else:
            self.open_requested.emit(summary.id)

    def _resume_current(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.resume_requested.emit(record_id)

    def _open_current(self) -> None:
        record_id = self.current_id()
        if record_id:
            self.open_requested.emit(record_id)

    def forget_everything_text(self) -> str:
        files = "\n".join(f"• {path}" for path in self.store.files_to_forget())
        return (
            self.tr(
                "This deletes all %n objection(s) on this computer: accounts, email addresses, "
                "reason texts, dates and Meta's answers. The following files are removed:",
                "",
                len(self.store),
            )
            + f"\n{files}\n\n"
            + self.tr(
                "Files you saved yourself (PDF, text, calendar) stay where you put them. "
                "This can't be undone. Your objections at Meta are not affected."
            )
        )

    def ask_forget_everything(self) -> bool:
        if not ask_yes_cancel(self, self.tr("Forget everything?"), self.forget_everything_text()):
            return False
        ok = self.store.forget_everything()
        if not ok:
            self.reminders.show_message(
                self.tr("Some files could not be deleted. Close other programs and try again."),
                "error",
            )
        self.forget_all_requested.emit()
        return ok
