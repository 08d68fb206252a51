"""Where the rules' act came from and when the learned model may decide instead (`nlu.act_gate`, issue #12,
session 12). Records are written by hand in the shape `act_features.record` builds."""

from __future__ import annotations

from pathfinder.assistant.nlu import act_gate


def _rec(scores: dict[str, float], *, rule: str = "out_of_scope", flags=(), last="none", lang="en") -> dict:
    return {
        "text": "…",
        "lang": lang,
        "scores": scores,
        "rule": rule,
        "flags": list(flags),
        "last": last,
        "previous": None,
        "turn": 0,
    }


def test_a_content_rule_that_re_read_the_act_is_content():
    # "I need to learn SQL for work": the classifier read a statement, joint.settle made it a search
    rec = _rec({"state_skills": 0.6, "search": 0.3})
    assert act_gate.source(rec, "search", "search") == "content"
    # a policy rule changed an answerable reading ("und der dritte?" after a list: a pick)
    rec = _rec({"search": 0.7, "select": 0.2}, flags=["shown", "ordinals"], last="list", lang="de")
    assert act_gate.source(rec, "search", "select") == "content"


def test_a_reading_that_passed_every_rule_is_the_reading():
    rec = _rec({"set_goal": 0.55, "plan": 0.3}, lang="fr")
    assert act_gate.source(rec, "set_goal", "set_goal") == "reading"


def test_an_unanswerable_reading_replaced_by_a_default_is_a_fallback():
    # a refusal in a conversation, a question about "that one" with nothing shown, a refinement of nothing,
    # a limit statement without a limit, a suggestion accepted with none open
    assert act_gate.source(_rec({"out_of_scope": 0.5}), "out_of_scope", "explore") == "fallback"
    assert act_gate.source(_rec({"explain": 0.5}, lang="hi"), "explain", "search") == "fallback"
    assert act_gate.source(_rec({"refine": 0.5}, lang="vi"), "refine", "search") == "fallback"
    assert act_gate.source(_rec({"set_constraints": 0.5}), "set_constraints", "set_goal") == "fallback"
    assert act_gate.source(_rec({"apply_suggestion": 0.6}), "apply_suggestion", "plan") == "fallback"
    # the same readings are answerable in context: a rule that changed them is a content rule
    listed = _rec({"explain": 0.5}, flags=["shown"], last="list")
    assert act_gate.source(listed, "explain", "search") == "content"
    limited = _rec({"set_constraints": 0.5}, flags=["hours"])
    assert act_gate.source(limited, "set_constraints", "set_goal") == "content"


def test_the_phrasing_rules_guess_is_a_weak_cue_only_in_english_and_never_structural():
    assert act_gate.source(_rec({"explore": 0.3}, rule="search"), "explore", "search") == "keywords"
    # the structural cue ("compare X and Y") is deliberate
    assert act_gate.source(_rec({"explore": 0.3}, rule="compare"), "explore", "compare") == "content"
    # a confident reading replaced by the rule parse's act was replaced by a rule
    assert act_gate.source(_rec({"explore": 0.8}, rule="search"), "explore", "search") == "content"


def test_the_model_decides_only_where_the_rules_are_not_sure():
    unsure = _rec({"set_goal": 0.4, "explore": 0.35}, lang="de")
    assert act_gate.choose(unsure, "set_goal", "set_goal", "explore", 0.9) == "explore"
    assert act_gate.choose(unsure, "set_goal", "set_goal", "explore", 0.3) == "set_goal"  # model unsure too
    sure = _rec({"set_goal": 0.95}, lang="de")
    assert act_gate.choose(sure, "set_goal", "set_goal", "explore", 0.9) == "set_goal"
    # a fallback act is replaced by a sure model
    assert act_gate.choose(_rec({"out_of_scope": 0.9}), "out_of_scope", "explore", "search", 0.9) == "search"


def test_a_content_rule_stands_unless_model_and_classifier_agree_strongly_against_it():
    rec = _rec({"set_goal": 0.97, "search": 0.02}, lang="es")
    # settle made it a search ("necesito formación en redes para mi empresa"): by default it always stands
    assert act_gate.choose(rec, "search", "search", "set_goal", 0.99) == "search"
    # the agreement override, measured and left off (AGREE > 1), when asked for
    assert act_gate.choose(rec, "search", "search", "set_goal", 0.85, agree=0.95) == "search"
    assert act_gate.choose(rec, "search", "search", "set_goal", 0.97, agree=0.95) == "set_goal"
    weak = _rec({"set_goal": 0.7, "search": 0.2}, lang="es")
    assert act_gate.choose(weak, "search", "search", "set_goal", 0.99, agree=0.95) == "search"


def test_the_model_never_answers_an_act_the_context_cannot_answer():
    # "ok, do that" with nothing proposed: the rules' fallback is the plan; the model's "apply_suggestion",
    # however sure, is what the fallback replaced (nothing to apply)
    rec = _rec({"apply_suggestion": 0.7, "plan": 0.2}, flags=["has_goal"])
    assert act_gate.source(rec, "apply_suggestion", "plan") == "fallback"
    assert act_gate.choose(rec, "apply_suggestion", "plan", "apply_suggestion", 0.95) == "plan"
    # nor a question about "that one" with nothing shown
    rec = _rec({"search": 0.5, "explain": 0.4}, lang="de")
    assert act_gate.choose(rec, "search", "search", "explain", 0.9) == "search"


def test_an_unsure_reading_the_phrasing_rules_agree_with_is_sure():
    # session 13: the classifier under 0.8, but the phrasing rules read the same act (two readers agree): the
    # rules' act stands against a sure model, in English and in other languages alike
    for lang, act in (("en", "apply_suggestion"), ("de", "set_goal"), ("hi", "search"), ("vi", "plan")):
        agreed = _rec({act: 0.6, "explore": 0.3}, rule=act, lang=lang, flags=["suggestions_open"])
        assert act_gate.choose(agreed, act, act, "explore", 0.95) == act, lang
        alone = _rec({act: 0.6, "explore": 0.3}, rule="search" if act != "search" else "plan", lang=lang)
        assert act_gate.choose(alone, act, act, "explore", 0.95) == "explore", lang
