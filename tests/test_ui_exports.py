"""Exports, charts' data frames and the session report, built from a hand-made Pathway over the tiny
catalogue."""

from __future__ import annotations

import json
from datetime import UTC

import pytest
from conftest import tiny_catalogue

from pathfinder.domain import Pathway, Relaxation, Step, Totals, UncoveredSkill
from pathfinder.planner.gaps import Gap, GapSkill
from pathfinder.ui.charts import (
    coverage_chart,
    coverage_frame,
    load_frame,
    stack_frame,
    stack_ladder_dot,
    timeline_chart,
    timeline_frame,
    weekly_load,
)
from pathfinder.ui.exports import citations, pathway_json, pathway_markdown, pathway_pdf, totals_line
from pathfinder.ui.session_report import SessionReport, plan_changes, session_report_pdf

PY_URI = "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d"
SQL_URI = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742"


@pytest.fixture
def credentials():
    cat = {c.id: c for c in tiny_catalogue()}
    cat["sql-1"] = cat["sql-1"].model_copy(update={"url": "https://academy-b.example/sql?x=(1)"})
    cat["py-1"] = cat["py-1"].model_copy(update={"url": "javascript:alert(1)"})
    return cat


@pytest.fixture
def pathway() -> Pathway:
    return Pathway(
        goal_label="Data analyst",
        steps=(
            Step(
                id="py-1",
                title="Python Basics",
                covers=(PY_URI,),
                reasons=("covers Python",),
                start_week=1,
                end_week=4,
                hours=110,
                ects=4,
            ),
            Step(
                id="sql-1",
                title="SQL for *Analysts* <script>",
                covers=(SQL_URI,),
                start_week=5,
                end_week=8,
                hours=110,
                ects=4,
                cost=120,
            ),
        ),
        totals=Totals(hours=220, ects=8, cost=120, weeks=8),
        stacks_earned=("cert-data",),
        uncovered=(UncoveredSkill(uri="u:stats", label="statistics", reason="nothing within your budget"),),
        relaxations=(
            Relaxation(constraint="budget", current=100, needed=420, message="Raise the budget to 420 EUR"),
        ),
        coverage=0.67,
    )


def test_markdown_lists_steps_sources_and_escapes_catalogue_text(pathway, credentials):
    md = pathway_markdown(pathway, credentials)
    assert "# Pathway: Data analyst" in md
    assert "[1] Python Basics (`py-1`) — Uni A" in md
    assert "<https://academy-b.example/sql?x=%281%29>" in md  # parentheses quoted so the link cannot break
    assert "javascript:" not in md  # unsafe URL dropped, title kept as text
    assert "\\<script\\>" in md and "\\*Analysts\\*" in md
    assert "statistics: nothing within your budget" in md
    assert "Raise the budget to 420 EUR" in md
    assert md.index("Python Basics") < md.index("SQL for")


def test_a_plan_with_no_step_is_not_called_free(pathway, credentials):
    """Nothing fitted the limits (the learner's languages, say): the totals say 0 steps and a dash for the
    price, never "free" (seen on the Pathway page, the Markdown and the PDF of a Hindi learner)."""
    empty = pathway.model_copy(update={"steps": (), "totals": Totals(hours=0, ects=0, cost=0, weeks=0)})
    assert "free" not in totals_line(empty) and "–" in totals_line(empty)
    assert "free" not in pathway_markdown(empty, credentials).split("## ")[0]
    assert "free" in totals_line(
        pathway.model_copy(update={"totals": Totals(hours=9, ects=0, cost=0, weeks=1)})
    )


def test_a_plan_with_no_step_prints_no_empty_sources_heading(pathway, credentials, monkeypatch):
    """The empty plan's PDF (and Markdown) printed a "Sources" heading with nothing under it."""
    from pathfinder.ui import exports

    headings: list[str] = []
    monkeypatch.setattr(exports.ReportPDF, "heading", lambda self, text, size=12: headings.append(text))
    empty = pathway.model_copy(update={"steps": (), "totals": Totals(hours=0, ects=0, cost=0, weeks=0)})
    assert pathway_pdf(empty, credentials).startswith(b"%PDF-")
    assert "Sources" not in headings
    assert "## Sources" not in pathway_markdown(empty, credentials)
    pathway_pdf(pathway, credentials)
    assert "Sources" in headings and "## Sources" in pathway_markdown(pathway, credentials)


def test_prices_read_as_in_the_chat(pathway, credentials):
    """The Pathway page's cost metric was cut off ("4,863.00 …"); the chat says "EUR 4,863"."""
    from pathfinder.ui.cards import amount, cost_text

    assert "EUR 120" in totals_line(pathway) and "120.00" not in totals_line(pathway)
    assert amount(4863, "EUR") == "EUR 4,863" and amount(336.6, "EUR") == "EUR 336.60"
    assert cost_text(credentials["sql-1"].model_copy(update={"cost": 1250.0})) == "EUR 1,250"


