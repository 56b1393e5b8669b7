"""The unit's dashboard: latest figures against targets, tasks by status, deadlines coming up.

Reports are written inline (a few rows each) so each test shows its own input; the last tests read the
real samples: the plan of seed 002 and the 9-month results of seed 003, as if of one commune.
"""

import datetime
from decimal import Decimal
from functools import partial

import pytest

from desktop.core import bundle
from desktop.core.dashboard import NO_STATUS, Stored, build, status_text, unit_dashboard
from desktop.core.deadlines import REPORT, TASK, task_due
from desktop.core.document import Appendix, Report, UnitRef
from desktop.core.exchange.completeness import deadline, set_deadline
from desktop.core.exchange.scope import Scope
from desktop.core.reportfile import read_report
from desktop.core.tables import Column, Row, Table, column_from_dict
from desktop.core.targets import AT_LEAST, AT_MOST, BELOW, MET, NO_DATA, NOT_COMPARABLE, NOT_MET, parse_target, verdict
from desktop.core.units import commune
from desktop.core.vnformat import ratio_percent
from desktop.core.workspace import Workspace

TODAY = datetime.date(2025, 12, 24)
UNIT = UnitRef(10729, "Phường Trần Liễu", "phường", 31, "Thành phố Hải Phòng")
OTHER = UnitRef(10750, "Xã Phú Thái", "xã", 31, "Thành phố Hải Phòng")
RESULTS, PLAN = "bao-cao-ket-qua-khcn-cds", "ke-hoach-nq57"


# ---- inline reports ----

def columns(*keys: str) -> list[Column]:
    return [column_from_dict({"key": k, "title": k} if k == "name" else {"key": k}) for k in keys]


def indicators(*rows: Row) -> Table:
    return Table("so-lieu", "indicators", "", columns("name", "unit", "value", "denominator", "ratio",
                                                      "target:2025", "target:2030"), list(rows))


def tasks(*rows: Row) -> Table:
    return Table("nhiem-vu", "tasks", "", columns("name", "lead", "deadline", "status"), list(rows))


def row(key: str, kind: str = "ratio", **cells: object) -> Row:
    return Row(cells={"name": key.replace("-", " ").capitalize(), **cells}, key=key, kind=kind)


def task(name: str, deadline_text: str = "Thường xuyên", status: str | None = None) -> Row:
    cells = {"name": name, "lead": "Phòng Văn hóa - Xã hội", "deadline": deadline_text}
    return Row(cells={**cells, "status": status} if status else cells)


def report(period: str, *tables: Table, template: str = RESULTS, status: str = "draft",
           unit: UnitRef | None = UNIT, date: datetime.date | None = None) -> Report:
    return Report(template_id=template, unit=unit, issuer_parent="", issuer=["ỦY BAN NHÂN DÂN"], place="Trần Liễu",
                  period=period, number="", symbol="BC-UBND", date=date, year=2025, type_name="BÁO CÁO",
                  title="Kết quả chuyển đổi số", status=status,
                  appendices=[Appendix("pl", "Phụ lục", "", tables=list(tables))])


def stored(*reports: Report) -> list[Stored]:
    return [Stored(i, r, "Báo cáo kết quả", f"2025-01-01T00:00:{i:02d}") for i, r in enumerate(reports, start=1)]


@pytest.fixture
def board(store):
    """The dashboard of some inline reports, report deadlines from the (empty) store."""
    return lambda *reports, today=TODAY: build(stored(*reports), "Phường Trần Liễu", today, partial(deadline, store))


def only(dashboard, key):
    return next(i for i in dashboard.indicators if i.key == key)


# ---- targets ----

@pytest.mark.parametrize(("text", "op", "threshold"), [
    ("> 60%", ">", 60), ("100%", AT_LEAST, 100), ("100", AT_LEAST, 100), ("≥ 70%", AT_LEAST, 70),
    ("Phấn đấu ít nhất 3%", AT_LEAST, 3), ("Đạt trên 3%", ">", 3), ("Phấn đấu đạt 3%", AT_LEAST, 3),
    ("≤ 5%", AT_MOST, 5), ("không quá 1.000", AT_MOST, 1000), ("dưới 2,5%", BELOW, Decimal("2.5")),
    ("không dưới 50%", AT_LEAST, 50), ("80-90%", AT_LEAST, 80),
])
def test_a_target_as_plans_write_it(text, op, threshold):
    target = parse_target(2025, text)
    assert (target.op, target.threshold, target.text, target.year) == (op, threshold, text, 2025)


