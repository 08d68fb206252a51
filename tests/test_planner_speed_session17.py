"""Planner speed, issue 14 session 17: results kept that change no plan.

- `core.names_goal` (does a course title name the goal?), `_title_words` and `_stem`: pure functions of their
  strings, asked for every entry teaching an essential gap skill in every plan (`goal_courses`, ~30% of a 10k
  plan's CPU on 46a8c63), now kept per title and names (`lru_cache`).
"""

from __future__ import annotations

from datetime import date
from functools import cache

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Goal, LearnerProfile
from pathfinder.planner import core
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.lookup import CatalogueLookup
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy

DAY = date(2026, 1, 5)


@cache
def _bundled():
    settings = Settings(_env_file=None)
    lookup = CatalogueLookup(load_catalogue([settings.corpus_dir / "catalogue"]).credentials)
    return load_taxonomy(settings), lookup


def _gaps():
    taxonomy, lookup = _bundled()
    for occ in sorted(taxonomy.occupations.values(), key=lambda o: o.uri):
        profile = LearnerProfile(id="l", goal=Goal(occupation_uri=occ.uri))
        yield analyse_gap(profile, taxonomy, lookup, today=DAY)


# titles of other forms than the bundled ones: audiences, acronyms, filler, word forms, other languages
_TITLES = (
    "Network Engineering for Software Developers",
    "Le métier de DPO",
    "CISOs in practice",
    "Designing Intelligent Systems",
    "Databases and Data Analysis for Beginners",
    "Administration des réseaux pour les développeurs",
    "Testing and Test Automation",
    "ICT und die Entwicklerinnen",
    "",
)


def test_names_goal_kept_gives_what_the_rule_gives_and_is_asked_once_per_title_and_names():
    _, lookup = _bundled()
    titles = sorted({c.title for c in lookup.credentials} | set(_TITLES))
    names_sets = {g.goal_names for g in _gaps()}
    assert len(names_sets) > 10 and len(titles) > 100
    rule = core._names_goal.__wrapped__  # the rule itself, nothing kept
    expected = {(t, n): rule(t, n) for t in titles for n in names_sets}
    assert any(expected.values()) and not all(expected.values())
    core._names_goal.cache_clear()
    for (title, names), want in expected.items():
        assert core.names_goal(title, names) is want
        assert core.names_goal(title, list(names)) is want  # any sequence of names
    info = core._names_goal.cache_info()
    assert info.misses == len(expected) and info.hits == len(expected)


def test_title_words_and_stems_are_kept():
    words = core._title_words("Designing Intelligent Systems for Testers")
    assert words == ("designing", "intelligent", "systems", "for", "testers")
    assert core._title_words("Designing Intelligent Systems for Testers") is words
    core._stem.cache_clear()
    assert core._same_word("tester", "testing") and core._same_word("data", "database")
    assert not core._same_word("design", "developer")
    misses = core._stem.cache_info().misses
    assert core._same_word("testing", "tester")
    assert core._stem.cache_info().misses == misses  # both stems kept


def test_goal_courses_again_asks_no_title_rule_anew():
    _, lookup = _bundled()
    gap = next(g for g in _gaps() if g.essential and core.goal_courses(g, lookup.credentials, ()))
    first = core.goal_courses(gap, lookup.credentials, ())
    before = core._names_goal.cache_info()
    assert core.goal_courses(gap, lookup.credentials, ()) == first
    after = core._names_goal.cache_info()
    assert after.misses == before.misses and after.hits > before.hits
