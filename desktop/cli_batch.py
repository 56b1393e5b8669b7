"""`baocao pdf`: the PDFs of many stored reports into a folder, over the same core job as the window's
«Xuất PDF nhiều báo cáo…» (core/pdf/batch.py)."""

import argparse
import sys
from pathlib import Path

from desktop.cli_text import pick
from desktop.core.errors import BaocaoError

REFUSED_EXIT = 2


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "command_lang", None) or args.lang or "vi"


def _pdf(args: argparse.Namespace) -> int:
    from desktop.core.exchange.progress import finish
    from desktop.core.pdf.batch import export_pdfs, latest_period_ids
    from desktop.core.store.reports import Store

    if args.output.exists() and not args.output.is_dir():
        raise BaocaoError("file.no_folder", file=str(args.output / "*.pdf"), folder=str(args.output))
    store = Store.open(args.command_db, read_only=True)
    try:
        summaries = store.list_reports()
        ids = [s.id for s in summaries] if args.all else args.report or latest_period_ids(summaries)
        args.output.mkdir(parents=True, exist_ok=True)
        result = finish(export_pdfs(store, ids, args.output))
    finally:
        store.close()
    for path in result.written:
        print(path)
    t = pick(_lang(args))
    for failure in result.failures:
        print(t(f"Không xuất được báo cáo số {failure.report_id} «{failure.title}»: ",
                f"Report {failure.report_id} «{failure.title}» was not written: ") + failure.reason(_lang(args)),
              file=sys.stderr)
    return REFUSED_EXIT if result.failures else 0


def add_batch_commands(commands: argparse._SubParsersAction, lang: str = "vi") -> None:  # type: ignore[type-arg]
    """`baocao pdf`, its help in `lang`."""
    t = pick(lang)
    pdf = commands.add_parser("pdf", help=t(
        "xuất PDF của nhiều báo cáo trong cơ sở dữ liệu vào một thư mục (mặc định: các báo cáo kỳ gần nhất)",
        "write the PDFs of many stored reports into a folder (default: the reports of the latest period)"))
    pdf.add_argument("--db", dest="command_db", metavar="DB", type=Path, required=True,
                     help=t("tệp cơ sở dữ liệu", "database file"))
    which = pdf.add_mutually_exclusive_group()
    which.add_argument("--all", action="store_true",
                       help=t("mọi báo cáo (trừ thùng rác)", "every report (not the trash)"))
    which.add_argument("--report", type=int, action="append", metavar="ID",
                       help=t("số của báo cáo (dùng nhiều lần được)", "a report's number (may be repeated)"))
    pdf.add_argument("-o", "--output", type=Path, required=True, metavar=t("THƯ_MỤC", "FOLDER"),
                     help=t("thư mục ghi PDF (tệp đã có không bị ghi đè: thêm « (2)»)",
                            "folder for the PDFs (a file there is never replaced: « (2)» is added)"))
    pdf.add_argument("--lang", dest="command_lang", choices=["vi", "en"],
                     help=t("ngôn ngữ thông báo", "language of the messages"))
    pdf.set_defaults(run=_pdf)
