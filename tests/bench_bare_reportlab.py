"""`make bench` baseline: the pages of a report JSON laid out by plain reportlab, with no baocao code.

Usage: python tests/bench_bare_reportlab.py REPORT.json OUT.pdf

The same fonts (resources/fonts, Liberation Serif, embedded as subsets), the same body paragraphs
(justified, indented, 14/18 pt) on A4 portrait pages, then each appendix table as one reportlab
Table of Paragraph cells on landscape pages, its header row repeated, with a grid. No Decree-30
header, signature or footnotes, and column widths as a browser's automatic table layout: what any
reportlab report must do, as a yardstick for `baocao render` (bench.py prints both and their ratio).
"""

import json
import sys
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"
MARGINS = {"leftMargin": 30 * mm, "rightMargin": 15 * mm, "topMargin": 20 * mm, "bottomMargin": 20 * mm}


def register_fonts() -> None:
    for face in ("Regular", "Bold", "Italic", "BoldItalic"):
        pdfmetrics.registerFont(TTFont(f"Serif-{face}", str(FONTS / f"LiberationSerif-{face}.ttf")))
    pdfmetrics.registerFontFamily("Serif", normal="Serif-Regular", bold="Serif-Bold", italic="Serif-Italic",
                                  boldItalic="Serif-BoldItalic")


BODY = ParagraphStyle("body", fontName="Serif-Regular", fontSize=14, leading=18, alignment=TA_JUSTIFY,
                      firstLineIndent=10 * mm, spaceAfter=6)
HEADING = ParagraphStyle("heading", parent=BODY, fontName="Serif-Bold")
CELL = ParagraphStyle("cell", fontName="Serif-Regular", fontSize=12, leading=13.8)
HEAD = ParagraphStyle("head", parent=CELL, fontName="Serif-Bold", alignment=1)


def paragraphs(text: str, style: ParagraphStyle = BODY) -> list[Paragraph]:
    return [Paragraph(escape(line.strip()), style) for line in text.splitlines() if line.strip()]


def body(data: dict[str, Any]) -> list[Paragraph]:
    story = [Paragraph(escape(data["type_name"]), HEAD), Paragraph(escape(data["title"]), HEAD)]
    story += [p for basis in data["legal_bases"] for p in paragraphs(basis)] + paragraphs(data["opening"])

    def sections(items: list[dict[str, Any]]) -> None:
        for section in items:
            story.extend(paragraphs(section["heading"], HEADING) + paragraphs(section["text"]))
            sections(section["children"])

    sections(data["sections"])
    story += paragraphs(data["closing"]) + [Paragraph(escape(f"- {r}"), CELL) for r in data["recipients"]]
    return story


def fitted(texts: list[list[str]], width: float) -> list[float]:
    """Column widths as a browser lays out an HTML table that overflows: each column its longest
    word, and the room left shared in proportion to how much wider its longest cell is."""
    def measure(text: str, face: str = CELL.fontName) -> float:
        return float(pdfmetrics.stringWidth(text, face, CELL.fontSize)) + 6

    columns = list(zip(*texts, strict=True))
    least = [max([measure(w, HEAD.fontName) for w in column[0].split()] +
                 [measure(w) for t in column[1:] for w in t.split()]) for column in columns]
    natural = [max([lo] + [measure(t) for t in column[1:]]) for lo, column in zip(least, columns, strict=True)]
    room = sum(n - lo for lo, n in zip(least, natural, strict=True))
    share = min(1.0, max(0.0, width - sum(least)) / room) if room else 0.0
    widths = [lo + share * (n - lo) for lo, n in zip(least, natural, strict=True)]
    return [w * width / sum(widths) for w in widths]


def table(spec: dict[str, Any], width: float) -> Table:
    keys = [column["key"] for column in spec["columns"]]
    texts = [[column["title"] for column in spec["columns"]]]
    texts += [[str(index) if key == "stt" else str(row["cells"].get(key, "")) for key in keys]
              for index, row in enumerate(spec["rows"], start=1)]
    rows = [[Paragraph(escape(text), HEAD) for text in texts[0]]]
    rows += [[Paragraph(escape(text), CELL) for text in row] for row in texts[1:]]
    grid = Table(rows, colWidths=fitted(texts, width), repeatRows=1)
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]))
    return grid


def page_number(canvas: Any, doc: BaseDocTemplate) -> None:
    canvas.setFont("Serif-Regular", 14)
    canvas.drawCentredString(canvas._pagesize[0] / 2, canvas._pagesize[1] - 12.5 * mm, str(doc.page))


def main(source: Path, out: Path) -> None:
    register_fonts()
    data = json.loads(source.read_text(encoding="utf-8"))
    doc = BaseDocTemplate(str(out), pagesize=A4, initialFontName="Serif-Regular", **MARGINS)
    wide = landscape(A4)
    turned_width = wide[0] - doc.leftMargin - doc.rightMargin
    doc.addPageTemplates([
        PageTemplate("portrait", [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="p")],
                     pagesize=A4, onPage=page_number),
        PageTemplate("landscape", [Frame(doc.leftMargin, doc.bottomMargin, turned_width,
                                         wide[1] - doc.topMargin - doc.bottomMargin, id="l")],
                     pagesize=wide, onPage=page_number)])
    story: list[Any] = body(data)
    for appendix in data["appendices"]:
        story += [NextPageTemplate("landscape"), PageBreak(), Paragraph(escape(appendix["label"]), HEAD)]
        story += [table(spec, turned_width) for spec in appendix["tables"]]
    doc.build(story)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
