"""The user's own folders the app writes outside its database: logs (a bug's details) and a cache."""

import os
import sys
from pathlib import Path


def _base(windows_variable: str, xdg_variable: str, fallback: str) -> Path:
    if sys.platform == "win32" and os.environ.get(windows_variable):
        return Path(os.environ[windows_variable]) / "baocao"
    return Path(os.environ.get(xdg_variable) or str(Path.home() / fallback)) / "baocao"


def log_dir() -> Path:
    """%LOCALAPPDATA%\\baocao\\logs on Windows, $XDG_STATE_HOME/baocao/logs (~/.local/state) elsewhere."""
    return _base("LOCALAPPDATA", "XDG_STATE_HOME", ".local/state") / "logs"


def cache_dir() -> Path:
    """%LOCALAPPDATA%\\baocao\\cache on Windows, $XDG_CACHE_HOME/baocao (~/.cache) elsewhere: only what
    can be made again."""
    base = _base("LOCALAPPDATA", "XDG_CACHE_HOME", ".cache")
    return base / "cache" if sys.platform == "win32" else base