@pytest.mark.parametrize("text", [
    "Phân bổ ngân sách, kinh phí chi hằng năm cho phát triển khoa học, công nghệ",
    "> 95 đối với cơ sở giáo dục phổ thông; ≥ 95 đối với cơ sở giáo dục mầm non",
])
def test_a_target_in_words_or_with_two_figures_is_not_compared(text):
    assert not parse_target(2030, text).comparable
    assert verdict(parse_target(2030, text), Decimal(99), percent=True) == NOT_COMPARABLE


@pytest.mark.parametrize(("text", "value", "expected"), [
    ("100%", Decimal("99.996"), MET),  # shown as 100,00%: never «chưa đạt» beside «100%»
    ("100%", Decimal("99.83"), NOT_MET),
    ("> 60%", Decimal(60), NOT_MET),
    ("≥ 60%", Decimal(60), MET),
    ("≤ 5%", Decimal(3), MET),
    ("< 5%", Decimal(5), NOT_MET),
    ("> 60%", None, NO_DATA),
])
def test_verdicts(text, value, expected):
    assert verdict(parse_target(2025, text), value, percent=True) == expected


# ---- indicators ----

def test_the_latest_period_gives_the_figure_and_each_target_a_verdict(board):
    plan = report("2025-2030", indicators(row("dvc", "percent", **{"target:2025": "≥ 80%", "target:2030": "100%"})),
                  template=PLAN)
    q2 = report("2025-Q2", indicators(row("dvc", value=70, denominator=100)), status="final")
    q3 = report("2025-Q3", indicators(row("dvc", value=1769, denominator=1772)))
    item = only(board(q3, plan, q2), "dvc")
    assert (item.latest.text, item.latest.period_text(), item.latest.report_id) == (
        "99,83%", "quý III/2025 (bản nháp)", 1)
    assert [(a.target.year, a.target.text, a.verdict_text()) for a in item.assessments] == [
        (2025, "≥ 80%", "Đạt"), (2030, "100%", "Chưa đạt")]
    assert item.current().target.year == 2025
    assert item.latest.value == ratio_percent(1769, 1772)  # a number, not text


def test_a_blank_in_the_latest_period_leaves_the_earlier_figure(board):
    q2 = report("2025-Q2", indicators(row("chu-ky-so", "percent", value=Decimal("64.5"))), status="final")
    q3 = report("2025-Q3", indicators(row("chu-ky-so", "percent")))
    item = only(board(q2, q3), "chu-ky-so")
    assert (item.latest.text, item.latest.period_text("en"), item.latest.draft) == ("64,50%", "Q2 2025", False)


def test_the_latest_plan_states_the_target_of_a_year(board):
    old = report("2025-2030", indicators(row("dvc", "percent", **{"target:2025": "70%", "target:2030": "90%"})),
                 template=PLAN, date=datetime.date(2025, 3, 1))
    new = report("2025-2030", indicators(row("dvc", "percent", **{"target:2025": "75%", "target:2030": "-"})),
                 template=PLAN, date=datetime.date(2025, 10, 2))
    item = only(board(new, old), "dvc")
    assert [(a.target.year, a.target.text) for a in item.assessments] == [(2025, "75%"), (2030, "90%")]
    assert {a.verdict for a in item.assessments} == {NO_DATA}


def test_a_lower_is_better_target_compares_downwards(board):
    plan = report("2025-2030", indicators(row("qua-han", "percent", **{"target:2025": "≤ 5%"})), template=PLAN)
    q3 = report("2025-Q3", indicators(row("qua-han", value=30, denominator=1639)))
    assert only(board(plan, q3), "qua-han").current().verdict == MET


def test_rows_a_clerk_added_are_matched_by_name(board):
    plan = report("2025-2030", indicators(Row(cells={"name": "Tỷ lệ  hộ dùng VNeID", "target:2025": "> 50%"},
                                              kind="percent")), template=PLAN)
    q3 = report("2025-Q3", indicators(Row(cells={"name": "tỷ lệ hộ dùng vneid ", "value": Decimal(55)},
                                          kind="percent")))
    item = only(board(plan, q3), "name:tỷ lệ hộ dùng vneid")
    assert (item.latest.text, item.current().verdict) == ("55%", MET)


def test_those_judged_come_first_and_the_chart_takes_percentages_with_targets(board):
    plan = report("2025-2030", indicators(row("waiting", "percent", **{"target:2025": "50%"}),
                                          row("judged", "percent", **{"target:2025": "50%"})), template=PLAN)
    q3 = report("2025-Q3", indicators(row("count-only", "count", value=25), row("judged", value=1, denominator=4)))
    dashboard = board(plan, q3)
    assert [i.key for i in dashboard.indicators] == ["judged", "count-only", "waiting"]
    assert [i.key for i in dashboard.charted()] == ["judged"]
    assert only(dashboard, "judged").current().verdict == NOT_MET
    assert dashboard.headline_years() == [2025]


