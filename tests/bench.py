"""`make bench`: one line per figure, `BENCH name value unit`. Not part of the test suite."""

import datetime
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.core import bundle
from desktop.core.document import new_report
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.units import commune


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


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        autosave_edit(folder)
        validate_samples()
        render_samples(folder)


if __name__ == "__main__":
    main()
