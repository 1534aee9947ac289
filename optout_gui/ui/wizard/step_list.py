"""The wizard's list of steps: where the person is, what is done and what comes next.

Done, current and coming steps differ by a mark and by weight, not by colour alone
("✓" done, "▸" and bold for the current one). Screen readers get a list whose items say
"done", "current step" or "to come", with the current one selected. Done steps can be
clicked (or chosen with Enter) to go back to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

DONE, CURRENT, COMING = "done", "current", "coming"


class StepList(QListWidget):
    step_chosen = Signal(int)  # the index of a done step the person wants to go back to

    def __init__(self, titles: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("step_list")
        self.setAccessibleName(translate("StepList", "Steps"))
        self.titles = titles
        self.current = -1
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # About 13 characters' room per line at any font size: long titles wrap.
        self.setFixedWidth(self.fontMetrics().averageCharWidth() * 26)
        for _ in titles:
            self.addItem(QListWidgetItem())
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self.set_current(0)

    def state(self, index: int) -> str:
        if index < self.current:
            return DONE
        return CURRENT if index == self.current else COMING

    def set_current(self, current: int) -> None:
        self.current = current
        total = len(self.titles)
        for index, title in enumerate(self.titles):
            item = self.item(index)
            state = self.state(index)
            mark = {DONE: "✓", CURRENT: "▸", COMING: "  "}[state]
            item.setText(f"{mark} {index + 1}. {title}")
            font = self.font()
            font.setBold(state == CURRENT)
            item.setFont(font)
            words = {
                DONE: translate("StepList", "done"),
                CURRENT: translate("StepList", "current step"),
                COMING: translate("StepList", "to come"),
            }[state]
            spoken = (
                translate("StepList", "Step %1 of %2: %3, %4")
                .replace("%1", str(index + 1))
                .replace("%2", str(total))
                .replace("%3", title)
                .replace("%4", words)
            )
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, words)
            item.setToolTip(translate("StepList", "Go back to this step") if state == DONE else "")
        if 0 <= current < total:
            self.setCurrentRow(current)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Return chose a step here; it must not also press the wizard's Next.
            event.accept()

    def _chosen(self, item: QListWidgetItem) -> None:
        index = self.row(item)
        if self.state(index) == DONE:
            self.step_chosen.emit(index)
        else:
            self.setCurrentRow(self.current)  # the current step stays the one marked
