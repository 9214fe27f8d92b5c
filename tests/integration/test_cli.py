"""The command line as scripts use it: real processes, real files, one-line errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, env_home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "GUANXI_HOME": str(env_home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("GUANXI_DB", None)
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_help_lists_every_command(guanxi_home: Path) -> None:
    result = run("--help", env_home=guanxi_home)
    assert result.returncode == 0
    for command in ("demo", "search"):
        assert command in result.stdout
    assert "--db" in result.stdout


def test_demo_then_search_json(guanxi_home: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    made = run("--db", db, "demo", "--clients", "120", "--seed", "5", env_home=guanxi_home)
    assert made.returncode == 0, made.stderr
    assert "120" in made.stdout
    found = run("--db", db, "search", "zh", "--json", env_home=guanxi_home)
    assert found.returncode == 0, found.stderr
    items = json.loads(found.stdout)
    assert items, "some demo client's pinyin contains zh"
    for item in items:
        assert {"id", "name", "tier", "company", "phones"} <= item.keys()
        assert item["tier"] in ("passerby", "acquaintance", "friend", "confidant")
        assert isinstance(item["phones"], list)


def test_guanxi_db_variable_chooses_the_book(guanxi_home: Path, tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite3"
    env = {**os.environ, "GUANXI_HOME": str(guanxi_home), "GUANXI_DB": str(db)}
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "demo", "--clients", "3"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert db.exists()


def test_bad_arguments_give_one_line_and_nonzero(guanxi_home: Path) -> None:
    for args in (("nonsense",), ("demo", "--clients", "many"), ("demo", "--clients", "0"), ("search",)):
        result = run(*args, env_home=guanxi_home)
        assert result.returncode == 2, args
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert "Traceback" not in result.stderr


def test_a_book_that_cannot_be_opened_gives_one_line(guanxi_home: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"\x00garbage" * 100)
    for db in (str(junk), str(tmp_path), "mysql+nosuchdriver://u@h/db"):
        result = run("--db", db, "search", "x", env_home=guanxi_home)
        assert result.returncode == 1, (db, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("guanxi: error:"), result.stderr


def test_a_mistyped_book_path_starts_no_empty_book(guanxi_home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "typo" / "book.sqlite3"
    for command in (("search", "张"), ("agenda",), ("stats",), ("export", str(tmp_path / "out.csv"))):
        result = run("--db", str(missing), *command, env_home=guanxi_home)
        assert result.returncode == 1, command
        assert (
            result.stderr
            == f"guanxi: error: there is no book at {missing}; check the path (demo and import start a new book)\n"
        )
    assert not missing.exists() and not missing.parent.exists()
    made = run("--db", str(missing), "demo", "--clients", "3", env_home=guanxi_home)
    assert made.returncode == 0 and missing.exists()
    assert run("--db", str(missing), "search", "", env_home=guanxi_home).returncode == 0
