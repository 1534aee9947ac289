from zoneinfo import ZoneInfo

import pypdf

from optout_gui.ui.proof_pdf import write_proof_pdf
from tests.test_proof import sample


def pdf_text(path):
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_contains_the_facts(qapp, tmp_path):
    path = tmp_path / "proof.pdf"
    records = [sample()]
    second = sample()
    second.id, second.label = "r2", "Second account"
    records.append(second)
    write_proof_pdf(records, path, ZoneInfo("Europe/Berlin"))
    # Text extraction from monospace PDF text may add or drop spaces: compare without them.
    text = "".join(pdf_text(path).split())
    for expected in (
        "sam@example.org",
        "Second account",
        "https://www.facebook.com/help/contact/712876720715583",
        "2025-06-01 10:05:00 CEST (UTC+02:00)",
        "Line one.",
        "Line two.",
        "We'll honour it.",
        "honoured by Meta on 2025-06-02",
    ):
        assert "".join(expected.split()) in text
    assert len(pypdf.PdfReader(str(path)).pages) >= 1


def test_pdf_to_unwritable_place_raises(qapp, tmp_path):
    import pytest

    with pytest.raises(OSError):
        write_proof_pdf([sample()], tmp_path / "missing" / "x.pdf", ZoneInfo("UTC"))
