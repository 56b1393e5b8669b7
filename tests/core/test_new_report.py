"""Issue #15 point 1: a new report of a kind and period, blank or started from an earlier one of the
same kind (copied as «kỳ sau» copies), and a report duplicated as a new draft."""

import datetime

import pytest

from desktop.core import bundle
from desktop.core.errors import BaocaoError
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.units import commune
from desktop.core.workspace import Workspace

TODAY = datetime.date(2025, 12, 20)  # quý IV/2025 ends in 11 days: the quarter offered first
RESULTS = "bao-cao-ket-qua-khcn-cds"  # figures cleared for another period
QUARTERLY = "bao-cao-quy-nq57"  # figures kept for another period, notes not


@pytest.fixture
def workspace(store: Store) -> Workspace:
    workspace = Workspace(store, load_catalogue(), today=lambda: TODAY)
    workspace.set_unit(commune(21439), "proper")  # Phường Đức Phổ, whose results report is a sample
    return workspace


def sample(workspace: Workspace, name: str) -> int:
    return workspace.import_file(bundle.samples_dir() / f"{name}.json")[0]


def test_a_blank_report_takes_the_period_chosen(workspace: Workspace) -> None:
    report_id, _ = workspace.create_report(RESULTS, period="2025-6M")
    stored = workspace.store.load_report(report_id)
    assert (stored.template_id, stored.period, stored.status, stored.number) == (RESULTS, "2025-6M", "draft", "")
    assert stored.unit is not None and stored.unit.code == 21439 and stored.date == TODAY
    assert all(not row.cells.get("value") for table in stored.tables() for row in table.rows)


def test_a_blank_report_is_for_the_period_most_likely_reported_on_today(workspace: Workspace) -> None:
    _, report = workspace.create_report(QUARTERLY)
    assert report.period == "2025-Q4"


def test_a_period_the_template_does_not_take_is_refused_and_nothing_stored(workspace: Workspace) -> None:
    with pytest.raises(ValueError):
        workspace.create_report(QUARTERLY, period="2025-9M")
    with pytest.raises(BaocaoError) as caught:
        workspace.create_report(QUARTERLY, period="quý 3")
    assert caught.value.code == "period.invalid"
    assert workspace.store.list_reports() == []


def test_a_copy_keeps_the_text_and_leaves_the_earlier_periods_figures(workspace: Workspace) -> None:
    source_id = sample(workspace, "bao-cao-ket-qua-003-duc-pho")  # 9 tháng đầu năm 2025
    source = workspace.store.load_report(source_id)
    report_id, _ = workspace.create_report(RESULTS, period="2025", source=source_id)
    stored = workspace.store.load_report(report_id)
    assert (stored.period, stored.status, stored.number, stored.date) == ("2025", "draft", "", TODAY)
    assert stored.title.endswith("năm 2025") and "9 tháng" not in stored.title
    assert [s.text for s in stored.sections] == [s.text for s in source.sections]
    row = stored.tables()[0].rows[1]
    assert row.cells["name"] == source.tables()[0].rows[1].cells["name"]
    assert "value" not in row.cells and "note" not in row.cells  # 33.099 and «Tính đến 17/9/2025» stay behind
    assert workspace.store.load_report(source_id).tables()[0].rows[1].cells["value"] == 33099


def test_a_copy_keeps_the_figures_when_the_template_says_so_but_not_the_notes(workspace: Workspace) -> None:
    source_id = sample(workspace, "bao-cao-quy-004-hai-phong")  # quý III/2025
    source = workspace.store.load_report(source_id)
    _, report = workspace.create_report(QUARTERLY, period="2025-Q4", source=source_id)
    assert "quý IV/2025" in report.title and "quý III/2025" not in report.title
    first = report.tables()[0].rows[0].cells
    assert first == {k: v for k, v in source.tables()[0].rows[0].cells.items() if k != "note"}


def test_create_next_is_a_copy_for_the_following_period(workspace: Workspace) -> None:
    source_id = sample(workspace, "bao-cao-quy-004-hai-phong")
    _, following = workspace.create_next(source_id)
    _, copied = workspace.create_report(QUARTERLY, period="2025-Q4", source=source_id)
    assert following.period == "2025-Q4" and following.title == copied.title
    assert following.tables()[0].rows == copied.tables()[0].rows


def test_no_next_period_for_a_template_of_one_stage(workspace: Workspace) -> None:
    source_id = sample(workspace, "so-ket-000-tran-lieu")  # giai đoạn 2022-2025, the only one it takes
    with pytest.raises(BaocaoError) as caught:
        workspace.create_next(source_id)
    assert caught.value.code == "period.last"
    assert len(workspace.store.list_reports()) == 1


def test_a_copy_from_another_kind_is_refused(workspace: Workspace) -> None:
    source_id = sample(workspace, "bao-cao-quy-004-hai-phong")
    with pytest.raises(ValueError):
        workspace.create_report(RESULTS, period="2025", source=source_id)
    assert len(workspace.store.list_reports()) == 1


def test_the_sources_are_the_units_reports_of_that_kind_latest_period_first(workspace: Workspace) -> None:
    nine_months = sample(workspace, "bao-cao-ket-qua-003-duc-pho")
    half_year, _ = workspace.create_report(RESULTS, period="2025-6M")
    year, _ = workspace.create_report(RESULTS, period="2024")
    sample(workspace, "bao-cao-quy-004-hai-phong")  # another kind
    workspace.set_unit(commune(10729), "proper")
    sample(workspace, "so-ket-000-tran-lieu")
    assert workspace.copy_sources(RESULTS) == []  # Trần Liễu has none of that kind
    workspace.set_unit(commune(21439), "proper")
    assert [s.id for s in workspace.copy_sources(RESULTS)] == [nine_months, half_year, year]


def test_a_duplicate_is_a_new_draft_with_the_same_content(workspace: Workspace) -> None:
    source_id = sample(workspace, "bao-cao-quy-004-hai-phong")
    source = workspace.store.load_report(source_id)
    copy_id, _ = workspace.duplicate(source_id)
    copy = workspace.store.load_report(copy_id)
    assert copy_id != source_id and source.number == "01"
    assert (copy.number, copy.date, copy.status) == ("", None, "draft")
    assert (copy.title, copy.period, copy.template_id) == (source.title, source.period, source.template_id)
    assert copy.tables()[0].rows == source.tables()[0].rows  # figures and notes: the same period
    assert workspace.store.versions(copy_id) == [] and workspace.store.audit(copy_id) == []


def test_a_duplicate_of_an_issued_report_is_a_draft_without_its_versions(workspace: Workspace) -> None:
    source_id = sample(workspace, "bao-cao-ket-qua-003-duc-pho")
    source = workspace.store.load_report(source_id)
    source.number, source.date = "45", datetime.date(2025, 10, 7)
    workspace.store.save_report(source_id, source)
    workspace.finalise(source_id, source)
    copy_id, _ = workspace.duplicate(source_id)
    [summary] = [s for s in workspace.store.list_reports() if s.id == copy_id]
    assert (summary.status, summary.versions, summary.number) == ("draft", 0, "")
    assert workspace.store.load_report(source_id).status == "final"
    assert [v.number for v in workspace.store.versions(source_id)] == [1]
