"""Messages of the exchange (export, import, completeness, consolidation): code → (Vietnamese, English)."""

EXCHANGE_MESSAGES: dict[str, tuple[str, str]] = {
    # ---- reading a received file (reader.py, safezip.py) ----
    "exchange.not_a_file": (
        "«{file}» không phải là một tệp thông thường (thư mục, thiết bị hay đường ống), không nhận",
        "«{file}» is not a regular file (a folder, device or pipe); not imported",
    ),
    "exchange.unreadable": (
        "Không đọc được tệp «{file}»: {detail}",
        "Cannot read the file «{file}»: {detail}",
    ),
    "exchange.too_big": (
        "Tệp «{file}» lớn hơn {limit} MB, không phải tệp báo cáo xuất từ baocao",
        "The file «{file}» is larger than {limit} MB; it is not a report exported by baocao",
    ),
    "exchange.not_zip": (
        "Tệp «{file}» không phải tệp Excel (.xlsx) xuất từ baocao",
        "The file «{file}» is not an Excel (.xlsx) file exported by baocao",
    ),
    "exchange.zip_broken": (
        "Tệp «{file}» bị hỏng (có thể chép chưa hết hoặc tải về lỗi): {detail}. Hãy đề nghị đơn vị gửi lại",
        "The file «{file}» is damaged (perhaps copied or downloaded incompletely): {detail}. "
        "Ask the unit to send it again",
    ),
    "exchange.zip_unsafe": (
        "Tệp «{file}» có cấu trúc bất thường nên không mở: {detail}",
        "The file «{file}» has an unusual structure and is not opened: {detail}",
    ),
    "exchange.not_baocao": (
        "Tệp «{file}» không có phần dữ liệu ký số của baocao: đó là tệp của phần mềm khác, hoặc tệp đã được "
        "mở rồi lưu lại bằng Excel. Hãy đề nghị đơn vị xuất lại tệp từ phần mềm baocao và gửi nguyên tệp",
        "The file «{file}» has no signed baocao data: it comes from another program, or it was opened and saved "
        "again in Excel. Ask the unit to export the file again from baocao and send it unchanged",
    ),
    "exchange.manifest_invalid": (
        "Phần mô tả (manifest) của tệp «{file}» sai ở trường «{field}»: {detail}",
        "The manifest of the file «{file}» is wrong in field «{field}»: {detail}",
    ),
    "exchange.bad_signature": (
        "Chữ ký số của tệp «{file}» không đúng: tệp đã bị sửa sau khi xuất. Không nhận; hãy đề nghị đơn vị gửi lại",
        "The digital signature of «{file}» does not match: the file was changed after it was exported. "
        "Not imported; ask the unit to send it again",
    ),
    "exchange.missing_part": (
        "Tệp «{file}» thiếu phần «{part}» (một trang tính đã bị xóa sau khi xuất). Không nhận",
        "The file «{file}» lacks the part «{part}» (a sheet was removed after export). Not imported",
    ),
    "exchange.extra_part": (
        "Tệp «{file}» có thêm phần «{part}» không có lúc xuất. Không nhận",
        "The file «{file}» has a part «{part}» it did not have when exported. Not imported",
    ),
    "exchange.part_changed": (
        "Tệp «{file}» đã bị sửa sau khi xuất (phần «{part}» không khớp mã kiểm tra). Không nhận; muốn sửa "
        "số liệu, đơn vị phải lập bản điều chỉnh trong phần mềm rồi xuất lại",
        "The file «{file}» was changed after export (the part «{part}» does not match its hash). Not imported; "
        "to change figures the unit must make an amended version in the app and export it again",
    ),
    "exchange.formula": (
        "Tệp «{file}» có công thức trong trang tính («{part}»); tệp xuất từ baocao không có công thức. Không nhận",
        "The file «{file}» has formulas in a sheet («{part}»); files exported by baocao have none. Not imported",
    ),
    "exchange.data_invalid": (
        "Dữ liệu trong tệp «{file}» sai ở «{field}»: {detail}. Không nhận",
        "The data in «{file}» is wrong at «{field}»: {detail}. Not imported",
    ),
    "exchange.number_as_text": (
        "Tệp «{file}», bảng «{table}», dòng {row}, cột «{column}»: số được ghi dạng chữ «{value}», không đọc "
        "chắc chắn được. Không nhận",
        "File «{file}», table «{table}», row {row}, column «{column}»: the number is written as text «{value}» "
        "and cannot be read with certainty. Not imported",
    ),
    "exchange.mismatch": (
        "Tệp «{file}»: phần mô tả và dữ liệu báo cáo không khớp nhau (mẫu, đơn vị hoặc kỳ). Không nhận",
        "File «{file}»: the manifest and the report data disagree (template, unit or period). Not imported",
    ),
    "exchange.not_final": (
        "Tệp «{file}» chứa bản nháp, chưa hoàn tất. Không nhận",
        "The file «{file}» holds a draft, not a final report. Not imported",
    ),
    # ---- whether a file is welcome here (importer.py) ----
    "exchange.no_scope": (
        "Máy này đang dùng cho một xã, phường. Muốn nhận tệp của các đơn vị, chọn Cài đặt → Phạm vi sử dụng → "
        "cấp tỉnh, thành phố",
        "This copy is set up for one commune. To receive the units' files, choose Settings → Scope → province",
    ),
    "exchange.unknown_template": (
        "Tệp «{file}» theo mẫu «{template}» mà máy này không có. Hãy cập nhật phần mềm",
        "The file «{file}» uses the template «{template}», which this copy does not have. Update the app",
    ),
    "exchange.template_newer": (
        "Tệp «{file}» theo mẫu «{template}» phiên bản {version}, mới hơn phiên bản {ours} của máy này. "
        "Hãy cập nhật phần mềm",
        "The file «{file}» uses template «{template}» version {version}, newer than version {ours} here. "
        "Update the app",
    ),
    "exchange.unit_unknown": (
        "Tệp «{file}»: mã đơn vị {code} không có trong danh mục đơn vị hành chính chính thức",
        "File «{file}»: unit code {code} is not in the official list of administrative units",
    ),
    "exchange.outside_scope": (
        "Tệp «{file}» của {unit} ({province}), không thuộc {scope}. Không nhận",
        "The file «{file}» is from {unit} ({province}), outside {scope}. Not imported",
    ),
    "exchange.wrong_level": (
        "Tệp «{file}» là báo cáo của {unit}; ở đây chỉ nhận báo cáo của {expected}",
        "The file «{file}» is a report of {unit}; here only reports of {expected} are received",
    ),
    "exchange.period_not_taken": (
        "Tệp «{file}»: mẫu «{template}» không có kỳ báo cáo «{period}»",
        "File «{file}»: the template «{template}» has no reporting period «{period}»",
    ),
    "exchange.period_future": (
        "Tệp «{file}»: kỳ báo cáo {period} chưa bắt đầu",
        "File «{file}»: the reporting period {period} has not started yet",
    ),
    "exchange.key_not_enrolled": (
        "Chưa đăng ký khóa ký của {unit}. Dấu vân tay trong tệp: {fingerprint}. Hãy gọi điện cho đơn vị, đọc "
        "đối chiếu dấu vân tay rồi đăng ký khóa (nút «Đăng ký khóa…» ở màn hình Nhận báo cáo, hoặc lệnh baocao enrol)",
        "The signing key of {unit} is not enrolled. Fingerprint in the file: {fingerprint}. Phone the unit, "
        "compare the fingerprint, then enrol the key (the «Enrol the key…» button of the Receive reports screen, or "
        "the command baocao enrol)",
    ),
    "exchange.key_changed": (
        "Tệp của {unit} được ký bằng khóa khác với khóa đã đăng ký (trong tệp: {fingerprint}; đã đăng ký: "
        "{enrolled}). Không nhận. Nếu đơn vị đã cài lại máy, hãy gọi điện đối chiếu rồi đăng ký lại khóa",
        "The file of {unit} is signed with another key than the enrolled one (in the file: {fingerprint}; "
        "enrolled: {enrolled}). Not imported. If the unit reinstalled its computer, phone them to compare, "
        "then enrol the key again",
    ),
    "exchange.older_revision": (
        "Tệp «{file}» là bản {revision}, cũ hơn bản {held} đã nhận của {unit}. Không nhận",
        "The file «{file}» is version {revision}, older than version {held} already received from {unit}. "
        "Not imported",
    ),
    "exchange.forked_revision": (
        "Tệp «{file}» (bản {revision} của {unit}) không nối tiếp bản {previous} đã nhận: có hai bản khác nhau "
        "cùng số. Không nhận; hãy hỏi lại đơn vị bản nào đúng",
        "The file «{file}» (version {revision} of {unit}) does not follow the version {previous} received: "
        "there are two different versions with the same number. Not imported; ask the unit which is right",
    ),
    "exchange.duplicate_in_batch": (
        "Tệp «{file}» trùng nội dung với tệp «{other}» trong cùng lần nhận",
        "The file «{file}» has the same content as «{other}» in this batch",
    ),
    "exchange.fingerprint_mismatch": (
        "Dấu vân tay khóa trong tệp của {unit} là {fingerprint}, khác với dấu vân tay đã đọc {expected}. "
        "Chưa đăng ký khóa; hãy gọi lại cho đơn vị để đối chiếu",
        "The key fingerprint in the file of {unit} is {fingerprint}, not the fingerprint read {expected}. "
        "The key is not enrolled; phone the unit again to compare",
    ),
    # ---- exporting (export.py) ----
    "exchange.export_draft": (
        "Báo cáo còn là bản nháp. Hãy hoàn tất báo cáo (có số, ngày ban hành) rồi mới xuất tệp gửi cấp trên",
        "The report is still a draft. Finalise it (with its number and date) before exporting it",
    ),
    "exchange.export_no_unit": (
        "Báo cáo chưa gắn với đơn vị hành chính nào nên không xuất được",
        "The report belongs to no administrative unit and cannot be exported",
    ),
    "exchange.output_kind": (
        "Không biết ghi «{file}»: hãy đặt tên tệp đuôi .pdf, .xlsx hoặc .json",
        "Cannot tell how to write «{file}»: name the file .pdf, .xlsx or .json",
    ),
    "exchange.write_failed": (
        "Không ghi được tệp «{file}»: {detail}",
        "Cannot write the file «{file}»: {detail}",
    ),
    # consolidation
    "consolidate.not_a_number": (
        "{unit}: ô «{column}» của dòng «{row}», bảng «{table}» ghi «{value}», không phải số nên không được "
        "cộng vào số liệu tổng hợp",
        "{unit}: the cell «{column}» of row «{row}», table «{table}» holds «{value}», which is not a number, "
        "so it is not added into the consolidated figures",
    ),
    "consolidate.not_a_status": (
        "{unit}: nhiệm vụ «{row}», bảng «{table}» có tình trạng «{value}» không thuộc danh sách nên được "
        "tính là chưa điền",
        "{unit}: the task «{row}», table «{table}» has the status «{value}», which is not in the list, "
        "so it is counted as not filled in",
    ),
    "consolidate.row_not_in_template": (
        "{unit}: dòng «{row}» của bảng «{table}» không có trong mẫu báo cáo nên không cộng vào số liệu tổng "
        "hợp; xem số liệu của dòng này trong báo cáo của đơn vị",
        "{unit}: the row «{row}» of the table «{table}» is not in the report template, so it is not added "
        "into the consolidated figures; see this row in the unit's report",
    ),
}
