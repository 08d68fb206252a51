"""Short follow-ups answered from what was just shown (issue #12, session 12): the course card in focus ("is
it online?", "is it also in German?", "is it accredited?"), the two courses compared ("how many hours
together?", "what should I take in between?", "which one first?"), the certificate whose parts were listed
("skip X, I did it", "so what's left and what does it cost?") and the plan ("only the online ones": a re-plan,
never a search).

`act` corrects the act read from the message; `reply` answers from the dialogue state, or returns None when
the message is not such a follow-up. The responder calls both (hooks in `offline.py`)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from pathfinder.assistant import markdown as md
from pathfinder.assistant.followup_words import (
    asks_amount,
    asks_between,
    asks_order,
    asks_recognition,
    asks_rest,
    asks_together,
    says_did,
)
from pathfinder.assistant.i18n import t
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.offline_plans import _Reply
from pathfinder.assistant.own_terms import asks_what_to_take
from pathfinder.assistant.picks import asks_of_one
from pathfinder.assistant.policy import asks_which, lists, names_certificate, refers_back
from pathfinder.assistant.profile_changes import RELEVANCE_FLOOR, STARTER_SHARE
from pathfinder.assistant.suggestions import pick
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, LearnerProfile, SearchFilters
from pathfinder.domain.credentials import hours_from_ects
from pathfinder.domain.dialogue import Citation, DialogueState, History
from pathfinder.planner.stacks import certificate_totals

Lookup = Callable[[str], Credential | None]
# acts a plan follow-up with a filter is misread as ("only the online ones" as a search, "drop anything that's
# not online" as a skipped step): a refinement of the plan shown
_MISREAD_AFTER_PLAN = ("search", "skip_step", "plan", "explain", "select", "smalltalk", "explore")


# ------------------------------------------------------------------------------------------- the state
def plan_shown(state: DialogueState) -> bool:
    return state.last_pathway is not None and state.listing in ("pathway", "suggestions")


def certificate_in_focus(state: DialogueState, history: History, get: Lookup) -> Credential | None:
    """The certificate the conversation is about: the one in focus, else the one whose requirements one of
    the last three answers listed."""
    focus = get(state.focus) if state.focus else None
    if focus is not None and focus.kind == "certificate":
        return focus
    answers = [turn.answer for turn in history.turns if turn.answer is not None][-3:]
    for answer in reversed(answers):
        first = get(answer.citations[0].id) if answer.citations else None
        if answer.intent == "requirements" and first is not None and first.kind == "certificate":
            return first
    return None


def pair_in_focus(state: DialogueState, get: Lookup) -> tuple[Credential, Credential] | None:
    """The two courses compared last, the lower level first (EQF, then hours)."""
    found = [c for c in (get(i) for i in state.pair) if c is not None]
    if len(found) != 2:
        return None
    low, high = sorted(found, key=lambda c: (c.eqf_level or 0, _hours(c)))
    return low, high


def certificate_aimed(
    p: Parsed, titled: Sequence[Credential], tools: AssistantTools
) -> tuple[Credential, list[Credential]] | None:
    """ "I already have X and Y, what else do I need for certificate Z?": the certificate aimed at (Z when the
    message names it, else the one every course named counts towards when it speaks of "the certificate") and
    the parts of it the message says are held (X, Y: said done, or asked what else is needed), or None. Z is
    the target, never held itself (session 13: Z was saved as held; the answer was three "noted" lines)."""
    courses = [c for c in titled if c.kind != "certificate"]
    certificates = [c for c in titled if c.kind == "certificate"]
    if not courses or len(certificates) > 1:
        return None
    if certificates:
        cert: Credential | None = certificates[0]
    elif names_certificate(p.text):
        shared = set.intersection(*({s.target for s in c.stacks_into} for c in courses))
        cert = tools.get(shared.pop()) if len(shared) == 1 else None
    else:
        cert = None
    if cert is None or not (p.done_cue or says_did(p.text) or asks_rest(p.text)):
        return None
    parts = _part_ids(cert, tools)
    held = [c for c in courses if c.id in parts]
    return (cert, held) if held else None


def rest_of(
    cert: Credential,
    held: Sequence[Credential],
    profile: LearnerProfile,
    per_week: float | None,
    tools: AssistantTools,
) -> _Reply:
    """What is left to earn `cert` once `held` (and the parts the profile holds) are counted."""
    have = frozenset(c.id for c in held) | (profile.held_credential_ids & _part_ids(cert, tools))
    return _rest(cert, have, tools, per_week or profile.constraints.hours_per_week)


# ------------------------------------------------------------------------------------------- the act
def act(
    p: Parsed,
    state: DialogueState,
    intent: str,
    named: Credential | None,
    history: History,
    tools: AssistantTools,
) -> str:
    """The act to answer: a filter said after a plan re-plans ("only the online ones", "nothing over 500",
    "can we do it all remotely?"); "skip X, I did it" about a part of the certificate listed marks it held."""
    filters = bool(p.participation or p.languages or p.max_cost is not None)
    relaxations = state.last_pathway.relaxations if state.last_pathway is not None else ()
    picked_suggestion = bool(pick(relaxations, p.text, p.ordinals, p.languages, p.participation))
    if (
        plan_shown(state)
        and filters
        and named is None
        and not p.ordinals
        and not (p.goal_text or p.clause_goal)
        and (intent in _MISREAD_AFTER_PLAN or intent == "apply_suggestion" and not picked_suggestion)
    ):
        return "refine"
    cert = certificate_in_focus(state, history, tools.get) if named is not None else None
    done = p.done_cue or says_did(p.text)
    if cert is not None and done and named is not None and named.id in _part_ids(cert, tools):
        p.done_cue = True  # "skip X, I did it": held, never only removed
        return "skip_step"
    return intent


# ------------------------------------------------------------------------------------------- the reply
def reply(
    p: Parsed,
    state: DialogueState,
    history: History,
    profile: LearnerProfile,
    named: Credential | None,
    intent: str,
    tools: AssistantTools,
) -> _Reply | None:
    """The answer to a short follow-up about what was just shown, or None when the message is not one."""
    get = tools.get
    cert = certificate_in_focus(state, history, get)
    if cert is not None and not p.ordinals:
        held = profile.held_credential_ids & _part_ids(cert, tools)
        skipped = intent == "skip_step" and named is not None and named.id in held
        asked = asks_rest(p.text) or asks_amount(p.text)
        if skipped or held and (named is None or named.id == cert.id) and asked:
            return _rest(cert, held, tools, p.hours_per_week or profile.constraints.hours_per_week)
    pair = pair_in_focus(state, get) if named is None else None
    if pair is not None:
        if asks_between(p.text) and not p.ordinals:
            return _between(*pair, profile, tools)
        # "anything cheaper than those two?" asks for others, not the pair's totals (session 19)
        if asks_together(p.text) and not p.ordinals and not p.refinements:
            return _together(pair, state)
        # "¿cuál hago primero?": "primero" is no ordinal here, but "¿el primero está acreditado?" asks of one
        if asks_order(p.text) and (not p.ordinals or asks_which(p.text)) and not asks_recognition(p.text):
            return _order(*pair, profile, state)
    focus = get(state.focus) if state.focus else None
    shown_plan = state.last_pathway if plan_shown(state) else None
    # "est-ce que c'est reconnu officiellement ?" after a plan: each step's quality assurance as recorded
    # (trial 15: the plan was shown again)
    short_recognition = asks_recognition(p.text) and len(p.text.split()) <= 10
    # ("is the certificate at the end recognised?" asks of the certificate: its own answer, below)
    of_steps = named is None and not p.ordinals and not names_certificate(p.text)
    if shown_plan is not None and short_recognition and of_steps:
        steps = [c for c in (get(s.id) for s in shown_plan.steps) if c is not None]
        if steps:
            return _recognition_of_all(steps)
    if focus is None or named not in (None, focus) or p.ordinals or plan_shown(state):
        return None
    short = len(p.text.split()) <= 10
    pointed = refers_back(p.text) or named is focus or len(p.text.split()) <= 4  # "est-ce reconnu ?"
    if asks_recognition(p.text) and short and pointed:
        return _recognition(focus)
    # "is it online?", "c'est en ligne ?", "¿está también en alemán?" (no pronoun): the card, unless a list
    one = asks_of_one(p.text) or refers_back(p.text) or len(p.text.split()) <= 6 and not lists(state)
    # "what can she do first that is in Spanish?": courses wanted in that language, not this one's language
    one = one and not asks_what_to_take(p.text)
    if p.participation and short and _question(p.text) and one:
        return _Reply(
            t("shown_participation", citation=md.cite(focus), mode=_mode(focus)), "explain", retrieved=[focus]
        )
    if p.languages and short and _question(p.text) and one:
        return _language(focus, tuple(p.languages), tools)
    return None


def _question(text: str) -> bool:
    return any(q in text for q in "?？") or refers_back(text)


def _mode(c: Credential) -> str:
    return md.mode(c.participation) if c.participation else t("shown_mode_unknown")


def _hours(c: Credential) -> float:
    return c.hours if c.hours is not None else hours_from_ects(c.ects or 0)


def _part_ids(cert: Credential, tools: AssistantTools) -> frozenset[str]:
    return frozenset(c.id for c in tools.parts_of(cert.id))


def _totals(courses: Sequence[Credential], per_week: float | None = None) -> str:
    """Hours, ECTS, price in EUR (saying how many state no price) and the weeks at a pace, of `courses`."""
    hours = sum(_hours(c) for c in courses)
    prices = [c.cost_eur for c in courses]
    known = [x for x in prices if x is not None]
    text = t(
        "shown_totals",
        hours=f"{hours:g}",
        ects=f"{sum(c.ects or 0 for c in courses):g}",
        cost=md.money(round(sum(known), 2), "EUR"),
    )
    if len(known) < len(prices):
        text += " " + t("list_totals_unknown", n=str(len(prices) - len(known)))
    if per_week:
        text += " " + t("shown_weeks", per_week=f"{per_week:g}", weeks=str(math.ceil(hours / per_week)))
    return text


def _lines(courses: Sequence[Credential]) -> str:
    return "\n".join(md.credential_line(n, c) for n, c in enumerate(courses, 1))


def _rest(cert: Credential, held: frozenset[str], tools: AssistantTools, per_week: float | None) -> _Reply:
    """What is left to earn `cert` with the `held` parts: its remaining parts and their totals, cited."""
    parts = tools.parts_of(cert.id)
    summary = certificate_totals(cert, [cert, *parts], held)
    left = [c for c in (tools.get(i) for i in summary.parts) if c is not None]
    done = [md.cite(c) for c in parts if c.id in held]
    state = {"focus": cert.id, "last_results": tuple(c.id for c in left), "listing": "results"}
    if not left:
        return _Reply(t("shown_rest_done", citation=md.cite(cert)), "requirements", state, retrieved=[cert])
    text = (
        t("shown_rest", citation=md.cite(cert), held=", ".join(done))
        + "\n\n"
        + _lines(left)
        + "\n\n"
        + _totals(left, per_week)
    )
    return _Reply(text, "requirements", state, retrieved=[cert, *left])


def _together(pair: tuple[Credential, Credential], state: DialogueState) -> _Reply:
    low, high = pair
    text = t("shown_pair_totals", first=md.cite(low), second=md.cite(high)) + " " + _totals(pair)
    return _Reply(text, "explain", {"pair": state.pair}, retrieved=list(pair))


def _ancestors(c: Credential, get: Lookup) -> list[Credential]:
    """Every prerequisite of `c`, of its prerequisites and so on (nearest first)."""
    seen: dict[str, Credential] = {}
    todo = list(c.prerequisites)
    while todo:
        cid = todo.pop(0)
        found = get(cid)
        if found is not None and cid not in seen:
            seen[cid] = found
            todo.extend(found.prerequisites)
    return list(seen.values())


def _between(low: Credential, high: Credential, profile: LearnerProfile, tools: AssistantTools) -> _Reply:
    """The courses that bridge from `low` to `high`: the higher one's prerequisites not held and not below the
    lower one, else the courses teaching its skills at the levels between."""
    below = {c.id for c in _ancestors(low, tools.get)} | {low.id, high.id} | profile.held_credential_ids
    bridge = [c for c in _ancestors(high, tools.get) if c.id not in below]
    if not bridge and low.id not in {c.id for c in _ancestors(high, tools.get)}:
        query = " ".join(s.label for s in (*high.prerequisite_skills, *high.skills)[:6]) or high.title
        levels = sorted(x for x in (low.eqf_level, high.eqf_level) if x)
        filters = SearchFilters(
            eqf_min=levels[0] if levels else None,
            eqf_max=levels[-1] if levels else None,
            exclude_ids=tuple(sorted(below)),
        )
        hits = tools.search_hits(query, filters, k=3)
        bridge = [h.credential for h in hits if h.score >= RELEVANCE_FLOOR]
        bridge = [c for c in bridge if c.kind != "certificate"]
    bridge.sort(key=lambda c: (c.eqf_level or 0, _hours(c)))
    state = {"pair": (low.id, high.id)}
    levels_of = {"lower": md.cite(low), "higher": md.cite(high), "a": str(low.eqf_level or "?")}
    levels_of["b"] = str(high.eqf_level or "?")
    if not bridge:
        return _Reply(t("shown_between_none", **levels_of), "explain", state, retrieved=[low, high])
    text = t("shown_between", **levels_of) + "\n\n" + _lines(bridge) + "\n\n" + _totals(bridge)
    state |= {"last_results": tuple(c.id for c in bridge), "listing": "results"}
    return _Reply(text, "explain", state, retrieved=[low, high, *bridge])


def _order(low: Credential, high: Credential, profile: LearnerProfile, state: DialogueState) -> _Reply:
    """Which of the two compared comes first, and why: a prerequisite, else the level, with what the learner
    already holds of the first one."""
    if low.id in high.prerequisites:
        text = t("shown_order_prerequisite", first=md.cite(low), second=md.cite(high))
    elif high.id in low.prerequisites:
        low, high = high, low
        text = t("shown_order_prerequisite", first=md.cite(low), second=md.cite(high))
    elif (low.eqf_level or 0) != (high.eqf_level or 0):
        text = t(
            "shown_order_level",
            first=md.cite(low),
            second=md.cite(high),
            a=str(low.eqf_level or "?"),
            b=str(high.eqf_level or "?"),
        )
    else:
        text = t("shown_order_shorter", first=md.cite(low), second=md.cite(high))
    held = [s.label for s in low.skills if s.uri in profile.held_skill_uris]
    if held:
        text += " " + t("shown_order_held", skills=md.labels(held[:3]), first=md.cite(low))
    return _Reply(text, "compare", {"pair": state.pair}, retrieved=[low, high])


def _recognition(c: Credential) -> _Reply:
    body = c.awarding_body or c.provider
    key = "shown_recognised" if c.quality_assurance else "shown_recognised_none"
    text = t(key, citation=md.cite(c), qa=md.quoted(c.quality_assurance or ""), body=md.escape_text(body))
    return _Reply(text, "explain", retrieved=[c])


def _recognition_of_all(steps: list[Credential]) -> _Reply:
    """Each step's recognition as `_recognition` says it of one, in the plan's order."""
    return _Reply("\n\n".join(_recognition(c).text for c in steps), "explain", retrieved=steps)


def _language(c: Credential, asked: tuple[str, ...], tools: AssistantTools) -> _Reply:
    """Whether the course is taught in the language asked (`markdown.taught_in`); when not, the closest
    courses that are."""
    text, near = in_language(c, asked, tools)
    if not near:
        return _Reply(text, "explain", retrieved=[c])
    state = {"last_results": tuple(x.id for x in near), "listing": "results"}
    return _Reply(text, "explain", state, retrieved=[c, *near])


def in_language(c: Credential, asked: tuple[str, ...], tools: AssistantTools) -> tuple[str, list[Credential]]:
    """The answer to "can I do it in <language>?" about one course (a card's follow-up, or a plan's step in
    focus: `credential_replies._facts_asked`): yes or no (`markdown.taught_in`), and when no, the closest
    courses taught in that language, or that there are none. The text and those courses."""
    text = md.taught_in(c, asked)
    if set(asked) & set(c.languages):
        return text, []
    query = " ".join(s.label for s in c.skills[:4]) or c.title
    hits = tools.search_hits(query, SearchFilters(languages=asked, exclude_ids=(c.id,)), k=3)
    # as near to its subject as the courses nearest anywhere, and teaching one of its skills (session 17: a
    # Python course's "closest in French" were a citizen's online-safety course and the DPO course, a
    # visualisation course's "closest in German" a Linux administration course)
    anywhere = tools.search_hits(query, SearchFilters(exclude_ids=(c.id,)), k=1)
    best = max((h.score for h in anywhere), default=0.0)
    own = {s.uri for s in c.skills}
    near = [
        h.credential
        for h in hits
        if h.score >= max(RELEVANCE_FLOOR, STARTER_SHARE * best)
        and (not own or own & {s.uri for s in h.credential.skills})
    ]
    if not near:
        return text + " " + t("shown_language_none", asked=md.languages(asked)), []
    return text + "\n\n" + t("shown_language_closest", asked=md.languages(asked)) + "\n" + _lines(near), near


def pair_of(intent: str, citations: Sequence[Citation]) -> tuple[str, ...]:
    """The pair a comparison of two credentials leaves in focus (follow-ups about it keep it in `r.state`)."""
    return tuple(c.id for c in citations) if intent == "compare" and len(citations) == 2 else ()
