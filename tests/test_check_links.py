"""tools/check_links.py against a small HTTP server of its own on 127.0.0.1.

These are the only tests allowed to open a network socket, and only to 127.0.0.1
(``loopback_http`` marker, see conftest.py): the real internet is never touched.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from optout_gui.core.guide import guide_path, load_guide

pytestmark = pytest.mark.loopback_http

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("check_links", ROOT / "tools" / "check_links.py")
check_links = importlib.util.module_from_spec(_spec)
sys.modules["check_links"] = check_links
_spec.loader.exec_module(check_links)

DAY = dt.date(2026, 12, 1)


class Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []
    seen_methods: list[str] = []

    def do_GET(self):  # noqa: N802 (the name http.server calls)
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        Handler.seen_methods.append(self.command)
        path = self.path.split("?")[0]
        if path == "/ok":
            self._answer(200, b"<html>form</html>")
        elif path == "/moved":
            self._redirect("/ok")
        elif path == "/form":  # like Meta's forms for someone not logged in
            self._redirect("/login/?next=%2Fform")
        elif path.startswith("/login"):
            self._answer(200, b"<html>log in</html>")
        elif path == "/gone":
            self._answer(404, b"not found")
        elif path == "/removed":
            self._answer(410, b"gone")
        elif path == "/broken":
            self._answer(500, b"oops")
        elif path == "/slow":
            time.sleep(2)
            self._answer(200, b"late")
        else:
            self._answer(404, b"?")

    def _answer(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):  # keep the test output clean
        pass


@pytest.fixture
def server():
    Handler.seen_agents = []
    Handler.seen_methods = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


GUIDE_TEXT = """\
# A guide-like file: comments and layout must survive --update.
format = 1

[accounts.facebook]
form_url = "{base}/form"   # the main link
alternate_urls = ["{base}/moved"]

# Every link, once.
[[links]]
url = "{base}/form"
sources = [
    {{ url = "{base}/ok", seen = 2026-12-01, title = "A source" }},
]

[[links]]
url = "{base}/moved"
sources = []

[[links]]
url = "{base}/gone"
sources = [
    {{ url = "{base}/removed", seen = 2026-12-01, title = "A source that went away" }},
]
"""

AUTHORITIES_TEXT = """\
# Authorities
format = 1

[authorities.AT]
name = "Somebody"
url = "{base}/ok"
checked = 2026-11-29

