"""`baocao dashboard --db DB -o OUT.pdf`: the unit's overview («Tổng quan») as a PDF, from the command line."""

import argparse
from pathlib import Path

from desktop.core.errors import BaocaoError


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "command_lang", None) or args.lang or "vi"


def _dashboard(args: argparse.Namespace) -> int:
    from desktop.core.dashboard import unit_dashboard
    from desktop.core.dashboard_pdf import write_dashboard_pdf
    from desktop.core.loader import load_catalogue
    from desktop.core.store.reports import Store
    from desktop.core.workspace import Workspace

    database: Path = args.command_db
    if not database.is_file():  # never create an empty database for a mistyped name
        raise BaocaoError("dashboard.no_database", file=str(database))
    store = Store.open(database)
    try:
        board = unit_dashboard(Workspace(store, load_catalogue(), lang=_lang(args)))
    finally:
        store.close()
    print(write_dashboard_pdf(board, args.output, _lang(args)))
    return 0


def add_dashboard_command(commands: argparse._SubParsersAction, t) -> None:  # type: ignore[no-untyped-def,type-arg]
    """The `dashboard` command, its help in the language `t` picks."""
    command = commands.add_parser("dashboard", help=t(
        "tổng quan của đơn vị ra PDF: chỉ tiêu so với mục tiêu, nhiệm vụ theo tình trạng, hạn sắp tới",
        "the unit's overview as a PDF: indicators against targets, tasks by status, deadlines coming up"))
    command.add_argument("--db", dest="command_db", metavar="DB", type=Path, required=True,
                         help=t("tệp cơ sở dữ liệu", "database file"))
    command.add_argument("-o", "--output", type=Path, required=True, metavar=t("TỆP.pdf", "FILE.pdf"),
                         help=t("tệp PDF ghi ra", "PDF file to write"))
    command.add_argument("--lang", dest="command_lang", choices=["vi", "en"],
                         help=t("ngôn ngữ của tệp PDF và thông báo", "language of the PDF and the messages"))
    command.set_defaults(run=_dashboard)
