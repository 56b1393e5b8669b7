"""Issue #13 point 1, the window's side: an exception escaping a slot shows a sentence, not a traceback;
a bug's details go to the log file the sentence names; the app goes on."""

import sys

from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import BaocaoError
from desktop.ui import crash


def raised(error: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise error
    except BaseException as caught:  # the point is to catch anything
        return type(caught), caught, caught.__traceback__


def test_a_bug_is_logged_and_named_in_one_sentence(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    crash.show_exception(*raised(ZeroDivisionError("chia cho 0")))
    log = tmp_path / "baocao" / "logs" / "baocao.log"
    assert "ZeroDivisionError: chia cho 0" in log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    [(title, text)] = shown
    assert title == "Lỗi phần mềm" and str(log) in text and "Traceback" not in text
    assert "những gì đã lưu vẫn còn nguyên" in text


def test_an_environment_failure_shows_its_own_message(qapp, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    crash.show_exception(*raised(BaocaoError("db.locked", file="x.sqlite")))
    assert shown and "x.sqlite" in shown[0]
    assert not (tmp_path / "baocao").exists()  # not a bug: nothing logged


def test_main_installs_the_hook(monkeypatch) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    crash.install()
    assert sys.excepthook is crash.show_exception
