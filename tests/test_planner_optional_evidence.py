"""An optional tag adds no evidence to one essential inferred tag (issue 14, session 13; fresh11-16,
fresh12-19, fresh12-20): a 13-hour Udemy HTML/CSS/JavaScript video, its skills inferred from its text as
"use markup languages" (essential for a knowledge engineer) and "JavaScript" (optional), was counted as
teaching the goal and planned for a librarian; the planner and the plan review now read it as one
inferred tag."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import single_inferred
from pathfinder.planner.review import one_inferred_tag

TODAY = date(2026, 1, 5)
MARKUP, JS, GRAPH = (
    SkillRef(uri=f"s:{k}", label=x)
    for k, x in (("m", "use markup languages"), ("j", "JavaScript"), ("g", "knowledge graphs"))
)
TAX = Taxonomy.from_items(
    [Skill(uri=s.uri, label=s.label) for s in (MARKUP, JS, GRAPH)],
    [
        Occupation(
            uri="occ", label="knowledge engineer", essential=(MARKUP.uri, GRAPH.uri), optional=(JS.uri,)
        )
    ],
)


def _inferred(ref: SkillRef) -> SkillRef:
    return ref.model_copy(update={"inferred": True, "confidence": 0.9})


VIDEO = Credential(  # all inferred: one essential tag and one optional
    id="video", title="HTML, CSS and JavaScript for Beginners", provider="U", hours=13, cost=20,
    languages=("en",), skills=(_inferred(MARKUP), _inferred(JS)),
)  # fmt: skip
GRAPHS = Credential(
    id="graphs", title="Linked Data and Knowledge Graphs", provider="P", hours=80, cost=300,
    languages=("en",), eqf_level=5, skills=(GRAPH,),
)  # fmt: skip


def test_an_optional_tag_is_no_second_piece_of_evidence():
    assert single_inferred(VIDEO, [MARKUP.uri, JS.uri], essential={MARKUP.uri, GRAPH.uri})
    assert one_inferred_tag(VIDEO, {MARKUP.uri, JS.uri, GRAPH.uri}, essential={MARKUP.uri, GRAPH.uri})
    # two essential tags are still two pieces of evidence, and without the essential set nothing changes
    both = VIDEO.model_copy(update={"skills": (_inferred(MARKUP), _inferred(GRAPH))})
    assert not single_inferred(both, [MARKUP.uri, GRAPH.uri], essential={MARKUP.uri, GRAPH.uri})
    assert not single_inferred(VIDEO, [MARKUP.uri, JS.uri])


def test_the_video_is_no_step_of_the_plan():
    p = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri="occ"),
        languages=("en",),
        constraints=Constraints(hours_per_week=5, weeks=52),
    )
    cat = [VIDEO, GRAPHS]
    pw = plan_pathway(p, analyse_gap(p, TAX, cat, today=TODAY), cat, today=TODAY)
    assert pw.ids == ("graphs",)
