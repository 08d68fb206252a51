"""Where a chosen step goes among those ready (issue 14, session 20, branch plans20start).

Prerequisites first (`schedule.order_by_prerequisites`, `session._basics_first`); among the steps ready at
one point, lower EQF levels first (`course_level.estimated_level`: basics first), and at a level the steps
that start the goal's centre (`Gap.centre`, `entry.centre_skills`: where its work starts, session 19) before
the others, and steps teaching more than tools among alternatives (`gaps.is_tool`: TypeScript, a JavaScript
framework) before those on tools only: the basics a framework course builds on first ("HTML and CSS for
Beginners" was planned after "Angular 2 with TypeScript for Beginners", fresh19-17); then the steps closing
more essential gap weight first (the goal's core early, `gaps.central_weight`), then candidate order.

A journalist aiming at web developer over bundled+edX/Udemy got "Programming Fundamentals in Python"
(137.5 h: computer programming, the core of another occupation) as the first of two entry courses, before
"Foundations of Front-End Web Development" (implement front-end website design: the web developer's
centre), because at a level the summed weight decided and the Python course closes more skills
(fresh19-17). The foundations of the goal's own work come first; the other field's basics follow, still
before what needs them. (An entry title first at a level was tried in session 17 and dropped: it put Data
Engineering Foundations before the requirements course of a software developer's plan, tune
de-v8d-kundenservice-06; that course starts the software developer's centre, analyse software
specifications, so it stays first here.)
"""

from __future__ import annotations

from collections.abc import Collection

from pathfinder.planner.course_level import estimated_level
from pathfinder.planner.instance import Instance


def starts_centre(inst: Instance, i: int, centre: Collection[str]) -> bool:
    """Whether candidate `i` covers an essential gap skill of the goal's centre."""
    return any(inst.essential[j] and inst.skills[j] in centre for j in inst.covers[i])


def tools_only(inst: Instance, i: int, tools: Collection[str]) -> bool:
    """Whether every essential gap skill candidate `i` covers is a tool among alternatives (`tools`: the gap
    skills `gaps.is_tool` marks, whose `GapSkill.names` are empty: TypeScript, a JavaScript framework)."""
    essential = [inst.skills[j] for j in inst.covers[i] if inst.essential[j]]
    return bool(essential) and all(u in tools for u in essential)


def step_order_key(
    inst: Instance,
    i: int,
    centre: Collection[str] = (),
    tools: Collection[str] = (),
    reach: int | None = None,
) -> tuple[int, int, int, int, float, int]:
    """The sort key of chosen step `i` (see the module): a step of the goal's centre within the learner's
    reach (`reach`: the highest level they may take first, for a learner who is no newcomer; None: no
    such step) first, then level, then the goal's centre first, then a step teaching more than tools before
    one on tools only, then the essential weight it closes (more first), then candidate order.

    Session 29: a German who had done Networking Fundamentals aiming at network administrator was planned
    e-mail administration and SOC fundamentals (EQF 4) before Network Security Essentials (EQF 5, the
    administrator's centre: internet governance), lowest level first (t24-11). Level order is for the
    basics a newcomer needs; a learner who already works in the field may start where the goal's work
    does, at their level or one above it."""
    closes = sum(inst.weights[j] for j in inst.covers[i] if inst.essential[j])
    level = estimated_level(inst.cands[i])
    on_centre = starts_centre(inst, i, centre)
    return (
        0 if on_centre and reach is not None and level <= reach else 1,
        level,
        0 if on_centre else 1,
        1 if tools_only(inst, i, tools) else 0,
        -closes,
        i,
    )
