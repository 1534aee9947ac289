"""The compiled twins of the data files (``<name>.toml.json``, core/datafile.py).

The TOML file is the one people edit; the twin only saves parsing time. So: every shipped
twin must hold exactly what its TOML says, a twin that does not match its TOML (an edit,
damage, another format) must be ignored, and the app must really read the twin.
"""

from __future__ import annotations

import json
import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from optout_gui.core import datafile
from optout_gui.core.datafile import DataFileError, compiled_path, read_toml
from optout_gui.core.guide import load_guide

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import compile_data  # noqa: E402


def test_every_twin_is_up_to_date():
    stale = [str(compiled_path(path).relative_to(ROOT)) for path, _ in compile_data.stale_twins()]
    assert stale == [], "run: python tools/compile_data.py"


@pytest.mark.parametrize("path", compile_data.compiled_files(), ids=lambda p: p.name)
def test_the_twin_gives_what_the_toml_says(path, monkeypatch):
    expected = tomllib.loads(path.read_text(encoding="utf-8"))

    def no_parsing(text):
        raise AssertionError("the TOML was parsed although its twin is fresh")

    monkeypatch.setattr(tomllib, "loads", no_parsing)
    got = read_toml(path)
    assert got == expected
    # Dates come back as dates (JSON has none), so the readers see what TOML gives them.
    assert repr(got) == repr(expected)


def test_the_guides_are_compiled():
    guides = {path.name for path in compile_data.compiled_files() if path.parent.name == "guides"}
    assert "en.toml" in guides and len(guides) >= 8


@pytest.fixture
def guide_copy(tmp_path):
    """en.toml and its twin, copied."""
    source = ROOT / "resources" / "guides" / "en.toml"
    path = tmp_path / "en.toml"
    shutil.copy(source, path)
    shutil.copy(compiled_path(source), compiled_path(path))
    return path


def test_an_edited_toml_wins_over_its_twin(guide_copy):
    text = guide_copy.read_text(encoding="utf-8")
    first_title = tomllib.loads(text)["steps"]["welcome"]["title"]
    guide_copy.write_text(text.replace(f'"{first_title}"', '"Edited by hand"', 1), encoding="utf-8")
    assert read_toml(guide_copy)["steps"]["welcome"]["title"] == "Edited by hand"
    assert load_guide(guide_copy).step_text("welcome", "title") == "Edited by hand"


def test_an_edit_that_keeps_the_size_still_wins(guide_copy):
    raw = guide_copy.read_bytes()
    first_title = tomllib.loads(raw.decode())["steps"]["welcome"]["title"]
    same_length = first_title[::-1]
    assert len(same_length) == len(first_title) and same_length != first_title
    guide_copy.write_bytes(raw.replace(first_title.encode(), same_length.encode(), 1))
    assert read_toml(guide_copy)["steps"]["welcome"]["title"] == same_length


@pytest.mark.parametrize(
    "twin_text",
    [
        "",
        "not json",
        "[]",
        '{"compiled_format": 99}',
        '{"compiled_format": 1, "toml_size": 1, "toml_crc32": 1, "data": {}}',
        '{"compiled_format": 1, "toml_size": "x", "toml_crc32": null, "data": 5}',
        '{"$date": "not a date"}',
        "[" * 100_000 + "]" * 100_000,  # nested deeper than Python's JSON reader goes
    ],
    ids=[
        "empty",
        "not json",
        "a list",
        "another format",
        "other bytes",
        "wrong types",
        "a date",
        "too deep",
    ],
)
def test_a_damaged_or_foreign_twin_is_ignored(guide_copy, twin_text):
    expected = tomllib.loads(guide_copy.read_text(encoding="utf-8"))
    compiled_path(guide_copy).write_text(twin_text, encoding="utf-8")
    assert read_toml(guide_copy) == expected


def test_a_twin_made_from_the_same_bytes_but_holding_other_data_is_believed(guide_copy):
    """What the check is and is not: it ties the twin to the TOML's bytes, so a twin is
    trusted when those match. (The twins are ours, shipped read-only beside the TOML.)"""
    raw = guide_copy.read_bytes()
    compiled_path(guide_copy).write_text(
        datafile.compiled_text(raw, {"steps": {}}), encoding="utf-8"
    )
    assert read_toml(guide_copy) == {"steps": {}}


def test_a_twin_that_is_a_folder_or_missing_is_ignored(guide_copy):
    expected = tomllib.loads(guide_copy.read_text(encoding="utf-8"))
    compiled_path(guide_copy).unlink()
    assert read_toml(guide_copy) == expected
    compiled_path(guide_copy).mkdir()
    assert read_toml(guide_copy) == expected


def test_a_broken_toml_is_still_named_even_with_a_twin(guide_copy):
    guide_copy.write_text("this = is not [toml", encoding="utf-8")
    with pytest.raises(DataFileError, match="not valid TOML"):
        read_toml(guide_copy)


def test_values_other_than_dates_are_not_compiled():
    import datetime as dt

    with pytest.raises(TypeError):
        datafile.compiled_text(b"", {"when": dt.datetime(2026, 12, 1, 10, 0)})
    text = datafile.compiled_text(b"x", {"seen": dt.date(2026, 12, 1)})
    assert json.loads(text)["data"] == {"seen": {"$date": "2026-12-01"}}


def test_the_check_mode_reports_a_stale_twin(tmp_path, monkeypatch, capsys):
    guides = tmp_path / "resources" / "guides"
    guides.mkdir(parents=True)
    source = ROOT / "resources" / "guides" / "en.toml"
    shutil.copy(source, guides / "en.toml")
    monkeypatch.setattr(compile_data, "ROOT", tmp_path)
    monkeypatch.setattr(compile_data, "RESOURCES", tmp_path / "resources")
    assert compile_data.main(["--check"]) == 1
    assert "stale: resources/guides/en.toml.json" in capsys.readouterr().out
    assert compile_data.main([]) == 0
    assert compiled_path(guides / "en.toml").read_text(encoding="utf-8") == compiled_path(
        source
    ).read_text(encoding="utf-8")
    assert compile_data.main(["--check"]) == 0
