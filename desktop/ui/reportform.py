"""The form of one report, generated from its template: every printed text and table can be edited here."""

import datetime
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.document import AUTHORITIES as SIGNER_AUTHORITIES
from desktop.core.document import Appendix, Report
from desktop.core.errors import BaocaoError
from desktop.core.history import PastValue
from desktop.core.periods import choices, label, parse_period
from desktop.core.template import Template
from desktop.core.validate import ERROR, Issue, validate
from desktop.ui.editors import Choice, LinesBlock, OptionalDate, TextBlock, TextLine
from desktop.ui.findbar import FindBar, Hit
from desktop.ui.geometry import text_size
from desktop.ui.issuespanel import IssuesPanel
from desktop.ui.outlineeditor import OutlineEditor
from desktop.ui.tableeditor import TableEditor
from desktop.ui.tablemodel import TableModel

# Where each field of an issue is edited: (editor key, tab index).
FIELD_EDITORS = {
    "number": ("number", 0), "date": ("date", 0), "title": ("title", 0), "place": ("place", 0),
    "kinh_gui": ("kinh_gui", 0), "legal_bases": ("legal_bases", 0), "opening": ("opening", 1),
    "sections": ("outline", 1), "closing": ("closing", 1), "footnotes": ("footnotes", 1),
    "recipients": ("recipients", 2), "signer.position": ("position", 2), "signer.name": ("signer_name", 2),
}

AUTHORITIES = ["", *SIGNER_AUTHORITIES]
# Sizes in letters and lines of the font, not pixels, so they hold at 150 % and 200 % scaling (#15).
PLACE_LETTERS = 45
OUTLINE_LINES = 14
PAGE_LINES, PANEL_LINES = 36, 6  # the first split between the form and its issues panel


