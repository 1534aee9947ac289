"""The PDF proof, read back with software other than Qt: pdfplumber (every character's size
and place), pypdf (catalog, metadata, fonts), poppler's pdftotext and qpdf."""

import re
import shutil
import subprocess
from collections import Counter
from zoneinfo import ZoneInfo

import pdfplumber
import pypdf
import pytest
from PySide6.QtGui import QPageSize

from optout_gui import APP_NAME, __version__
from optout_gui.core.proof import describe_event, format_time, wording
from optout_gui.ui.tracker.proof_pdf import (
    add_document_language,
    paper_for_territory,
    write_proof_pdf,
)
from tests.proof_samples import MADE_AT, REASON_DE, REASON_FR, REFUSAL_EMAIL, three_objections
from tests.test_proof import sample

BERLIN = ZoneInfo("Europe/Berlin")
MM = 72 / 25.4  # PDF points per millimetre
LIGATURES = re.compile("[\ufb00-\ufb4f]")  # Unicode's presentation forms (ﬀ ﬁ ﬂ ﬃ ﬄ ...)


def squeeze(text: str) -> str:
    """Without any white space: text extraction may break lines and add or drop spaces."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def three(tmp_path_factory, qapp):
    """The proof of three objections (honoured; refused with Meta's email; waiting), A4."""
    path = tmp_path_factory.mktemp("proof") / "three.pdf"
    pages = write_proof_pdf(
        three_objections(), path, BERLIN, now=MADE_AT, paper=QPageSize.PageSizeId.A4
    )
    return path, pages


def pdftotext(path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (Debian: poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return result.stdout.decode("utf-8")


def test_every_character_is_at_least_9_points(three):
    path, _ = three
    with pdfplumber.open(path) as pdf:
        chars = [char for page in pdf.pages for char in page.chars]
    assert len(chars) > 2000
    sizes = [round(char["size"], 1) for char in chars]
    assert min(sizes) >= 9.0, Counter(s for s in sizes if s < 9)
    body, _count = Counter(sizes).most_common(1)[0]
    assert 10.0 <= body <= 11.0  # the body text
    headings = {"History", "Facts", "Meta's answer"}
    with pdfplumber.open(path) as pdf:
        words = [w for page in pdf.pages for w in page.extract_words(extra_attrs=["size"])]
    found = [w for w in words if w["text"] in headings | {"Family"}]
    assert found and all(w["size"] >= 14 for w in found if w["text"] in headings)


def test_a4_with_margins_of_at_least_18_mm_and_short_lines(three):
    path, pages = three
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == pages
        for page in pdf.pages:
            assert (round(page.width), round(page.height)) == (595, 842)  # A4
            for char in page.chars:
                assert char["x0"] >= 18 * MM and char["x1"] <= page.width - 18 * MM
                assert char["top"] >= 18 * MM and char["bottom"] <= page.height - 18 * MM
            lines = [line["text"] for line in page.extract_text_lines()]
            assert lines and max(len(line) for line in lines) <= 100, max(lines, key=len)


def test_us_letter_where_the_region_uses_it(qapp, tmp_path):
    assert paper_for_territory("US") == QPageSize.PageSizeId.Letter
    assert paper_for_territory("ca") == QPageSize.PageSizeId.Letter
    assert paper_for_territory("DE") == QPageSize.PageSizeId.A4
    assert paper_for_territory("") == QPageSize.PageSizeId.A4
    path = tmp_path / "letter.pdf"
    write_proof_pdf([sample()], path, BERLIN, paper=QPageSize.PageSizeId.Letter)
    box = pypdf.PdfReader(str(path)).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_each_objection_starts_a_new_page_and_every_page_is_numbered(three):
    path, pages = three
    headings = ["1. Facebook Sam's account", "2. Instagram Family photos", "3. Facebook kim."]
    starts = []
    with pdfplumber.open(path) as pdf:
        texts = [page.extract_text() for page in pdf.pages]
        for number, page in enumerate(pdf.pages, 1):
            assert f"Page {number} of {pages}" in texts[number - 1]
            assert f"{APP_NAME} {__version__}" in texts[number - 1]
            assert "2025-07-14 11:30:00 CEST (UTC+02:00)" in texts[number - 1]  # made at
            lines = [line["text"] for line in page.extract_text_lines()]
            for heading in headings[1:]:
                if any(line.startswith(heading) for line in lines):
                    assert lines[0].startswith(heading), (number, lines[:2])  # top of page
                    starts.append(number)
    assert len(starts) == 2 and starts[0] < starts[1] < pages + 1
    assert headings[0] in texts[0]


def test_facts_reason_and_metas_email_in_full(three):
    path, _ = three
    text = squeeze(pdftotext(path))
    for expected in (
        "Germany (DE)",
        "France (FR)",
        "Netherlands (NL)",
        "https://help.instagram.com/contact/767264225370182",
        "alex@example.net",
        *REASON_DE.splitlines(),  # line by line: Meta's email runs onto the next page
        *REASON_FR.splitlines(),
        *REFUSAL_EMAIL.splitlines(),
        "2025-06-19",  # the day Meta refused
        "refused by Meta",
        "(no answer recorded yet)",
    ):
        assert squeeze(expected) in text, expected


def test_pdftotext_keeps_each_time_next_to_its_event(three):
    path, _ = three
    text = squeeze(pdftotext(path))
    lab = wording()
    count = 0
    for record in three_objections():
        for entry in record.history:
            pair = format_time(entry.at, BERLIN) + describe_event(entry, lab)
            assert squeeze(pair) in text, pair
            count += 1
    assert count == 18
    # 22:30 UTC on 10 June is 00:30 on 11 June in Berlin, and the proof says so.
    assert (
        squeeze("2025-06-11 00:30:00 CEST (UTC+02:00) status: sent, waiting for Meta's answer")
        in text
    )


def test_no_ligature_characters_so_searches_find_words(three):
    path, _ = three
    extracted = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    for text in (pdftotext(path), " ".join(extracted.split())):
        assert not LIGATURES.search(text), set(LIGATURES.findall(text))
        for word in ("Betreff", "offset", "veröffentliche", "offen", "find", "figurent", "Family"):
            assert word in text, word


def test_pdfa_1b_identification_language_title_and_embedded_fonts(three):
    path, _ = three
    assert path.read_bytes().startswith(b"%PDF-1.4")
    reader = pypdf.PdfReader(str(path))
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en"
    assert root["/OutputIntents"][0].get_object()["/S"] == "/GTS_PDFA1"
    xmp = root["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part(>|=\")1", xmp), xmp
    assert re.search(r"pdfaid:conformance(>|=\")B", xmp), xmp
    title = wording()["title"]
    assert reader.metadata.title == title and title in xmp
    fonts = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object()["/FontDescriptor"].get_object()
                assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                fonts += 1
    assert fonts >= 2  # regular and bold


def test_qpdf_finds_no_errors(three):
    path, _ = three
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_german_proof_is_german_down_to_title_and_lang(qapp, tmp_path):
    from optout_gui.ui.common import i18n
    from optout_gui.ui.tracker.proof_wording import proof_labels

    assert i18n.install_language(qapp, "de", tmp_path / "cache") == "de"
    try:
        labels = proof_labels()
        path = tmp_path / "de.pdf"
        write_proof_pdf(
            three_objections(),
            path,
            BERLIN,
            labels=labels,
            language="de",
            paper=QPageSize.PageSizeId.A4,
        )
    finally:
        i18n.install_language(qapp, "en", tmp_path / "cache")
    reader = pypdf.PdfReader(str(path))
    assert reader.trailer["/Root"]["/Lang"] == "de"
    assert reader.metadata.title == labels["title"] != wording()["title"]
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert labels["title"] in xmp  # the PDF/A metadata carries the German title too
    text = squeeze("\n".join(page.extract_text() for page in reader.pages))
    for expected in ("Seite 1 von", "Deutschland (DE)", "Frankreich (FR)", labels["history"]):
        assert squeeze(expected) in text, expected
    assert "Page1of" not in text


def test_language_added_as_an_incremental_update(qapp, tmp_path):
    path = tmp_path / "plain.pdf"
    write_proof_pdf([sample()], path, BERLIN, language="pt_BR")
    data = path.read_bytes()
    assert pypdf.PdfReader(str(path)).trailer["/Root"]["/Lang"] == "pt-BR"
    first_end = data.index(b"%%EOF") + len(b"%%EOF")
    assert data.count(b"%%EOF") == 2 and b"/Lang" not in data[:first_end]  # Qt's file kept
    with pytest.raises(OSError):  # a second /Lang would be ambiguous: refused
        add_document_language(path, "de")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\nnot really a PDF\n")
    with pytest.raises(OSError):
        add_document_language(broken, "en")


def test_pdf_to_unwritable_place_raises(qapp, tmp_path):
    with pytest.raises(OSError):
        write_proof_pdf([sample()], tmp_path / "missing" / "x.pdf", ZoneInfo("UTC"))


def test_long_unbroken_text_wraps_inside_the_margins(qapp, tmp_path):
    from tests.proof_samples import refused

    record = refused()
    record.label = "L" * 150
    record.answer.email_text = "https://example.com/" + "x" * 400 + "\n" + "word " * 300
    path = tmp_path / "long.pdf"
    write_proof_pdf([record], path, BERLIN, paper=QPageSize.PageSizeId.A4)
    with pdfplumber.open(path) as pdf:
        chars = [(page, char) for page in pdf.pages for char in page.chars]
    assert len(chars) > 2000
    for page, char in chars:
        assert char["x0"] >= 18 * MM and char["x1"] <= page.width - 18 * MM, char["text"]
    assert "x" * 400 in squeeze("".join(char["text"] for _, char in chars))


@pytest.mark.slow
def test_render_script_writes_each_language_and_its_first_page(tmp_path):
    import sys
    from pathlib import Path

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian: poppler-utils) is not installed")
    root = Path(__file__).parents[1]
    script = str(root / "tools" / "render_proof.py")
    result = subprocess.run(
        [sys.executable, script, str(tmp_path), "--langs", "en,pl"],
        capture_output=True, text=True, timeout=180, cwd=root,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    from PySide6.QtGui import QImage

    for language in ("en", "pl"):
        image = QImage(str(tmp_path / f"proof-{language}-1.png"))
        assert (image.width(), image.height()) == (662, 936)  # A4 at 80 dpi
        title = pypdf.PdfReader(tmp_path / f"proof-{language}.pdf").metadata.title
        assert (title == wording()["title"]) == (language == "en")
