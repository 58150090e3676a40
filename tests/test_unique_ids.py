"""Every section and row id of a report is unique: they are one namespace of anchors."""
from bitext.pipeline import process
from bitext.read import read_text

REPEATED = """# 发布说明 | Release Notes

### 本版亮点 | Highlights

新增同步功能。

Sync is new.

修复崩溃。

Fixed a crash.

### 已知问题 | Known Issues

导出较慢。

Export is slow.

### 本版亮点 | Highlights

新增导出功能。

Export is new.
"""

NUMBERED = """# 指南 | Guide

## 范围 | Scope

本指南适用于所有用户。

This guide applies to all users.

它说明了基本用法。

It explains basic use.

## 范围二 | Scope 2

第二部分适用于管理员。

The second part applies to administrators.
"""


def ids_of(text: str, name: str) -> list[str]:
    b = process(read_text(text, name))
    return [s.id for s in b.sections] + [r.id for s in b.sections for r in s.rows]


def test_a_repeated_heading_does_not_take_a_row_id():
    ids = ids_of(REPEATED, "notes.md")
    assert "highlights" in ids
    assert len(ids) == len(set(ids)), ids


def test_a_numbered_heading_does_not_clash_with_rows_of_another():
    ids = ids_of(NUMBERED, "guide.md")
    assert "scope" in ids and "scope-2" in ids
    assert len(ids) == len(set(ids)), ids


def test_a_section_named_top_does_not_take_the_pages_own_anchor():
    """The report's pages give their title the anchor "top" (and the 404 page "not-found"):
    a section named so gets another id."""
    text = NUMBERED.replace("## 范围 | Scope", "## 顶部 | Top").replace("## 范围二 | Scope 2", "## 未找到 | Not Found")
    ids = ids_of(text, "guide.md")
    assert "top" not in ids and "not-found" not in ids
    assert {"top-2", "not-found-2"} <= set(ids), ids
