"""`make bench`, issue #12 point 9: the 3,321 communes' files of the nation, imported and consolidated
city by city and then by the nation, against a bare openpyxl read-only pass over the same files.

Each figure is measured in a fresh process (its own peak memory). The files are made once and kept in
build/bench-exchange/ (making them takes a few minutes; they are the same on every run).
"""

import copy
import datetime
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from desktop import __version__
from desktop.core import bundle, units
from desktop.core.document import Report, UnitRef
from desktop.core.exchange import keys
from desktop.core.exchange.export import export_document
from desktop.core.exchange.manifest import FORMAT
from desktop.core.reportfile import read_report

HAI_PHONG = 31
FILES = bundle.root() / "build" / "bench-exchange"
STAMP = f"{FORMAT} {__version__} 1"  # raise the last number when the files must be made anew
EXPORTED_AT = datetime.datetime(2025, 10, 7, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
TODAY = datetime.date(2025, 10, 10)
KIND, PERIOD = "bao-cao-ket-qua-khcn-cds", "2025-9M"


def bench(name: str, value: float, unit: str) -> None:
    print(f"BENCH {name} {value:.3f} {unit}", flush=True)


# ---- the files ----

def _varied(base: Report, unit: units.AdminUnit, rng: random.Random) -> Report:
    """The seed-003 report as another commune would send it: its own unit and figures."""
    report = copy.deepcopy(base)
    report.unit = UnitRef.of(unit)
    report.issuer = ["ỦY BAN NHÂN DÂN", unit.name.upper()]
    report.place = unit.proper_name
    for table in report.tables():
        for row in table.rows:
            denominator = row.cells.get("denominator")
            value = row.cells.get("value")
            if isinstance(denominator, int) and isinstance(value, int):
                row.cells["denominator"] = max(1, denominator + rng.randint(-2000, 2000))
                row.cells["value"] = rng.randint(0, row.cells["denominator"])
            elif isinstance(value, int):
                row.cells["value"] = max(0, value + rng.randint(-500, 500))
    return report


def _make_province(province: int) -> int:
    base = read_report(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    base.status, base.number = "final", "45"
    folder = FILES / str(province)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(province)
    communes = units.communes(province)
    for unit in communes:
        export = export_document(_varied(base, unit, rng), keys.new_private_key(), at=EXPORTED_AT)
        (folder / export.name).write_bytes(export.data)
    return len(communes)


def make_files() -> int:
    """The national set of files, made unless already there; how many."""
    stamp = FILES / "STAMP"
    if stamp.exists() and stamp.read_text() == STAMP:
        return sum(1 for _ in FILES.glob("*/*.xlsx"))
    start = time.perf_counter()
    codes = [code for code, _ in units.provinces()]
    with ProcessPoolExecutor(2) as pool:
        count = sum(pool.map(_make_province, codes))
    stamp.write_text(STAMP)
    bench("exchange_files_made_in", time.perf_counter() - start, "s")
    return count


# ---- what is measured, each in its own process ----

def bare_pass(folders: list[Path]) -> None:
    """Open every workbook read-only and read every cell of every sheet: the least any import does."""
    import openpyxl

    for folder in folders:
        for path in sorted(folder.glob("*.xlsx")):
            book = openpyxl.load_workbook(path, read_only=True)
            for sheet in book.worksheets:
                for _ in sheet.iter_rows(values_only=True):
                    pass
            book.close()


def city_work(folder: Path, province: int, db: Path) -> Path:
    """A city's import of its communes' files and its consolidation; its own signed export for the nation."""
    from desktop.core.exchange import importer
    from desktop.core.exchange.citywork import consolidate_received
    from desktop.core.exchange.progress import finish
    from desktop.core.exchange.scope import Scope
    from desktop.core.loader import load_catalogue
    from desktop.core.store.reports import Store

    store = Store.open(db)
    catalogue = load_catalogue()
    scope = Scope("province", province)
    inbox = importer.Inbox(store, catalogue, scope, TODAY, enrol_new=True)
    outcomes = finish(importer.import_files(inbox, importer.collect_files([folder])))
    assert all(o.status == importer.IMPORTED for o in outcomes), [o.reason() for o in outcomes if o.error][:3]
    result = finish(consolidate_received(store, catalogue, scope, KIND, PERIOD, TODAY))
    store.close()
    report = result.report
    report.status, report.number, report.date = "final", "12", TODAY
    export = export_document(report, keys.new_private_key(), at=EXPORTED_AT)
    target = db.with_name(export.name)
    target.write_bytes(export.data)
    return target


def nation_work(folders: list[Path], work: Path) -> None:
    """Every city's work (both cores), then the nation's import of the 34 cities' files and its consolidation."""
    from desktop.core.exchange import importer
    from desktop.core.exchange.citywork import consolidate_received
    from desktop.core.exchange.progress import finish
    from desktop.core.exchange.scope import Scope
    from desktop.core.loader import load_catalogue
    from desktop.core.store.reports import Store

    cities = work / "cities"
    cities.mkdir()
    with ProcessPoolExecutor(2) as pool:
        jobs = [pool.submit(city_work, f, int(f.name), cities / f"{f.name}.sqlite") for f in folders]
        sent = [job.result() for job in jobs]
    store = Store.open(work / "nation.sqlite")
    inbox = importer.Inbox(store, load_catalogue(), Scope("nation"), TODAY, enrol_new=True)
    outcomes = finish(importer.import_files(inbox, sent))
    assert all(o.status == importer.IMPORTED for o in outcomes), [o.reason() for o in outcomes if o.error][:3]
    finish(consolidate_received(store, inbox.catalogue, inbox.scope, KIND, PERIOD, TODAY))
    store.close()


def measure(what: str, province: int) -> None:
    """Run one figure's work in this process; print its seconds and peak memory as JSON."""
    folders = [FILES / str(province)] if province else sorted(p for p in FILES.iterdir() if p.is_dir())
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        if what == "bare":
            bare_pass(folders)
        elif province:
            city_work(folders[0], province, Path(tmp) / "city.sqlite")
        else:
            nation_work(folders, Path(tmp))
        seconds = time.perf_counter() - start
    # The largest process: this one, or one of the two city workers of the nation's run.
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    print(json.dumps({"seconds": seconds, "peak_mb": peak / 1024}))


def _run(what: str, province: int) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "measure", what, str(province)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def compare(name: str, province: int, files: int) -> None:
    bare, ours = _run("bare", province), _run("ours", province)
    bench(f"exchange_{name}_files", files, "files")
    bench(f"exchange_{name}_bare_openpyxl_pass", bare["seconds"], "s")
    bench(f"exchange_{name}_import_and_consolidate", ours["seconds"], "s")
    bench(f"exchange_{name}_ratio_to_bare", ours["seconds"] / bare["seconds"], "x")
    bench(f"exchange_{name}_peak_memory", ours["peak_mb"], "MB")


def main() -> None:
    total = make_files()
    compare("city", HAI_PHONG, sum(1 for _ in (FILES / str(HAI_PHONG)).glob("*.xlsx")))
    compare("nation", 0, total)


if __name__ == "__main__":
    if sys.argv[1:2] == ["measure"]:
        measure(sys.argv[2], int(sys.argv[3]))
    else:
        main()
