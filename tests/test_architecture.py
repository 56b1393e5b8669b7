"""The core runs without Qt: the CLI, city-side batches and headless tests depend on it."""

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
