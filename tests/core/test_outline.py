"""Adding, removing, renaming and reordering numbered sections."""

from desktop.core import outline
from desktop.core.document import Section


def tree() -> list[Section]:
    return [Section("A", children=[Section("A1"), Section("A2")]), Section("B")]


def headings(sections):
    return [(path, s.heading) for path, s in outline.walk(sections)]


def test_labels_follow_the_ladder():
    sections = [Section("A", children=[Section("a"), Section("b", children=[Section(str(i)) for i in range(5)])]),
                Section("B")]
    assert [outline.label(sections, p) for p in [(0,), (1,), (0, 1), (0, 1, 4)]] == ["I.", "II.", "2.", "đ)"]


def test_a_decimal_parent_numbers_its_children_2_1():
    sections = [Section("MỤC TIÊU", children=[Section("Chung"), Section("Cụ thể", numbering="decimal",
                                                                          children=[Section("x"), Section("y")])])]
    assert [outline.label(sections, p) for p in [(0, 1), (0, 1, 0), (0, 1, 1)]] == ["2.", "2.1.", "2.2."]


def test_add_after_and_child():
    sections = tree()
    assert outline.add_after(sections, (0, 0), "A1b") == (0, 1)
    assert [c.heading for c in sections[0].children] == ["A1", "A1b", "A2"]
    assert outline.add_child(sections, (1,), "B1") == (1, 0)
    assert outline.add_after(sections, None, "C") == (2,)
    assert outline.add_child(sections, (0, 0), "a") == (0, 0, 0)
    assert outline.add_child(sections, (0, 0, 0), "too deep") is None


def test_remove_selects_a_neighbour():
    sections = tree()
    assert outline.remove(sections, (0, 1)) == (0, 0)
    assert outline.remove(sections, (0, 0)) == (0,)
    assert headings(sections) == [((0,), "A"), ((1,), "B")]
    assert outline.remove(sections, (1,)) == (0,)
    assert outline.remove(sections, (0,)) is None
    assert sections == []


def test_move_keeps_subsections():
    sections = tree()
    assert outline.move(sections, (1,), -1) == (0,)
    assert headings(sections)[0] == ((0,), "B")
    assert [c.heading for c in sections[1].children] == ["A1", "A2"]
    assert outline.move(sections, (0,), -1) == (0,)
