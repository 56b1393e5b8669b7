"""`baocao`: with no command the desktop app starts; commands drive the same core without Qt.

No traceback reaches the user (#13): main() is the one place where errors become words and an exit
code. 0 done; 1 `validate` found errors in the report; 2 refused (a BaocaoError: a bad file, a full
disk …, or wrong arguments, as argparse does); 3 `import` rejected a file; 70 a bug (EX_SOFTWARE:
one line on the terminal, the traceback in the log file of core/crashlog.py); 130 stopped by Ctrl-C;
141 the reader of the output went away (`baocao check-forms | head -1`: 128 + SIGPIPE, as a shell
reports a program the pipe ended).
"""

import signal
import sys


def _stopped_while_starting(signum: int, frame: object) -> None:
    """Ctrl-C before main() is ready (the imports take a moment): nothing has been done yet, so say so
    and stop, with no traceback; main() then hands Ctrl-C to Python's own handler."""
    text = "Đã dừng theo yêu cầu (Ctrl-C); không có gì bị thay đổi. / Stopped (Ctrl-C); nothing was changed.\n"
    try:
        sys.stderr.buffer.write(text.encode(sys.stderr.encoding or "utf-8", "replace"))
        sys.stderr.flush()
    except Exception:  # no console: the exit code says it
        pass
    raise SystemExit(130)


signal.signal(signal.SIGINT, _stopped_while_starting)

# The imports below come after the handler, so that a Ctrl-C during them is caught (pyproject: E402).
import argparse
import contextlib
import io
import os
from collections.abc import Sequence
from pathlib import Path

from desktop import __version__
from desktop.cli_batch import add_batch_commands
from desktop.cli_dashboard import add_dashboard_command
from desktop.cli_exchange import add_commands
from desktop.cli_text import argparse_language, language, pick, shows_vietnamese, tolerant
from desktop.core.errors import BaocaoError
from desktop.core.outputfile import DISK_FULL

REFUSED_EXIT = 2
BUG_EXIT = 70  # EX_SOFTWARE (sysexits.h)
INTERRUPTED_EXIT = 130  # 128 + SIGINT
PIPE_CLOSED_EXIT = 141  # 128 + SIGPIPE


def _render(args: argparse.Namespace) -> int:
    from desktop.core.outputfile import checked_target, write_output
    from desktop.core.pdf.render import render_pdf
    from desktop.core.reportfile import read_report

    out = checked_target(_render_target(args.file, args.output))
    report = read_report(args.file)
    _template(report.template_id, args.file)
    pdf = io.BytesIO()  # the whole PDF first: a failed render never touches the file it would replace
    render_pdf(report, pdf)
    write_output(out, pdf.getvalue())
    print(out)
    return 0


def _render_target(source: Path, output: Path | None) -> Path:
    """Where `render` writes: -o, a file named after the input in the folder -o names, or the input's
    name with .pdf; never the input itself (#13 point 2: the JSON was overwritten by its PDF)."""
    from desktop.core.outputfile import same_file

    if output is None and source.suffix.lower() == ".pdf":
        raise BaocaoError("render.input_is_pdf", file=str(source))
    out = output or source.with_suffix(".pdf")
    if out.is_dir():
        out = out / source.with_suffix(".pdf").name
    if same_file(out, source):
        raise BaocaoError("render.same_file", file=str(source), output=str(out))
    return out


def _template(template_id: str, file: Path):  # type: ignore[no-untyped-def]
    """The template a report file follows; refused, naming the file and the known ids, if unknown."""
    from desktop.core.loader import load_catalogue

    catalogue = load_catalogue()
    if template_id not in {t.id for t in catalogue}:
        known = ", ".join(sorted(t.id for t in catalogue))
        raise BaocaoError("report.unknown_template", file=str(file), id=template_id, known=known)
    return catalogue.get(template_id)


def _check_forms(args: argparse.Namespace) -> int:
    from desktop.core import bundle
    from desktop.core.loader import load_catalogue

    folder = args.folder or bundle.forms_dir()
    if not folder.exists():
        raise BaocaoError("forms.folder_missing", folder=str(folder))
    if not folder.is_dir():
        raise BaocaoError("forms.not_a_folder", folder=str(folder))
    catalogue = load_catalogue(folder)
    if len(catalogue) == 0:
        raise BaocaoError("forms.folder_empty", folder=str(folder))
    for template in catalogue:
        print(f"{template.id}\t{template.name}")
    return 0


