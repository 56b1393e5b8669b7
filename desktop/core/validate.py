"""Checking a report: every problem at once, as a list of issues. User data never raises here.

The rules come from two places: the checks every report gets (dates, numbers, ratios, footnotes,
punctuation, the unit and its province, texts that would not print) and those its template declares
(required fields, the periods it takes, sums, the jump threshold).
"""

import datetime
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.core import units
from desktop.core.document import Report
from desktop.core.errors import BaocaoError
from desktop.core.history import PastValue, current_value
from desktop.core.issue import ERROR, WARNING, Issue, Place, cell_name, cell_place, field_place, shown
from desktop.core.messages import Message
from desktop.core.periods import Period, accepts, label, parse_period
from desktop.core.tables import Column, Row, Table, cell_type
from desktop.core.template import SumRule, Template, Validation
from desktop.core.textchecks import placeholder_issues, text_issues
from desktop.core.vnformat import format_number, format_percent, heading_label, nfc

# Issue, Place and the names of places live in issue.py; they are used from here as before.
__all__ = ["ERROR", "WARNING", "Context", "Issue", "Place", "cell_name", "cell_place", "errors", "finalise_needs",
           "issue_dict", "validate"]

FOOTNOTE_MARK = re.compile(r"\[\^(\d+)\]")
NUMBER = re.compile(r"^\d{1,6}$")


@dataclass
class Context:
    """What a check needs besides the report."""

    report: Report
    rules: Validation
    today: datetime.date
    history: Mapping[str, Sequence[PastValue]] = field(default_factory=dict)
    periods: tuple[str, ...] = ()  # the period kinds the template takes; () without a template
    own_headings: tuple[re.Pattern[str], ...] = ()  # the template's mục headings, its placeholders any text


# ---- fields ----

def _value_of(report: Report, name: str) -> object:
    if name.startswith("signer."):
        return getattr(report.signer, name.split(".", 1)[1])
    return getattr(report, name)


def _empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return not any(str(v).strip() for v in value)
    return value is None


def check_fields(ctx: Context) -> Iterator[Issue]:
    for level, names in ((ERROR, ctx.rules.required), (WARNING, ctx.rules.recommended)):
        for name in names:
            if _empty(_value_of(ctx.report, name)):
                code = "check.required" if level == ERROR else "check.recommended"
                yield Issue(level, Message(code, {}), field_place(name))
    yield from _check_date(ctx)
    number = ctx.report.number.strip()
    if number and not NUMBER.match(number):
        yield Issue(ERROR, Message("check.number_format", {"value": shown(number)}), field_place("number"))


def _check_date(ctx: Context) -> Iterator[Issue]:
    date = ctx.report.date
    if date is None:
        return
    if date > ctx.today:
        yield Issue(ERROR, Message("check.date_future", {"date": date.strftime("%d/%m/%Y")}),
                    field_place("date"))
    if date.year != ctx.report.year:
        yield Issue(ERROR, Message("check.date_year", {"date": date.strftime("%d/%m/%Y"),
                                                       "year": ctx.report.year}), field_place("date"))


# ---- the unit and the period ----

def _unit_issue(report: Report) -> Message | None:
    """The unit's code must be in the official list, and in the province the report names."""
    unit = report.unit
    if unit is None:  # the nation's report
        return None
    try:
        official = units.province(unit.code) if unit.kind in units.PROVINCE_KINDS else units.commune(unit.code)
    except (BaocaoError, OverflowError):
        return Message("check.unit_unknown", {"code": unit.code})
    if official.province_code != unit.province_code:
        return Message("check.unit_province", {"code": unit.code, "name": official.name,
                                               "province": official.province_name,
                                               "actual": official.province_code, "claimed": unit.province_code})
    return None


_KIND_NAMES = {"year": ("năm", "year"), "quarter": ("quý", "quarter"), "6M": ("6 tháng", "6 months"),
               "9M": ("9 tháng", "9 months")}


