"""Translation files and guide overlays: complete, and keeping every placeholder.

The checks over the shipped languages run for every language whose translator has
delivered (a .ts file with at least one finished message, a guide overlay file); until
then they are skipped with the reason given.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from optout_gui.core.guide import GuideError, guide_path, load_guide
from optout_gui.core.guide_overlay import text_entries
from optout_gui.core.languages import SOURCE_LANGUAGE, available_languages, translations_dir

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = [code for code in available_languages() if code != SOURCE_LANGUAGE]
PLACEHOLDER_RE = re.compile(r"%(?:\d+|n)|\{[a-z_]+\}")  # Qt %1 and Python {name}


# --- reading .ts files ----------------------------------------------------------------
def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            found[(name, message.findtext("source"))] = message
    return found


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def ts_problems(path: Path, expected: set[tuple[str, str]]) -> list[str]:
    """Everything wrong with one translation file, one line each."""
    found = messages(path)
    problems = [f"missing: {ctx} / {src!r}" for ctx, src in sorted(expected - set(found))]
    for (ctx, source), message in found.items():
        translation = message.find("translation")
        texts = translations_of(message)
        if translation is None or translation.get("type") == "unfinished" or not all(texts):
            problems.append(f"unfinished: {ctx} / {source!r}")
            continue
        wanted = set(PLACEHOLDER_RE.findall(source))
        numerus = message.get("numerus") == "yes"
        for text in texts:
            have = set(PLACEHOLDER_RE.findall(text))
            if numerus:  # a singular form may say "one" instead of %n
                have.add("%n") if "%n" in wanted else None
            if have != wanted:
                problems.append(
                    f"placeholders {sorted(have)} instead of {sorted(wanted)}: {ctx} / {source!r}"
                )
            if mnemonics(text) != mnemonics(source):
                problems.append(f"& count differs: {ctx} / {source!r} -> {text!r}")
    return problems


def delivered(path: Path) -> bool:
    return any(
        (t := m.find("translation")) is not None and t.get("type") != "unfinished"
        for m in messages(path).values()
    )


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory) -> set[tuple[str, str]]:
    """Every tr()/translate() in optout_gui, read fresh by lupdate."""
    from tools.translations import find_tool  # the same lookup the translators' tool uses

    found = find_tool("lupdate")
    if found is None:
        pytest.skip("pyside6-lupdate is not installed")
    lupdate = Path(found)
    out = tmp_path_factory.mktemp("lupdate") / "source.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "optout_gui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), "-silent", *files, "-ts", str(out)], check=True, cwd=ROOT, timeout=120
    )
    return set(messages(out))


def test_lupdate_finds_the_ui_strings(source_messages):
    assert ("WelcomePage", "&Where do you live?") in source_messages
    assert ("widgets", "&Language:") in source_messages
    assert len(source_messages) > 200


@pytest.mark.parametrize("code", LANGUAGES)
def test_translation_is_complete_and_keeps_placeholders(code, source_messages):
    path = translations_dir() / f"optout_{code}.ts"
    if not delivered(path):
        pytest.skip(f"optout_{code}.ts has no finished translation yet (translator pending)")
    problems = ts_problems(path, source_messages)
    assert problems == [], f"{path.name}:\n" + "\n".join(problems[:40])


FIXTURE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="de"><context><name>C</name>
<message><source>&amp;Open %1</source><translation>%1 &amp;öffnen</translation></message>
<message><source>Step %1 of %2</source><translation>Schritt %1</translation></message>
<message><source>&amp;Save</source><translation>Speichern</translation></message>
<message><source>Later</source><translation type="unfinished"></translation></message>
<message numerus="yes"><source>%n file(s)</source><translation>
<numerusform>eine Datei</numerusform><numerusform>%n Dateien</numerusform></translation></message>
</context></TS>
"""


def test_the_checker_finds_each_kind_of_problem(tmp_path):
    path = tmp_path / "optout_de.ts"
    path.write_text(FIXTURE, encoding="utf-8")
    expected = set(messages(path)) | {("C", "Gone")}
    problems = ts_problems(path, expected)
    assert problems == [
        "missing: C / 'Gone'",
        "placeholders ['%1'] instead of ['%1', '%2']: C / 'Step %1 of %2'",
        "& count differs: C / '&Save' -> 'Speichern'",
        "unfinished: C / 'Later'",
    ]


# --- guide overlays ----------------------------------------------------------------------
@pytest.mark.parametrize("code", LANGUAGES)
def test_guide_overlay_is_complete_and_keeps_placeholders(code, caplog):
    overlay = guide_path(code)
    if not overlay.exists():
        pytest.skip(f"resources/guides/{code}.toml not written yet (translator pending)")
    guide = load_guide(language=code)  # raises GuideError naming the file on any problem
    english = load_guide()
    assert guide.language == code
    assert set(guide.steps) == set(english.steps)
    assert guide.links_collected == english.links_collected
    assert guide.sources == english.sources and guide.links == english.links
    for account, entry in guide.accounts.items():
        assert entry.form_url == english.accounts[account].form_url
        assert len(entry.in_app_route) == len(english.accounts[account].in_app_route)
    # Something was actually translated, not copied.
    assert guide.steps["welcome"]["text"] != english.steps["welcome"]["text"]


def english_data() -> dict:
    return tomllib.loads(guide_path("en").read_text(encoding="utf-8"))


def overlay_toml(entries: dict) -> str:
    """A TOML overlay giving ``entries`` ((section, item, key) -> text or list)."""
    import json

    tables: dict[str, dict[str, object]] = {}
    for (section, item, key), value in entries.items():
        tables.setdefault(f"{section}.{item}", {})[key] = value
    lines = ['language = "de"']
    for table, values in tables.items():
        lines.append(f"[{table}]")
        lines += [
            f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()
        ]
    return "\n".join(lines) + "\n"


