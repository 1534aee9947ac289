"""Open every link in the guide and authorities files and say which still work.

For maintainers, run by hand when Meta may have moved something (the app itself never
goes online):

    python tools/check_links.py            # check, print one line per URL
    python tools/check_links.py --update   # ... and record today's date for links that passed

It reads every http(s) URL in ``resources/guides/*.toml`` and
``resources/authorities.toml`` (form links, alternates, the authorities' pages and the
``sources`` of each claim), opens each with a GET request (redirects followed, a
timeout, a browser-like User-Agent) and prints::

    VERDICT      STATUS  URL -> FINAL URL

Verdicts: ``ok`` (the page answered), ``needs login`` (it sent us to a login page:
reachable, Meta's forms do this), ``gone`` (404 or 410: the link is dead) and ``error``
(any other status, a timeout, no connection). The exit status is 1 when any URL is gone
or failed, 2 when ``--update`` could not write a file without changing its layout,
else 0.

With ``--update`` every link that passed gets ``checked_online = <today>`` in its table
— the ``[[links]]`` entries of the guide and the ``[authorities.XX]`` tables — written
with tomlkit so the files keep their comments and layout. Sources are checked and
reported but not stamped. Nothing else is changed, and nothing is written for a link
that did not pass. Needs ``tomlkit`` (in the ``test`` extra; not needed by the app).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import urllib.error
import urllib.request
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
DEFAULT_TIMEOUT = 20.0
PASSED = ("ok", "needs login")


def default_files(root: Path = ROOT) -> list[Path]:
    return [
        *sorted((root / "resources" / "guides").glob("*.toml")),
        root / "resources" / "authorities.toml",
    ]


@dataclass(frozen=True)
class Result:
    url: str
    verdict: str  # "ok" | "needs login" | "gone" | "error"
    status: int | None
    final_url: str
    problem: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict in PASSED

    def line(self) -> str:
        status = str(self.status) if self.status is not None else "-"
        tail = f" ({self.problem})" if self.problem else ""
        return f"{self.verdict:<12} {status:>3}  {self.url} -> {self.final_url or '-'}{tail}"


def looks_like_login(url: str) -> bool:
    """True for a login page: Meta sends people who aren't logged in to one."""
    parts = urlsplit(url)
    path = parts.path.lower()
    host = (parts.hostname or "").lower()
    return (
        host.startswith("login.")
        or "/login" in path
        or path.endswith(("login.php", "/signin", "/sign_in"))
        or "/accounts/login" in path
        or "/checkpoint" in path
    )


def check_url(url: str, timeout: float = DEFAULT_TIMEOUT) -> Result:
    """GET ``url`` (redirects followed) and give a verdict; never raises."""
    request = urllib.request.Request(
        url,
        method="GET",
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "en-GB,en;q=0.8",
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            final = response.geturl()
            status = response.status
            response.read(1024)  # the page started to arrive
    except urllib.error.HTTPError as error:
        final = error.geturl() or url
        if error.code in (404, 410):
            return Result(url, "gone", error.code, final)
        if error.code in (401, 403) and looks_like_login(final):
            return Result(url, "needs login", error.code, final)
        return Result(url, "error", error.code, final, error.reason or "")
    except (urllib.error.URLError, TimeoutError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        return Result(url, "error", None, "", str(reason) or type(error).__name__)
    if looks_like_login(final) and not looks_like_login(url):
        return Result(url, "needs login", status, final)
    return Result(url, "ok", status, final)


# --- reading and writing the TOML files ------------------------------------------------


def _walk(value, in_sources: bool = False) -> Iterator[tuple[str, bool]]:
    """Every URL string in a parsed TOML value, with whether it is a source's URL."""
    if isinstance(value, str):
        if value.startswith(("http://", "https://")):
            yield value, in_sources
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, in_sources or key == "sources")
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item, in_sources)


def urls_in(paths: Iterable[Path], *, sources: bool = True) -> list[str]:
    """The URLs of ``paths``, each once, in file order."""
    import tomllib

    seen: dict[str, None] = {}
    for path in paths:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for url, is_source in _walk(data):
            if sources or not is_source:
                seen.setdefault(url, None)
    return list(seen)


def _stampable_tables(value, in_sources: bool = False) -> Iterator:
    """Tables that describe one link (a ``url`` key), outside any ``sources`` list."""
    if isinstance(value, dict):
        if not in_sources and isinstance(value.get("url"), str):
            yield value
        for key, item in value.items():
            yield from _stampable_tables(item, in_sources or key == "sources")
    elif isinstance(value, list):
        for item in value:
            yield from _stampable_tables(item, in_sources)


class LayoutNotKept(Exception):
    """tomlkit would change more of the file than the dates being recorded."""


def record_passed(paths: Iterable[Path], passed: set[str], day: dt.date) -> list[Path]:
    """Write ``checked_online = day`` for the links in ``passed``; the changed files.

    A file that tomlkit cannot write back unchanged (it drops the space in an inline
    table ending with a date, for one) is left alone: :class:`LayoutNotKept` names it,
    after the other files were written.
    """
    import tomlkit

    changed = []
    refused = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        document = tomlkit.parse(text)
        if tomlkit.dumps(document) != text:
            refused.append(path)
            continue
        for table in _stampable_tables(document):
            if str(table["url"]) in passed:
                table["checked_online"] = day
        new_text = tomlkit.dumps(document)
        if new_text != text:
            path.write_text(new_text, encoding="utf-8")
            changed.append(path)
    if refused:
        raise LayoutNotKept(
            "not changed, because tomlkit would not keep their layout: "
            + ", ".join(str(p) for p in refused)
            + " (write `seen` before `title` in inline tables, see resources/guides/en.toml)"
        )
    return changed


# --- command line ----------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Open every link in the guide and authorities files and report which work.",
    )
    parser.add_argument(
        "files",
        nargs="*",
        type=Path,
        help="TOML files to check (default: resources/guides/*.toml and "
        "resources/authorities.toml)",
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="write today's date as checked_online for every link that passed",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        help=f"seconds to wait for each page (default {DEFAULT_TIMEOUT:g})",
    )
    parser.add_argument("--no-sources", action="store_true", help="skip the sources' URLs")
    parser.add_argument(
        "--date",
        type=dt.date.fromisoformat,
        default=None,
        help="the date to record with --update (default: today)",
    )
    parser.add_argument("--workers", type=int, default=6, help="pages opened at once (default 6)")
    args = parser.parse_args(argv)

    paths = args.files or default_files()
    missing = [p for p in paths if not p.is_file()]
    if missing:
        parser.error("no such file: " + ", ".join(str(p) for p in missing))
    urls = urls_in(paths, sources=not args.no_sources)
    with ThreadPoolExecutor(max_workers=max(1, args.workers)) as pool:
        results = list(pool.map(lambda u: check_url(u, args.timeout), urls))
    for result in results:
        print(result.line(), flush=True)
    failed = [r for r in results if not r.passed]
    print(
        f"{len(results)} URLs: {len(results) - len(failed)} passed, "
        f"{sum(r.verdict == 'gone' for r in results)} gone, "
        f"{sum(r.verdict == 'error' for r in results)} failed"
    )
    if args.update:
        day = args.date or dt.date.today()
        try:
            changed = record_passed(paths, {r.url for r in results if r.passed}, day)
        except LayoutNotKept as problem:
            print(f"problem: {problem}", file=sys.stderr)
            return 2
        for path in changed:
            print(f"recorded checked_online = {day.isoformat()} in {path}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
