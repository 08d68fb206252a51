"""Per-turn checks of a dialogue run against the set's expectations, and the mechanical dead-end rule.

Every function here is pure: (expectation, the turn's output, the earlier outputs, the catalogue) -> results.
The keys and their meaning are documented in evals/dialogues/README.md; keep the two in step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from pathfinder.assistant.dead_ends import acts, refuses
from pathfinder.domain import Credential, to_eur

NOT_ANSWERS = ("smalltalk", "out_of_scope")
# acts that state something: noting it in the profile answers them; every other act asks for an answer
STATEMENTS = ("set_goal", "state_skills", "set_constraints", "skip_step", "apply_suggestion")
_PROFILE_PARTS = ("skills", "credentials", "goal", "current_role", "languages", "constraints", "preferences")


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    detail: str = ""


def _has(text: str | None, options: Sequence[str]) -> bool:
    low = (text or "").lower()
    return any(o.lower() in low for o in options)


def _goal_text(profile: Mapping | None) -> str:
    goal = (profile or {}).get("goal") or {}
    return f"{goal.get('label') or ''} {goal.get('occupation_uri') or ''}"


def _role_text(profile: Mapping | None) -> str:
    role = (profile or {}).get("current_role") or {}
    return f"{role.get('label') or ''} {role.get('occupation_uri') or ''}"


def _step_ids(pathway: Mapping | None) -> list[str]:
    return [s["id"] for s in (pathway or {}).get("steps") or []]


def _prev_pathway(earlier: Sequence[Mapping]) -> Mapping | None:
    for turn in reversed(earlier):
        if turn.get("pathway") and turn["pathway"].get("steps"):
            return turn["pathway"]
    return None


def _nth(ids: Sequence[str], n: int) -> str | None:
    if not ids:
        return None
    index = n - 1 if n > 0 else n
    return ids[index] if -len(ids) <= index < len(ids) else None


def profile_checks(
    exp: Mapping[str, Any], out: Mapping, earlier: Sequence[Mapping], today: date
) -> list[Check]:
    p = out.get("profile") or {}
    cons = p.get("constraints") or {}
    prefs = p.get("preferences") or {}
    held = [c.get("id") for c in p.get("credentials") or []]
    checks = []
    for key, want in exp.items():
        if key == "goal_any":
            ok, got = _has(_goal_text(p), want), _goal_text(p).strip()
        elif key == "goal_not":
            ok, got = bool(p.get("goal") is None or not _has(_goal_text(p), want)), _goal_text(p).strip()
        elif key == "goal_unset":
            ok, got = (p.get("goal") is None) == bool(want), _goal_text(p).strip()
        elif key == "role_any":
            ok, got = _has(_role_text(p), want), _role_text(p).strip()
        elif key == "role_not":  # a place, an employer or a status kept in the job ("ঢাকায়", "pme")
            ok, got = not _has(_role_text(p), want), _role_text(p).strip()
        elif key == "role_unset":  # "retired", "a student": a status, no job held
            ok, got = (p.get("current_role") is None) == bool(want), _role_text(p).strip()
        elif key == "hours_per_week":
            got = cons.get("hours_per_week")
            tol = want.get("tolerance", 0.15)
            ok = got is not None and abs(got - want["value"]) <= want["value"] * tol + 1e-9
        elif key == "budget":
            got = (cons.get("budget"), cons.get("currency"))
            amount = want["amount"]
            ok = (
                got[0] is not None
                and abs(got[0] - amount) <= abs(amount) * 0.01 + 1e-9
                and (amount == 0 or (got[1] or "").upper() == want["currency"].upper())
            )
        elif key == "deadline":
            got = (cons.get("deadline"), cons.get("weeks"))
            ok = _deadline_ok(got[0], got[1], want, today)
        elif key == "deadline_unset":  # "5 years of experience" is no time frame: no deadline, no weeks
            got = (cons.get("deadline"), cons.get("weeks"))
            ok = (got == (None, None)) == bool(want)
        elif key == "languages_include":
            got = p.get("languages") or []
            ok = all(code in got for code in want)
        elif key == "study_languages_any":
            got = [*(cons.get("languages") or []), prefs.get("language")]
            ok = any(code in got for code in want)
        elif key == "participation_only":
            got = cons.get("participation") or []
            ok = bool(got) and set(got) <= set(want)
        elif key == "held_include":
            got, ok = held, all(cid in held for cid in want)
        elif key == "held_exclude":  # "I know basic SQL": a skill, no SQL course held
            got, ok = held, not any(cid in held for cid in want)
        elif key == "held_prev_step":
            step = _nth(_step_ids(_prev_pathway(earlier)), want)
            got = (step, held)
            ok = step is not None and step in held and step not in (prefs.get("rejected") or [])
        elif key == "not_rejected":
            got = prefs.get("rejected") or []
            ok = not any(cid in got for cid in want)
        elif key == "skills_any":
            got = [s.get("label", "") for s in p.get("skills") or []]
            ok = any(_has(label, want) for label in got)
        elif key == "skills_all":  # "Python, SQL and a bit of Tableau": every skill named is saved
            got = [s.get("label", "") for s in p.get("skills") or []]
            ok = all(any(_has(label, [w]) for label in got) for w in want)
        elif key == "skills_exclude":  # "C aata hai" saved as "use concurrent programming": the wrong skill
            got = [s.get("label", "") for s in p.get("skills") or []]
            ok = not any(_has(label, want) for label in got)
        elif key == "skills_level":  # "un peu SQL" saved at the level said: {fragment: [levels, or "none"]}
            held_levels = [(s.get("label", ""), s.get("level")) for s in p.get("skills") or []]
            got = held_levels
            ok = all(_level_ok(held_levels, fragment, levels) for fragment, levels in want.items())
        elif key == "max_eqf_at_most":
            got = cons.get("max_eqf")
            ok = got is not None and got <= want
        elif key == "max_eqf_unset":  # a question about a list's level is no limit
            got = cons.get("max_eqf")
            ok = (got is None) == bool(want)
        elif key == "min_eqf_at_least":
            got = cons.get("min_eqf")
            ok = got is not None and got >= want
        elif key == "study_languages_all":
            got = [*(cons.get("languages") or []), prefs.get("language")]
            ok = all(code in got for code in want)
        elif key == "study_languages_unset":  # writing in Hindi restricts no study language
            got = cons.get("languages") or []
            ok = (not got) == bool(want)
        elif key == "participation_unset":  # "online banking" is a topic, no format
            got = cons.get("participation") or []
            ok = (not got) == bool(want)
        elif key == "study_languages_unset":  # "is X in English?" asks about X, it sets no study language
            got = cons.get("languages") or []
            ok = (not got) == bool(want)
        else:
            raise ValueError(f"unknown profile expectation {key!r}")
        checks.append(Check(f"profile.{key}", bool(ok), "" if ok else f"want {want!r}, got {got!r}"))
    return checks


def _level_ok(held: Sequence[tuple[str, Any]], fragment: str, levels: Sequence[str]) -> bool:
    """Every held skill whose label contains `fragment` is at one of `levels`; one must be held unless
    `levels` allows "none" (a skill denied or weak: "better at Excel than coding")."""
    named = [level for label, level in held if _has(label, [fragment])]
    return all(level in levels for level in named) and (bool(named) or "none" in levels)


def _deadline_ok(deadline: str | None, weeks: int | None, want: Mapping, today: date) -> bool:
    lo, hi = date.fromisoformat(want["from"]), date.fromisoformat(want["to"])
    ends = []
    if deadline:
        ends.append(date.fromisoformat(str(deadline)[:10]))
    if weeks:
        ends.append(today + timedelta(weeks=weeks))
    return bool(ends) and any(lo <= end <= hi for end in ends)


def reply_excludes(phrases: Sequence[str], reply: str) -> Check:
    """None of the phrases (case-insensitive) is in the reply: "your client" said to someone speaking of
    themselves, "you can study in" said of someone's father."""
    found = [p for p in phrases if p.casefold() in reply.casefold()]
    return Check("reply_excludes", not found, f"the reply says {found}" if found else "")


