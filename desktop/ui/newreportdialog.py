"""«Báo cáo mới»: the kind, the period (those the kind takes, the one reported on now first) and what the
report starts from: blank, or a copy of an earlier report of that kind (the latest before the period,
as «kỳ sau» copies it: the text, and the figures if the template keeps them; no notes)."""

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core import periods
from desktop.core.workspace import Workspace
from desktop.ui.reportlist import item_text


class NewReportDialog(QDialog):
    """Asks the kind, the period and the start of a new report; `choice()` gives them once accepted."""

    def __init__(self, workspace: Workspace, template_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.lang = workspace, workspace.language()
        self.setWindowTitle(self.tr("Báo cáo mới"))
        self.setMinimumWidth(640)
        self.kind = QComboBox()
        for template in workspace.catalogue:
            self.kind.addItem(template.name, template.id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(template_id)))
        self.period = QComboBox()
        self.blank = QRadioButton(self.tr("Để &trống"))
        self.copy = QRadioButton(self.tr("&Sao chép từ báo cáo:"))
        self.source = QComboBox()
        self.source.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self._layout()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.period.currentIndexChanged.connect(self._default_source)
        self.copy.toggled.connect(self.source.setEnabled)
        self._kind_changed()

    def _layout(self) -> None:
        group = QButtonGroup(self)
        group.addButton(self.blank)
        group.addButton(self.copy)
        form = QFormLayout()
        form.addRow(self.tr("&Loại báo cáo:"), self.kind)
        form.addRow(self.tr("&Kỳ báo cáo:"), self.period)
        start = QVBoxLayout()
        for widget in (self.blank, self.copy, self.source, self.note):
            start.addWidget(widget)
        form.addRow(self.tr("Bắt đầu từ:"), start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        create = buttons.button(QDialogButtonBox.StandardButton.Ok)
        create.setText(self.tr("Tạo báo cáo"))
        create.setDefault(True)  # Enter creates, Esc cancels
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def _kind_changed(self) -> None:
        template = self.workspace.catalogue.get(self.template_id())
        self.period.blockSignals(True)
        self.period.clear()
        for period in periods.choices(template.periods, self.workspace.today()):
            self.period.addItem(periods.label(period, self.lang), str(period))
        self.period.blockSignals(False)
        self._fill_sources()

    def _fill_sources(self) -> None:
        """The unit's reports of this kind, the latest period first; none: the report starts blank."""
        self.sources = self.workspace.copy_sources(self.template_id())
        self.source.clear()
        for summary in self.sources:
            title, details = item_text(summary, self.lang).split("\n", 1)
            self.source.addItem(f"{details} — {title}", summary.id)  # the period first: the title is long
        self.copy.setEnabled(bool(self.sources))
        (self.copy if self.sources else self.blank).setChecked(True)
        self.source.setEnabled(bool(self.sources))
        self.note.setText("" if self.sources else self.tr("Chưa có báo cáo loại này để sao chép."))
        self.note.setVisible(not self.sources)
        self._default_source()

    def _default_source(self) -> None:
        """The latest report of a period before the one chosen, else the latest of all."""
        if not self.sources or self.period.currentData() is None:
            return
        chosen = periods.sort_key(periods.parse_period(self.period.currentData()))
        earlier = [i for i, s in enumerate(self.sources) if periods.sort_key(periods.parse_period(s.period)) < chosen]
        self.source.setCurrentIndex(earlier[0] if earlier else 0)

    def template_id(self) -> str:
        return str(self.kind.currentData())

    def choice(self) -> tuple[str, str, int | None]:
        """(template id, period, the report copied or None for a blank one)."""
        source = self.source.currentData() if self.copy.isChecked() else None
        return self.template_id(), str(self.period.currentData()), source
