"""The learner's answer to the counsellor's opening (session 20, issue #12, lead trial 15's 01).

After the counsellor's opening to a learner with no aim ("tell me about your background, interests and
time, or start from one of these directions"), the next message is an answer to it: hours, a budget, "what's
the very first thing I should do?", "where do I start?". Asking the goal again, or showing the same three
directions, loses the thread; the answer moves on: ONE direction picked from what was said
(`interests.leanings`, else the first the catalogue serves well), its first course named with why, and the
plan offered. Pure: reads the history and the parsed message only."""

from __future__ import annotations

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.picks import asks_what_now
from pathfinder.assistant.policy import asks_first_step
from pathfinder.domain import LearnerProfile, Pathway
from pathfinder.domain.dialogue import History

# the answers that leave a learner with no aim asked for one: the counsellor's opening, "which job or field
# are you aiming for?" after hours, the nearest to a goal too weak to set, a direction picked
_ASKING = frozenset({"explore", "set_constraints", "set_goal", "state_skills", "plan", "smalltalk"})


def asks_aim(profile: LearnerProfile, intent: str, pathway: Pathway | None, shown: dict) -> bool:
    """Whether an answer left the learner with no goal and no plan, and was no list searched for them: what
    they say next (hours, "where do I start?") answers the question of their aim."""
    return profile.goal is None and pathway is None and intent in _ASKING and not shown.get("last_query")


def after_opening(history: History) -> bool:
    """Whether the last answer was the counsellor's opening or another that asked a learner with no aim for
    one, or picked a direction for them (`DialogueState.opened`, for the next turn only), with no plan shown
    and no course in focus since."""
    state = history.state
    return state.opened and state.last_pathway is None and state.focus is None


def answers_opening(
    p: Parsed,
    history: History,
    *,
    goal_said: bool,
    subject_said: bool,
    interest: bool = False,
    wish_shown: bool = False,
) -> bool:
    """Whether the message answers the counsellor's opening without naming an aim: time or money said
    ("I can do maybe 5 hours a week, not much money"), where to begin asked ("what's the very first thing I
    should do?", "par où commencer ?", "mistä aloitan?", "pehle kya karun?"), or an interest that leans
    towards a direction (`interest`: "I like numbers", `interests.leanings`). A goal or a subject of its own
    (`goal_said`, `subject_said`) is the learner's aim and is read as such, not answered with a pick; so is a
    wish with a subject shown its first courses (`wish_shown`: "I teach year 9 and want to teach coding",
    then "what would you do first?" or the hours: the plan on that subject, the rules after it)."""
    if goal_said or subject_said or wish_shown or not after_opening(history):
        return False
    first = asks_first_step(p.text) or asks_what_now(p.text)  # "¿qué hago primero?": "first", no list item
    if p.ordinals and not (first and set(p.ordinals) == {1}):
        return False  # "the second one": an entry of the list shown
    filters = bool(p.languages or p.participation) or p.max_cost is not None
    if history.state.last_results and filters and not first:
        # "algo gratis y en español" after courses were listed: a filter of that list, no pick in another
        # language (a merge fix: two Spanish tune dialogues got English IT-support courses)
        return False
    constraints = p.hours_per_week is not None or p.budget is not None or p.max_cost is not None
    return constraints or first or interest
