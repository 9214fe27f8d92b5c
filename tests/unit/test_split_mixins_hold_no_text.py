"""The mixins that make up MainWindow, ClientsView and TodayView call no `tr()`.

At run time `self.tr()` looks a text up under the concrete class (MainWindow, ClientsView, TodayView), but
`make i18n` files it under the class the call is written in: a `tr()` in a mixin would lose its
translation. Their text stays in the window's and the views' own classes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "ui"
MIXIN_MODULES = (
    "window_navigation.py",
    "window_state.py",
    "clients_loading.py",
    "clients_selection.py",
    "today_loading.py",
    "today_selection.py",
    "today_actions.py",
    "today_columns.py",
)


def tr_calls(source: str) -> list[int]:
    """The lines of the `something.tr(...)` calls in `source`."""
    return [
        node.lineno
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "tr"
    ]


def test_tr_calls_are_found() -> None:
    assert tr_calls("class A:\n    def f(self):\n        return self.tr('x')\n") == [3]


@pytest.mark.parametrize("module", MIXIN_MODULES)
def test_a_mixin_module_calls_no_tr(module: str) -> None:
    assert tr_calls((UI / module).read_text(encoding="utf-8")) == []
