"""Inferred tags that rephrase one another are one piece of evidence (issue 14, session 9): edX's "Visual
Presentation", a course on images in business communication, was inferred "visual presentation techniques"
and "deliver visual presentation of data" and counted as a data-visualisation teacher in analyst and
data-scientist plans; two tags saying the same words twice no longer pass the one-inferred-tag rule."""

from __future__ import annotations

from datetime import date

from pathfinder.domain import Credential, Goal, LearnerProfile, Occupation, Skill, SkillRef
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import evidence_count, single_inferred
from pathfinder.planner.review import one_inferred_tag

TODAY = date(2026, 1, 5)
LABELS = ("visual presentation techniques", "deliver visual presentation of data", "statistics")
VIS, DELIVER, STATS = (SkillRef(uri=f"s:{k}", label=x) for k, x in enumerate(LABELS))


def _inferred(ref: SkillRef) -> SkillRef:
    return ref.model_copy(update={"inferred": True, "confidence": 0.88})


def test_labels_sharing_two_words_are_one_piece_of_evidence():
    assert evidence_count([VIS.label, DELIVER.label]) == 1
    assert evidence_count([VIS.label, STATS.label]) == 2
    assert evidence_count(["perform data analysis", "analyse big data"]) == 2  # one shared word is not enough
    assert evidence_count(["Python (computer programming)", "computer programming"]) == 1
    assert evidence_count([]) == 0


def test_a_course_with_rephrased_inferred_tags_is_single_evidence():
    branding = Credential(
        id="b", title="Visual Presentation", provider="P", skills=(_inferred(VIS), _inferred(DELIVER))
    )
    assert single_inferred(branding, [VIS.uri, DELIVER.uri])
    assert one_inferred_tag(branding, {VIS.uri, DELIVER.uri})
    stated = branding.model_copy(update={"skills": (VIS, DELIVER)})  # the catalogue's own tags stay evidence
    assert not single_inferred(stated, [VIS.uri, DELIVER.uri])
    two = branding.model_copy(update={"skills": (_inferred(VIS), _inferred(STATS))})
    assert not single_inferred(two, [VIS.uri, STATS.uri]) and not one_inferred_tag(two, {VIS.uri, STATS.uri})


def test_the_rephrased_course_is_no_step_and_a_stated_one_is():
    tax = Taxonomy.from_items(
        [Skill(uri=s.uri, label=s.label) for s in (VIS, DELIVER, STATS)],
        [Occupation(uri="occ", label="analyst", essential=(VIS.uri, DELIVER.uri, STATS.uri))],
    )
    branding = Credential(
        id="b",
        title="B",
        provider="P",
        languages=("en",),
        cost=0,
        hours=10,
        skills=(_inferred(VIS), _inferred(DELIVER)),
    )
    viz = Credential(
        id="v", title="V", provider="P", languages=("en",), cost=0, hours=40, skills=(VIS, DELIVER)
    )
    profile = LearnerProfile(id="l", goal=Goal(occupation_uri="occ"))
    for catalogue, expected in (([branding], ()), ([branding, viz], ("v",))):
        gap = analyse_gap(profile, tax, catalogue, today=TODAY)
        assert plan_pathway(profile, gap, catalogue, today=TODAY).ids == expected
