"""`baocao` commands: their output, files and exit codes."""

import json

from desktop.cli import main
from desktop.core import bundle
from desktop.core.document import to_dict


def test_check_forms_lists_the_templates(capsys):
    assert main(["check-forms"]) == 0
    assert "so-ket-chien-luoc\t" in capsys.readouterr().out


def test_check_forms_reports_a_broken_file(tmp_path, capsys):
    (tmp_path / "hong.toml").write_text('id = "hong"\n', encoding="utf-8")
    assert main(["check-forms", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "hong.toml" in err and "«name»" in err and "thiếu trường bắt buộc" in err


def test_render_writes_a_pdf(tmp_path, report, capsys):
    source = tmp_path / "bao-cao.json"
    source.write_text(json.dumps(to_dict(report), ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "ra.pdf"
    assert main(["render", str(source), "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert capsys.readouterr().out.strip() == str(out)


def test_render_every_sample(tmp_path):
    samples = sorted(bundle.samples_dir().glob("*.json"))
    assert len(samples) >= 2
    for sample in samples:
        out = tmp_path / f"{sample.stem}.pdf"
        assert main(["render", str(sample), "-o", str(out)]) == 0
        assert out.stat().st_size > 10_000


def test_render_refuses_a_bad_file_in_vietnamese(tmp_path, capsys):
    bad = tmp_path / "hong.json"
    bad.write_text('{"format": "baocao.report/1"}', encoding="utf-8")
    assert main(["render", str(bad), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "có lỗi ở trường" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_render_messages_in_english(tmp_path, capsys):
    missing = tmp_path / "khong-co.json"
    assert main(["--lang", "en", "render", str(missing)]) == 2
    assert capsys.readouterr().err.startswith("Cannot read the report file")


def test_validate_a_sample_prints_its_warnings_and_exits_0(capsys):
    sample = bundle.samples_dir() / "bao-cao-quy-004-hai-phong.json"
    assert main(["validate", str(sample)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Cảnh báo: ")
    assert "tổng 407,28 không bằng" in out


def test_validate_exits_1_on_errors_and_speaks_english(tmp_path, report, capsys):
    report.title = ""
    source = tmp_path / "bao-cao.json"
    source.write_text(json.dumps(to_dict(report), ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(source), "--lang", "en"]) == 1
    assert "Error: Subject line: is empty" in capsys.readouterr().out


def test_validate_json_lists_the_issues(tmp_path, report, capsys):
    report.number = "5b"
    source = tmp_path / "bao-cao.json"
    source.write_text(json.dumps(to_dict(report), ensure_ascii=False), encoding="utf-8")
    assert main(["validate", str(source), "--json"]) == 1
    issues = json.loads(capsys.readouterr().out)
    assert {"level": "error", "code": "check.number_format", "field": "number", "row": None, "column": None,
            "where": "Số văn bản", "message": "số văn bản «5b» chỉ được gồm chữ số, ví dụ 05 hoặc 132",
            "explanation": None} in issues


def test_validate_an_unreadable_file_exits_2(tmp_path, capsys):
    broken = tmp_path / "hong.json"
    broken.write_text("{", encoding="utf-8")
    assert main(["validate", str(broken)]) == 2
    assert "sai cú pháp JSON" in capsys.readouterr().err


def test_every_command_has_help_and_a_readme_line():
    from desktop.cli import parser

    readme = (bundle.root() / "README.md").read_text(encoding="utf-8")
    commands = parser()._subparsers._group_actions[0].choices
    for name, sub in commands.items():
        assert sub.description or sub.format_help()
        assert f"`baocao {name}" in readme, name
