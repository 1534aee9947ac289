"""The proof's and the calendar's wording in the app's language.

The English texts are written once, in core/proof.py and core/ics.py, marked with
``QT_TRANSLATE_NOOP`` so lupdate collects them (contexts "proof" and "calendar"); here
each is translated with the same context and text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from optout_gui.core.ics import CALENDAR_TEXTS
from optout_gui.core.proof import wording
from optout_gui.ui.common.dates import date_labels

translate = QCoreApplication.translate


def proof_labels() -> dict[str, str]:
    """Translated labels for core.proof; keys as in ``core.proof.wording()``.

    ``{name}`` placeholders are filled in by core.proof and must stay in every translation.
    Dates are written as the app shows them ("6 Dec 2026"): ui/common/dates.py.
    """
    labels = {key: translate("proof", text) for key, text in wording().items()}
    labels.update(date_labels())
    return labels


def calendar_texts() -> dict[str, str]:
    """Translated texts for core.ics (keys of ``CALENDAR_TEXTS``); ``{name}``s stay. Days
    are written as the app shows them (ui/common/dates.py)."""
    texts = {key: translate("calendar", text) for key, text in CALENDAR_TEXTS.items()}
    texts.update(date_labels())
    return texts
