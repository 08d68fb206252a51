"""'Allow courses in X': English when it unlocks anything, else a language the learner lists, with the other
options ranked beside it; a third language (neither English nor one they list) is never the lead proposal
while a plausible one helps, and when it is the only one that helps it is worded as conditional ("if you can
study in French"), after the plain note that nothing in their languages fits (`empty.empty_plan_note`;
issue 14, session 14: a German-only nurse and a Vietnamese-only accountant were offered French courses)."""

from __future__ import annotations

from collections.abc import Sequence

from pathfinder.domain import LearnerProfile, Pathway, Relaxation
from pathfinder.domain.languages import language_name
from pathfinder.planner.relax_base import EPS, gain_text, structured, with_constraints

PREFERRED_LANGUAGE = "en"  # between languages that unlock as much, the one most catalogues teach in
MAX_LANGUAGES_TRIED = 3  # single languages re-planned alone (the ones the all-languages plan uses most)
SINGLE_LANGUAGE_SHARE = 0.8  # a joint proposal names one language when that keeps this share of the gain


def plausible(langs: Sequence[str], spoken: Sequence[str]) -> bool:
    """Whether a learner who lists `spoken` can plausibly accept courses in every one of `langs`: English
    (the catalogue's lingua franca) or a language they list."""
    known = {PREFERRED_LANGUAGE, *(x.lower() for x in spoken)}
    return all(x.lower() in known for x in langs)


def far_languages(r: Relaxation, spoken: Sequence[str]) -> tuple[str, ...]:
    """The languages a languages relaxation `r` asks for that the learner cannot plausibly accept (neither
    English nor listed in `spoken`); () for any other relaxation."""
    if r.constraint != "languages":
        return ()
    return tuple(v for v in r.values if not plausible((v,), spoken))


def names(codes: Sequence[str]) -> str:
    """Language codes as the planner's English names them ("French or English")."""
    return " or ".join(language_name(x) for x in codes)


def allow_message(langs: Sequence[str], spoken: Sequence[str], gain: str) -> str:
    """The proposal's sentence: plain for English or a listed language, conditional for a third one."""
    if plausible(langs, spoken):
        return f"Allow courses in {names(langs)}: that plan {gain}."
    return f"If you can study in {names(langs)}: allowing courses in {names(langs)}, that plan {gain}."


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
    profile: LearnerProfile, gap, allowed, r_all, before, better, by_id, catalogue_languages
) -> list[tuple[float, Relaxation]]:
    """'Allow courses in X' for English when it unlocks anything, else a language the learner lists
    (`profile.languages`) that unlocks most, else a third language (worded as conditional), with the other
    single languages and, when it covers more, all of them together as ranked `alternatives` (a learner
    asked to accept one more language is asked for the likeliest one, not for every one at once).

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
    spoken = profile.languages
    for lang in (PREFERRED_LANGUAGE, *spoken):  # the plausible ones may unlock as much through other courses
        if lang not in used and lang not in tried and lang in catalogue_languages and lang not in allowed_l:
            tried.append(lang)
    for lang in tried:
        if r := better(with_constraints(profile, languages=(*allowed, lang)), pathway_all.strategy):
            options.append((r[1], (lang,)))
    if len(used) > 1:
        best_single = max((a for a, _ in options), default=before)
        if after_all > best_single + EPS:
            options.append((after_all, tuple(used)))
    # English alone leads when it helps at all (the language a learner is likeliest to read besides their
    # own); then a language they list; then the most covered, fewest languages first
    options.sort(key=lambda o: (o[1] != (PREFERRED_LANGUAGE,), not plausible(o[1], spoken), -o[0], len(o[1])))
    made = [
        structured(
            Relaxation(
                constraint="languages",
                current=", ".join(allowed),
                needed=", ".join(langs),
                message=allow_message(langs, spoken, gain_text(before, after, gap)),
            ),
            after,
        )
        for after, langs in options
    ]
    if not made:
        return []
    # the single best change leads: one language when one helps; several together only as an alternative
    lead = next((i for i, (_, langs) in enumerate(options) if len(langs) == 1), 0)
    # beside a lead the learner can accept, no third language (session 15: "If you can study in German"
    # beside English for a Vietnamese-only learner); a far lead keeps its far alternatives
    far_lead = not plausible(options[lead][1], spoken)
    first = made[lead].model_copy(
        update={
            "alternatives": tuple(
                m for i, m in enumerate(made) if i != lead and (far_lead or plausible(options[i][1], spoken))
            )
        }
    )
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
