"""The -X importtime parser of benchmarks/profile_startup.py. No Qt, no timing asserts."""

from __future__ import annotations

import pytest

from benchmarks import profile_startup as prof


@pytest.fixture(autouse=True)
def opened_urls():
    """Overrides the root conftest fixture; nothing here opens URLs."""
    return []


# What ``python -X importtime script.py`` prints (post-order: a module after its imports),
# with a warning line mixed in, as happens when the child logs something.
RUN_1 = """\
import time: self [us] | cumulative | imported package
import time:        96 |         96 |   _io
import time:       235 |        331 | _frozen_importlib_external
import time:        50 |         50 |     re._parser
import time:        70 |        120 |   re
WARNING optout_gui: something happened | 12 | here
import time:       300 |        420 | app.guide
import time:       900 |        900 | PySide6.QtCore
"""
RUN_2 = """\
import time: self [us] | cumulative | imported package
import time:       104 |        104 |   _io
import time:       245 |        349 | _frozen_importlib_external
import time:        60 |         60 |     re._parser
import time:        80 |        140 |   re
import time:       310 |        450 | app.guide
import time:       700 |        700 | PySide6.QtCore
"""
RUN_3 = RUN_2.replace("   310 |        450 | app.guide", "   500 |        640 | app.guide")
BASE = """\
import time: self [us] | cumulative | imported package
import time:       100 |        100 |   _io
import time:       240 |        340 | _frozen_importlib_external
import time:       800 |        800 | PySide6.QtCore
"""


def test_lines_are_parsed_with_their_nesting_and_importer():
    lines = prof.parse_importtime(RUN_1)
    assert [line.name for line in lines] == [
        "_io",
        "_frozen_importlib_external",
        "re._parser",
        "re",
        "app.guide",
        "PySide6.QtCore",
    ]  # the header and the warning line are skipped
    by_name = {line.name: line for line in lines}
    assert by_name["re._parser"].depth == 2
    assert by_name["re._parser"].parent == "re"
    assert by_name["re"].depth == 1
    assert by_name["re"].parent == "app.guide"
    assert by_name["_io"].parent == "_frozen_importlib_external"
    assert by_name["app.guide"].depth == 0
    assert by_name["app.guide"].parent is None
    assert (by_name["app.guide"].self_us, by_name["app.guide"].cumulative_us) == (300, 420)
    assert prof.total_self_us(lines) == 96 + 235 + 50 + 70 + 300 + 900


def test_unrelated_text_gives_no_lines():
    assert prof.parse_importtime("") == []
    assert prof.parse_importtime("Traceback (most recent call last):\n  File x\n") == []


def test_medians_are_per_module_over_the_runs():
    runs = [prof.parse_importtime(text) for text in (RUN_1, RUN_2, RUN_3)]
    times = prof.median_imports(runs)
    assert times["app.guide"].self_us == 310  # of 300, 310, 500
    assert times["app.guide"].cumulative_us == 450  # of 420, 450, 640
    assert times["PySide6.QtCore"].self_us == 700  # of 900, 700, 700
    assert times["re"].parent == "app.guide"
    assert times["re"].runs == 3


def test_only_ours_lists_the_extra_modules_slowest_first():
    ours = prof.median_imports([prof.parse_importtime(t) for t in (RUN_1, RUN_2, RUN_3)])
    base = prof.median_imports([prof.parse_importtime(BASE)])
    extra = prof.only_in(ours, base)
    assert [t.name for t in extra] == ["app.guide", "re", "re._parser"]
    assert [t.self_us for t in extra] == [310, 80, 60]


def test_enum_owner_is_the_qt_class():
    assert prof.owner_of("PySide6.QtCore:Qt.AlignmentFlag") == "PySide6.QtCore.Qt"
    assert prof.owner_of("PySide6.QtCore:QCborTag") == "PySide6.QtCore (module level)"
