"""Layout checks of issue 28: the step list holds its longest word in every language, and
the wizard works beside a browser, about 600 pixels wide."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from optout_gui.core.guide import STEP_IDS, guide_for
from optout_gui.core.languages import available_languages
from optout_gui.core.progress import to_iso, utc_now
from optout_gui.ui.common import i18n
from optout_gui.ui.wizard.step_list import ITEM_TEXT_MARGIN, StepList
from optout_gui.ui.wizard.window import ObjectionWizard, PageId
from tests.helpers import go_to, open_session


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


# --- beside the browser: the wizard about 600 pixels wide --------------------------------
def cut_widgets(root) -> tuple[list[str], int]:
    """Labels and buttons in ``root`` that show less than their text needs, and how many
    labels and buttons were looked at."""
    cut = []
    looked = 0
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() == 0:
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            looked += 1
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.height() < widget.heightForWidth(widget.width()):
                    cut.append(f"label {widget.text()[:40]!r}: too low")
            elif widget.width() < widget.minimumSizeHint().width():
                cut.append(f"label {widget.text()[:40]!r}: too narrow")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.width() < widget.minimumSizeHint().width()
        ):
            cut.append(f"button {widget.text()!r}: too narrow")
    return cut, looked


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_wizard_works_600_pixels_wide(qtbot, tmp_path, language, app_language_restored):
    i18n.install_language(QApplication.instance(), language)
    session = open_session(tmp_path, guide_for(language))
    session.update(account="facebook", country="DE", email="ann@example.org", reason="No.")
    wizard = ObjectionWizard(guide_for(language), session)
    qtbot.addWidget(wizard)
    wizard.resize(600, 700)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.restart()
    assert wizard.minimumSizeHint().width() <= 600
    problems = []
    for page_id in PageId:
        go_to(wizard, page_id)
        qtbot.wait(1)
        assert wizard.width() == 600
        assert not wizard.step_list.isVisible()  # folded into the header
        header = wizard.step_header
        assert header.isVisible() and header.parentWidget() is wizard.currentPage()
        assert str(page_id + 1) in header.text() and "8" in header.text()
        page = wizard.currentPage()
        content = page.scroll_area.widget()
        viewport = page.scroll_area.viewport().width()
        if content.minimumSizeHint().width() > viewport:
            problems.append(f"{page_id.name}: content needs {content.minimumSizeHint()}")
        cut, looked = cut_widgets(wizard)
        assert looked >= 6, page_id.name
        problems += [f"{page_id.name}: {text}" for text in cut]
    wizard.resize(900, 700)
    qtbot.wait(1)
    assert wizard.step_list.isVisible() and not wizard.step_header.isVisible()
    wizard.code_timer.stop_ticking()
    assert problems == [], "\n".join(problems)


def test_the_country_list_is_a_short_scrolling_list_with_a_row_highlighted(qtbot, tmp_path):
    session = open_session(tmp_path)
    wizard = ObjectionWizard(guide_for("en"), session)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.restart()
    combo = wizard.currentPage().country_combo
    assert combo.currentIndex() == -1 and combo.count() > 20
    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    row = view.sizeHintForRow(0)
    assert view.window().height() <= 14 * row  # about 12 rows, not the screen's height
    assert view.currentIndex().row() == 0  # highlighted, though nothing is chosen yet
    assert combo.currentIndex() == -1  # and still nothing is chosen
    combo.hidePopup()
    wizard.code_timer.stop_ticking()


def test_history_rows_are_never_cut_when_the_window_narrows(qtbot, store):
    from optout_gui.core.session import ObjectionSession
    from optout_gui.ui.tracker.history import HistoryDialog
    from tests.helpers import send_objection

    record = send_objection(store)
    session = ObjectionSession(store, record.id)
    for n in range(4):  # long rows, which wrap onto more lines as the window narrows
        session.record_form_link(f"https://example.org/{n} " + "a long note " * 30)
    dialog = HistoryDialog(store, record.id)
    qtbot.addWidget(dialog)
    dialog.resize(900, 600)
    dialog.show()
    for width in (900, 500):
        dialog.resize(width, 600)
        qtbot.wait(1)
        table = dialog.history_view.timeline
        rows = sum(table.sizeHintForRow(row) for row in range(table.rowCount()))
        needed = table.horizontalHeader().height() + 2 * table.frameWidth() + rows
        assert table.rowCount() >= 3
        assert table.height() >= needed, width  # every row whole: no inner scrolling


def test_the_countdown_line_has_a_space_of_its_own(qtbot, tmp_path):
    """It sits under the page's scrolling text, never over it, and no wider than the text."""
    session = open_session(tmp_path)
    session.update(account="facebook", country="DE", email="ann@example.org", reason="No.")
    session.update(sent_at=to_iso(utc_now()))  # the send page's answer: sent just now
    wizard = ObjectionWizard(guide_for("en"), session)
    qtbot.addWidget(wizard)
    wizard.resize(800, 600)
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.restart()
    go_to(wizard, PageId.CODE)
    code_page = wizard.currentPage()
    code_page.code_yes.click()  # the countdown starts at once
    wizard.back()
    qtbot.wait(1)
    page = wizard.currentPage()
    line = wizard.code_status
    assert line.isVisible() and line.parentWidget() is page
    area = page.scroll_area
    line_rect = QRect(line.mapTo(page, line.rect().topLeft()), line.size())
    area_rect = QRect(area.mapTo(page, area.rect().topLeft()), area.size())
    assert not line_rect.intersects(area_rect)
    content = area.widget()
    text_left = content.mapTo(page, content.rect().topLeft()).x()
    margins = page.body.contentsMargins()
    assert line_rect.left() >= text_left + margins.left()
    assert line_rect.right() <= text_left + content.width()
    wizard.code_timer.stop_ticking()


def test_a_place_saved_on_a_larger_screen_is_not_used_when_its_title_bar_would_not_fit():
    from PySide6.QtCore import QSize

    from optout_gui.ui.common.geometry import FRAME_ALLOWANCE, centred, usable_saved

    at_150 = QRect(0, 0, 911, 512)  # 1366×768 at 150 %
    assert usable_saved([20, 40, 800, 700], [at_150]) is None  # saved at 100 %
    assert usable_saved([20, 40, 800, 460], [at_150]) == QRect(20, 40, 800, 460)
    rect = centred(QSize(1200, 900), at_150, QSize(440, 360))
    assert rect.height() + FRAME_ALLOWANCE.height() <= 512
    assert rect.top() >= FRAME_ALLOWANCE.height() - FRAME_ALLOWANCE.width() // 2  # title bar
