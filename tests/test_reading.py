"""One decision per page, short lines, and each person's own country (issues #26, #27).

The welcome and confirmation pages show only what applies to the person's country, with
the rest behind "More"; the cut-off and the "no answer?" lines come from
resources/jurisdictions.toml and differ for a UK, a Swiss, a Brazilian and a German user.
Every wizard page's always-visible text is measured, in English and German.
"""

from __future__ import annotations

import pytest

from optout_gui.core.guide import load_guide
from optout_gui.ui.common import i18n
from optout_gui.ui.wizard.window import ObjectionWizard, PageId
from tests.helpers import click, click_next, open_session
from tests.reading import longest_line, visible_texts, word_count
from tests.test_wizard import walk_to

MAX_WORDS = 80  # GOV.UK: one thing per page; the aim for these two pages
MAX_LINE = 90  # characters on one line (GOV.UK and GNOME advise 75–90)


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    i18n.install_language(qapp, "en")


def wizard_in(qtbot, qapp, tmp_path, language="en", width=1600):
    i18n.install_language(qapp, language)
    wizard = ObjectionWizard(load_guide(language=language), open_session(tmp_path))
    qtbot.addWidget(wizard)
    wizard.resize(width, 1000)  # wide: the line cap, not the window, sets the line length
    with qtbot.waitExposed(wizard):
        wizard.show()
    wizard.resume()
    return wizard


def choose(qtbot, wizard, country, account="facebook"):
    page = wizard.currentPage()
    click(qtbot, page.account_buttons[account])
    page.country_combo.setCurrentIndex(page.country_combo.findData(country))
    return page


def walk_with(qtbot, wizard, country, target):
    choose(qtbot, wizard, country)
    click_next(qtbot, wizard)
    walk_to(qtbot, wizard, target)
    return wizard.currentPage()