def test_an_unreadable_period_is_left_out(board):
    assert board(report("quý 3", indicators(row("x", value=1, denominator=2)))).report_count == 0


# ---- tasks ----

def test_tasks_by_status_from_the_latest_report_that_lists_them(board):
    old = report("2025-Q2", tasks(task("Cũ", status="chưa triển khai")))
    plan = report("2025-2030", tasks(task("A", status="hoàn thành đúng hạn"), task("B", status="hoàn thành đúng hạn"),
                                     task("C", status="đang thực hiện quá hạn"), task("D"), task("E", status="xong")),
                  template=PLAN)
    summary = board(old, plan).tasks
    assert [t.name for t in summary.tasks] == ["A", "B", "C", "D", "E"]
    assert [(status_text(s), n) for s, n in summary.counts()] == [
        ("Chưa triển khai", 0), ("Đang thực hiện trong hạn", 0), ("Đang thực hiện quá hạn", 1),
        ("Hoàn thành đúng hạn", 2), ("Hoàn thành quá hạn", 0), ("Chưa cập nhật tình trạng", 2)]
    assert summary.tasks[-1].status == NO_STATUS  # «xong» is not one of the statuses
    assert summary.title == "Báo cáo kết quả chuyển đổi số"


def test_group_rows_are_not_tasks(board):
    heading = Row(cells={"name": "Nâng cao nhận thức"}, level=1, group=True)
    assert len(board(report("2025-2030", tasks(heading, task("A")), template=PLAN)).tasks.tasks) == 1


# ---- deadlines ----

def test_the_next_report_after_the_last_issued_one(board):
    q3 = report("2025-Q3", indicators(), status="sent")
    items = board(q3).deadlines
    assert [(d.kind, d.text()) for d in items] == [(REPORT, "Báo cáo quý IV/2025 — hạn 05/01/2026 (còn 12 ngày)")]
    assert items[0].detail.text() == "Báo cáo kết quả"
    assert items[0].text("en") == "Report for Q4 2025 — due 05/01/2026 (12 days left)"


def test_a_draft_not_issued_is_still_due_and_overdue_ones_say_so(board):
    q3 = report("2025-Q3", indicators(), status="draft")
    items = board(q3, today=datetime.date(2025, 10, 8)).deadlines
    assert [d.text() for d in items] == ["Báo cáo quý III/2025 — hạn 05/10/2025 (quá hạn 3 ngày)",
                                         "Báo cáo quý IV/2025 — hạn 05/01/2026 (còn 89 ngày)"]
    assert (items[0].report_id, items[1].report_id) == (1, None)


def test_a_deadline_set_for_the_period_is_used(board, store):
    set_deadline(store, RESULTS, "2025-Q4", datetime.date(2025, 12, 31))
    items = board(report("2025-Q3", indicators(), status="final"), today=datetime.date(2025, 12, 31)).deadlines
    assert [d.text() for d in items] == ["Báo cáo quý IV/2025 — hạn 31/12/2025 (hôm nay)"]


def test_a_plan_has_no_next_report_but_its_tasks_have_deadlines(board):
    plan = report("2025-2030", tasks(task("Xong", "Tháng 12/2025", "hoàn thành đúng hạn"), task("Sắp", "Tháng 1/2026"),
                                     task("Trễ", "Tháng 9/2025", "đang thực hiện quá hạn"), task("Xa", "Năm 2027"),
                                     task("Luôn", "Thường xuyên")), template=PLAN)
    items = board(plan).deadlines
    assert [(d.kind, d.text()) for d in items] == [
        (TASK, "Trễ — hạn 30/09/2025 (quá hạn 85 ngày)"), (TASK, "Sắp — hạn 31/01/2026 (còn 38 ngày)")]
    assert items[0].detail.text() == "Nhiệm vụ, thời hạn ghi «Tháng 9/2025»; chủ trì: Phòng Văn hóa - Xã hội"


