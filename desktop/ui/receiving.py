"""Receiving the units' reports (#12): the «Nhận báo cáo» menu of a province or the nation (the files
received, who reported, the consolidation), files dropped on the window, and Cài đặt → «Phạm vi sử dụng…»."""

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop.core.errors import BaocaoError
from desktop.core.exchange.scope import Scope, scope_name
from desktop.core.units import provinces
from desktop.core.workspace import Workspace
from desktop.ui.scopedialog import ScopeDialog


class Receiving(QObject):
    """The actions of a copy that receives reports; the window shows its menu and passes drops on.

    `flush` saves the report open in the window (False when it could not be saved).

    Signals:
        scope_changed(): the clerk chose whom this copy serves.
        report_created(int): a consolidated report was stored (its id), or the one stored before was kept
            rather than a second made: for the window to list and open.
    """

    scope_changed = Signal()
    report_created = Signal(int)

    def __init__(self, workspace: Workspace, window: QMainWindow, flush: Callable[[], bool]) -> None:
        super().__init__(window)
        self.workspace, self.window, self.flush = workspace, window, flush
        self.receive_action = self._action(self.tr("Nhận báo cáo…"), lambda: self.receive_files())
        self.completeness_action = self._action(self.tr("Tình hình nộp báo cáo…"), self.show_completeness)
        self.consolidate_action = self._action(self.tr("Tổng hợp báo cáo…"), self.consolidate)
        self.scope_action = self._action(self.tr("Phạm vi sử dụng…"), self.choose_scope)
        # Shown only where reports are received (a province or the nation): see show_scope.
        self.menu = QMenu(self.tr("&Nhận báo cáo"), window)
        for action in (self.receive_action, self.completeness_action, self.consolidate_action):
            self.menu.addAction(action)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(slot)
        return action

    def read_only(self) -> bool:
        return self.workspace.store.read_only  # another window writes this database (lock.py)

    def receives(self) -> bool:
        return self.workspace.scope().receives is not None

    def set_writable(self, writable: bool) -> None:
        """Receiving files and changing the scope store something; the views only read."""
        self.receive_action.setEnabled(writable)
        self.scope_action.setEnabled(writable)

    def show_scope(self) -> None:
        self.menu.menuAction().setVisible(self.receives())

    # ---- the menu ----

    def receive_files(self, paths: Iterable[Path] = ()) -> None:
        """«Nhận báo cáo…», with the files and folders given (dropped) already in it."""
        from desktop.ui.importdialog import ImportDialog  # openpyxl: off the start-up path

        if self.read_only() or not self.receives() or not self.flush():
            return
        dialog = ImportDialog(self.workspace, paths, self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_completeness(self) -> None:
        from desktop.ui.completenessview import CompletenessView  # openpyxl: off the start-up path

        if self.receives():
            view = CompletenessView(self.workspace, self.window)
            view.exec()
            view.deleteLater()

    def consolidate(self) -> None:
        """«Tổng hợp báo cáo…»; a consolidated report it creates is passed on by `report_created`."""
        from desktop.ui.consolidationview import ConsolidationView  # openpyxl, reportlab: off the start-up path

        if not self.receives():
            return
        view = ConsolidationView(self.workspace, self.window)
        view.created.connect(self.report_created)
        view.kept.connect(self._kept)
        view.exec()
        view.deleteLater()

    def _kept(self, report_id: int) -> None:
        """The consolidated report stored before is opened; the status line says it is that one, not a new one."""
        self.report_created.emit(report_id)
        self.window.statusBar().showMessage(self.tr("Đã mở báo cáo tổng hợp đã có; không tạo thêm bản mới."))

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
        from desktop.ui.importdialog import dropped_paths

        if not self.read_only() and self.receives() and dropped_paths(event):
            event.acceptProposedAction()

    def drop(self, event: QDropEvent) -> None:
        from desktop.ui.importdialog import dropped_paths

        paths = dropped_paths(event)
        event.acceptProposedAction()
        self.receive_files(paths)
