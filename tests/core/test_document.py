"""A new report is the template filled with the commune's names; its JSON form round-trips."""

import datetime
import json

import pytest

from desktop.core.document import to_dict
from desktop.core.errors import ReportFileError
from desktop.core.reportfile import parse_report, read_report, report_json, write_report


def test_new_report_takes_the_commune(report):
    assert report.issuer == ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẦN LIỄU"]
    assert report.place == "Trần Liễu"
    assert report.symbol == "BC-UBND"
    assert report.number == ""
    assert "Ủy ban nhân dân phường Trần Liễu báo cáo" in report.opening
    assert report.recipients[1] == "Lãnh đạo UBND phường;"
    assert report.signer.title_lines() == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]


def test_signer_with_three_lines():
    from desktop.core.document import Signer

    signer = Signer("TM.", "ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "A")
    assert signer.title_lines() == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def test_json_round_trip(tmp_path, report):
    path = tmp_path / "r.json"
    write_report(report, path)
    assert to_dict(read_report(path)) == to_dict(report)
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == "baocao.report/1"


def test_blank_date_round_trips(report):
    report.date = None
    data = json.loads(report_json(report))
    assert data["date"] is None
    assert parse_report(data).date is None


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (lambda d: d.pop("title"), "title"),
        (lambda d: d.update(number="1" * 21), "number"),
        (lambda d: d.update(symbol="BC UBND"), "symbol"),
        (lambda d: d["signer"].update(authority="KT"), "signer.authority"),
        (lambda d: d["sections"][0].update(heading=7), "sections[0].heading"),
        (lambda d: d.update(date="2025-02-30"), "date"),
    ],
)
def test_bad_report_data_names_the_field(report, edit, field):
    data = to_dict(report)
    edit(data)
    with pytest.raises(ReportFileError) as caught:
        parse_report(data, "x.json")
    assert f"«{field}»" in caught.value.text()


def test_not_json(tmp_path):
    path = tmp_path / "r.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ReportFileError) as caught:
        read_report(path)
    assert caught.value.code == "report.unreadable"


def test_dates_are_iso(report):
    report.date = datetime.date(2025, 1, 7)
    assert to_dict(report)["date"] == "2025-01-07"


@pytest.mark.parametrize("authority", ["T/M", "K/T", "T/L"])
def test_party_authority_prefixes_are_accepted(report, authority):
    data = to_dict(report)
    data["signer"].update(authority=authority, on_behalf_of="BAN THƯỜNG VỤ", position="PHÓ BÍ THƯ")
    assert parse_report(data).signer.title_lines() == [f"{authority} BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]
