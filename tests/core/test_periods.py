"""Reporting periods: parsing, labels as documents write them, and the choices offered on a date."""

import datetime
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.errors import BaocaoError
from desktop.core.messages import CATALOGUE
from desktop.core.periods import (
    MIN_YEAR,
    Period,
    accepts,
    choices,
    label,
    parse_period,
    previous,
    sort_key,
)

D = datetime.date


def q(year: int, quarter: int) -> Period:
    return Period("quarter", year, quarter=quarter)


@pytest.mark.parametrize(
    ("text", "period", "start", "end"),
    [
        ("2025", Period("year", 2025), D(2025, 1, 1), D(2025, 12, 31)),
        ("2025-Q1", q(2025, 1), D(2025, 1, 1), D(2025, 3, 31)),
        ("2025-Q3", q(2025, 3), D(2025, 7, 1), D(2025, 9, 30)),
        ("2024-Q4", q(2024, 4), D(2024, 10, 1), D(2024, 12, 31)),
        ("2025-6M", Period("6M", 2025), D(2025, 1, 1), D(2025, 6, 30)),
        ("2025-9M", Period("9M", 2025), D(2025, 1, 1), D(2025, 9, 30)),
        ("2022-2025", Period("stage", 2025, first_year=2022), D(2022, 1, 1), D(2025, 12, 31)),
    ],
)
def test_parse_period(text, period, start, end):
    parsed = parse_period(text)
    assert parsed == period
    assert str(parsed) == text
    assert (parsed.start, parsed.end) == (start, end)


def test_parse_period_tolerates_case_and_spaces():
    assert parse_period(" 2025-q3 ") == q(2025, 3)
    assert parse_period("2025-9m") == Period("9M", 2025)


@pytest.mark.parametrize("text", ["", "25", "abc", "2025-Q0", "2025-Q5", "2025-3M", "2025-2022", "2025-2025",
                                  "0999", "2025-Q3-1", "2025 Q3", "Q3/2025", "2025-"])
def test_parse_period_refuses(text):
    with pytest.raises(BaocaoError) as caught:
        parse_period(text)
    assert caught.value.code == "period.invalid"
    assert f"«{text.strip()}»" in caught.value.text("vi")
    assert f"«{text.strip()}»" in caught.value.text("en")


def test_period_message_is_catalogued_in_nfc():
    vi, en = CATALOGUE["period.invalid"]
    assert unicodedata.normalize("NFC", vi) == vi
    assert "{text}" in vi and "{text}" in en


@pytest.mark.parametrize(
    "fields",
    [("month", 2025), ("quarter", 2025), ("quarter", 2025, 5), ("year", 2025, 3), ("stage", 2025),
     ("stage", 2025, 0, 2025), ("year", 2025, 0, 2020), ("year", 999)],
)
def test_impossible_periods_are_bugs(fields):
    with pytest.raises(ValueError):
        Period(*fields)


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        ("2025-Q3", "quý III/2025", "Q3 2025"),
        ("2025-Q4", "quý IV/2025", "Q4 2025"),
        ("2025-6M", "6 tháng đầu năm 2025", "first 6 months of 2025"),
        ("2025-9M", "9 tháng đầu năm 2025", "first 9 months of 2025"),
        ("2025", "năm 2025", "2025"),
        ("2022-2025", "giai đoạn 2022-2025", "2022-2025"),
    ],
)
def test_labels(text, vi, en):
    period = parse_period(text)
    assert label(period) == vi
    assert label(period, "en") == en


@pytest.mark.parametrize(
    ("kinds", "text", "taken"),
    [
        (["quarter"], "2025-Q3", True),
        (["quarter"], "2025-9M", False),
        (["quarter", "9M"], "2025-9M", True),
        (["year"], "2025", True),
        (["6M"], "2025-9M", False),
        (["2022-2025"], "2022-2025", True),
        (["2022-2025"], "2021-2025", False),
        (["year"], "2022-2025", False),
        ([], "2025", False),
    ],
)
def test_accepts(kinds, text, taken):
    assert accepts(kinds, parse_period(text)) is taken


@pytest.mark.parametrize(
    ("today", "first"),
    [
        (D(2025, 10, 7), "2025-Q3"),
        (D(2025, 9, 15), "2025-Q2"),
        (D(2025, 9, 16), "2025-Q3"),  # the last 15 days of a quarter: its own report is due
        (D(2025, 9, 30), "2025-Q3"),
        (D(2025, 1, 10), "2024-Q4"),
        (D(2025, 12, 20), "2025-Q4"),
    ],
)
def test_quarter_choices_start_with_the_likely_one(today, first):
    assert str(choices(["quarter"], today)[0]) == first


