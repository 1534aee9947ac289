"""Proof as a PDF, written with Qt's own PDF writer (no extra library)."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from optout_gui import APP_NAME
from optout_gui.core.proof import proof_text
from optout_gui.core.record import ObjectionRecord


def proof_html(
    records: Sequence[ObjectionRecord], zone: dt.tzinfo, now=None, labels: dict | None = None
) -> str:
    text = proof_text(records, zone, now=now, labels=labels)
    blocks = text.split("\n\n")
    title, rest = blocks[0].splitlines(), blocks[1:]
    parts = [f"<h2>{html.escape(title[0])}</h2>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in title[2:]]
    for block in rest:
        parts.append(
            '<pre style="white-space: pre-wrap; font-family: monospace;">'
            f"{html.escape(block)}</pre>"
        )
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def write_proof_pdf(
    records: Sequence[ObjectionRecord],
    path: str | Path,
    zone: dt.tzinfo,
    now=None,
    labels: dict | None = None,
) -> None:
    """Write an A4 PDF; raises OSError when the file cannot be written."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setTitle(f"{APP_NAME}: proof of objection")
    writer.setCreator(APP_NAME)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(300)
    document = QTextDocument()
    document.setHtml(proof_html(records, zone, now, labels))
    layout = writer.pageLayout()
    rect = layout.paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)
    del writer  # finishes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path}")
