"""Planning for the pages: gap and pathways for a profile against the served index, cached per input."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from pathfinder.domain import LearnerProfile, Pathway
from pathfinder.ui import resources

if TYPE_CHECKING:
    from pathfinder.planner.gaps import Gap


@st.cache_data(show_spinner=False, max_entries=256)
def _plan(profile_json: str, version: str | None, strategy: str) -> tuple[str, str]:
    from pathfinder.planner import plan_pathway
    from pathfinder.planner.gaps import analyse_gap

    profile = LearnerProfile.model_validate_json(profile_json)
    credentials = resources.planning_catalogue()  # built once per index version, not per plan
    gap = analyse_gap(profile, resources.taxonomy(), credentials)
    return gap.model_dump_json(), plan_pathway(profile, gap, credentials, strategy).model_dump_json()


def _key(profile: LearnerProfile) -> str:
    # version and updated_at do not change a plan; leaving them out lets a re-save hit the cache
    return profile.model_copy(update={"version": 0, "updated_at": profile.updated_at.min}).model_dump_json()


def plan(profile: LearnerProfile, strategy: str = "balanced") -> tuple[Gap, Pathway]:
    """(gap, pathway) for `profile`; PlanningError (with the fix) when the profile has no usable goal."""
    from pathfinder.planner.gaps import Gap

    gap_json, pathway_json = _plan(_key(profile), resources.index_version(), strategy)
    return Gap.model_validate_json(gap_json), Pathway.model_validate_json(pathway_json)


def alternatives(profile: LearnerProfile) -> dict[str, Pathway]:
    """The fastest, cheapest and most complete plans, keyed by strategy."""
    from pathfinder.planner import ALTERNATIVES

    return {s: plan(profile, s)[1] for s in ALTERNATIVES}
