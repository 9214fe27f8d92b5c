"""`guanxi due` and the reminder fields of `guanxi agenda --json`, as real processes."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.integration.test_cli import run


def test_due_and_agenda_json(guanxi_home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "due.sqlite3")
    assert run("--db", db, "demo", "--clients", "150", "--seed", "5", env_home=guanxi_home).returncode == 0
    found = run("--db", db, "due", "--json", env_home=guanxi_home)
    assert found.returncode == 0, found.stderr
    items = json.loads(found.stdout)
    assert items, "a demo book of 150 clients always has something due in the last two weeks"
    for item in items:
        assert {"key", "client", "tier", "date", "remind_on", "action", "phones", "last_contact"} <= item.keys()
        assert date.fromisoformat(item["remind_on"]) <= date.today()
        assert item["action"]
    text = run("--db", db, "--lang", "en", "due", env_home=guanxi_home)
    assert text.returncode == 0 and text.stdout.strip()
    agenda = run("--db", db, "agenda", "--days", "40", "--json", env_home=guanxi_home)
    assert agenda.returncode == 0, agenda.stderr
    entries = json.loads(agenda.stdout)
    assert entries and all("remind_on" in e and "action" in e for e in entries)
    dated = [e for e in entries if e["kind"] == "birthday" and e["tier"] == "confidant"]
    for e in dated:
        assert e["remind_on"] == date.fromordinal(date.fromisoformat(e["date"]).toordinal() - 7).isoformat()
