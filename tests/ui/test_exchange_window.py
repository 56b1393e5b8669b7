"""Issue #12 in the window: a commune sends its issued report up as a signed .xlsx; the city checks
the file before storing anything, enrols the commune's key after a phone call, imports it, and sees
which communes have reported; its screens (#15) are pages of the window, read again after an import."""

import datetime
from pathlib import Path
from unittest.mock import patch

import openpyxl
import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog

from desktop.core import bundle
from desktop.core.exchange.completeness import deadline
from desktop.core.exchange.enrolment import enrol_from_file
from desktop.core.exchange.export import own_fingerprint
from desktop.core.exchange.scope import Scope
from desktop.core.store import received
from desktop.core.units import commune, communes, name_key
from desktop.ui import worker
from desktop.ui.app import build_window
from desktop.ui.completenessview import NAME, CompletenessPage
from desktop.ui.consolidationview import ConsolidationPage
from desktop.ui.importpage import ImportPage
from desktop.ui.outcomes import REASON, EnrolDialog
from desktop.ui.paths import documents_dir
from desktop.ui.scopedialog import ScopeDialog
from desktop.ui.worker import Worker

DUC_PHO, QUANG_NGAI = 21439, 51  # Phường Đức Phổ, Quảng Ngãi (the sample of seed 003)
KIND, PERIOD = "bao-cao-ket-qua-khcn-cds", "2025-9M"
SAMPLE = bundle.samples_dir() / "bao-cao-ket-qua-003-duc-pho.json"


@pytest.fixture
def windows(qtbot, tmp_path: Path):
    """Opens main windows, each on its own database; closes them after the test."""
    opened = []

    def make(name: str, unit_code: int | None = DUC_PHO, scope: Scope | None = None):
        window = build_window(tmp_path / f"{name}.sqlite", "vi", 50)
        qtbot.addWidget(window)
        if unit_code:
            window.workspace.set_unit(commune(unit_code), "proper")
        if scope is not None:
            window.workspace.set_scope(scope)
            window.show_scope()
        window.show()
        opened.append(window)
        return window

    yield make
    for window in opened:
        window.close()
        window.workspace.store.close()


def issue(window, title: str | None = None) -> None:
    """Number, date and finalise the open report (after changing its title, for an amendment)."""
    window.report.number, window.report.date = "45", datetime.date(2025, 10, 7)
    if title is not None:
        window.report.title = title
    window.workspace.store.save_report(window.report_id, window.report)
    with patch("desktop.ui.mainwindow.QMessageBox.question", return_value=QMessageBox.StandardButton.Yes):
        window.finalise()
    assert window.report.status == "final"


