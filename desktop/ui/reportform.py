"""The form of one report, generated from its template: every printed text and table can be edited here."""

import datetime
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
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

from desktop.core.document import Report
from desktop.core.history import PastValue
from desktop.core.template import Template
from desktop.core.validate import ERROR, Issue, validate
from desktop.ui.editors import OptionalDate
from desktop.ui.findbar import FindBar, Hit
from desktop.ui.formpages import FormPages
from desktop.ui.issuespanel import IssuesPanel
from desktop.ui.outlineeditor import OutlineEditor
from desktop.ui.tableeditor import TableEditor

# Where each field of an issue is edited: (editor key, tab index).
FIELD_EDITORS = {
    "number": ("number", 0), "date": ("date", 0), "title": ("title", 0), "place": ("place", 0),
    "kinh_gui": ("kinh_gui", 0), "legal_bases": ("legal_bases", 0), "opening": ("opening", 1),
    "sections": ("outline", 1), "closing": ("closing", 1), "footnotes": ("footnotes", 1),
    "recipients": ("recipients", 2), "signer.position": ("position", 2), "signer.name": ("signer_name", 2),
}

# The first split between the form and its issues panel, in lines of the font (#15).
PAGE_LINES, PANEL_LINES = 36, 6


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
        self.pages = FormPages(report, template, today=self.today, history=self.history, lang=lang, parent=self)
        self.pages.edited.connect(self._edited)
        self.pages.period_changed.connect(self.period_changed)
        self.editors: dict[str, QWidget] = self.pages.editors
        self.tables: dict[str, TableEditor] = self.pages.tables
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
        self._add_page(self.pages.identity_page(), self.tr("Thông tin văn bản"))
        self._add_page(self.pages.content_page(self.fontMetrics().lineSpacing()), self.tr("Nội dung"))
        self._add_page(self.pages.closing_page(), self.tr("Nơi nhận, người ký"))
        for appendix in report.appendices:
            self._add_page(self.pages.appendix_page(appendix), appendix.label)
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

    def _set_period(self, value: str) -> None:
        self.pages.set_period(value)

    def set_history(self, history: Mapping[str, Sequence[PastValue]]) -> None:
        """The earlier periods' values, again after the period changed."""
        self.history = history
        for editor in self.tables.values():
            editor.model.set_history(history)
        self.check_now()
