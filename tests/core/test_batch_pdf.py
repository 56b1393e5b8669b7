"""The PDFs of many stored reports at once (#15 point 6): core/pdf/batch.py and `baocao pdf`. One file
per report, named as the app names a PDF, never over a file already there; a report that fails is
recorded and the others are written; stopped between two reports, only whole PDFs are left."""

import dataclasses
import datetime
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.document import Report, new_report
from desktop.core.errors import BaocaoError
from desktop.core.exchange.progress import Progress, finish
from desktop.core.pdf.batch import export_pdfs, latest_period_ids, render_bytes

TODAY = datetime.date(2025, 8, 15)


def make(catalogue, tran_lieu, template_id: str, **changes) -> Report:  # type: ignore[no-untyped-def]
    return dataclasses.replace(new_report(catalogue.get(template_id), tran_lieu, today=TODAY), **changes)


@pytest.fixture
def stored(store, catalogue, tran_lieu) -> dict[str, int]:
    """Three reports: a numbered quarterly report, and two drafts of one kind and period (one file name)."""
    return {
        "quarter": store.add_report(make(catalogue, tran_lieu, "bao-cao-ket-qua-khcn-cds", number="12",
                                         period="2025-Q3", title="Kết quả quý III")),
        "draft": store.add_report(make(catalogue, tran_lieu, "so-ket-chien-luoc")),
        "draft_again": store.add_report(make(catalogue, tran_lieu, "so-ket-chien-luoc", title="Bản thứ hai")),
    }


@pytest.fixture
def out(tmp_path) -> Path:
    """The folder the PDFs go to (the store's database is in tmp_path)."""
    folder = tmp_path / "pdf"
    folder.mkdir()
    return folder


def is_whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


def files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def steps_then_result(job):  # type: ignore[no-untyped-def]
    steps = []
    while True:
        try:
            steps.append(next(job))
        except StopIteration as stop:
            return steps, stop.value


def test_each_report_becomes_a_pdf_named_as_the_app_names_it(out, store, stored):
    ids = [stored["quarter"], stored["draft"], stored["draft_again"]]
    steps, result = steps_then_result(export_pdfs(store, ids, out))
    assert [(s.done, s.total) for s in steps] == [(0, 3), (1, 3), (2, 3)]
    assert steps[0].label == "Kết quả quý III" and steps[2].label == "Bản thứ hai"
    assert [p.name for p in result.written] == ["12-BC-UBND_ket-qua-khcn-cds_2025-Q3.pdf",
                                                "du-thao_so-ket-chien-luoc_2022-2025.pdf",
                                                "du-thao_so-ket-chien-luoc_2022-2025 (2).pdf"]
    assert result.failures == []
    assert files(out) == sorted(p.name for p in result.written)
    assert all(is_whole_pdf(p) for p in result.written)


def test_a_file_already_in_the_folder_is_never_replaced(out, store, stored):
    there = out / "du-thao_so-ket-chien-luoc_2022-2025.pdf"
    there.write_bytes(b"the clerk's own file")
    result = finish(export_pdfs(store, [stored["draft"]], out))
    assert [p.name for p in result.written] == ["du-thao_so-ket-chien-luoc_2022-2025 (2).pdf"]
    assert there.read_bytes() == b"the clerk's own file"


def test_a_report_that_fails_is_recorded_and_the_others_are_written(out, store, stored):
    def render(report: Report) -> bytes:
        if report.title == "Kết quả quý III":
            raise ValueError("a layout bug")
        return render_bytes(report)

    ids = [stored["quarter"], 999, stored["draft"]]
    result = finish(export_pdfs(store, ids, out, render=render))
    assert [p.name for p in result.written] == ["du-thao_so-ket-chien-luoc_2022-2025.pdf"]
    assert [(f.report_id, f.title) for f in result.failures] == [(stored["quarter"], "Kết quả quý III"), (999, "")]
    bug, missing = result.failures
    assert bug.reason().startswith("Lỗi phần mềm: ValueError: a layout bug")
    assert missing.reason() == "Không tìm thấy báo cáo số 999 trong cơ sở dữ liệu"
    assert missing.reason("en") == "Report 999 is not in the database"
    assert files(out) == ["du-thao_so-ket-chien-luoc_2022-2025.pdf"]


