"""`make bench`: one line per figure, `BENCH name value unit`. Not part of the test suite."""

import cProfile
import datetime
import io
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from desktop.core import bundle
from desktop.core.document import Report, Section, new_report
from desktop.core.loader import build_template, load_catalogue
from desktop.core.store.backup import backup
from desktop.core.store.reports import Store
from desktop.core.tables import Row
from desktop.core.units import commune

# A plan with a long body and a 9-column task table (landscape) of LONG_ROWS rows: about 40 pages.
LONG_TEMPLATE = """
id = "bench-40-trang"
name = "Kế hoạch dài (bench)"
version = 1
profile = "nd30"
periods = ["year"]

[document]
type_name = "KẾ HOẠCH"
type_code = "KH"
issuer_code = "UBND"
title = "Thực hiện chuyển đổi số năm 2025"
legal_bases = ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"]
opening = "Ủy ban nhân dân {unit_name} ban hành kế hoạch thực hiện như sau:"
closing = "Trên đây là kế hoạch của Ủy ban nhân dân {unit_name}./."
recipients = ["UBND thành phố;", "Sở Khoa học và Công nghệ;", "Lưu: VT, VHXH."]

[signer]
authority = "TM."
on_behalf_of = "ỦY BAN NHÂN DÂN"
position = "CHỦ TỊCH"

[[outline]]
heading = "NỘI DUNG"

[[appendices]]
id = "phu-luc-1"
label = "Phụ lục 1"
title = "Danh mục nhiệm vụ"

[[appendices.tables]]
id = "nhiem-vu"
kind = "tasks"
columns = [
  {key = "stt"}, {key = "name", title = "Nhiệm vụ"}, {key = "lead"}, {key = "partners"},
  {key = "deadline"}, {key = "status"}, {key = "result"}, {key = "output"}, {key = "note"},
]
"""
LONG_ROWS = 300
LONG_PARAGRAPH = ("Ủy ban nhân dân phường đã ban hành kế hoạch triển khai, phân công nhiệm vụ cụ thể cho từng "
                  "phòng, ban, đơn vị; tổ chức quán triệt đến toàn thể cán bộ, công chức, người lao động và nhân "
                  "dân trên địa bàn; thường xuyên kiểm tra, đôn đốc, kịp thời tháo gỡ khó khăn, vướng mắc phát "
                  "sinh, bảo đảm tiến độ và chất lượng theo yêu cầu đề ra (nội dung {n}).")


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.3f} {unit}", flush=True)


def autosave_edit(folder: Path) -> None:
    """The write behind one autosaved edit: the whole report in one transaction, synchronous=FULL."""
    store = Store.open(folder / "bench.sqlite")
    template = load_catalogue().get("so-ket-chien-luoc")
    report = new_report(template, commune(10729), today=datetime.date(2025, 8, 15))
    report_id = store.add_report(report)
    times = []
    for i in range(200):
        report.sections[0].text = f"Đoạn văn thứ {i} " * 40
        start = time.perf_counter()
        store.save_report(report_id, report)
        times.append(time.perf_counter() - start)
    store.close()
    bench("autosave_edit_median", statistics.median(times) * 1000, "ms")


def ten_years(folder: Path) -> None:
    """Opening a database with 10 years of reports (40 quarters × every report kind) and listing
    them, as the app does at start (aim: under 0.3 s); best of 5, each on a freshly opened store."""
    path = folder / "ten-years.sqlite"
    store = Store.open(path)
    unit = commune(10729)
    for template in load_catalogue():
        for quarter in range(40):
            year, q = 2016 + quarter // 4, quarter % 4 + 1
            report = new_report(template, unit, today=datetime.date(year, 3 * q, 28))
            report.period = f"{year}-Q{q}"
            report.sections[0].text = LONG_PARAGRAPH.format(n=quarter) * 10
            store.add_report(report)
    count = len(store.list_reports())
    store.close()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        opened = Store.open(path)
        assert len(opened.list_reports()) == count
        times.append(time.perf_counter() - start)
        opened.close()
    bench("ten_years_reports", count, "reports")
    bench("ten_years_database_size", path.stat().st_size / 1e6, "MB")
    bench("ten_years_open_and_list", min(times), "s")
    start = time.perf_counter()
    backup(path, folder / "ten-years-backup.sqlite")  # the automatic backup at start, once a day
    bench("ten_years_backup", time.perf_counter() - start, "s")


def render_samples(folder: Path) -> None:
    """Each sample rendered by `baocao render` as a whole process (start-up included)."""
    for sample in sorted(bundle.samples_dir().glob("*.json")):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "desktop.cli", "render", str(sample), "-o",
                        str(folder / f"{sample.stem}.pdf")], check=True, capture_output=True)
        bench(f"render_process_{sample.stem}", time.perf_counter() - start, "s")


