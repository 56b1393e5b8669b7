"""Where the data folders (forms/, resources/, i18n/) live, in a source tree and in a frozen build."""

import sys
from pathlib import Path


def root() -> Path:
    """The folder that holds forms/, resources/ and i18n/."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def forms_dir() -> Path:
    return root() / "forms"


def resources_dir() -> Path:
    return root() / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def schema_path(name: str) -> Path:
    return resources_dir() / "schema" / name


def i18n_dir() -> Path:
    return root() / "i18n"
