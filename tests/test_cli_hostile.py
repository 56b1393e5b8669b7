"""The edge of `baocao` (#13 points 1, 2, 7): main() turns every error into a message and an exit
code (2 refused, 70 a bug with its traceback in the log, 130 Ctrl-C, 141 a closed pipe), a failed
render leaves the PDF it would replace as it was, a full disk says so, and argparse speaks the
language asked for. The same inputs as real processes are in tests/hostile/cases_cli.py."""

import argparse
import errno
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop import cli
from desktop.cli import main
from desktop.cli_text import language
from desktop.core import bundle
from desktop.core.errors import BaocaoError

SAMPLE = bundle.samples_dir() / "so-ket-001-phu-thai.json"
OLD_PDF = b"%PDF-1.4 printed last week\n"


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return Path(shutil.copyfile(SAMPLE, tmp_path / "bao-cao.json"))


@pytest.fixture
def log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "state"))
    return tmp_path / "state"


def failing_command(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """`baocao check-forms` raises `error`."""
    def run(args: argparse.Namespace) -> int:
        raise error

    monkeypatch.setattr(cli, "_check_forms", run)


def test_a_bug_is_one_line_and_a_log_entry(monkeypatch, capsys, log_folder: Path) -> None:
    failing_command(monkeypatch, ZeroDivisionError("division by zero"))
    assert main(["check-forms"]) == cli.BUG_EXIT == 70
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 1
    assert err.startswith("Lỗi phần mềm: ZeroDivisionError: division by zero; chi tiết đã ghi vào ")
    log = next(log_folder.rglob("baocao.log"))
    assert str(log) in err
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert "baocao check-forms" in log.read_text(encoding="utf-8")


def test_a_bug_in_english(monkeypatch, capsys, log_folder: Path) -> None:
    failing_command(monkeypatch, KeyError("x"))
    assert main(["--lang", "en", "check-forms"]) == 70
    assert capsys.readouterr().err.startswith("Software error: KeyError: 'x'; the details were written to ")


def test_a_bug_when_the_log_cannot_be_written(monkeypatch, capsys, tmp_path: Path) -> None:
    (tmp_path / "state").write_text("a file where the log folder would be")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    failing_command(monkeypatch, RuntimeError("boom"))
    assert main(["check-forms"]) == 70
    err = capsys.readouterr().err
    assert "không ghi được chi tiết" in err and "Traceback" not in err


def test_ctrl_c(monkeypatch, capsys) -> None:
    failing_command(monkeypatch, KeyboardInterrupt())
    assert main(["check-forms"]) == 130
    assert capsys.readouterr().err == "Đã dừng theo yêu cầu (Ctrl-C); không có gì bị thay đổi.\n"


def test_a_closed_pipe_is_quiet(monkeypatch, capsys) -> None:
    failing_command(monkeypatch, BrokenPipeError(errno.EPIPE, "Broken pipe"))
    assert main(["check-forms"]) == 141
    assert capsys.readouterr().err == ""


def test_a_refusal_exits_2_and_validate_keeps_1_for_errors(tmp_path: Path, capsys) -> None:
    assert main(["validate", str(tmp_path / "khong-co.json")]) == 2
    assert main(["validate", str(bundle.samples_dir() / "bao-cao-quy-004-hai-phong.json")]) == 0


# ---- a full disk says so, whichever command meets it (point 7) ----

def test_render_on_a_full_disk_keeps_the_old_pdf(source: Path, monkeypatch, capsys) -> None:
    from desktop.core import atomicfile

    out = source.parent / "ra.pdf"
    out.write_bytes(OLD_PDF)

    def disk_full(descriptor: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomicfile.os, "fsync", disk_full)  # the bytes written, then the disk is full
    assert main(["render", str(source), "-o", str(out)]) == 2
    assert capsys.readouterr().err.startswith(f"Đĩa đầy: không ghi được tệp {out}.")
    assert out.read_bytes() == OLD_PDF
    assert sorted(p.name for p in source.parent.iterdir()) == ["bao-cao.json", "ra.pdf"]


def sqlite_full() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]  # as sqlite3 sets it
    return error


@pytest.mark.parametrize(("error", "cause", "named"), [
    (BaocaoError("exchange.write_failed", file="/x/ra.xlsx", detail="No space left on device"),
     OSError(errno.ENOSPC, "No space left on device"), "/x/ra.xlsx"),
    (BaocaoError("backup.failed", file="/x/db.sqlite", destination="/x/ra.sqlite", detail="database or disk is full"),
     sqlite_full(), "/x/ra.sqlite"),
])
def test_any_command_meeting_a_full_disk_says_so(monkeypatch, capsys, error, cause, named: str) -> None:
    error.__cause__ = cause
    failing_command(monkeypatch, error)
    assert main(["--lang", "en", "check-forms"]) == 2
    assert capsys.readouterr().err.startswith(f"The disk is full: cannot write the file {named}. Free some space")


def test_an_unwrapped_full_disk_is_not_a_bug(monkeypatch, capsys) -> None:
    failing_command(monkeypatch, OSError(errno.ENOSPC, "No space left on device", "/x/ra.pdf"))
    assert main(["check-forms"]) == 2
    assert capsys.readouterr().err.startswith("Đĩa đầy: không ghi được tệp /x/ra.pdf.")


