"""Facts about the whole of what was shown, answered from it without re-planning: the EQF level a plan ends
at ("et ça donne quel niveau CEC à la fin ?"), what the plan shown costs and takes in all ("how much would it
all cost?", session 16) and what a list of courses adds up to ("and the total cost?" with no goal to plan
towards). Pure functions over catalogue records and plans; the sentences are the reply templates
`end_level*`, `plan_totals*` and `list_totals*` in `prompts/offline/i18n/`."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pathfinder.assistant.i18n import counted, goal_label, t
from pathfinder.assistant.markdown import cite, escape_text, money
from pathfinder.domain import Credential, Pathway
from pathfinder.domain.credentials import hours_from_ects, to_eur

# a level word (the EQF by its national names too) in the served languages
_LEVEL = re.compile(
    r"\beqf\b|\beqr\b|\bdqr\b|\bcec\b|\bmec\b|\blevel\b|\bniveau|\bnivel|\bstufe\b|\btaso|trình độ|trinh do|"
    r"\bcấp\b|स्तर|लेवल|\blevel\b|স্তর|লেভেল",
    re.IGNORECASE,
)
# where the plan ends or what it leads to: "at the end", "à la fin", "am Ende", "al final", "lopussa",
# "cuối cùng", "अंत में", "শেষে"; "reach", "end up", "erreiche", "alcanzo", "atteint", "saavutan", "đạt"
_END = re.compile(
    r"\b(?:at the end|in the end|end up|afterwards|reach(?:es|ed)?|get to|finish(?:ed)?|"
    r"am ende|zum schluss|danach|erreich\w*|al final|alcanz\w*|llego|à la fin|a la fin|au bout|"
    r"atteind\w*|atteint|lopussa|lopuksi|saavut\w*|päädyn|cuối cùng|cuoi cung|đạt|dat duoc)\b|"
    r"अंत में|आखिर में|आख़िर में|पहुँच|শেষে|পৌঁছ",
    re.IGNORECASE,
)


def asks_end_level(text: str) -> bool:
    """Whether a message asks which (EQF) level the plan shown leads to: a level word with an end word."""
    return bool(_LEVEL.search(text) and _END.search(text))


def end_level(pathway: Pathway, lookup: Callable[[str], Credential | None]) -> tuple[str, list[Credential]]:
    """The EQF level the plan ends at: its last step's (and its highest, when another step is higher), and
    the level of each certificate it earns; with the credentials cited."""
    steps = [c for c in (lookup(s.id) for s in pathway.steps) if c is not None]
    earned = [c for c in (lookup(i) for i in pathway.stacks_earned) if c is not None and c.eqf_level]
    levelled = [c for c in steps if c.eqf_level]
    if not levelled and not earned:
        return t("end_level_unknown"), steps[-1:]
    lines: list[str] = []
    if levelled:
        last = levelled[-1]
        lines.append(t("end_level", level=str(last.eqf_level), course=cite(last)))
        top = max(levelled, key=lambda c: c.eqf_level or 0)
        if (top.eqf_level or 0) > (last.eqf_level or 0):
            lines.append(t("end_level_highest", level=str(top.eqf_level), course=cite(top)))
    lines += [t("end_level_certificate", level=str(c.eqf_level), cert=cite(c)) for c in earned]
    cited = [*levelled[-1:], *earned]
    if levelled and (top := max(levelled, key=lambda c: c.eqf_level or 0)) not in cited:
        cited.append(top)
    return " ".join(lines), cited


def plan_totals(pathway: Pathway, lookup: Callable[[str], Credential | None]) -> tuple[str, list[Credential]]:
    """The plan's totals in one line (price, hours, ECTS, weeks), saying how many steps' prices are estimates
    (the catalogue states none for them) and its steps cited in one line, then its dearest step (else its
    first): the answer to "how much would it all cost?" after a plan, instead of the whole plan shown again
    (lead trial 11)."""
    totals = pathway.totals
    text = t(
        "plan_totals",
        goal=escape_text(goal_label(pathway.goal_label)),
        steps=counted("n_steps", len(pathway.steps)),  # "1 étape", never "1 étapes"
        cost=money(round(totals.cost, 2), totals.currency),
        hours=f"{totals.hours:g}",
        ects=f"{totals.ects:g}",
        weeks=str(totals.weeks),
    )
    estimated = sum(any(e.startswith("price") for e in s.estimated) for s in pathway.steps)
    if estimated:
        text += " " + t("plan_totals_estimated", n=str(estimated))
    steps = [c for c in (lookup(s.id) for s in pathway.steps) if c is not None]
    if steps:  # what the totals are of, in one line (not the plan again)
        text += " " + t("plan_totals_steps", steps=", ".join(cite(c) for c in steps))
    priced = [s for s in pathway.steps if s.cost > 0]
    if priced:
        dearest = max(priced, key=lambda s: s.cost)
        step, key, cost = lookup(dearest.id), "plan_totals_dearest", money(round(dearest.cost, 2), "EUR")
    else:
        step, key, cost = lookup(pathway.steps[0].id) if pathway.steps else None, "plan_totals_first", ""
    if step is None:
        return text, steps
    return text + "\n\n" + t(key, course=cite(step), cost=cost), steps


def list_totals(shown: Sequence[Credential]) -> str:
    """What the courses of a list add up to (certificates left out: their courses are what one takes):
    hours, ECTS and price in EUR, saying how many entries state no price or workload."""
    courses = [c for c in shown if c.kind != "certificate"]
    hours = [c.hours if c.hours is not None else hours_from_ects(c.ects or 0) for c in courses]
    prices = [to_eur(c.cost, c.currency) if c.cost is not None else None for c in courses]
    known = [x for x in prices if x is not None]
    text = t(
        "list_totals",
        n=str(len(courses)),
        hours=f"{sum(hours):g}",
        ects=f"{sum(c.ects or 0 for c in courses):g}",
        cost=money(round(sum(known), 2), "EUR"),
    )
    unknown = len(courses) - len(known)
    if unknown:
        text += " " + t("list_totals_unknown", n=str(unknown))
    if len(courses) < 2:
        return text + " " + t("list_totals_goal")
    # "how many hours is the whole thing?" over a list: the list's sum, the courses summed named, and the
    # question whether the first alone was meant, with its own figures (session 20, trial 15's t15-20)
    first, price = courses[0], prices[0]
    return (
        text
        + " "
        + t(
            "list_totals_first",
            courses=", ".join(cite(c) for c in courses),
            course=cite(first),
            hours=f"{hours[0]:g}",
            cost=money(round(price, 2), "EUR") if price is not None else "?",
        )
    )


# a summary asked for ("a summary for his file", "un résumé pour son dossier", "eine Zusammenfassung", "un
# resumen", "yhteenveto", "tóm tắt", "सारांश", "সারসংক্ষেপ"; session 26, lead trial 22's 04)
_SUMMARY = re.compile(
    r"\b(?:summary|summari[sz]e|sum (?:it )?up|recap|overview|zusammenfassung|zusammenfassen|"
    r"fass\w* zusammen|"
    r"überblick|resumen|resúmen|resumir|resume|résumé|résumer|récapitulatif|recapitulatif|récap|synthèse|"
    r"yhteenveto|yhteenvedon|tiivistelmä|tiivistä)\b|tóm tắt|tom tat|सारांश|सार |सार$|summary|"
    r"সারসংক্ষেপ|সংক্ষেপে|সারাংশ",
    re.IGNORECASE,
)


def asks_summary(text: str) -> bool:
    """Whether a message asks for a summary of what was shown (a plan: its goal, steps and totals)."""
    return bool(_SUMMARY.search(text))


def plan_summary(
    pathway: Pathway, lookup: Callable[[str], Credential | None]
) -> tuple[str, list[Credential]]:
    """The plan shown, summed up for a record: its totals in one line, then one line per step (weeks, hours,
    price), every step cited."""
    totals, _ = plan_totals(pathway, lambda cid: None)
    lines = []
    cited = []
    for n, step in enumerate(pathway.steps, 1):
        c = lookup(step.id)
        if c is None:
            continue
        cited.append(c)
        weeks = t("summary_step", start=str(step.start_week), end=str(step.end_week), hours=f"{step.hours:g}")
        lines.append(f"{n}. {cite(c)} — {weeks}, {money(round(step.cost, 2), 'EUR')}")
    return "\n".join([t("plan_summary_head"), "", totals, "", *lines]), cited
