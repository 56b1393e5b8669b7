"""The tasks of the unit by status, for the dashboard (dashboard.py): those of the latest report listing some."""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.core import periods
from desktop.core.document import Report
from desktop.core.messages import Message
from desktop.core.tables import TASK_STATUSES, Row
from desktop.core.vnformat import nfc

if TYPE_CHECKING:
    from desktop.core.dashboard import Stored

NO_STATUS = ""
STATUS_CODES = dict(zip((*TASK_STATUSES, NO_STATUS),
                        ("not_started", "in_time", "overdue", "done_on_time", "done_late", "none"), strict=True))


@dataclass(frozen=True)
class TaskItem:
    name: str
    lead: str
    deadline: str  # as written: «Tháng 9/2025», «Thường xuyên»
    status: str  # one of tables.TASK_STATUSES, or NO_STATUS

    @property
    def done(self) -> bool:
        return self.status.startswith("hoàn thành")


def status_text(status: str, lang: str = "vi") -> str:
    return Message(f"dashboard.status.{STATUS_CODES[status]}", {}).text(lang)


@dataclass(frozen=True)
class TaskSummary:
    """The tasks of the latest report that lists some."""

    report_id: int
    title: str
    period: periods.Period
    tasks: tuple[TaskItem, ...]

    def counts(self) -> list[tuple[str, int]]:
        """(status, how many) for the five statuses and «none given», in that order, zeros included."""
        return [(s, sum(1 for t in self.tasks if t.status == s)) for s in STATUS_CODES]


def _task(row: Row) -> TaskItem:
    status = row.cells.get("status")
    cells = {k: nfc(str(row.cells.get(k, "") or "")) for k in ("name", "lead", "deadline")}
    return TaskItem(cells["name"], cells["lead"], cells["deadline"], status if status in TASK_STATUSES else NO_STATUS)


def document_name(report: Report) -> str:
    """«Kế hoạch thực hiện Nghị quyết …»: the type name and the trích yếu, as a sentence names a document."""
    kind, title = nfc(report.type_name).strip().capitalize(), nfc(report.title).strip()
    if title[1:2].islower():
        title = title[0].lower() + title[1:]
    return f"{kind} {title}".strip()


def tasks(reports: Sequence["Stored"]) -> TaskSummary | None:
    """The tasks of the newest report that has a task table with rows."""
    for stored in reports:
        items = [_task(r) for t in stored.report.tables() if t.kind == "tasks" for r in t.rows if not r.group]
        if items:
            return TaskSummary(stored.id, document_name(stored.report), stored.period, tuple(items))
    return None
