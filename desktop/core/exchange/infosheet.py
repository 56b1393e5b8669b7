"""The first sheet of an export file: what the file is, for the person who opens it."""

from openpyxl import Workbook

from desktop import __version__
from desktop.core.document import Report
from desktop.core.exchange.manifest import Origin
from desktop.core.exchange.sheets import print_a4, put
from desktop.core.periods import label, parse_period
from desktop.core.vnformat import short_date

SHEET = "Thông tin tệp"
NOTE = ("Tệp này do phần mềm baocao xuất ra và được ký số. Sửa bất kỳ ô nào thì cấp trên sẽ không nhận tệp. "
        "Muốn sửa số liệu, hãy lập bản điều chỉnh trong phần mềm rồi xuất lại tệp.")


def add_info_sheet(book: Workbook, report: Report, origin: Origin, *, data_sha256: str, fingerprint: str) -> None:
    sheet = book.create_sheet(SHEET)
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 80
    put(sheet, 1, 1, "THÔNG TIN TỆP BÁO CÁO GỬI CẤP TRÊN", bold=True)
    for index, (name, value) in enumerate(_lines(report, origin, data_sha256, fingerprint), start=3):
        put(sheet, index, 1, name, bold=True)
        put(sheet, index, 2, value, wrap=True)
    note = sheet.max_row + 2
    put(sheet, note, 1, "Lưu ý", bold=True)
    put(sheet, note, 2, NOTE, wrap=True)
    sheet.row_dimensions[note].height = 45  # three lines: Excel does not grow a row openpyxl wrote
    print_a4(sheet)


def _lines(report: Report, origin: Origin, data_sha256: str, fingerprint: str) -> list[tuple[str, str]]:
    unit = report.unit
    at = origin.exported_at
    return [
        ("Đơn vị báo cáo", f"{unit.name} (mã {unit.code})" if unit else ""),
        ("Tỉnh, thành phố", unit.province_name if unit else ""),
        ("Báo cáo", report.title),
        ("Số, ký hiệu", f"{report.number}/{report.symbol}" if report.number else report.symbol),
        ("Ngày ban hành", short_date(report.date) if report.date else ""),
        ("Kỳ báo cáo", label(parse_period(report.period))),
        ("Mẫu báo cáo", f"{report.template_id} (phiên bản {report.template_version})"),
        ("Bản", str(origin.revision) if origin.revision == 1 else f"{origin.revision} (bản điều chỉnh)"),
        ("Mã kiểm tra bản trước", origin.previous_sha256 or "(bản đầu tiên)"),
        ("Thời điểm xuất tệp", f"{at:%H:%M} ngày {short_date(at.date())}"),
        ("Phần mềm", f"baocao {__version__}"),
        ("Mã kiểm tra dữ liệu (SHA-256)", data_sha256),
        ("Dấu vân tay khóa ký", fingerprint),
    ]