# ---- render never destroys (point 2) ----

def test_a_render_that_fails_midway_keeps_the_old_pdf(source: Path, monkeypatch, capsys, log_folder) -> None:
    from desktop.core.pdf import render

    out = source.parent / "ra.pdf"
    out.write_bytes(OLD_PDF)

    def half_then_bug(report, target, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        target.write(b"%PDF-1.4 half a page")
        raise RuntimeError("reportlab gave up")

    monkeypatch.setattr(render, "render_pdf", half_then_bug)
    assert main(["render", str(source), "-o", str(out)]) == 70
    assert out.read_bytes() == OLD_PDF
    assert sorted(p.name for p in source.parent.iterdir()) == ["bao-cao.json", "ra.pdf", "state"]


def test_render_refuses_to_write_over_its_input(source: Path, capsys) -> None:
    before = source.read_bytes()
    link = source.parent / "lien-ket.json"
    link.symlink_to(source.name)
    for output in (source, link, source.parent / "." / source.name):
        assert main(["render", str(source), "-o", str(output)]) == 2
        assert "chính là tệp báo cáo" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_render_refuses_an_input_named_pdf_without_o(tmp_path: Path, capsys) -> None:
    named_pdf = Path(shutil.copyfile(SAMPLE, tmp_path / "bao-cao.pdf"))
    assert main(["render", str(named_pdf)]) == 2
    assert "là tệp PDF" in capsys.readouterr().err
    assert named_pdf.read_bytes() == SAMPLE.read_bytes()
    assert main(["render", str(named_pdf), "-o", str(tmp_path / "ra.pdf")]) == 0  # -o says where: fine


def test_render_into_a_folder(source: Path, capsys) -> None:
    folder = source.parent / "in"
    folder.mkdir()
    assert main(["render", str(source), "-o", str(folder)]) == 0
    assert (folder / "bao-cao.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("command", ["render", "validate"])
def test_an_unknown_template_is_refused(tmp_path: Path, capsys, command: str) -> None:
    text = SAMPLE.read_text(encoding="utf-8").replace('"so-ket-chien-luoc"', '"mau-khong-co"', 1)
    path = tmp_path / "la.json"
    path.write_text(text, encoding="utf-8")
    assert main([command, str(path)]) == 2
    err = capsys.readouterr().err
    assert "«mau-khong-co»" in err and "so-ket-chien-luoc" in err  # the known ones are listed
    assert not (tmp_path / "la.pdf").exists()


# ---- check-forms ----

def test_check_forms_on_an_empty_or_missing_folder(tmp_path: Path, capsys) -> None:
    assert main(["check-forms", str(tmp_path)]) == 2
    assert capsys.readouterr().err == f"Thư mục {tmp_path} không có tệp mẫu báo cáo (.toml) nào\n"
    assert main(["check-forms", str(tmp_path / "khong-co")]) == 2
    assert "Không có thư mục mẫu báo cáo" in capsys.readouterr().err


# ---- the language, argparse's included (point 7) ----

@pytest.mark.parametrize(("argv", "lang"), [
    ([], "vi"), (["--lang", "en"], "en"), (["validate", "x.json", "--lang", "en"], "en"),
    (["--lang=en", "render", "x"], "en"), (["--lang", "vi"], "vi"), (["render", "--", "--lang", "en"], "vi"),
])
def test_the_language_is_read_before_parsing(argv: list[str], lang: str) -> None:
    assert language(argv) == lang


def test_argparse_errors_in_english(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--lang", "en", "render"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: baocao render") and "error: the following arguments are required: FILE.json" in err
    with pytest.raises(SystemExit):
        main(["--lang", "en", "render", "x.json", "--bogus"])
    assert "error: unrecognized arguments: --bogus" in capsys.readouterr().err


def test_argparse_errors_in_vietnamese_by_default(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["render"])
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: baocao render") and "lỗi: thiếu tham số bắt buộc: TỆP.json" in err
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]  # argparse is put back


def test_help_in_english(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert "usage: baocao" in out and "print a JSON report to PDF" in out and "options:" in out


def test_messages_of_commands_in_english(tmp_path: Path, capsys) -> None:
    assert main(["render", str(tmp_path / "x.json"), "--lang", "en"]) == 2
    assert capsys.readouterr().err.startswith("Cannot read the report file")


# ---- consoles that cannot show Vietnamese (point 1) ----

def test_vietnamese_on_an_ascii_console_loses_its_marks_not_the_run() -> None:
    assert "Không đọc được tệp: Đã dừng".encode("ascii", "baocao.plain_latin") == b"Khong doc duoc tep: Da dung"
    assert "Cảnh báo ☺".encode("cp1252", "baocao.plain_latin") == "Canh báo \\u263a".encode("cp1252")  # á is cp1252


def test_ctrl_c_while_the_command_is_still_starting_exits_130_without_traceback() -> None:
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    # desktop.cli is imported (its handler installed) but main() has not started: as a Ctrl-C during the imports.
    script = "import os, signal, desktop.cli; os.kill(os.getpid(), signal.SIGINT); import time; time.sleep(5)"
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 130 and "Traceback" not in done.stderr
    assert "Đã dừng theo yêu cầu (Ctrl-C)" in done.stderr
