"""«Tổng hợp báo cáo», a screen of the city's window: the reports received of a kind and period added up (a
core job run by a Worker), shown table by table with each unit's figures under the row selected
(consolidatedfigures.py); then exported to Excel, previewed as the consolidated report's PDF, or stored as that
report, to finish and send up (#12)."""

import tempfile
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import periods
from desktop.core.errors import BaocaoError
from desktop.core.exchange.citywork import Consolidated, consolidate_received
from desktop.core.exchange.scope import scope_unit
from desktop.core.filenames import pdf_name, report_kind
from desktop.core.store import received
from desktop.core.store.reports import ReportSummary
from desktop.core.vnformat import document_number
from desktop.core.workspace import Workspace
from desktop.ui.citypage import CityPage, PageHeader, in_row, tab_order
from desktop.ui.consolidatedfigures import FiguresTabs, TablePage
from desktop.ui.kindperiod import KindPeriod
from desktop.ui.paths import documents_dir
from desktop.ui.worker import JobOwner


def stored_consolidation(workspace: Workspace, template_id: str, period: str) -> ReportSummary | None:
    """The latest report of this kind and period stored for the scope's province (the nation's has no
    unit), as «Tạo báo cáo tổng hợp» stores it; None if there is none."""
    unit = scope_unit(workspace.scope())
    wanted = unit.code if unit else None
    for summary in workspace.store.list_reports():  # the most recently changed first
        if summary.template_id == template_id and summary.period == period:
            report = workspace.store.load_report(summary.id)
            if (report.unit.code if report.unit else None) == wanted:
                return summary
    return None


