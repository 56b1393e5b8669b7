"""The catalogue of messages the core can show a user: a code, a Vietnamese and an English template."""

from dataclasses import dataclass

from desktop.core.exchange.messages import EXCHANGE_MESSAGES

CATALOGUE: dict[str, tuple[str, str]] = {
    "template.unreadable": (
        "Không đọc được tệp mẫu báo cáo {file}: {detail}",
        "Cannot read the report template file {file}: {detail}",
    ),
    "template.invalid": (
        "Tệp mẫu báo cáo {file} có lỗi ở trường «{field}»: {detail}",
        "The report template file {file} has an error in field «{field}»: {detail}",
    ),
    "template.duplicate": (
        "Hai tệp mẫu báo cáo cùng mã «{id}»: {file} và {other}",
        "Two report template files share the id «{id}»: {file} and {other}",
    ),
    "template.unknown": (
        "Không có mẫu báo cáo mã «{id}» trong thư mục forms/",
        "There is no report template with id «{id}» in the forms/ folder",
    ),
    "report.unreadable": (
        "Không đọc được tệp báo cáo {file}: {detail}",
        "Cannot read the report file {file}: {detail}",
    ),
    "report.invalid": (
        "Tệp báo cáo {file} có lỗi ở trường «{field}»: {detail}",
        "The report file {file} has an error in field «{field}»: {detail}",
    ),
    "report.not_found": (
        "Không tìm thấy báo cáo số {id} trong cơ sở dữ liệu",
        "Report {id} is not in the database",
    ),
    "report.locked": (
        "Báo cáo đã hoàn tất nên không sửa trực tiếp được. Muốn sửa, hãy lập bản điều chỉnh "
        "(Báo cáo → Lập bản điều chỉnh); bản đã ban hành vẫn được giữ nguyên",
        "The report is final and cannot be edited directly. To change it, make an amended version "
        "(Report → Make an amended version); the issued version is kept as it is",
    ),
    "report.issued": (
        "Báo cáo đã ban hành (có bản hoàn tất lưu trong cơ sở dữ liệu) nên không xóa được",
        "The report has been issued (a final version is stored) and cannot be deleted",
    ),
    "report.needs_number_date": (
        "Chưa hoàn tất được: văn bản cần có số và ngày ban hành trước khi hoàn tất",
        "Cannot finalise yet: the document needs its number and date of issue first",
    ),
    "report.not_final": (
        "Báo cáo chưa hoàn tất nên chưa đánh dấu đã gửi được",
        "The report is not final, so it cannot be marked as sent",
    ),
    "version.not_found": (
        "Báo cáo số {id} không có bản {version}",
        "Report {id} has no version {version}",
    ),
    "version.tampered": (
        "Bản {version} của báo cáo số {id} đã bị thay đổi ngoài phần mềm: tệp PDF không còn khớp mã "
        "kiểm tra SHA-256 lưu khi ban hành",
        "Version {version} of report {id} was changed outside the app: its PDF no longer matches the "
        "SHA-256 stored when it was issued",
    ),
    "unit.unknown": (
        "Mã đơn vị hành chính {unit_code} không có trong danh mục chính thức",
        "Administrative unit code {unit_code} is not in the official list",
    ),
    "db.unreadable": (
        "Không mở được cơ sở dữ liệu {file}: {detail}",
        "Cannot open the database {file}: {detail}",
    ),
    # ---- the database file, backups and restores (issue #5, points 4-8) ----
    "db.too_new": (
        "Cơ sở dữ liệu {file} được tạo bởi phiên bản baocao mới hơn (có bước cập nhật «{step}» mà phiên "
        "bản này không biết); hãy cập nhật phần mềm. Tệp không bị thay đổi.",
        "The database {file} was made by a newer version of baocao (it has the update step «{step}», "
        "unknown to this version); please update the app. The file was not changed.",
    ),
    "db.read_only": (
        "Tệp cơ sở dữ liệu {file} chỉ đọc được, không ghi được. Hãy bỏ thuộc tính «chỉ đọc» của tệp, "
        "hoặc chép tệp vào một thư mục ghi được (ví dụ thư mục Tài liệu) rồi mở lại. Tệp không bị thay đổi.",
        "The database file {file} can be read but not written. Clear the file's «read-only» attribute, "
        "or copy it to a folder you can write to (for example Documents) and open it again. "
        "The file was not changed.",
    ),
    "db.folder_read_only": (
        "Thư mục {folder} chỉ đọc được, không ghi được, nên không lưu được cơ sở dữ liệu {file} (phần mềm cần "
        "ghi thêm tệp nhật ký bên cạnh). Hãy chọn một thư mục ghi được, ví dụ thư mục Tài liệu.",
        "The folder {folder} can be read but not written, so the database {file} cannot be saved there "
        "(the app writes journal files beside it). Choose a folder you can write to, for example Documents.",
    ),
    "db.locked": (
        "Cơ sở dữ liệu {file} đang bị một chương trình khác khóa (có thể là một cửa sổ baocao khác, phần "
        "mềm sao lưu hoặc diệt virus). Hãy đóng chương trình đó rồi thử lại. Dữ liệu không bị thay đổi.",
        "The database {file} is locked by another program (another baocao window, a backup or antivirus "
        "program). Close that program and try again. Nothing was changed.",
    ),
    "db.in_use": (
        "Cơ sở dữ liệu {file} đang được mở trong một cửa sổ baocao khác. Hãy đóng cửa sổ đó rồi thử lại. "
        "Dữ liệu không bị thay đổi.",
        "The database {file} is open in another baocao window. Close that window and try again. "
        "Nothing was changed.",
    ),
    "db.read_only_mode": (
        "Cửa sổ này chỉ để xem: cơ sở dữ liệu {file} đang được mở trong một cửa sổ baocao khác. "
        "Hãy sửa ở cửa sổ đó. Thay đổi này chưa được lưu.",
        "This window can only show: the database {file} is open in another baocao window. "
        "Make changes there. This change was not saved.",
    ),
    "db.needs_upgrade": (
        "Cơ sở dữ liệu {file} cần cập nhật cấu trúc nhưng đang được mở trong một cửa sổ baocao khác "
        "(phiên bản cũ hơn). Hãy đóng cửa sổ đó rồi mở lại.",
        "The database {file} needs a structure update but is open in another (older) baocao window. "
        "Close that window and open it again.",
    ),
    "backup.failed": (
        "Không sao lưu được cơ sở dữ liệu {file} vào {destination}: {detail}",
        "Cannot back up the database {file} to {destination}: {detail}",
    ),
    "backup.same_file": (
        "Tệp sao lưu {file} chính là cơ sở dữ liệu đang dùng; hãy chọn tên hoặc thư mục khác.",
        "The backup file {file} is the database in use; choose another name or folder.",
    ),
    "backup.unreadable": (
        "Không đọc được tệp {file}: {detail}. Dữ liệu hiện tại không bị thay đổi.",
        "Cannot read the file {file}: {detail}. The current data were not changed.",
    ),
    "backup.not_sqlite": (
        "Tệp {file} không phải bản sao lưu của baocao (không phải tệp cơ sở dữ liệu SQLite). "
        "Dữ liệu hiện tại không bị thay đổi.",
        "The file {file} is not a baocao backup (it is not an SQLite database file). "
        "The current data were not changed.",
    ),
    "backup.corrupt": (
        "Tệp sao lưu {file} bị hỏng ({detail}); hãy chọn một bản sao lưu khác. "
        "Dữ liệu hiện tại không bị thay đổi.",
        "The backup file {file} is damaged ({detail}); choose another backup. "
        "The current data were not changed.",
    ),
    "backup.not_baocao": (
        "Tệp {file} là cơ sở dữ liệu SQLite nhưng không phải của baocao. Dữ liệu hiện tại không bị thay đổi.",
        "The file {file} is an SQLite database but not a baocao one. The current data were not changed.",
    ),
    "backup.too_new": (
        "Bản sao lưu {file} được tạo bởi phiên bản baocao mới hơn (có bước cập nhật «{step}»); hãy cập nhật "
        "phần mềm rồi khôi phục lại. Dữ liệu hiện tại không bị thay đổi.",
        "The backup {file} was made by a newer version of baocao (it has the update step «{step}»); "
        "update the app, then restore again. The current data were not changed.",
    ),
    "file.write_failed": (
        "Không ghi được tệp {file}: {detail}",
        "Cannot write the file {file}: {detail}",
    ),
    "number.invalid": (
        "Không hiểu số «{text}». Hãy gõ chữ số, dùng dấu chấm ngăn cách hàng nghìn và dấu phẩy trước phần "
        "thập phân, ví dụ 33.099 hoặc 99,77",
        "Cannot read the number «{text}». Type digits, with a dot between thousands and a comma before "
        "the decimals, for example 33.099 or 99,77",
    ),
    "number.ambiguous": (
        "Không hiểu số «{text}»: dấu phẩy là dấu thập phân, không dùng để ngăn cách hàng nghìn. "
        "Nếu là số {plain}, gõ {grouped} hoặc {plain}",
        "Cannot read the number «{text}»: a comma marks the decimals, not thousands. "
        "If you mean {plain}, type {grouped} or {plain}",
    ),
    "number.not_integer": (
        "Ô này chỉ nhận số nguyên, nhưng «{text}» có phần thập phân (dấu phẩy là dấu thập phân). "
        "Hãy gõ số nguyên, ví dụ 33.099 hoặc 33099",
        "This field takes whole numbers only, but «{text}» has decimals (a comma marks the decimals). "
        "Type a whole number, for example 33.099 or 33099",
    ),
    "number.too_long": (
        "Số «{text}» có hơn {limit} chữ số. Hãy kiểm tra lại, hoặc dùng đơn vị lớn hơn (tỷ đồng thay cho đồng)",
        "The number «{text}» has more than {limit} digits. Check it, or use a larger unit "
        "(billion đồng instead of đồng)",
    ),
    "number.ratio_invalid": (
        "Không hiểu tỷ lệ «{text}». Hãy gõ hai số cách nhau bởi dấu gạch chéo, ví dụ 1.769/1.772",
        "Cannot read the ratio «{text}». Type two numbers separated by a slash, for example 1.769/1.772",
    ),
    "period.last": (
        "Không có kỳ nào sau kỳ {period} để lập báo cáo",
        "There is no period after {period} to make a report for",
    ),
    "period.invalid": (
        "Không hiểu kỳ báo cáo «{text}». Hãy ghi năm (2025), quý (2025-Q3), 6 tháng đầu năm (2025-6M), "
        "9 tháng đầu năm (2025-9M) hoặc giai đoạn (2022-2025)",
        "Cannot read the reporting period «{text}». Write a year (2025), a quarter (2025-Q3), the first "
        "6 months (2025-6M), the first 9 months (2025-9M) or a stage (2022-2025)",
    ),
    "check.required": (
        "chưa điền; phải điền trước khi hoàn tất báo cáo",
        "is empty; fill it in before finalising the report",
    ),
    "check.recommended": (
        "chưa điền (văn thư có thể điền khi phát hành)",
        "is empty (the records officer may fill it in on issue)",
    ),
    "check.number_format": (
        "số văn bản «{value}» chỉ được gồm chữ số, ví dụ 05 hoặc 132",
        "the document number «{value}» must be digits only, e.g. 05 or 132",
    ),
    "check.date_future": (
        "ngày {date} chưa đến; ngày ban hành không được sau hôm nay",
        "{date} is in the future; the date of issue cannot be after today",
    ),
    "check.date_year": (
        "ngày {date} không thuộc năm {year} của văn bản",
        "{date} is not in the document's year {year}",
    ),
    "check.footnote_missing": (
        "có dấu chú thích [^{n}] nhưng chưa có lời chú thích số {n}",
        "the footnote mark [^{n}] has no note {n}",
    ),
    "check.footnote_unused": (
        "chú thích số {n} chưa được đánh dấu [^{n}] ở đâu trong văn bản",
        "note {n} is not marked [^{n}] anywhere in the text",
    ),
    "check.recipient_end": (
        "dòng «{line}» nên kết thúc bằng «{end}»",
        "the line «{line}» should end with «{end}»",
    ),
    "check.heading_case": (
        "tiêu đề mục {labels} đang viết chữ thường; Nghị định 30 quy định tiêu đề các mục I, II, … viết chữ in hoa",
        "the headings of sections {labels} are not in capitals; Decree 30 sets the headings I, II, … in capitals",
    ),
    "check.closing_end": (
        "đoạn kết nên kết thúc bằng dấu «./.»",
        "the closing paragraph should end with «./.»",
    ),
    "check.not_a_number": (
        "«{value}» không phải là số",
        "«{value}» is not a number",
    ),
    "check.negative": (
        "số {value} bị âm; số liệu không được âm",
        "{value} is negative; figures cannot be negative",
    ),
    "check.not_integer": (
        "{value} không phải số nguyên; ô này đếm số lượng",
        "{value} is not a whole number; this cell counts items",
    ),
    "check.percent_range": (
        "tỷ lệ {value} vượt quá 100%",
        "the percentage {value} is above 100%",
    ),
    "check.choice": (
        "«{value}» không có trong danh sách: {options}",
        "«{value}» is not in the list: {options}",
    ),
    "check.cell_required": (
        "ô này phải điền",
        "this cell must be filled in",
    ),
    "check.ratio_above": (
        "tử số {numerator} lớn hơn mẫu số {denominator}",
        "the numerator {numerator} is greater than the denominator {denominator}",
    ),
    "check.sum": (
        "tổng {total} không bằng {parts} = {sum}",
        "the total {total} does not equal {parts} = {sum}",
    ),
    "check.jump": (
        "thay đổi lớn so với {period} ({before} → {now}); kiểm tra lại hoặc giải trình",
        "big change from {period} ({before} → {now}); check it or explain it",
    ),
    "report.has_errors": (
        "Báo cáo còn {count} lỗi; sửa hết lỗi rồi mới hoàn tất được",
        "The report still has {count} error(s); fix them before finalising",
    ),
    "cell.choice": (
        "«{value}» không có trong danh sách: {options}",
        "«{value}» is not in the list: {options}",
    ),
    "cell.not_applicable": (
        "ô «{column}» không dùng cho dòng này",
        "the cell «{column}» does not apply to this row",
    ),
    "cell.too_long": (
        "nội dung dài quá {limit} ký tự",
        "the text is longer than {limit} characters",
    ),
    "cell.computed": (
        "cột «{column}» được tính tự động, không gõ vào được",
        "the column «{column}» is computed and cannot be typed into",
    ),
    "table.fixed_rows": (
        "bảng «{table}» có số dòng cố định theo mẫu, không thêm hay xóa dòng được",
        "the table «{table}» has the template's fixed rows; rows cannot be added or removed",
    ),
    "date.invalid": (
        "Không hiểu ngày «{text}»: gõ dạng 07/10/2025 hoặc «ngày 07 tháng 10 năm 2025»",
        "Cannot read the date «{text}»: type 07/10/2025 or «ngày 07 tháng 10 năm 2025»",
    ),
    "date.not_a_day": (
        "Ngày «{text}» không có trên lịch",
        "The date «{text}» does not exist",
    ),
}
CATALOGUE.update(EXCHANGE_MESSAGES)

LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class Message:
    """A coded message with the values for its placeholders."""

    code: str
    context: dict[str, object]

    def text(self, lang: str = "vi") -> str:
        vi, en = CATALOGUE[self.code]
        template = en if lang == "en" else vi
        return template.format(**self.context)
