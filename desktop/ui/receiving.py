"""Receiving the units' reports (#12): the city's screens of a province or the nation (the files received,
who reported, the consolidation), made when first shown, with the «Nhận báo cáo» menu leading to them; files
dropped on the window; and Cài đặt → «Phạm vi sử dụng…»."""

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.core.errors import BaocaoError
from desktop.core.exchange.scope import Scope, scope_name
from desktop.core.units import provinces
from desktop.core.workspace import Workspace
from desktop.ui.citypage import CityPage, dropped_paths
from desktop.ui.scopedialog import ScopeDialog

if TYPE_CHECKING:  # the screens and their imports (openpyxl, reportlab) load when first shown
    from desktop.ui.importpage import ImportPage

IMPORT, COMPLETENESS, CONSOLIDATION = "import", "completeness", "consolidation"
PAGES = (IMPORT, COMPLETENESS, CONSOLIDATION)


class Receiving(QObject):
    """The screens and actions of a copy that receives reports; the window shows its menu, shows a screen
    when asked (`show_page`, the screen being `page(name)`) and passes drops on.

    `flush` saves the report open in the window (False when it could not be saved).

    Signals:
        scope_changed(): the clerk chose whom this copy serves.
        report_created(int): a consolidated report was stored (its id), or the one stored before was kept
            rather than a second made: for the window to list and open.
        show_page(str): the window is to show the screen `page(name)`, name one of PAGES.
    """

    scope_changed = Signal()
    report_created = Signal(int)
    show_page = Signal(str)

    def __init__(self, workspace: Workspace, window: QMainWindow, flush: Callable[[], bool]) -> None:
        super().__init__(window)
        self.workspace, self.window, self.flush = workspace, window, flush
        self.pages: dict[str, CityPage] = {}
        self.writable = not workspace.store.read_only
        self.receive_action = self._action(self.tr("Nhận báo cáo"), lambda: self.open_page(IMPORT))
        self.completeness_action = self._action(self.tr("Tình hình nộp báo cáo"), lambda: self.open_page(COMPLETENESS))
        self.consolidate_action = self._action(self.tr("Tổng hợp báo cáo"), lambda: self.open_page(CONSOLIDATION))
        self.scope_action = self._action(self.tr("Phạm vi sử dụng…"), self.choose_scope)
        # Shown only where reports are received (a province or the nation): see show_scope.
        self.menu = QMenu(self.tr("&Nhận báo cáo"), window)
        for action in (self.receive_action, self.completeness_action, self.consolidate_action):
            self.menu.addAction(action)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)  # a job's thread must end before the window and store go

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def read_only(self) -> bool:
        return self.workspace.store.read_only  # another window writes this database (lock.py)

    def receives(self) -> bool:
        return self.workspace.scope().receives is not None

    def set_writable(self, writable: bool) -> None:
        """Changing the scope stores something; the import screen says itself whether it can store."""
        self.scope_action.setEnabled(writable)
        if writable != self.writable:
            self.writable = writable
            if IMPORT in self.pages:
                self.pages[IMPORT].refresh()

    def show_scope(self) -> None:
        """The menu where reports are received; the screens made so far read the scope and store again (a
        scope chosen, a backup restored, F5)."""
        self.menu.menuAction().setVisible(self.receives())
        for made in self.pages.values():
            made.refresh()

    # ---- the screens ----

    def page(self, name: str) -> CityPage:
        """The screen `name` (one of PAGES), made on first use: openpyxl and reportlab load then, not at
        start-up."""
        made = self.pages.get(name)
        if made is None:
            made = self._make(name)
            made.setParent(self.window)  # goes with the window until the window places it
            made.hide()
            self.pages[name] = made
        return made

    def _make(self, name: str) -> CityPage:
        if name == IMPORT:
            from desktop.ui.importpage import ImportPage

            importing = ImportPage(self.workspace, self.flush)
            importing.received.connect(self._received)
            return importing
        if name == COMPLETENESS:
            from desktop.ui.completenessview import CompletenessPage

            return CompletenessPage(self.workspace)
        if name == CONSOLIDATION:
            from desktop.ui.consolidationview import ConsolidationPage

            consolidation = ConsolidationPage(self.workspace)
            consolidation.created.connect(self.report_created)
            consolidation.kept.connect(self._kept)
            return consolidation
        raise ValueError(f"no city screen named {name!r}")

    def open_page(self, name: str) -> None:
        """Ask the window to show a screen (a receiving copy only)."""
        if self.receives():
            self.page(name)
            self.show_page.emit(name)

    def receive_files(self, paths: Iterable[Path] = ()) -> None:
        """The import screen, with the files and folders given (dropped) checked."""
        if self.read_only() or not self.receives():
            return
        self.open_page(IMPORT)
        cast("ImportPage", self.page(IMPORT)).add_paths(paths)

    def _received(self) -> None:
        """Files were stored: the other screens made so far read the store again."""
        for name, made in self.pages.items():
            if name != IMPORT:
                made.refresh()

    def _kept(self, report_id: int) -> None:
        """The consolidated report stored before is opened; the status line says it is that one, not a new one."""
        self.report_created.emit(report_id)
        self.window.statusBar().showMessage(self.tr("Đã mở báo cáo tổng hợp đã có; không tạo thêm bản mới."))

    def stop(self) -> None:
        """Stop the screens' jobs and wait for their threads (the app quitting): an import stops unstored."""
        for made in self.pages.values():
            made.stop()

    # ---- the scope ----

    def choose_scope(self) -> None:
        """Cài đặt → Phạm vi sử dụng: a commune, a province or the nation; shows this copy's key."""
        from desktop.core.exchange.export import own_fingerprint  # openpyxl: off the start-up path

        try:
            fingerprint: str | None = own_fingerprint(self.workspace.store)
        except BaocaoError:
            fingerprint = None  # the key is made on first use, which a read-only window cannot store
        dialog = ScopeDialog(self.workspace.scope(), fingerprint, self.workspace.unit(), self.window)
        accepted = dialog.exec() == ScopeDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        scope = dialog.scope()
        self.workspace.set_scope(scope)
        self.scope_changed.emit()
        self.window.statusBar().showMessage(self.scope_text(scope))

    def scope_text(self, scope: Scope) -> str:
        """What a scope chosen means, for the status line."""
        if scope.level == "province":
            return self.tr("Máy này dùng cho {0}: nhận báo cáo của các xã, phường (menu «Nhận báo cáo»).").format(
                dict(provinces()).get(scope.code, scope.code))
        if scope.level == "nation":
            return self.tr("Máy này dùng cho cả nước: nhận báo cáo của các tỉnh, thành phố (menu «Nhận báo cáo»).")
        return self.tr("Máy này dùng cho một xã, phường: lập báo cáo và gửi lên cấp trên.")

    def scope_label(self) -> str | None:
        """Whom a receiving copy serves, for the status bar; None for a commune copy (its unit is shown)."""
        scope = self.workspace.scope()
        if scope.level == "province":
            return self.tr("{0} — nhận báo cáo của các xã, phường").format(scope_name(scope))
        if scope.level == "nation":
            return self.tr("Cả nước — nhận báo cáo của các tỉnh, thành phố")
        return None

    # ---- files dropped on the window ----

    def drag_enter(self, event: QDragEnterEvent) -> None:
        if not self.read_only() and self.receives() and dropped_paths(event):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        paths = dropped_paths(event)
        event.acceptProposedAction()
        self.receive_files(paths)
