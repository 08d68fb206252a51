"""Charts of a pathway: the Gantt-style timeline, skill coverage before/after, and the stack ladder.

Each chart is two pure steps: a DataFrame from domain types (tested on its own), then an Altair chart or a
Graphviz DOT string over it. No Streamlit here; pages pass the results to st.altair_chart/st.graphviz_chart.
Titles, axes and legend labels are in the current reply language (`i18n.replying_in`, set by the page); the
frames keep their English keys (`status`, `stage`) and carry the words shown beside them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import altair as alt
import pandas as pd

from pathfinder.assistant.i18n import t
from pathfinder.domain import Credential, Pathway

if TYPE_CHECKING:
    from pathfinder.planner.gaps import Gap

COVERAGE_STATUSES = (
    "held",
    "covered by the plan",
    "missing: essential",
    "missing: optional",
    "missing: nothing teaches it",
)
_STATUS_COLOURS = ("#4c78a8", "#54a24b", "#e45756", "#f2a7a5", "#d3d3d3")
_STATUS_KEYS = ("ch_held", "ch_covered", "ch_missing_essential", "ch_missing_optional", "ch_missing_untaught")
ROW_PX = 28  # height of one timeline row: room for a label line at the default font size
LABEL_PX = 320  # width of the timeline's label column, the same for the hours-per-week panel below it
LABEL_CHARS = 48  # step titles longer than this are cut with an ellipsis (the tooltip has the whole title)
_FIT_WIDTH = alt.AutoSizeParams(type="fit-x", contains="padding")  # stretch the width, keep our heights


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def timeline_frame(pathway: Pathway) -> pd.DataFrame:
    """One row per step: label, week it starts (0-based, for the bar start), week it ends, hours, cost."""
    rows = [
        {
            "order": i,
            "label": f"{i}. {_short(step.title)}",
            "title": step.title,
            "id": step.id,
            "start": step.start_week - 1,
            "end": step.end_week,
            "weeks": step.end_week - step.start_week + 1,
            "hours": step.hours,
            "per_week": round(step.hours / (step.end_week - step.start_week + 1), 1),
            "ects": step.ects,
            "cost": step.cost,
        }
        for i, step in enumerate(pathway.steps, start=1)
    ]
    return pd.DataFrame(
        rows,
        columns=[
            "order",
            "label",
            "title",
            "id",
            "start",
            "end",
            "weeks",
            "hours",
            "per_week",
            "ects",
            "cost",
        ],
    )


def weekly_load(pathway: Pathway, hours_per_week: float | None = None) -> list[float]:
    """Study hours in each week of the plan (index 0 is week 1). A step that needs more than `hours_per_week`
    over its weeks (a dated session, a squeezed step) is spread evenly over them and placed first; the others
    fill their weeks up to the learner's hours in plan order, as the schedule does. Without `hours_per_week`
    the plan's own pace stands in (`_pace`)."""
    weeks = max((s.end_week for s in pathway.steps), default=0)
    load = [0.0] * weeks

    def span(step) -> range:
        return range(step.start_week - 1, step.end_week)

    cap = hours_per_week or _pace(pathway.steps, span)
    fixed = [s for s in pathway.steps if s.hours / len(span(s)) > cap + 1e-9]
    for step in fixed:
        for w in span(step):
            load[w] += step.hours / len(span(step))
    for step in pathway.steps:
        if step in fixed:
            continue
        left = step.hours
        for w in span(step):
            take = min(left, max(0.0, cap - load[w]))
            load[w] += take
            left -= take
        for w in span(step):  # what did not fit at the learner's pace, spread over the step's weeks
            load[w] += left / len(span(step))
    return [round(x, 2) for x in load]


