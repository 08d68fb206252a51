"""The tables the app shows with st.dataframe, built so that no cell can run as a spreadsheet formula.

st.dataframe's toolbar downloads the table as CSV with its cells as shown, so a question typed in the chat as
`=HYPERLINK("http://evil", "click")` would reach a maintainer's spreadsheet as a formula. `frame` passes every
cell through `safety.output.csv_cell` (text starting with = + - @ or a tab gets a leading apostrophe; numbers
stay numbers), the rule every CSV export of the app follows. Pages build their tables here, never with
pandas directly (tests/test_hostile_output.py checks that).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pandas as pd

from pathfinder.safety.output import csv_cell


def frame(
    rows: Iterable[Mapping[str, Any] | Sequence[Any]], columns: Sequence[str] | None = None
) -> pd.DataFrame:
    """A DataFrame of `rows` (dicts, or sequences with `columns`) whose cells are formula-safe."""
    safe: list[Any] = [
        {k: csv_cell(v) for k, v in row.items()} if isinstance(row, Mapping) else [csv_cell(v) for v in row]
        for row in rows
    ]
    return pd.DataFrame(safe, columns=list(columns) if columns is not None else None)
