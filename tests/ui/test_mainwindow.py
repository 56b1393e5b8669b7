"""The clerk's path: create a report, type, close the app, open it again, find everything."""

from conftest import type_text
from PySide6.QtCore import Qt

from desktop.core import bundle
from desktop.core.reportfile import read_report
from desktop.ui.preview import PreviewDialog


def edit(qtbot, widget, text):
    type_text(widget, text)


def test_typed_text_survives_closing_and_reopening(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    form = window.form
    assert form is not None
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        edit(qtbot, form.editors["number"], "132")
        form.editors["title"].selectAll()
        edit(qtbot, form.editors["title"], "Báo cáo thử: Trần Liễu, ữ ự ỹ")
        edit(qtbot, form.editors["signer_name"], "Trần Thị Tình")
    outline = form.editors["outline"]
    outline._tree.setCurrentItem(outline._tree.topLevelItem(1))
    with qtbot.waitSignal(window.autosaver.saved, timeout=2000):
        edit(qtbot, outline._text, "- 100% văn bản đi, đến được ký số.")
    report_id = window.report_id
    window.close()
    window.workspace.store.close()

    again = open_window()
    assert again.report_list.count() == 1
    again.open_report(report_id)
    report = again.report
    assert report.number == "132"
    assert report.title == "Báo cáo thử: Trần Liễu, ữ ự ỹ"
    assert report.signer.name == "Trần Thị Tình"
    assert report.sections[1].text == "- 100% văn bản đi, đến được ký số."
    assert again.form.editors["title"].toPlainText() == "Báo cáo thử: Trần Liễu, ữ ự ỹ"


def test_an_edit_is_in_the_database_within_a_second(qtbot, open_window):
    window = open_window(autosave_ms=400)  # the app's own delay
    window.new_report("so-ket-chien-luoc")
    edit(qtbot, window.form.editors["place"], "X")
    with qtbot.waitSignal(window.autosaver.saved, timeout=1000):
        pass
    stored = window.workspace.store.load_report(window.report_id)
    assert stored.place == "Trần LiễuX"


def test_a_save_refused_by_a_locked_file_is_tried_again_until_it_lands(qtbot, open_window, db_path):
    import sqlite3
    from contextlib import closing

    window = open_window()
    window.new_report("so-ket-chien-luoc")
    window.autosaver.retry_ms = 30
    window.workspace.store.db.execute("PRAGMA busy_timeout = 20")
    with closing(sqlite3.connect(db_path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")  # another program holds the file, e.g. a backup tool
        with qtbot.waitSignals([window.autosaver.failed, window.autosaver.failed], timeout=3000):
            edit(qtbot, window.form.editors["place"], "X")  # fails, then fails again on its own
        assert window.statusBar().currentMessage().startswith("CHƯA LƯU ĐƯỢC: ")
        assert window.autosaver.pending
        with qtbot.waitSignal(window.autosaver.saved, timeout=3000):
            other.execute("ROLLBACK")  # the file is free again; no further edit is needed
    assert not window.autosaver.pending
    assert window.statusBar().currentMessage().startswith("Đã lưu lúc ")
    assert window.workspace.store.load_report(window.report_id).place == "Trần LiễuX"


def test_closing_flushes_a_pending_edit(qtbot, open_window):
    window = open_window(autosave_ms=60_000)
    window.new_report("so-ket-chien-luoc")
    edit(qtbot, window.form.editors["opening"], " Thêm.")
    assert window.autosaver.pending
    report_id = window.report_id
    typed = window.form.editors["opening"].toPlainText()
    window.close()
    stored = window.workspace.store.load_report(report_id).opening
    assert "Thêm." in stored
    assert stored == typed


def test_sections_can_be_added_renamed_moved_and_removed(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    outline = window.form.editors["outline"]
    tree = outline._tree
    tree.setCurrentItem(tree.topLevelItem(4))  # V. KIẾN NGHỊ, ĐỀ XUẤT
    outline.add_section()
    tree.currentItem().setText(0, "TỔ CHỨC THỰC HIỆN")
    outline.move_section(-1)
    outline.add_subsection()
    tree.currentItem().setText(0, "Phân công")
    tree.setCurrentItem(tree.topLevelItem(2))  # III. KHÓ KHĂN, HẠN CHẾ
    outline.remove_section()
    headings = [s.heading for s in window.report.sections]
    assert headings == ["TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHIẾN LƯỢC", "KẾT QUẢ ĐẠT ĐƯỢC",
                        "PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM GIAI ĐOẠN 2026-2030",
                        "TỔ CHỨC THỰC HIỆN", "KIẾN NGHỊ, ĐỀ XUẤT"]
    assert [c.heading for c in window.report.sections[3].children] == ["Phân công"]
    window.autosaver.flush()
    stored = window.workspace.store.load_report(window.report_id)
    assert [s.heading for s in stored.sections] == headings


def test_outline_shows_numbered_labels(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    tree = window.form.editors["outline"]._tree
    delegate = tree.itemDelegate()
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    fourth = tree.topLevelItem(0).child(3)
    delegate.initStyleOption(option, tree.indexFromItem(fourth.child(1)))
    assert option.text == "b) Hoạt động kinh tế số"
    assert fourth.child(1).text(0) == "Hoạt động kinh tế số"


def test_sample_opens_in_the_app(qtbot, open_window):
    window = open_window()
    sample = sorted(bundle.samples_dir().glob("*.json"))[0]
    window.import_file(sample)
    assert window.report.title == read_report(sample).title
    assert window.form.editors["title"].toPlainText() == window.report.title


def test_preview_renders_the_open_report(qtbot, open_window, tmp_path):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    pdf = window.render_current(tmp_path)
    assert pdf.read_bytes().startswith(b"%PDF")
    dialog = PreviewDialog(pdf, "bao-cao.pdf", window)
    qtbot.addWidget(dialog)
    assert dialog.page_count() >= 1


def test_blank_date_checkbox(qtbot, open_window):
    window = open_window()
    window.new_report("so-ket-chien-luoc")
    date = window.form.editors["date"]
    qtbot.mouseClick(date.blank, Qt.MouseButton.LeftButton)
    assert window.report.date is None
    assert not date.date_edit.isEnabled()


def test_samples_are_listed_by_their_titles(qtbot, open_window):
    window = open_window()
    window.samples_menu.aboutToShow.emit()  # the samples are read when the menu first opens
    texts = [action.text() for action in window.samples_menu.actions()]
    assert len(texts) == len(list(bundle.samples_dir().glob("*.json")))
    assert ("Báo cáo sơ kết thực hiện Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo … (Trần Liễu)"
            in texts)
    assert not any(".json" in text or "so-ket-" in text for text in texts)
    sample = next(a for a in window.samples_menu.actions() if a.text().endswith("(Phú Thái)"))
    assert sample.toolTip() == read_report(bundle.samples_dir() / "so-ket-001-phu-thai.json").title
    sample.trigger()
    assert window.report.unit.name == "Xã Phú Thái"
    window.samples_menu.aboutToShow.emit()
    assert len(window.samples_menu.actions()) == len(texts)  # filled once


def answer_existing(qtbot, role, asked: list[str]) -> None:
    """Answer the «already in the list» question, from inside its own event loop, with the button of `role`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        assert box.buttonRole(box.defaultButton()) == QMessageBox.ButtonRole.AcceptRole  # Enter opens it
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    QTimer.singleShot(0, answer)


def test_opening_a_file_already_in_the_list_asks_instead_of_adding_it_again(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window()
    sample = bundle.samples_dir() / "so-ket-000-tran-lieu.json"
    monkeypatch.setattr("desktop.ui.reportactions.QFileDialog.getOpenFileName", lambda *_: (str(sample), ""))
    window.open_file()  # Tệp → Mở tệp báo cáo: not there yet, added without a question
    first = window.report_id
    assert window.report_list.count() == 1
    window.new_report("so-ket-chien-luoc")  # another report open meanwhile
    asked: list[str] = []
    answer_existing(qtbot, QMessageBox.ButtonRole.AcceptRole, asked)
    window.samples_menu.aboutToShow.emit()
    next(a for a in window.samples_menu.actions() if a.text().endswith("(Trần Liễu)")
         and a.text().startswith("Báo cáo sơ kết")).trigger()  # the same sample, from the menu
    assert asked and asked[0].startswith("Báo cáo này đã có trong danh sách (")
    assert asked[0].endswith("Mở báo cáo đã có hay thêm một bản mới?") and "132" in asked[0]
    assert window.report_id == first and window.report_list.count() == 2  # the one there, opened
    answer_existing(qtbot, QMessageBox.ButtonRole.RejectRole, asked)
    window.open_file()
    assert len(asked) == 2 and window.report_id == first and window.report_list.count() == 2
    answer_existing(qtbot, QMessageBox.ButtonRole.ActionRole, asked)
    window.open_file()  # a new copy, on purpose
    assert len(asked) == 3 and window.report_id != first and window.report_list.count() == 3