def test_stopped_midway_only_the_finished_pdfs_are_left(out, store, stored):
    job = export_pdfs(store, [stored["quarter"], stored["draft"], stored["draft_again"]], out)
    assert next(job) == Progress(0, 3, "Kết quả quý III")
    assert next(job).done == 1  # the first is written
    job.close()  # «Hủy» between two reports
    assert files(out) == ["12-BC-UBND_ket-qua-khcn-cds_2025-Q3.pdf"]  # no torn or temporary file
    assert is_whole_pdf(out / "12-BC-UBND_ket-qua-khcn-cds_2025-Q3.pdf")


def test_an_issued_report_is_written_as_it_was_issued(out, store, catalogue, tran_lieu):
    report = make(catalogue, tran_lieu, "so-ket-chien-luoc", number="7", date=TODAY)
    report_id = store.add_report(report)
    issued = b"%PDF-1.4 the PDF stored when it was issued\n%%EOF\n"
    store.add_version(report_id, dataclasses.replace(report, status="final"), issued)
    result = finish(export_pdfs(store, [report_id], out))
    assert result.written[0].read_bytes() == issued


def test_a_folder_that_is_not_there_is_refused(out, store, stored):
    with pytest.raises(BaocaoError) as caught:
        finish(export_pdfs(store, [stored["draft"]], out / "khong-co"))
    assert caught.value.code == "file.no_folder"


def test_the_reports_of_the_latest_period_are_those_chosen_first(store, stored, catalogue, tran_lieu):
    nine_months = store.add_report(make(catalogue, tran_lieu, "bao-cao-ket-qua-khcn-cds", period="2025-9M"))
    store.add_report(make(catalogue, tran_lieu, "bao-cao-ket-qua-khcn-cds", period="2025-Q2"))
    summaries = [s for s in store.list_reports() if s.template_id == "bao-cao-ket-qua-khcn-cds"]
    assert sorted(latest_period_ids(summaries)) == sorted([stored["quarter"], nine_months])  # both end 30/09
    assert sorted(latest_period_ids(store.list_reports())) == sorted([stored["quarter"], nine_months])
    stages = [s for s in store.list_reports() if s.template_id == "so-ket-chien-luoc"]  # 2022-2025 only
    plan = store.add_report(make(catalogue, tran_lieu, "ke-hoach-nq57"))  # 2025-2030: ends last, not periodic
    assert plan not in latest_period_ids(store.list_reports())
    assert sorted(latest_period_ids(stages)) == sorted([stored["draft"], stored["draft_again"]])
    assert latest_period_ids([]) == []


# ---- baocao pdf ----

def test_the_command_writes_every_report_and_prints_each_file(tmp_path, store, stored, capsys):
    store.close()
    out = tmp_path / "pdf"  # made by the command
    assert main(["pdf", "--db", str(tmp_path / "baocao.sqlite"), "--all", "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert sorted(Path(p).name for p in printed) == files(out) and len(files(out)) == 3


def test_the_command_says_which_report_failed_and_exits_2(tmp_path, out, store, stored, capsys):
    store.close()
    code = main(["pdf", "--db", str(tmp_path / "baocao.sqlite"), "--report", str(stored["draft"]),
                 "--report", "999", "-o", str(out)])
    assert code == 2
    captured = capsys.readouterr()
    assert Path(captured.out.strip()).name == "du-thao_so-ket-chien-luoc_2022-2025.pdf"
    assert "Không xuất được báo cáo số 999" in captured.err and "Không tìm thấy báo cáo số 999" in captured.err


def test_the_command_without_a_choice_writes_the_latest_period(tmp_path, store, stored, capsys):
    store.close()
    out = tmp_path / "pdf"
    assert main(["pdf", "--db", str(tmp_path / "baocao.sqlite"), "-o", str(out)]) == 0
    assert files(out) == ["12-BC-UBND_ket-qua-khcn-cds_2025-Q3.pdf"]  # 2025-Q3; not the stage 2022-2025
