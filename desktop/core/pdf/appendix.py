"""The Phụ lục after the signature (ND30.md §7): each on a new page, with its label, title, the
'(Kèm theo ...)' caption, its text and its tables; landscape pages when a table is too wide."""

from collections.abc import Callable

from reportlab.platypus import Flowable, NextPageTemplate, PageBreak, Spacer

from desktop.core.document import Appendix, Report, UnitRef
from desktop.core.pdf.layout import Layout
from desktop.core.pdf.pages import LANDSCAPE, PORTRAIT, PageMark
from desktop.core.pdf.tables import PrintedCells, needs_landscape, table_flowables
from desktop.core.vnformat import BLANK, nfc, number_line, short_date

PROVINCE_KINDS = ("Thành phố ", "Tỉnh ")
# Names of bodies whose words after the first keep their capitals inside a sentence (ND30 Phụ lục II).
BODY_NAMES = ("Ban Chỉ đạo", "Ban Thường vụ", "Ban Chấp hành", "Ban Tuyên giáo và Dân vận",
              "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban Kiểm tra")
UNIT_KINDS = ("Phường ", "Xã ", "Đặc khu ")


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(name: str, kinds: tuple[str, ...]) -> str:
    """'Phường Trần Liễu' → 'phường Trần Liễu': the kind word is lower case inside a sentence."""
    for kind in kinds:
        if name.startswith(kind):
            return kind.lower() + name[len(kind):]
    return name


def _proper_names(unit: UnitRef | None, place: str) -> list[str]:
    """The names that keep their capitals: the place ('Trần Liễu'), the commune and its province."""
    names = [_lower_first(nfc(place.strip()), UNIT_KINDS)] if place.strip() else []
    if unit is not None:
        kind = unit.kind[:1].upper() + unit.kind[1:] + " "
        names += [_lower_first(nfc(unit.name), (kind,)), _lower_first(nfc(unit.province_name), PROVINCE_KINDS)]
    return names


def issuer_phrase(report: Report) -> str:
    """The issuing body inside a sentence: ['ỦY BAN NHÂN DÂN', 'PHƯỜNG TRẦN LIỄU'] → 'Ủy ban nhân
    dân phường Trần Liễu'; the commune's and province's own names keep their capitals."""
    phrase = nfc(" ".join(line.strip() for line in report.issuer if line.strip())).lower()
    for name in [*BODY_NAMES, *_proper_names(report.unit, report.place)]:
        phrase = phrase.replace(name.lower(), name)
    return _sentence(phrase)


def appendix_caption(report: Report) -> str:
    """'(Kèm theo Kế hoạch số 79/KH-UBND ngày 02/10/2025 của Ủy ban nhân dân phường Trần Liễu)';
    blanks to fill by hand where the number or the date is not given yet."""
    kind = _sentence(nfc(report.type_name.strip()).lower()) or "Văn bản"
    number = number_line(report.number, report.symbol, report.profile).split(" ", 1)[1]
    year = report.date.year if report.date else report.year
    date = short_date(report.date) if report.date else f"{BLANK}/{BLANK}/{year or BLANK}"
    return f"(Kèm theo {kind} số {number} ngày {date} của {issuer_phrase(report)})"


def _heading(appendix: Appendix, caption: str, lay: Layout) -> list[Flowable]:
    spec, para = lay.profile.appendix, lay.styler.para
    story: list[Flowable] = [para([appendix.label.strip()], spec.label)]
    if appendix.title.strip():
        story.append(para([nfc(appendix.title.strip()).upper()], spec.title))
    story += [lay.ruled([caption], spec.caption, spec.rule_fraction, spec.max_width_fraction),
              Spacer(0, spec.space_after)]
    return story


def appendix_story(report: Report, lay: Layout, starts: Callable[[int], None]) -> list[Flowable]:
    """Every appendix, each from a new page; `starts` hears the page each one begins on."""
    caption = appendix_caption(report)
    story: list[Flowable] = []
    for appendix in report.appendices:
        tables = [PrintedCells(table, lay) for table in appendix.tables]
        wide = any(needs_landscape(cells, lay) for cells in tables)
        here = lay.turned() if wide else lay
        story += [NextPageTemplate(LANDSCAPE if wide else PORTRAIT), PageBreak(), PageMark(starts),
                  *_heading(appendix, caption, here), *here.paragraphs(appendix.text)]
        for cells in tables:
            story += table_flowables(cells, here)
    return story