def reply_includes_any(phrases: Sequence[str], reply: str) -> Check:
    """One of the phrases (case-insensitive) is in the reply: "not in the catalogue" said of a subject the
    catalogue lacks, the language a course is taught in said of it."""
    found = any(p.casefold() in reply.casefold() for p in phrases)
    return Check("reply_includes_any", found, "" if found else f"the reply says none of {list(phrases)}")


def _number_forms(value: float) -> list[str]:
    """The ways a reply may write a total: 467.5 as "467.5" or "467,5", 3583 as "3583", "3,583", "3.583" or
    "3 583" (a plain or a no-break space), 2390.2 as "2,390.2" or "2,390.20"."""
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}"
    tails = [""] if cents == "00" else [f".{cents}", f".{cents.rstrip('0')}"]
    forms = []
    for sep, point in ((",", "."), (".", ","), (" ", ","), ("\u00a0", ","), ("\u202f", ",")):
        for head in (whole, groups.replace(",", sep)):
            forms += [head + tail.replace(".", point) for tail in tails]
    return list(dict.fromkeys(forms))


def reply_has_prev_total(what: str, reply: str, earlier: Sequence[Mapping]) -> Check:
    """After a plan, "how many hours is the whole thing?", "¿cuánto cuesta todo?": the reply states the
    previous plan's total (`what`: "hours" or "cost"), in any of the ways a number is written."""
    totals = (_prev_pathway(earlier) or {}).get("totals") or {}
    value = totals.get(what)
    if value is None:
        return Check("reply_has_prev_total", False, f"no earlier plan with a {what} total")
    ok = any(form in reply for form in _number_forms(float(value)))
    return Check("reply_has_prev_total", ok, "" if ok else f"want the plan's {what} {value} in the reply")