def send_up(window, monkeypatch, folder: Path) -> Path:
    """Tệp → «Xuất tệp gửi cấp trên…», saving into `folder` under the name proposed."""
    asked = {}

    def save_dialog(parent, caption, proposed, filters):
        asked["proposed"] = Path(proposed)
        return str(folder / Path(proposed).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    window.send_up_action.trigger()
    assert asked["proposed"].parent == documents_dir()
    return folder / asked["proposed"].name


@pytest.fixture
def commune_window(windows, tmp_path, monkeypatch):
    window = windows("xa")
    window.import_file(SAMPLE)
    return window


@pytest.fixture
def city(windows):
    return windows("thanh-pho", unit_code=None, scope=Scope("province", QUANG_NGAI))


def planned(qtbot, page: ImportPage, paths: list[Path]) -> None:
    with qtbot.waitSignal(page.job_done, timeout=10000):
        page.add_paths(paths)


def screen_of(city, action) -> object:
    """The screen a menu action of the city's window shows, in the window (no dialog)."""
    action.trigger()
    page = city.current_screen()
    assert page.isVisible() and page.window() is city
    return page


def open_import(qtbot, city, paths: list[Path] | None = None) -> ImportPage:
    """«Nhận báo cáo» on the city's window, with the files given checked."""
    page = screen_of(city, city.receiving.receive_action)
    assert isinstance(page, ImportPage)
    if paths:
        planned(qtbot, page, paths)
    return page


def statuses(page: ImportPage) -> list[str]:
    return [page.table.status_of(row) for row in range(page.table.rowCount())]


def held(city) -> list[received.Received]:
    return received.current(city.workspace.store, KIND, PERIOD)


def imported(qtbot, page: ImportPage) -> None:
    with qtbot.waitSignal(page.job_done, timeout=10000):
        page.apply_button.click()


# ---- the commune ----

def test_a_commune_sends_its_issued_report_up_and_it_is_marked_sent(qtbot, commune_window, monkeypatch, tmp_path):
    window = commune_window
    assert window.send_up_action.text() == "Xuất tệp gửi cấp trên…"
    assert window.send_up_action.isVisible() and not window.send_up_action.isEnabled()  # a draft: nothing to send
    assert not window.receiving.menu.menuAction().isVisible()
    issue(window)
    assert window.send_up_action.isEnabled()
    path = send_up(window, monkeypatch, tmp_path)
    assert path.name == f"{DUC_PHO}_ket-qua-khcn-cds_{PERIOD}_v1.xlsx" and path.stat().st_size > 0
    assert window.workspace.store.load_report(window.report_id).status == "sent"
    assert "đã gửi" in window.report_list.currentItem().text()
    message = window.statusBar().currentMessage()
    assert str(path) in message and "bản 1" in message


def test_a_city_copy_receives_and_sends_its_own_report_up(city):
    assert city.send_up_action.isVisible()  # its consolidated report goes to the nation
    assert city.receiving.menu.menuAction().isVisible() and city.receiving.receive_action.isEnabled()


def test_the_nation_receives_and_sends_nothing_up(windows):
    nation = windows("ca-nuoc", unit_code=None, scope=Scope("nation"))
    assert not nation.send_up_action.isVisible()
    assert nation.receiving.menu.menuAction().isVisible()


def test_the_scope_dialog_offers_the_home_province_and_shows_the_key(qtbot, windows):
    window = windows("xa")
    fingerprint = own_fingerprint(window.workspace.store)
    dialog = ScopeDialog(window.workspace.scope(), fingerprint, commune(DUC_PHO), window)
    qtbot.addWidget(dialog)
    assert dialog.commune_button.isChecked() and dialog.scope() == Scope("commune")
    assert dialog.fingerprint_label.text() == fingerprint
    assert not dialog.province.isEnabled()
    dialog.province_button.setChecked(True)
    assert dialog.province.isEnabled() and dialog.scope() == Scope("province", QUANG_NGAI)
    dialog.nation_button.setChecked(True)
    assert dialog.scope() == Scope("nation")


# ---- the city ----

def test_the_city_checks_enrols_the_key_and_imports(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)
    page = open_import(qtbot, city, [tmp_path])  # a folder: its .xlsx files
    assert statuses(page) == ["Từ chối"] and not page.apply_button.isEnabled()
    fingerprint = own_fingerprint(commune_window.workspace.store)
    assert fingerprint in page.table.item(0, REASON).text()
    page.table.selectRow(0)
    assert page.detail.enrol_button.isVisibleTo(page)
    monkeypatch.setattr(EnrolDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    with qtbot.waitSignal(page.job_done, timeout=10000):
        page.detail.enrol_button.click()
    assert received.enrolled_key(city.workspace.store, "commune", DUC_PHO).fingerprint == fingerprint
    assert statuses(page) == ["Mới"] and page.apply_button.text() == "Nhận 1 tệp"
    assert held(city) == []  # nothing is stored before «Nhận»
    imported(qtbot, page)
    assert statuses(page) == ["Đã nhận"] and not page.apply_button.isEnabled()
    assert [(r.unit_code, r.revision, r.file_name) for r in held(city)] == [(DUC_PHO, 1, path.name)]
    again = open_import(qtbot, city, [path])  # after an import, a new batch
    assert again is page and statuses(again) == ["Không đổi"] and not again.apply_button.isEnabled()


def test_the_enrolment_waits_for_the_phone_check(qtbot):
    dialog = EnrolDialog("Phường Đức Phổ", "F4B0-3E39-1E04-0AB8-9A59-2CEC-A992-473D")
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    dialog.compared.setChecked(True)
    assert dialog.ok.isEnabled()


def test_an_amended_version_shows_the_values_it_replaces(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    first = send_up(commune_window, monkeypatch, tmp_path)
    page = open_import(qtbot, city)
    enrol_from_file(page.inbox, first)
    planned(qtbot, page, [first])
    imported(qtbot, page)
    monkeypatch.setattr("desktop.ui.mainwindow.QMessageBox.question", lambda *a: QMessageBox.StandardButton.Yes)
    commune_window.amend()
    issue(commune_window, title="Báo cáo điều chỉnh")
    second = send_up(commune_window, monkeypatch, tmp_path)
    assert second.name.endswith("_v2.xlsx")
    page = open_import(qtbot, city, [second])
    assert statuses(page) == ["Thay bản cũ"]
    page.table.selectRow(0)
    changes = page.detail.changes
    assert changes.isVisibleTo(page)
    rows = {changes.item(r, 0).text(): (changes.item(r, 1).text(), changes.item(r, 2).text())
            for r in range(changes.rowCount())}
    assert rows["Trích yếu"][1] == "Báo cáo điều chỉnh" and rows["Trích yếu"][0] != "Báo cáo điều chỉnh"
    imported(qtbot, page)
    assert statuses(page) == ["Đã thay bản cũ"] and [r.revision for r in held(city)] == [2]


def dropped(path: Path) -> tuple[QDropEvent, QMimeData]:
    """A drop of one file; keep the mime data as long as the event (the event does not own it)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    return QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier), mime


class CancelledAtFirstStep(Worker):
    """Cancels its job from the job's own thread at the first step: deterministic, no timing."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.progress.connect(self.cancel, Qt.ConnectionType.DirectConnection)


def test_an_import_cancelled_stores_nothing(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)
    page = open_import(qtbot, city)
    enrol_from_file(page.inbox, path)
    planned(qtbot, page, [path])
    assert statuses(page) == ["Mới"]
    monkeypatch.setattr(worker, "Worker", CancelledAtFirstStep)  # the page makes its Worker there
    imported(qtbot, page)
    assert held(city) == []
    assert "Đã hủy" in page.summary.text() and page.apply_button.isEnabled()
    assert statuses(page) == ["Mới"]


def test_files_dropped_on_the_page_are_checked(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)
    page = open_import(qtbot, city)
    event, _mime = dropped(path)
    with qtbot.waitSignal(page.job_done, timeout=10000):
        page.dropEvent(event)
    assert [o.file for o in page.table.outcomes] == [path]


def test_files_dropped_on_a_city_window_land_on_the_import_page(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)
    assert "import" not in city.receiving.pages  # made when first needed
    event, _mime = dropped(path)
    city.dropEvent(event)
    page = city.receiving.pages["import"]
    assert city.current_screen() is page and page.files == [path]
    qtbot.waitUntil(lambda: not page.busy(), timeout=10000)
    assert statuses(page) == ["Từ chối"]  # key not enrolled yet
    commune_window.dropEvent(event)  # a commune copy receives nothing
    assert commune_window.receiving.pages == {}
    assert commune_window.current_screen() is commune_window.form


def test_files_dropped_while_others_are_checked_are_checked_after(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"not a workbook")
    page = open_import(qtbot, city)
    page.add_paths([path])
    assert page.busy()
    page.add_paths([broken])  # dropped while the first is checked
    qtbot.waitUntil(lambda: not page.busy() and len(page.table.outcomes) == 2, timeout=10000)
    assert [o.file for o in page.table.outcomes] == [path, broken] and statuses(page) == ["Từ chối", "Từ chối"]


def enrolled_and_imported(qtbot, city, path: Path) -> ImportPage:
    """The city's import page after the file's key was enrolled (as after the phone call) and it was stored."""
    page = open_import(qtbot, city)
    enrol_from_file(page.inbox, path)
    planned(qtbot, page, [path])
    imported(qtbot, page)
    assert statuses(page) == ["Đã nhận"]
    return page


def test_the_completeness_view_lists_who_reported(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)
    enrolled_and_imported(qtbot, city, path)
    view = screen_of(city, city.receiving.completeness_action)
    assert isinstance(view, CompletenessPage)
    assert view.template_id() == KIND and view.period_text() == PERIOD
    assert view.state_of(DUC_PHO) == "Nộp muộn"  # exported today, after the default deadline
    tomorrow = QDate.currentDate().addDays(1)
    view.due.setDate(tomorrow)
    assert deadline(city.workspace.store, KIND, PERIOD) == tomorrow.toPython()
    assert view.state_of(DUC_PHO) == "Đã nhận"
    others = [u for u in view.current.units if u.unit.code != DUC_PHO]
    assert others and view.state_of(others[0].unit.code) == "Chưa nộp"
    assert f"{len(view.current.units)} đơn vị: 1 đã nhận, 0 nộp muộn, {len(others)} chưa nộp" in view.counts.text()
    view.copy_button.click()
    copied = QApplication.clipboard().text()
    assert others[0].unit.name in copied and "Phường Đức Phổ" not in copied
    out = tmp_path / "tinh-hinh.xlsx"
    assert view.export_to(out)
    sheet = openpyxl.load_workbook(out).active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [r[3] for r in rows if r[1] == "Phường Đức Phổ"] == ["Đã nhận"]
    assert sum(1 for r in rows if r[3] == "Chưa nộp") == len(others)


def test_the_completeness_view_sorts_unit_names_in_vietnamese_order(qtbot, city):
    view = screen_of(city, city.receiving.completeness_action)

    def names() -> list[str]:
        return [view.table.item(r, NAME).text() for r in range(view.table.rowCount())]

    official = names()
    assert official.index("Xã Ba Động") > official.index("Xã Ba Xa")  # the official list: by character codes
    header = view.table.horizontalHeader()
    click = QPoint(header.sectionViewportPosition(NAME) + 10, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)  # «Đơn vị»
    shown = names()
    assert shown == sorted(official, key=name_key)
    # Đ after D, before E; a word ended before a longer one («Vì» before «Vinh»); «Xã»/«Phường» ignored
    assert shown[:9] == ["Xã An Phú", "Xã Ba Dinh", "Xã Ba Động", "Xã Ba Gia", "Xã Ba Tô", "Xã Ba Tơ", "Xã Ba Vì",
                         "Xã Ba Vinh", "Xã Ba Xa"]
    assert shown.index("Xã Dục Nông") + 1 == shown.index("Phường Đăk BLa")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=click)
    assert names() == shown[::-1]


def test_the_cycle_collector_waits_while_a_job_runs_and_runs_after(qtbot) -> None:
    import gc

    from desktop.core.exchange.progress import Progress
    from desktop.ui.worker import Worker

    seen = []

    def job():
        seen.append(gc.isenabled())  # in the job's thread
        yield Progress(1, 1)
        return "xong"

    worker = Worker(job())
    with qtbot.waitSignal(worker.finished, timeout=10_000) as finished:
        worker.start()
    assert finished.args == ["xong"] and seen == [False] and gc.isenabled()


# ---- the city's screens (#15) ----

def test_an_import_refreshes_the_other_screens(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)
    completeness = screen_of(city, city.receiving.completeness_action)
    consolidation = screen_of(city, city.receiving.consolidate_action)
    assert completeness.state_of(DUC_PHO) == "Chưa nộp"
    assert "đã nhận" not in consolidation.choice.period.currentText()
    page = open_import(qtbot, city)
    enrol_from_file(page.inbox, path)
    planned(qtbot, page, [path])
    with qtbot.waitSignals([page.job_done, page.received], timeout=10000):
        page.apply_button.click()
        # while the files are stored the window waits: an edit saved now would join the import's transaction
        assert isinstance(page.waiting, QProgressDialog) and page.waiting.isVisible()
        assert page.waiting.windowModality() == Qt.WindowModality.WindowModal
    assert page.waiting is None and city.current_screen() is page  # the other screens stay hidden
    assert (completeness.template_id(), completeness.period_text()) == (KIND, PERIOD)
    assert completeness.state_of(DUC_PHO) == "Nộp muộn"
    assert consolidation.choice.period.currentText() == "9 tháng đầu năm 2025 — đã nhận 1 báo cáo"


def test_the_clerks_choice_stays_when_a_screen_is_shown_again(qtbot, city):
    completeness = screen_of(city, city.receiving.completeness_action)
    choice = completeness.choice
    other = next(i for i in range(choice.kind.count()) if choice.kind.itemData(i) != choice.template_id())
    choice.kind.setCurrentIndex(other)
    choice.kind.activated.emit(other)  # as a click on the list does
    chosen = (completeness.template_id(), completeness.period_text())
    screen_of(city, city.receiving.receive_action)
    assert screen_of(city, city.receiving.completeness_action) is completeness
    assert (completeness.template_id(), completeness.period_text()) == chosen


def test_import_completeness_and_consolidation_need_no_dialog(qtbot, commune_window, city, monkeypatch, tmp_path):
    issue(commune_window)
    path = send_up(commune_window, monkeypatch, tmp_path)

    def no_dialog(dialog):
        raise AssertionError(f"a dialog was opened: {dialog!r}")

    monkeypatch.setattr(QDialog, "exec", no_dialog)
    page = enrolled_and_imported(qtbot, city, path)
    assert page.header.title.text() == "Nhận báo cáo"
    assert page.header.scope.text() == f"Quảng Ngãi — {len(communes(QUANG_NGAI))} xã, phường"
    completeness = screen_of(city, city.receiving.completeness_action)
    assert isinstance(completeness, CompletenessPage) and completeness.state_of(DUC_PHO) == "Nộp muộn"
    consolidation = screen_of(city, city.receiving.consolidate_action)
    assert isinstance(consolidation, ConsolidationPage)
    assert (consolidation.template_id(), consolidation.period_text()) == (KIND, PERIOD)
    with qtbot.waitSignal(consolidation.job_done, timeout=20000):
        consolidation.run_button.click()
    assert consolidation.tabs.count() > 0 and consolidation.create_button.isEnabled()
    consolidation.create_button.click()
    assert city.current_screen() is city.form and city.report.period == PERIOD  # opened to write on
    assert QApplication.activeModalWidget() is None
    assert screen_of(city, city.receiving.receive_action) is page and statuses(page) == ["Đã nhận"]  # as it was left


def test_a_read_only_window_shows_the_import_screen_but_stores_nothing(qtbot, city, tmp_path):
    viewer = build_window(tmp_path / "thanh-pho.sqlite", "vi", 50, read_only=True)  # the city's database
    qtbot.addWidget(viewer)
    viewer.show()
    try:
        page = screen_of(viewer, viewer.receiving.receive_action)
        assert page.intro.text() == "Cửa sổ này chỉ xem: không nhận tệp được ở đây."
        assert not page.files_button.isEnabled() and not page.folder_button.isEnabled()
        page.add_paths([SAMPLE])
        assert page.files == [] and not page.busy()
    finally:
        viewer.close()
        viewer.workspace.store.close()