def test_json_round_trips_the_pathway_and_adds_citations(pathway, credentials):
    data = json.loads(pathway_json(pathway, credentials))
    assert Pathway.model_validate({k: v for k, v in data.items() if k != "citations"}) == pathway
    assert [c["id"] for c in data["citations"]] == ["py-1", "sql-1"]
    assert data["citations"][0]["url"] is None and data["citations"][1]["provider"] == "Academy B"


def test_citations_fall_back_to_the_step_when_the_credential_is_unknown(pathway):
    cites = citations(
        pathway.model_copy(
            update={"steps": (pathway.steps[0].model_copy(update={"url": "https://x.example/a"}),)}
        ),
        {},
    )
    assert (
        cites[0].title == "Python Basics"
        and cites[0].url == "https://x.example/a"
        and cites[0].provider is None
    )


def test_pdf_is_a_pdf_even_with_characters_outside_latin1(pathway, credentials):
    odd = pathway.model_copy(update={"goal_label": "Analyst – Ünïcode ✓ 数据"})
    data = pathway_pdf(odd, credentials)
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 1000


def test_timeline_frame_spans_each_step_on_a_week_axis(pathway):
    frame = timeline_frame(pathway)
    assert list(frame["id"]) == ["py-1", "sql-1"]
    assert list(frame["start"]) == [0, 4] and list(frame["end"]) == [4, 8] and list(frame["weeks"]) == [4, 4]
    assert list(frame["label"]) == ["1. Python Basics", "2. SQL for *Analysts* <script>"]
    spec = timeline_chart(pathway, 30).to_dict()
    steps, load = spec["vconcat"]
    assert steps["mark"]["type"] == "bar" and steps["encoding"]["x2"]["field"] == "end"
    assert steps["height"] == {"step": 28}  # one readable row per step, whatever the number of steps
    assert steps["encoding"]["y"]["axis"]["labelOverlap"] is False
    assert spec["autosize"]["type"] == "fit-x"  # Streamlit's default "fit" squeezed the rows to zero height
    assert {layer["mark"]["type"] for layer in load["layer"]} == {"bar", "rule"}


def test_a_long_title_is_cut_with_an_ellipsis_in_the_label_only(pathway):
    title = "Routing, Switching and Network Design for Campus Networks"
    long = pathway.steps[0].model_copy(update={"title": title})
    frame = timeline_frame(pathway.model_copy(update={"steps": (long,)}))
    assert frame["label"][0].endswith("…") and len(frame["label"][0]) <= 51
    assert frame["title"][0] == long.title


def test_weekly_load_fills_the_learners_hours_and_shows_a_squeezed_session():
    steps = (
        Step(id="a", title="A", start_week=1, end_week=3, hours=10),  # 4 + 4 + 2 at 4 h/week
        Step(id="b", title="B", start_week=3, end_week=5, hours=10),  # 2 + 4 + 4
        Step(id="c", title="C", start_week=6, end_week=6, hours=40),
    )  # a one-week session
    plan = Pathway(steps=steps)
    assert weekly_load(plan, 4) == [4, 4, 4, 4, 4, 40]
    assert sum(weekly_load(plan, 4)) == sum(s.hours for s in steps)
    assert list(load_frame(plan, 4)["over"]) == [False] * 5 + [True]
    assert weekly_load(plan) == [4, 4, 4, 4, 4, 40]  # no hours given: the plan's own pace, 10 h in 3 weeks
    assert weekly_load(Pathway()) == []


def test_coverage_counts_before_and_after(pathway):
    gap = Gap(
        goal_label="Data analyst",
        skills=(
            GapSkill(uri=PY_URI, label="Python", weight=1, essential=True),
            GapSkill(uri=SQL_URI, label="SQL", weight=1, essential=True),
            GapSkill(uri="u:stats", label="statistics", weight=1, essential=True),
        ),
        held=("u:excel",),
    )
    frame = coverage_frame(gap, pathway).set_index(["stage", "status"])["skills"]
    assert frame[("before", "held")] == 1 and frame[("before", "missing: essential")] == 3
    assert frame[("after", "covered by the plan")] == 2 and frame[("after", "missing: essential")] == 1
    spec = coverage_chart(gap, pathway).to_dict()
    assert spec["mark"]["type"] == "bar" and spec["height"] == {"step": 40}
    assert spec["autosize"]["type"] == "fit-x"


def test_coverage_separates_optional_and_untaught_skills(pathway):
    gap = Gap(
        skills=(
            GapSkill(uri=PY_URI, label="Python", weight=1, essential=True),
            GapSkill(uri="u:r", label="R", weight=0.3, essential=False),
            GapSkill(uri="u:cobol", label="COBOL", weight=0.3, essential=False),
        ),
        untaught=("u:cobol",),
    )
    after = coverage_frame(gap, pathway).set_index(["stage", "status"])["skills"].loc["after"]
    assert dict(after) == {
        "held": 0,
        "covered by the plan": 1,
        "missing: essential": 0,
        "missing: optional": 1,
        "missing: nothing teaches it": 1,
    }