def citation_checks(
    exp: Mapping[str, Any],
    out: Mapping,
    catalogue: Mapping[str, Credential],
    *,
    earlier: Sequence[Mapping] = (),
) -> list[Check]:
    cited = list(out.get("citations") or [])
    unknown = [c for c in cited if c not in catalogue]
    checks = [Check("citations.exist", not unknown, f"not in the catalogue: {unknown}" if unknown else "")]
    for key, want in exp.items():
        if key == "min":
            ok = len(cited) >= want
        elif key == "include_any":
            ok = any(c in cited for c in want)
        elif key == "exclude":
            ok = not any(c in cited for c in want)
        elif key == "first_languages_within":  # the list's first entry is taught in one of these languages
            first = catalogue.get(cited[0]) if cited else None
            ok = first is not None and (not first.languages or bool(set(first.languages) & set(want)))
        elif key == "first_any":  # "what do I do first?": the reply leads with one of these entries
            ok = bool(cited) and cited[0] in want
        elif key == "include_prev_step":  # "which course comes first?": the previous plan's n-th step
            step = _nth(_step_ids(_prev_pathway(earlier)), want)
            ok = step is not None and step in cited
        elif (
            key == "first_prev_cited"
        ):  # "wie lange dauert der zweite?": the previous reply's n-th entry leads
            prev = list(earlier[-1].get("citations") or []) if earlier else []
            entry = _nth(prev, want)
            ok = entry is not None and bool(cited) and cited[0] == entry
        elif key == "exclude_prev_cited":  # "sin el primero": the previous reply's n-th entry is not cited
            prev = list(earlier[-1].get("citations") or []) if earlier else []
            entry = _nth(prev, want)
            ok = entry is not None and entry not in cited
        elif key == "first_among":  # "what after X?": the first cited of X's follow-ons is one of `want`
            lead = next((c for c in cited if c in want["among"] or c in want["want"]), None)
            ok = lead is not None and lead in want["want"]
        elif key == "first_shown_within":  # "which of those first?": one the previous `want` replies cited
            shown = {c for turn in earlier[-want:] for c in turn.get("citations") or []} if want else set()
            ok = bool(cited) and cited[0] in shown
        elif key == "least_of_shown":  # "which of those is shortest / cheapest?": the previous reply's least
            ok = bool(cited) and cited[0] in _least_of(earlier[-1] if earlier else {}, want, catalogue)
        elif key == "first_eqf_within":  # "cursos de datos de nivel 4": the list is led by one at that level
            first = catalogue.get(cited[0]) if cited else None
            ok = first is not None and first.eqf_level in want
        else:
            raise ValueError(f"unknown citations expectation {key!r}")
        checks.append(Check(f"citations.{key}", ok, "" if ok else f"want {want!r}, cited {cited}"))
    return checks


def _least_of(turn: Mapping, what: str, catalogue: Mapping[str, Credential]) -> set[str]:
    """The entries a reply cited with the least hours (`what` "hours") or the least cost in euros ("cost"; a
    certificate's own fee of 0 is no price to earn it, so certificates are left out), ties all kept: what "the
    shortest / the cheapest of those" may pick, read from the catalogue (session 28: facts of a list that
    changed since the turn was written)."""
    values: dict[str, float] = {}
    for cid in turn.get("citations") or []:
        c = catalogue.get(cid)
        if c is None or (what == "cost" and c.kind == "certificate"):
            continue
        value = c.hours if what == "hours" else c.cost_eur
        if value is not None:
            values[cid] = float(value)
    if not values:
        return set()
    least = min(values.values())
    return {cid for cid, v in values.items() if v <= least + 1e-6}


