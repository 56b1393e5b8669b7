"""Editing tables as a clerk types: Vietnamese numbers in and out, Excel blocks, rows."""

import copy
import tomllib
from decimal import Decimal

import pytest
from test_validate import TEMPLATE

from desktop.core.cells import add_row, cell_text, parse_clipboard, paste_block, remove_row, set_cell
from desktop.core.errors import BaocaoError
from desktop.core.tables import row_labels
from desktop.core.templatebuild import build_template


@pytest.fixture
def tables():
    template = build_template(tomllib.loads(TEMPLATE))
    indicators, grid = (t for a in template.appendices for t in a.tables)
    return copy.deepcopy(indicators), copy.deepcopy(grid)


def test_a_ratio_is_computed_and_shown_the_vietnamese_way(tables):
    indicators, _ = tables
    set_cell(indicators, 0, "value", "1.769")
    set_cell(indicators, 0, "denominator", "1772")
    ratio = indicators.column("ratio")
    assert indicators.rows[0].cells == {"name": "CCCD đã cấp", "value": 1769, "denominator": 1772}
    assert cell_text(indicators, 0, ratio) == "99,83%"
    assert cell_text(indicators, 0, indicators.column("value")) == "1.769"


def test_decimals_typed_either_way_are_understood(tables):
    _, grid = tables
    add_row(grid, 0)
    with pytest.raises(BaocaoError) as error:
        set_cell(grid, 0, "assigned", "1,234")
    assert error.value.code == "number.ambiguous"
    assert "assigned" not in grid.rows[0].cells  # nothing changed
    indicators, _ = tables
    indicators.rows[1].kind = "money"
    set_cell(indicators, 1, "value", "407.28")
    assert indicators.rows[1].cells["value"] == Decimal("407.28")
    set_cell(indicators, 1, "value", "407,28")
    assert cell_text(indicators, 1, indicators.column("value")) == "407,28"


def test_computed_and_inapplicable_cells_refuse_input(tables):
    indicators, _ = tables
    with pytest.raises(BaocaoError) as error:
        set_cell(indicators, 0, "ratio", "50")
    assert error.value.code == "cell.computed"
    with pytest.raises(BaocaoError) as error:
        set_cell(indicators, 1, "denominator", "5")  # a count has no denominator
    assert error.value.code == "cell.not_applicable"


def test_a_block_pasted_from_excel_fills_cells_and_adds_rows(tables):
    _, grid = tables
    block = parse_clipboard("Nghị quyết 71\t25\t0\t24\t1\r\nKế hoạch 02\t25\t17\t8\t0\r\n")
    columns = grid.columns[1:]
    changed, problems = paste_block(grid, 0, columns, block)
    assert (changed, problems) == (10, [])
    assert [r.cells["assigned"] for r in grid.rows] == [25, 25]
    assert row_labels(grid) == ["1", "2"]


def test_a_bad_pasted_cell_is_reported_and_the_others_are_kept(tables):
    _, grid = tables
    changed, problems = paste_block(grid, 0, grid.columns[1:], [["Kế hoạch 02", "hai mươi", "17"]])
    assert changed == 2
    assert [(p.row, p.column, p.error.code) for p in problems] == [(0, "assigned", "number.invalid")]


def test_fixed_tables_refuse_new_rows(tables):
    indicators, _ = tables
    with pytest.raises(BaocaoError) as error:
        add_row(indicators, 1)
    assert error.value.code == "table.fixed_rows"
    with pytest.raises(BaocaoError):
        remove_row(indicators, 0)
    changed, _ = paste_block(indicators, 3, indicators.columns[2:], [["1"], ["2"], ["3"]])
    assert changed == 1 and len(indicators.rows) == 4


def test_group_rows_number_and_total_their_rows(tables):
    _, grid = tables
    grid.columns[2] = type(grid.columns[2])("assigned", "Được giao", "count", total=True)
    add_row(grid, 0, group=True)
    add_row(grid, 1)
    add_row(grid, 2)
    set_cell(grid, 1, "assigned", "25")
    set_cell(grid, 2, "assigned", "84")
    assert row_labels(grid) == ["I", "1", "2"]
    assert cell_text(grid, 0, grid.column("assigned")) == "109"


def test_a_choice_takes_a_unique_prefix(tables):
    _, grid = tables
    add_row(grid, 0)
    set_cell(grid, 0, "status", "ch")
    assert grid.rows[0].cells["status"] == "chưa đạt"
    with pytest.raises(BaocaoError) as error:
        set_cell(grid, 0, "status", "x")
    assert error.value.code == "cell.choice"


def test_a_row_the_clerk_adds_takes_its_kind_from_what_is_typed(tables):
    indicators, _ = tables
    indicators.can_add_rows = True
    add_row(indicators, 4)
    set_cell(indicators, 4, "name", "Hộ gia đình dùng Smart Hải Phòng")
    set_cell(indicators, 4, "value", "1.200/1.500")
    row = indicators.rows[4]
    assert (row.kind, row.cells["value"], row.cells["denominator"]) == ("ratio", 1200, 1500)
    assert cell_text(indicators, 4, indicators.column("ratio")) == "80%"
    set_cell(indicators, 4, "value", "85,5%")
    assert (row.kind, row.cells["value"]) == ("percent", Decimal("85.5"))
    with pytest.raises(BaocaoError):
        set_cell(indicators, 4, "value", "nhiều%")
    assert row.kind == "percent"  # unchanged by the refused text
    set_cell(indicators, 4, "value", "12")
    assert (row.kind, row.cells["value"]) == ("count", 12)


def test_a_template_indicator_keeps_its_kind(tables):
    indicators, _ = tables
    with pytest.raises(BaocaoError):
        set_cell(indicators, 1, "value", "3/4")  # "tiep-nhan" is a count from the template
    assert indicators.rows[1].kind == ""


def test_control_characters_typed_or_pasted_are_dropped(tables):
    indicators, grid = tables
    add_row(grid, 0)
    set_cell(grid, 0, "name", "Nghị quyết\u202e 71\x1b[31m\x00")
    set_cell(grid, 0, "assigned", "2\x0b5")
    assert grid.rows[0].cells == {"name": "Nghị quyết 71[31m", "assigned": 25}
    changed, problems = paste_block(indicators, 0, indicators.columns[2:4], [["1.769\u2028", "1.772\x7f"]])
    assert (changed, problems) == (2, [])
    assert (indicators.rows[0].cells["value"], indicators.rows[0].cells["denominator"]) == (1769, 1772)


def test_a_text_cell_keeps_its_lines_and_tabs(tables):
    _, grid = tables
    add_row(grid, 0)
    set_cell(grid, 0, "name", "Dòng một\r\nDòng hai\u2028Dòng ba\tcột")
    assert grid.rows[0].cells["name"] == "Dòng một\nDòng hai\nDòng ba\tcột"


def test_a_cell_of_control_characters_only_is_empty(tables):
    _, grid = tables
    add_row(grid, 0)
    set_cell(grid, 0, "assigned", "7")
    assert set_cell(grid, 0, "assigned", "\x00\u202e\x1b") is True
    assert "assigned" not in grid.rows[0].cells