def _kinds(kinds: Sequence[str], lang: int) -> str:
    """'quý, 9 tháng' / 'quarter, 9 months'; a stage by its years: 'giai đoạn 2022-2025'."""
    stage = ("giai đoạn {0}", "stage {0}")[lang]
    return ", ".join(_KIND_NAMES[k][lang] if k in _KIND_NAMES else stage.format(k) for k in kinds)


def _period(report: Report) -> Period | None:
    try:
        return parse_period(report.period)
    except (BaocaoError, ValueError):
        return None


def check_identity(ctx: Context) -> Iterator[Issue]:
    message = _unit_issue(ctx.report)
    if message:
        yield Issue(ERROR, message, field_place("unit"))
    period = _period(ctx.report)
    if period is None:
        yield Issue(ERROR, Message("check.period_invalid", {"period": shown(ctx.report.period)}),
                    field_place("period"))
    elif ctx.periods and not accepts(ctx.periods, period):
        context: dict[str, object] = {"label_vi": label(period), "label_en": label(period, "en"),
                                      "kinds_vi": _kinds(ctx.periods, 0), "kinds_en": _kinds(ctx.periods, 1)}
        yield Issue(ERROR, Message("check.period_not_taken", context), field_place("period"))


# ---- texts ----

def _texts(report: Report) -> Iterator[str]:
    yield report.opening
    yield from report.legal_bases
    yield report.closing
    stack = list(report.sections)
    while stack:
        section = stack.pop()
        yield section.heading
        yield section.text
        stack.extend(section.children)


def check_footnotes(ctx: Context) -> Iterator[Issue]:
    used = {int(n) for text in _texts(ctx.report) for n in FOOTNOTE_MARK.findall(text)}
    count = len(ctx.report.footnotes)
    for number in sorted(n for n in used if not 1 <= n <= count):
        yield Issue(ERROR, Message("check.footnote_missing", {"n": number}), field_place("footnotes"))
    for number in range(1, count + 1):
        if number not in used:
            yield Issue(WARNING, Message("check.footnote_unused", {"n": number}), field_place("footnotes"))


