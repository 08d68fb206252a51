"""The learner acts on the planner's suggestions (Pathway.relaxations) in chat: "ok, do that", "the budget
one", "allow German courses then" propose the constraint change (computed with profiles.apply_relaxation) and
re-plan.

The planner here is scripted (its suggestions depend only on the constraints it is given), so the tests pin
down the assistant's behaviour, not the planner's tuning; one test runs the real planner end to end."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pathfinder.assistant.intents import parse
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.suggestions import change_for, pick
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile, Pathway, Relaxation, Step, Totals
from pathfinder.domain.dialogue import History, apply_changes
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.planner.gaps import Gap
from pathfinder.testing import InMemoryIndex

CATALOGUE = [
    Credential(**c)
    for c in json.loads(
        (Path(__file__).parent / "test_assistant_dialogues.json").read_text(encoding="utf-8")
    )["catalogue"]
]
TODAY = date(2026, 3, 2)
GOAL = Goal(label="data analyst", skills=("http://example.org/skill/statistics",))
BUDGET = Relaxation(
    constraint="budget",
    current=150.0,
    needed=420.0,
    message="EUR 270 more (a budget of EUR 420) covers every essential skill.",
)
HOURS = Relaxation(
    constraint="hours_per_week",
    current=4.0,
    needed=9.0,
    message="With 9 h/week instead of 4 you can finish by June 2026; that plan covers every essential skill.",
)
GERMAN = Relaxation(
    constraint="languages",
    current="en",
    needed="de",
    message="Allow courses in de: that plan covers 1 more essential skill(s).",
)


def scripted_plan(calls: list[LearnerProfile], joint: bool = False):
    """A planner whose suggestions follow from the constraints: under EUR 420 suggests the budget, under 9
    h/week the hours, English only suggests German; `joint` marks them as one 'no single change' proposal."""

    def plan(profile: LearnerProfile, gap, credentials, strategy) -> Pathway:
        calls.append(profile)
        c = profile.constraints
        found = []
        if c.budget is not None and c.budget < 420:
            found.append(BUDGET.model_copy(update={"current": c.budget}))
        if c.hours_per_week is not None and c.hours_per_week < 9:
            found.append(HOURS)
        if c.languages and "de" not in c.languages:
            found.append(GERMAN)
        if joint and found:
            found = [
                r.model_copy(
                    update={
                        "joint": True,
                        "message": (
                            "No single change is enough; changing these together covers "
                            "every essential skill: "
                            if n == 0
                            else "Together with the other changes: "
                        )
                        + r.constraint,
                    }
                )
                for n, r in enumerate(found)
            ]
        step = Step(id="py-basics", title="Python Basics", start_week=1, end_week=2, hours=20)
        return Pathway(
            goal_label="data analyst",
            steps=(step,),
            totals=Totals(hours=20, weeks=2),
            coverage=0.5 if found else 1.0,
            relaxations=tuple(found),
        )

    return plan


def responder(calls: list[LearnerProfile], joint: bool = False) -> OfflineResponder:
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), Taxonomy(), gap_fn=lambda *a: Gap(), plan_fn=scripted_plan(calls, joint)
    )
    return OfflineResponder(tools, lambda: TODAY)


def learner(**constraints) -> LearnerProfile:
    return LearnerProfile(id="l", goal=GOAL, constraints=Constraints(**constraints))


def after_plan(r: OfflineResponder, profile: LearnerProfile) -> History:
    answer = r.reply("plan my pathway", History(), profile)
    assert answer.pathway is not None and answer.pathway.relaxations
    return History().add("plan my pathway", answer)


@pytest.mark.parametrize(
    "message",
    [
        "ok, do that",
        "yes, raise my budget as you suggest",
        "apply the suggestion",
        "Ja, mach das",
        "sí, hazlo",
        "d'accord, fais-le",
    ],
)
def test_the_only_suggestion_is_proposed_and_the_plan_redone_with_it(message: str) -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = learner(budget=150)
    answer = r.reply(message, after_plan(r, profile), profile)
    assert answer.intent == "apply_suggestion"
    (change,) = answer.profile_changes
    assert (
        change.kind == "set_constraints" and change.fields == ("budget",) and change.constraints.budget == 420
    )
    assert calls[-1].constraints.budget == 420, "re-planned with the raised budget"
    assert answer.pathway is not None and answer.pathway.relaxations == ()
    assert answer.state.pending == (change,) and "EUR 420" in answer.text
    assert apply_changes(profile, answer.state.pending).constraints.budget == 420


@pytest.mark.parametrize(
    "message, field, value",
    [
        ("take the budget one", "budget", 420.0),
        ("apply the first suggestion", "budget", 420.0),
        ("the hours one, please, do that", "hours_per_week", 9.0),
        ("go with the second suggestion", "hours_per_week", 9.0),
        ("ok, the last suggestion", "languages", ("en", "de")),
        ("allow German courses then", "languages", ("en", "de")),
    ],
)
def test_one_of_several_is_picked_by_ordinal_or_constraint_word(
    message: str, field: str, value: object
) -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = learner(budget=150, hours_per_week=4, languages=("en",))
    answer = r.reply(message, after_plan(r, profile), profile)
    (change,) = answer.profile_changes
    assert change.fields == (field,), answer.text
    assert getattr(change.constraints, field) == value
    assert getattr(calls[-1].constraints, field) == value
    others = {"budget": 150.0, "hours_per_week": 4.0, "languages": ("en",)}
    for name, old in others.items():
        if name != field:
            assert getattr(calls[-1].constraints, name) == old, "the other constraints stay as they were"


def test_an_ambiguous_do_that_asks_which_and_the_answer_picks_it() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = learner(budget=150, hours_per_week=4)
    history = after_plan(r, profile)
    planned = len(calls)
    ask = r.reply("ok, do that", history, profile)
    assert ask.profile_changes == () and len(calls) == planned, "nothing proposed or re-planned yet"
    assert "1. EUR 270 more" in ask.text and "2. With 9 h/week" in ask.text
    answer = r.reply("the second one", history.add("ok, do that", ask), profile)
    assert answer.intent == "apply_suggestion" and answer.profile_changes[0].fields == ("hours_per_week",)
    assert calls[-1].constraints.hours_per_week == 9
    why = r.reply("why the first one?", history.add("ok, do that", ask), profile)
    assert why.intent == "why" and why.citations[0].id == "py-basics", (
        "other ordinals still mean the plan's steps"
    )


def test_joint_suggestions_are_applied_together() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls, joint=True)
    profile = learner(budget=150, hours_per_week=4, languages=("en",))
    answer = r.reply("ok, do that", after_plan(r, profile), profile)
    (change,) = answer.profile_changes
    assert set(change.fields) == {"budget", "hours_per_week", "languages"}
    c = calls[-1].constraints
    assert (c.budget, c.hours_per_week, c.languages) == (420, 9, ("en", "de"))
    assert "only help together" in answer.text


def test_no_suggestion_to_apply() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = learner()  # no limits: the plan suggests nothing
    plan = r.reply("plan my pathway", History(), profile)
    assert plan.pathway is not None and plan.pathway.relaxations == ()
    for history in (History(), History().add("plan my pathway", plan)):
        # nothing proposed to accept, a goal known: the plan as it stands (session 11; it was "there is no
        # suggestion to apply" and no plan), and nothing changed in the profile
        answer = r.reply("ok, do that", history, profile)
        assert answer.intent == "plan" and answer.profile_changes == ()
        assert answer.pathway is not None and answer.pathway.relaxations == ()


def test_a_bare_yes_accepts_only_right_after_the_plan_that_offered_it() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = learner(budget=150)
    history = after_plan(r, profile)
    assert r.reply("yes please", history, profile).profile_changes[0].fields == ("budget",)
    later = history.add("why the first one?", r.reply("why the first one?", history, profile))
    answer = r.reply("yes", later, profile)
    assert answer.intent != "apply_suggestion" and answer.profile_changes == ()
    assert r.reply("ok, do that", later, profile).profile_changes[0].fields == ("budget",), (
        "explicit: still applies"
    )


def test_suggestions_build_on_changes_proposed_earlier_in_the_conversation() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = learner(budget=150, languages=("en",))
    history = after_plan(r, profile)
    first = r.reply("allow German courses then", history, profile)
    history = history.add("allow German courses then", first)
    second = r.reply("ok, do that", history, profile)
    assert [c.fields for c in second.state.pending] == [("languages",), ("budget",)]
    c = calls[-1].constraints
    assert c.languages == ("en", "de") and c.budget == 420


def test_pick_and_change_for_units() -> None:
    several = (BUDGET, HOURS, GERMAN)
    assert pick(several, "do that") == ()
    assert pick(several, "the budget one") == (BUDGET,)
    assert pick(several, "", ordinals=(-1,)) == (GERMAN,)
    assert pick(several, "allow them", languages=("fr",)) == (), "a language no suggestion is about: ask"
    change, skipped = change_for(learner(languages=("en",)), (GERMAN,))
    assert change.constraints.languages == ("en", "de") and skipped == ()
    too_long = Relaxation(constraint="weeks", current=8.0, needed=600.0, message="finish in 600 weeks")
    change, skipped = change_for(learner(weeks=8), (too_long,))
    assert change is None and skipped == (too_long,)


def test_allowing_one_of_the_suggested_languages_adds_only_that_one() -> None:
    calls: list[LearnerProfile] = []
    r = responder(calls)
    profile = learner(languages=("en",))
    several = GERMAN.model_copy(
        update={"needed": "de, es, fr", "message": "Allow courses in de, es, fr: ..."}
    )
    history = after_plan(r, profile)
    plan = history.turns[-1].answer
    pathway = plan.pathway.model_copy(update={"relaxations": (several,)})
    history = History().add(
        "plan my pathway",
        plan.model_copy(
            update={"pathway": pathway, "state": plan.state.model_copy(update={"last_pathway": pathway})}
        ),
    )
    answer = r.reply("allow Spanish courses then", history, profile)
    assert answer.profile_changes[0].constraints.languages == ("en", "es")
    assert r.reply("ok, do that", history, profile).profile_changes[0].constraints.languages == (
        "en",
        "de",
        "es",
        "fr",
    )


def test_the_summary_is_plain_text_and_markdown_escapes_it_once() -> None:
    from pathfinder.assistant import markdown as md

    odd = Relaxation(
        constraint="providers",
        current="Uni A",
        needed="Evil_Co* [x](javascript:y)",
        message="Allow other providers: Evil_Co* [x](javascript:y)",
    )
    change, _ = change_for(learner(providers=("Uni A",)), (odd,))
    assert change.constraints.providers == ("Uni A", "Evil_Co* [x](javascript:y)")
    assert change.summary.endswith("providers: Uni A, Evil_Co* [x](javascript:y)"), (
        "the app escapes summaries itself"
    )
    assert "](javascript" not in md.escape_text(change.summary)


def test_parse_reads_acceptance_without_taking_constraints_for_it() -> None:
    assert parse("ok, do that", TODAY).intent == "apply_suggestion"
    assert parse("take the budget one", TODAY).intent == "apply_suggestion"
    assert parse("how do I apply to this course?", TODAY).intent != "apply_suggestion"
    assert parse("ok, 9 hours a week then", TODAY).intent == "set_constraints"


def test_real_planner_suggestion_is_applied_end_to_end() -> None:
    from pathfinder.settings import Settings
    from pathfinder.skills.files import load_taxonomy

    pytest.importorskip("pathfinder.planner")
    from pathfinder.planner import plan_pathway

    taxonomy = load_taxonomy(Settings(_env_file=None, data_dir=Path("/nonexistent-pathfinder-data")))
    occupation = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy).lexicon.occupation("data analyst")
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE),
        taxonomy,
        plan_fn=lambda p, g, c, s: plan_pathway(p, g, c, strategy=s, today=TODAY),
    )
    r = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=occupation.uri, label=occupation.label),
        constraints=Constraints(budget=100, hours_per_week=2, weeks=30),
    )
    plan = r.reply("plan my pathway", History(), profile)
    hours = next((x for x in plan.pathway.relaxations if x.constraint == "hours_per_week"), None)
    if hours is None:
        pytest.skip("the planner suggests no more hours a week for this profile any more")
    answer = r.reply("take the hours one", History().add("plan my pathway", plan), profile)
    assert answer.profile_changes[0].constraints.hours_per_week == hours.needed
    assert answer.pathway is not None and answer.pathway.coverage >= plan.pathway.coverage


# ------------------------------------------------------------------------------------------- the LLM path
def llm_reply(
    settings,
    calls: list[LearnerProfile],
    script: list,
    message: str,
    history: History,
    profile: LearnerProfile,
    joint: bool = False,
):
    from pathfinder.assistant.service import build_assistant
    from pathfinder.testing import FakeChatModel

    model = FakeChatModel(script)
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), Taxonomy(), gap_fn=lambda *a: None, plan_fn=scripted_plan(calls, joint)
    )
    return build_assistant(settings, tools=tools, model=model).reply(message, history, profile), model


def _call(name: str, args: dict):
    from langchain_core.messages import AIMessage

    return AIMessage(content="", tool_calls=[{"name": name, "args": args, "id": "c1"}])


def test_llm_apply_suggestion_proposes_the_same_change_and_replans(settings) -> None:
    calls: list[LearnerProfile] = []
    profile = learner(budget=150, hours_per_week=4)
    history = after_plan(responder([]), profile)  # the previous turn's plan (two suggestions) is in the state
    answer, model = llm_reply(
        settings,
        calls,
        [
            _call("apply_suggestion", {"numbers": [2]}),
            "Done: 9 hours a week. Plan: [Python Basics](u) (py-basics).",
        ],
        "the hours one",
        history,
        profile,
    )
    (change,) = answer.profile_changes
    assert change.kind == "set_constraints" and change.fields == ("hours_per_week",)
    assert change.constraints.hours_per_week == 9 and calls[-1].constraints.hours_per_week == 9
    assert answer.state.pending == (change,) and answer.pathway is not None
    result = json.loads(model.calls[1][-1].content)["data"]
    assert result["proposed"].endswith("9 hours a week") and result["plan"]["relaxations"] == [
        {"n": 1, "message": BUDGET.message}
    ]


def test_llm_apply_suggestion_asks_for_a_number_when_ambiguous_and_applies_joint_ones_whole(settings) -> None:
    profile = learner(budget=150, hours_per_week=4)
    history = after_plan(responder([]), profile)
    answer, model = llm_reply(
        settings, [], [_call("apply_suggestion", {}), "Which one?"], "do that", history, profile
    )
    assert answer.profile_changes == ()
    assert [s["n"] for s in json.loads(model.calls[1][-1].content)["data"]["suggestions"]] == [1, 2]

    joint_history = after_plan(responder([], joint=True), profile)
    answer, _ = llm_reply(
        settings, [], [_call("apply_suggestion", {}), "Done."], "do that", joint_history, profile, joint=True
    )
    assert set(answer.profile_changes[0].fields) == {"budget", "hours_per_week"}


def test_llm_apply_suggestion_without_a_plan_says_so(settings) -> None:
    answer, model = llm_reply(
        settings,
        [],
        [_call("apply_suggestion", {}), "Nothing to apply."],
        "do that",
        History(),
        learner(budget=150),
    )
    assert answer.profile_changes == ()
    assert "no suggestion to apply" in json.loads(model.calls[1][-1].content)["data"]["error"]


def test_llm_apply_suggestion_through_the_real_client_and_the_fake_server(settings) -> None:
    from pydantic import SecretStr

    from pathfinder.assistant.service import build_assistant
    from pathfinder.testing import FakeOpenAIServer, FakeReply, FakeToolCall

    calls: list[LearnerProfile] = []
    profile = learner(budget=150, hours_per_week=4)
    history = after_plan(responder([]), profile)
    tools = AssistantTools(
        InMemoryIndex(CATALOGUE), Taxonomy(), gap_fn=lambda *a: None, plan_fn=scripted_plan(calls)
    )
    replies = [
        FakeReply(tool_calls=[FakeToolCall("apply_suggestion", {"numbers": [1]})]),
        FakeReply(text="A budget of EUR 420; the new plan: [Python Basics](u) (py-basics)."),
    ]
    with FakeOpenAIServer(replies) as server:
        live = settings.model_copy(
            update={"openai_api_key": SecretStr("k"), "openai_base_url": server.base_url}
        )
        answer = build_assistant(live, tools=tools).reply("take the budget one", history, profile)
    assert answer.responder == "llm" and answer.profile_changes[0].constraints.budget == 420
    assert calls[-1].constraints.budget == 420
    assert "apply_suggestion" in {t["function"]["name"] for t in server.requests[0]["tools"]}


def test_nothing_within_the_limits_shows_the_plan_with_the_best_single_change_and_yes_applies_it() -> None:
    calls: list[LearnerProfile] = []

    def plan(profile: LearnerProfile, gap, credentials, strategy) -> Pathway:
        calls.append(profile)
        if (profile.constraints.hours_per_week or 0) < 9:
            return Pathway(goal_label="data analyst", relaxations=(HOURS,))
        step = Step(id="py-basics", title="Python Basics", start_week=1, end_week=2, hours=20)
        return Pathway(goal_label="data analyst", steps=(step,), totals=Totals(hours=20, weeks=2))

    tools = AssistantTools(InMemoryIndex(CATALOGUE), Taxonomy(), gap_fn=lambda *a: None, plan_fn=plan)
    r = OfflineResponder(tools, lambda: TODAY)
    profile = learner(hours_per_week=4)
    shown = r.reply("plan my pathway", History(), profile)
    assert shown.pathway is not None and [s.id for s in shown.pathway.steps] == ["py-basics"]
    assert shown.profile_changes == () and "not saved yet" in shown.text and "Shall I" in shown.text
    yes = r.reply("yes", History().add("plan my pathway", shown), profile)
    assert yes.intent == "apply_suggestion"
    (change,) = yes.profile_changes
    assert change.constraints is not None and change.constraints.hours_per_week == 9