def pathway_checks(
    exp: Mapping[str, Any], out: Mapping, earlier: Sequence[Mapping], catalogue: Mapping[str, Credential]
) -> list[Check]:
    pw = out.get("pathway")
    ids = _step_ids(pw)
    prev = _prev_pathway(earlier)
    totals = (pw or {}).get("totals") or {}
    checks = []
    for key, want in exp.items():
        got: Any = ids
        if key == "present":
            ok = bool(ids) == bool(want)
        elif key == "exclude":
            ok = not any(c in ids for c in want)
        elif key == "include_any":
            ok = any(c in ids for c in want)
        elif key == "exclude_prev_step":
            step = _nth(_step_ids(prev), want)
            ok, got = step is not None and bool(ids) and step not in ids, (step, ids)
        elif key == "languages_within":
            bad = [
                c
                for c in ids
                if c in catalogue and catalogue[c].languages and not set(catalogue[c].languages) & set(want)
            ]
            ok, got = bool(ids) and not bad, bad
        elif key == "participation_within":
            bad = [c for c in ids if c in catalogue and catalogue[c].participation not in want]
            ok, got = bool(ids) and not bad, bad
        elif key == "max_weekly_hours":
            weeks, hours = totals.get("weeks") or 0, totals.get("hours") or 0.0
            got = round(hours / weeks, 2) if weeks else None
            ok = bool(ids) and got is not None and got <= want * 1.15
        elif key == "max_cost":
            got = (totals.get("cost"), totals.get("currency"))
            ok = bool(ids) and _cost_within(got[0] or 0.0, got[1] or "EUR", want["amount"], want["currency"])
        elif key == "cost_le_prev":
            got = (totals.get("cost"), ((prev or {}).get("totals") or {}).get("cost"))
            ok = (
                bool(ids)
                and prev is not None
                and _cost_within(
                    got[0] or 0.0,
                    totals.get("currency") or "EUR",
                    got[1] or 0.0,
                    prev["totals"].get("currency") or "EUR",
                )
            )
        elif key == "faster_than_prev":
            pt = (prev or {}).get("totals") or {}
            got = (totals.get("weeks"), totals.get("hours"), pt.get("weeks"), pt.get("hours"))
            ok = (
                bool(ids)
                and prev is not None
                and (
                    (totals.get("weeks") or 0) <= (pt.get("weeks") or 0)
                    or (totals.get("hours") or 0) <= (pt.get("hours") or 0)
                )
            )
        elif key == "strategy_any":  # "faster?": re-planned with that strategy
            got = (pw or {}).get("strategy")
            ok = bool(ids) and got in want
        elif key == "max_eqf":
            bad = [c for c in ids if c in catalogue and (catalogue[c].eqf_level or 0) > want]
            ok, got = bool(ids) and not bad, bad
        else:
            raise ValueError(f"unknown pathway expectation {key!r}")
        checks.append(Check(f"pathway.{key}", bool(ok), "" if ok else f"want {want!r}, got {got!r}"))
    return checks


def _cost_within(cost: float, currency: str, limit: float, limit_currency: str) -> bool:
    if currency.upper() == limit_currency.upper():
        return cost <= limit + 0.01
    a, b = to_eur(cost, currency), to_eur(limit, limit_currency)
    return a is not None and b is not None and a <= b + 0.01


def skipped_reappears(out: Mapping, skipped: set[str]) -> Check | None:
    """After a skip, the skipped credential never comes back as a step in the same dialogue."""
    back = sorted(set(_step_ids(out.get("pathway"))) & skipped)
    return (
        Check("pathway.skipped_stays_out", False, f"skipped earlier, planned again: {back}") if back else None
    )


def profile_changed(before: Mapping | None, after: Mapping | None) -> bool:
    before, after = before or {}, after or {}
    return any(before.get(k) != after.get(k) for k in _PROFILE_PARTS)


def is_dead_end(exp: Mapping[str, Any], out: Mapping, before_profile: Mapping | None) -> bool:
    """The README's rule: an answerable turn that refuses, or gives nothing to act on. Noting something in
    the profile answers only a statement: a question or a follow-up ("and with 2 hours a week instead?")
    that is only noted, never answered or re-planned, is a dead end."""
    expected = set(exp.get("intent_any") or ())
    if not exp.get("not_dead_end", True) or expected <= set(NOT_ANSWERS):
        return False
    if out.get("error"):
        return True
    if out.get("intent") == "out_of_scope" and "out_of_scope" not in expected:
        return True
    reply = out.get("reply") or ""
    if acts(reply, bool(out.get("citations")), bool(_step_ids(out.get("pathway")))):
        return False
    if refuses(reply):
        return True
    noted = profile_changed(before_profile, out.get("profile"))
    return not (noted and expected & set(STATEMENTS))
