"""The one place where the app asks the system to open a web page.

Tests replace :func:`_launch`; every caller goes through :func:`open_external_url`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from optout_gui.core.bundle_env import clean_library_path
from optout_gui.core.urls import OFFICIAL_DOMAINS, UrlRefused, check_url

log = logging.getLogger(__name__)


def open_external_url(url: str, allowed_domains=OFFICIAL_DOMAINS) -> bool:
    """Ask the desktop to open ``url`` in the default browser.

    Raises :class:`UrlRefused` for anything but an https page of an official site, checked
    here, at the moment of opening. Returns False when the system could not start a browser.
    True only means a launcher started, not that a page appeared, so callers always show
    the link as text too.
    """
    try:
        check_url(url, allowed_domains)
    except UrlRefused:
        log.warning("refused to open a link outside the allow-list")
        raise
    try:
        return bool(_launch(url))
    except Exception:  # a broken desktop setup must not take the app down
        log.exception("opening the browser failed")
        return False


def _launch(url: str) -> bool:
    with clean_library_path():
        return QDesktopServices.openUrl(QUrl(url))
