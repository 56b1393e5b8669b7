"""Registers a profile's serif family with reportlab, once, so <b> and <i> pick the right face."""

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.core import bundle
from desktop.core.pdf.profile import Fonts, TextStyle


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