def test_stack_ladder_links_planned_parts_to_the_certificate(pathway, credentials):
    frame = stack_frame(pathway, credentials)
    assert set(frame["from_id"]) == {"py-1", "sql-1"} and set(frame["into_id"]) == {"cert-data"}
    assert frame["earned"].all()
    dot = stack_ladder_dot(pathway, credentials)
    assert dot.count("->") == 2 and "Certificate in Data Analysis" in dot and '\\"' not in dot


def test_plan_changes_separates_kept_added_removed(pathway):
    suggested = pathway.model_copy(
        update={"steps": (pathway.steps[1], Step(id="viz-1", title="Viz", start_week=1, end_week=2))}
    )
    changes = plan_changes(suggested, pathway)
    assert changes.kept == ("sql-1",) and changes.added == ("py-1",) and changes.removed == ("viz-1",)
    assert plan_changes(pathway, pathway).unchanged


def test_session_report_pdf(pathway, credentials):
    report = SessionReport(
        learner_id="l-1",
        learner_name="Ana",
        advisor_notes="Wants evening courses.",
        pinned=("sql-1",),
        rejected=("viz-1",),
        suggested=None,
        agreed=pathway,
    )
    assert session_report_pdf(report, credentials).startswith(b"%PDF-")


def test_session_report_prints_stored_notes_and_the_agreement(pathway, credentials, monkeypatch):
    from datetime import datetime

    from pathfinder.storage.advising import SessionNote
    from pathfinder.ui import session_report

    printed: list[str] = []
    monkeypatch.setattr(
        session_report.ReportPDF, "paragraph", lambda self, text, size=10: printed.append(text)
    )
    note = SessionNote(
        id=1,
        profile_id="l-1",
        author_role="advisor",
        text="Wants evening courses.",
        created_at=datetime(2026, 5, 4, 9, 30, tzinfo=UTC),
    )
    report = SessionReport(
        learner_id="l-1",
        notes=(note,),
        suggested=pathway,
        agreed=pathway,
        agreed_by="advisor",
        agreed_at=datetime(2026, 5, 4, 10, 0, tzinfo=UTC),
    )
    assert session_report_pdf(report, credentials).startswith(b"%PDF-")
    assert "2026-05-04 09:30 UTC, advisor: Wants evening courses." in printed
    assert "Agreed by advisor with the learner on 2026-05-04." in printed
    printed.clear()
    session_report_pdf(report.model_copy(update={"agreed_at": None, "notes": ()}), credentials)
    assert "(no notes)" in printed and any(p.startswith("Not agreed yet") for p in printed)


@pytest.mark.parametrize("length", [2_500, 100_000])
def test_a_very_long_title_never_breaks_the_pdf(pathway, credentials, length):
    """A title of about 2,440+ characters made fpdf2 raise ("row too high"); the Pathway page builds the PDF
    on every render, so the page failed for every learner whose plan held it. Cells are now cut, text
    capped."""
    title = ("Word " * length)[:length]
    step = pathway.steps[0].model_copy(update={"title": title, "reasons": (title,)})
    long = pathway.model_copy(update={"steps": (step, *pathway.steps[1:]), "goal_label": title})
    cat = {**credentials, "py-1": credentials["py-1"].model_copy(update={"title": title})}
    assert pathway_pdf(long, cat).startswith(b"%PDF-")
    report = SessionReport(
        learner_id="l-1",
        learner_name=title,
        advisor_notes=title,
        pinned=(),
        rejected=(),
        suggested=long,
        agreed=long,
    )
    assert session_report_pdf(report, cat).startswith(b"%PDF-")


def test_exports_list_the_uncovered_skills_by_group_with_the_coverage_counts(pathway, credentials):
    from pathfinder.domain import CoverageReport, UncoveredGroup

    grouped = pathway.model_copy(
        update={
            "report": CoverageReport(essential_teachable=5, essential_covered=2, essential_untaught=1),
            "uncovered_groups": (
                UncoveredGroup(
                    reason="over budget", essential=True, count=7, labels=("a", "b", "c", "d", "e")
                ),
            ),
            "notes": ("No step fits within your limits; what stands in the way: a budget of EUR 100.",),
        }
    )
    md = pathway_markdown(grouped, credentials)
    assert "Essential skills: 2 of the 5 the catalogue teaches are covered; 1 more" in md
    assert "7 essential: a, b, c, d, e and 2 more (over budget)" in md
    assert (
        "statistics: nothing within your budget" not in md
    )  # the per-skill list is the JSON's and the page's
    assert pathway_pdf(grouped, credentials).startswith(b"%PDF")
