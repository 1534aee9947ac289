"""One objection laid out for reading in the history dialog: the facts, a table of what
happened when, the reason as sent and Meta's answer.

The words come from the proof's model (``core.proof``), so the dialog, the PDF and the text
export say the same; times here are in the person's locale. The plain text stays for the
text export and for copying (:meth:`RecordView.toPlainText`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.limits import SHOWN_IN_HISTORY, shortened
from optout_gui.core.proof import (
    describe_event,
    format_time,
    objection_proof,
    record_text,
    wording,
)
from optout_gui.core.record import ObjectionRecord
from optout_gui.ui.common.roles import mark_heading
from optout_gui.ui.common.widgets import scrolls_to_reveal, wrapped_label

LINE_MAX = 2_000  # characters of one fact or event shown; a reason or email: SHOWN_IN_HISTORY


def shortened_note() -> str:
    return QCoreApplication.translate(
        "history",
        "(Some very long texts are shortened here. Your file keeps them whole, and the "
        "PDF, text and JSON exports show them in full.)",
    )


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return mark_heading(label)


class WholeTable(QTableWidget):
    """A table that is always as tall as all its rows: the dialog's own scrolling is the
    only one. Rows wrap to the width the table gets, so the height follows each resize
    (measured before the table had its width, the last rows were cut in half)."""

    def fit_rows(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit_rows()


class RecordView(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("history_text")
        scrolls_to_reveal(self)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # It keeps the focus (with a name, given by the dialog): the arrow keys scroll it,
        # so the reason and the answer below the table can be reached without a mouse.
        self._shown: tuple | None = None  # what show_record was given; text made on demand
        self.content = QWidget()
        self.content.setObjectName("record_content")
        self.setWidget(self.content)
        self.layout_ = QVBoxLayout(self.content)
        self.forms: list[QFormLayout] = []  # the facts and the answer: name, then value

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._wrap_forms()

    def _wrap_forms(self) -> None:
        """Where the names would take more than half the width (German at 150 %, beside
        names such as "Abgeschickt (auf Metas Formular auf „Senden“ gedrückt)"), each value
        goes under its name; otherwise only a value its row can't hold (WrapLongRows)."""
        width = self.viewport().width()
        for form in self.forms:
            names = (
                form.itemAt(row, QFormLayout.ItemRole.LabelRole) for row in range(form.rowCount())
            )
            widest = max((item.sizeHint().width() for item in names if item is not None), default=0)
            policy = (
                QFormLayout.RowWrapPolicy.WrapAllRows
                if widest > width // 2
                else QFormLayout.RowWrapPolicy.WrapLongRows
            )
            if form.rowWrapPolicy() != policy:
                form.setRowWrapPolicy(policy)

    def toPlainText(self) -> str:  # noqa: N802 (like the text view it replaced)
        """The record as plain text (the text export's wording), made when asked for: with
        megabytes of text in the file, keeping a second copy around costs as much again."""
        return "" if self._shown is None else record_text(*self._shown, whole=True)

    def show_record(
        self, record: ObjectionRecord, zone: dt.tzinfo, labels: dict, language: str
    ) -> None:
        lab = wording(labels)
        self._shown = (record, zone, labels, language)
        cut = []  # texts from the file are shown by their start (laying out megabytes in a
        # label costs seconds and gigabytes); the file, the JSON proof and a copy keep them whole

        def shown(text: str, limit: int = LINE_MAX) -> str:
            short = shortened(text, limit)
            if short != text:
                cut.append(True)
            return short

        proof = objection_proof(record, zone, lab, language)
        layout = self.layout_
        while layout.count():
            item = layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

        layout.addWidget(_heading(lab["facts"]))
        facts = QFormLayout()
        self.forms = [facts]
        for name, value in proof.facts:
            facts.addRow(f"{name}:", wrapped_label(shown(value), selectable=True))
        holder = QWidget()
        holder.setLayout(facts)
        layout.addWidget(holder)

        layout.addWidget(_heading(lab["history"]))
        events = record.timeline()  # in time order, the code's facts among them
        table = WholeTable(len(events), 2)
        table.setObjectName("timeline")
        table.setAccessibleName(lab["history"])
        table.setHorizontalHeaderLabels([lab["time_column"], lab["event_column"]])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.setTabKeyNavigation(False)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, entry in enumerate(events):
            # As the facts above and the saved proof write it (to the second, with the
            # offset from UTC): one moment reads the same everywhere in this view.
            cells = (format_time(entry.at, zone, lab), describe_event(entry, lab))
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(shown(text)))
        table.fit_rows()  # again each time its width changes
        self.timeline = table
        layout.addWidget(table)

        layout.addWidget(_heading(lab["reason"]))
        reason_text = shown(proof.reason, SHOWN_IN_HISTORY) or lab["no_reason"]
        reason = wrapped_label(reason_text, selectable=True)
        reason.setObjectName("reason_sent")
        layout.addWidget(reason)

        layout.addWidget(_heading(lab["answer"]))
        if not proof.answer:
            layout.addWidget(wrapped_label(lab["no_answer"]))
        else:
            answer = QFormLayout()
            self.forms.append(answer)
            for name, value in proof.answer:  # dates as the app writes them (labels)
                answer.addRow(f"{name}:", wrapped_label(shown(value), selectable=True))
            holder = QWidget()
            holder.setLayout(answer)
            layout.addWidget(holder)
            if proof.email_text:
                layout.addWidget(QLabel(f"{lab['email_text']}:"))
                text = shown(proof.email_text, SHOWN_IN_HISTORY)
                layout.addWidget(wrapped_label(text, selectable=True))
        if cut:
            layout.addWidget(wrapped_label(shortened_note()))
        layout.addStretch(1)
        self._wrap_forms()
