"""The form of one report, generated from its template: every printed text can be edited here."""

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.core.document import Report
from desktop.core.template import Template
from desktop.ui.editors import Choice, LinesBlock, OptionalDate, TextBlock, TextLine
from desktop.ui.outlineeditor import OutlineEditor

AUTHORITIES = ["", "TM.", "KT.", "TL.", "TUQ.", "Q."]


class ReportForm(QWidget):
    """Edits a Report in place.

    Signals:
        changed(): any value of the report was edited.
    """

    changed = Signal()

    def __init__(self, report: Report, template: Template, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._identity_group())
        layout.addWidget(self._content_group(), 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._recipients_group(), 1)
        bottom.addWidget(self._signer_group(), 1)
        layout.addLayout(bottom)

    def _edited(self) -> None:
        self.changed.emit()

    def _set(self, attribute: str) -> Callable[[object], None]:
        return lambda value: setattr(self.report, attribute, value)

    def _identity_group(self) -> QGroupBox:
        r = self.report
        box = QGroupBox(self.tr("Thông tin văn bản"))
        form = QFormLayout(box)
        number = TextLine(lambda: r.number, self._set("number"), self._edited)
        number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), number))
        number.setPlaceholderText(self.tr("để trống khi chưa lấy số"))
        number.setMinimumWidth(220)
        number.setMaximumWidth(220)
        number_row = QHBoxLayout()
        number_row.addWidget(number)
        number_row.addWidget(QLabel(f"/{r.symbol}"))
        number_row.addStretch(1)
        date = OptionalDate(lambda: r.date, self._set_date,
                            self.tr("Để trống ngày, tháng (ghi tay khi ký)"))
        date.edited.connect(self._edited)
        period = Choice([(p, p) for p in self.template.periods], lambda: r.period,
                        self._set("period"), self._edited)
        title = TextBlock(lambda: r.title, self._set("title"), self._edited, lines=2)
        kinh_gui = LinesBlock(lambda: r.kinh_gui, self._set("kinh_gui"), self._edited, lines=2,
                              placeholder=self.tr("Mỗi nơi một dòng; để trống nếu không có"))
        issuer = QLabel(" / ".join([r.issuer_parent, *r.issuer] if r.issuer_parent else r.issuer))
        issuer.setToolTip(self.tr("Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)"))
        place = TextLine(lambda: r.place, self._set("place"), self._edited)
        place.setMaximumWidth(320)
        form.addRow(self.tr("Cơ quan ban hành:"), issuer)
        form.addRow(self.tr("Số:"), number_row)
        form.addRow(self.tr("Địa danh:"), place)
        form.addRow(self.tr("Ngày ban hành:"), date)
        form.addRow(self.tr("Kỳ báo cáo:"), period)
        form.addRow(self.tr("Trích yếu:"), title)
        form.addRow(self.tr("Kính gửi:"), kinh_gui)
        self.editors.update(number=number, place=place, date=date, period=period, title=title, kinh_gui=kinh_gui)
        return box

    def _set_date(self, value: object) -> None:
        self.report.date = value  # type: ignore[assignment]
        if value is not None:
            self.report.year = value.year  # type: ignore[attr-defined]

    def _content_group(self) -> QGroupBox:
        r = self.report
        box = QGroupBox(self.tr("Nội dung báo cáo"))
        layout = QVBoxLayout(box)
        opening = TextBlock(lambda: r.opening, self._set("opening"), self._edited, lines=4)
        outline = OutlineEditor()
        outline.set_sections(r.sections)
        outline.changed.connect(self._edited)
        outline.setMinimumHeight(320)
        closing = TextBlock(lambda: r.closing, self._set("closing"), self._edited, lines=2)
        layout.addWidget(QLabel(self.tr("Đoạn mở đầu:")))
        layout.addWidget(opening)
        layout.addWidget(QLabel(self.tr("Các mục (I., 1., a)):")))
        layout.addWidget(outline, 1)
        layout.addWidget(QLabel(self.tr("Đoạn kết thúc:")))
        layout.addWidget(closing)
        self.editors.update(opening=opening, outline=outline, closing=closing)
        return box

    def _recipients_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nơi nhận"))
        layout = QVBoxLayout(box)
        recipients = LinesBlock(lambda: self.report.recipients, self._set("recipients"),
                                self._edited, lines=5,
                                placeholder=self.tr("Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ..."))
        layout.addWidget(recipients)
        self.editors["recipients"] = recipients
        return box

    def _signer_group(self) -> QGroupBox:
        signer = self.report.signer
        box = QGroupBox(self.tr("Người ký"))
        form = QFormLayout(box)

        def set_signer(attribute: str) -> Callable[[object], None]:
            return lambda value: setattr(signer, attribute, value)

        labels = {"": self.tr("(không ghi)"), "TM.": self.tr("TM. (thay mặt)"),
                  "KT.": self.tr("KT. (ký thay)"), "TL.": self.tr("TL. (thừa lệnh)"),
                  "TUQ.": self.tr("TUQ. (thừa ủy quyền)"), "Q.": self.tr("Q. (quyền)")}
        authority = Choice([(a, labels[a]) for a in AUTHORITIES], lambda: signer.authority,
                           set_signer("authority"), self._edited)
        on_behalf = TextLine(lambda: signer.on_behalf_of, set_signer("on_behalf_of"), self._edited)
        position = TextBlock(lambda: signer.position, set_signer("position"), self._edited,
                             lines=2, placeholder=self.tr("Mỗi dòng chức vụ một dòng"))
        name = TextLine(lambda: signer.name, set_signer("name"), self._edited)
        form.addRow(self.tr("Thẩm quyền:"), authority)
        form.addRow(self.tr("Thay mặt / ký thay cho:"), on_behalf)
        form.addRow(self.tr("Chức vụ:"), position)
        form.addRow(self.tr("Họ và tên:"), name)
        self.editors.update(authority=authority, on_behalf_of=on_behalf, position=position,
                            signer_name=name)
        return box
