"""The interface's translations: `python tools/i18n.py update` extracts every string of desktop/ with
pyside6-lupdate into i18n/baocao_en.ts and i18n/baocao_vi.ts (translations kept, strings gone removed),
and fills the Vietnamese file from the source texts, which are Vietnamese. New English texts are left
«unfinished» for a person to translate; tests/ui/test_i18n.py fails until they are.

`messages(ts)` and `extracted(folder)` are what the test compares."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
I18N = ROOT / "i18n"
LANGUAGES = {"en": "en_US", "vi": "vi_VN"}

Message = tuple[str, str]  # (context, source text)


def lupdate() -> str:
    return shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")


def run_lupdate(ts: Path, language: str) -> None:
    """Extract the strings of desktop/*.py and desktop/ui/*.py into `ts`, keeping its translations."""
    files = sorted(str(path.relative_to(ROOT)) for path in SOURCES.rglob("*.py") if "core" not in path.parts)
    subprocess.run([lupdate(), "-silent", "-no-obsolete", "-source-language", "vi_VN",
                    "-target-language", language, *files, "-ts", str(ts)], check=True, cwd=ROOT)


def messages(ts: Path) -> dict[Message, bool]:
    """Each message of a .ts file and whether its translation is finished (present and not marked)."""
    found = {}
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            done = (translation is not None and translation.get("type") is None
                    and bool("".join(translation.itertext()).strip()))
            found[(name, message.findtext("source", ""))] = done
    return found


def extracted(folder: Path) -> set[Message]:
    """The messages the sources hold now, extracted afresh into a scratch file in `folder`."""
    scratch = folder / "extracted.ts"
    run_lupdate(scratch, "en_US")
    return set(messages(scratch))


def fill_vietnamese(ts: Path) -> int:
    """Vietnamese is the source language: each unfinished translation becomes its source. Returns how many."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") is None:
            continue
        source = message.findtext("source", "")
        translation.attrib.pop("type")
        translation.text = None
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":  # Vietnamese has one plural form
            ET.SubElement(translation, "numerusform").text = source
        else:
            translation.text = source
        filled += 1
    _write(tree, ts)
    return filled


def finished_translations(ts: Path) -> dict[str, ET.Element]:
    """The finished translations of a .ts file by their source text, whatever their context."""
    found = {}
    if ts.exists():
        for message in ET.parse(ts).iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and "".join(translation.itertext()).strip():
                found[message.findtext("source", "")] = translation
    return found


def carry_over(ts: Path, known: dict[str, ET.Element]) -> int:
    """A text moved to another class (another context) keeps the translation it had: lupdate would leave it
    to translate again. Returns how many were carried over."""
    tree = ET.parse(ts)
    carried = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        earlier = known.get(message.findtext("source", ""))
        if translation is None or translation.get("type") != "unfinished" or earlier is None:
            continue
        translation.attrib.pop("type")
        translation.text, translation[:] = earlier.text, list(earlier)
        carried += 1
    _write(tree, ts)
    return carried


def _write(tree: ET.ElementTree, ts: Path) -> None:
    with ts.open("wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


def update() -> None:
    for lang, locale in LANGUAGES.items():
        ts = I18N / f"baocao_{lang}.ts"
        known = finished_translations(ts)
        run_lupdate(ts, locale)
        carried = carry_over(ts, known)
        if carried:
            print(f"{ts.name}: {carried} carried over from another context")
        if lang == "vi":
            print(f"{ts.name}: {fill_vietnamese(ts)} filled from the source")
        else:
            missing = [source for (_, source), done in messages(ts).items() if not done]
            print(f"{ts.name}: {len(missing)} to translate")


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        raise SystemExit(__doc__)
    update()
