"""Run by test_crash_autosave.py: forks autosaving writers on command, for the test to kill.

Forking from this one process (imports done once) instead of starting a Python per kill keeps
hundreds of kills within seconds. Protocol, one line each:
  stdin   "<database path>\t<first edit number>"   start a writer on that database
  stdout  "pid <pid>"                              the writer started
          "ack <n> <report id>"                    edit n is committed (save_report returned)
          "dead <pid> <wait status>"               the writer is gone (reaped)
A writer saves edits n, n+1, … for ever: the first ones add the REPORTS reports, then edit n goes
to report n % REPORTS, whose first section then begins "Lần sửa n." and grows and shrinks.
"""

import datetime
import gc
import itertools
import os
import sys
import tempfile
import traceback
from pathlib import Path

from desktop.core.document import Report, new_report
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.units import commune

REPORTS = 3


def edit_text(n: int) -> str:
    return f"Lần sửa {n}.\n" + "Nội dung báo cáo được tự động lưu. " * ((n * 7919) % 250)


def write_for_ever(db_path: Path, first: int, report: Report) -> None:
    store = Store.open(db_path)
    ids = sorted(summary.id for summary in store.list_reports())
    for n in itertools.count(first):
        report.sections[0].text = edit_text(n)
        if len(ids) < REPORTS:
            ids.append(store.add_report(report))
            report_id = ids[-1]
        else:
            report_id = ids[n % REPORTS]
            store.save_report(report_id, report)
        os.write(1, f"ack {n} {report_id}\n".encode())


def main() -> None:
    template = load_catalogue().get("so-ket-chien-luoc")
    report = new_report(template, commune(10729), today=datetime.date(2025, 8, 15))
    with tempfile.TemporaryDirectory() as warm_up:  # modules imported on first use load here, once
        Store.open(Path(warm_up) / "warm-up.sqlite").close()
    gc.freeze()  # a writer's garbage collections then leave the inherited objects (and pages) alone
    for line in sys.stdin:
        db_path, first = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            try:
                write_for_ever(Path(db_path), int(first), report)
            except BaseException:
                traceback.print_exc()
            os._exit(1)
        os.write(1, f"pid {pid}\n".encode())
        _, status = os.waitpid(pid, 0)
        os.write(1, f"dead {pid} {status}\n".encode())


if __name__ == "__main__":
    main()