def validate_samples() -> None:
    """A full check of each sample, as the form runs it after a pause in typing (median of 20)."""
    from desktop.core.reportfile import read_report
    from desktop.core.validate import validate

    catalogue = load_catalogue()
    for sample in sorted(bundle.samples_dir().glob("*.json")):
        report = read_report(sample)
        template = catalogue.get(report.template_id)
        times = []
        for _ in range(20):
            start = time.perf_counter()
            validate(report, template, today=datetime.date(2026, 1, 1))
            times.append(time.perf_counter() - start)
        bench(f"validate_{sample.stem}_median", statistics.median(times) * 1000, "ms")


def long_report() -> Report:
    """The synthetic 40-page plan: 6 parts of 4 sections of 5 paragraphs, then LONG_ROWS tasks."""
    template = build_template(tomllib.loads(LONG_TEMPLATE))
    report = new_report(template, commune(10729), today=datetime.date(2025, 10, 2))
    report.number, report.signer.name = "79", "Trần Thị Tình"
    count = iter(range(1, 1000))
    report.sections = [
        Section(f"NỘI DUNG THỨ {part}", children=[
            Section(f"Nhiệm vụ trọng tâm {part}.{item}",
                    "\n".join(LONG_PARAGRAPH.format(n=next(count)) for _ in range(5)))
            for item in range(1, 5)])
        for part in range(1, 7)]
    table = report.table("nhiem-vu")
    assert table is not None
    for i in range(1, LONG_ROWS + 1):
        if i % 30 == 1:
            table.rows.append(Row(cells={"name": f"Nhóm nhiệm vụ {i // 30 + 1}"}, level=1, group=True))
        table.rows.append(Row(cells={
            "name": f"Nhiệm vụ số {i}: xây dựng, cập nhật cơ sở dữ liệu chuyên ngành",
            "lead": "Phòng Văn hóa - Xã hội", "partners": "Các phòng, ban, đơn vị liên quan",
            "deadline": "Thường xuyên", "status": "đang thực hiện trong hạn",
            "result": "Đã triển khai", "output": "Báo cáo", "note": ""}))
    return report


def _process(command: list[str]) -> float:
    """Seconds a whole process takes (best of 3: the machine's noise is one-sided)."""
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def _pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


def render_long(folder: Path) -> None:
    """The 40-page plan by `baocao render` and by bare reportlab, both as whole processes (aim:
    under 1 s and at most 2x bare), and baocao's render in process (no start-up, fonts loaded).
    With BENCH_PROFILE=1 in the environment, a cProfile of one render goes to stderr."""
    from desktop.core.pdf.render import render_pdf
    from desktop.core.reportfile import write_report

    report = long_report()
    source = folder / "long.json"
    write_report(report, source)
    ours, bare = folder / "long.pdf", folder / "long-bare.pdf"
    baocao = _process([sys.executable, "-m", "desktop.cli", "render", str(source), "-o", str(ours)])
    script = Path(__file__).with_name("bench_bare_reportlab.py")
    reportlab = _process([sys.executable, str(script), str(source), str(bare)])
    bench("render_40p_pages", _pages(ours), "pages")
    bench("render_40p_bare_pages", _pages(bare), "pages")
    bench("render_40p_process", baocao, "s")
    bench("render_40p_bare_process", reportlab, "s")
    bench("render_40p_ratio_to_bare", baocao / reportlab, "x")
    times = []
    for _ in range(3):
        start = time.perf_counter()
        render_pdf(report, io.BytesIO())
        times.append(time.perf_counter() - start)
    bench("render_40p_in_process_median", statistics.median(times), "s")
    if os.environ.get("BENCH_PROFILE"):
        profile = cProfile.Profile()
        profile.runcall(render_pdf, report, io.BytesIO())
        pstats.Stats(profile, stream=sys.stderr).sort_stats("cumulative").print_stats(40)


def hostile_corpus(folder: Path) -> None:
    """The bad-input corpus of #13 (tests/hostile): how many tried, refused cleanly, database unchanged."""
    sys.path.insert(0, str(bundle.root()))
    from tests.hostile.runner import all_cases, run_case, seeded_database

    database = seeded_database(folder / "hostile-seed.sqlite")
    verdicts = []
    for index, case in enumerate(all_cases()):
        place = folder / f"hostile-{index}"
        place.mkdir()
        verdicts.append(run_case(case, place, database))
    bench("hostile_cases_tried", len(verdicts), "cases")
    bench("hostile_cases_refused_cleanly", sum(v.clean for v in verdicts), "cases")
    bench("hostile_cases_database_identical", sum(v.db_identical for v in verdicts), "cases")
    bench("hostile_cases_tracebacks", sum(v.traceback for v in verdicts), "cases")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        hostile_corpus(folder)
        autosave_edit(folder)
        ten_years(folder)
        validate_samples()
        render_samples(folder)
        render_long(folder)


if __name__ == "__main__":
    main()
