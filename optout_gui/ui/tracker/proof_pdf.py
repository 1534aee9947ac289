"""Proof as a PDF/A-1b file, written with Qt's own PDF writer (no extra library).

The layout is meant to be read on paper by a clerk: A4 (US Letter where the person's region
uses it), 20 mm margins, body text 10.5 pt, headings 14 pt and more, nothing smaller than
9 pt (the footer). Each objection starts on a new page with a table of facts, the dates of
each step, the reason exactly as copied, its timeline and Meta's answer. Every page carries
"page X of Y" and, in the footer, when and by which app version the proof was made.

Qt writes an untagged PDF; the text and JSON exports are the accessible alternatives (see
docs/features.md). Qt does not write the document language, so ``/Lang`` is added afterwards
by a small incremental update of the file (:func:`add_document_language`).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from optout_gui import APP_NAME, __version__
from optout_gui.core.proof import ObjectionProof, ProofDocument, proof_document, wording
from optout_gui.core.record import ObjectionRecord

MARGIN_MM = 20
BODY_PT = 10.5
FOOTER_PT = 9
RESOLUTION = 600  # device pixels per inch; fonts are sized in points regardless

# Regions whose usual paper is US Letter (CLDR supplemental data, "paperSize" US-Letter:
# https://github.com/unicode-org/cldr/blob/main/common/supplemental/supplementalData.xml,
# seen 2026-12-01). Everywhere else: A4.
LETTER_TERRITORIES = frozenset(
    {"BZ", "CA", "CL", "CO", "CR", "GT", "MX", "NI", "PA", "PH", "PR", "SV", "US", "VE"}
)


def paper_for_territory(code: str) -> QPageSize.PageSizeId:
    return (
        QPageSize.PageSizeId.Letter
        if code.upper() in LETTER_TERRITORIES
        else QPageSize.PageSizeId.A4
    )


def system_paper() -> QPageSize.PageSizeId:
    """The paper of the person's region (the system locale), A4 when it is not known."""
    return paper_for_territory(QLocale.territoryToCode(QLocale.system().territory()))


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _pre(text: str) -> str:
    """Text exactly as given (line breaks and runs of spaces kept), wrapped at the page."""
    return f'<span style="white-space: pre-wrap;">{_esc(text)}</span>'


def _heading(text: str, points: int, style: str = "") -> str:
    """A bold paragraph of ``points`` size. Not <h1>-<h3>: Qt sizes those relative to the
    body font (x 2, 1.5, 1.2), whatever font-size they are given."""
    return (
        f'<p style="margin-top: {points}px; margin-bottom: 4px; {style}">'
        f'<span style="font-size: {points}pt; font-weight: bold;">{_esc(text)}</span></p>'
    )


def _sub(text: str) -> str:
    return _heading(text, 14)


def _table(rows: list[tuple[str, str]], header: tuple[str, str] | None, first_width: int) -> str:
    parts = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="4" '
        'style="border-collapse: collapse; border-color: #777;">'
    ]
    if header:
        parts.append(
            '<thead><tr style="background-color: #e8e8e8;">'
            f'<th width="{first_width}%" align="left">{_esc(header[0])}</th>'
            f'<th align="left">{_esc(header[1])}</th></tr></thead>'
        )
    for left, right in rows:
        cell = "th" if header is None else "td"
        parts.append(
            f'<tr><{cell} width="{first_width}%" align="left" valign="top">{_esc(left)}</{cell}>'
            f'<td valign="top">{_pre(right)}</td></tr>'
        )
    parts.append("</table>")
    return "".join(parts)


def _quoted(text: str, caption: str = "") -> str:
    """A framed box holding ``text`` exactly as it was copied or pasted, under ``caption``
    (a header row: it is repeated when the box runs onto the next page)."""
    head = (
        f'<thead><tr style="background-color: #e8e8e8;"><th align="left">{_esc(caption)}'
        "</th></tr></thead>"
        if caption
        else ""
    )
    return (
        '<table width="100%" border="1" cellspacing="0" cellpadding="6" '
        f'style="border-collapse: collapse; border-color: #777;">{head}'
        f"<tr><td>{_pre(text)}</td></tr></table>"
    )


def _objection_html(proof: ObjectionProof, lab: dict, first: bool) -> str:
    brk = "" if first else "page-break-before: always;"
    parts = [
        _heading(proof.heading, 16, brk),
        _sub(lab["facts"]),
        _table(proof.facts, None, 32),
        _sub(lab["steps"]),
        _table(proof.steps, None, 32),
        _sub(lab["reason"]),
        _quoted(proof.reason) if proof.reason else f"<p>{_esc(lab['no_reason'])}</p>",
        _sub(lab["history"]),
        _table(proof.timeline, (lab["time_column"], lab["event_column"]), 47),
        _sub(lab["answer"]),
    ]
    if proof.answer:
        parts.append(_table(proof.answer, None, 32))
        if proof.email_text:
            parts.append("<p></p>")
            parts.append(_quoted(proof.email_text, lab["email_text"]))
    else:
        parts.append(f"<p>{_esc(lab['no_answer'])}</p>")
    return "".join(parts)


def proof_html(document: ProofDocument, labels: dict | None = None) -> str:
    lab = wording(labels)
    parts = [
        _heading(document.title, 18),
        f"<p>{_esc(document.made_line)}<br>{_esc(document.zone_line)}</p>",
    ]
    for number, proof in enumerate(document.objections):
        parts.append(_objection_html(proof, lab, first=number == 0))
    if document.other_optouts:
        brk = "page-break-before: always;" if document.objections else ""
        parts.append(_heading(lab["other_optouts"], 16, brk))
        parts.append(_table(document.other_optouts, (lab["other_service"], lab["other_state"]), 40))
    return "<html><body>" + "".join(parts) + "</body></html>"


