"""Issue 14, session 15: an uploaded course gets the skills its text teaches, in any of the eight languages.

Found in a browser trial: a German course "KI im Netzwerkbetrieb" was uploaded and re-indexed, and got one
skill (principles of artificial intelligence, from "KI" in its title), so a German network technician's plan
never used it. The upload's short description now names skills too: verbatim (labels, curated aliases in
the eight languages) and clause by clause across languages with the multilingual encoder."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.catalogue import load_catalogue
from pathfinder.domain import Constraints, Credential, Goal, LearnerProfile
from pathfinder.index import open_index
from pathfinder.planner import plan_pathway
from pathfinder.planner.gaps import analyse_gap
from pathfinder.settings import Settings
from pathfinder.skills import tagging
from pathfinder.skills.files import load_taxonomy
from pathfinder.skills.ingest import ingest_upload, read_catalogue
from pathfinder.skills.matching import SkillMatcher

pytestmark = pytest.mark.slow  # the offline embedder and e5 on the bundled taxonomy (~40 s under load)

TODAY = date(2026, 12, 6)
UPLOAD = (
    "id,title,provider,hours,eqf_level,participation,skills,languages,cost,description\n"
    "ki-netz,KI im Netzwerkbetrieb,Netzakademie,40,5,online,,de,0,"
    '"Anomalien im Netzwerkverkehr mit maschinellem Lernen erkennen, Telemetrie auswerten und Störungen '
    'vorhersagen."\n'
)


@pytest.fixture(scope="module")
def offline(tmp_path_factory) -> Settings:
    """The offline embedder with its trained adapter and e5 (what a served index uses), data on tmp."""
    data = tmp_path_factory.mktemp("offline") / "data"
    return Settings(
        _env_file=None, data_dir=data, embedder="offline", OPENAI_API_KEY=None, OPENAI_BASE_URL=None
    )


def test_a_german_upload_on_ai_in_network_operations_reaches_a_german_network_engineers_plan(
    offline, tmp_path
):
    upload = tmp_path / "upload.csv"
    upload.write_text(UPLOAD, encoding="utf-8")
    report, sources = read_catalogue([upload])
    ingest_upload(offline, report, sources, replace=False)
    uploaded = open_index(offline).get("ki-netz")
    labels = {s.label for s in uploaded.skills}
    assert {"machine learning", "analyse network configuration and performance"} <= labels

    taxonomy = load_taxonomy(offline)
    catalogue = [*load_catalogue([offline.corpus_dir / "catalogue"]).credentials, uploaded]
    engineer = next(o.uri for o in taxonomy.occupations.values() if o.label == "ICT network engineer")
    # the learner's goal: the network engineer's skills and what their words name ("KI": AI)
    said = SkillMatcher.from_settings(offline).extract(
        "Ich bin Netzwerktechniker und will KI im Netzwerkbetrieb lernen, gerne auf Deutsch"
    )
    learner = LearnerProfile(
        id="netzwerktechniker",
        languages=("de",),
        goal=Goal(occupation_uri=engineer, skills=tuple(m.uri for m in said)),
        constraints=Constraints(languages=("de",), hours_per_week=5, weeks=52),
    )
    gap = analyse_gap(learner, taxonomy, catalogue, today=TODAY)
    pathway = plan_pathway(learner, gap, catalogue, today=TODAY, language="de")
    assert "ki-netz" in {step.id for step in pathway.steps}


@pytest.mark.parametrize(
    ("language", "title", "description", "skill"),
    [
        ("de", "IT-Sicherheit", "Firewall einrichten und Mitarbeitende schulen.", "implement a firewall"),
        ("es", "Hojas de cálculo", "Limpia datos y crea informes.", "perform data cleansing"),
        (
            "fr",
            "Tests logiciels automatisés",
            "Écrire des tests unitaires, automatiser les tests d'intégration "
            "et rédiger les rapports de test.",
            "report test findings",
        ),
        ("hi", "सुरक्षा", "सुरक्षा जोखिम पहचानें और फ़ायरवॉल लगाएँ।", "identify ICT security risks"),
    ],
)
def test_a_short_upload_names_skills_clause_by_clause_in_its_language(
    offline, language, title, description, skill
):
    matcher = SkillMatcher.from_settings(offline)
    entry = Credential(
        id=language, title=title, provider="Upload", description=description, languages=(language,)
    )
    assert tagging.short_text(entry)
    (tagged,) = tagging.tag_many([entry], matcher)
    assert skill in {s.label for s in tagged.skills}


def test_a_new_alias_list_changes_the_inference_key_so_the_index_re_tags():
    """Aliases name skills in an upload's text, so re-indexing must not reuse answers given without them."""
    from pathfinder.domain import Skill
    from pathfinder.domain.taxonomy import Taxonomy
    from pathfinder.index import HashEmbedder
    from pathfinder.skills.aliases import Alias

    taxonomy = Taxonomy.from_items([Skill(uri="u:ml", label="machine learning")])
    plain = SkillMatcher(taxonomy, HashEmbedder(), aliases={})
    alias = Alias(term="koneoppiminen", uri="u:ml", label="machine learning")
    with_alias = SkillMatcher(taxonomy, HashEmbedder(), aliases={alias.key: alias})
    assert plain.inference_key() != with_alias.inference_key()
    assert plain.inference_key() == SkillMatcher(taxonomy, HashEmbedder(), aliases={}).inference_key()
