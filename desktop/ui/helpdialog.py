"""F1: a short help page — what to do first, the main actions and their keys."""

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.geometry import fit_dialog, text_size

# (keys, what they do); the keys are the same in every language.
SHORTCUTS = (
    ("Ctrl+N", QT_TRANSLATE_NOOP("HelpDialog", "Lập báo cáo mới")),
    ("Ctrl+O", QT_TRANSLATE_NOOP("HelpDialog", "Mở tệp báo cáo (.json)")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("HelpDialog", "Lưu ngay (phần mềm vẫn tự lưu sau mỗi lần sửa)")),
    ("Ctrl+Z / Ctrl+Y", QT_TRANSLATE_NOOP("HelpDialog", "Hoàn tác / làm lại")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("HelpDialog", "Tìm chữ trong báo cáo (Enter hoặc F3: chỗ tiếp theo)")),
    ("F7", QT_TRANSLATE_NOOP("HelpDialog", "Kiểm tra lỗi")),
    ("F8 / Shift+F8", QT_TRANSLATE_NOOP("HelpDialog", "Đến lỗi hoặc cảnh báo sau / trước")),
    ("Ctrl+Page Down / Ctrl+Page Up", QT_TRANSLATE_NOOP("HelpDialog", "Sang trang sau / trang trước của báo cáo")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("HelpDialog", "Sang ô sau / ô trước")),
    ("Alt+R, Alt+D, …", QT_TRANSLATE_NOOP("HelpDialog", "Đến ô có nhãn gạch chân chữ đó (Alt+R: Trích yếu)")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("HelpDialog", "Xem trước và in PDF")),
    ("Ctrl+Shift+F", QT_TRANSLATE_NOOP("HelpDialog", "Hoàn tất báo cáo (cần số và ngày ban hành)")),
    ("Ctrl+Insert / Ctrl+Delete", QT_TRANSLATE_NOOP("HelpDialog", "Thêm / xóa dòng trong bảng")),
    ("Ctrl+Shift+Insert", QT_TRANSLATE_NOOP("HelpDialog", "Thêm dòng nhóm trong bảng; thêm mục con trong "
                                                          "danh sách các mục")),
    ("F2", QT_TRANSLATE_NOOP("HelpDialog", "Sửa ô đang chọn trong bảng, hoặc tên mục đang chọn")),
    ("Ctrl+Up / Ctrl+Down", QT_TRANSLATE_NOOP("HelpDialog", "Chuyển mục đang chọn lên / xuống")),
    ("Ctrl+V", QT_TRANSLATE_NOOP("HelpDialog", "Dán một vùng ô từ Excel vào bảng")),
    ("F1", QT_TRANSLATE_NOOP("HelpDialog", "Trợ giúp này")),
)


class HelpDialog(QDialog):
    """The steps of a report and the keyboard shortcuts, in the interface's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trợ giúp"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(self.tr("Trợ giúp"))
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_dialog(self, text_size(self, 106, 40))

    def html(self) -> str:
        steps = [
            self.tr("Chọn đơn vị hành chính (Cài đặt → Đơn vị hành chính) một lần."),
            self.tr("Bấm «Báo cáo mới», chọn loại báo cáo; kỳ báo cáo chọn ở trang «Thông tin văn bản»."),
            self.tr("Điền các trang: nội dung, nơi nhận, người ký và các phụ lục; thay mọi dấu «…» bằng "
                    "nội dung thật. Mọi thay đổi được tự lưu."),
            self.tr("Xem danh sách lỗi và cảnh báo dưới biểu mẫu; bấm đúp một dòng để đến chỗ cần sửa. "
                    "Cảnh báo có thể giải trình."),
            self.tr("Khi đã có số và ngày ban hành: Báo cáo → Hoàn tất. Nội dung bị khóa; muốn sửa thì lập "
                    "bản điều chỉnh."),
            self.tr("Tệp → Xuất tệp gửi đi hoặc Xuất tệp gửi cấp trên."),
        ]
        rows = "".join(f"<tr><td><b>{keys}</b></td><td>{self.tr(text)}</td></tr>" for keys, text in SHORTCUTS)
        return (f"<h3>{self.tr('Các bước lập một báo cáo')}</h3><ol>"
                + "".join(f"<li>{step}</li>" for step in steps)
                + f"</ol><h3>{self.tr('Phím tắt')}</h3><table cellpadding='3'>{rows}</table>")
