"""Benchmark: import a 100,000-row CSV into a new book (`import_csv_100k_s` in bench/run.py)."""

from __future__ import annotations

import csv
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉兰飞红梅建国志强"
TIERS = ("过客", "熟人", "朋友", "知己")
BIRTHDAYS = ("1985-03-12", "1990/7/1", "农历八月十五", "农历1990年四月初八", "03-12", "", "农历腊月三十")


def write_csv(path: Path, rows: int, seed: int = 0) -> None:
    """A realistic client list with Chinese headers, several phones and lunar birthdays."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["姓名", "电话", "公司", "职务", "关系层级", "生日", "标签", "备注"])
        for i in range(rows):
            name = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2))))
            phones = f"1{rng.randint(3, 9)}{i:09d}" + (f"; 0571{i:08d}" if i % 5 == 0 else "")
            writer.writerow([
                name, phones, f"公司{i}", "经理", rng.choice(TIERS), rng.choice(BIRTHDAYS),
                "、".join(rng.sample(("VIP", "批发", "零售", "华东"), rng.randint(0, 2))), "",
            ])  # fmt: skip


def bench_import_csv_100k(tmpdir: Path | str) -> float:
    """Write a 100,000-row CSV, import it into a new book in `tmpdir`; the import's seconds."""
    tmpdir = Path(tmpdir)
    os.environ.setdefault("GUANXI_HOME", str(tmpdir / "home"))
    from storage.db import open_book
    from storage.import_files import read_file
    from storage.importer import import_clients

    source = tmpdir / "clients-100k.csv"
    write_csv(source, 100_000)
    book = open_book(str(tmpdir / "bench-import.sqlite3"))
    try:
        start = time.perf_counter()
        result = import_clients(book, read_file(source))
        elapsed = time.perf_counter() - start
    finally:
        book.close()
    if not result.ok or result.added != 100_000:
        raise RuntimeError(f"the benchmark import went wrong: {result.problems[:3]}")
    return elapsed


if __name__ == "__main__":
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        print(f"import_csv_100k_s: {bench_import_csv_100k(folder):.2f}")
