"""First cases of the corpus: reading report files (the rest of #13 adds its own cases_*.py)."""

from tests.hostile.case import Case

CASES = [
    Case("validate-missing-file", ["validate", "{tmp}/khong-co.json"], says="Không đọc được tệp báo cáo"),
    Case("render-not-json", ["render", "{tmp}/hong.json", "-o", "{tmp}/ra.pdf"],
         files={"hong.json": "{ day khong phai JSON"}, says="sai cú pháp JSON", unchanged=("hong.json",),
         absent=("ra.pdf",)),
    Case("import-not-a-zip", ["import", "--db", "{db}", "{tmp}/hong.xlsx"], files={"hong.xlsx": b"hello"},
         exit_codes=(3,), says="rejected"),
]
