"""`baocao`: with no command the desktop app starts; commands drive the same core without Qt."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli_exchange import add_commands
from desktop.core.errors import BaocaoError


def _render(args: argparse.Namespace) -> int:
    from desktop.core.pdf.render import render_pdf
    from desktop.core.reportfile import read_report

    report = read_report(args.file)
    out = args.output or args.file.with_suffix(".pdf")
    try:
        render_pdf(report, out)
    except OSError as error:
        raise BaocaoError("file.write_failed", file=str(out), detail=str(error)) from error
    print(out)
    return 0


def _check_forms(args: argparse.Namespace) -> int:
    from desktop.core.loader import load_catalogue

    catalogue = load_catalogue(args.folder)
    for template in catalogue:
        print(f"{template.id}\t{template.name}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    import datetime
    import json

    from desktop.core.errors import TemplateError
    from desktop.core.loader import load_catalogue
    from desktop.core.reportfile import read_report
    from desktop.core.validate import ERROR, issue_dict, validate

    lang = _lang(args)
    report = read_report(args.file)
    try:
        template = load_catalogue().get(report.template_id)
    except TemplateError as error:
        print(error.text(lang), file=sys.stderr)
        template = None
    issues = validate(report, template, today=datetime.date.today())
    if args.json:
        print(json.dumps([issue_dict(i, lang) for i in issues], ensure_ascii=False, indent=2))
    else:
        names = {"vi": {ERROR: "Lỗi", "warning": "Cảnh báo"}, "en": {ERROR: "Error", "warning": "Warning"}}[lang]
        for issue in issues:
            answered = f" [giải trình: {issue.explanation}]" if issue.explanation else ""
            print(f"{names[issue.level]}: {issue.text(lang)}{answered}")
        if not issues:
            print("Không có lỗi." if lang == "vi" else "No problems.")
    return 1 if any(i.level == ERROR for i in issues) else 0


def _backup(args: argparse.Namespace) -> int:
    from desktop.core.store.backup import backup

    print(backup(args.command_db, args.output))
    return 0


def _restore(args: argparse.Namespace) -> int:
    from desktop.core.errors import StoreError
    from desktop.core.store.backup import restore
    from desktop.core.store.lock import DatabaseLock

    with DatabaseLock(args.command_db) as lock:
        if not lock.held:
            raise StoreError("db.in_use", file=str(args.command_db))
        kept = restore(args.command_db, args.file)
    english = _lang(args) == "en"
    print(f"Restored {args.command_db} from {args.file}." if english
          else f"Đã khôi phục {args.command_db} từ {args.file}.")
    if kept:
        print(f"The data replaced are kept in {kept}" if english else f"Dữ liệu cũ được giữ ở {kept}")
    return 0


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "command_lang", None) or args.lang or "vi"


def _gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import main as gui_main

    return gui_main(args.db, args.lang)


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="baocao",
        description="Báo cáo định kỳ của xã, phường, đặc khu. Không có lệnh: mở phần mềm.")
    top.add_argument("--version", action="version", version=f"baocao {__version__}")
    top.add_argument("--db", type=Path, help="tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    top.add_argument("--lang", choices=["vi", "en"], help="ngôn ngữ giao diện")
    commands = top.add_subparsers(dest="command", metavar="LỆNH")
    render = commands.add_parser("render", help="in báo cáo từ tệp JSON ra PDF")
    render.add_argument("file", type=Path, help="tệp báo cáo .json")
    render.add_argument("-o", "--output", type=Path, help="tệp PDF ra (mặc định: cạnh tệp JSON)")
    render.set_defaults(run=_render)
    check = commands.add_parser("check-forms", help="kiểm tra các tệp mẫu báo cáo trong forms/")
    check.add_argument("folder", type=Path, nargs="?", help="thư mục mẫu (mặc định: forms/)")
    check.set_defaults(run=_check_forms)
    check_report = commands.add_parser("validate", help="kiểm tra số liệu và nội dung một tệp báo cáo .json")
    check_report.add_argument("file", type=Path, help="tệp báo cáo .json")
    check_report.add_argument("--lang", dest="command_lang", choices=["vi", "en"], help="ngôn ngữ thông báo")
    check_report.add_argument("--json", action="store_true", help="in danh sách lỗi dạng JSON")
    check_report.set_defaults(run=_validate)
    save = commands.add_parser("backup", help="sao lưu cơ sở dữ liệu ra một tệp (được cả khi phần mềm đang mở)")
    save.add_argument("--db", dest="command_db", metavar="DB", type=Path, required=True,
                      help="tệp cơ sở dữ liệu")
    save.add_argument("-o", "--output", type=Path, required=True, help="tệp sao lưu ghi ra")
    save.set_defaults(run=_backup)
    load = commands.add_parser(
        "restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)")
    load.add_argument("--db", dest="command_db", metavar="DB", type=Path, required=True,
                      help="tệp cơ sở dữ liệu")
    load.add_argument("file", type=Path, help="tệp sao lưu")
    load.set_defaults(run=_restore)
    add_commands(commands)
    top.set_defaults(run=_gui)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BaocaoError as error:
        print(error.text(_lang(args)), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
