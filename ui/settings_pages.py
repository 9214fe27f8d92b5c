"""The registry of Settings' extra pages, light enough to fill before the first paint.

Features add their page factories here at start; `ui.settings_dialog.SettingsDialog` (imported
when Settings opens) builds one tab from each, in order, after General. A factory is a callable
(prefs, book, events, parent) -> SettingsPage; `LazyPage` names one without importing its module.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

#: The factories, in tab order. `SettingsDialog.extra_pages` is this same list.
EXTRA_PAGES: list[Callable[..., Any]] = []


class LazyPage:
    """A page factory imported when Settings opens: `LazyPage("ui.festival_settings", "festival_page")`.

    It is registered in its place without importing its module, and counts as equal to the factory
    it stands for, so registering that one too adds nothing.
    """

    def __init__(self, module: str, name: str) -> None:
        self.module = module
        self.name = name

    def target(self) -> Callable[..., Any]:
        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, prefs, book, events, parent):
        return self.target()(prefs, book, events, parent)

    def _names(self, other) -> bool:
        return getattr(other, "__module__", None) == self.module and getattr(other, "__name__", None) == self.name

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LazyPage):
            return (other.module, other.name) == (self.module, self.name)
        return self._names(other)

    def __hash__(self) -> int:
        return hash((self.module, self.name))


def register(factory: Callable[..., Any], *, first: bool = False) -> None:
    """Add a page factory (once): at the end, or with `first` right after General."""
    if factory in EXTRA_PAGES:
        return
    if first:
        EXTRA_PAGES.insert(0, factory)
    else:
        EXTRA_PAGES.append(factory)
