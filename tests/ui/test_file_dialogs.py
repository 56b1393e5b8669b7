"""File dialogs open in the clerk's Documents folder and offer real names (#11)."""

from pathlib import Path

from desktop.core import bundle
from desktop.ui.paths import documents_dir


def capture(monkeypatch, module: str, kind: str) -> list[str]:
    """Stand in for QFileDialog.<kind> in `module`: records the folder or name offered, cancels."""
    offered: list[str] = []

    def dialog(_parent, _title, start, _filter=""):
        offered.append(start)
        return "", ""

    monkeypatch.setattr(f"{module}.QFileDialog.{kind}", dialog)
    return offered


def test_opening_a_file_starts_in_documents(qtbot, open_window, monkeypatch):
    window = open_window()
    offered = capture(monkeypatch, "desktop.ui.reportactions", "getOpenFileName")
    window.open_file()
    assert offered == [str(documents_dir())]


def test_the_exported_file_is_offered_in_documents_under_its_number_kind_and_period(qtbot, open_window, monkeypatch):
    window = open_window()
    window.import_file(bundle.samples_dir() / "so-ket-000-tran-lieu.json")
    offered = capture(monkeypatch, "desktop.ui.reportactions", "getSaveFileName")
    window.export_file()
    assert offered == [str(documents_dir() / "132-BC-UBND_so-ket-chien-luoc_2022-2025.json")]


def test_the_preview_offers_the_pdf_under_its_real_name(qtbot, open_window, monkeypatch):
    window = open_window()
    window.import_file(bundle.samples_dir() / "so-ket-000-tran-lieu.json")
    names: list[str] = []
    monkeypatch.setattr("desktop.ui.mainwindow.PreviewDialog",
                        lambda path, name, parent: names.append(name) or _Closed(path))
    window.preview()
    assert names == ["132-BC-UBND_so-ket-chien-luoc_2022-2025.pdf"]


class _Closed:
    def __init__(self, path: Path) -> None:
        assert path.read_bytes().startswith(b"%PDF")

    def exec(self) -> int:
        return 0
