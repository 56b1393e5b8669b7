"""`make screenshots` (#15 point 7): a PNG of each main screen, to look at.

Run under an X server of 1366×768 (the Makefile starts Xvfb): `python tools/screenshots.py OUT_DIR`.
A commune copy (the samples imported, one report open, one issued twice) and a province copy (the files
of three communes received) are made in a temporary folder; each screen is shown as the app shows it
and grabbed with QWidget.grab(). Not a test: it asserts nothing, people look at the pictures.
"""

import copy
import datetime
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # tests.core.exchange_tools makes the communes' signed files

from PySide6.QtCore import QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.core import bundle, units  # noqa: E402
from desktop.core.document import UnitRef  # noqa: E402
from desktop.core.exchange import importer, keys  # noqa: E402
from desktop.core.exchange.progress import finish  # noqa: E402
from desktop.core.exchange.scope import Scope  # noqa: E402
from desktop.core.reportfile import read_report  # noqa: E402
from desktop.core.store.backup import auto_backup  # noqa: E402
from desktop.core.units import commune  # noqa: E402
from desktop.ui.app import build_window  # noqa: E402
from desktop.ui.mainwindow import MainWindow  # noqa: E402
from desktop.ui.nonepin import pin_singletons  # noqa: E402

TRAN_LIEU, QUANG_NGAI = 10729, 51
# The communes of Quảng Ngãi whose files the province receives: (code, «Tổng số hồ sơ tiếp nhận»).
SENDERS = [(21439, 1866), (21496, 500), (21034, 720)]
OPEN_SAMPLE = "ke-hoach-002-tran-lieu"  # a plan with appendices: the most tabs
ISSUED_SAMPLE = "so-ket-000-tran-lieu"


def wait(ms: int = 300) -> None:
    """Let Qt lay out and paint (and worker threads report) for `ms` milliseconds."""
    app = QApplication.instance()
    assert app is not None
    done: list[bool] = []
    QTimer.singleShot(ms, lambda: done.append(True))
    while not done:
        app.processEvents()


def wait_for(signal: object, timeout_ms: int = 30000) -> None:
    """Process events until `signal` is emitted (a worker's job done)."""
    app = QApplication.instance()
    assert app is not None
    fired: list[bool] = []
    signal.connect(lambda *args: fired.append(True))  # type: ignore[attr-defined]
    timer_done: list[bool] = []
    QTimer.singleShot(timeout_ms, lambda: timer_done.append(True))
    while not fired and not timer_done:
        app.processEvents()
    if not fired:
        print(f"warning: no {signal} after {timeout_ms} ms", file=sys.stderr)


