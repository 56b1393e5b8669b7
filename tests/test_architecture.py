"""The core runs without Qt: the CLI, city-side batches and headless tests depend on it."""

import os
import pkgutil
import subprocess
import sys

import desktop.core


def core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core.")]


def test_core_imports_no_qt():
    modules = core_modules()
    assert "desktop.core.store.reports" in modules
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "bad = [m for m in sys.modules if m.startswith('PySide6')]\n"
            "print(bad); raise SystemExit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_help_needs_no_qt():
    code = ("import sys\nfrom desktop.cli import parser\nparser().format_help()\n"
            "raise SystemExit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_app_start_imports_no_pdf_excel_or_schema_checker():
    """The first screen needs no PDF, Excel, jsonschema or QtPdf: they load when first used (#15:
    start-up within 2.5x a bare window; see `startup` in tests/bench.py)."""
    heavy = ("reportlab", "openpyxl", "jsonschema", "PySide6.QtPdf")
    code = ("import sys\nimport desktop.ui.app\n"
            f"bad = sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r} or m.startswith({heavy!r}))\n"
            "print(bad); raise SystemExit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_window_started_again_has_loaded_only_what_it_shows(tmp_path):
    """The second start of the window (the templates in the user's cache, the commune remembered, the schema up
    to date) loads no PDF, Excel, chart, schema or TOML library, no sqlite-utils and no official list of units:
    each is loaded when first used (#15: start-up within 2.5x a bare window)."""
    not_at_start = ("reportlab", "openpyxl", "jsonschema", "fastjsonschema", "tomllib", "sqlite_utils",
                    "vietnam_provinces", "PySide6.QtPdf", "PySide6.QtCharts")
    code = (
        "import sys\nfrom pathlib import Path\nfrom desktop.ui.app import start\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from desktop.core.units import commune\n"
        "app = QApplication([])\n"
        "window, lock = start(Path(sys.argv[1]), 'vi')\n"
        "window.workspace.set_unit(commune(10729), 'proper') if window.workspace.unit() is None else None\n"
        "window.show(); app.processEvents()\n"
        f"heavy = {not_at_start!r}\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in heavy or m.startswith(heavy))\n"
        "window.workspace.store.close(); lock.release()\n"
        "print(bad); raise SystemExit(1 if bad else 0)\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    db = str(tmp_path / "db.sqlite")
    subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True, env=env)  # the first start
    result = subprocess.run([sys.executable, "-c", code, db], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