class ReportForm(QWidget):
    """Edits a Report in place.

    Signals:
        changed(): any value of the report was edited.
        checked(list): the report was validated; the list of issues.
        period_changed(): the reporting period was changed (the earlier periods differ).
    """

    changed = Signal()
    checked = Signal(list)
    period_changed = Signal()

    def __init__(self, report: Report, template: Template, *, today: datetime.date | None = None,
                 history: Mapping[str, Sequence[PastValue]] | None = None, lang: str = "vi",
                 check_ms: int = 300, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.template = template
        self.today = today or datetime.date.today()
        self.history = history or {}
        self.lang = lang
        self.editors: dict[str, QWidget] = {}
        self.tables: dict[str, TableEditor] = {}
        self.issues: list[Issue] = []
        self.read_only = False
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("background: #e7f1ff; color: #084298; padding: 6px;")
        self.notice.hide()
        # Read-only fields on the window's grey: they look shown, not waiting for typing.
        self.setStyleSheet('QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"] '
                           "{ background: palette(window); }")
        self.tabs = QTabWidget()
        self.tabs.tabBar().setAccessibleName(self.tr("Các trang của báo cáo"))
        self.tabs.tabBar().setAccessibleDescription(self.tr("Ctrl+Page Down, Ctrl+Page Up: trang sau, trang trước"))
        for arrow in self.tabs.tabBar().findChildren(QToolButton):  # shown when the tabs overflow (150 %)
            arrow.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys turn the pages: Tab goes on into the page
        # Every page scrolls rather than asking for more height than a 1366×768 screen has (#11).
        self._add_page(self._identity_page(), self.tr("Thông tin văn bản"))
        self._add_page(self._content_group(), self.tr("Nội dung"))
        self._add_page(self._closing_page(), self.tr("Nơi nhận, người ký"))
        for appendix in report.appendices:
            self._add_page(self._appendix_page(appendix), appendix.label)
        self.panel = IssuesPanel(lang)
        self.panel.activated.connect(self.go_to)
        self.panel.explained.connect(self.explain)
        self.panel.check_requested.connect(self.check_now)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        line = self.fontMetrics().lineSpacing()  # the panel starts a few lines high, the form takes the rest
        splitter.setSizes([PAGE_LINES * line, PANEL_LINES * line])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(splitter)
        self.find_bar = FindBar(report)
        self.find_bar.go.connect(self.show_hit)
        self.find_bar.hide()
        layout.addWidget(self.find_bar)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(check_ms)
        self._check_timer.timeout.connect(self.check_now)
        self._keys()
        self.check_now()

    def _keys(self) -> None:
        """F8 and Shift+F8 go to the next and previous problem; Ctrl+Page Down / Up (and Ctrl+Tab,
        Ctrl+Shift+Tab) to the next and previous page, from any field, a table's cell too. F7 (check) is
        the window's: a second F7 here would make the key ambiguous, and Qt then runs neither."""
        for keys, slot in (("F8", lambda: self.panel.step(1)), ("Shift+F8", lambda: self.panel.step(-1))):
            QShortcut(QKeySequence(keys), self, slot)
        for keys, step in (("Ctrl+PgDown", 1), ("Ctrl+Tab", 1), ("Ctrl+PgUp", -1), ("Ctrl+Shift+Tab", -1)):
            QShortcut(QKeySequence(keys), self, lambda step=step: self.turn_page(step),
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def turn_page(self, step: int) -> None:
        """Show the next (1) or previous (-1) page of the form, round the tabs."""
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + step) % self.tabs.count())

    def _edited(self) -> None:
        self._check_timer.start()
        self.changed.emit()

    def _add_page(self, widget: QWidget, title: str) -> None:
        """A tab whose page scrolls. The scroll area takes no focus itself: Tab goes from the tab bar
        straight into the first field, and the area scrolls to each field the cursor reaches."""
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(widget)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setAccessibleName(title)
        self.tabs.addTab(area, title)

    @staticmethod
    def _label(text: str, editor: QWidget) -> QLabel:
        """The label of `editor`: its Alt+letter («T&rích yếu:») puts the cursor there, and a screen
        reader names the editor as the label says."""
        label = QLabel(text)
        label.setBuddy(editor)
        editor.setAccessibleName(text.replace("&", "").rstrip(": "))
        return label

    # ---- validation ----

    def check_now(self) -> list[Issue]:
        """Validate the report now; the panel and the grids show the result."""
        self._check_timer.stop()
        self.issues = validate(self.report, self.template, today=self.today, history=self.history)
        self.panel.show_issues(self.issues)
        marks: dict[str, dict[tuple[int, str], tuple[str, str]]] = {t: {} for t in self.tables}
        for issue in self.issues:
            table_id = issue.place.field.removeprefix("table:")
            if table_id in marks and (issue.place.row, issue.place.column) not in marks[table_id]:
                marks[table_id][(issue.place.row, issue.place.column)] = (issue.level, issue.message.text(self.lang))
        for table_id, editor in self.tables.items():
            editor.model.set_marks(marks[table_id])
        self.checked.emit(self.issues)
        return self.issues

    def go_to(self, issue: Issue) -> None:
        """Show the field or cell of an issue and put the cursor there."""
        self.go_to_place(issue.place.field, issue.place.row, issue.place.column)

    def go_to_place(self, field: str, row: int = -1, column: str = "") -> QWidget | None:
        """Show a field ('title') or a cell ('table:<id>', row, column key) and put the cursor there;
        returns the widget that has it."""
        if field.startswith("table:"):
            editor = self.tables.get(field.removeprefix("table:"))
            keys = [c.key for c in editor.model.table.columns] if editor else []
            if editor is None or column not in keys:
                return None
            self.show_tab_of(editor)
            index = editor.model.index(row, keys.index(column))
            editor.grid.setCurrentIndex(index)
            editor.grid.scrollTo(index)
            editor.grid.setFocus()
            return editor.grid
        key, tab = FIELD_EDITORS.get(field, ("", 0))
        self.tabs.setCurrentIndex(tab)
        widget = self.editors.get(key)
        if widget is not None:
            widget.setFocus()
        return widget

    def show_hit(self, hit: Hit, length: int) -> None:
        """Go to a place the find bar found, the words found selected."""
        if hit.field == "sections":
            outline = self.editors["outline"]
            assert isinstance(outline, OutlineEditor)
            self.show_tab_of(outline)
            outline.select(hit.path, hit.column == "text", hit.start, length)
            return
        widget = self.go_to_place(hit.field, hit.row, hit.column)
        if isinstance(widget, QLineEdit):
            widget.setSelection(hit.start, length)
        elif isinstance(widget, QPlainTextEdit):
            cursor = widget.textCursor()
            cursor.setPosition(hit.start)
            cursor.setPosition(hit.start + length, cursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()

    def find(self) -> None:
        """Ctrl+F: the find bar, its words selected."""
        self.find_bar.open()

    def explain_finalise(self, needs: list[Issue]) -> list[Issue]:
        """Before finalising: check, and list at the top of the panel what finalising still needs (the
        number, the date) besides the errors; says it above the list. Returns all that blocks."""
        issues = self.check_now()
        blocking = [*needs, *(i for i in issues if i.level == ERROR)]
        if blocking:
            self.panel.show_issues([*needs, *issues])
            self.panel.show_notice(self.tr("Chưa hoàn tất được: hãy sửa {0} mục dưới đây (bấm đúp để đến chỗ "
                                           "cần sửa), rồi chọn lại Hoàn tất.").format(len(blocking)))
            self.go_to(blocking[0])
        return blocking

    # ---- the place the clerk is at: kept when the form is built again (undo, redo) ----

    def place(self) -> dict[str, object]:
        """The tab, the section, the table cell and the field that has the cursor."""
        outline = self.editors["outline"]
        assert isinstance(outline, OutlineEditor)
        has = self.focusWidget()
        focused = next((k for k, w in self.editors.items() if has is not None and (w is has or w.isAncestorOf(has))),
                       "")
        cells = {table_id: (e.grid.currentIndex().row(), e.grid.currentIndex().column())
                 for table_id, e in self.tables.items() if e.grid.currentIndex().isValid()}
        grid = next((t for t, e in self.tables.items() if e.grid.hasFocus()), "")
        return {"tab": self.tabs.currentIndex(), "section": outline.current_path(), "cells": cells,
                "focused": focused, "grid": grid}

    def restore_place(self, place: dict[str, object]) -> None:
        """Go back to a place(): the same tab, section and cells, the cursor in the same field."""
        self.tabs.setCurrentIndex(int(place.get("tab", 0)))  # type: ignore[call-overload]
        outline = self.editors["outline"]
        assert isinstance(outline, OutlineEditor)
        section = place.get("section")
        if isinstance(section, tuple):
            outline.select(section)
        for table_id, (row, column) in place.get("cells", {}).items():  # type: ignore[attr-defined]
            editor = self.tables.get(table_id)
            if editor is not None and row < editor.model.rowCount() and column < editor.model.columnCount():
                editor.grid.setCurrentIndex(editor.model.index(row, column))
                editor.grid.scrollTo(editor.model.index(row, column))
        grid = self.tables.get(str(place.get("grid", "")))
        widget = grid.grid if grid is not None else self.editors.get(str(place.get("focused", "")))
        if widget is not None:
            widget.setFocus()

    def show_tab_of(self, widget: QWidget) -> None:
        """Bring forward the tab that holds `widget` (inside its page's scroll area)."""
        page: QWidget | None = widget
        while page is not None and self.tabs.indexOf(page) < 0:
            page = page.parentWidget()
        if page is not None:
            self.tabs.setCurrentWidget(page)

    def explain(self, issue: Issue, text: str) -> None:
        """Keep the clerk's giải trình with the value the warning is about."""
        table = self.report.table(issue.place.field.removeprefix("table:"))
        if self.read_only or table is None or not 0 <= issue.place.row < len(table.rows):
            return
        explanations = table.rows[issue.place.row].explanations
        if text:
            explanations[issue.place.column] = text
        else:
            explanations.pop(issue.place.column, None)
        self._edited()
        self.check_now()

    def set_read_only(self, read_only: bool, notice: str = "") -> None:
        """A finalised report (or one in a window that only reads) is shown, not edited: its text stays
        black and can be selected and copied; `notice` says why, above the tabs.

        Called after every save (the window updates its actions): unchanged, it touches nothing, so
        the field being edited keeps its cursor, selection and scroll."""
        if read_only == self.read_only and notice == self.notice.text():
            return
        self.read_only = read_only
        for widget in self.editors.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(read_only)
                widget.style().polish(widget)  # the style sheet reads readOnly only when polished
            elif isinstance(widget, OptionalDate | OutlineEditor):
                widget.set_read_only(read_only)
            else:
                widget.setEnabled(not read_only)
        for editor in self.tables.values():
            editor.set_read_only(read_only)
        self.panel.set_read_only(read_only)
        self.notice.setText(notice)
        self.notice.setVisible(read_only and bool(notice))

    def _set(self, attribute: str) -> Callable[[object], None]:
        return lambda value: setattr(self.report, attribute, value)

    def _identity_page(self) -> QWidget:
        r = self.report
        box = QWidget()
        outer = QVBoxLayout(box)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow (200 % scaling): field under label
        outer.addLayout(form)
        outer.addStretch(1)
        number = TextLine(lambda: r.number, self._set("number"), self._edited)
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
        date.edited.connect(self._edited)
        periods = [str(p) for p in choices(self.template.periods, self.today, count=8)]
        if r.period not in periods:
            periods.insert(0, r.period)
        period = Choice([(p, label(parse_period(p), self.lang)) for p in periods], lambda: r.period,
                        self._set_period, self._edited)
        title = TextBlock(lambda: r.title, self._set("title"), self._edited, lines=2)
        title.setToolTip(self.tr("Bản in tự chia trích yếu thành các dòng dài gần bằng nhau. Muốn xuống dòng ở "
                                 "chỗ nào (để không tách đôi một tên riêng), bấm Enter ở chỗ đó."))
        kinh_gui = LinesBlock(lambda: r.kinh_gui, self._set("kinh_gui"), self._edited, lines=2,
                              placeholder=self.tr("Mỗi nơi một dòng; để trống nếu không có"))
        issuer = QLabel(" / ".join([r.issuer_parent, *r.issuer] if r.issuer_parent else r.issuer))
        issuer.setWordWrap(True)
        issuer.setToolTip(self.tr("Lấy từ đơn vị hành chính đã chọn (Cài đặt → Đơn vị hành chính)"))
        place = TextLine(lambda: r.place, self._set("place"), self._edited)
        place.setMaximumWidth(text_size(place, PLACE_LETTERS, 1).width())
        legal_bases = LinesBlock(lambda: r.legal_bases, self._set("legal_bases"), self._edited, lines=4,
                                 placeholder=self.tr("Mỗi căn cứ một dòng: Căn cứ …; để trống nếu không có"))
        # Alt+letter on each label; no letter of a menu (T, S, B, N, C, G), none on «Số» and «Căn cứ».
        form.addRow(self.tr("Cơ quan ban hành:"), issuer)
        form.addRow(self._label(self.tr("Số:"), number), number_row)
        form.addRow(self._label(self.tr("Địa &danh:"), place), place)
        form.addRow(self._label(self.tr("Ngà&y ban hành:"), date), date)
        form.addRow(self._label(self.tr("&Kỳ báo cáo:"), period), period)
        form.addRow(self._label(self.tr("T&rích yếu:"), title), title)
        form.addRow(self._label(self.tr("Kính gử&i:"), kinh_gui), kinh_gui)
        form.addRow(self._label(self.tr("Căn cứ:"), legal_bases), legal_bases)
        self.editors.update(number=number, place=place, date=date, period=period, title=title, kinh_gui=kinh_gui,
                            legal_bases=legal_bases)
        return box

    def _set_period(self, value: str) -> None:
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

    def set_history(self, history: Mapping[str, Sequence[PastValue]]) -> None:
        """The earlier periods' values, again after the period changed."""
        self.history = history
        for editor in self.tables.values():
            editor.model.set_history(history)
        self.check_now()

    def _set_date(self, value: object) -> None:
        self.report.date = value  # type: ignore[assignment]
        if value is not None:
            self.report.year = value.year  # type: ignore[attr-defined]

    def _content_group(self) -> QWidget:
        r = self.report
        box = QWidget()
        layout = QVBoxLayout(box)
        opening = TextBlock(lambda: r.opening, self._set("opening"), self._edited, lines=4)
        outline = OutlineEditor()
        outline.set_sections(r.sections)
        outline.changed.connect(self._edited)
        outline.setMinimumHeight(self.fontMetrics().lineSpacing() * OUTLINE_LINES)
        closing = TextBlock(lambda: r.closing, self._set("closing"), self._edited, lines=2)
        footnotes = LinesBlock(lambda: r.footnotes, self._set("footnotes"), self._edited, lines=2,
                               placeholder=self.tr("Mỗi chú thích một dòng; dòng thứ n ứng với dấu [^n] trong bài"))
        layout.addWidget(self._label(self.tr("Đ&oạn mở đầu:"), opening))
        layout.addWidget(opening)
        layout.addWidget(self._label(self.tr("Các &mục (I., 1., a)):"), outline))
        layout.addWidget(outline, 1)
        layout.addWidget(self._label(self.tr("Đoạn &kết thúc:"), closing))
        layout.addWidget(closing)
        layout.addWidget(self._label(self.tr("Chú t&hích cuối trang:"), footnotes))
        layout.addWidget(footnotes)
        self.editors.update(opening=opening, outline=outline, closing=closing, footnotes=footnotes)
        return box

    def _closing_page(self) -> QWidget:
        page = QWidget()
        layout = QHBoxLayout(page)
        layout.addWidget(self._recipients_group(), 1)
        layout.addWidget(self._signer_group(), 1)
        return page

    def _appendix_page(self, appendix: Appendix) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        heading = QLabel(f"<b>{appendix.label}: {appendix.title}</b>")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        for table in appendix.tables:
            model = TableModel(table, self.history, self.lang)
            model.edited.connect(self._edited)
            editor = TableEditor(model)
            self.tables[table.id] = editor
            layout.addWidget(editor, 1)
        return page

    def _recipients_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Nơ&i nhận"))  # Alt+I: the box's first field
        layout = QVBoxLayout(box)
        recipients = LinesBlock(lambda: self.report.recipients, self._set("recipients"),
                                self._edited, lines=5,
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
                           set_signer("authority"), self._edited)
        on_behalf = TextLine(lambda: signer.on_behalf_of, set_signer("on_behalf_of"), self._edited)
        position = TextBlock(lambda: signer.position, set_signer("position"), self._edited,
                             lines=2, placeholder=self.tr("Mỗi dòng chức vụ một dòng"))
        name = TextLine(lambda: signer.name, set_signer("name"), self._edited)
        form.addRow(self._label(self.tr("Thẩm &quyền:"), authority), authority)
        form.addRow(self._label(self.tr("Th&ay mặt / ký thay cho:"), on_behalf), on_behalf)
        form.addRow(self._label(self.tr("Chức &vụ:"), position), position)
        form.addRow(self._label(self.tr("&Họ và tên:"), name), name)
        self.editors.update(authority=authority, on_behalf_of=on_behalf, position=position,
                            signer_name=name)
        return box