class Shots:
    """Writes each grabbed widget as NN-name.png into `folder` and lists what it wrote."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()
        self.count = 0

    def take(self, name: str, widget: QWidget, settle_ms: int = 300) -> None:
        widget.show()
        widget.raise_()
        wait(settle_ms)
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        size = widget.size()
        print(f"{path} {size.width()}x{size.height()}", flush=True)

    def screen(self, name: str, window: QWidget, show: Callable[[], QWidget],
               before: Callable[[QWidget], None] | None = None, settle_ms: int = 300) -> None:
        """A screen of the window (a city page): shown by `show`, set up by `before`, the whole window grabbed."""
        try:
            page = show()
            if before is not None:
                before(page)
            self.take(name, window, settle_ms)
        except Exception as error:  # one screen that fails must not hide the others
            print(f"error: {name}: {error!r}", file=sys.stderr)

    def dialog(self, name: str, make: Callable[[], QWidget], settle_ms: int = 300,
               before: Callable[[QWidget], None] | None = None) -> None:
        try:
            widget = make()
            if before is not None:
                widget.show()
                before(widget)
            self.take(name, widget, settle_ms)
            widget.close()
            widget.deleteLater()
        except Exception as error:  # one screen that fails must not hide the others
            print(f"error: {name}: {error!r}", file=sys.stderr)


def fill_screen(window: MainWindow) -> None:
    screen = QApplication.primaryScreen()
    window.setGeometry(screen.availableGeometry())


def commune_copy(folder: Path) -> tuple[MainWindow, int]:
    """Trần Liễu's database: every sample imported, a report issued and amended, a backup made; the
    window with the plan open. Returns the window and the issued report's id."""
    from desktop.core.loader import load_catalogue
    from desktop.core.store.reports import Store
    from desktop.core.workspace import Workspace

    folder.mkdir(parents=True)
    path = folder / "xa.sqlite"
    workspace = Workspace(Store.open(path), load_catalogue())
    workspace.set_unit(commune(TRAN_LIEU), "proper")
    ids = {sample.stem: workspace.store.add_report(read_report(sample))
           for sample in sorted(bundle.samples_dir().glob("*.json"))}
    issued_id = ids[ISSUED_SAMPLE]
    report = workspace.store.load_report(issued_id)
    report.number, report.date = report.number or "45", report.date or datetime.date(2025, 8, 15)
    try:
        workspace.finalise(issued_id, report)
        workspace.amend(issued_id, report)
        report.title += " (điều chỉnh)"
        workspace.store.save_report(issued_id, report)
        workspace.finalise(issued_id, report)
    except Exception as error:
        print(f"warning: the versions screen may be empty: {error!r}", file=sys.stderr)
    workspace.store.close()
    auto_backup(path)  # the backups screen lists one
    window = build_window(path, "vi", settings=QSettings(str(folder / "xa.ini"), QSettings.Format.IniFormat))
    window.open_report(ids[OPEN_SAMPLE])
    return window, issued_id


def province_copy(folder: Path) -> MainWindow:
    """Quảng Ngãi's database, receiving: the files of the first two SENDERS imported (keys enrolled)."""
    from tests.core.exchange_tools import TODAY, export_file, final_sample

    folder.mkdir(parents=True)
    window = build_window(folder / "tinh.sqlite", "vi",
                          settings=QSettings(str(folder / "tinh.ini"), QSettings.Format.IniFormat))
    workspace = window.workspace
    workspace.set_scope(Scope("province", QUANG_NGAI))
    window.show_scope()
    inbox_folder = folder / "inbox"
    inbox_folder.mkdir()
    files = []
    for code, received in SENDERS:
        report = copy.deepcopy(final_sample())
        unit = units.commune(code)
        report.unit, report.issuer, report.place = UnitRef.of(unit), ["ỦY BAN NHÂN DÂN", unit.name.upper()], unit.name
        table = report.table("so-lieu-khcn-cds")
        if table is not None:
            table.row_by_key("ho-so-tiep-nhan").cells["value"] = received
            table.row_by_key("ho-so-ky-truoc").cells["value"] = received // 3
            table.row_by_key("ho-so-tiep-nhan-moi").cells["value"] = received - received // 3
        files.append(export_file(inbox_folder, report, keys.new_private_key()))
    inbox = importer.Inbox(workspace.store, workspace.catalogue, workspace.scope(), TODAY, enrol_new=True)
    finish(importer.import_files(inbox, files[:2]))
    (inbox_folder / "bao-cao-hong.xlsx").write_bytes(b"not a workbook")  # rejected, with its reason
    window.refresh_list()
    return window


