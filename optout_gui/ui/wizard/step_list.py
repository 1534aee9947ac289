"""The wizard's list of steps: where the person is, what is done and what comes next.

Done, skipped, current and coming steps differ by a mark and by weight, not by colour
alone ("✓" done, "–" skipped, "▸" and bold for the current one). Screen readers get a list
whose items say "done", "skipped", "current step" or "to come", with the current one
selected. Done steps can be clicked (or chosen with Enter) to go back to them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListWidget, QListWidgetItem

translate = QCoreApplication.translate  # lupdate reads translate("context", "text")

DONE, SKIPPED, CURRENT, COMING = "done", "skipped", "current", "coming"
ITEM_TEXT_MARGIN = 4  # about what styles leave between an item's edge and its text


class StepList(QListWidget):
    step_chosen = Signal(int)  # the index of a done step the person wants to go back to

    def __init__(self, titles: list[str], parent=None):
        super().__init__(parent)
        self.setObjectName("step_list")
        self.setAccessibleName(translate("StepList", "Steps"))
        self.titles = titles
        self.current = -1
        self.skipped: frozenset[int] = frozenset()  # steps passed over ("Skip to the form")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setSpacing(2)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(self.width_for(titles))
        for _ in titles:
            self.addItem(QListWidgetItem())
        self.itemClicked.connect(self._chosen)
        self.itemActivated.connect(self._chosen)
        self.set_current(0)

    def width_for(self, titles: list[str]) -> int:
        """About 13 characters' room per line at any font size (long titles wrap), and
        always room for the longest word of any title in bold, after the mark and number
        where it comes first: German "Widerspruchsformular" is never cut."""
        bold = QFont(self.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        prefix = metrics.horizontalAdvance(f"▸ {len(titles)}. ")
        widest = 0
        for title in titles:
            words = title.split()
            if words:
                widest = max(widest, prefix + metrics.horizontalAdvance(words[0]))
            for word in words:
                widest = max(widest, metrics.horizontalAdvance(word))
        # The item's spacing on both sides, the text's own margins and the frame's.
        padding = 2 * self.spacing() + 2 * self.frameWidth() + 4 * ITEM_TEXT_MARGIN
        return max(self.fontMetrics().averageCharWidth() * 26, widest + padding)

    def state(self, index: int) -> str:
        if index < self.current:
            return SKIPPED if index in self.skipped else DONE
        return CURRENT if index == self.current else COMING

    def set_current(self, current: int, skipped=()) -> None:
        """``current`` is the step shown; ``skipped`` the earlier ones passed over."""
        self.current = current
        self.skipped = frozenset(skipped)
        total = len(self.titles)
        for index, title in enumerate(self.titles):
            item = self.item(index)
            state = self.state(index)
            mark = {DONE: "✓", SKIPPED: "–", CURRENT: "▸", COMING: "  "}[state]
            item.setText(f"{mark} {index + 1}. {title}")
            font = self.font()
            font.setBold(state == CURRENT)
            item.setFont(font)
            words = {
                DONE: translate("StepList", "done"),
                SKIPPED: translate("StepList", "skipped"),
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
            item.setToolTip(
                translate("StepList", "Go back to this step") if state in (DONE, SKIPPED) else ""
            )
        if 0 <= current < total:
            self.setCurrentRow(current)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Return chose a step here; it must not also press the wizard's Next.
            event.accept()

    def _chosen(self, item: QListWidgetItem) -> None:
        index = self.row(item)
        if self.state(index) in (DONE, SKIPPED):
            self.step_chosen.emit(index)
        else:
            self.setCurrentRow(self.current)  # the current step stays the one marked
