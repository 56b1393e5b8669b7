"""File names the app offers for what it writes: plain ASCII (they travel by email, Zalo and USB
sticks, where Vietnamese letters in names get mangled), saying what the file is."""

import re
import unicodedata

from desktop.core.document import Report


def ascii_slug(text: str) -> str:
    """'Báo cáo Đức Phổ' → 'bao-cao-duc-pho'."""
    folded = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")


def report_kind(template_id: str) -> str:
    """The kind in a file name: the template's id without the «bao-cao-» every report has."""
    return template_id.removeprefix("bao-cao-")


def report_stem(report: Report) -> str:
    """'132-BC-UBND_so-ket-chien-luoc_2022-2025': number and symbol (or «du-thao» while the report has
    no number), kind, period; the name of every file made of one report, without its extension."""
    number = ascii_slug(f"{report.number}-{report.symbol}").upper() if report.number else "du-thao"
    period = re.sub(r"[^A-Za-z0-9-]+", "-", report.period)  # the period's own code: 2025-9M, 2025-Q3
    return f"{number}_{report_kind(report.template_id)}_{period}"


def pdf_name(report: Report) -> str:
    """'132-BC-UBND_so-ket-chien-luoc_2022-2025.pdf'."""
    return report_stem(report) + ".pdf"
