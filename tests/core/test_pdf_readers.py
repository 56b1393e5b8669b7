"""Other readers agree (issue #4, point 7): every sample's PDF as qpdf, pdffonts, pdftotext and
pdfinfo read it, and the PDF's creation date (issue #4, metadata).

- qpdf --check finds no damage;
- every font is embedded, as a subset, with a Unicode map (pdffonts);
- pdftotext gives the text back in NFC and in reading order: title, Kính gửi, legal bases, opening,
  each heading before its text, closing, then Nơi nhận and the signer, then the appendices;
- title, author, subject, keywords and the creation date are in the document information;
- the same report and the same `created` give the same bytes.

The tools come from poppler-utils and qpdf, which `make test` installs: a missing one fails.
"""

import datetime
import io
import re
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest

from desktop.core import bundle
from desktop.core.document import Report, Section
from desktop.core.pdf.appendix import appendix_caption
from desktop.core.pdf.metadata import pdf_date
from desktop.core.pdf.profile import MM, load_profile
from desktop.core.pdf.render import render_pdf
from desktop.core.reportfile import read_report
from desktop.core.vnformat import date_line, number_line

SAMPLES = sorted(bundle.samples_dir().glob("*.json"))
HANOI = datetime.timezone(datetime.timedelta(hours=7))
CREATED = datetime.datetime(2025, 10, 7, 14, 30, 5, tzinfo=HANOI)
SUBSET = re.compile(r"^[A-Z]{6}\+\S+$")


@dataclass(frozen=True)
class Rendered:
    report: Report
    path: Path


def run(*command: str) -> str:
    """The tool's standard output; the test fails if the tool is missing or reports an error."""
    try:
        done = subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120)
    except FileNotFoundError:
        pytest.fail(f"{command[0]} is not installed: `make test` installs poppler-utils and qpdf")
    assert done.returncode == 0, (command, done.returncode, done.stdout, done.stderr)
    return done.stdout


