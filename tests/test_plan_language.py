"""Plans read in the learner's language (issues #12, #14): the planner's English sentences - step reasons, why
a skill is uncovered, notes - each have a template in all eight languages (`assistant/planner_text.py`), and a
plan rendered for a German, Vietnamese or Hindi learner holds none of their English wording (course titles
and taxonomy labels stay as in the catalogue)."""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from pathlib import Path

import pytest

from pathfinder.assistant import i18n, planner_text
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.catalogue import load_catalogue
from pathfinder.cli.plans_eval import load_cases
from pathfinder.domain import Constraints, Goal, LearnerProfile
from pathfinder.domain.dialogue import History
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.planner.instance import CatalogueLookup
from pathfinder.settings import Settings
from pathfinder.skills.files import load_taxonomy
from pathfinder.testing import InMemoryIndex

CASES = Path(__file__).parent.parent / "evals" / "plans" / "cases.jsonl"
DATA_ANALYST = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2"
TODAY = date(2026, 12, 7)
PLAN_KEYS = sorted(k for k in i18n.table("en") if k.startswith("pl_"))


@lru_cache(maxsize=1)
def bundled():
    settings = Settings(data_dir=Path("/nonexistent-pathfinder-test"))
    return load_catalogue([settings.corpus_dir / "catalogue"]).credentials, load_taxonomy(settings)


def _sentences(pathway) -> set[str]:
    return (
        {r for s in pathway.steps for r in s.reasons}
        | {u.reason for u in pathway.uncovered}
        | {g.reason for g in pathway.uncovered_groups}
        | set(pathway.notes)
    )


def test_every_planner_sentence_on_the_review_cases_has_a_template() -> None:
    """A third of the plan-review cases (every constraint kind: tight budgets, dated sessions, EQF limits,
    languages, pins): every sentence the planner writes is recognised, so none reaches a learner in
    English."""
    credentials, taxonomy = bundled()
    lookup = CatalogueLookup.of(credentials)
    seen: set[str] = set()
    for case in load_cases(CASES)[::3]:
        gap = analyse_gap(case.profile, taxonomy, lookup, today=case.today)
        seen |= _sentences(plan_pathway(case.profile, gap, lookup, "balanced", today=case.today))
    assert len(seen) > 50, "the cases exercise many different sentences"
    assert planner_text.unknown(sorted(seen)) == []


def test_an_unknown_sentence_is_reported_and_left_as_it_is() -> None:
    assert planner_text.unknown(["a sentence the planner never wrote"]) == [
        "a sentence the planner never wrote"
    ]
    blocked = "taught only by credentials you cannot take: not in your languages; something new"
    assert planner_text.unknown([blocked]) == ["something new"]
    with i18n.replying_in("de"):
        assert planner_text.say("a sentence the planner never wrote") == "a sentence the planner never wrote"


@pytest.mark.parametrize("lang", [x for x in i18n.SERVED if x != "en"])
def test_every_plan_template_exists_in_every_language_with_the_same_placeholders(lang: str) -> None:
    names = re.compile(r"\$\{?([_a-zA-Z][_a-zA-Z0-9]*)")
    en, other = i18n.table("en"), i18n.table(lang)
    for key in PLAN_KEYS:
        assert key in other, f"{key} missing in {lang}"
        # "$n_steps": "5 Schritte", "$k_skills": "3 Kompetenzen"
        counted = {n.removesuffix("_steps").removesuffix("_skills") for n in names.findall(other[key])}
        assert counted == set(names.findall(en[key])), (key, lang)
        assert other[key] != en[key] or key in ("pl_lim_hpw",), f"{key} is not translated to {lang}"


def test_the_english_templates_read_back_as_the_planner_wrote_them() -> None:
    sentence = (
        "This plan takes 266 weeks, over two years; within two years (104 weeks) a plan of 5 step(s) covers "
        "29% of the gap (set 104 weeks to see it). Consider more hours a week or a narrower goal."
    )
    assert planner_text.say(sentence) == sentence  # English replies keep the planner's words
    with i18n.replying_in("de"):
        german = planner_text.say(sentence)
    assert german.startswith("Dieser Plan dauert 266 Wochen") and "umfasst ein Plan 5 Schritte und" in german
    assert "(en)" not in german
    with i18n.replying_in("vi"):
        reason = planner_text.say(
            "taught only by credentials you cannot take: its session needs about 12 h/week, more than "
            "your 4; not in your languages"
        )
    assert reason == (
        "chỉ được dạy trong các khóa bạn không thể học: đợt học cần khoảng 12 giờ/tuần, nhiều hơn 4 giờ "
        "của bạn; không dạy bằng ngôn ngữ của bạn"
    )


def _english_fragments() -> list[str]:
    """The longest literal piece of every English plan template (at least three words): text that must not
    appear in a reply in another language."""
    out = []
    for key in PLAN_KEYS:
        pieces = [p.strip(" ;:.,()'") for p in re.split(r"\$\w+", i18n.table("en")[key])]
        longest = max(pieces, key=len)
        if len(longest.split()) >= 3:
            out.append(longest)
    return out


def responder() -> OfflineResponder:
    credentials, taxonomy = bundled()
    tools = AssistantTools(InMemoryIndex(credentials), taxonomy, today=lambda: TODAY)
    return OfflineResponder(tools, lambda: TODAY)


