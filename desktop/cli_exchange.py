"""`baocao export | import | completeness | consolidate | scope | key | enrol`: the commune → city loop
from the command line, over the same core as the window."""

import argparse
import datetime
from pathlib import Path

from desktop.cli_text import pick
from desktop.core.errors import BaocaoError
from desktop.core.exchange.progress import finish

REJECTED_EXIT = 3


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "command_lang", None) or args.lang or "vi"


def _db(args: argparse.Namespace) -> Path:
    chosen = getattr(args, "command_db", None) or args.db
    if chosen is not None:
        return Path(chosen)
    from desktop.ui.paths import default_database  # QtCore only: where the window keeps its database

    return default_database()


def _workspace(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.core.loader import load_catalogue
    from desktop.core.store.reports import Store
    from desktop.core.workspace import Workspace

    return Workspace(Store.open(_db(args)), load_catalogue(), lang=_lang(args))


def _export(args: argparse.Namespace) -> int:
    from desktop.core.exchange.export import export_document, export_stored, save_export, signing_key
    from desktop.core.reportfile import read_report

    workspace = _workspace(args)
    try:
        if args.report is not None:
            export = export_stored(workspace.store, args.report)
        elif args.file is not None:
            export = export_document(read_report(args.file), signing_key(workspace.store))
        else:
            raise BaocaoError("cli.export_needs_source")
        target = args.output or Path.cwd() / export.name
        if target.is_dir():
            target = target / export.name
        save_export(export, target)
        if args.report is not None:
            report = workspace.store.load_report(args.report)
            if report.status == "final":
                workspace.mark_sent(args.report, report)
    finally:
        workspace.store.close()
    print(target)
    return 0


def _import(args: argparse.Namespace) -> int:
    from desktop.core.exchange import importer

    workspace = _workspace(args)
    lang = _lang(args)
    try:
        inbox = importer.Inbox(workspace.store, workspace.catalogue, workspace.scope(),
                               datetime.date.today(), enrol_new=args.enrol_new)
        files = importer.collect_files(args.paths)
        job = importer.plan(inbox, files) if args.dry_run else importer.import_files(inbox, files)
        outcomes = finish(job)
    finally:
        workspace.store.close()
    for outcome in outcomes:
        print(_outcome_line(outcome, lang, args.dry_run))
    return REJECTED_EXIT if any(o.status == importer.REJECTED for o in outcomes) else 0


def _outcome_line(outcome, lang: str, dry_run: bool) -> str:  # type: ignore[no-untyped-def]
    from desktop.core.changes import describe, shown_value
    from desktop.core.exchange.importer import REJECTED

    if outcome.status == REJECTED:
        return f"{outcome.file.name}\trejected: {outcome.reason(lang)}"
    line = f"{outcome.file.name}\t{outcome.status}"
    if outcome.enrol and outcome.package is not None:
        line += f"\t(key enrolled: {outcome.package.fingerprint})" if lang == "en" else \
            f"\t(đăng ký khóa: {outcome.package.fingerprint})"
    report = outcome.package.report if outcome.package else None
    for change in outcome.changes if dry_run else ():
        old, new = shown_value(change.field, change.old, lang), shown_value(change.field, change.new, lang)
        line += f"\n\t{describe(change.field, report, lang)}: {old or '∅'} → {new or '∅'}"
    return line


def _completeness(args: argparse.Namespace) -> int:
    from desktop.core.exchange.completeness import STATE_NAMES, completeness, reminder

    workspace = _workspace(args)
    lang = _lang(args)
    try:
        template = workspace.catalogue.get(args.kind)
        result = completeness(workspace.store, workspace.scope(), template.id, args.period, args.deadline)
        if args.output:
            from desktop.core.exchange.workbooks import completeness_workbook, save_workbook

            save_workbook(completeness_workbook(result, template.name), args.output)
    finally:
        workspace.store.close()
    column = 1 if lang == "en" else 0
    for state in result.units:
        version = f"v{state.revision}\t{state.exported_at}" if state.revision else ""
        print(f"{state.unit.code}\t{state.unit.name}\t{STATE_NAMES[state.state][column]}\t{version}".rstrip())
    print()
    print(reminder(result, template.name, lang))
    return 0


def _consolidate(args: argparse.Namespace) -> int:
    from desktop.core.exchange.citywork import consolidate_received
    from desktop.core.exchange.consolidated_output import write_consolidated

    workspace = _workspace(args)
    try:
        template = workspace.catalogue.get(args.kind)
        result = finish(consolidate_received(workspace.store, workspace.catalogue, workspace.scope(), template.id,
                                             args.period, datetime.date.today()))
        write_consolidated(result, template.name, args.period, args.output)
        saved = workspace.store.add_report(result.report) if args.save else None
    finally:
        workspace.store.close()
    units, problems = len(result.consolidation.units), len(result.consolidation.problems)
    english = _lang(args) == "en"
    print(f"{args.output}: {units} {'reports' if english else 'báo cáo'}"
          + (f", {problems} {'values not counted' if english else 'ô không cộng được'}" if problems else ""))
    if saved is not None:
        print(f"report {saved} saved as a draft" if english else f"đã lưu thành bản nháp số {saved}")
    return 0


def _scope(args: argparse.Namespace) -> int:
    from desktop.core.exchange.scope import Scope, scope_name

    workspace = _workspace(args)
    try:
        if args.level is not None:
            if args.level == "province" and not args.code:
                raise BaocaoError("cli.scope_needs_code")
            workspace.set_scope(Scope(args.level, args.code or 0 if args.level == "province" else 0))
        scope = workspace.scope()
    finally:
        workspace.store.close()
    print(f"{scope.level}\t{scope.code or ''}\t{scope_name(scope)}".replace("\t\t", "\t"))
    return 0


def _key(args: argparse.Namespace) -> int:
    from desktop.core.exchange.export import own_fingerprint

    workspace = _workspace(args)
    try:
        print(own_fingerprint(workspace.store))
    finally:
        workspace.store.close()
    return 0


def _enrol(args: argparse.Namespace) -> int:
    from desktop.core.exchange.enrolment import enrol_from_file
    from desktop.core.exchange.importer import Inbox

    workspace = _workspace(args)
    try:
        inbox = Inbox(workspace.store, workspace.catalogue, workspace.scope(), datetime.date.today())
        for path in args.files:
            key = enrol_from_file(inbox, path, expected=args.fingerprint)
            print(f"{key.unit_code}\t{key.unit_name}\t{key.fingerprint}")
    finally:
        workspace.store.close()
    return 0


def date(text: str) -> datetime.date:
    """A date YYYY-MM-DD (argparse names the type «date» in its message)."""
    return datetime.date.fromisoformat(text)


def add_commands(commands: argparse._SubParsersAction, lang: str = "vi") -> None:  # type: ignore[type-arg]
    """The exchange's commands, their help in `lang`."""
    t = pick(lang)

    def command(name: str, help_text: str, run) -> argparse.ArgumentParser:  # type: ignore[no-untyped-def]
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        parser.add_argument("--db", dest="command_db", metavar="DB", type=Path,
                            help=t("tệp cơ sở dữ liệu (mặc định: của phần mềm trên máy này)",
                                   "database file (default: the app's on this computer)"))
        parser.add_argument("--lang", dest="command_lang", choices=["vi", "en"],
                            help=t("ngôn ngữ thông báo", "language of the messages"))
        parser.set_defaults(run=run)
        return parser

    _report_commands(command, t)
    _installation_commands(command, t)


def _report_commands(command, t) -> None:  # type: ignore[no-untyped-def]
    """Sending a report up, receiving and adding up those of the units below."""
    export = command("export", t("xuất báo cáo đã hoàn tất ra tệp .xlsx ký số để gửi cấp trên",
                                 "write a final report as a signed .xlsx to send up"), _export)
    export.add_argument("file", type=Path, nargs="?",
                        help=t("tệp báo cáo .json (đã hoàn tất)", "report file .json (final)"))
    export.add_argument("--report", type=int, metavar="ID",
                        help=t("hoặc: số của báo cáo trong cơ sở dữ liệu", "or: the report's number in the database"))
    export.add_argument("-o", "--output", type=Path, help=t("tệp .xlsx hoặc thư mục ghi ra", ".xlsx file or folder"))
    received = command("import", t("nhận các tệp .xlsx của đơn vị cấp dưới (tệp hoặc thư mục)",
                                   "receive the .xlsx files of the units below (files or folders)"), _import)
    received.add_argument("paths", type=Path, nargs="+", metavar="PATH",
                          help=t("tệp .xlsx hoặc thư mục", ".xlsx file or folder"))
    received.add_argument("--dry-run", action="store_true", help=t("chỉ xem mỗi tệp sẽ thay đổi gì, không lưu",
                                                                   "only say what each file would change"))
    received.add_argument("--enrol-new", action="store_true",
                          help=t("đăng ký khóa của đơn vị gửi lần đầu (in dấu vân tay để đối chiếu)",
                                 "enrol the key of a unit's first file (its fingerprint is printed)"))
    complete = command("completeness", t("đơn vị nào đã nộp, nộp muộn, chưa nộp",
                                         "which units have reported, late or not"), _completeness)
    complete.add_argument("--kind", required=True, help=t("mã mẫu báo cáo, ví dụ bao-cao-ket-qua-khcn-cds",
                                                          "template id, e.g. bao-cao-ket-qua-khcn-cds"))
    complete.add_argument("--period", required=True, help=t("kỳ báo cáo, ví dụ 2025-9M, 2025-Q3",
                                                            "period, e.g. 2025-9M, 2025-Q3"))
    complete.add_argument("--deadline", type=date, help=t("hạn nộp YYYY-MM-DD", "deadline YYYY-MM-DD"))
    complete.add_argument("-o", "--output", type=Path, help=t("ghi thêm ra tệp .xlsx", "also write an .xlsx file"))
    total = command("consolidate", t("tổng hợp các báo cáo đã nhận: .pdf, .xlsx hoặc .json",
                                     "consolidate the reports received: .pdf, .xlsx or .json"), _consolidate)
    total.add_argument("--kind", required=True, help=t("mã mẫu báo cáo", "template id"))
    total.add_argument("--period", required=True, help=t("kỳ báo cáo", "period"))
    total.add_argument("-o", "--output", type=Path, required=True,
                       help=t("tệp ra: .pdf, .xlsx hoặc .json", "output file: .pdf, .xlsx or .json"))
    total.add_argument("--save", action="store_true", help=t("lưu báo cáo tổng hợp thành bản nháp để sửa tiếp",
                                                             "save the consolidated report as a draft"))


def _installation_commands(command, t) -> None:  # type: ignore[no-untyped-def]
    """Whom this installation serves, and the keys it signs with and trusts."""
    scope = command("scope", t("xem hoặc đặt phạm vi sử dụng: commune, province MÃ, nation",
                               "show or set the scope: commune, province CODE, nation"), _scope)
    scope.add_argument("level", nargs="?", choices=["commune", "province", "nation"])
    scope.add_argument("code", nargs="?", type=int, help=t("mã tỉnh, thành phố", "province code"))
    command("key", t("in dấu vân tay khóa ký của máy này", "print the fingerprint of this computer's key"), _key)
    enrol = command("enrol", t("đăng ký khóa ký của đơn vị từ tệp nó gửi",
                               "enrol the signing key of a unit from a file it sent"), _enrol)
    enrol.add_argument("files", type=Path, nargs="+", metavar="FILE")
    enrol.add_argument("--fingerprint", help=t("dấu vân tay đọc qua điện thoại; từ chối nếu không khớp",
                                               "the fingerprint read over the phone; refused if it differs"))
