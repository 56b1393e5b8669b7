"""Receiving files at the city (or the ministry): check each one, show what it would change, store it.

`plan` reads and checks every file and decides, without writing anything, what each would do:
«new», «unchanged», «replaced» (with the values that differ) or «rejected» (with the reason). That is
the dry run. `apply` stores the files planned as new or replaced, all in one transaction: each file
whole, and nothing at all when the work is cancelled or fails.
"""

import datetime
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop.core import periods
from desktop.core.changes import Change, changes
from desktop.core.document import to_dict
from desktop.core.errors import BaocaoError
from desktop.core.exchange import keys
from desktop.core.exchange.progress import Job, Progress
from desktop.core.exchange.reader import Package, read_package
from desktop.core.exchange.safezip import read_bounded
from desktop.core.exchange.scope import Scope, official_unit, scope_name
from desktop.core.loader import Catalogue
from desktop.core.store import received
from desktop.core.store.received import EnrolledKey, NewRevision, Received
from desktop.core.store.reports import Store

NEW, UNCHANGED, REPLACED, REJECTED, IMPORTED = "new", "unchanged", "replaced", "rejected", "imported"
EXTENSIONS = (".xlsx",)


@dataclass(frozen=True)
class Outcome:
    """What one file does (planned) or did (applied)."""

    file: Path
    status: str
    error: BaocaoError | None = None
    package: Package | None = None
    changes: tuple[Change, ...] = ()  # for a replacement: every value that differs from the revision held
    enrol: bool = False  # the unit's key is enrolled with this file (enrol_new)

    def reason(self, lang: str = "vi") -> str:
        return self.error.text(lang) if self.error else ""


@dataclass
class Inbox:
    """Where files arrive: the store, the templates, whom this installation serves, and today."""

    store: Store
    catalogue: Catalogue
    scope: Scope
    today: datetime.date
    enrol_new: bool = False  # trust a unit's key on its first file (the fingerprint is shown)
    # Planned but not yet stored, so that two files of one unit in a batch are judged in order.
    _pending: dict[tuple[str, int, str, str], list[Package]] = field(default_factory=dict)
    _pending_keys: dict[tuple[str, int], bytes] = field(default_factory=dict)


