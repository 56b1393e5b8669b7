"""Registers a profile's serif family with reportlab, once, so <b> and <i> pick the right face; says which
characters the family has no glyph for (validation warns about them: they would print blank)."""

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, TTFontFile

from desktop.core import bundle
from desktop.core.pdf.profile import Fonts, TextStyle, load_profile


@dataclass(frozen=True)
class Faces:
    """The registered reportlab names of the four faces of a family."""

    regular: str
    bold: str
    italic: str
    bold_italic: str

    def of(self, style: TextStyle) -> str:
        """The face name for a text style."""
        if style.bold:
            return self.bold_italic if style.italic else self.bold
        return self.italic if style.italic else self.regular


def register_family(fonts: Fonts, folder: Path | None = None) -> Faces:
    """Register the family's TrueType files (embedded as subsets); later calls reuse them."""
    folder = folder or bundle.fonts_dir()
    base = fonts.family
    faces = Faces(base, f"{base}-Bold", f"{base}-Italic", f"{base}-BoldItalic")
    files = {faces.regular: fonts.regular, faces.bold: fonts.bold,
             faces.italic: fonts.italic, faces.bold_italic: fonts.bold_italic}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file in files.items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    for bold, italic, name in ((0, 0, faces.regular), (1, 0, faces.bold),
                               (0, 1, faces.italic), (1, 1, faces.bold_italic)):
        addMapping(base, bold, italic, name)
    return faces


@cache
def glyph_coverage(profile: str = "nd30") -> frozenset[int]:
    """The characters (code points) that every face of a profile's family has a glyph for; the TrueType
    files' character maps are read once (about 10 ms a face)."""
    fonts = load_profile(profile).fonts
    folder = bundle.fonts_dir()
    faces = [set(TTFontFile(str(folder / file)).charToGlyph)
             for file in (fonts.regular, fonts.bold, fonts.italic, fonts.bold_italic)]
    return frozenset(set.intersection(*faces))


@cache
def _covered_characters(profile: str) -> frozenset[str]:
    return frozenset(map(chr, glyph_coverage(profile))) | {"\n", "\t"}  # line breaks and tabs are layout


def missing_glyphs(text: str, profile: str = "nd30") -> list[str]:
    """The distinct characters of a text the profile's font cannot print (emoji, CJK …), in order of
    first appearance."""
    absent = set(text).difference(_covered_characters(profile))
    return [char for char in dict.fromkeys(text) if char in absent] if absent else []
