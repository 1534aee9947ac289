"""Hostile input: the only outcomes are a result or our own clear error, quickly."""

import contextlib
import json
import tomllib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from optout_gui.core.emailcheck import check_email
from optout_gui.core.guide import GuideError, guide_path, load_guide
from optout_gui.core.progress import Progress, progress_from_json
from optout_gui.core.storage.migration import ProgressStore
from optout_gui.core.urls import META_DOMAINS, UrlRefused, check_url

FAST = settings(
    max_examples=150, deadline=500, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5)
    ),
    max_leaves=20,
)


@FAST
@given(st.text(max_size=2000))
def test_email_check_never_raises(text):
    result = check_email(text)
    assert result.ok or result.problem


@FAST
@given(st.text(max_size=300))
def test_email_check_handles_huge_and_odd_input(fragment):
    for text in (fragment * 500, fragment + "@" + fragment, "\u202e" + fragment + "@x.de"):
        result = check_email(text)
        assert result.ok or result.problem


@FAST
@given(st.text(max_size=500))
def test_url_check_only_passes_meta_https(text):
    try:
        url = check_url(text, META_DOMAINS)
    except UrlRefused:
        return
    assert url.startswith("https://")


@FAST
@given(st.binary(max_size=3000))
def test_guide_loader_on_garbage_bytes(tmp_path, data):
    path = tmp_path / "g.toml"
    path.write_bytes(data)
    try:
        load_guide(path)
    except GuideError as exc:
        assert exc.path == path


REAL_GUIDE = tomllib.loads(guide_path().read_text(encoding="utf-8"))


def _toml_value(value) -> str:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, str) else repr(value)


@FAST
@given(st.sampled_from(sorted(REAL_GUIDE)), st.one_of(st.integers(), st.text(max_size=50)))
def test_guide_loader_on_wrong_types(tmp_path, key, value):
    """Replace one top-level entry with a value of the wrong kind."""
    text = guide_path().read_text(encoding="utf-8")
    header = f"\n{key} = {_toml_value(value)}\n"
    # Putting the key first (before any table) overrides nothing: drop the original instead.
    lines = [line for line in text.splitlines() if not line.startswith(f"{key} =")]
    lines = [line for line in lines if not line.startswith(f"[{key}")]
    path = tmp_path / "g.toml"
    path.write_text(header + "\n".join(lines), encoding="utf-8")
    with contextlib.suppress(GuideError):
        load_guide(path)


@pytest.mark.slow
@FAST
@given(st.dictionaries(st.text(max_size=20), json_values, max_size=15))
def test_progress_from_any_json(data):
    progress, dropped = progress_from_json(data)
    assert isinstance(progress, Progress)
    assert isinstance(dropped, list)


@FAST
@given(json_values)
def test_progress_store_on_any_document(tmp_path, document):
    path = tmp_path / "p" / "progress.json"
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps({"format": 1, "progress": document}), encoding="utf-8")
    result = ProgressStore(path).load()
    assert isinstance(result.progress, Progress)
    path.write_text(json.dumps(document), encoding="utf-8")
    result = ProgressStore(path).load()
    assert isinstance(result.progress, Progress)


# --- the reason composer, the template and objection loaders -------------------------------
from optout_gui.core import reasons  # noqa: E402
from optout_gui.core.storage.store import ObjectionStore  # noqa: E402


@FAST
@given(
    st.lists(st.text(max_size=20), max_size=10),
    st.text(max_size=20),
    st.text(max_size=20),
    st.text(max_size=200),
)
def test_composer_with_any_choice(points, tone, law, account):
    templates = reasons.load_templates(reasons.reasons_path("en"))
    text = reasons.compose(
        templates, reasons.Composition(tuple(points), tone, law, account).cleaned()
    )
    assert isinstance(text, str)
    assert "{" not in text.replace(account, "")


@FAST
@given(st.binary(max_size=3000))
def test_reason_template_loader_on_garbage(tmp_path, data):
    path = tmp_path / "xx.toml"
    path.write_bytes(data)
    with contextlib.suppress(reasons.ReasonsError):
        reasons.load_templates(path)


@FAST
@given(st.one_of(st.binary(max_size=2000), json_values.map(lambda v: json.dumps(v).encode())))
def test_objection_store_on_any_file(tmp_path, data):
    folder = tmp_path / "objections"
    folder.mkdir(exist_ok=True)
    for leftover in folder.iterdir():
        leftover.unlink()
    (folder / "objections.json").write_bytes(data)
    store = ObjectionStore.in_folder(folder)
    problem = store.load()
    assert problem is None or problem.kind in {"damaged", "partly_damaged", "newer_version"}
    for record_id in store.ids():  # whatever was kept can be read in full
        store.get(record_id)
