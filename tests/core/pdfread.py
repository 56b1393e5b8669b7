"""Reading a generated PDF back with pdfplumber: lines of characters with their fonts, sizes and
positions, and the rules drawn on each page. Shared by the PDF tests; coordinates are pdfplumber's
(points from the top-left corner of the page as read)."""

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber

from desktop.core.pdf.profile import MM

PAGE_W, PAGE_H = 595.2756, 841.8898
LEFT, RIGHT, TOP, BOTTOM = 30 * MM, PAGE_W - 15 * MM, 20 * MM, PAGE_H - 20 * MM
CENTRE = (LEFT + RIGHT) / 2
DRAFT_MARK = "DỰ THẢO"


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass
class Line:
    """Characters sharing one baseline (optionally one run of them: see `Page.segments`)."""

    chars: list[dict[str, Any]]
    page_height: float = PAGE_H

    @property
    def text(self) -> str:
        return nfc("".join(c["text"] for c in self.chars)).strip()

    @property
    def x0(self) -> float:
        return float(min(c["x0"] for c in self.chars if c["text"].strip()))

    @property
    def x1(self) -> float:
        return float(max(c["x1"] for c in self.chars if c["text"].strip()))

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def baseline(self) -> float:
        """Of the largest characters: a raised footnote mark merged into the line has its own."""
        largest = max(self.chars, key=lambda c: c["size"])
        return self.page_height - float(largest["matrix"][5])

    @property
    def top(self) -> float:
        return float(min(c["top"] for c in self.chars))

    @property
    def bottom(self) -> float:
        return float(max(c["bottom"] for c in self.chars))

    @property
    def sizes(self) -> set[float]:
        return {round(c["size"], 2) for c in self.chars if c["text"].strip()}

    @property
    def faces(self) -> set[str]:
        """'Regular', 'Bold', 'Italic' or 'BoldItalic' for each face used."""
        found = set()
        for c in self.chars:
            if c["text"].strip():
                name = c["fontname"].split("+")[-1]
                found.add(name.split("-")[1] if "-" in name else "Regular")
        return found

    def is_face(self, face: str, size: float) -> bool:
        return self.faces == {face} and self.sizes == {size}


@dataclass
class Page:
    number: int
    chars: list[dict[str, Any]]
    rules: list[dict[str, Any]]
    width: float = PAGE_W
    height: float = PAGE_H
    lines: list[Line] = field(default_factory=list)
    segments: list[Line] = field(default_factory=list)

    def find(self, start: str) -> Line:
        """The first segment whose text starts with `start`."""
        for segment in self.segments:
            if segment.text.startswith(nfc(start)):
                return segment
        raise AssertionError(f"no text starting {start!r} on page {self.number}: "
                             f"{[s.text for s in self.segments]}")

    def has(self, start: str) -> bool:
        return any(s.text.startswith(nfc(start)) for s in self.segments)

    def rule_under(self, line: Line) -> dict[str, Any]:
        """The nearest horizontal rule below a line, overlapping it horizontally."""
        below = [r for r in self.rules if 0 < r["top"] - line.baseline < 12
                 and r["x0"] < line.x1 and r["x1"] > line.x0]
        assert below, f"no rule under {line.text!r}"
        return min(below, key=lambda r: r["top"])

    @property
    def landscape(self) -> bool:
        return self.width > self.height

    def in_top_margin(self, line: Line) -> bool:
        return line.baseline < TOP


@dataclass
class Pdf:
    pages: list[Page]
    metadata: dict[str, Any]
    size: tuple[float, float]
    path: Path


def in_draft_mark(char: dict[str, Any]) -> bool:
    """A glyph of the boxed "DỰ THẢO" a draft carries at the top right (tested in test_pdf_draft.py)."""
    return char["text"] in DRAFT_MARK and char["top"] < TOP and "Bold" in char["fontname"]


def _group(chars: list[dict[str, Any]], gap: float | None, height: float) -> list[Line]:
    rows: dict[float, list[dict[str, Any]]] = {}
    for c in chars:
        rows.setdefault(round(float(c["matrix"][5]), 1), []).append(c)
    lines = []
    for key in sorted(rows, reverse=True):
        row = sorted(rows[key], key=lambda c: c["x0"])
        run = [row[0]]
        for c in row[1:]:
            if gap is not None and c["x0"] - run[-1]["x1"] > gap:
                lines.append(Line(run, height))
                run = []
            run.append(c)
        lines.append(Line(run, height))
    return [line for line in lines if line.text]


def read_pdf(path: Path) -> Pdf:
    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            chars = list(page.chars)
            rules = [r for r in [*page.lines, *page.rects] if r["height"] < 2]
            width, height = float(page.width), float(page.height)
            pages.append(Page(number, chars, rules, width, height,
                              _group(chars, None, height), _group(chars, 3, height)))
        first = pdf.pages[0]
        return Pdf(pages, dict(pdf.metadata), (float(first.width), float(first.height)), path)