@pytest.mark.parametrize(
    "lang, message",
    [
        ("de", "Bitte erstelle mir einen Lernplan"),
        ("vi", "Lập kế hoạch học tập cho tôi"),
        ("hi", "मेरे लिए सीखने की योजना बनाइए"),
    ],
)
def test_a_plan_for_a_german_vietnamese_or_hindi_learner_has_no_english_template_text(
    lang: str, message: str
) -> None:
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=DATA_ANALYST, label="data analyst"),
        languages=("en", lang),
        constraints=Constraints(hours_per_week=4, budget=600),
    )
    answer = responder().reply(message, History(), profile)
    assert answer.intent == "plan" and answer.pathway is not None and answer.pathway.steps
    said = _sentences(answer.pathway)
    assert any(not r.startswith("covers") for r in said), "the plan has reasons or notes to translate"
    text = answer.text
    for title in {s.title for s in answer.pathway.steps} | {c.title for c in bundled()[0]}:
        text = text.replace(title, "")  # course titles stay as in the catalogue (some are English)
    leaked = [f for f in _english_fragments() if f in text]
    assert leaked == [], f"English planner wording in a {lang} reply: {leaked}"
    assert json.dumps(text, ensure_ascii=False)  # and the reply is whole text


def _german_case_plan():
    credentials, taxonomy = bundled()
    lookup = CatalogueLookup.of(credentials)
    profile = LearnerProfile(
        id="l",
        goal=Goal(occupation_uri=DATA_ANALYST, label="data analyst"),
        languages=("en", "de"),
        constraints=Constraints(hours_per_week=4, budget=300),
    )
    gap = analyse_gap(profile, taxonomy, lookup, today=TODAY)
    return plan_pathway(profile, gap, lookup, "balanced", today=TODAY), {c.id: c for c in credentials}


def test_the_markdown_export_is_written_in_the_learners_language() -> None:
    from pathfinder.ui.exports import pathway_markdown

    pathway, credentials = _german_case_plan()
    assert pathway.steps and pathway.uncovered and pathway.relaxations
    english = pathway_markdown(pathway, credentials, today=TODAY)
    with i18n.replying_in("de"):
        german = pathway_markdown(pathway, credentials, today=TODAY)
    for heading in ("## Steps", "## Skills this plan does not cover", "## Sources", "# Pathway:"):
        assert heading in english and heading not in german
    assert "## Schritte" in german and "## Quellen" in german and "# Lernweg: data analyst" in german
    for fragment in _english_fragments() + ["weeks ", "Essential skills", "credentials ·"]:
        assert fragment not in german.replace(pathway.goal_label, ""), fragment
    for step in pathway.steps:
        assert step.title in german  # catalogue titles as they are


def test_a_pdf_in_a_script_the_font_cannot_draw_falls_back_to_english_labels(monkeypatch) -> None:
    """German labels print; Hindi ones would be blank boxes without a Devanagari font, so that PDF keeps
    English labels."""
    from pathfinder.ui import exports, pdf

    headings: list[str] = []

    class Recording(pdf.ReportPDF):
        def heading(self, text: str, size: int = 13) -> None:
            headings.append(text)
            super().heading(text, size)

    monkeypatch.setattr(exports, "ReportPDF", Recording)
    monkeypatch.setattr(pdf, "_printable", lambda: frozenset(range(0x250)) | {ord(c) for c in "ồơ"})
    pathway, credentials = _german_case_plan()
    with i18n.replying_in("de"):
        exports.pathway_pdf(pathway, credentials, today=TODAY)
    assert "Quellen" in headings and "Sources" not in headings
    headings.clear()
    with i18n.replying_in("hi"):
        assert exports.pathway_pdf(pathway, credentials, today=TODAY).startswith(b"%PDF")
    assert "Sources" in headings and i18n.t("ex_sources", "hi") not in headings


@pytest.mark.parametrize(("lang", "font"), [("hi", b"NotoSansDevanagari"), ("bn", b"NotoSansBengali")])
def test_hindi_and_bengali_pdfs_keep_their_labels_with_the_fonts_from_the_wheel(
    monkeypatch, lang, font
) -> None:
    """DejaVu Sans has no Devanagari or Bengali; Noto Sans from `justmytype-intl-south-asia`, shaped by
    harfbuzz, draws them, so those PDFs keep their own labels (session 7; they were English before)."""
    from pathfinder.ui import exports, pdf

    if pdf._unicode_font() is None:
        pytest.skip("no DejaVu Sans on this system: PDFs use the core Latin-1 font")
    assert [p.name.split("[")[0] for p in pdf._script_fonts()] == ["NotoSansDevanagari", "NotoSansBengali"]
    headings: list[str] = []

    class Recording(pdf.ReportPDF):
        def heading(self, text: str, size: int = 13) -> None:
            headings.append(text)
            super().heading(text, size)

    monkeypatch.setattr(exports, "ReportPDF", Recording)
    pathway, credentials = _german_case_plan()
    with i18n.replying_in(lang):
        made = exports.pathway_pdf(pathway, credentials, today=TODAY)
    assert i18n.t("ex_sources", lang) in headings and "Sources" not in headings
    assert made.startswith(b"%PDF") and font in made  # the script's font is embedded


def test_a_course_title_inside_a_sentence_is_never_translated() -> None:
    with i18n.replying_in("de"):
        assert (
            planner_text.say("prerequisite of Learn SQL in 5 h/week")
            == "Voraussetzung für Learn SQL in 5 h/week"
        )
        nested = planner_text.say(
            "taught only by credentials you cannot take: needs abc-101 first, which is unavailable "
            "(not in your languages)"
        )
    assert nested.endswith("braucht zuerst abc-101, das nicht verfügbar ist (nicht in Ihren Sprachen)")
