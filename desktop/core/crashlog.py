"""Where a bug's details go: a file the clerk can send to whoever helps them, never their screen.

A bug (an exception that is not a BaocaoError) is written here with its traceback; what the clerk
sees is one sentence naming this file.
"""

import datetime
import traceback
from pathlib import Path

from desktop import __version__
from desktop.core.userdirs import log_dir

KEEP_BYTES = 1024 * 1024  # a log past this size starts again (the newest bug is the one that matters)


def log_file() -> Path:
    return log_dir() / "baocao.log"


def record(error: BaseException, where: str) -> Path | None:
    """Append the error's traceback to the log; the log's path, or None when it cannot be written."""
    path = log_file()
    text = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    entry = f"--- {datetime.datetime.now().isoformat(timespec='seconds')} baocao {__version__} ({where})\n{text}\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "w" if path.exists() and path.stat().st_size > KEEP_BYTES else "a"
        with path.open(mode, encoding="utf-8", errors="backslashreplace") as log:
            log.write(entry)
    except OSError:
        return None
    return path