def _pace(steps, span) -> float:
    """The plan's hours a week when the learner's are not known: the hours of its steps over the weeks they
    occupy, leaving out squeezed steps (a rate over 1.5 times the median step's, as a dated session has)."""
    rates = sorted(s.hours / len(span(s)) for s in steps)
    if not rates:
        return 0.0
    usual = [s for s in steps if s.hours / len(span(s)) <= 1.5 * rates[len(rates) // 2]]
    weeks = {w for s in usual for w in span(s)}
    return sum(s.hours for s in usual) / len(weeks) if weeks else 0.0


def load_frame(pathway: Pathway, hours_per_week: float | None = None) -> pd.DataFrame:
    """One row per week: its start (0-based), end, hours studied, and whether that is over the learner's."""
    load = weekly_load(pathway, hours_per_week)
    limit = (hours_per_week or float("inf")) * 1.01
    rows = [
        {"start": w, "end": w + 1, "week": w + 1, "hours": h, "over": h > limit} for w, h in enumerate(load)
    ]
    return pd.DataFrame(rows, columns=["start", "end", "week", "hours", "over"])


def timeline_chart(pathway: Pathway, hours_per_week: float | None = None) -> alt.VConcatChart:
    """A bar per step on a weeks axis (one labelled row each, in plan order), above the hours studied per week
    with the learner's hours a week as a line (weeks over it in red)."""
    frame = timeline_frame(pathway)
    weeks = int(frame["end"].max()) if len(frame) else 1
    x = alt.X(
        "start:Q",
        title=t("ch_week"),
        scale=alt.Scale(domain=[0, weeks], nice=False),
        axis=alt.Axis(tickMinStep=1, format="d"),
    )
    bars = (
        alt.Chart(frame, title=t("ch_timeline"))
        .mark_bar(cornerRadius=3, color="#4c78a8")
        .encode(
            x=x,
            x2="end:Q",
            y=alt.Y(
                "label:N",
                sort=list(frame["label"]),
                title=None,
                axis=alt.Axis(
                    labelLimit=LABEL_PX - 10,
                    labelOverlap=False,
                    labelPadding=6,
                    minExtent=LABEL_PX,
                    maxExtent=LABEL_PX,
                ),
            ),
            tooltip=[
                "title",
                "id",
                "start",
                "end",
                "weeks",
                "hours",
                alt.Tooltip("per_week", title=t("ch_h_week")),
                "ects",
                "cost",
            ],
        )
        .properties(height=alt.Step(ROW_PX))
    )
    load = load_frame(pathway, hours_per_week)
    per_week = (
        alt.Chart(load, title=t("ch_hours_per_week"))
        .mark_bar(color="#72b7b2")
        .encode(
            x=alt.X(
                "start:Q",
                title=t("ch_week"),
                scale=alt.Scale(domain=[0, weeks], nice=False),
                axis=alt.Axis(tickMinStep=1, format="d"),
            ),
            x2="end:Q",
            y=alt.Y(
                "hours:Q",
                title=None,
                scale=alt.Scale(zero=True),
                axis=alt.Axis(minExtent=LABEL_PX, maxExtent=LABEL_PX),
            ),
            y2=alt.datum(0),
            color=alt.condition("datum.over", alt.value("#e45756"), alt.value("#72b7b2")),
            tooltip=["week", "hours"],
        )
        .properties(height=120)
    )
    if hours_per_week:
        rule = (
            alt.Chart(pd.DataFrame({"hours": [hours_per_week]}))
            .mark_rule(strokeDash=[4, 3])
            .encode(y="hours:Q", tooltip=[alt.Tooltip("hours", title=t("ch_your_hours"))])
        )
        per_week = per_week + rule
    return alt.vconcat(bars, per_week, spacing=12).properties(autosize=_FIT_WIDTH)


def coverage_frame(gap: Gap, pathway: Pathway) -> pd.DataFrame:
    """Goal skills counted by status before and after the plan (rows: stage, status, skills, share, and the
    words shown for them: stage_label, label): held,
    covered by the plan, missing essential, missing optional, and missing that nothing in the catalogue
    teaches.
    Shares are of all goal skills (held + gap), unweighted."""
    covered = {uri for step in pathway.steps for uri in step.covers}
    untaught = set(gap.untaught)
    total = len(gap.held) + len(gap.skills)
    rows = []
    for stage, done in (("before", set()), ("after", covered)):
        left = [s for s in gap.skills if s.uri not in done]
        counts = {
            "held": len(gap.held),
            "covered by the plan": len(gap.skills) - len(left),
            "missing: essential": sum(1 for s in left if s.essential and s.uri not in untaught),
            "missing: optional": sum(1 for s in left if not s.essential and s.uri not in untaught),
            "missing: nothing teaches it": sum(1 for s in left if s.uri in untaught),
        }
        words = dict(zip(COVERAGE_STATUSES, _STATUS_KEYS, strict=True))
        rows += [
            {
                "stage": stage,
                "status": status,
                "skills": n,
                "share": (n / total) if total else 0.0,
                "stage_label": t(f"ch_{stage}"),
                "label": t(words[status]),
            }
            for status, n in counts.items()
        ]
    return pd.DataFrame(rows, columns=["stage", "status", "skills", "share", "stage_label", "label"])


def coverage_chart(gap: Gap, pathway: Pathway) -> alt.Chart:
    """Two stacked bars (before, after) of the goal's skills by status (`COVERAGE_STATUSES`)."""
    frame = coverage_frame(gap, pathway)
    labels = [t(k) for k in _STATUS_KEYS]
    return (
        alt.Chart(frame, title=t("ch_coverage"))
        .mark_bar()
        .encode(
            y=alt.Y(
                "stage_label:N",
                sort=[t("ch_before"), t("ch_after")],
                title=None,
                axis=alt.Axis(labelOverlap=False),
            ),
            x=alt.X("skills:Q", stack="zero", title=t("ch_goal_skills")),
            color=alt.Color(
                "label:N",
                scale=alt.Scale(domain=labels, range=list(_STATUS_COLOURS)),
                title=None,
                legend=alt.Legend(orient="bottom", columns=3, labelLimit=260),
            ),
            order=alt.Order("order:Q"),
            tooltip=[
                alt.Tooltip("stage_label:N", title="stage"),
                alt.Tooltip("label:N", title="status"),
                "skills",
                alt.Tooltip("share:Q", format=".0%"),
            ],
        )
        .transform_calculate(order=f"indexof({list(COVERAGE_STATUSES)!r}, datum.status)")
        .properties(height=alt.Step(40), autosize=_FIT_WIDTH)
    )


def stack_frame(pathway: Pathway, credentials: Mapping[str, Credential]) -> pd.DataFrame:
    """Edges of the stack ladder: each planned credential that stacks into a larger one (from, into,
    earned)."""
    earned = set(pathway.stacks_earned)
    rows = []
    for step in pathway.steps:
        cred = credentials.get(step.id)
        if cred is None:
            continue
        for target in cred.stacks_into:
            into = credentials.get(target.target)
            rows.append(
                {
                    "from_id": step.id,
                    "from": step.title,
                    "into_id": target.target,
                    "into": into.title if into else target.target,
                    "ects": target.ects if target.ects is not None else (cred.ects or 0.0),
                    "earned": target.target in earned,
                }
            )
    return pd.DataFrame(rows, columns=["from_id", "from", "into_id", "into", "ects", "earned"])


def _dot_label(text: str, limit: int = 40) -> str:
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("\\", "\\\\").replace('"', '\\"')


def stack_ladder_dot(pathway: Pathway, credentials: Mapping[str, Credential]) -> str:
    """Graphviz DOT: planned credentials (boxes) pointing up to what they stack into (earned ones in
    green)."""
    frame = stack_frame(pathway, credentials)
    lines = [
        "digraph ladder {",
        "  rankdir=BT;",
        '  node [shape=box, style="rounded,filled", fillcolor="#eef3fb"];',
    ]
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
