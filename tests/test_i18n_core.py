"""Languages, the settings file and --lang: the Qt-free parts of issue 6."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from optout_gui import app
from optout_gui.core import languages
from optout_gui.core.languages import (
    available_languages,
    country_names,
    first_match,
    language_name,
    match_language,
    normalize,
)
from optout_gui.core.paths import AppPaths
from optout_gui.core.settings import Settings, load_settings, save_settings

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ["de", "es", "fr", "it", "nl", "pl", "pt_BR"]


@pytest.fixture(autouse=True)
def fresh_name_cache(monkeypatch):
    monkeypatch.setattr(languages, "_names_file", None)
    monkeypatch.setattr(languages, "_names", None)


def test_available_languages_are_english_plus_every_translation_file(tmp_path):
    for name in ("optout_de.ts", "optout_pt_BR.qm", "optout_pt_BR.ts", "notes.txt", "x_fr.ts"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert available_languages(tmp_path) == ["en", "de", "pt_BR"]
    assert available_languages(tmp_path / "missing") == ["en"]


def test_the_shipped_languages_are_offered():
    assert set(SHIPPED) <= set(available_languages())
    assert available_languages()[0] == "en"


@pytest.mark.parametrize(
    ("wanted", "expected"),
    [
        ("de", "de"),
        ("de-AT", "de"),
        ("de_CH.UTF-8", "de"),
        ("pt-BR", "pt_BR"),
        ("pt_br", "pt_BR"),
        ("pt-PT", "pt_BR"),  # the closest Portuguese there is
        ("zh-Hant-TW", None),
        ("EN-gb", "en"),
        ("", None),
    ],
)
def test_system_languages_are_matched_to_available_ones(wanted, expected):
    assert match_language(wanted, ["en", "de", "fr", "pt_BR"]) == expected


def test_first_matching_preference_wins_and_english_is_the_fallback():
    assert first_match(["sv-SE", "fr-CA", "de-DE"], ["en", "de", "fr"]) == "fr"
    assert first_match(["sv-SE", "ja"], ["en", "de"]) == "en"
    assert normalize("sr-Latn-RS") == "sr_RS"


def test_language_and_country_names_come_from_cldr():
    assert language_name("de") == "Deutsch"
    assert language_name("fr") == "Français"  # capitalised for a menu
    assert language_name("pt_BR").startswith("Português")
    assert language_name("xx") == "xx"
    assert country_names("de", ["AT", "GB", "OTHER"]) == {
        "AT": "Österreich",
        "GB": "Vereinigtes Königreich",
    }
    assert country_names("nope", ["FR"]) == {"FR": "France"}


def test_names_are_kept_in_the_cache_file_so_babel_is_loaded_once(tmp_path, monkeypatch):
    # Japan is not among the guide's countries, so its name is not in the shipped file.
    path = tmp_path / "cache" / "names.json"
    languages.use_name_cache(path)
    assert country_names("fr", ["JP", "OTHER"]) == {"JP": "Japon"}
    assert json.loads(path.read_text(encoding="utf-8"))["countries"]["fr"]["JP"] == "Japon"

    def no_babel(*args):
        raise AssertionError("Babel was asked again")

    monkeypatch.setattr(languages, "babel_territories", no_babel)
    monkeypatch.setattr(languages, "babel_language_name", no_babel)
    languages.use_name_cache(path)  # as on the next start
    assert country_names("fr", ["JP"]) == {"JP": "Japon"}
    path.write_text("{damaged", encoding="utf-8")
    languages.use_name_cache(path)
    with pytest.raises(AssertionError, match="asked again"):
        country_names("fr", ["JP"])


def test_first_start_needs_no_babel_for_the_guides_countries(tmp_path, monkeypatch):
    def no_babel(*args):
        raise AssertionError("Babel was asked")

    monkeypatch.setattr(languages, "babel_territories", no_babel)
    monkeypatch.setattr(languages, "babel_language_name", no_babel)
    languages.use_name_cache(tmp_path / "empty-cache" / "names.json")
    assert country_names("fr", ["DE", "OTHER"]) == {"DE": "Allemagne"}
    assert language_name("nl") == "Nederlands"
    assert not (tmp_path / "empty-cache").exists()


# --- settings -------------------------------------------------------------------------
def test_settings_round_trip_privately(tmp_path):
    path = tmp_path / "config" / "settings.json"
    assert load_settings(path) == Settings()
    assert save_settings(path, Settings(language="de"))
    assert load_settings(path).language == "de"
    assert json.loads(path.read_text(encoding="utf-8"))["language"] == "de"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("content", ["{broken", "[1, 2]", '{"language": 5}', ""])
def test_a_damaged_settings_file_gives_the_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    path.write_text(content, encoding="utf-8")
    assert load_settings(path) == Settings()


def test_settings_live_in_the_config_folder_or_the_portable_folder(tmp_path, isolated_dirs):
    user = AppPaths.for_user()
    if sys.platform == "win32":  # platformdirs: settings and cache under %LOCALAPPDATA%\<app>
        app_dir = Path(os.environ["LOCALAPPDATA"]) / "optout-assistant"
        assert user.settings_file == app_dir / "settings.json"
        assert user.translations_cache.is_relative_to(app_dir / "Cache")
    else:
        assert user.settings_file == isolated_dirs / "config" / "optout-assistant" / "settings.json"
        assert str(user.translations_cache).startswith(str(isolated_dirs / "cache"))
    portable = AppPaths.for_user(tmp_path / "stick")
    assert portable.settings_file == tmp_path / "stick" / "settings.json"
    assert portable.translations_cache == tmp_path / "stick" / "cache" / "translations"


def test_saving_settings_into_an_unwritable_place_is_not_fatal(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    assert not save_settings(blocker / "settings.json", Settings(language="fr"))


# --- --lang -----------------------------------------------------------------------------
def test_unknown_lang_is_refused_with_a_clear_message(capsys):
    assert app.main(["--lang", "klingon"]) == 2
    err = capsys.readouterr().err
    assert "klingon" in err
    assert "de" in err and "en" in err


def test_unknown_lang_from_the_command_line_exits_2():
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "xx"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "no such language" in result.stderr


@pytest.fixture
def started(monkeypatch):
    """Run main() up to the point where the language is installed, then stop."""
    seen = {}

    class Stop(Exception):
        pass

    def fake_install(app_, code, cache_dir=None):
        seen["code"] = code
        seen["cache"] = cache_dir
        raise Stop

    import optout_gui.ui.common.i18n as i18n

    monkeypatch.setattr(i18n, "install_language", fake_install)
    monkeypatch.setattr(i18n, "system_language", lambda available=None: "fr")
    monkeypatch.setattr(app, "report_startup_error", lambda exc, args: 1)
    return seen


def test_lang_overrides_the_remembered_choice(tmp_path, started, qapp):
    save_settings(tmp_path / "settings.json", Settings(language="it"))
    app.main(["--data-dir", str(tmp_path), "--lang", "de-AT", "--exit-after-startup"])
    assert started["code"] == "de"
    assert started["cache"] == tmp_path / "cache" / "translations"


def test_the_remembered_choice_beats_the_system_language(tmp_path, started, qapp):
    save_settings(tmp_path / "settings.json", Settings(language="it"))
    app.main(["--data-dir", str(tmp_path), "--exit-after-startup"])
    assert started["code"] == "it"


def test_without_a_choice_the_system_language_is_used(tmp_path, started, qapp):
    app.main(["--data-dir", str(tmp_path), "--exit-after-startup"])
    assert started["code"] == "fr"


def test_change_language_remembers_the_choice(tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(languages, "translations_dir", lambda: tmp_path / "tr")
    (tmp_path / "tr").mkdir()
    (tmp_path / "tr" / "optout_de.ts").write_bytes(
        (ROOT / "tests" / "fixtures" / "optout_de.ts").read_bytes()
    )
    paths = AppPaths.for_user(tmp_path / "data")
    try:
        used, guide = app.change_language(qapp, paths, "de")
        assert used == "de"
        assert guide.countries["DE"].name == "Deutschland"
        assert load_settings(paths.settings_file).language == "de"
    finally:
        from optout_gui.ui.common.i18n import install_language

        install_language(qapp, "en")


def test_names_sort_as_in_a_dictionary_not_by_code_point():
    key = languages.name_sort_key
    german = ["Polen", "Österreich", "oman", "Norwegen", "Zypern", "Ägypten"]
    assert sorted(german, key=lambda n: key(n, "de")) == [
        "Ägypten", "Norwegen", "oman", "Österreich", "Polen", "Zypern",
    ]  # fmt: skip
    # Polish sorts Ł as a letter after L; German readers see it as an L.
    polish = ["Łotwa", "Luksemburg", "Litwa", "Malta"]
    assert sorted(polish, key=lambda n: key(n, "pl")) == ["Litwa", "Luksemburg", "Łotwa", "Malta"]
    assert sorted(polish, key=lambda n: key(n, "de")) == ["Litwa", "Łotwa", "Luksemburg", "Malta"]
    # Spanish sorts ñ after n; an accent alone only breaks a tie.
    spanish = ["Españb", "Espanz", "Perú", "Peru"]
    assert sorted(spanish, key=lambda n: key(n, "es")) == ["Espanz", "Españb", "Peru", "Perú"]