def commune_screens(shots: Shots, folder: Path) -> None:
    from desktop.core.filenames import pdf_name
    from desktop.ui.backupdialog import BackupDialog
    from desktop.ui.preview import PreviewDialog
    from desktop.ui.scopedialog import ScopeDialog
    from desktop.ui.unitdialog import UnitDialog
    from desktop.ui.versionsdialog import VersionsDialog

    window, issued_id = commune_copy(folder)
    fill_screen(window)
    window.show()
    assert window.form is not None
    for tab in range(window.form.tabs.count()):
        window.form.tabs.setCurrentIndex(tab)
        shots.take(f"bao-cao-tab-{tab + 1}", window)
    workspace = window.workspace
    shots.dialog("don-vi", lambda: UnitDialog(TRAN_LIEU, workspace.place_style(), window))
    pdf = window.render_current(folder)
    assert window.report is not None
    shots.dialog("xem-truoc", lambda: PreviewDialog(pdf, pdf_name(window.report), window), settle_ms=1500)

    def scope_dialog() -> QWidget:
        from desktop.core.exchange.export import own_fingerprint

        return ScopeDialog(workspace.scope(), own_fingerprint(workspace.store), workspace.unit(), window)

    shots.dialog("pham-vi", scope_dialog)
    shots.dialog("phien-ban", lambda: VersionsDialog(workspace, issued_id, window))
    store_path = workspace.store.path
    assert store_path is not None
    shots.dialog("sao-luu", lambda: BackupDialog(store_path, lambda: None, lambda: None, read_only=False,
                                                 lang="vi", parent=window))
    from desktop.ui.newreportdialog import NewReportDialog
    from desktop.ui.trashdialog import TrashDialog

    shots.dialog("bao-cao-moi", lambda: NewReportDialog(workspace, window.report.template_id, window))
    trashed = [s.id for s in workspace.store.list_reports() if s.status == "draft"][-1]
    workspace.store.trash_report(trashed)
    window.refresh_list()
    shots.dialog("thung-rac", lambda: TrashDialog(workspace, True, window))
    window.browser.search.setText("ke hoach")  # the list filtered, without diacritics
    shots.take("tim-bao-cao", window)
    window.browser.search.clear()
    # The overview of a commune with a plan's targets and a period's results: the 9-month results of Đức Phổ
    # taken as Trần Liễu's, seen on the day the seeds were written.
    results = read_report(bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json")
    results.unit = UnitRef.of(commune(TRAN_LIEU))
    workspace.store.add_report(results)
    workspace.today = lambda: datetime.date(2025, 10, 7)
    shots.screen("tong-quan", window, lambda: (window.screens.show_screen("dashboard"), window.current_screen())[1],
                 settle_ms=800)
    window.close()
    workspace.store.close()


def province_screens(shots: Shots, folder: Path) -> None:
    from desktop.ui.consolidationview import ConsolidationPage
    from desktop.ui.importpage import ImportPage

    window = province_copy(folder)
    fill_screen(window)
    shots.take("tinh-danh-sach", window)
    receiving = window.receiving

    def show(name: str) -> Callable[[], QWidget]:
        def shown() -> QWidget:
            receiving.open_page(name)  # the window shows it in place of the report's form
            return receiving.page(name)
        return shown

    def planned(page: QWidget) -> None:
        assert isinstance(page, ImportPage)
        page.add_paths([folder / "inbox"])  # a key not enrolled, two already received, not a workbook
        wait_for(page.job_done)
        page.table.selectRow(0)  # its reason in full beside the table

    shots.screen("nhan-bao-cao", window, show("import"), planned)
    shots.screen("tinh-hinh-nop", window, show("completeness"))

    def consolidated(page: QWidget) -> None:
        assert isinstance(page, ConsolidationPage)
        page.run_button.click()
        wait_for(page.job_done)
        page.page(0).figures.selectRow(0)  # the units' figures under it

    shots.screen("tong-hop", window, show("consolidation"), consolidated)
    window.close()
    window.workspace.store.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "screenshots"
    pin_singletons()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("baocao-screenshots")
    screen = app.primaryScreen().size()
    print(f"screen {screen.width()}x{screen.height()} ({app.platformName()})", flush=True)
    shots = Shots(out)
    with tempfile.TemporaryDirectory(prefix="baocao-screenshots-") as tmp:
        commune_screens(shots, Path(tmp) / "xa")
        province_screens(shots, Path(tmp) / "tinh")
    print(f"{shots.count} screenshots in {out}")
    return 0 if shots.count else 1


if __name__ == "__main__":
    raise SystemExit(main())
