"""Issue #12 points 4 and 8: communes → province → nation with the same code: each level imports the
files of the level below, consolidates them, and sends its own consolidated report up."""

import copy
import datetime
from pathlib import Path

import pytest

from desktop.core import units
from desktop.core.cells import cell_text
from desktop.core.document import UnitRef
from desktop.core.exchange import importer, keys
from desktop.core.exchange.citywork import consolidate_received
from desktop.core.exchange.export import export_stored
from desktop.core.exchange.progress import finish
from desktop.core.exchange.scope import Scope
from desktop.core.loader import load_catalogue
from desktop.core.store.reports import Store
from desktop.core.workspace import Workspace
from tests.core.exchange_tools import TODAY, export_file, final_sample

KIND, PERIOD, TABLE = "bao-cao-ket-qua-khcn-cds", "2025-9M", "so-lieu-khcn-cds"
ISSUED_AT = datetime.datetime(2025, 10, 12, 8, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
# (province, commune code, «ho-so-tiep-nhan» (a sum), «cccd-cap» numerator and denominator (a ratio of sums))
COMMUNES = [(31, 11407, 100, 900, 1000), (31, 11581, 250, 450, 500), (31, 11674, 7, 10, 40),
            (51, 21034, 1000, 2000, 2500), (51, 21499, 3, 1, 3)]


def commune_report(code: int, received: int, numerator: int, denominator: int):
    report = copy.deepcopy(final_sample())
    unit = units.commune(code)
    report.unit, report.issuer, report.place = UnitRef.of(unit), ["ỦY BAN NHÂN DÂN", unit.name.upper()], unit.name
    table = report.table(TABLE)
    table.row_by_key("ho-so-tiep-nhan").cells["value"] = received
    table.row_by_key("ho-so-ky-truoc").cells["value"] = received // 3  # the parts still add up (an error if not)
    table.row_by_key("ho-so-tiep-nhan-moi").cells["value"] = received - received // 3
    table.row_by_key("cccd-cap").cells.update(value=numerator, denominator=denominator)
    report.sections[1].children[0].text = f"Khó khăn riêng của {unit.name}."
    return report


def level_up(tmp_path: Path, name: str, scope: Scope, files: list[Path]) -> tuple[Workspace, int]:
    """One level's work: import the files, consolidate, save the consolidated report and issue it."""
    store = Store.open(tmp_path / f"{name}.sqlite")
    workspace = Workspace(store, load_catalogue(), today=lambda: TODAY)
    inbox = importer.Inbox(store, workspace.catalogue, scope, TODAY, enrol_new=True)
    outcomes = finish(importer.import_files(inbox, files))
    assert [o.status for o in outcomes] == [importer.IMPORTED] * len(files), [o.reason() for o in outcomes]
    result = finish(consolidate_received(store, workspace.catalogue, scope, KIND, PERIOD, TODAY))
    report = result.report
    report.number, report.date, report.signer.name = "12", TODAY, "Nguyễn Văn A"
    report_id = store.add_report(report)
    return workspace, report_id


@pytest.fixture
def communes_sent(tmp_path: Path) -> dict[int, list[Path]]:
    sent: dict[int, list[Path]] = {31: [], 51: []}
    folder = tmp_path / "gui"
    folder.mkdir()
    for province, code, received, numerator, denominator in COMMUNES:
        report = commune_report(code, received, numerator, denominator)
        sent[province].append(export_file(folder, report, keys.new_private_key()))
    return sent


def test_commune_to_province_to_nation(tmp_path: Path, communes_sent: dict[int, list[Path]]) -> None:
    province_files = []
    for province in (31, 51):
        workspace, report_id = level_up(tmp_path, f"tinh-{province}", Scope("province", province),
                                        communes_sent[province])
        report = workspace.store.load_report(report_id)
        assert report.unit is not None and report.unit.code == province and report.issuer[1] == \
            units.province(province).name.upper()
        workspace.finalise(report_id, report, at=ISSUED_AT)
        export = export_stored(workspace.store, report_id, at=ISSUED_AT)
        assert export.name.startswith(f"{province}_ket-qua-khcn-cds_2025-9M_v1")
        path = tmp_path / export.name
        path.write_bytes(export.data)
        province_files.append(path)
        workspace.store.close()

    nation, nation_id = level_up(tmp_path, "ca-nuoc", Scope("nation"), province_files)
    table = nation.store.load_report(nation_id).table(TABLE)
    assert table.row_by_key("ho-so-tiep-nhan").cells["value"] == sum(c[2] for c in COMMUNES)
    ratio_row = table.row_by_key("cccd-cap")
    numerator, denominator = sum(c[3] for c in COMMUNES), sum(c[4] for c in COMMUNES)
    assert (ratio_row.cells["value"], ratio_row.cells["denominator"]) == (numerator, denominator)
    index = table.rows.index(ratio_row)
    assert (numerator, denominator) == (3361, 4043)
    assert cell_text(table, index, table.column("ratio")) == "83,13%"  # 3.361 / 4.043, not a mean of ratios
    nation.store.close()


def test_a_province_does_not_take_a_commune_file_at_the_nation(tmp_path: Path,
                                                               communes_sent: dict[int, list[Path]]) -> None:
    store = Store.open(tmp_path / "ca-nuoc.sqlite")
    inbox = importer.Inbox(store, load_catalogue(), Scope("nation"), TODAY, enrol_new=True)
    [outcome] = finish(importer.import_files(inbox, communes_sent[31][:1]))
    assert outcome.error.code == "exchange.wrong_level" and "các tỉnh, thành phố" in outcome.reason()
    store.close()


def test_the_figures_name_rows_as_the_province_report_prints_them(tmp_path: Path) -> None:
    from desktop.core.document import new_report
    from desktop.core.exchange.export import export_document

    catalogue = load_catalogue()
    template = catalogue.get("ke-hoach-nq57")
    report = new_report(template, units.commune(11407), today=TODAY)
    report.status, report.number, report.period = "final", "3", "2025-2030"
    path = tmp_path / "ke-hoach.xlsx"
    path.write_bytes(export_document(report, keys.new_private_key()).data)
    store = Store.open(tmp_path / "tinh.sqlite")
    scope = Scope("province", 31)
    finish(importer.import_files(importer.Inbox(store, catalogue, scope, TODAY, enrol_new=True), [path]))
    result = finish(consolidate_received(store, catalogue, scope, "ke-hoach-nq57", "2025-2030", TODAY))
    names = [row.name for table in result.consolidation.tables for row in table.rows]
    assert names and not any("{" in name for name in names)
    assert any(name.endswith("của UBND thành phố") for name in names)  # a task of Phụ lục 3
    store.close()
