"""The care engine: tiers, calendars, occasions, cadences and what is due.

Pure Python. Nothing here imports Qt or SQLAlchemy: functions take plain data
and return plain data, so the same rules serve the window, the command line
and the tests.
"""
