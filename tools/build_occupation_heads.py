"""Write `src/pathfinder/assistant/nlu/data/occupation_heads.txt`: the English words that end ESCO occupation
labels ("nurse", "cashier", "supervisor", "clerk"), so that understanding can tell a job ("former nurse") from
another phrase read where a job could stand ("Ana", "call centre", "complete beginner").

Source: ESCO v1.1.1 occupations (preferred and alternative English labels) in ../shared/data/esco_v1.1.1,
© European Union, CC BY 4.0 (see its SOURCE.md). Only the head words are kept, those ending at least
`MIN_LABELS` labels (fewer are mostly places or things: "call centre", "analysis") and fewer ESCO skill
labels (those name what is worked on: "work", "students", "equipment").

    python tools/build_occupation_heads.py [--esco ../shared/data/esco_v1.1.1]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "pathfinder" / "assistant" / "nlu" / "data" / "occupation_heads.txt"
MIN_LABELS = 4


def heads(labels_csv: Path) -> Counter[str]:
    """How many preferred or alternative labels of the file end with each word."""
    counts: Counter[str] = Counter()
    with gzip.open(labels_csv, "rt", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            labels = [row["preferredLabel"], *row["altLabels"].splitlines()]
            for label in labels:
                label = re.sub(r"\(.*?\)", "", label).casefold().split("/")[0]
                words = re.findall(r"[a-z][a-z'-]+", label)
                if words:
                    counts[words[-1]] += 1
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--esco", type=Path, default=ROOT.parent / "shared" / "data" / "esco_v1.1.1")
    args = parser.parse_args()
    counts = heads(args.esco / "occupations_en.csv.gz")
    # a word that ends more skill labels than occupation labels names what is worked on ("manage work",
    # "teach students", "maintain equipment"), not who works
    objects = heads(args.esco / "skills_en.csv.gz")
    words = sorted(w for w, n in counts.items() if n >= MIN_LABELS and objects[w] < n)
    header = (
        "# English head words of ESCO v1.1.1 occupation labels (each ends >= "
        f"{MIN_LABELS} labels), built by tools/build_occupation_heads.py.\n"
        "# Source: ESCO v1.1.1, (c) European Union, CC BY 4.0, https://esco.ec.europa.eu\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} head words -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
