"""Tệp → «Xuất tệp gửi cấp trên…»: the signed .xlsx of a report's latest issued version, for the city."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.document import Report
from desktop.core.errors import BaocaoError
from desktop.core.exchange.export import Export, export_stored, save_export
from desktop.core.workspace import Workspace
from desktop.ui.paths import documents_dir

SUFFIX = ".xlsx"


def ask_target(parent: QWidget, export: Export) -> Path | None:
    """The file the clerk chose in the Save dialog (in Documents, named as the export); None if cancelled."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportAction", "Xuất tệp gửi cấp trên"),
        str(documents_dir() / export.name), QCoreApplication.translate("ExportAction", "Tệp Excel (*.xlsx)"))
    if not chosen:
        return None
    target = Path(chosen)
    return target if target.suffix.lower() == SUFFIX else target.with_name(target.name + SUFFIX)


def export_for_upper(parent: QWidget, workspace: Workspace, report_id: int, report: Report) -> str | None:
    """Write the report's export where the clerk chooses, then mark a final report sent.

    Returns the status line to show (where the file went, which version), or None when nothing was written.
    """
    lang = workspace.language()
    try:
        export = export_stored(workspace.store, report_id)
        target = ask_target(parent, export)
        if target is None:
            return None
        save_export(export, target)
    except BaocaoError as error:
        QMessageBox.warning(parent, QCoreApplication.translate("ExportAction", "Không xuất được tệp"),
                            error.text(lang))
        return None
    if report.status == "final":
        workspace.mark_sent(report_id, report)
    return QCoreApplication.translate(
        "ExportAction", "Đã xuất bản {0} của báo cáo ra tệp {1}; báo cáo được đánh dấu đã gửi.").format(
        export.revision, target)
