"""`baocao dashboard --db DB -o OUT.pdf`: the unit's overview as a PDF; a missing database is refused."""

import datetime
import io
import unicodedata

import pdfplumber

from desktop.cli import main
from desktop.core import bundle
from desktop.core.loader import load_catalogue
from desktop.core.reportfile import read_report
from desktop.core.store.reports import Store
from desktop.core.units import commune
from desktop.core.workspace import Workspace


def text_of(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return " ".join(unicodedata.normalize("NFC", p.extract_text() or "") for p in document.pages)


def seeded(path):
    store = Store.open(path)
    workspace = Workspace(store, load_catalogue(), today=lambda: datetime.date(2025, 10, 1))
    workspace.set_unit(commune(10729), "proper")
    store.add_report(read_report(bundle.samples_dir() / "ke-hoach-002-tran-lieu.json"))
    store.close()
    return path


def test_dashboard_writes_the_overview(tmp_path, capsys):
    database, out = seeded(tmp_path / "baocao.sqlite"), tmp_path / "tong-quan.pdf"
    assert main(["dashboard", "--db", str(database), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = text_of(out.read_bytes())
    assert "TỔNG QUAN" in text and "Phường Trần Liễu" in text and "Chưa cập nhật tình trạng" in text


def test_dashboard_in_english(tmp_path):
    database, out = seeded(tmp_path / "baocao.sqlite"), tmp_path / "overview.pdf"
    assert main(["dashboard", "--db", str(database), "-o", str(out), "--lang", "en"]) == 0
    assert "OVERVIEW" in text_of(out.read_bytes())


def test_a_missing_database_is_refused_and_not_created(tmp_path, capsys):
    database, out = tmp_path / "khong-co.sqlite", tmp_path / "tong-quan.pdf"
    assert main(["dashboard", "--db", str(database), "-o", str(out)]) == 2
    assert "Không có tệp cơ sở dữ liệu" in capsys.readouterr().err
    assert not database.exists() and not out.exists()