def _validate(args: argparse.Namespace) -> int:
    import datetime
    import json

    from desktop.core.reportfile import read_report
    from desktop.core.validate import ERROR, issue_dict, validate

    lang = _lang(args)
    report = read_report(args.file)
    template = _template(report.template_id, args.file)
    issues = validate(report, template, today=datetime.date.today())
    if args.json:
        print(json.dumps([issue_dict(i, lang) for i in issues], ensure_ascii=not shows_vietnamese(), indent=2))
    else:
        t = pick(lang)
        names = {ERROR: t("Lỗi", "Error"), "warning": t("Cảnh báo", "Warning")}
        for issue in issues:
            answered = f" [{t('giải trình', 'explanation')}: {issue.explanation}]" if issue.explanation else ""
            print(f"{names[issue.level]}: {issue.text(lang)}{answered}")
        if not issues:
            print(t("Không có lỗi.", "No problems."))
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
    t = pick(_lang(args))
    print(t(f"Đã khôi phục {args.command_db} từ {args.file}.", f"Restored {args.command_db} from {args.file}."))
    if kept:
        print(t(f"Dữ liệu cũ được giữ ở {kept}", f"The data replaced are kept in {kept}"))
    return 0


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "command_lang", None) or args.lang or "vi"


def _gui(args: argparse.Namespace) -> int:
    from desktop.ui.app import main as gui_main

    return gui_main(args.db, args.lang)


def parser(lang: str = "vi") -> argparse.ArgumentParser:
    """The `baocao` parser, its help in `lang` (build and use it inside cli_text.argparse_language)."""
    t = pick(lang)
    top = argparse.ArgumentParser(
        prog="baocao",
        description=t("Báo cáo định kỳ của xã, phường, đặc khu. Không có lệnh: mở phần mềm.",
                      "Periodic reports of communes. With no command: start the app."))
    top.add_argument("--version", action="version", version=f"baocao {__version__}",
                     help=t("in số phiên bản rồi thoát", "show the version number and exit"))
    top.add_argument("--db", type=Path, help=t("tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)",
                                               "database file (default: in the user's data folder)"))
    top.add_argument("--lang", choices=["vi", "en"], help=t("ngôn ngữ giao diện", "language of the interface"))
    commands = top.add_subparsers(dest="command", metavar=t("LỆNH", "COMMAND"))
    render = commands.add_parser("render", help=t("in báo cáo từ tệp JSON ra PDF", "print a JSON report to PDF"))
    render.add_argument("file", type=Path, metavar=t("TỆP.json", "FILE.json"), help=t("tệp báo cáo", "report file"))
    render.add_argument("-o", "--output", type=Path, metavar=t("TỆP.pdf", "FILE.pdf"),
                        help=t("tệp PDF ra (mặc định: cạnh tệp JSON)", "output PDF (default: beside the JSON file)"))
    _lang_option(render, t)
    render.set_defaults(run=_render)
    check = commands.add_parser("check-forms", help=t("kiểm tra các tệp mẫu báo cáo trong forms/",
                                                      "check the report template files in forms/"))
    check.add_argument("folder", type=Path, nargs="?", metavar=t("THƯ_MỤC", "FOLDER"),
                       help=t("thư mục mẫu (mặc định: forms/)", "template folder (default: forms/)"))
    _lang_option(check, t)
    check.set_defaults(run=_check_forms)
    check_report = commands.add_parser("validate", help=t("kiểm tra số liệu và nội dung một tệp báo cáo .json",
                                                          "check the figures and text of a .json report file"))
    check_report.add_argument("file", type=Path, metavar=t("TỆP.json", "FILE.json"),
                              help=t("tệp báo cáo", "report file"))
    _lang_option(check_report, t)
    check_report.add_argument("--json", action="store_true",
                              help=t("in danh sách lỗi dạng JSON", "print the issues as JSON"))
    check_report.set_defaults(run=_validate)
    _store_commands(commands, t)
    add_commands(commands, lang)
    add_batch_commands(commands, lang)
    add_dashboard_command(commands, t)
    top.set_defaults(run=_gui)
    return top


