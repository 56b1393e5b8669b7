"""The names offered for the files the app writes (#11)."""

from desktop.core import bundle
from desktop.core.filenames import ascii_slug, pdf_name
from desktop.core.reportfile import read_report


def sample(name: str):
    return read_report(bundle.samples_dir() / name)


def test_ascii_slug_folds_vietnamese():
    assert ascii_slug("Báo cáo Đức Phổ, quý III/2025") == "bao-cao-duc-pho-quy-iii-2025"


def test_a_numbered_report_is_named_by_number_kind_and_period():
    assert pdf_name(sample("so-ket-000-tran-lieu.json")) == "132-BC-UBND_so-ket-chien-luoc_2022-2025.pdf"
    assert pdf_name(sample("bao-cao-quy-004-hai-phong.json")) == "01-BC-BCD_quy-nq57_2025-Q3.pdf"


def test_a_report_without_a_number_is_a_draft_in_its_name():
    assert pdf_name(sample("bao-cao-ket-qua-003-duc-pho.json")) == "du-thao_ket-qua-khcn-cds_2025-9M.pdf"
