"""The PDFs of many stored reports into one folder, as a job (core/exchange/progress.py): one step per
report, stoppable between two; a report that fails is recorded with its reason and the others go on.

Each PDF is made whole in memory and written atomically, so a stop or a failure never leaves a torn
file. A file already in the folder is never replaced: the new one is named «… (2).pdf».
"""

import datetime
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import crashlog
from desktop.core.document import Report
from desktop.core.errors import BaocaoError
from desktop.core.exchange.progress import Job, Progress
from desktop.core.filenames import pdf_name
from desktop.core.outputfile import write_output
from desktop.core.periods import parse_period, sort_key
from desktop.core.store.reports import ReportSummary, Store

ISSUED = ("final", "sent")


@dataclass(frozen=True)
class Failure:
    """A report whose PDF was not written, and why."""

    report_id: int
    title: str
    error: BaocaoError

    def reason(self, lang: str = "vi") -> str:
        return self.error.text(lang)


@dataclass
class BatchResult:
    """What a batch wrote (in the order of the reports) and what it could not."""

    folder: Path
    written: list[Path] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def render_bytes(report: Report) -> bytes:
    """A report's PDF as bytes (reportlab imported here, off the start-up path)."""
    from desktop.core.pdf.render import render_pdf

    out = io.BytesIO()
    render_pdf(report, out)
    return out.getvalue()


def export_pdfs(store: Store, report_ids: Sequence[int], folder: Path,
                render: Callable[[Report], bytes] = render_bytes) -> Job[BatchResult]:
    """Write the PDF of each report into `folder`; Progress(reports done, reports, title of the next).

    A report issued (final or sent) is written as the PDF stored when it was issued; any other is
    rendered as it is now (a draft says so on its pages).
    """
    if not folder.is_dir():
        raise BaocaoError("file.no_folder", file=str(folder / "*.pdf"), folder=str(folder))
    titles = {summary.id: " ".join(summary.title.split()) for summary in store.list_reports()}
    result = BatchResult(folder)
    taken: set[str] = set()
    for done, report_id in enumerate(report_ids):
        title = titles.get(report_id, "")
        yield Progress(done, len(report_ids), title)
        try:
            result.written.append(_write_one(store, report_id, folder, taken, render))
        except BaocaoError as error:
            result.failures.append(Failure(report_id, title, error))
        except Exception as error:  # a bug in one report's layout: logged, and the others go on
            result.failures.append(Failure(report_id, title, _bug(error)))
    return result


def _write_one(store: Store, report_id: int, folder: Path, taken: set[str],
               render: Callable[[Report], bytes]) -> Path:
    report = store.load_report(report_id)
    data = _issued_pdf(store, report_id, report) or render(report)
    target = free_name(folder, pdf_name(report), taken)
    write_output(target, data)
    taken.add(target.name.casefold())
    return target


def _issued_pdf(store: Store, report_id: int, report: Report) -> bytes | None:
    versions = store.versions(report_id)
    if report.status not in ISSUED or not versions:
        return None
    return store.load_version(report_id, versions[-1].number)[1]


def free_name(folder: Path, name: str, taken: Iterable[str] = ()) -> Path:
    """`name` in `folder`, or «stem (2).pdf», «stem (3).pdf» … when that is there or `taken` (casefolded)."""
    taken = set(taken)
    stem, suffix = Path(name).stem, Path(name).suffix
    path, n = folder / name, 2
    while path.exists() or path.name.casefold() in taken:
        path, n = folder / f"{stem} ({n}){suffix}", n + 1
    return path


def _bug(error: Exception) -> BaocaoError:
    logged = crashlog.record(error, "pdf batch")
    detail = f"{type(error).__name__}: {error}"
    return BaocaoError("cli.bug" if logged else "cli.bug_unlogged", detail=detail,
                       log=str(logged or crashlog.log_file()))


def latest_period_ids(summaries: Iterable[ReportSummary]) -> list[int]:
    """The reports of the latest period: those whose period ends last (a quarter and the 9 months
    ending with it both count). The periodic reports (a quarter, 6 or 9 months, a year) come first:
    a stage (a plan for 2025-2030, a review of 2022-2025) is the latest only when there is nothing
    else. A period that does not parse is left out."""
    ends: dict[int, tuple[bool, datetime.date]] = {}
    for summary in summaries:
        try:
            period = parse_period(summary.period)
        except BaocaoError:
            continue
        ends[summary.id] = (period.kind != "stage", sort_key(period)[0])
    last = max(ends.values(), default=None)
    return [report_id for report_id, end in ends.items() if end == last]
