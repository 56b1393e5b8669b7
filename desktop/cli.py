"""`baocao`: with no command the desktop app starts; commands drive the same core without Qt."""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
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
    top.set_defaults(run=_gui)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except BaocaoError as error:
        print(error.text(args.lang or "vi"), file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
