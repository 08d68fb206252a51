"""Credential tagging evidence: the skill prior table, telling words, language skills under other subjects."""

from __future__ import annotations

import importlib.util
import math

import pytest

from pathfinder.domain import Credential, Skill
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.index import HashEmbedder
from pathfinder.settings import PROJECT_ROOT
from pathfinder.skills import tagging
from pathfinder.skills.matching import SkillMatcher
from pathfinder.skills.skill_prior import ESCO_SKILL, PRIOR_FILE, SkillPrior, load_prior
from pathfinder.skills.tagging import (
    FEATURES,
    TAG_THRESHOLD,
    WEIGHTS,
    candidate_features,
    confidence,
    telling_words,
)


def _taxonomy() -> Taxonomy:
    skills = [Skill(uri=f"http://x/skill/{i}", label=f"manage data set {i}") for i in range(6)]
    skills += [
        Skill(uri="http://x/skill/py", label="Python (computer programming)"),
        Skill(uri="http://x/skill/es", label="Spanish"),
        Skill(uri="http://x/skill/wes", label="write Spanish"),
        Skill(uri="http://x/skill/piano", label="play the piano"),
    ]
    return Taxonomy.from_items(skills)


def test_skill_prior_ranks_skills_by_how_often_they_were_right(tmp_path):
    prior = SkillPrior.count(
        [("good", True)] * 5 + [("bad", False)] * 5 + [("mixed", True), ("mixed", False)]
    )
    assert math.isclose(prior.base, 6 / 12)
    assert prior.log_rate("good") > prior.log_rate("mixed") > prior.log_rate("bad")
    assert prior.log_rate("unseen") == pytest.approx(math.log(prior.base))
    # leaving a candidate's own label out (as when fitting on the counted courses) moves it to the others'
    assert prior.log_rate("mixed", leave_out=True) < prior.log_rate("mixed") < prior.log_rate("mixed", False)
    path = tmp_path / "prior.tsv"
    SkillPrior.count([(ESCO_SKILL + "abc", True), ("http://x/skill/1", False)]).write(path)
    back = load_prior(path)
    assert back.counts == {ESCO_SKILL + "abc": (1, 1), "http://x/skill/1": (0, 1)}
    assert back.fingerprint() != prior.fingerprint()


def test_the_shipped_prior_table_is_counts_of_esco_skills():
    prior = load_prior(PRIOR_FILE)
    assert len(prior.counts) > 1000
    assert all(u.startswith(ESCO_SKILL) and 0 <= p <= n for u, (p, n) in prior.counts.items())
    assert 0.0 < prior.base < 0.5  # most candidates are not what the course teaches


def test_telling_words_leave_out_words_many_skills_share(monkeypatch):
    tax = _taxonomy()
    monkeypatch.setattr(tagging, "TELLING_MAX_SKILLS", 5)  # "manage", "data", "set" are in 6 skills' labels
    assert telling_words(tax, "http://x/skill/3") == frozenset()
    assert telling_words(tax, "http://x/skill/piano") == {"play", "the", "piano"}
    assert telling_words(tax, "http://x/skill/py") == {"python", "computer", "programming"}


def _features(title: str, subject: str | None, description: str = "") -> dict[str, dict[str, float]]:
    matcher = SkillMatcher(_taxonomy(), HashEmbedder(), aliases={})
    course = Credential(id="c", title=title, provider="p", subject=subject, description=description)
    (found,) = candidate_features([course], matcher, prior=SkillPrior.of({}))
    return {u: dict(zip(FEATURES, f)) for u, f in found.items()}


def test_a_language_skill_under_another_subject_is_marked():
    taught = _features("Spanish for beginners", "Language")
    assert taught["http://x/skill/es"]["language_off_subject"] == 0.0
    assert taught["http://x/skill/es"]["label_in_title"] == 1.0
    named = _features("Spanish architecture", "Architecture")
    assert named["http://x/skill/es"]["language_off_subject"] == 1.0
    # a language the title does not name is no candidate at all (a course taught in Spanish)
    assert "http://x/skill/es" not in _features(
        "Arquitectura moderna", "Architecture", "Un curso en Spanish."
    )


def test_label_words_in_the_title_and_text():
    f = _features("Python basics", "Computer Science", "We use computer programming in Python.")
    py = f["http://x/skill/py"]
    assert py["label_in_title"] == 0.0 and py["label_part_title"] == pytest.approx(1 / 3)
    assert py["label_in_text"] == 1.0


def test_confidence_rises_with_the_prior_and_falls_for_a_language_off_subject():
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("title")] = 0.8
    x[FEATURES.index("title_first")] = 1.0
    x[FEATURES.index("title_names_it")] = 1.0
    higher, lower = list(x), list(x)
    higher[FEATURES.index("skill_prior")] = math.log(0.9)
    lower[FEATURES.index("skill_prior")] = math.log(0.05)
    assert len(WEIGHTS) == len(FEATURES) + 1
    assert confidence(higher) > confidence(lower)
    off = list(higher)
    off[FEATURES.index("language_off_subject")] = 1.0
    assert confidence(off) < confidence(higher)


