"""The command line: `python main.py COMMAND ...`. Each command lives in its own module."""
