"""Layout checks of issue 28: the step list holds its longest word in every language, and
the wizard works beside a browser, about 600 pixels wide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from optout_gui.core.guide import STEP_IDS, guide_for
from optout_gui.core.languages import available_languages
from optout_gui.ui.wizard.step_list import ITEM_TEXT_MARGIN, StepList


@pytest.mark.parametrize("language", available_languages())
def test_the_step_list_never_cuts_a_word(qtbot, language):
    guide = guide_for(language)
    titles = [guide.step_text(step, "title") for step in STEP_IDS]
    steps = StepList(titles)
    qtbot.addWidget(steps)
    steps.resize(steps.width(), 900)
    steps.show()
    bold = QFont(steps.font())
    bold.setBold(True)
    metrics = QFontMetrics(bold)
    cut = []
    for index in range(len(titles)):
        steps.set_current(index)  # the current step is bold: the widest
        item = steps.item(index)
        room = steps.visualItemRect(item).width() - 2 * ITEM_TEXT_MARGIN
        needed = metrics.boundingRect(
            QRect(0, 0, room, 10_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        if needed.width() > room:
            cut.append(f"{item.text()!r}: {needed.width()} > {room}")
    assert cut == []