def _strip_note(line: str) -> str:
    """'Sở KHCN thành phố; (để b/c)' → 'Sở KHCN thành phố;': a purpose note is not punctuation."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", line.strip())


def check_punctuation(ctx: Context) -> Iterator[Issue]:
    lines = [_strip_note(r) for r in ctx.report.recipients if r.strip()]
    end = ctx.rules.recipient_end
    for index, line in enumerate(lines):
        wanted = "." if index == len(lines) - 1 else end
        if line and not line.endswith(wanted):
            yield Issue(WARNING, Message("check.recipient_end", {"line": shown(line, 200), "end": wanted}),
                        field_place("recipients"))
    closing = ctx.report.closing.strip()
    if ctx.report.profile == "nd30" and closing and not closing.endswith("./."):
        yield Issue(WARNING, Message("check.closing_end", {}), field_place("closing"))


def _own_headings(template: Template | None) -> tuple[re.Pattern[str], ...]:
    """The template's mục headings as patterns ('{unit_name}' matches any text): a template's own
    heading is printed as its seed documents print it, so it is not warned about."""
    if template is None:
        return ()
    return tuple(re.compile(".*".join(re.escape(part) for part in re.split(r"\{\w+\}", item.heading)))
                 for item in template.outline)


def check_heading_case(ctx: Context) -> Iterator[Issue]:
    """Mục headings (I., II.) are printed in capitals (ND30 Phụ lục I, II.6.e); kept as typed, warned once.
    A heading kept as the template gives it is not warned about."""
    lower = [heading_label(1, index + 1).rstrip(".") for index, section in enumerate(ctx.report.sections)
             if (heading := FOOTNOTE_MARK.sub("", section.heading).strip()) != heading.upper()
             and not any(own.fullmatch(section.heading.strip()) for own in ctx.own_headings)]
    if lower:
        yield Issue(WARNING, Message("check.heading_case", {"labels": ", ".join(lower)}), field_place("sections"))


# ---- table cells ----

def _cell_issue(kind: str | None, value: object, column: Column) -> Message | None:
    if kind in ("count", "number", "percent"):
        if not isinstance(value, int | Decimal) or isinstance(value, bool):
            return Message("check.not_a_number", {"value": shown(value)})
        if value < 0:
            return Message("check.negative", {"value": format_number(value)})
        if kind == "count" and value != int(value):
            return Message("check.not_integer", {"value": format_number(value)})
        if kind == "percent" and value > 100:
            return Message("check.percent_range", {"value": format_percent(value)})
    elif kind == "choice" and value not in column.options:
        return Message("check.choice", {"value": shown(value), "options": "; ".join(column.options)})
    return None


def _row_issues(table: Table, index: int, label: str) -> Iterator[Issue]:
    row = table.rows[index]
    for column in table.columns:
        if not column.editable:
            continue
        value = row.cells.get(column.key)
        if value is None or value == "":
            if column.required and not row.group:
                yield Issue(ERROR, Message("check.cell_required", {}), cell_place(table, index, column, label))
            continue
        message = _cell_issue(cell_type(row, column), value, column)
        if message:
            yield Issue(ERROR, message, cell_place(table, index, column, label))
    yield from _ratio_issue(table, index, row, label)


def _ratio_pairs(table: Table, row: Row) -> list[tuple[str, str]]:
    """The (numerator, denominator) columns of a row's ratios: a ratio indicator's value and
    denominator, and the columns each ratio column of the table divides."""
    pairs = [("value", "denominator")] if row.kind == "ratio" else []
    if row.kind in ("", "ratio"):
        pairs += [c.of for c in table.columns if c.type == "ratio" and c.of and c.of not in pairs]
    return pairs


def _zero_issues(table: Table, index: int, row: Row, label: str) -> Iterator[Issue]:
    """0/0 gives no ratio (a warning: often «none of none»); n/0 is an error."""
    for top, bottom in _ratio_pairs(table, row):
        numerator, denominator = _number(row.cells.get(top)), _number(row.cells.get(bottom))
        shown_in = next((key for key in (bottom, top) if table.has_column(key)), None)
        if numerator is None or denominator != 0 or shown_in is None:
            continue
        place = cell_place(table, index, table.column(shown_in), label)
        if numerator == 0:
            yield Issue(WARNING, Message("check.ratio_zero", {}), place, nfc(row.explanations.get(shown_in, "")))
        else:
            yield Issue(ERROR, Message("check.ratio_zero_denominator", {"numerator": format_number(numerator)}),
                        place)


def _ratio_issue(table: Table, index: int, row: Row, label: str) -> Iterator[Issue]:
    if not row.group:
        yield from _zero_issues(table, index, row, label)
    numerator, denominator = row.cells.get("value"), row.cells.get("denominator")
    if row.kind != "ratio" or not isinstance(numerator, int | Decimal) \
            or not isinstance(denominator, int | Decimal) or denominator == 0:
        return
    if numerator > denominator and table.has_column("value"):
        message = Message("check.ratio_above", {"numerator": format_number(numerator),
                                                "denominator": format_number(denominator)})
        yield Issue(ERROR, message, cell_place(table, index, table.column("value"), label))


def check_tables(ctx: Context) -> Iterator[Issue]:
    for appendix in ctx.report.appendices:
        for table in appendix.tables:
            for index in range(len(table.rows)):
                yield from _row_issues(table, index, appendix.label)


# ---- sums ----

def _number(value: object) -> Decimal | None:
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return Decimal(value)
    return None


def _sum_issue(rule: SumRule, total: Decimal | None, parts: list[Decimal | None], names: str,
               place: Place) -> Issue | None:
    known = [p for p in parts if p is not None]
    if total is None or not known:
        return None
    added = sum(known, Decimal(0))
    if added == total:
        return None
    message = Message("check.sum", {"total": format_number(total), "sum": format_number(added), "parts": names})
    return Issue(rule.level, message, place)


def _rule_issues(rule: SumRule, table: Table, label: str) -> Iterator[Issue]:
    if rule.across == "columns":
        names = " + ".join(table.column(p).title for p in rule.parts if table.has_column(p))
        for index, row in enumerate(table.rows):
            parts = [_number(row.cells.get(p)) for p in rule.parts]
            place = cell_place(table, index, table.column(rule.total), label)
            issue = _sum_issue(rule, _number(row.cells.get(rule.total)), parts, names, place)
            if issue:
                yield issue
        return
    rows = {r.key: (i, r) for i, r in enumerate(table.rows) if r.key}
    if rule.total not in rows or not table.has_column(rule.column):
        return
    index, total_row = rows[rule.total]
    part_rows = [rows[p][1] for p in rule.parts if p in rows]
    names = " + ".join(f"«{r.cells.get('name', r.key)}»" for r in part_rows)
    parts = [_number(r.cells.get(rule.column)) for r in part_rows]
    place = cell_place(table, index, table.column(rule.column), label)
    issue = _sum_issue(rule, _number(total_row.cells.get(rule.column)), parts, names, place)
    if issue:
        yield issue


def check_sums(ctx: Context) -> Iterator[Issue]:
    for rule in ctx.rules.sums:
        for appendix in ctx.report.appendices:
            for table in appendix.tables:
                if table.id == rule.table:
                    yield from _rule_issues(rule, table, appendix.label)


# ---- jumps against the previous periods ----

def _jump_issue(ctx: Context, table: Table, index: int, label: str) -> Issue | None:
    row = table.rows[index]
    period = _period(ctx.report)
    if period is None:
        return None
    before = next((p for p in ctx.history.get(row.key, ()) if p.period.kind == period.kind), None)
    now = current_value(table, index)
    if now is None or before is None or not table.has_column("value"):
        return None
    if before.value == 0 or abs(now - before.value) / abs(before.value) <= Decimal(str(ctx.rules.jump)):
        return None
    message = Message("check.jump", {"before": before.text, "period": before.period_label,
                                     "now": before.format(now)})
    place = cell_place(table, index, table.column("value"), label)
    return Issue(WARNING, message, place, nfc(row.explanations.get("value", "")))


def check_jumps(ctx: Context) -> Iterator[Issue]:
    for appendix in ctx.report.appendices:
        for table in appendix.tables:
            if table.kind != "indicators":
                continue
            for index, row in enumerate(table.rows):
                if row.key and not row.group:
                    issue = _jump_issue(ctx, table, index, appendix.label)
                    if issue:
                        yield issue


def check_texts(ctx: Context) -> Iterator[Issue]:
    yield from text_issues(ctx.report)
    yield from placeholder_issues(ctx.report)


CHECKS = (check_fields, check_identity, check_footnotes, check_punctuation, check_heading_case, check_texts,
          check_tables, check_sums, check_jumps)


def validate(report: Report, template: Template | None, *, today: datetime.date,
             history: Mapping[str, Sequence[PastValue]] | None = None) -> list[Issue]:
    """Every problem of a report, errors first; without its template only the common checks run."""
    rules = template.validation if template else Validation(sums=())
    ctx = Context(report, rules, today, history or {}, template.periods if template else (), _own_headings(template))
    issues = [issue for check in CHECKS for issue in check(ctx)]
    return sorted(issues, key=lambda i: i.level != ERROR)


def finalise_needs(report: Report) -> list[Issue]:
    """What finalising needs that the report lacks yet: its number and its date of issue."""
    needs = [Issue(ERROR, Message("finalise.needs_number", {}), field_place("number"))] \
        if not report.number.strip() else []
    if report.date is None:
        needs.append(Issue(ERROR, Message("finalise.needs_date", {}), field_place("date")))
    return needs


def errors(issues: Sequence[Issue]) -> list[Issue]:
    return [i for i in issues if i.level == ERROR]


def issue_dict(issue: Issue, lang: str = "vi") -> dict[str, object]:
    """The plain-data form of an issue, for `baocao validate --json`."""
    place = issue.place
    return {
        "level": issue.level, "code": issue.code, "field": place.field,
        "row": place.row if place.row >= 0 else None, "column": place.column or None,
        "where": place.en if lang == "en" else place.vi, "message": issue.message.text(lang),
        "explanation": issue.explanation or None,
    }
