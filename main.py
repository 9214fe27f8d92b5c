"""Guanxi (关系本): start the window, or run one command. See `python main.py --help`."""

from __future__ import annotations

import sys

if __name__ == "__main__":
    from cli.main import main

    sys.exit(main())