def _body_font(point_size: float) -> QFont:
    """A sans-serif font with ligatures switched off, so that the text extracted from the PDF
    holds "f" + "f" rather than one "ﬀ" character (a search for "offset" must find it)."""
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setFamilies(["DejaVu Sans", "Arial", "Helvetica", "Liberation Sans", "Sans Serif"])
    font.setPointSizeF(point_size)
    for tag in ("liga", "clig", "dlig", "hlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _draw_footer(painter, area: QRectF, made: str, page: str, font: QFont, dpp: float) -> None:
    """A rule, then when and by which app version the proof was made (left, wrapped) and
    "page X of Y" (right)."""
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.black)
    rule_y = area.top() + 6 * dpp
    painter.drawLine(QPointF(area.left(), rule_y), QPointF(area.right(), rule_y))
    text_top = rule_y + 3 * dpp
    page_width = painter.fontMetrics().horizontalAdvance(page) + 1
    gap = 12 * dpp
    top = int(Qt.AlignmentFlag.AlignTop)
    painter.drawText(
        QRectF(area.left(), text_top, area.width() - page_width - gap, area.bottom() - text_top),
        top | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap),
        made,
    )
    painter.drawText(
        QRectF(area.right() - page_width, text_top, page_width, area.bottom() - text_top),
        top | int(Qt.AlignmentFlag.AlignRight),
        page,
    )


def pdf_language(language: str) -> str:
    """The BCP 47 tag PDF readers expect: ``pt_BR`` → ``pt-BR``."""
    return language.replace("_", "-")


def write_proof_pdf(
    records: Sequence[ObjectionRecord],
    path: str | Path,
    zone: dt.tzinfo,
    now=None,
    labels: dict | None = None,
    language: str = "en",
    paper: QPageSize.PageSizeId | None = None,
    other_optouts: Sequence[dict] | None = None,
) -> int:
    """Write the proof as PDF/A-1b; returns the number of pages. Raises OSError when the
    file cannot be written."""
    path = Path(path)
    lab = wording(labels)
    document = proof_document(records, zone, now, lab, language, other_optouts)
    writer = QPdfWriter(str(path))
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(document.title)
    writer.setCreator(f"{APP_NAME} {__version__}")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(paper if paper is not None else system_paper()),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(area.width()), float(area.height())
    footer_font = _body_font(FOOTER_PT)
    dots_per_point = writer.resolution() / 72
    footer_height = FOOTER_PT * dots_per_point * 4  # a gap, a rule, two lines of text

    text = QTextDocument()
    text.documentLayout().setPaintDevice(writer)  # lay out in the PDF's own units
    text.setDefaultFont(_body_font(BODY_PT))
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # long links
    text.setDefaultTextOption(option)
    text.setDocumentMargin(0)
    text.setHtml(proof_html(document, lab))
    body_height = height - footer_height
    text.setPageSize(QSizeF(width, body_height))
    pages = text.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"the PDF could not be written to {path}")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            text.drawContents(painter, QRectF(0, page * body_height, width, body_height))
            painter.restore()
            _draw_footer(
                painter,
                QRectF(0, body_height, width, footer_height),
                document.made_line,
                lab["page"].format(page=page + 1, pages=pages),
                footer_font,
                dots_per_point,
            )
    finally:
        painter.end()
    del writer  # finishes the file
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path}")
    add_document_language(path, pdf_language(language))
    return pages


_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref", re.S)


def add_document_language(path: Path, language: str) -> None:
    """Add ``/Lang`` to the PDF's catalog as an incremental update (PDF 1.4, 3.4.5): the
    new catalog and a one-entry cross-reference section go after the file Qt wrote, which
    stays byte for byte as it was. Raises OSError when the file is not laid out as
    expected."""
    data = path.read_bytes()
    end = _STARTXREF.search(data)
    trailers = list(_TRAILER.finditer(data))
    if not end or not trailers:
        raise OSError(f"unexpected PDF layout in {path}")
    trailer = trailers[-1].group(1)
    root = re.search(rb"/Root\s+(\d+)\s+(\d+)\s+R", trailer)
    size = re.search(rb"/Size\s+(\d+)", trailer)
    if not root or not size:
        raise OSError(f"unexpected PDF trailer in {path}")
    number, generation = root.group(1), root.group(2)
    pattern = rb"(?:^|[\r\n])" + number + rb"\s+" + generation + rb"\s+obj\s*<<(.*?)>>\s*endobj"
    objects = list(re.finditer(pattern, data, re.S))
    found = objects[-1] if objects else None  # the newest version of the catalog
    if not found or b"/Lang" in found.group(1):
        raise OSError(f"unexpected PDF catalog in {path}")
    tag = language.encode("ascii", "replace").replace(b"(", b"").replace(b")", b"")
    catalog = found.group(1).rstrip() + b"\n/Lang (" + tag + b")\n"
    offset = len(data) + (0 if data.endswith(b"\n") else 1)
    prefix = b"" if data.endswith(b"\n") else b"\n"
    body = prefix + number + b" " + generation + b" obj\n<<" + catalog + b">>\nendobj\n"
    xref_at = offset + len(body) - len(prefix)
    new_trailer = re.sub(rb"/Prev\s+\d+", b"", trailer).rstrip()
    update = (
        body
        + b"xref\n0 1\n0000000000 65535 f \n"
        + number
        + b" 1\n"
        + f"{offset:010d} {int(generation):05d} n \n".encode()
        + b"trailer\n<<"
        + new_trailer
        + b"\n/Prev "
        + end.group(1)
        + b"\n>>\nstartxref\n"
        + str(xref_at).encode()
        + b"\n%%EOF\n"
    )
    with path.open("ab") as handle:
        handle.write(update)
