"""Issue #12 point 5: `baocao export | import | completeness | scope | key | enrol` on the command line."""

import json
from pathlib import Path

import openpyxl

from desktop.cli import main
from desktop.core import bundle
from desktop.core.exchange.reader import read_package


def final_json(tmp_path: Path) -> Path:
    data = json.loads((bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json").read_text(encoding="utf-8"))
    data["status"], data["number"] = "final", "45"
    path = tmp_path / "bao-cao.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_commune_exports_and_the_city_imports(tmp_path: Path, capsys) -> None:
    commune, city, inbox = tmp_path / "xa.sqlite", tmp_path / "tinh.sqlite", tmp_path / "nhan"
    inbox.mkdir()
    assert main(["export", "--db", str(commune), str(final_json(tmp_path)), "-o", str(inbox)]) == 0
    written = inbox / "21439_ket-qua-khcn-cds_2025-9M_v1.xlsx"
    assert capsys.readouterr().out.strip() == str(written)
    assert read_package(written.read_bytes(), written.name).unit_code == 21439
    assert main(["key", "--db", str(commune)]) == 0
    fingerprint = capsys.readouterr().out.strip()

    assert main(["scope", "--db", str(city), "province", "51"]) == 0
    assert capsys.readouterr().out.strip() == "province\t51\tTỉnh Quảng Ngãi"
    assert main(["import", "--db", str(city), str(inbox)]) == 3
    line = capsys.readouterr().out.strip()
    assert line.startswith(f"{written.name}\trejected: Chưa đăng ký khóa ký của Phường Đức Phổ") and fingerprint in line

    assert main(["enrol", "--db", str(city), str(written), "--fingerprint", fingerprint]) == 0
    assert capsys.readouterr().out.strip() == f"21439\tPhường Đức Phổ\t{fingerprint}"
    assert main(["import", "--db", str(city), "--dry-run", str(written)]) == 0
    assert capsys.readouterr().out.strip() == f"{written.name}\tnew"
    assert main(["import", "--db", str(city), str(inbox)]) == 0
    assert capsys.readouterr().out.strip() == f"{written.name}\timported"
    assert main(["import", "--db", str(city), str(written)]) == 0
    assert capsys.readouterr().out.strip() == f"{written.name}\tunchanged"

    table = tmp_path / "tinh-hinh.xlsx"
    assert main(["completeness", "--db", str(city), "--kind", "bao-cao-ket-qua-khcn-cds", "--period", "2025-9M",
                 "--deadline", "2025-10-15", "-o", str(table)]) == 0
    out = capsys.readouterr().out
    assert "21439\tPhường Đức Phổ\tNộp muộn\tv1\t20" in out  # exported today, after the deadline
    assert "Các đơn vị chưa gửi" in out and "- Phường Trương Quang Trọng" in out
    sheet = openpyxl.load_workbook(table).active
    names = {row[1].value: row[3].value for row in sheet.iter_rows() if row[1].value}
    assert names["Phường Đức Phổ"] == "Nộp muộn"


def test_import_prints_one_line_per_file_and_exits_3_on_a_rejection(tmp_path: Path, capsys) -> None:
    city = tmp_path / "tinh.sqlite"
    main(["scope", "--db", str(city), "province", "51"])
    bad = tmp_path / "hong.xlsx"
    bad.write_bytes(b"PK\x03\x04 not really")
    capsys.readouterr()
    assert main(["import", "--db", str(city), "--lang", "en", str(bad)]) == 3
    assert capsys.readouterr().out.strip().startswith("hong.xlsx\trejected: The file «hong.xlsx» is damaged")


def test_export_refuses_a_draft_in_vietnamese(tmp_path: Path, capsys) -> None:
    draft = bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json"
    assert main(["export", "--db", str(tmp_path / "xa.sqlite"), str(draft), "-o", str(tmp_path)]) == 2
    assert "bản nháp" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.xlsx"))


def test_consolidate_writes_the_figures_the_report_and_its_pdf(tmp_path: Path, capsys) -> None:
    city, inbox = tmp_path / "tinh.sqlite", tmp_path / "nhan"
    inbox.mkdir()
    main(["export", "--db", str(tmp_path / "xa.sqlite"), str(final_json(tmp_path)), "-o", str(inbox)])
    main(["scope", "--db", str(city), "province", "51"])
    assert main(["import", "--db", str(city), "--enrol-new", str(inbox)]) == 0
    base = ["consolidate", "--db", str(city), "--kind", "bao-cao-ket-qua-khcn-cds", "--period", "2025-9M"]
    capsys.readouterr()
    assert main([*base, "-o", str(tmp_path / "tong.xlsx")]) == 0
    assert capsys.readouterr().out.strip() == f"{tmp_path / 'tong.xlsx'}: 1 báo cáo"
    book = openpyxl.load_workbook(tmp_path / "tong.xlsx")
    assert book.sheetnames[:2] == ["Tổng hợp", "Chi tiết"] and "Báo cáo" in book.sheetnames
    rows = {row[1]: row for row in book["Tổng hợp"].iter_rows(values_only=True) if isinstance(row[0], int)}
    cccd = rows["Công dân trên 14 tuổi đã được cấp căn cước công dân / số công dân trên 14 tuổi"]
    assert cccd[2:7] == ("Tỷ lệ của tổng", 33099, 33174, 33099 / 33174, 1)
    detail = [row for row in book["Chi tiết"].iter_rows(values_only=True) if row[2] == "Phường Đức Phổ"]
    assert len(detail) == len(rows)

    assert main([*base, "-o", str(tmp_path / "tong.json"), "--save"]) == 0
    saved = json.loads((tmp_path / "tong.json").read_text(encoding="utf-8"))
    assert saved["unit"]["name"] == "Tỉnh Quảng Ngãi" and saved["status"] == "draft"
    assert "đã lưu thành bản nháp số 1" in capsys.readouterr().out
    assert main([*base, "-o", str(tmp_path / "tong.pdf")]) == 0
    assert (tmp_path / "tong.pdf").read_bytes().startswith(b"%PDF")
    assert main([*base, "-o", str(tmp_path / "tong.doc")]) == 2
    assert "đuôi .pdf, .xlsx hoặc .json" in capsys.readouterr().err