def test_quarter_choices_go_back_in_order():
    assert [str(p) for p in choices(["quarter"], D(2025, 10, 7))] == [
        "2025-Q3", "2025-Q2", "2025-Q1", "2024-Q4", "2024-Q3", "2024-Q2"]
    assert len(choices(["quarter"], D(2025, 10, 7), count=2)) == 2


@pytest.mark.parametrize(
    ("kind", "today", "first"),
    [
        ("9M", D(2025, 10, 7), "2025-9M"),
        ("9M", D(2025, 9, 16), "2025-9M"),
        ("9M", D(2025, 9, 15), "2024-9M"),
        ("6M", D(2025, 6, 16), "2025-6M"),
        ("6M", D(2025, 6, 15), "2024-6M"),
        ("year", D(2025, 11, 15), "2025"),
        ("year", D(2025, 11, 14), "2024"),
        ("year", D(2026, 1, 5), "2025"),
        ("2022-2025", D(2025, 10, 7), "2022-2025"),
    ],
)
def test_first_choice_of_each_kind(kind, today, first):
    assert str(choices([kind], today)[0]) == first


def test_a_literal_stage_is_offered_alone():
    assert choices(["2022-2025"], D(2025, 10, 7)) == [Period("stage", 2025, first_year=2022)]


def test_several_kinds_merge_latest_first():
    picked = [str(p) for p in choices(["9M", "quarter"], D(2025, 10, 7))]
    assert picked == ["2025-Q3", "2025-9M", "2025-Q2", "2025-Q1", "2024-Q4", "2024-Q3"]
    assert [str(p) for p in choices(["year", "year"], D(2025, 10, 7), count=3)] == ["2024", "2023", "2022"]


def test_unknown_kind_is_refused():
    with pytest.raises(BaocaoError) as caught:
        choices(["month"], D(2025, 10, 7))
    assert caught.value.code == "period.invalid"


@pytest.mark.parametrize(
    ("text", "before"),
    [("2025-Q1", "2024-Q4"), ("2025-Q3", "2025-Q2"), ("2025-9M", "2024-9M"), ("2025-6M", "2024-6M"),
     ("2025", "2024"), ("2022-2025", "2018-2021"), ("2021-2025", "2016-2020")],
)
def test_previous(text, before):
    assert str(previous(parse_period(text))) == before


def test_previous_stops_at_the_first_four_digit_year():
    assert previous(Period("year", MIN_YEAR)) is None
    assert previous(q(MIN_YEAR, 1)) is None
    assert previous(Period("stage", 1003, first_year=1000)) is None


def test_sort_key_orders_by_end_then_start():
    periods = [parse_period(t) for t in ("2025", "2025-Q4", "2025-9M", "2025-Q3", "2022-2025")]
    assert [str(p) for p in sorted(periods, key=sort_key)] == ["2025-9M", "2025-Q3", "2022-2025", "2025", "2025-Q4"]


years = st.integers(MIN_YEAR, 9999)
periods = st.one_of(
    years.map(lambda y: Period("year", y)),
    st.builds(q, years, st.integers(1, 4)),
    st.builds(Period, st.sampled_from(["6M", "9M"]), years),
    st.builds(lambda first, length: Period("stage", first + length, first_year=first),
              st.integers(MIN_YEAR, 9000), st.integers(1, 50)),
)


@given(periods)
def test_str_reads_back(period):
    assert parse_period(str(period)) == period
    assert period.start <= period.end


@given(periods)
def test_previous_comes_before(period):
    before = previous(period)
    if before is None:
        assert period.start.year - (period.year - period.first_year + 1 if period.first_year else 1) < MIN_YEAR
        return
    assert before.kind == period.kind
    if period.kind in ("quarter", "year", "stage"):
        assert before.end < period.start
        assert before.end + datetime.timedelta(days=1) == period.start  # nothing left between them
    else:
        assert before.end < period.end
    if period.kind == "stage":
        assert before.year - before.first_year == period.year - period.first_year


@given(st.dates(D(2001, 1, 1), D(2099, 12, 31)), st.lists(st.sampled_from(["year", "quarter", "6M", "9M"]),
                                                         min_size=1, max_size=4))
def test_choices_are_distinct_accepted_and_ordered(today, kinds):
    offered = choices(kinds, today)
    assert len(offered) == len(set(offered)) == 6
    assert all(accepts(kinds, p) for p in offered)
    assert offered == sorted(offered, key=sort_key, reverse=True)
    assert offered[0].start <= today  # never a period that has not begun