class ConsolidationPage(JobOwner, CityPage):
    """«Tổng hợp báo cáo», a screen of the city's window: the kind and period chosen above, «Tổng hợp»; the
    figures in tabs; export, preview and creation at the bottom.

    Signals:
        job_done(): a consolidation ended, whether it finished, was cancelled or failed.
        created(int): the consolidated report was stored (its id).
        kept(int): the clerk chose the consolidated report stored before over a second one (its id).
    """

    job_done = Signal()
    created = Signal(int)
    kept = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.header = PageHeader(self.tr("Tổng hợp báo cáo"))
        self.workspace, self.lang = workspace, workspace.language()
        self.current: Consolidated | None = None
        self.added: tuple[tuple[int, int, str], ...] = ()  # the reports the figures shown add up
        self.choice = KindPeriod(workspace)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = FiguresTabs()
        self._layout()
        self.choice.changed.connect(self._clear)
        self.refresh()

    # ---- building ----

    def _layout(self) -> None:
        self.run_button = QPushButton(self.tr("Tổng hợp"))
        self.run_button.clicked.connect(self.run)
        self.progress_label = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Hủy"))
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("Xuất Excel…"))
        self.preview_button = QPushButton(self.tr("Xem trước PDF…"))
        self.create_button = QPushButton(self.tr("Tạo báo cáo tổng hợp"))
        self.export_button.clicked.connect(self.choose_export)
        self.preview_button.clicked.connect(self.preview)
        self.create_button.clicked.connect(self.create_report)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(in_row(self.choice, self.run_button, stretches=(1, 0)))
        layout.addLayout(in_row(self.progress_label, self.progress, self.cancel_button, stretches=(0, 1, 0)))
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(in_row(None, self.export_button, self.preview_button, self.create_button))
        self._tab_order()

    def _tab_order(self) -> None:
        """Tab in the order seen; again once the figures' tabs are made (new widgets join the chain's end)."""
        tab_order(self.choice.kind, self.choice.period, self.run_button, self.cancel_button, self.tabs,
                  *self.tabs.focus_chain(), self.export_button, self.preview_button, self.create_button)

    # ---- choosing ----

    def refresh(self) -> None:
        """Read the store again: the periods and the reports each has received. The kind and period the
        clerk chose stay (until then the latest received is shown); figures of reports since replaced or
        joined by others are dropped."""
        if self.busy():
            return
        self.header.show_scope(self.workspace.scope())
        if self.choice.refresh() or self.current is None:
            self._clear()
        elif self._received_now() != self.added:
            self._clear()
            self.summary.setText(self.tr("Đã nhận thêm báo cáo sau lần tổng hợp trước: bấm «Tổng hợp» để cộng "
                                         "lại."))

    def template_id(self) -> str:
        return self.choice.template_id()

    def period_text(self) -> str:
        return self.choice.period_text()

    def _received_now(self) -> tuple[tuple[int, int, str], ...]:
        """The reports of the kind and period received now that count (unit, revision, content hash)."""
        level = self.workspace.scope().receives
        return tuple((r.unit_code, r.revision, r.data_sha256)
                     for r in received.current(self.workspace.store, self.template_id(), self.period_text())
                     if r.level == level)

    def _clear(self) -> None:
        """A kind or period chosen: the figures shown were of another."""
        self.current = None
        self.tabs.clear()
        self.summary.setText(self.tr("Chọn loại báo cáo và kỳ, rồi bấm «Tổng hợp» để cộng số liệu các báo cáo "
                                     "đã nhận."))
        self._update()

    # ---- running ----

    def run(self) -> None:
        """Add up the reports received of the kind and period chosen (nothing is stored)."""
        if self.busy():
            return
        self._clear()
        self.added = self._received_now()
        job = consolidate_received(self.workspace.store, self.workspace.catalogue, self.workspace.scope(),
                                   self.template_id(), self.period_text(), self.workspace.today())
        worker = self.make_worker(job, self.lang, self._finished)
        self._update()
        worker.start()

    @Slot(int, int, str)
    def _step(self, done: int, total: int, name: str) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Đang đọc báo cáo của {0}…").format(name) if name
                                    else self.tr("Đang cộng số liệu…"))

    def _ended(self, summary: str) -> None:
        self.let_worker_go()
        self.summary.setText(summary)
        self._update()
        self.job_done.emit()

    def _finished(self, result: Consolidated) -> None:
        self.current = result
        self.tabs.show_consolidation(result.consolidation, self.lang)
        self._tab_order()
        self._ended(self._summary(result))

    def _cancelled(self) -> None:
        self._ended(self.tr("Đã dừng tổng hợp."))

    def _failed(self, message: str) -> None:
        self._ended(self.tr("Không tổng hợp được: {0}").format(message))

    def _update(self) -> None:
        busy, ready = self.busy(), self.current is not None and bool(self.current.consolidation.units)
        shown: tuple[QWidget, ...] = (self.progress_label, self.progress, self.cancel_button)
        for widget in shown:
            widget.setVisible(busy)
        for widget in (self.choice, self.run_button):
            widget.setEnabled(not busy)
        self.export_button.setEnabled(ready)
        self.preview_button.setEnabled(ready)
        self.create_button.setEnabled(ready and not self.workspace.store.read_only)

    # ---- showing ----

    def _summary(self, result: Consolidated) -> str:
        units = len(result.consolidation.units)
        if not units:
            return self.tr("Chưa nhận báo cáo nào của loại và kỳ này: chưa có gì để tổng hợp.")
        text = self.tr("Đã cộng số liệu của {0} báo cáo đã nhận. Chọn một dòng để xem số liệu của từng đơn vị; "
                       "«Tạo báo cáo tổng hợp» lưu báo cáo để viết tiếp, hoàn tất và gửi đi.").format(units)
        problems = len(result.consolidation.problems)
        if problems:
            text += " " + self.tr("{0} ô không phải số nên không được cộng (xem thẻ «Số liệu chưa cộng được»)."
                                  ).format(problems)
        return text

    def page(self, index: int) -> TablePage:
        """The tab of a consolidated table."""
        return self.tabs.page(index)

    # ---- export, preview, creation ----

    def report_name(self) -> str:
        return self.workspace.catalogue.get(self.template_id()).name  # the workbook is in Vietnamese

    def choose_export(self) -> None:
        name = f"tong-hop_{report_kind(self.template_id())}_{self.period_text()}.xlsx"
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Xuất Excel"), str(documents_dir() / name),
                                                self.tr("Tệp Excel (*.xlsx)"))
        if chosen:
            target = Path(chosen)
            self.export_to(target if target.suffix.lower() == ".xlsx" else target.with_name(target.name + ".xlsx"))

    def export_to(self, path: Path) -> bool:
        """Write the consolidated workbook: the figures, each unit's, the values not counted, the report."""
        from desktop.core.exchange.consolidated_output import write_consolidated

        if self.current is None:
            return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            write_consolidated(self.current, self.report_name(), self.period_text(), path)
        except BaocaoError as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không ghi được tệp"), error.text(self.lang))
            return False
        QApplication.restoreOverrideCursor()
        self.summary.setText(self._summary(self.current) + " " + self.tr("Đã xuất ra {0}").format(path))
        return True

    def preview(self) -> None:
        """The drafted consolidated report as its PDF, in the preview (save, print)."""
        from desktop.core.pdf.render import render_pdf
        from desktop.ui.preview import PreviewDialog

        if self.current is None:
            return
        report = self.current.report
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = Path(tempfile.mkdtemp(prefix="baocao-")) / pdf_name(report)
            render_pdf(report, path)
        except (BaocaoError, OSError) as error:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, self.tr("Không tạo được PDF"), str(error))
            return
        QApplication.restoreOverrideCursor()
        dialog = PreviewDialog(path, pdf_name(report), self)
        dialog.exec()
        dialog.deleteLater()

    def create_report(self) -> None:
        """Store the drafted consolidated report; the main window opens it (`created`). One of this
        kind and period stored already is kept and opened instead (`kept`) unless the clerk wants a second."""
        if self.current is None or self.workspace.store.read_only:
            return
        stored = stored_consolidation(self.workspace, self.template_id(), self.period_text())
        if stored is not None and not self._another_wanted(stored):
            self.kept.emit(stored.id)
            return
        try:
            report_id = self.workspace.store.add_report(self.current.report)
        except BaocaoError as error:
            QMessageBox.warning(self, self.tr("Chưa tạo được báo cáo"), error.text(self.lang))
            return
        self.created.emit(report_id)

    def _another_wanted(self, stored: ReportSummary) -> bool:
        """Whether the clerk wants a second consolidated report of the kind and period beside `stored`."""
        number = document_number(stored.number)
        shown = self.tr("số {0}").format(number) if number else self.tr("bản nháp, chưa có số")
        period = periods.label(periods.parse_period(stored.period), self.lang)
        answer = QMessageBox.question(
            self, self.tr("Đã có báo cáo tổng hợp"),
            self.tr("Đã có báo cáo tổng hợp «{0}» kỳ {1} ({2}). Tạo thêm một bản nữa?\n\n"
                    "Chọn «Không» để mở báo cáo đã có.").format(self.choice.kind_name(), period, shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