def german_entries() -> dict:
    entries = {}
    for key, value in text_entries(english_data()).items():
        entries[key] = [f"DE {v}" for v in value] if isinstance(value, list) else f"DE {value}"
    return entries


@pytest.fixture
def guides(tmp_path):
    folder = tmp_path / "guides"
    folder.mkdir()
    shutil.copy(guide_path("en"), folder / "en.toml")
    return folder


def test_a_complete_overlay_replaces_every_text(guides):
    (guides / "de.toml").write_text(overlay_toml(german_entries()), encoding="utf-8")
    guide = load_guide(guides / "en.toml", language="de")
    assert guide.language == "de"
    assert guide.steps["welcome"]["title"].startswith("DE ")
    assert all(step.startswith("DE ") for step in guide.accounts["instagram"].in_app_route)
    assert guide.countries["OTHER"].name.startswith("DE ")
    assert guide.countries["AT"].name == "Österreich"  # from CLDR, not the overlay
    assert guide.accounts["facebook"].form_url.startswith("https://www.facebook.com/")
    assert guide.step_text("open_form", account="Instagram").count("Instagram") >= 1


def change(entries, key, value):
    entries = dict(entries)
    if value is None:
        del entries[key]
    else:
        entries[key] = value
    return entries


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda e: change(e, ("steps", "welcome", "motto"), "Hallo"), "unknown key"),
        (lambda e: change(e, ("accounts", "facebook", "form_url"), "https://x"), "en.toml only"),
        (lambda e: change(e, ("countries", "DE", "law"), "none"), "en.toml only"),
        (lambda e: change(e, ("steps", "welcome", "title"), None), "missing: steps.welcome.title"),
        (
            lambda e: change(e, ("steps", "open_form", "text"), "Öffne das Formular."),
            "same placeholders",
        ),
        (
            lambda e: change(e, ("laws", "none", "verdict"), "Leider nicht in {country}."),
            "same placeholders",
        ),
        (lambda e: change(e, ("accounts", "instagram", "in_app_route"), ["Eins"]), "5 steps"),
        (lambda e: change(e, ("laws", "gdpr", "name"), "  "), "non-empty"),
    ],
)
def test_a_bad_overlay_names_its_file_and_the_problem(guides, edit, words):
    overlay = guides / "de.toml"
    overlay.write_text(overlay_toml(edit(german_entries())), encoding="utf-8")
    with pytest.raises(GuideError) as info:
        load_guide(guides / "en.toml", language="de")
    assert info.value.path == overlay
    assert words in info.value.problem


def test_an_overlay_in_the_wrong_language_is_refused(guides):
    text = overlay_toml(german_entries()).replace('language = "de"', 'language = "fr"')
    (guides / "de.toml").write_text(text, encoding="utf-8")
    with pytest.raises(GuideError, match="language"):
        load_guide(guides / "en.toml", language="de")


def test_without_an_overlay_the_english_texts_are_used_and_it_is_logged(guides, caplog):
    guide = load_guide(guides / "en.toml", language="fr")
    assert guide.steps == load_guide(guides / "en.toml").steps
    assert guide.countries["DE"].name == "Allemagne"
    assert any("fr.toml" in r.getMessage() for r in caplog.records)


def test_a_broken_overlay_falls_back_to_english_when_the_app_starts(guides, monkeypatch, caplog):
    from optout_gui import app
    from optout_gui.core import guide as guide_module

    (guides / "de.toml").write_text(
        'language = "de"\n[steps.welcome]\ntitle = "x"\n', encoding="utf-8"
    )
    monkeypatch.setattr(guide_module, "guide_path", lambda language="en": guides / "en.toml")
    guide = app.guide_for("de")
    assert guide.language == "en"
    assert any("de.toml" in r.getMessage() for r in caplog.records)


def test_country_names_are_not_a_hand_made_list():
    data = english_data()
    named = [code for code, entry in data["countries"].items() if "name" in entry]
    assert named == ["OTHER"]


# --- shipped build products stay in step with their sources --------------------------------
def test_shipped_qm_files_are_compiled_from_the_current_ts(tmp_path):
    from optout_gui.core.languages import translations_dir
    from optout_gui.ui.common.i18n import compile_ts

    folder = translations_dir()
    sources = sorted(folder.glob("optout_*.ts"))
    assert sources
    for ts in sources:
        shipped = ts.with_suffix(".qm")
        fresh = tmp_path / shipped.name
        assert compile_ts(ts, fresh), f"lrelease failed on {ts.name}"
        assert shipped.is_file(), f"{shipped.name} is missing: run tools/translations.py compile"
        assert shipped.read_bytes() == fresh.read_bytes(), (
            f"{shipped.name} is older than {ts.name}: run tools/translations.py compile"
        )


def test_shipped_names_are_babels_cldr_names():
    import json

    from optout_gui.core import languages
    from optout_gui.core.guide import load_guide

    shipped = json.loads(languages.shipped_names_file().read_text(encoding="utf-8"))
    codes = languages.available_languages()
    assert set(shipped["languages"]) == set(codes)
    countries = sorted(c for c in load_guide().countries if len(c) == 2)
    for code in codes:
        assert shipped["languages"][code] == languages.babel_language_name(code)
        territories = languages.babel_territories(code)
        assert shipped["countries"][code] == {c: territories[c] for c in countries}, (
            f"names.json is out of date for {code}: run tools/translations.py names"
        )
