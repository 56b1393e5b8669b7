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
from dataclasses import dataclass
from pathlib import Path

from desktop.core import bundle
from desktop.core.document import Report, Section, new_report
from desktop.core.loader import load_catalogue
from desktop.core.store.backup import backup
from desktop.core.store.reports import Store
from desktop.core.tables import Row
from desktop.core.templatebuild import build_template
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
LONG_SECTIONS, LONG_ROWS = 24, 300
LONG_PAGES = 44  # what LONG_SECTIONS and LONG_ROWS make: 18 pages of text, 26 of the table
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


def long_report(sections: int = LONG_SECTIONS, rows: int = LONG_ROWS) -> Report:
    """The synthetic 40-page plan: parts of 4 sections of 5 paragraphs (6 parts by default), then
    `rows` tasks."""
    template = build_template(tomllib.loads(LONG_TEMPLATE))
    report = new_report(template, commune(10729), today=datetime.date(2025, 10, 2))
    report.number, report.signer.name = "79", "Trần Thị Tình"
    report.template_id = "ke-hoach-nq57"  # `baocao render` refuses a template it does not have (#13)
    count = iter(range(1, 5 * sections + 1))
    report.sections = [
        Section(f"NỘI DUNG THỨ {part}", children=[
            Section(f"Nhiệm vụ trọng tâm {part}.{item}",
                    "\n".join(LONG_PARAGRAPH.format(n=next(count)) for _ in range(5)))
            for item in range(1, min(4, sections - 4 * (part - 1)) + 1)])
        for part in range(1, (sections + 3) // 4 + 1)]
    table = report.table("nhiem-vu")
    assert table is not None
    for i in range(1, rows + 1):
        if i % 30 == 1:
            table.rows.append(Row(cells={"name": f"Nhóm nhiệm vụ {i // 30 + 1}"}, level=1, group=True))
        table.rows.append(Row(cells={
            "name": f"Nhiệm vụ số {i}: xây dựng, cập nhật cơ sở dữ liệu chuyên ngành",
            "lead": "Phòng Văn hóa - Xã hội", "partners": "Các phòng, ban, đơn vị liên quan",
            "deadline": "Thường xuyên", "status": "đang thực hiện trong hạn",
            "result": "Đã triển khai", "output": "Báo cáo", "note": ""}))
    return report


def sized_report(pages: int) -> Report:
    """The long report scaled to about `pages` pages: its sections and rows in proportion."""
    scale = pages / LONG_PAGES
    return long_report(max(1, round(LONG_SECTIONS * scale)), max(1, round(LONG_ROWS * scale)))


# Runs a command and prints its seconds, its CPU seconds and its peak memory (ru_maxrss, KiB). A
# small process of its own starts it: a child forked from this one would count this process's
# memory as its own.
MEASURE = """
import os, subprocess, sys, time
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(child.pid, 0)
seconds = time.perf_counter() - start
print(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""


@dataclass
class Run:
    """A command's best of RUNS whole processes: wall and CPU seconds (each the least: the
    machine's noise is one-sided), and its peak memory in MB (the most)."""

    seconds: float
    cpu: float
    memory: float


RUNS = 5


def _run(command: list[str]) -> Run:
    out = subprocess.run([sys.executable, "-S", "-c", MEASURE, *command], check=True, capture_output=True, text=True)
    seconds, cpu, kib, code = out.stdout.split()
    if code != "0":
        raise RuntimeError(f"{' '.join(command)} failed ({code}): {out.stderr}")
    return Run(float(seconds), float(cpu), int(kib) / 1024)


def _processes(*commands: list[str]) -> list[Run]:
    """Each command's Run; the commands take turns, so that a busy spell of the machine falls on
    all of them alike."""
    runs = [[_run(command) for command in commands] for _ in range(RUNS)]
    return [Run(min(r.seconds for r in each), min(r.cpu for r in each), max(r.memory for r in each))
            for each in zip(*runs, strict=True)]


def _pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages:")))


RENDER_SIZES = (5, 20, 50, 100)  # pages, besides the 40-page plan


def render_size(folder: Path, name: str, report: Report) -> tuple[int, float]:
    """One report by `baocao render` and by bare reportlab, as whole processes taking turns:
    their seconds (wall and CPU: on a shared machine CPU seconds vary less), ratios, pages and peak
    memory. Returns the pages and baocao's seconds."""
    from desktop.core.reportfile import write_report

    source = folder / f"{name}.json"
    write_report(report, source)
    ours, bare = folder / f"{name}.pdf", folder / f"{name}-bare.pdf"
    script = Path(__file__).with_name("bench_bare_reportlab.py")
    baocao, reportlab = _processes([sys.executable, "-m", "desktop.cli", "render", str(source), "-o", str(ours)],
                                   [sys.executable, str(script), str(source), str(bare)])
    pages = _pages(ours)
    bench(f"render_{name}_pages", pages, "pages")
    bench(f"render_{name}_bare_pages", _pages(bare), "pages")
    bench(f"render_{name}_process", baocao.seconds, "s")
    bench(f"render_{name}_bare_process", reportlab.seconds, "s")
    bench(f"render_{name}_ratio_to_bare", baocao.seconds / reportlab.seconds, "x")
    bench(f"render_{name}_process_cpu", baocao.cpu, "s")
    bench(f"render_{name}_bare_process_cpu", reportlab.cpu, "s")
    bench(f"render_{name}_cpu_ratio_to_bare", baocao.cpu / reportlab.cpu, "x")
    bench(f"render_{name}_per_page", baocao.seconds / pages * 1000, "ms")
    bench(f"render_{name}_peak_memory", baocao.memory, "MB")
    bench(f"render_{name}_bare_peak_memory", reportlab.memory, "MB")
    return pages, baocao.seconds


# A window's renders in one process, in CPU seconds: the first (fonts loaded, nothing cached), the
# same report again (the preview reopened), after an edit of one paragraph (the preview after
# typing), and after an edit of one cell of the table.
RERENDER = """
import io, statistics, sys, time
sys.path.insert(0, {root!r})
from tests.bench import long_report
start = time.perf_counter()
from desktop.core.pdf.render import render_pdf
imported = time.perf_counter() - start
report = long_report()
def timed():
    start = time.process_time()
    render_pdf(report, io.BytesIO())
    return time.process_time() - start
def edited(change):
    times = []
    for i in range(3):
        change(i)
        times.append(timed())
    return statistics.median(times)
def paragraph(i):
    report.sections[0].children[0].text += f" Sửa {{i}}."
def cell(i):
    report.appendices[0].tables[0].rows[5].cells["note"] = f"Sửa {{i}}"
first = timed()
again = statistics.median(timed() for _ in range(3))
print(imported, first, again, edited(paragraph), edited(cell))
"""


def render_in_process() -> None:
    """The 40-page plan rendered in one process, as the window does (see RERENDER)."""
    code = RERENDER.format(root=str(bundle.root()))
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    imported, first, again, paragraph, cell = (float(v) for v in out.split())
    bench("render_40p_import", imported, "s")
    bench("render_40p_in_process_first_cpu", first, "s")
    bench("render_40p_in_process_again_cpu", again, "s")
    bench("render_40p_in_process_after_text_edit_cpu", paragraph, "s")
    bench("render_40p_in_process_after_cell_edit_cpu", cell, "s")


def render_long(folder: Path) -> None:
    """The 40-page plan, then the same plan scaled to RENDER_SIZES pages, each by `baocao render`
    and by bare reportlab as whole processes (aim: the 40 pages under 0.6 s, at most 2x bare at
    every size, the cost linear in the pages); then renders in one process (see RERENDER).
    With BENCH_PROFILE=1 in the environment, a cProfile of one render goes to stderr."""
    from desktop.core.pdf.render import render_pdf

    render_size(folder, "40p", long_report())
    sizes = [render_size(folder, f"{n}p", sized_report(n)) for n in RENDER_SIZES]
    (small_pages, small), (large_pages, large) = sizes[0], sizes[-1]
    # linear cost: the seconds each page adds between the smallest and the largest size
    bench("render_marginal_per_page", (large - small) / (large_pages - small_pages) * 1000, "ms")
    render_in_process()
    if os.environ.get("BENCH_PROFILE"):
        report = long_report()
        render_pdf(report, io.BytesIO())
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


# The app to a ready main window, as `baocao` starts it (desktop.ui.app.start on a prepared database),
# and a bare PySide6 window, each a whole process: the seconds from just before the launch (BENCH_T0,
# this machine's time.perf_counter, the same clock in every process) to the window shown with its
# events processed; for the app, until the list shows every report.
STARTUP_APP = """
import os, sys, time
from pathlib import Path
from desktop.ui.app import start  # first, as `baocao` (desktop/cli.py) imports it
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from desktop.ui import crash
from desktop.ui.nonepin import pin_singletons
pin_singletons()
crash.install()
app = QApplication(sys.argv[:1])
db = Path(sys.argv[1])
window, lock = start(db, "vi", QSettings(str(db.with_suffix(".ini")), QSettings.Format.IniFormat))
window.show()
while window.report_list.count() < int(sys.argv[2]):
    app.processEvents()
app.processEvents()
print(time.perf_counter() - float(os.environ["BENCH_T0"]), flush=True)
window.workspace.store.close()
lock.release()
os._exit(0)
"""
STARTUP_BARE = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.show()
app.processEvents()
print(time.perf_counter() - float(os.environ["BENCH_T0"]), flush=True)
os._exit(0)
"""
# Starts a command with BENCH_T0 set and prints the seconds it printed and its peak memory (KiB); a
# small process of its own, as MEASURE.
STARTUP_MEASURE = """
import os, subprocess, sys, time
os.environ["BENCH_T0"] = repr(time.perf_counter())
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
out = child.stdout.read()
_, status, usage = os.wait4(child.pid, 0)
print(out.strip() or "nan", usage.ru_maxrss, os.waitstatus_to_exitcode(status))
"""
STARTUP_REPORTS = 10


def _startup_database(path: Path) -> None:
    """A commune's database with STARTUP_REPORTS reports, its daily backup already made."""
    from desktop.core.store.backup import auto_backup
    from desktop.core.workspace import Workspace

    store = Store.open(path)
    catalogue = load_catalogue()
    Workspace(store, catalogue).set_unit(commune(10729), "proper")
    templates = list(catalogue)
    for i in range(STARTUP_REPORTS):
        report = new_report(templates[i % len(templates)], commune(10729), today=datetime.date(2025, 3, 28))
        report.period = f"{2016 + i}-Q1"
        store.add_report(report)
    store.close()
    auto_backup(path)


def _startup_run(code: str, *args: str) -> tuple[float, float]:
    """One start as a whole process: its seconds to a ready window and its peak memory in MB."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-S", "-c", STARTUP_MEASURE, sys.executable, "-c", code, *args],
                         check=True, capture_output=True, text=True, env=env)
    seconds, kib, status = out.stdout.split()
    if status != "0":
        raise RuntimeError(f"start-up failed ({status}): {out.stderr}")
    return float(seconds), int(kib) / 1024


def startup(folder: Path) -> None:
    """Start-up (#15 points 9, 11): launch to a ready main window, the database open and the list
    filled, against a bare PySide6 window; best of RUNS each, taking turns (aim: within 2.5x)."""
    path = folder / "startup.sqlite"
    _startup_database(path)
    runs = [(_startup_run(STARTUP_APP, str(path), str(STARTUP_REPORTS)), _startup_run(STARTUP_BARE))
            for _ in range(RUNS)]
    app, bare = min(r[0][0] for r in runs), min(r[1][0] for r in runs)
    bench("startup_ready_window", app, "s")
    bench("startup_bare_window", bare, "s")
    bench("startup_ratio_to_bare", app / bare, "x")
    bench("startup_peak_memory", max(r[0][1] for r in runs), "MB")
    bench("startup_bare_peak_memory", max(r[1][1] for r in runs), "MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if sys.argv[1:] == ["render"]:  # `python tests/bench.py render`: the render figures only
            render_long(folder)
            return
        if sys.argv[1:] == ["startup"]:  # `python tests/bench.py startup`: the start-up figures only
            startup(folder)
            return
        startup(folder)
        hostile_corpus(folder)
        autosave_edit(folder)
        ten_years(folder)
        validate_samples()
        render_samples(folder)
        render_long(folder)


if __name__ == "__main__":
    main()
