"""Benchmark: importing the real edX/Udemy files and a synthetic 100k-row catalogue (CSV and JSON) in our
schema."""

from __future__ import annotations

import csv
import json
import sys
import tempfile
import time
from pathlib import Path

from pathfinder.catalogue import load_catalogue
from pathfinder.settings import Settings


def synthetic(folder: Path, n: int) -> tuple[Path, Path]:
    cols = [
        "id",
        "title",
        "provider",
        "country",
        "hours",
        "eqf_level",
        "languages",
        "skills",
        "prerequisites",
        "stacks_into",
        "cost",
        "currency",
        "participation",
        "description",
    ]
    records = []
    for i in range(n):
        records.append(
            {
                "id": f"c{i}",
                "title": f"Course {i}",
                "provider": f"Provider {i % 40}",
                "country": "DE",
                "hours": 10 + i % 50,
                "eqf_level": 3 + i % 5,
                "languages": ["en", "de"],
                "skills": [
                    {"uri": f"http://data.europa.eu/esco/skill/s{i % 300}", "label": f"Skill {i % 300}"}
                ],
                "prerequisites": [f"c{i - 1}"] if i % 3 else [],
                "stacks_into": [{"target": f"c{(i // 10) * 10}"}] if i % 10 else [],
                "cost": 99,
                "currency": "EUR",
                "participation": "online",
                "description": "A course. " * 20,
            }
        )
    csv_path, json_path = folder / "synthetic.csv", folder / "synthetic.json"
    with csv_path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(cols)
        for r in records:
            w.writerow(
                [
                    r["id"],
                    r["title"],
                    r["provider"],
                    r["country"],
                    r["hours"],
                    r["eqf_level"],
                    ";".join(r["languages"]),
                    ";".join(f"{s['uri']}|{s['label']}" for s in r["skills"]),
                    ";".join(r["prerequisites"]),
                    ";".join(s["target"] for s in r["stacks_into"]),
                    r["cost"],
                    r["currency"],
                    r["participation"],
                    r["description"],
                ]
            )
    json_path.write_text(json.dumps(records), encoding="utf-8")
    return csv_path, json_path


def timed(label: str, paths: list[Path], mapping: str | None = None) -> None:
    wall, cpu = time.perf_counter(), time.process_time()
    report = load_catalogue(paths, mapping)
    print(
        f"{label:<28} {report.imported:>7} imported {report.rejected:>4} rejected "
        f"{time.perf_counter() - wall:6.2f} s wall {time.process_time() - cpu:6.2f} s cpu"
    )


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    shared = Settings().shared_data_dir
    if (shared / "edx_courses").is_dir():
        timed("edX (975 rows)", [shared / "edx_courses" / "edx_courses.csv"], "edx")
        timed("Udemy (3,678 rows)", [shared / "udemy_courses" / "udemy_courses.csv"], "udemy")
    with tempfile.TemporaryDirectory() as tmp:
        csv_path, json_path = synthetic(Path(tmp), n)
        timed(f"synthetic CSV ({n:,} rows)", [csv_path])
        timed(f"synthetic JSON ({n:,} rows)", [json_path])


if __name__ == "__main__":
    main()