def _lang_option(command: argparse.ArgumentParser, t) -> None:  # type: ignore[no-untyped-def]
    command.add_argument("--lang", dest="command_lang", choices=["vi", "en"],
                         help=t("ngôn ngữ thông báo", "language of the messages"))


def _store_commands(commands: argparse._SubParsersAction, t) -> None:  # type: ignore[no-untyped-def,type-arg]
    db_help = t("tệp cơ sở dữ liệu", "database file")
    save = commands.add_parser("backup", help=t("sao lưu cơ sở dữ liệu ra một tệp (được cả khi phần mềm đang mở)",
                                                "copy the database to a file (also while the app is open)"))
    save.add_argument("--db", dest="command_db", metavar="DB", type=Path, required=True, help=db_help)
    save.add_argument("-o", "--output", type=Path, required=True, help=t("tệp sao lưu ghi ra", "backup file to write"))
    _lang_option(save, t)
    save.set_defaults(run=_backup)
    load = commands.add_parser("restore", help=t(
        "khôi phục cơ sở dữ liệu từ một bản sao lưu (dữ liệu hiện tại được sao lưu trước)",
        "replace the database by a backup (the current data are backed up first)"))
    load.add_argument("--db", dest="command_db", metavar="DB", type=Path, required=True, help=db_help)
    load.add_argument("file", type=Path, help=t("tệp sao lưu", "backup file"))
    _lang_option(load, t)
    load.set_defaults(run=_restore)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one `baocao` command; every error ends here as a message and an exit code (see above)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)  # from here Ctrl-C is a KeyboardInterrupt
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = language(argv)
    tolerant(sys.stdout)
    tolerant(sys.stderr)
    command = "baocao"
    try:
        with argparse_language(lang):
            args = parser(lang).parse_args(argv)
        command = f"baocao {args.command or ''}".strip()
        code = int(args.run(args))
        if sys.stdout is not None:  # None in a windowed start (pythonw)
            sys.stdout.flush()  # a closed pipe shows here, not at exit where it could not be caught
        return code
    except BaocaoError as error:
        return _refused(_named_cause(error), lang)
    except KeyboardInterrupt:
        return _refused(BaocaoError("cli.interrupted"), lang, INTERRUPTED_EXIT)
    except BrokenPipeError:
        return _pipe_closed()
    except OSError as error:
        if error.errno in DISK_FULL:
            return _refused(BaocaoError("file.disk_full", file=error.filename or ""), lang)
        return _bug(error, command, lang)
    except Exception as error:  # the one place a bug becomes a line and a log entry
        return _bug(error, command, lang)


def _named_cause(error: BaocaoError) -> BaocaoError:
    """A write that failed for want of space says «đĩa đầy», whichever command met it (#13 point 7)."""
    cause = error.__cause__
    full = (isinstance(cause, OSError) and cause.errno in DISK_FULL) or \
        getattr(cause, "sqlite_errorname", "") == "SQLITE_FULL"
    if not full or error.code.endswith("disk_full"):  # a message of its own already says it, with advice
        return error
    context = error.message.context
    return BaocaoError("file.disk_full", file=context.get("destination") or context.get("file")
                       or getattr(cause, "filename", None) or "")


def _refused(error: BaocaoError, lang: str, code: int = REFUSED_EXIT) -> int:
    with contextlib.suppress(OSError):
        print(error.text(lang), file=sys.stderr)
    return code


def _pipe_closed() -> int:
    """The reader of stdout is gone: stop quietly. As Python's documentation advises, stdout then
    points at devnull, so that the flush at exit does not fail a second time."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return PIPE_CLOSED_EXIT


def _bug(error: Exception, command: str, lang: str) -> int:
    """A bug: one line on the terminal, the traceback in the log (core/crashlog.py)."""
    from desktop.core import crashlog
    from desktop.core.jsonread import shown

    logged = crashlog.record(error, command)
    detail = f"{type(error).__name__}: {shown(str(error), 200)}"
    log = str(logged or crashlog.log_file())
    return _refused(BaocaoError("cli.bug" if logged else "cli.bug_unlogged", detail=detail, log=log), lang, BUG_EXIT)


if __name__ == "__main__":
    raise SystemExit(main())
