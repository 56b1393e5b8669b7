"""The tree of numbered sections: its printed labels, and editing it (add, remove, rename and reorder by
index paths)."""

from collections.abc import Iterator

from desktop.core.document import Section
from desktop.core.vnformat import decimal_label, heading_label

Path = tuple[int, ...]

# The Decree's ladder has three numbered levels (I., 1., a)); deeper text uses "-" items.
MAX_DEPTH = 3


def section_at(sections: list[Section], path: Path) -> Section:
    node = sections[path[0]]
    for index in path[1:]:
        node = node.children[index]
    return node


def siblings(sections: list[Section], path: Path) -> list[Section]:
    """The list that holds the section at `path`."""
    return sections if len(path) == 1 else section_at(sections, path[:-1]).children


def label(sections: list[Section], path: Path) -> str:
    """The printed label of the section at `path`: 'I.', '2.', 'c)', or '2.1.' under a decimal parent."""
    if len(path) > 1 and section_at(sections, path[:-1]).numbering == "decimal":
        return decimal_label(label(sections, path[:-1]), path[-1] + 1)
    return heading_label(len(path), path[-1] + 1)


def numbered(sections: list[Section]) -> Iterator[tuple[int, str, Section]]:
    """Each section, depth first, with its level (1 for 'I.') and its label as printed: 'I.', '1.', 'a)',
    '-', or '2.1.' under a decimal parent. Only sections with a heading are counted; '' for the others."""
    return _numbered(sections, 1, "", "")


def _numbered(sections: list[Section], level: int, parent_label: str, parent_numbering: str
              ) -> Iterator[tuple[int, str, Section]]:
    index = 0
    for section in sections:
        printed = ""
        if section.heading.strip():
            index += 1
            decimal = parent_numbering == "decimal"
            printed = decimal_label(parent_label, index) if decimal else heading_label(level, index)
        yield level, printed, section
        yield from _numbered(section.children, level + 1, printed, section.numbering)


def add_after(sections: list[Section], path: Path | None, heading: str) -> Path:
    """A new section after `path` at the same level (at the end of level 1 when no path)."""
    if path is None:
        sections.append(Section(heading))
        return (len(sections) - 1,)
    siblings(sections, path).insert(path[-1] + 1, Section(heading))
    return (*path[:-1], path[-1] + 1)


def add_child(sections: list[Section], path: Path, heading: str) -> Path | None:
    """A new last subsection of `path`; None when the level would be past MAX_DEPTH."""
    if len(path) >= MAX_DEPTH:
        return None
    parent = section_at(sections, path)
    parent.children.append(Section(heading))
    return (*path, len(parent.children) - 1)


def remove(sections: list[Section], path: Path) -> Path | None:
    """Remove a section with its subsections; returns the path to select next."""
    group = siblings(sections, path)
    del group[path[-1]]
    if group:
        return (*path[:-1], min(path[-1], len(group) - 1))
    return path[:-1] or None


def move(sections: list[Section], path: Path, step: int) -> Path:
    """Move a section up (step -1) or down (+1) among its siblings; returns its new path."""
    group = siblings(sections, path)
    target = path[-1] + step
    if not 0 <= target < len(group):
        return path
    group[path[-1]], group[target] = group[target], group[path[-1]]
    return (*path[:-1], target)


def walk(sections: list[Section], prefix: Path = ()) -> list[tuple[Path, Section]]:
    """Every section with its path, depth first."""
    found: list[tuple[Path, Section]] = []
    for index, section in enumerate(sections):
        path = (*prefix, index)
        found.append((path, section))
        found.extend(walk(section.children, path))
    return found
