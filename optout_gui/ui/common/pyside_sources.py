"""What PySide6 reads of the app's and Python's own sources at start-up, and how to spare it.

Imported by app.py before PySide6 (so PySide6 doesn't read this module either); the
functions run once PySide6 is loaded. Measured effect on a first start, both together:
about 1.8 MiB of peak memory and 1-2 ms (README, Performance).
"""

from __future__ import annotations

import sys


def spare_pyside_reading() -> None:
    """Tell PySide6 up front that no module uses its ``__feature__`` switches.

    Once PySide6 is loaded, each module an import statement names is looked up in
    PySide6's table of feature choices; a module not in it has its whole source read
    (``inspect.getsource``, looking for the word "PySide6") to fill it in: 55 modules at a
    first start (the standard library's and the app's own), about 1 MiB of peak memory
    and 1-2 ms more than dropping the read text afterwards saves. The app uses no feature
    (``from __feature__ import ...``), so every module gets 0, "PySide6 without
    features", which is what the search would conclude for the modules that use PySide6
    and means the same for the others. Where PySide6 keeps the table elsewhere (another
    version), nothing is done; tests/test_startup_path.py notices that.
    """
    try:
        from PySide6.support import feature

        choices = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return
    if not isinstance(choices, dict):
        return
    for name in list(sys.modules) + sorted(sys.stdlib_module_names):
        choices.setdefault(name, 0)
    import os  # the app's own modules, by their files (os.walk: pathlib is slower here)

    import optout_gui

    package = os.path.dirname(os.path.abspath(optout_gui.__file__))
    for folder, folders, files in os.walk(package):
        folders[:] = [name for name in folders if name != "__pycache__"]
        prefix = "optout_gui" + folder[len(package) :].replace(os.sep, ".")
        choices.setdefault(prefix, 0)
        for file in files:
            if file.endswith(".py") and file != "__init__.py":
                choices.setdefault(f"{prefix}.{file[:-3]}", 0)


def drop_read_sources() -> None:
    """Forget the source text read while PySide6 itself was imported.

    Before :func:`spare_pyside_reading` can run, PySide6 reads the source of
    the modules its own start names (enum, os, about 90 KB) and ``linecache`` keeps it.
    Tracebacks read the lines again when they need them.
    """
    import linecache

    linecache.clearcache()
