"""Charts of a pathway: the Gantt-style timeline, skill coverage before/after, and the stack ladder.

Each chart is two pure steps: a DataFrame from domain types (tested on its own), then an Altair chart or a
Graphviz DOT string over it. No Streamlit here; pages pass the results to st.altair_chart/st.graphviz_chart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import altair as alt
import pandas as pd

from pathfinder.domain import Credential, Pathway

if TYPE_CHECKING:
    from pathfinder.planner.gaps import Gap

COVERAGE_STATUSES = ("held", "covered by the plan", "still missing")
_STATUS_COLOURS = ("#4c78a8", "#54a24b", "#e45756")


def timeline_frame(pathway: Pathway) -> pd.DataFrame:
    """One row per step: title, week it starts (0-based, for the bar start), week it ends, hours, cost."""
    rows = [
        {
            "order": i,
            "title": step.title,
            "id": step.id,
            "start": step.start_week - 1,
            "end": step.end_week,
            "weeks": step.end_week - step.start_week + 1,
            "hours": step.hours,
            "ects": step.ects,
            "cost": step.cost,
        }
        for i, step in enumerate(pathway.steps, start=1)
    ]
    return pd.DataFrame(rows, columns=["order", "title", "id", "start", "end", "weeks", "hours", "ects", "cost"])


def timeline_chart(pathway: Pathway) -> alt.Chart:
    """A Gantt-style bar per step on a week axis, in plan order."""
    frame = timeline_frame(pathway)
    label = frame["order"].astype(str) + ". " + frame["title"].str.slice(0, 60)
    frame = frame.assign(label=label)
    return (
        alt.Chart(frame, title="Timeline (weeks)")
        .mark_bar(cornerRadius=3)
        .encode(
            x=alt.X("start:Q", title="week"),
            x2="end:Q",
            y=alt.Y("label:N", sort=list(frame["label"]), title=None),
            color=alt.Color("hours:Q", title="hours", scale=alt.Scale(scheme="blues")),
            tooltip=["title", "id", "weeks", "hours", "ects", "cost"],
        )
        .properties(height=max(80, 34 * len(frame)))
    )


def coverage_frame(gap: Gap, pathway: Pathway) -> pd.DataFrame:
    """Goal skills counted by status before and after the plan (rows: stage, status, skills, share).

    Before the plan a goal skill is held or missing; after it, a missing skill the plan's steps cover counts
    as "covered by the plan". Shares are of all goal skills (held + gap), unweighted.
    """
    covered = {uri for step in pathway.steps for uri in step.covers}
    held = len(gap.held)
    missing = len(gap.skills)
    closed = sum(1 for s in gap.skills if s.uri in covered)
    total = held + missing
    counts = {
        "before": {"held": held, "covered by the plan": 0, "still missing": missing},
        "after": {"held": held, "covered by the plan": closed, "still missing": missing - closed},
    }
    rows = [
        {"stage": stage, "status": status, "skills": n, "share": (n / total) if total else 0.0}
        for stage, by_status in counts.items()
        for status, n in by_status.items()
    ]
    return pd.DataFrame(rows, columns=["stage", "status", "skills", "share"])


def coverage_chart(gap: Gap, pathway: Pathway) -> alt.Chart:
    """Two stacked bars (before, after) of the goal's skills: held, covered by the plan, still missing."""
    frame = coverage_frame(gap, pathway)
    return (
        alt.Chart(frame, title="Goal skills before and after the plan")
        .mark_bar()
        .encode(
            y=alt.Y("stage:N", sort=["before", "after"], title=None),
            x=alt.X("skills:Q", stack="zero", title="goal skills"),
            color=alt.Color(
                "status:N", scale=alt.Scale(domain=list(COVERAGE_STATUSES), range=list(_STATUS_COLOURS)),
                title=None,
            ),
            order=alt.Order("order:Q"),
            tooltip=["stage", "status", "skills", alt.Tooltip("share:Q", format=".0%")],
        )
        .transform_calculate(order=f"indexof({list(COVERAGE_STATUSES)!r}, datum.status)")
        .properties(height=110)
    )


def stack_frame(pathway: Pathway, credentials: Mapping[str, Credential]) -> pd.DataFrame:
    """Edges of the stack ladder: each planned credential that stacks into a larger one (from, into, earned)."""
    earned = set(pathway.stacks_earned)
    rows = []
    for step in pathway.steps:
        cred = credentials.get(step.id)
        if cred is None:
            continue
        for target in cred.stacks_into:
            into = credentials.get(target.target)
            rows.append({
                "from_id": step.id,
                "from": step.title,
                "into_id": target.target,
                "into": into.title if into else target.target,
                "ects": target.ects if target.ects is not None else (cred.ects or 0.0),
                "earned": target.target in earned,
            })
    return pd.DataFrame(rows, columns=["from_id", "from", "into_id", "into", "ects", "earned"])


def _dot_label(text: str, limit: int = 40) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace('"', '\\"')


def stack_ladder_dot(pathway: Pathway, credentials: Mapping[str, Credential]) -> str:
    """Graphviz DOT: planned credentials (boxes) pointing up to what they stack into (earned ones in green)."""
    frame = stack_frame(pathway, credentials)
    lines = ["digraph ladder {", "  rankdir=BT;", '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb"];']
    nodes: dict[str, str] = {}
    for row in frame.itertuples(index=False):
        nodes[row.from_id] = row[1]
        nodes[row.into_id] = row.into
    for i, (node_id, title) in enumerate(nodes.items()):
        fill = ', fillcolor="#d9f0d3"' if node_id in pathway.stacks_earned else ""
        lines.append(f'  n{i} [label="{_dot_label(title)}"{fill}];')
    index = {node_id: i for i, node_id in enumerate(nodes)}
    for row in frame.itertuples(index=False):
        lines.append(f'  n{index[row.from_id]} -> n{index[row.into_id]} [label="{row.ects:g} ECTS"];')
    lines.append("}")
    return "\n".join(lines)
