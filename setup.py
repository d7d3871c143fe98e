"""Optional compiled build of the anonymiser.

`pyproject.toml` holds the project's metadata; this file only adds, when asked, C extensions compiled by
mypyc (part of mypy) from the anonymiser's own typed modules, as black and mypy ship theirs. The pure
Python modules stay the source of truth and the default: an ordinary `pip install .` or `pip install -e .`
compiles nothing. A deployment that wants the faster anonymiser builds a wheel with

    pip install 'mypy>=1.10' setuptools wheel
    SHAREWISE_COMPILE=1 pip wheel --no-build-isolation --no-deps -w dist .

and installs that wheel. Never combine SHAREWISE_COMPILE with an editable install: the compiled
modules would sit beside the sources and hide later edits to them.
"""

from __future__ import annotations

import os
from pathlib import Path

from setuptools import setup

ext_modules = []
if os.environ.get("SHAREWISE_COMPILE") == "1":
    from mypyc.build import mypycify

    # Sorted so that the build, and the C it generates, are the same on every machine.
    sources = sorted(str(p) for p in Path("dialogs/anonymise").glob("*.py"))
    ext_modules = mypycify(sources, opt_level="3")

setup(ext_modules=ext_modules)
