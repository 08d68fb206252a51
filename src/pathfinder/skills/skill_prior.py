"""How often a skill proposed by the tagging candidates was right on the hand-labelled tune courses.

Some skills come up as candidates for many courses and are seldom what the course teaches (a broad
"web programming" for a CSS course, a language named in the title of a course taught in it); others are
nearly always right when they come up ("play the piano"). The table counts, per skill, how many times it was
a candidate on the tune courses (`n`) and how many of those times the reader had labelled it (`pos`). It is
written by tools/fit_skill_tagging.py from the same candidates the model is fitted on (never from a frozen
set) and ships as `models/tagging-prior.tsv`. The tagging model reads it as one feature, a smoothed log rate:
log((pos + SMOOTHING * base) / (n + SMOOTHING)), `base` being the rate over all candidates; a skill never seen
as a candidate gets log(base).
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pathfinder.skills.linking import MODELS_DIR

PRIOR_FILE = MODELS_DIR / "tagging-prior.tsv"
SMOOTHING = 3.0  # pseudo-candidates at the base rate (chosen on the tune courses: 1, 3 and 10 within noise)
ESCO_SKILL = "http://data.europa.eu/esco/skill/"


@dataclass(frozen=True)
class SkillPrior:
    """Per-skill candidate counts: uri -> (times labelled, times a candidate); `base`: labelled share of all
    candidates."""

    counts: dict[str, tuple[int, int]]
    base: float

    @classmethod
    def of(cls, counts: dict[str, tuple[int, int]]) -> SkillPrior:
        pos = sum(p for p, _ in counts.values())
        n = sum(k for _, k in counts.values())
        return cls(counts, max(pos / n, 1e-6) if n else 0.1)

    def log_rate(self, uri: str, leave_out: bool | None = None) -> float:
        """The smoothed log rate; `leave_out` (this candidate's own label) removes the candidate from the
        counts, as when fitting on the very courses the table was counted on."""
        pos, n = self.counts.get(uri, (0, 0))
        if leave_out is not None and n:
            pos, n = pos - int(leave_out), n - 1
        return math.log((pos + SMOOTHING * self.base) / (n + SMOOTHING))

    def fingerprint(self) -> str:
        text = "".join(f"{u}{p},{n};" for u, (p, n) in sorted(self.counts.items()))
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    @classmethod
    def count(cls, rows: Iterable[tuple[str, bool]]) -> SkillPrior:
        """From (uri, labelled) pairs, one per candidate."""
        counts: dict[str, list[int]] = {}
        for uri, labelled in rows:
            c = counts.setdefault(uri, [0, 0])
            c[0] += int(labelled)
            c[1] += 1
        return cls.of({u: (p, n) for u, (p, n) in counts.items()})

    def write(self, path: Path = PRIOR_FILE) -> None:
        lines = [f"{_short(u)}\t{p}\t{n}" for u, (p, n) in sorted(self.counts.items())]
        path.write_text(
            "# skill\tlabelled\tcandidate (tools/fit_skill_tagging.py)\n" + "\n".join(lines) + "\n"
        )


def _short(uri: str) -> str:
    return uri.removeprefix(ESCO_SKILL)


@lru_cache(maxsize=4)
def load_prior(path: Path = PRIOR_FILE) -> SkillPrior:
    """The shipped table (empty when the file is missing: every skill then gets the same value)."""
    counts: dict[str, tuple[int, int]] = {}
    if path.is_file():
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            key, pos, n = line.split("\t")
            uri = key if "://" in key else ESCO_SKILL + key
            counts[uri] = (int(pos), int(n))
    return SkillPrior.of(counts)