def test_the_fit_reads_tuning_sets_only():
    spec = importlib.util.spec_from_file_location("fit", PROJECT_ROOT / "tools" / "fit_skill_tagging.py")
    assert spec and spec.loader
    fit = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fit)
    assert "frozen4" not in fit.TUNE_SETS and set(fit.SUBSTRING_LABELLED) <= set(fit.TUNE_SETS)


def test_a_one_word_alt_label_alone_does_not_tag():
    # the title mentions a specific one-word alt label ("stats"); nothing else speaks for the skill
    x = [0.0] * len(FEATURES)
    x[FEATURES.index("title_names_it")] = 1.0
    x[FEATURES.index("has_text")] = 1.0
    x[FEATURES.index("skill_prior")] = math.log(load_prior().base)
    assert confidence(x) < TAG_THRESHOLD
    # and a generic one ("data" for statistics) is not even a mention
    tax = Taxonomy.from_items(
        [Skill(uri=f"http://x/skill/{i}", label=f"manage data set {i}") for i in range(10)]
        + [Skill(uri="http://x/skill/stat", label="statistics", alt_labels=("data",))]
    )
    assert SkillMatcher(tax, HashEmbedder(), aliases={}).exact_mentions("Data for everyone") == {}


def test_the_multilingual_encoder_adds_candidates_and_features(tmp_path):
    """WordLlama is English: multilingual e5 adds its best labels for each entry as candidates, with the e5
    features, so a Spanish course finds its skill. Not with an untrained embedder (hash), whose confidence
    ignores features. The label vectors are cached on disk."""
    from pathfinder.index.embedders import build_embedder
    from pathfinder.settings import Settings
    from pathfinder.skills.multilingual import E5_FEATURES

    labels = ["Adobe Photoshop", "bake bread", "accounting", "play the piano", "sell flowers", "swim"]
    skills = [Skill(uri=f"u:{i}", label=label) for i, label in enumerate(labels)]
    embedder = build_embedder(Settings(_env_file=None, data_dir=tmp_path, embedder="offline"))
    matcher = SkillMatcher(Taxonomy.from_items(skills), embedder, tmp_path / "cache")
    assert matcher.adapter.trained
    spanish = Credential(
        id="es",
        title="Contabilidad para pequeñas empresas",
        provider="p",
        languages=("es",),
        description="Aprende a llevar las cuentas y los balances de tu negocio.",
    )
    english = Credential(id="en", title="Bread baking at home", provider="p", languages=("en",))
    es, en = tagging.candidate_features([spanish, english], matcher)
    first = FEATURES.index("e5_title_first")
    assert es["u:2"][first] == 1.0 and en["u:1"][first] == 1.0  # accounting; bake bread
    assert (tmp_path / "cache" / f"skill-prefs-{matcher.taxonomy_hash()}-e5-small.npy").is_file()
    plain = SkillMatcher(Taxonomy.from_items(skills), HashEmbedder())
    (hashed,) = tagging.candidate_features([spanish], plain)
    assert all(f[FEATURES.index(name)] == 0.0 for f in hashed.values() for name in E5_FEATURES)


def test_an_upload_of_titles_and_one_line_descriptions_gets_the_skills_its_titles_name(tmp_path):
    """Issue 14, session 14: courses uploaded with a title and one sentence got no skill (the model is
    fitted on full descriptions), so no plan used them: 32 of 50 edX/Udemy rows so uploaded. A skill the
    title of such an entry names outright (preferred label, curated alias, a label of two words or more)
    is kept; a one-word alt label that is an ordinary word is not ("From Scratch" is no Scratch course);
    a full description keeps the model's answer alone."""
    from pathfinder.settings import Settings

    settings = Settings(_env_file=None, data_dir=tmp_path, embedder="offline")
    matcher = SkillMatcher.from_settings(settings)

    def entry(cid: str, title: str, description: str) -> Credential:
        return Credential(id=cid, title=title, provider="Upload", description=description)

    short = [
        entry("jq", "jQuery for Absolute Beginners - Lite", "An online course in web development."),
        entry("mongo", "Projects in MongoDB - Learn MongoDB Building Projects", "Build three small apps."),
        entry("blog", "How to Make a Video Blog Website From Scratch w/ Wordpress", "A web course."),
    ]
    jq, mongo, blog = ({s.label for s in c.skills} for c in tagging.tag_many(short, matcher))
    assert "JavaScript" in jq and "NoSQL" in mongo
    assert "WordPress" in blog and not any("Scratch" in label for label in blog)
    long = entry("mongo2", "Projects in MongoDB", " ".join(["Build three small apps with your team."] * 6))
    assert tagging.short_text(short[1]) and not tagging.short_text(long)
