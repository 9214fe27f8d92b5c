"""Keep Python's None alive despite PySide6 6.12 on Python 3.11 dropping a reference per call.

Each call of a PySide6 method returning nothing (QPainter.drawText, QLabel.setText ...)
takes one reference from None without having given it, so a process that paints a few
thousand times dies with "none_dealloc: deallocating None" (at the latest when it exits).
Python 3.12 made None immortal, where none of this matters. `top_up` gives None back
enough references, for good, that its count cannot reach zero; call it after heavy painting.
"""

from __future__ import annotations

import ctypes
import sys

#: The reference count None is brought back up to.
FLOOR = 1_000_000

_MORTAL_NONE = sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def top_up(floor: int = FLOOR) -> int:
    """Bring None's reference count back up to `floor`; returns how many were added."""
    if not _MORTAL_NONE:
        return 0
    missing = floor - sys.getrefcount(None)
    if missing <= 0:
        return 0
    # The count lives at the start of the object; these references are never given back.
    ctypes.c_ssize_t.from_address(id(None)).value += missing
    return missing
