"""The catalogue of messages the core can show a user: a code, a Vietnamese and an English template."""

from dataclasses import dataclass

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
    "unit.unknown": (
        "Mã đơn vị hành chính {unit_code} không có trong danh mục chính thức",
        "Administrative unit code {unit_code} is not in the official list",
    ),
    "db.unreadable": (
        "Không mở được cơ sở dữ liệu {file}: {detail}",
        "Cannot open the database {file}: {detail}",
    ),
    "file.write_failed": (
        "Không ghi được tệp {file}: {detail}",
        "Cannot write the file {file}: {detail}",
    ),
}

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
