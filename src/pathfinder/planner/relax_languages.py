"""'Allow courses in X': English when it unlocks anything, else the one more language that unlocks most, with
the other options ranked beside it."""

from __future__ import annotations

from collections.abc import Sequence

from pathfinder.domain import Pathway, Relaxation
from pathfinder.planner.relax_base import EPS, gain_text, structured, with_constraints

PREFERRED_LANGUAGE = "en"  # between languages that unlock as much, the one most catalogues teach in
MAX_LANGUAGES_TRIED = 3  # single languages re-planned alone (the ones the all-languages plan uses most)
SINGLE_LANGUAGE_SHARE = 0.8  # a joint proposal names one language when that keeps this share of the gain


def languages_used(pathway: Pathway, allowed: Sequence[str], by_id) -> list[str]:
    """The languages outside `allowed` that `pathway`'s steps need (a step also taught in an allowed language
    needs none), most used first, English first among equals."""
    allowed_l = {a.lower() for a in allowed}
    count: dict[str, int] = {}
    for sid in pathway.ids:
        cr = by_id.get(sid)
        if cr is None or {x.lower() for x in cr.languages} & allowed_l:
            continue
        for x in cr.languages:
            count[x] = count.get(x, 0) + 1
    return sorted(count, key=lambda x: (-count[x], x != PREFERRED_LANGUAGE, x))


def language_relaxations(
    profile, gap, allowed, r_all, before, better, by_id, catalogue_languages
) -> list[tuple[float, Relaxation]]:
    """'Allow courses in X' for English when it unlocks anything, else the single language that unlocks most,
    with the other single languages and, when it covers more, all of them together as ranked `alternatives`
    (a learner asked to accept one more language is asked for the likeliest one, not for every one at once).

    `r_all` is the plan with every catalogue language allowed: only the languages it uses are tried alone (at
    most MAX_LANGUAGES_TRIED); when it uses one language, that plan is the single-language plan."""
    pathway_all, after_all = r_all
    used = languages_used(pathway_all, allowed, by_id)
    if not used:
        return []
    options: list[tuple[float, tuple[str, ...]]] = []
    tried = used[:MAX_LANGUAGES_TRIED] if len(used) > 1 else []
    if len(used) == 1:
        options.append((after_all, (used[0],)))
    allowed_l = {a.lower() for a in allowed}
    if (
        PREFERRED_LANGUAGE not in used
        and PREFERRED_LANGUAGE in catalogue_languages
        and PREFERRED_LANGUAGE not in allowed_l
    ):
        tried.append(PREFERRED_LANGUAGE)  # English may unlock as much through other courses
    for lang in tried:
        if r := better(with_constraints(profile, languages=(*allowed, lang)), pathway_all.strategy):
            options.append((r[1], (lang,)))
    if len(used) > 1:
        best_single = max((a for a, _ in options), default=before)
        if after_all > best_single + EPS:
            options.append((after_all, tuple(used)))
    # English alone leads when it helps at all (the language a learner is likeliest to read besides their
    # own); then the most covered, fewest languages first
    options.sort(key=lambda o: (o[1] != (PREFERRED_LANGUAGE,), -o[0], len(o[1])))
    made = [
        structured(
            Relaxation(
                constraint="languages",
                current=", ".join(allowed),
                needed=", ".join(langs),
                message=f"Allow courses in {', '.join(langs)}: that plan {gain_text(before, after, gap)}.",
            ),
            after,
        )
        for after, langs in options
    ]
    if not made:
        return []
    # the single best change leads: one language when one helps; several together only as an alternative
    lead = next((i for i, (_, langs) in enumerate(options) if len(langs) == 1), 0)
    first = made[lead].model_copy(update={"alternatives": tuple(m for i, m in enumerate(made) if i != lead)})
    return [(options[lead][0], first)]


def one_more_language(relaxed_all, r, allowed, before, better, by_id, strategy):
    """In a joint proposal: one more language rather than every one the joint plan `r` (for `relaxed_all`)
    happens to use, when that one keeps SINGLE_LANGUAGE_SHARE of the gain: (profile, (plan, after))."""
    pathway, after = r
    used = languages_used(pathway, allowed, by_id)
    if len(used) <= 1:
        return relaxed_all, r
    best_profile, best = relaxed_all, r
    for lang in used[:MAX_LANGUAGES_TRIED]:
        joint_one = relaxed_all.model_copy(
            update={"constraints": relaxed_all.constraints.model_copy(update={"languages": (*allowed, lang)})}
        )
        one = better(joint_one, strategy)
        if (
            one
            and one[1] - before >= SINGLE_LANGUAGE_SHARE * (after - before)
            and (best is r or one[1] > best[1] + EPS)
        ):
            best_profile, best = joint_one, one
    return best_profile, best