def collect_files(paths: Iterable[Path]) -> list[Path]:
    """The files named and the .xlsx files in the folders named (and their subfolders), in order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in EXTENSIONS and p.is_file()))
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def plan(inbox: Inbox, paths: Sequence[Path]) -> Job[list[Outcome]]:
    """The dry run: what every file would do; nothing is written."""
    inbox._pending.clear()
    inbox._pending_keys.clear()
    outcomes = []
    for done, path in enumerate(paths):
        yield Progress(done, len(paths), path.name)
        outcomes.append(_plan_one(inbox, path))
    yield Progress(len(paths), len(paths))
    return outcomes


def _plan_one(inbox: Inbox, path: Path) -> Outcome:
    try:
        package = read_package(read_bounded(path), path.name)
    except BaocaoError as error:
        return Outcome(path, REJECTED, error)
    try:
        outcome = judge(inbox, package, path)
    except BaocaoError as error:  # a sound file not taken here: what it holds is still shown
        return Outcome(path, REJECTED, error, package)
    if outcome.status in (NEW, REPLACED):
        inbox._pending.setdefault(_slot(package), []).append(package)
        if outcome.enrol:
            inbox._pending_keys[(package.level, package.unit_code)] = package.public_key
    return outcome


def judge(inbox: Inbox, package: Package, path: Path) -> Outcome:
    """Whether this installation takes the file, and what it would change; BaocaoError if not taken."""
    check_welcome(inbox, package)
    enrol = _check_key(inbox, package)
    held = received.revisions(inbox.store, *_slot(package))
    pending = inbox._pending.get(_slot(package), [])
    if any(h.data_sha256 == package.data_sha256 for h in held) or \
            any(p.data_sha256 == package.data_sha256 for p in pending):
        return Outcome(path, UNCHANGED, package=package)
    _check_revision(package, held, pending)
    if not held and not pending:
        return Outcome(path, NEW, package=package, enrol=enrol)
    before = to_dict(pending[-1].report) if pending else to_dict(received.document(inbox.store, held[-1].id))
    return Outcome(path, REPLACED, package=package, changes=tuple(changes(before, to_dict(package.report))),
                   enrol=enrol)


def _slot(package: Package) -> tuple[str, int, str, str]:
    return package.level, package.unit_code, package.template_id, package.period


def check_welcome(inbox: Inbox, package: Package) -> None:
    """The installation receives this level, the unit is in its scope, the template and period exist."""
    file, scope = package.file, inbox.scope
    if scope.receives is None:
        raise BaocaoError("exchange.no_scope")
    try:
        official = official_unit(package.level, package.unit_code)
    except BaocaoError as error:
        raise BaocaoError("exchange.unit_unknown", file=file, code=package.unit_code) from error
    if package.level != scope.receives:
        expected = "các xã, phường, đặc khu" if scope.receives == "commune" else "các tỉnh, thành phố"
        raise BaocaoError("exchange.wrong_level", file=file, unit=official.name, expected=expected)
    if scope.level == "province" and official.province_code != scope.code:
        raise BaocaoError("exchange.outside_scope", file=file, unit=official.name,
                          province=official.province_name, scope=scope_name(scope))
    _check_template(inbox, package)
    period = periods.parse_period(package.period)
    template = inbox.catalogue.get(package.template_id)
    if not periods.accepts(template.periods, period):
        raise BaocaoError("exchange.period_not_taken", file=file, template=template.name, period=package.period)
    if period.start > inbox.today:
        raise BaocaoError("exchange.period_future", file=file, period=periods.label(period))


def _check_template(inbox: Inbox, package: Package) -> None:
    known = {t.id: t for t in inbox.catalogue}
    template = known.get(package.template_id)
    if template is None:
        raise BaocaoError("exchange.unknown_template", file=package.file, template=package.template_id)
    version = int(package.manifest["template"]["version"])
    if version > template.version:
        raise BaocaoError("exchange.template_newer", file=package.file, template=template.name,
                          version=version, ours=template.version)


def _check_key(inbox: Inbox, package: Package) -> bool:
    """Whether the file's key is the unit's enrolled one; True when it is to be enrolled with this file."""
    slot = (package.level, package.unit_code)
    enrolled = received.enrolled_key(inbox.store, *slot)
    known = keys.decode(enrolled.public_key) if enrolled else inbox._pending_keys.get(slot)
    if known is None:
        if inbox.enrol_new:
            return True
        raise BaocaoError("exchange.key_not_enrolled", unit=package.unit_name, fingerprint=package.fingerprint)
    if known != package.public_key:
        raise BaocaoError("exchange.key_changed", unit=package.unit_name, fingerprint=package.fingerprint,
                          enrolled=keys.fingerprint(known))
    return False


def _check_revision(package: Package, held: list[Received], pending: list[Package]) -> None:
    """A revision takes the place of an older one, and follows the one before it when that is held."""
    hashes = {h.revision: h.data_sha256 for h in held} | {p.revision: p.data_sha256 for p in pending}
    if not hashes:
        return
    latest = max(hashes)
    names = {"file": package.file, "unit": package.unit_name, "revision": package.revision}
    if package.revision < latest:
        raise BaocaoError("exchange.older_revision", held=latest, **names)
    if package.revision == latest:
        raise BaocaoError("exchange.forked_revision", previous=latest, **names)
    before = hashes.get(package.revision - 1)
    if before is not None and before != package.manifest["previous_sha256"]:
        raise BaocaoError("exchange.forked_revision", previous=package.revision - 1, **names)


def apply(inbox: Inbox, outcomes: Sequence[Outcome]) -> Job[list[Outcome]]:
    """Store the files planned as new or replaced, in one transaction, judged again against what is
    stored now; the others are passed through. Cancelling (closing the job) stores nothing."""
    inbox._pending.clear()
    inbox._pending_keys.clear()
    done: list[Outcome] = []
    with received.writing(inbox.store):
        for index, outcome in enumerate(outcomes):
            yield Progress(index, len(outcomes), outcome.file.name)
            done.append(_apply_one(inbox, outcome))
    yield Progress(len(outcomes), len(outcomes))
    return done


def _apply_one(inbox: Inbox, outcome: Outcome) -> Outcome:
    if outcome.package is None or outcome.status not in (NEW, REPLACED):
        return outcome
    try:
        fresh = judge(inbox, outcome.package, outcome.file)
    except BaocaoError as error:
        return Outcome(outcome.file, REJECTED, error, outcome.package)
    if fresh.status == UNCHANGED:
        return fresh
    _store(inbox, fresh)
    return replace(fresh, status=IMPORTED if fresh.status == NEW else REPLACED)


def _store(inbox: Inbox, outcome: Outcome) -> None:
    package = outcome.package
    assert package is not None
    if outcome.enrol:
        received.enrol(inbox.store, EnrolledKey(package.level, package.unit_code, package.unit_name,
                                                keys.encode(package.public_key), package.fingerprint, received.now()))
    manifest = package.manifest
    received.add_revision(inbox.store, NewRevision(
        package.level, package.unit_code, package.unit_name, package.template_id, package.period,
        package.revision, package.data_sha256, manifest["previous_sha256"], package.fingerprint,
        outcome.file.name, manifest["exported_at"], manifest=manifest, document=to_dict(package.report)))


def import_files(inbox: Inbox, paths: Sequence[Path]) -> Job[list[Outcome]]:
    """Plan, then apply: what `baocao import` does."""
    planned = yield from plan(inbox, paths)
    return (yield from apply(inbox, planned))