@pytest.mark.parametrize(("text", "due"), [
    ("Tháng 9/2025", datetime.date(2025, 9, 30)), ("tháng 02 năm 2024", datetime.date(2024, 2, 29)),
    ("Quý IV/2025", datetime.date(2025, 12, 31)), ("Hoàn thành kết nối trong tháng 9/2026", datetime.date(2026, 9, 30)),
    ("15/01/2026", datetime.date(2026, 1, 15)), ("trước ngày 30/11", datetime.date(2026, 11, 30)),
    ("Năm 2025", datetime.date(2025, 12, 31)), ("2025-2030", datetime.date(2030, 12, 31)),
    ("Thường xuyên", None), ("Năm 2025 và những năm tiếp theo", None), ("Sau khi thành phố ban hành kế hoạch", None),
    ("31/02/2026", None), ("Tháng 13/2025", None),
])
def test_task_deadlines_as_written(text, due):
    assert task_due(text, TODAY) == due


# ---- from the store ----

def test_the_store_of_the_unit_only(store, catalogue):
    workspace = Workspace(store, catalogue, today=lambda: TODAY)
    workspace.set_unit(commune(10729), "proper")
    store.add_report(report("2025-Q3", indicators(row("dvc", value=1, denominator=2))))
    store.add_report(report("2025-Q3", indicators(row("khac", value=1, denominator=2)), unit=OTHER))
    dashboard = unit_dashboard(workspace)
    assert (dashboard.unit_name, dashboard.report_count, [i.key for i in dashboard.indicators]) == (
        "Phường Trần Liễu", 1, ["dvc"])


def test_a_province_copy_reads_its_own_reports(store, catalogue):
    workspace = Workspace(store, catalogue, today=lambda: TODAY)
    workspace.set_scope(Scope("province", 31))
    province = UnitRef(31, "Thành phố Hải Phòng", "thành phố", 31, "Thành phố Hải Phòng")
    store.add_report(report("2025-Q3", indicators(row("dvc", value=1, denominator=2)), unit=province))
    assert unit_dashboard(workspace).report_count == 1


def test_reports_in_the_trash_are_left_out(store, catalogue):
    workspace = Workspace(store, catalogue, today=lambda: TODAY)
    workspace.set_unit(commune(10729), "proper")
    kept = store.add_report(report("2025-Q2", indicators(row("dvc", value=1, denominator=2))))
    store.trash_report(store.add_report(report("2025-Q3", indicators(row("dvc", value=2, denominator=2)))))
    dashboard = unit_dashboard(workspace)
    assert (dashboard.report_count, only(dashboard, "dvc").latest.report_id) == (1, kept)


def test_an_empty_store_gives_an_empty_dashboard(store, catalogue):
    workspace = Workspace(store, catalogue, today=lambda: TODAY)
    workspace.set_unit(commune(10729), "proper")
    dashboard = unit_dashboard(workspace)
    assert dashboard.empty and not dashboard.indicators and dashboard.tasks is None and not dashboard.deadlines


@pytest.fixture
def samples(store, catalogue):
    """The plan of seed 002 (Trần Liễu) and the 9-month results of seed 003 (Đức Phổ), as one commune's."""
    workspace = Workspace(store, catalogue, today=lambda: datetime.date(2025, 10, 1))
    workspace.set_unit(commune(10729), "proper")
    for name in ("ke-hoach-002-tran-lieu.json", "bao-cao-ket-qua-003-duc-pho.json"):
        sample = read_report(bundle.samples_dir() / name)
        sample.unit = UNIT
        store.add_report(sample)
    return unit_dashboard(workspace)


def test_samples_the_plan_targets_meet_the_results_figures(samples):
    item = only(samples, "dan-so-tiep-can-dich-vu-so")
    assert item.name == "Tỷ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục, bảo hiểm, giao thông"
    assert (item.latest.text, item.latest.period_text()) == ("80%", "9 tháng đầu năm 2025 (bản nháp)")
    assert [(a.target.year, a.target.text, a.verdict_text()) for a in item.assessments[:2]] == [
        (2025, "80%", "Đạt"), (2030, "90%", "Chưa đạt")]
    assert samples.indicators[0] is item  # the one judged comes first
    assert only(samples, "phu-song-5g").current().verdict == NO_DATA
    assert only(samples, "cccd-cap").latest.text == "99,77%" and not only(samples, "cccd-cap").assessments
    assert samples.headline_years() == [2025, 2030]


def test_samples_tasks_and_deadlines(samples):
    assert len(samples.tasks.tasks) == 45 and dict(samples.tasks.counts())[NO_STATUS] == 45
    assert samples.tasks.title.startswith("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW")
    texts = [d.text() for d in samples.deadlines]
    assert "Báo cáo 9 tháng đầu năm 2025 — hạn 05/10/2025 (còn 4 ngày)" in texts
    assert sum(1 for d in samples.deadlines if d.kind == TASK) == 2  # the two «Tháng 9/2025» tasks
