"""The pages of a report's form: its fields with their labels (Alt+letter), screen-reader names and tab
order (the order they are made in), each bound to one value of the report."""

import datetime
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QObject, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.core.document import AUTHORITIES as SIGNER_AUTHORITIES
from desktop.core.document import Appendix, Report
from desktop.core.errors import BaocaoError
from desktop.core.history import PastValue
from desktop.core.periods import choices, label, parse_period
from desktop.core.template import Template
from desktop.ui.editors import Choice, LinesBlock, OptionalDate, TextBlock, TextLine
from desktop.ui.geometry import text_size
from desktop.ui.outlineeditor import OutlineEditor
from desktop.ui.tableeditor import TableEditor
from desktop.ui.tablemodel import TableModel

AUTHORITIES = ["", *SIGNER_AUTHORITIES]
# Sizes in letters and lines of the font, not pixels, so they hold at 150 % and 200 % scaling (#15).
PLACE_LETTERS = 45
OUTLINE_LINES = 14


def buddy_label(text: str, editor: QWidget) -> QLabel:
    """The label of `editor`: its Alt+letter («T&rích yếu:») puts the cursor there, and a screen
    reader names the editor as the label says."""
    label = QLabel(text)
    label.setBuddy(editor)
    editor.setAccessibleName(text.replace("&", "").rstrip(": "))
    return label