@pytest.fixture(scope="module", params=SAMPLES, ids=lambda path: path.stem)
def rendered(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Rendered:
    """Each sample, rendered once for this module."""
    report = read_report(request.param)
    path = tmp_path_factory.mktemp("readers") / f"{request.param.stem}.pdf"
    render_pdf(report, path, created=CREATED)
    return Rendered(report, path)


# ---- qpdf, pdffonts ----

def test_qpdf_check_finds_no_damage(rendered: Rendered) -> None:
    out = run("qpdf", "--check", str(rendered.path))  # exit status 3 (warnings) fails in run()
    assert "No syntax or stream encoding errors found" in out, out


def test_every_font_is_an_embedded_subset_with_a_unicode_map(rendered: Rendered) -> None:
    """pdffonts: emb, sub and uni are 'yes' for every font; none is a base-14 font."""
    rows = run("pdffonts", str(rendered.path)).splitlines()[2:]
    assert rows, "pdffonts lists no font"
    for row in rows:
        cells = row.split()
        name, (emb, sub, uni) = cells[0], cells[-5:-2]
        assert SUBSET.match(name) and (emb, sub, uni) == ("yes", "yes", "yes"), row
    with pdfplumber.open(rendered.path) as pdf:
        used = {c["fontname"] for page in pdf.pages for c in page.chars}
    assert used == {row.split()[0] for row in rows}


# ---- pdftotext: the text and its reading order ----

def words(text: str) -> str:
    """Text as pdftotext gives it back when read: NFC, words one space apart, a note mark '[^3]'
    as the superscript 3 it prints as."""
    return " ".join(unicodedata.normalize("NFC", re.sub(r"\[\^(\d+)\]", r"\1", text)).split())


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


def walk(sections: list[Section]) -> Iterator[Section]:
    for section in sections:
        yield section
        yield from walk(section.children)


def _without_notes(page: str, notes: list[str]) -> str:
    """A page's words with its footnotes (at the foot, after the body) taken out, numbers too."""
    text, numbers = words(page), set()
    for number, note in enumerate(notes, start=1):
        if words(note) in text:
            text, numbers = text.replace(words(note), " ", 1), numbers | {str(number)}
    tokens = text.split()
    while tokens and tokens[-1] in numbers:
        tokens.pop()
    return " ".join(tokens)


def read_text(rendered: Rendered) -> str:
    """pdftotext's text below the top margin (page numbers, the DỰ THẢO mark), pages in order,
    footnotes taken out, words one space apart."""
    top = load_profile(rendered.report.profile).page.top_mm * MM - 4  # a first line's ascent stays in
    out = run("pdftotext", "-enc", "UTF-8", "-y", f"{top:.0f}", "-W", "100000", "-H", "100000",
              str(rendered.path), "-")
    return " ".join(_without_notes(page, rendered.report.footnotes) for page in out.split("\f"))


def main_flow(report: Report) -> list[tuple[str, str]]:
    """(what, text) of the main document, top to bottom, up to the Nơi nhận list."""
    flow = [("type name", report.type_name), ("trích yếu", report.title)]
    flow += [("Kính gửi", name) for name in report.kinh_gui]
    flow += [("căn cứ", line) for basis in report.legal_bases for line in lines(basis)]
    flow += [("opening", line) for line in lines(report.opening)]
    for section in walk(report.sections):
        flow += [("heading", section.heading)] if section.heading.strip() else []
        flow += [(f"text under {section.heading[:30]!r}", line) for line in lines(section.text)]
    flow += [("closing", line) for line in lines(report.closing)]
    flow += [("Nơi nhận", "Nơi nhận:")] + [("recipient", f"- {name}") for name in report.recipients]
    return [(what, text) for what, text in flow if text.strip()]


def appendix_flow(report: Report) -> list[tuple[str, str]]:
    flow = []
    for appendix in report.appendices:
        flow += [("appendix label", appendix.label), ("appendix title", appendix.title.upper()),
                 ("appendix caption", appendix_caption(report))]
        flow += [("appendix text", line) for line in lines(appendix.text)]
        flow += [("table title", table.title) for table in appendix.tables]
    return [(what, text) for what, text in flow if text.strip()]


def pattern(text: str) -> re.Pattern[str]:
    """The words of `text`, in order, one space apart.

    WORKAROUND: pdftotext takes a dash that ends a line for a hyphen and drops it: 'giai đoạn
    2025 -' / '2030' comes out as '2025 2030', and '57-' / 'NQ/TW' as '57NQ/TW'. So after the
    first word a lone '-' may be missing, and a word ending in '-' may be joined to the next.
    """
    tokens = words(text).split()
    found, joint = "", ""
    for index, word in enumerate(tokens):
        if word == "-" and index:
            found, joint = found + "(?: -)?", " "
        elif word.endswith("-") and len(word) > 1 and index < len(tokens) - 1:
            found, joint = found + joint + re.escape(word[:-1]), "(?:- )?"
        else:
            found, joint = found + joint + re.escape(word), " "
    return re.compile(found)


def find(text: str, item: str, start: int = 0) -> tuple[int, int]:
    """Where `item` is found in `text` from `start`: (start, end), or (-1, -1)."""
    found = pattern(item).search(text, start)
    return found.span() if found else (-1, -1)


def find_in_order(text: str, flow: list[tuple[str, str]], start: int = 0) -> int:
    """Where the last item ends; each item must come after the one before it."""
    for what, item in flow:
        found, end = find(text, item, start)
        assert found >= 0, (f"{what} not found after offset {start}: {words(item)!r}; "
                            f"the text there: {text[start:start + 300]!r}")
        start = end
    return start


@pytest.fixture(scope="module")
def text(rendered: Rendered) -> str:
    return read_text(rendered)


def test_pdftotext_gives_nfc_vietnamese_without_replacement_characters(rendered: Rendered) -> None:
    raw = run("pdftotext", "-enc", "UTF-8", str(rendered.path), "-")
    assert unicodedata.is_normalized("NFC", raw)
    assert "\ufffd" not in raw and not re.search(r"[\ue000-\uf8ff]", raw)  # no unmapped glyphs
    assert words(rendered.report.issuer[-1]) in words(raw)


def test_main_text_comes_back_in_reading_order(rendered: Rendered, text: str) -> None:
    """Every paragraph and heading, word for word, in document order, Nơi nhận after the body."""
    find_in_order(text, main_flow(rendered.report))


def test_header_comes_before_the_title(rendered: Rendered, text: str) -> None:
    """The issuer and the place (of the date line) are read before the trích yếu."""
    report = rendered.report
    title, _ = find(text, report.title)
    assert title > 0
    for line in [*report.issuer, report.place]:
        assert 0 <= find(text, line)[0] < title, line


def test_signer_follows_the_body_and_the_appendices_follow_the_signature(rendered: Rendered,
                                                                          text: str) -> None:
    report = rendered.report
    body_end = find_in_order(text, main_flow(report)[:-len(report.recipients) - 1])
    signer = [words(line) for line in report.signer.title_lines()]
    if report.signer.name.strip():
        signer.append(words(report.signer.name))
    ends = []
    for line in signer:
        found = text.find(line, body_end)
        assert found >= 0, (line, text[body_end:body_end + 300])
        ends.append(found + len(line))
    last_recipient = text.find(words(f"- {report.recipients[-1]}"), body_end) if report.recipients else body_end
    find_in_order(text, appendix_flow(report), max([*ends, last_recipient]))


def test_each_footnote_is_printed(rendered: Rendered) -> None:
    raw = words(run("pdftotext", "-enc", "UTF-8", str(rendered.path), "-"))
    for note in rendered.report.footnotes:
        assert words(note) in raw, note


# ---- document information ----

def info(path: Path) -> dict[str, str]:
    out = run("pdfinfo", "-enc", "UTF-8", "-isodates", str(path))
    return {key: value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


def test_document_information_names_the_report(rendered: Rendered) -> None:
    """Title = type name + trích yếu; author = issuer; subject = number and date lines (as
    printed, with the blanks of an unnumbered draft as one space); keywords = the period."""
    report, found = rendered.report, info(rendered.path)
    assert found["Title"] == words(f"{report.type_name} {report.title}")
    assert found["Author"] == words(" ".join(report.issuer))
    number = number_line(report.number, report.symbol, report.profile)
    assert found["Subject"] == words(f"{number}; {date_line(report.place, report.date, report.year)}")
    assert found["Keywords"]
    assert found["Creator"] == "baocao" and found["Producer"].startswith("baocao ")
    assert all(unicodedata.is_normalized("NFC", found[k]) for k in ("Title", "Author", "Subject", "Keywords"))


def test_creation_and_modification_dates_are_the_given_time(rendered: Rendered) -> None:
    found = info(rendered.path)
    assert datetime.datetime.fromisoformat(found["CreationDate"]) == CREATED
    assert datetime.datetime.fromisoformat(found["ModDate"]) == CREATED
    with pdfplumber.open(rendered.path) as pdf:
        assert pdf.metadata["CreationDate"] == pdf.metadata["ModDate"] == "D:20251007143005+07'00'"


def test_known_sample_metadata() -> None:
    """One sample's document information spelled out (the Party's number form, its period)."""
    report = read_report(bundle.samples_dir() / "bao-cao-quy-004-hai-phong.json")
    out = io.BytesIO()
    render_pdf(report, out, created=CREATED)
    with pdfplumber.open(io.BytesIO(out.getvalue())) as pdf:
        meta = pdf.metadata
    assert meta["Subject"] == "Số 01-BC/BCĐ; Hải Phòng, ngày 07 tháng 10 năm 2025"
    assert meta["Keywords"] == "quý III/2025"
    assert meta["Author"] == "BAN CHỈ ĐẠO PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO VÀ CHUYỂN ĐỔI SỐ"


# ---- the creation date and reproducible output ----

def _render(report: Report, created: datetime.datetime | None = None) -> bytes:
    out = io.BytesIO()
    render_pdf(report, out, created=created)
    return out.getvalue()


@pytest.fixture(scope="module")
def small_report() -> Report:
    return read_report(bundle.samples_dir() / "so-ket-000-tran-lieu.json")


def test_same_report_and_time_give_the_same_bytes(small_report: Report) -> None:
    first, second = _render(small_report, CREATED), _render(small_report, CREATED)
    assert first == second


def test_another_time_gives_another_date_and_file_id(small_report: Report) -> None:
    first, later = _render(small_report, CREATED), _render(small_report, CREATED + datetime.timedelta(seconds=1))
    file_id = re.compile(rb"/ID\s*\[\s*<([0-9a-f]+)>")
    assert b"D:20251007143006+07'00'" in later and b"D:20251007143006" not in first
    assert file_id.search(first)[1] != file_id.search(later)[1]  # type: ignore[index]


def test_without_a_time_the_pdf_is_dated_now_in_local_time(small_report: Report) -> None:
    before = datetime.datetime.now().astimezone().replace(microsecond=0)
    with pdfplumber.open(io.BytesIO(_render(small_report))) as pdf:
        stamp = pdf.metadata["CreationDate"]
    after = datetime.datetime.now().astimezone()
    assert stamp.endswith(pdf_date(before)[-7:])  # the local offset, as +HH'mm'
    created = datetime.datetime.strptime(stamp[2:16], "%Y%m%d%H%M%S").replace(tzinfo=before.tzinfo)
    assert before <= created <= after


@pytest.mark.parametrize(("created", "expected"), [
    (CREATED, "D:20251007143005+07'00'"),
    (datetime.datetime(2025, 1, 2, 3, 4, 5, 999, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))),
     "D:20250102030405+05'30'"),
    (datetime.datetime(2025, 1, 2, 3, 4, 5, tzinfo=datetime.timezone(-datetime.timedelta(hours=3, minutes=30))),
     "D:20250102030405-03'30'"),
    (datetime.datetime(2025, 12, 31, 23, 59, 59, tzinfo=datetime.UTC), "D:20251231235959+00'00'"),
])
def test_pdf_date_keeps_the_offset_with_its_minutes(created: datetime.datetime, expected: str) -> None:
    assert pdf_date(created) == expected
