"""The catalogue of messages the core can show a user: a code, a Vietnamese and an English template."""

from dataclasses import dataclass

from desktop.core.dashboard_messages import DASHBOARD_MESSAGES
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
    # ---- #13: command line and report files ----
    "json.is_folder": (
        "{file} là một thư mục, không phải tệp; hãy chỉ ra một tệp .json",
        "{file} is a folder, not a file; name a .json file",
    ),
    "json.not_a_file": (
        "{file} không phải tệp thường (là thiết bị, ống FIFO hay socket) nên không được đọc; "
        "hãy chỉ ra một tệp .json",
        "{file} is not a regular file (it is a device, a FIFO or a socket), so it was not read; "
        "name a .json file",
    ),
    "json.too_big": (
        "Tệp {file} lớn quá {limit} MB, không phải tệp báo cáo",
        "The file {file} is larger than {limit} MB; it is not a report file",
    ),
    "json.not_utf8": (
        "Không đọc được tệp {file}: không phải văn bản UTF-8 (có byte lạ ở dòng {line}). "
        "Hãy lưu lại tệp với bảng mã UTF-8",
        "Cannot read the file {file}: it is not UTF-8 text (a stray byte on line {line}). "
        "Save the file again as UTF-8",
    ),
    "json.syntax": (
        "Không đọc được tệp {file}: sai cú pháp JSON ở dòng {line}, cột {column}",
        "Cannot read the file {file}: JSON syntax error on line {line}, column {column}",
    ),
    "json.too_deep": (
        "Tệp {file} lồng nhau quá sâu (hơn {limit} cấp, ở «{field}»), không phải tệp báo cáo",
        "The file {file} is nested too deeply (more than {limit} levels, at «{field}»); it is not a report file",
    ),
    "json.number_too_long": (
        "Tệp {file} có một số dài {digits} chữ số («{start}…»), quá {limit} chữ số mà một ô số liệu nhận",
        "The file {file} has a number of {digits} digits («{start}…»), more than the {limit} a figure can have",
    ),
    "json.number_too_big": (
        "Tệp {file} có số «{value}» lớn quá mức một máy tính ghi được",
        "The file {file} has the number «{value}», too large for a computer to hold",
    ),
    "json.not_a_number": (
        "Tệp {file} có giá trị «{value}», không phải là số; hãy xóa hoặc thay bằng một số",
        "The file {file} holds the value «{value}», which is not a number; delete it or put a number instead",
    ),
    "json.bad_character": (
        "Tệp {file} có ký tự hỏng {code} (nửa cặp UTF-16) ở «{field}»; hãy gõ lại đoạn chữ đó",
        "The file {file} has a broken character {code} (half of a UTF-16 pair) at «{field}»; retype that text",
    ),
    "report.missing": (
        "Không đọc được tệp báo cáo {file}: không có tệp này",
        "Cannot read the report file {file}: there is no such file",
    ),
    "report.no_permission": (
        "Không đọc được tệp báo cáo {file}: không có quyền đọc tệp này",
        "Cannot read the report file {file}: you are not allowed to read it",
    ),
    "report.number_as_text": (
        "Tệp báo cáo {file}, bảng «{table}», dòng {row}, cột «{column}»: số được ghi dạng chữ «{value}», "
        "không đọc chắc chắn được. Hãy nhập lại số trong phần mềm, hoặc trong tệp ghi chữ số không có dấu "
        "ngăn cách hàng nghìn, dấu chấm trước phần thập phân (ví dụ 1234.5)",
        "Report file {file}, table «{table}», row {row}, column «{column}»: the number is written as text "
        "«{value}» and cannot be read with certainty. Type it again in the app, or write digits in the file "
        "with no thousands separator and a dot before the decimals (for example 1234.5)",
    ),
    "report.unknown_template": (
        "Tệp báo cáo {file} theo mẫu «{id}», nhưng phần mềm không có mẫu này (các mẫu có: {known})",
        "The report file {file} follows the template «{id}», which this app does not have (it has: {known})",
    ),
    "render.same_file": (
        "Tệp PDF ra {output} chính là tệp báo cáo {file}; hãy chọn tên khác với -o. Không có gì bị ghi",
        "The output PDF {output} is the report file {file} itself; choose another name with -o. "
        "Nothing was written",
    ),
    "render.input_is_pdf": (
        "{file} là tệp PDF, không phải tệp báo cáo .json. Hãy chỉ ra tệp .json, và -o TỆP.pdf cho tệp ra. "
        "Không có gì bị ghi",
        "{file} is a PDF, not a .json report file. Name the .json file, and -o FILE.pdf for the output. "
        "Nothing was written",
    ),
    "file.disk_full": (
        "Đĩa đầy: không ghi được tệp {file}. Hãy giải phóng chỗ trống trên đĩa rồi thử lại; tệp cũ (nếu có) "
        "vẫn còn nguyên",
        "The disk is full: cannot write the file {file}. Free some space on the disk and try again; "
        "the old file, if any, is unchanged",
    ),
    "file.no_folder": (
        "Không ghi được tệp {file}: không có thư mục {folder}",
        "Cannot write the file {file}: there is no folder {folder}",
    ),
    "file.no_permission": (
        "Không ghi được tệp {file}: không có quyền ghi vào thư mục {folder} hay vào tệp này",
        "Cannot write the file {file}: you are not allowed to write in the folder {folder} or to this file",
    ),
    "file.read_only_disk": (
        "Không ghi được tệp {file}: ổ đĩa chỉ đọc được, không ghi được",
        "Cannot write the file {file}: the disk can be read but not written",
    ),
    "file.not_regular_output": (
        "{file} không phải tệp thường (là thiết bị, ống FIFO hay socket); phần mềm không ghi vào đó. "
        "Hãy chọn một tên tệp khác",
        "{file} is not a regular file (it is a device, a FIFO or a socket); the app does not write to it. "
        "Choose another file name",
    ),
    "forms.folder_missing": (
        "Không có thư mục mẫu báo cáo {folder}",
        "There is no template folder {folder}",
    ),
    "forms.not_a_folder": (
        "{folder} không phải thư mục; hãy chỉ ra thư mục chứa các tệp mẫu báo cáo (.toml)",
        "{folder} is not a folder; name the folder holding the report template files (.toml)",
    ),
    "forms.folder_empty": (
        "Thư mục {folder} không có tệp mẫu báo cáo (.toml) nào",
        "The folder {folder} holds no report template file (.toml)",
    ),
    "cli.interrupted": (
        "Đã dừng theo yêu cầu (Ctrl-C); không có gì bị thay đổi.",
        "Stopped on request (Ctrl-C); nothing was changed.",
    ),
    "cli.bug": (
        "Lỗi phần mềm: {detail}; chi tiết đã ghi vào {log}",
        "Software error: {detail}; the details were written to {log}",
    ),
    "cli.bug_unlogged": (
        "Lỗi phần mềm: {detail}; không ghi được chi tiết vào {log}",
        "Software error: {detail}; the details could not be written to {log}",
    ),
    "cli.export_needs_source": (
        "baocao export: cần tệp báo cáo .json hoặc --report SỐ",
        "baocao export: give a .json report file or --report ID",
    ),
    "cli.scope_needs_code": (
        "baocao scope province: cần mã tỉnh, thành phố (ví dụ 31)",
        "baocao scope province: give the province's code (for example 31)",
    ),
    # ---- #13: database, backups and restores ----
    "db.not_a_file": (
        "{file} không phải tệp thường (là thư mục, thiết bị, ống FIFO hay socket) nên không dùng làm cơ sở "
        "dữ liệu được. Hãy chỉ ra tệp cơ sở dữ liệu của baocao (thường tên là baocao.sqlite). Không có gì bị thay đổi.",
        "{file} is not a regular file (it is a folder, a device, a FIFO or a socket), so it cannot be a database. "
        "Name baocao's database file (usually baocao.sqlite). Nothing was changed.",
    ),
    "db.not_sqlite": (
        "Tệp {file} không phải cơ sở dữ liệu của baocao (không phải tệp SQLite), baocao không mở để khỏi làm "
        "hỏng nó. Hãy chỉ ra tệp cơ sở dữ liệu của baocao (thường tên là baocao.sqlite). Tệp không bị thay đổi.",
        "The file {file} is not a baocao database (it is not an SQLite file); baocao does not open it, so as "
        "not to damage it. Name baocao's database file (usually baocao.sqlite). The file was not changed.",
    ),
    "db.foreign": (
        "Tệp {file} là cơ sở dữ liệu của chương trình khác (có bảng «{table}»), baocao không mở để khỏi làm "
        "hỏng nó. Hãy chỉ ra tệp cơ sở dữ liệu của baocao, hoặc một tên tệp mới để tạo cơ sở dữ liệu mới. "
        "Tệp không bị thay đổi.",
        "The file {file} is another program's database (it has the table «{table}»); baocao does not open it, "
        "so as not to damage it. Name baocao's database file, or a new file name to make a new database. "
        "The file was not changed.",
    ),
    "db.disk_full": (
        "Đĩa đầy: không ghi được cơ sở dữ liệu {file}. Hãy giải phóng chỗ trống trên ổ đĩa đó (xóa bớt tệp "
        "không cần, dọn Thùng rác) rồi thử lại. Thay đổi vừa rồi chưa được lưu; dữ liệu đã lưu trước đó vẫn "
        "còn nguyên.",
        "The disk is full: cannot write the database {file}. Free some space on that disk (delete files you do "
        "not need, empty the Recycle Bin) and try again. The last change was not saved; the data saved before "
        "it are intact.",
    ),
    "db.wal_read_only": (
        "Tệp nhật ký {wal} của cơ sở dữ liệu {file} chỉ đọc được, không ghi được, nên baocao không lưu được. "
        "Hãy bỏ thuộc tính «chỉ đọc» của tệp {wal} rồi mở lại; đừng xóa tệp đó: nó có thể giữ những thay đổi "
        "chưa ghi vào {file}. Không có gì bị thay đổi.",
        "The journal file {wal} of the database {file} can be read but not written, so baocao cannot save. "
        "Clear the «read-only» attribute of {wal} and open again; do not delete that file: it may hold changes "
        "not yet written into {file}. Nothing was changed.",
    ),
    "backup.onto_database_file": (
        "Không ghi bản sao lưu vào {destination}: đó là tệp đi kèm của cơ sở dữ liệu {file} (nhật ký -wal, "
        "-shm, -journal hoặc tệp khóa .lock); ghi đè lên sẽ làm hỏng hoặc mất dữ liệu. Hãy chọn tên hoặc thư "
        "mục khác. Không có gì bị thay đổi.",
        "The backup is not written to {destination}: it is a companion file of the database {file} (its -wal, "
        "-shm, -journal or .lock file); writing over it would damage or lose data. Choose another name or "
        "folder. Nothing was changed.",
    ),
    "backup.target_not_a_file": (
        "Không ghi bản sao lưu vào {destination}: đó không phải tệp thường (là thư mục, thiết bị, ống FIFO hay "
        "socket). Hãy chọn một tên tệp, ví dụ baocao-sao-luu.sqlite. Không có gì bị thay đổi.",
        "The backup is not written to {destination}: it is not a regular file (it is a folder, a device, a "
        "FIFO or a socket). Choose a file name, for example baocao-backup.sqlite. Nothing was changed.",
    ),
    "backup.disk_full": (
        "Đĩa đầy: không ghi được bản sao lưu {destination}. Hãy giải phóng chỗ trống hoặc sao lưu sang ổ "
        "đĩa khác (ví dụ USB). Tệp {destination} (nếu đã có) và cơ sở dữ liệu không bị thay đổi.",
        "The disk is full: cannot write the backup {destination}. Free some space, or back up to another "
        "disk (for example a USB stick). The file {destination} (if it existed) and the database are unchanged.",
    ),
    "backup.not_a_file": (
        "{file} không phải tệp thường (là thư mục, thiết bị, ống FIFO hay socket), không phải bản sao lưu. "
        "Dữ liệu hiện tại không bị thay đổi.",
        "{file} is not a regular file (it is a folder, a device, a FIFO or a socket), not a backup. "
        "The current data were not changed.",
    ),
    "backup.bad_document": (
        "Bản sao lưu {file} có một báo cáo hỏng (bảng {table}, dòng {row}, trường «{field}»: {detail}); nếu "
        "khôi phục, phần mềm sẽ không mở được. Hãy chọn một bản sao lưu khác. Dữ liệu hiện tại không bị thay đổi.",
        "The backup {file} holds a damaged report (table {table}, row {row}, field «{field}»: {detail}); "
        "restored, the app could not open it. Choose another backup. The current data were not changed.",
    ),
    "restore.disk_full": (
        "Đĩa đầy: không đủ chỗ trong thư mục {folder} để khôi phục cơ sở dữ liệu {file} (cần chỗ cho một bản "
        "sao của bản sao lưu và một bản sao của dữ liệu hiện tại). Hãy giải phóng chỗ trống rồi thử lại. "
        "Dữ liệu hiện tại không bị thay đổi.",
        "The disk is full: there is not enough space in the folder {folder} to restore the database {file} "
        "(it needs room for a copy of the backup and a copy of the current data). Free some space and try "
        "again. The current data were not changed.",
    ),
    # ---- #13: templates and text ----
    "template.not_a_file": (
        "{file} không phải tệp thường (là thư mục, thiết bị, ống FIFO hay socket), không phải tệp mẫu báo cáo",
        "{file} is not a regular file (it is a folder, a device, a FIFO or a socket), not a report template file",
    ),
    "template.too_big": (
        "Tệp mẫu báo cáo {file} lớn quá {limit} (một mẫu chỉ vài chục KB); tệp không được đọc",
        "The report template file {file} is larger than {limit} (a template is a few dozen KB); it was not read",
    ),
    "template.too_deep": (
        "Tệp mẫu báo cáo {file} có lỗi ở «{field}»: các bảng, danh sách lồng nhau quá {limit} cấp; "
        "mẫu báo cáo không cần sâu như vậy",
        "The report template file {file} has an error at «{field}»: tables and lists are nested more than "
        "{limit} levels deep; a template needs no such depth",
    ),
    "template.too_deep_at_line": (
        "Tệp mẫu báo cáo {file} có lỗi ở dòng {line}: các ngoặc [ ], {{ }} và khóa có dấu chấm lồng nhau quá "
        "{limit} cấp; mẫu báo cáo không cần sâu như vậy",
        "The report template file {file} has an error on line {line}: brackets [ ], {{ }} and dotted keys are "
        "nested more than {limit} levels deep; a template needs no such depth",
    ),
    "template.number_too_long_at_line": (
        "Tệp mẫu báo cáo {file} có lỗi ở dòng {line}: có một số dài {digits} chữ số, quá {limit} chữ số",
        "The report template file {file} has an error on line {line}: a number of {digits} digits, more than {limit}",
    ),
    "template.not_finite": (
        "Tệp mẫu báo cáo {file} có lỗi ở trường «{field}»: «{value}» không phải là một số thật; "
        "hãy ghi một số, ví dụ 0.5 (không dùng nan, inf)",
        "The report template file {file} has an error in field «{field}»: «{value}» is not a real number; "
        "write a number, for example 0.5 (not nan or inf)",
    ),
    "template.number_too_big": (
        "Tệp mẫu báo cáo {file} có lỗi ở trường «{field}»: số dài quá {limit} chữ số",
        "The report template file {file} has an error in field «{field}»: the number has more than {limit} digits",
    ),
    "template.control_chars": (
        "Tệp mẫu báo cáo {file} có lỗi ở trường «{field}»: có ký tự điều khiển {chars} (không nhìn thấy, "
        "không in được); hãy xóa đi",
        "The report template file {file} has an error in field «{field}»: it holds the control characters "
        "{chars} (invisible, not printable); delete them",
    ),
    "template.placeholder_format": (
        "Tệp mẫu báo cáo {file} có lỗi ở trường «{field}»: chỗ điền «{placeholder}» chỉ được viết tên trong "
        "ngoặc, ví dụ {{unit_name}}, không thêm định dạng (:…), chuyển đổi (!r, !s), thuộc tính (.x) hay "
        "chỉ số ([0]); dùng được: {known}",
        "The report template file {file} has an error in field «{field}»: the placeholder «{placeholder}» may "
        "only be a name in braces, for example {{unit_name}}, with no format (:…), conversion (!r, !s), "
        "attribute (.x) or index ([0]); known ones: {known}",
    ),
    "template.folder_unreadable": (
        "Không đọc được thư mục mẫu báo cáo {folder}: {detail}",
        "Cannot read the template folder {folder}: {detail}",
    ),
    "check.control_chars": (
        "có ký tự điều khiển {chars} (không nhìn thấy, có thể đảo ngược chữ hiển thị); khi in, các ký tự "
        "này bị bỏ đi; hãy xóa đi hoặc gõ lại đoạn này",
        "holds the control characters {chars} (invisible; some reverse the text shown); they are left out "
        "when printing; delete them or retype this text",
    ),
    "check.no_glyph": (
        "có ký tự {chars} mà phông chữ của văn bản không có, nên in ra sẽ thành chỗ trống; hãy thay bằng chữ "
        "hoặc xóa đi",
        "holds the characters {chars}, which the document's font does not have, so they would print as "
        "blanks; replace them with words or delete them",
    ),
    "check.unit_unknown": (
        "mã đơn vị hành chính {code} không có trong danh mục chính thức (sau sắp xếp năm 2025)",
        "the administrative unit code {code} is not in the official list (after the 2025 reorganisation)",
    ),
    "check.unit_province": (
        "mã đơn vị {code} là {name} thuộc {province} (mã {actual}), không thuộc tỉnh, thành phố mã {claimed} "
        "ghi trong báo cáo",
        "the unit code {code} is {name} in {province} (code {actual}), not in the province with code {claimed} "
        "the report gives",
    ),
    "check.period_invalid": (
        "không hiểu kỳ báo cáo «{period}»",
        "cannot read the reporting period «{period}»",
    ),
    "check.period_not_taken": (
        "mẫu báo cáo này không lập cho {label_vi}; mẫu nhận: {kinds_vi}",
        "this report template is not made for {label_en}; it takes: {kinds_en}",
    ),
    "check.ratio_zero": (
        "0/0 không tính được tỷ lệ: tử số và mẫu số đều bằng 0; nếu chưa có số liệu, hãy để trống",
        "0/0 gives no ratio: the numerator and the denominator are both 0; leave them empty if there are no figures",
    ),
    "check.ratio_zero_denominator": (
        "mẫu số bằng 0 nhưng tử số là {numerator}: không tính được tỷ lệ",
        "the denominator is 0 but the numerator is {numerator}: there is no ratio",
    ),
}
CATALOGUE.update(EXCHANGE_MESSAGES)
CATALOGUE.update(DASHBOARD_MESSAGES)

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


# ---- #15: new-user findings ----
CATALOGUE.update({
    "check.placeholder": (
        "còn dấu «…» chưa điền ({where}); hãy thay bằng nội dung thật hoặc xóa đi",
        "still holds a «…» placeholder ({where}); replace it with the real text or delete it",
    ),
    "finalise.needs_number": (
        "để hoàn tất cần số văn bản: điền số (văn thư cấp) vào ô «Số»",
        "finalising needs the document number: fill in «Number» (given by the clerk's office)",
    ),
    "finalise.needs_date": (
        "để hoàn tất cần ngày ban hành: bỏ chọn «Để trống ngày, tháng» và chọn ngày",
        "finalising needs the date of issue: untick «Leave the day and month blank» and choose the date",
    ),
})
