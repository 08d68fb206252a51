"""The first stage's value enters the second stage canonically: the same optimum found along two search paths
(coverage columns with different rounding noise) gives the same bound, so first-stage changes that keep the
value keep the plan (session 11)."""

from __future__ import annotations

import numpy as np

from pathfinder.planner.selection import first_stage_value


def test_noise_in_the_coverage_columns_gives_the_same_bound() -> None:
    c1 = -np.array([0.0, 0.0, 1.25, 1.0, 0.75, 0.3, 1.25, 1.0, 1.0, 0.75, 1.0, 1.25, 0.3])
    clean = np.array([1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0], dtype=float)
    noisy = clean.copy()
    noisy[2:12] += np.array([3e-15, -2e-15, 1e-14, 0.0, -4e-15, 2e-15, 0.0, 5e-15, -1e-15, 0.0])
    assert float(-(c1 @ clean)) != float(-(c1 @ noisy))  # the raw values differ in the last bits
    assert first_stage_value(c1, clean) == first_stage_value(c1, noisy)


def test_distinct_values_stay_apart() -> None:
    c1 = -np.array([1.25, 1.0, 0.75, 0.3])
    values = {first_stage_value(c1, np.array(x, dtype=float)) for x in np.ndindex(2, 2, 2, 2)}
    raw = {round(float(np.array(x) @ -c1), 6) for x in np.ndindex(2, 2, 2, 2)}
    assert len(values) == len(raw)
