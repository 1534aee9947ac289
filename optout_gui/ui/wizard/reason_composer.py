"""The reason composer: the points to tick, the tone and the language, and "Write the text".

Part of the reason editor (``ui/wizard/reason_editor.py``), which owns what the choices do. Its
texts are translated in the editor's context, "ReasonEditor", where the .ts files have them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from optout_gui.core.reasons import LANGUAGE_NAMES, LANGUAGES, POINT_IDS, TONES
from optout_gui.ui.common.roles import name_as_shown
from optout_gui.ui.common.widgets import ReflowGrid, StatusLine, wrapped_label

translate = QCoreApplication.translate


class ReasonComposer(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("composer")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped_label(translate("ReasonEditor", "Tick what applies to you:")))
        labels = {
            "photos": translate("ReasonEditor", "&Photos and videos of me or my family"),
            "children": translate("ReasonEditor", "My &children appear in my posts"),
            "creative": translate(
                "ReasonEditor", "My creative or professional work (&art, writing, photography)"
            ),
            "private_life": translate("ReasonEditor", "My op&inions and my private life"),
            "likeness": translate("ReasonEditor", "My &face, my likeness and my voice"),
            "no_consent": translate("ReasonEditor", "I never a&greed to this use"),
        }
        # Two columns where they fit; one with large fonts and narrow windows.
        self.point_boxes: dict[str, QCheckBox] = {}
        for point in POINT_IDS:
            box = QCheckBox(labels[point])
            box.setObjectName(f"point_{point}")
            self.point_boxes[point] = box
        layout.addWidget(ReflowGrid([[box] for box in self.point_boxes.values()]))

        self.tone_combo = QComboBox()
        self.tone_combo.setObjectName("reason_tone")
        self.tone_combo.setAccessibleName(translate("ReasonEditor", "Tone of the reason"))
        tone_names = {
            "short": translate("ReasonEditor", "Short"),
            "detailed": translate("ReasonEditor", "Detailed"),
            "formal": translate("ReasonEditor", "Formal"),
        }
        for tone in TONES:
            self.tone_combo.addItem(tone_names[tone], tone)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("reason_language")
        self.language_combo.setAccessibleName(translate("ReasonEditor", "Language of the reason"))
        for language in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[language], language)
        tone_label = QLabel(translate("ReasonEditor", "&Tone:"))
        tone_label.setBuddy(self.tone_combo)
        language_label = QLabel(translate("ReasonEditor", "&Language of the text:"))
        language_label.setBuddy(self.language_combo)
        name_as_shown(self.language_combo, language_label)
        self.compose_button = QPushButton(translate("ReasonEditor", "&Write the text"))
        self.compose_button.setObjectName("compose")
        self.compose_button.setAutoDefault(False)
        layout.addWidget(
            ReflowGrid([[tone_label, self.tone_combo], [language_label, self.language_combo]])
        )
        layout.addWidget(self.compose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.composer_status = StatusLine()
        self.composer_status.setObjectName("composer_status")
        layout.addWidget(self.composer_status)
        self.template_status = StatusLine()
        self.template_status.setObjectName("template_status")
        layout.addWidget(self.template_status)