[authorities.BE]
name = "Somebody else"
url = "{base}/broken"
"""


@pytest.fixture
def files(tmp_path, server):
    guide = tmp_path / "guide.toml"
    guide.write_text(GUIDE_TEXT.format(base=server), encoding="utf-8")
    authorities = tmp_path / "authorities.toml"
    authorities.write_text(AUTHORITIES_TEXT.format(base=server), encoding="utf-8")
    return guide, authorities


def test_verdicts(server):
    check = check_links.check_url
    ok = check(f"{server}/ok", timeout=5)
    assert (ok.verdict, ok.status, ok.final_url) == ("ok", 200, f"{server}/ok")
    moved = check(f"{server}/moved", timeout=5)
    assert (moved.verdict, moved.final_url) == ("ok", f"{server}/ok")  # redirect followed
    login = check(f"{server}/form", timeout=5)
    assert login.verdict == "needs login" and login.passed
    assert login.final_url.startswith(f"{server}/login/")
    for path, status in (("/gone", 404), ("/removed", 410)):
        gone = check(server + path, timeout=5)
        assert (gone.verdict, gone.status, gone.passed) == ("gone", status, False)
    broken = check(f"{server}/broken", timeout=5)
    assert (broken.verdict, broken.status, broken.passed) == ("error", 500, False)
    slow = check(f"{server}/slow", timeout=0.5)
    assert (slow.verdict, slow.status, slow.passed) == ("error", None, False)
    assert "timed out" in slow.problem
    # A browser-like GET, every time.
    assert set(Handler.seen_methods) == {"GET"}
    assert all(agent.startswith("Mozilla/5.0") for agent in Handler.seen_agents)


def test_nothing_listens_there(server):
    # A closed port on 127.0.0.1: an error, not a crash.
    result = check_links.check_url("http://127.0.0.1:9/", timeout=2)
    assert result.verdict == "error" and not result.passed


def test_one_line_per_url_and_exit_status(files, server, capsys):
    guide, authorities = files
    status = check_links.main([str(guide), str(authorities), "--timeout", "5"])
    out = capsys.readouterr().out.splitlines()
    urls = [f"{server}/{p}" for p in ("form", "moved", "ok", "gone", "removed", "broken")]
    lines = {url: [line for line in out if f" {url} -> " in line] for url in urls}
    assert all(len(found) == 1 for found in lines.values()), out
    assert lines[f"{server}/form"][0].startswith("needs login")
    assert f"-> {server}/login/" in lines[f"{server}/form"][0]
    # The redirect was followed: the status shown is the end page's (a port may hold "302").
    assert lines[f"{server}/moved"][0].split()[:2] == ["ok", "200"]
    assert lines[f"{server}/gone"][0].startswith("gone") and " 404 " in lines[f"{server}/gone"][0]
    assert lines[f"{server}/broken"][0].startswith("error")
    assert status == 1  # something is gone or failing
    assert guide.read_text(encoding="utf-8") == GUIDE_TEXT.format(base=server)  # no --update


def test_exit_status_is_zero_when_all_pass(tmp_path, server, capsys):
    good = tmp_path / "good.toml"
    good.write_text(
        f'[[links]]\nurl = "{server}/form"\n\n[[links]]\nurl = "{server}/ok"\n', encoding="utf-8"
    )
    assert check_links.main([str(good)]) == 0
    assert "2 URLs: 2 passed, 0 gone, 0 failed" in capsys.readouterr().out


def test_update_records_the_date_only_for_links_that_passed(files, server):
    guide, authorities = files
    before_guide = guide.read_text(encoding="utf-8")
    before_authorities = authorities.read_text(encoding="utf-8")
    assert check_links.main([str(guide), str(authorities), "--update", "--date", "2026-12-01"]) == 1

    after = guide.read_text(encoding="utf-8")
    # Comments and layout kept; only checked_online lines were added.
    added = [line for line in after.splitlines() if line not in before_guide.splitlines()]
    assert added == ["checked_online = 2026-12-01", "checked_online = 2026-12-01"]
    assert "# A guide-like file: comments and layout must survive --update." in after
    assert 'form_url = "' + server + '/form"   # the main link' in after
    import tomllib

    data = tomllib.loads(after)
    stamped = {link["url"]: link.get("checked_online") for link in data["links"]}
    assert stamped == {f"{server}/form": DAY, f"{server}/moved": DAY, f"{server}/gone": None}
    # Sources are reported, never stamped.
    assert all("checked_online" not in s for link in data["links"] for s in link["sources"])

    data = tomllib.loads(authorities.read_text(encoding="utf-8"))
    assert data["authorities"]["AT"]["checked_online"] == DAY
    assert data["authorities"]["AT"]["checked"] == dt.date(2026, 11, 29)  # untouched
    assert "checked_online" not in data["authorities"]["BE"]  # it failed
    assert authorities.read_text(encoding="utf-8").startswith(before_authorities.split("[")[0])


def test_the_guide_still_loads_after_an_update(tmp_path):
    # A copy of the real guide whose links all point at the local server and pass.
    text = guide_path("en").read_text(encoding="utf-8")
    path = tmp_path / "en.toml"
    path.write_text(text, encoding="utf-8")
    links = check_links.urls_in([path], sources=False)
    assert links and all(url.startswith("https://") for url in links)
    changed = check_links.record_passed([path], set(links), DAY)
    assert changed == [path]
    guide = load_guide(path)
    facebook = guide.accounts["facebook"]
    assert guide.link(facebook.form_url).checked_online == DAY
    assert guide.checked_online([facebook.form_url, *facebook.alternate_urls]) == DAY
    # Everything else is as before: only checked_online lines were added.
    new_lines = path.read_text(encoding="utf-8").splitlines()
    assert [line for line in new_lines if line not in text.splitlines()] == [
        f"checked_online = {DAY.isoformat()}"
    ] * len([u for u in links if u in guide.links])


def test_the_real_files_are_read():
    # Without network access: only collect, never open.
    files = check_links.default_files()
    assert ROOT / "resources" / "authorities.toml" in files
    assert guide_path("en") in files
    urls = check_links.urls_in(files)
    assert "https://www.facebook.com/help/contact/712876720715583" in urls
    assert any("dsb.gv.at" in url for url in urls)  # an authority's page
    assert len(urls) == len(set(urls))


def test_update_leaves_a_file_alone_when_its_layout_would_change(tmp_path, server, capsys):
    # tomlkit drops the space before "}" when an inline table ends with a date.
    text = (
        f'[[links]]\nurl = "{server}/ok"\n'
        f'sources = [\n    {{ url = "{server}/ok", seen = 2026-12-01 }},\n]\n'
    )
    path = tmp_path / "odd.toml"
    path.write_text(text, encoding="utf-8")
    assert check_links.main([str(path), "--update"]) == 2
    assert path.read_text(encoding="utf-8") == text
    assert "would not keep their layout" in capsys.readouterr().err


def test_the_real_files_can_be_updated_without_changing_their_layout():
    import tomlkit

    for path in check_links.default_files():
        text = path.read_text(encoding="utf-8")
        assert tomlkit.dumps(tomlkit.parse(text)) == text, path
