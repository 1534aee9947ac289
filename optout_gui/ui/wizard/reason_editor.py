"""The reason editor: a composer that writes a reason from ticked points, a plain-text
editor with a character count, a preview of what will be copied, and a Copy button.

The widget knows nothing about saving. It tells its owner through signals:
``textSettled`` (typing paused), ``choicesChanged`` (composer) and ``copied``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core import reasons
from optout_gui.core.limits import REASON_MAX
from optout_gui.core.reasons import (
    DEFAULT_TONE,
    LANGUAGE_NAMES,
    LANGUAGES,
    TONES,
    Composition,
    ReasonLibrary,
    ReasonsError,
)
from optout_gui.ui.common.capped_edit import CappedPlainTextEdit
from optout_gui.ui.common.roles import mark_disclosure
from optout_gui.ui.common.widgets import (
    StatusLine,
    copy_to_clipboard,
    paste_reminder,
    paste_shortcut,
    reveal,
)
from optout_gui.ui.wizard.reason_composer import ReasonComposer
from optout_gui.ui.wizard.reason_limit import (
    cut_to_limit,
    show_cut,
    show_length,
    show_loaded_length,
)

SETTLE_DELAY_MS = 400  # count, warnings, preview and saving wait until typing pauses
COPY_SHORTCUT = "Ctrl+Shift+C"


class CompactTextEdit(CappedPlainTextEdit):
    """A text editor that asks for its minimum height only: the page grows it into the
    room there is, instead of pushing the controls below it out of sight."""

    def sizeHint(self):  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        hint.setHeight(self.minimumHeight() or hint.height())
        return hint


class ReasonEditor(QWidget):
    textSettled = Signal(str)  # the raw text, once typing has paused
    choicesChanged = Signal()  # points, tone or language changed
    copied = Signal(str)  # the normalised text now on the clipboard

    def __init__(self, library: ReasonLibrary | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.library = library or ReasonLibrary()
        self._law = "none"
        self._account = ""
        self._default_language = reasons.FALLBACK_LANGUAGE
        self._explicit_language: str | None = None
        self._last_composed: str | None = None
        self._loading = False

        self._build_composer()
        self._build_editor()

        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_DELAY_MS)
        self._settle_timer.timeout.connect(self._report)

        self.edit.textChanged.connect(self._text_changed)
        self.edit.undoAvailable.connect(self.undo_button.setEnabled)
        self.edit.redoAvailable.connect(self.redo_button.setEnabled)
        self.undo_button.clicked.connect(self.edit.undo)
        self.redo_button.clicked.connect(self.edit.redo)
        self.copy_button.clicked.connect(self.copy)
        self.copy_shortcut = QShortcut(QKeySequence(COPY_SHORTCUT), self)
        self.copy_shortcut.activated.connect(self.copy)
        self.preview_toggle.toggled.connect(self._show_preview)
        self.composer_toggle.toggled.connect(self._show_composer)
        for box in self.point_boxes.values():
            box.toggled.connect(self._choices_changed)
        self.tone_combo.currentIndexChanged.connect(self._choices_changed)
        self.language_combo.activated.connect(self._language_chosen)
        self.compose_button.clicked.connect(self.compose_into_editor)
        self._show_composer(False)
        self.settle()

    # --- building -------------------------------------------------------------------
    def _build_composer(self) -> None:
        self.composer_toggle = QToolButton()
        self.composer_toggle.setObjectName("composer_toggle")
        self.composer_toggle.setText(self.tr("&Help me write it"))
        self.composer_toggle.setCheckable(True)
        mark_disclosure(self.composer_toggle)  # a button, expanded or not: no check box
        self.composer_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.composer = ReasonComposer()
        # The composer's controls, by the names the editor (and its tests) use.
        self.point_boxes = self.composer.point_boxes
        self.tone_combo = self.composer.tone_combo
        self.language_combo = self.composer.language_combo
        self.compose_button = self.composer.compose_button
        self.composer_status = self.composer.composer_status
        self.template_status = self.composer.template_status

    def _build_editor(self) -> None:
        self.edit = CompactTextEdit(REASON_MAX)  # a longer paste is cut before it goes in
        self.edit.setObjectName("reason")
        self.edit.setTabChangesFocus(True)  # keyboard users must be able to leave it
        # Five lines to start with; the page gives it more room when there is some.
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 5 + 12)
        self.edit.setAccessibleName(self.tr("Reason"))

        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setObjectName("reason_undo")
        self.redo_button = QPushButton(self.tr("Re&do"))
        self.redo_button.setObjectName("reason_redo")
        for button in (self.undo_button, self.redo_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
        self.count_label = QLabel()
        self.count_label.setObjectName("reason_count")
        tools = QHBoxLayout()
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        tools.addStretch(1)
        tools.addWidget(self.count_label)

        self.length_status = StatusLine()
        self.length_status.setObjectName("reason_length")
        self.limit_status = StatusLine()  # the cap on length (REASON_MAX) was reached
        self.limit_status.setObjectName("reason_limit")
        self.edit.pasteCut.connect(lambda: show_cut(self.limit_status))

        self.copy_button = QPushButton(self.tr("Copy rea&son"))
        self.copy_button.setObjectName("copy_reason")
        self.copy_button.setAutoDefault(False)
        self.copy_button.setToolTip(
            self.tr("Copy the reason (%1)").replace(
                "%1",
                QKeySequence(COPY_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText),
            )
        )
        self.preview_toggle = QToolButton()
        self.preview_toggle.setObjectName("preview_toggle")
        self.preview_toggle.setText(self.tr("Show e&xactly what will be copied"))
        self.preview_toggle.setCheckable(True)
        mark_disclosure(self.preview_toggle)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addStretch(1)
        copy_row.addWidget(self.preview_toggle)
        self.copy_status = StatusLine()
        self.copy_status.setObjectName("reason_status")

        self.preview = QPlainTextEdit()
        self.preview.setObjectName("reason_preview")
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setMaximumHeight(140)
        self.preview.setAccessibleName(self.tr("What will be copied"))
        self.preview.hide()

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.composer_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        outer.addWidget(self.composer)
        outer.addWidget(self.edit)
        outer.addLayout(tools)
        outer.addWidget(self.length_status)
        outer.addWidget(self.limit_status)
        outer.addLayout(copy_row)
        outer.addWidget(self.copy_status)
        outer.addWidget(self.preview)

    # --- state from and for the owner -------------------------------------------------
    def load(
        self,
        text: str,
        points: list[str] | tuple[str, ...] = (),
        tone: str = DEFAULT_TONE,
        language: str | None = None,
    ) -> None:
        """Show saved answers without treating them as changes."""
        self._loading = True
        try:
            for point, box in self.point_boxes.items():
                box.setChecked(point in points)
            index = self.tone_combo.findData(tone if tone in TONES else DEFAULT_TONE)
            self.tone_combo.setCurrentIndex(index)
            self._explicit_language = language if language in LANGUAGES else None
            self._sync_language_combo()
            shown = text[:REASON_MAX]  # a longer saved text stays in the file until changed
            if self.edit.toPlainText() != shown:
                self.edit.setPlainText(shown)
            self._last_composed = None
        finally:
            self._loading = False
        self.copy_status.clear_message()
        self.composer_status.clear_message()
        show_loaded_length(self.limit_status, text)
        self.composer_toggle.setChecked(not reasons.normalise(text))
        self._settle_timer.stop()
        self.settle()
        self._show_template_problem()

    def set_context(self, law: str, account: str, default_language: str) -> None:
        """The person's law, account name and their country's language (on page entry)."""
        untouched = self.is_untouched()
        self._law, self._account, self._default_language = law, account, default_language
        self._sync_language_combo()
        self._show_template_problem()
        if untouched and self.edit.toPlainText().strip():
            composed = self.composed_text()
            if composed and composed != self.text_to_copy():
                self._apply(composed)

    def text(self) -> str:
        return self.edit.toPlainText()

    def text_to_copy(self) -> str:
        return reasons.normalise(self.edit.toPlainText())

    def points(self) -> list[str]:
        return [p for p, box in self.point_boxes.items() if box.isChecked()]

    def tone(self) -> str:
        return self.tone_combo.currentData() or DEFAULT_TONE

    def explicit_language(self) -> str | None:
        """The language the person picked, or None while it follows their country."""
        return self._explicit_language

    def language(self) -> str:
        return self._explicit_language or self._default_language

    # --- composing --------------------------------------------------------------------
    def templates(self) -> tuple[reasons.ReasonTemplates, ReasonsError | None]:
        return self.library.get(self.language())

    def composed_text(self) -> str:
        """The composer's text; "" when not even the English texts can be read (the editor
        says so next to the composer, and typing one's own text still works)."""
        try:
            templates, _problem = self.templates()
        except ReasonsError:
            return ""
        choice = Composition(tuple(self.points()), self.tone(), self._law, self._account)
        return reasons.compose(templates, choice)

    def is_untouched(self) -> bool:
        """True when the text is empty or exactly what the composer last wrote."""
        current = self.text_to_copy()
        if not current:
            return True
        if self._last_composed is not None and current == self._last_composed:
            return True
        return current == self.composed_text()

    def compose_into_editor(self) -> bool:
        """Fill the editor from the composer; asks first if the person changed the text."""
        if not self.is_untouched():
            answer = QMessageBox.question(
                self,
                self.tr("Replace your text?"),
                self.tr(
                    "You have changed the text in the box. Replace it with a new text made "
                    "from your choices? (Undo brings your version back.)"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._apply(self.composed_text())
        self.composer_status.clear_message()
        return True

    def _apply(self, text: str) -> None:
        """Replace the whole text as one step that Undo can take back."""
        cursor = QTextCursor(self.edit.document())
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        self._last_composed = text
        self._report()
        reveal(self.edit)  # the new text is where the person looks next

    def _choices_changed(self, *_args) -> None:
        if self._loading:
            return
        untouched = self.is_untouched()
        self.choicesChanged.emit()
        composed = self.composed_text() if untouched else ""
        if composed and (self.points() or self.edit.toPlainText().strip()):
            self._apply(composed)
            self.composer_status.clear_message()
        elif not untouched:
            self.composer_status.show_message(
                self.tr(
                    "Your own text was kept. Press “Write the text” to replace it with a new "
                    "one made from these choices."
                ),
                "info",
            )

    def _language_chosen(self, index: int) -> None:
        language = self.language_combo.itemData(index)
        if language == self.language():
            return
        # Keep is_untouched() working against the text in the old language.
        self._last_composed = self.text_to_copy() if self.is_untouched() else None
        self._explicit_language = language
        self._show_template_problem()
        self._choices_changed()

    def _sync_language_combo(self) -> None:
        self.language_combo.setCurrentIndex(self.language_combo.findData(self.language()))

    def _show_template_problem(self) -> None:
        try:
            _templates, problem = self.templates()
        except ReasonsError as exc:  # even English is unusable: the editor still works
            self.compose_button.setEnabled(False)
            self.template_status.show_message(
                self.tr(
                    "The ready-made texts could not be read (%1). You can still type your own."
                ).replace("%1", f"{exc.path}: {exc.problem}"),
                "error",
            )
            return
        self.compose_button.setEnabled(True)
        if problem is None:
            self.template_status.clear_message()
            return
        self.template_status.show_message(
            self.tr("The texts in %1 could not be read, so English is used instead. File: %2 (%3)")
            .replace("%1", LANGUAGE_NAMES.get(self.language(), self.language()))
            .replace("%2", str(problem.path))
            .replace("%3", problem.problem),
            "error",
        )

    def _show_composer(self, shown: bool) -> None:
        self.composer.setVisible(shown)
        self.composer_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )
        if self.composer_toggle.isChecked() != shown:
            self.composer_toggle.setChecked(shown)

    # --- typing -----------------------------------------------------------------------
    def _text_changed(self) -> None:
        # Cheap on every key: the document keeps its own count. The rest waits.
        count = max(0, self.edit.document().characterCount() - 1)
        if count > REASON_MAX and not self._loading and cut_to_limit(self.edit, self.limit_status):
            return  # cutting changed the text again; that call did the rest
        self.count_label.setText(self._count_text(count))
        self._settle_timer.start()

    def settle(self) -> None:
        """Show the final count, warnings and preview for the current text."""
        text = reasons.normalise(self.edit.toPlainText())
        self.count_label.setText(self._count_text(len(text)))
        show_length(self.length_status, text)
        if not self.preview.isHidden():
            self._fill_preview(text)

    def _report(self) -> None:
        self._settle_timer.stop()
        self.settle()
        self.textSettled.emit(self.edit.toPlainText())

    def flush(self) -> None:
        """Hand over any typing that has not been reported yet."""
        if self._settle_timer.isActive():
            self._report()

    def _count_text(self, count: int) -> str:
        if count == 1:
            return self.tr("1 character")
        return self.tr("%1 characters").replace("%1", str(count))

    def _show_preview(self, shown: bool) -> None:
        self.preview.setVisible(shown)
        if shown:
            self._fill_preview(self.text_to_copy())
            reveal(self.preview)

    def _fill_preview(self, text: str) -> None:
        if self.preview.toPlainText() != text:
            self.preview.setPlainText(text)

    # --- copying ----------------------------------------------------------------------
    def copy(self) -> bool:
        self.flush()
        text = self.text_to_copy()
        if not text:
            self.copy_status.show_message(
                self.tr("The reason is empty, so there is nothing to copy yet."), "info"
            )
            return False
        if not copy_to_clipboard(text):
            self.copy_status.show_message(
                self.tr(
                    "Copying didn't work. The text is selected now: copy it yourself with "
                    "the menu or the keyboard."
                ),
                "error",
            )
            self.edit.setFocus()
            self.edit.selectAll()
            return False
        message = (
            self.tr(
                "Copied your reason (%1 characters). Paste it into the box “Please tell us "
                "how this processing impacts you” in Meta's form (%2)."
            )
            .replace("%1", str(len(text)))
            .replace("%2", paste_shortcut())
        )
        self.copy_status.show_message(f"{message} {paste_reminder()}".strip(), "ok")
        self.copied.emit(text)
        return True

    # --- Qt -----------------------------------------------------------------------------
    def hideEvent(self, event) -> None:
        # Leaving the page or closing the window: nothing typed may be lost.
        self.flush()
        super().hideEvent(event)