class FormPages(QObject):
    """Builds the pages of a report's form, its editors kept in `editors` (by the keys the form's
    FIELD_EDITORS names) and its appendices' grids in `tables` (by table id).

    Signals:
        edited(): any value of the report was edited.
        period_changed(): the reporting period was changed (the title renamed when it named the old one).
    """

    edited = Signal()
    period_changed = Signal()

    def __init__(self, report: Report, template: Template, *, today: datetime.date,
                 history: Mapping[str, Sequence[PastValue]], lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template
        self.today = today
        self.history = history
        self.lang = lang
        self.editors: dict[str, QWidget] = {}
        self.tables: dict[str, TableEditor] = {}

    def _set(self, attribute: str) -> Callable[[object], None]:
        return lambda value: setattr(self.report, attribute, value)

    def identity_page(self) -> QWidget:
        """«Thông tin văn bản»: issuer, number, place, date, period, title, kính gửi, legal bases."""
        r = self.report
        box = QWidget()
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow (200 % scaling): field under label
        outer.addLayout(form)
        outer.addStretch(1)
        number = TextLine(lambda: r.number, self._set("number"), self.edited.emit)
        number.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,6}"), number))
        number.setPlaceholderText(self.tr("để trống khi chưa lấy số"))
        metrics = number.fontMetrics()  # wide enough for the hint, at any font size and scaling
        number.setFixedWidth(metrics.horizontalAdvance(number.placeholderText()) + 3 * metrics.averageCharWidth())
        number_row = QHBoxLayout()
        number_row.addWidget(number)
        number_row.addWidget(QLabel(f"/{r.symbol}"))
        number_row.addStretch(1)
        date = OptionalDate(lambda: r.date, self._set_date,
                            self.tr("Để trống ngày, tháng (ghi tay khi ký)"))
        date.edited.connect(self.edited)
        periods = [str(p) for p in choices(self.template.periods, self.today, count=8)]
        if r.period not in periods:
            periods.insert(0, r.period)
        period = Choice([(p, label(parse_period(p), self.lang)) for p in periods], lambda: r.period,
                        self.set_period, self.edited.emit)
        title = TextBlock(lambda: r.title, self._set("title"), self.edited.emit, lines=2)
        title.setToolTip(self.tr("Bản in tự chia trích yếu thành các dòng dài gần bằng nhau. Muốn xuống dòng ở "
                                 "chỗ nào (để không tách đôi một tên riêng), bấm Enter ở chỗ đó."))
        kinh_gui = LinesBlock(lambda: r.kinh_gui, self._set("kinh_gui"), self.edited.emit, lines=2,
                              placeholder=self.tr("Mỗi nơi một dòng; để trống nếu không có"))
        issuer = QLabel(" / ".join([r.issuer_parent, *r.issuer] if r.issuer_parent else r.issuer))
        issuer.setWordWrap(True)
        issuer.setToolTip(self.tr("Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)"))
        place = TextLine(lambda: r.place, self._set("place"), self.edited.emit)
        place.setMaximumWidth(text_size(place, PLACE_LETTERS, 1).width())
        legal_bases = LinesBlock(lambda: r.legal_bases, self._set("legal_bases"), self.edited.emit, lines=4,
                                 placeholder=self.tr("Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có"))
        # Alt+letter on each label; no letter of a menu (T, S, B, N, C, G), none on «Số» and «Căn cứ».
        form.addRow(self.tr("Cơ quan ban hành:"), issuer)
        form.addRow(buddy_label(self.tr("Số:"), number), number_row)
        form.addRow(buddy_label(self.tr("Địa &danh:"), place), place)
        form.addRow(buddy_label(self.tr("Ngà&y ban hành:"), date), date)
        form.addRow(buddy_label(self.tr("&Kỳ báo cáo:"), period), period)
        form.addRow(buddy_label(self.tr("T&rích yếu:"), title), title)
        form.addRow(buddy_label(self.tr("Kính gử&i:"), kinh_gui), kinh_gui)
        form.addRow(buddy_label(self.tr("Căn cứ:"), legal_bases), legal_bases)
        self.editors.update(number=number, place=place, date=date, period=period, title=title, kinh_gui=kinh_gui,
                            legal_bases=legal_bases)
        return box

    def set_period(self, value: str) -> None:
        old, self.report.period = self.report.period, value
        self._retitle(old, value)
        self.period_changed.emit()

    def _retitle(self, old: str, new: str) -> None:
        """The title names the period as documents write it («… 9 tháng đầu năm 2025»): a new period
        replaces the old one's name there, when the title holds it."""
        try:
            before, after = label(parse_period(old)), label(parse_period(new))
        except (BaocaoError, ValueError):
            return
        if before == after or before not in self.report.title:
            return
        self.report.title = self.report.title.replace(before, after)
        title = self.editors["title"]
        assert isinstance(title, TextBlock)
        title.blockSignals(True)
        title.setPlainText(self.report.title)
        title.blockSignals(False)

    def _set_date(self, value: object) -> None:
        self.report.date = value  # type: ignore[assignment]
        if value is not None:
            self.report.year = value.year  # type: ignore[attr-defined]

    def content_page(self, line_spacing: int) -> QWidget:
        """«Nội dung»: the opening, the sections (`line_spacing` sizes their outline), the closing, the footnotes."""
        r = self.report
        box = QWidget()
        layout = QVBoxLayout(box)
        opening = TextBlock(lambda: r.opening, self._set("opening"), self.edited.emit, lines=4)
        outline = OutlineEditor()
        outline.set_sections(r.sections)
        outline.changed.connect(self.edited)
        outline.setMinimumHeight(line_spacing * OUTLINE_LINES)
        closing = TextBlock(lambda: r.closing, self._set("closing"), self.edited.emit, lines=2)
        footnotes = LinesBlock(lambda: r.footnotes, self._set("footnotes"), self.edited.emit, lines=2,
                               placeholder=self.tr("Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài"))
        layout.addWidget(buddy_label(self.tr("Đ&oạn mở đầu:"), opening))
        layout.addWidget(opening)
        layout.addWidget(buddy_label(self.tr("Các &mục (I., 1., a)):"), outline))
        layout.addWidget(outline, 1)
        layout.addWidget(buddy_label(self.tr("Đoạn &kết thúc:"), closing))
        layout.addWidget(closing)
        layout.addWidget(buddy_label(self.tr("Chú t&hích cuối trang:"), footnotes))
        layout.addWidget(footnotes)
        self.editors.update(opening=opening, outline=outline, closing=closing, footnotes=footnotes)
        return box

    def closing_page(self) -> QWidget:
        """«Nơi nhận, người ký»: the recipients beside the signer."""
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(self._recipients_group(), 1)
        layout.addWidget(self._signer_group(), 1)
        return page

    def appendix_page(self, appendix: Appendix) -> QWidget:
        """An appendix: its heading above a grid for each of its tables."""
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(f"<b>{appendix.label}: {appendix.title}</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for table in appendix.tables:
            model = TableModel(table, self.history, self.lang)
            model.edited.connect(self.edited)
            editor = TableEditor(model)
            self.tables[table.id] = editor
            layout.addWidget(editor, 1)
        return page

    def _recipients_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nơ&i nhận"))  # Alt+I: the box's first field
        layout = QVBoxLayout(box)
        recipients = LinesBlock(lambda: self.report.recipients, self._set("recipients"),
                                self.edited.emit, lines=5,
                                placeholder=self.tr("Mỗi nơi nhận một dòng, dòng cuối: Lưu: VT, ..."))
        recipients.setAccessibleName(self.tr("Nơi nhận"))
        layout.addWidget(recipients)
        self.editors["recipients"] = recipients
        return box

    def _signer_group(self) -> QGroupBox:
        signer = self.report.signer
        box = QGroupBox(self.tr("Người ký"))
        outer = QVBoxLayout(box)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the rows stay together at the top of a tall box

        def set_signer(attribute: str) -> Callable[[object], None]:
            return lambda value: setattr(signer, attribute, value)

        labels = {"": self.tr("(không ghi)"), "TM.": self.tr("TM. (thay mặt)"),
                  "KT.": self.tr("KT. (ký thay)"), "TL.": self.tr("TL. (thừa lệnh)"),
                  "TUQ.": self.tr("TUQ. (thừa ủy quyền)"), "Q.": self.tr("Q. (quyền)"),
                  "T/M": self.tr("T/M (thay mặt, văn bản của Đảng)"), "K/T": self.tr("K/T (ký thay, văn bản của Đảng)"),
                  "T/L": self.tr("T/L (thừa lệnh, văn bản của Đảng)")}
        authority = Choice([(a, labels[a]) for a in AUTHORITIES], lambda: signer.authority,
                           set_signer("authority"), self.edited.emit)
        on_behalf = TextLine(lambda: signer.on_behalf_of, set_signer("on_behalf_of"), self.edited.emit)
        position = TextBlock(lambda: signer.position, set_signer("position"), self.edited.emit,
                             lines=2, placeholder=self.tr("Mỗi dòng chức vụ một dòng"))
        name = TextLine(lambda: signer.name, set_signer("name"), self.edited.emit)
        form.addRow(buddy_label(self.tr("Thẩm &quyền:"), authority), authority)
        form.addRow(buddy_label(self.tr("Th&ay mặt / ký thay cho:"), on_behalf), on_behalf)
        form.addRow(buddy_label(self.tr("Chức &vụ:"), position), position)
        form.addRow(buddy_label(self.tr("&Họ và tên:"), name), name)
        self.editors.update(authority=authority, on_behalf_of=on_behalf, position=position,
                            signer_name=name)
        return box
