"""The goal a learner's words mean (session 27, roles27; issues #12 and #14, lead trial 22's 02, 05, 11, 17
and 18): an ESCO alternative label that names another kind of worker ("data engineer" under data scientist)
or a subject one job word short of one ("cloud security" of "cloud security engineer") stays an area of the
catalogue's courses with the occupation offered; a career changer naming a field gets its entry job, not its
architect; a teacher who wants to teach digital literacy gets the digital literacy teacher's job; a sector
beside a field ("in healthcare") is context; an area whose best word match only shares a word ("analysis")
is made of the titles that mean it. Phrasings other than the trial's. Each test failed on 2154d496 except the
guards marked (27 of 32 fail there; `other_names` and `without_domain` are new, so their "kept" sides fail
there by their import only)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from test_assistant_conversation import talk

from pathfinder.assistant import area_refinement
from pathfinder.assistant.profile_changes import area_skills

TODAY = date(2026, 12, 7)
DATA_SCIENTIST = "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30"
NETWORK_ARCHITECT = "http://data.europa.eu/esco/occupation/e0b544dd-b621-4126-a55e-054af25c6ea0"
DIGITAL_LITERACY_TEACHER = "http://data.europa.eu/esco/occupation/4588cd69-e6a5-4668-94c7-f02a3d86a649"
DATA_ENGINEERING = {
    "nda-de-101",
    "nda-etl-201",
    "nda-cert-de",
    "nda-dwh-202",
    "nda-model-102",
    "nda-stream-301",
}


@pytest.fixture(scope="module")
def bundled(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _cited(text: str) -> list[str]:
    return re.findall(r"\(([a-z]+-[a-z0-9-]+)\)", text)


def _occupation(taxonomy, label: str):
    found = taxonomy.find_occupation(label)
    assert found is not None and found.label == label
    return found


# --- 1. another name of an occupation that means something else ---


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("data engineer", "data scientist"),  # builds, not researches
        ("cloud security", "cloud engineer"),  # a subject short of "cloud security engineer"
        ("network security", "ICT security administrator"),  # ... of "network security administrator"
        ("information security", "chief ICT security officer"),  # ... of "information security administrator"
    ],
)
def test_another_name_that_means_another_job_is_a_misreading(taxonomy, phrase: str, label: str) -> None:
    from pathfinder.assistant import other_names

    assert other_names.misread(phrase, _occupation(taxonomy, label))


@pytest.mark.parametrize(
    ("phrase", "label"),
    [
        ("network engineer", "ICT network engineer"),  # the preferred label's words
        ("sysadmin", "ICT system administrator"),  # the whole other name, no job word of another kind
        ("web engineer", "web developer"),  # engineer and developer both build
        ("penetration tester", "ethical hacker"),  # no job word of a kind in the preferred label
        ("computer vision", "computer vision engineer"),  # a subject in the preferred label
        ("data protection advisor", "data protection officer"),  # "advisor" is a job word
    ],
)
def test_another_name_of_the_same_job_is_kept(taxonomy, phrase: str, label: str) -> None:
    """The new rule's other side (the module is new: fails on 2154d496 by its import only)."""
    from pathfinder.assistant import other_names

    assert not other_names.misread(phrase, _occupation(taxonomy, label))


@pytest.mark.parametrize(
    "text",
    [
        "I'd like to become a data engineer",
        "quiero trabajar como ingeniera de datos",
        "मुझे डेटा इंजीनियर बनना है",
    ],
)
def test_a_data_engineer_gets_data_engineering_and_data_scientist_offered(bundled, text: str) -> None:
    results, _ = talk(bundled, [text])
    result = results[0]
    goal = result.profile.goal
    assert goal is not None and goal.occupation_uri != DATA_SCIENTIST
    assert "data engineer" in goal.label
    assert set(_cited(result.answer.text)) & DATA_ENGINEERING
    assert "data scientist" in result.answer.text  # offered as what the learner may mean


@pytest.mark.parametrize(
    "text",
    ["I want to learn cloud security", "Ich möchte Cloud-Sicherheit lernen", "tôi muốn học bảo mật đám mây"],
)
def test_cloud_security_keeps_its_security(bundled, text: str) -> None:
    results, _ = talk(bundled, [text])
    goal = results[0].profile.goal
    assert goal is not None and goal.occupation_uri is None and "security" in goal.label
    assert "cloud engineer" in results[0].answer.text  # offered


# --- 2. a career changer's entry job ---


def test_entry_job_of_a_field_is_not_its_architect(taxonomy, bundled_tools) -> None:
    cluster = area_skills("network", bundled_tools)
    found = area_refinement.entry("network", taxonomy, cluster)
    assert found is not None
    best, others = found
    assert best.uri != NETWORK_ARCHITECT
    assert not set(best.label.split()) & area_refinement.SENIOR_WORDS


def test_a_named_senior_job_is_still_that_job(taxonomy, bundled_tools) -> None:
    """An area naming the architect keeps it first (on 2154d496 the area's cluster put another first)."""
    cluster = area_skills("network architecture", bundled_tools)
    found = area_refinement.entry("network architect", taxonomy, cluster)
    assert found is None or found[0].uri == NETWORK_ARCHITECT


@pytest.mark.parametrize(
    "text",
    [
        "I'm a roofer with no IT background and would like to get into networks",
        "soy pintor, nunca trabajé en informática y quiero meterme en redes",
        "em làm thợ sơn, chưa từng làm IT, muốn chuyển sang mảng mạng máy tính",
    ],
)
def test_a_career_changer_into_networks_starts_at_the_entry_job(bundled, text: str) -> None:
    results, _ = talk(bundled, [text])
    goal = results[0].profile.goal
    assert goal is not None and "network" in goal.label.lower()
    assert goal.occupation_uri != NETWORK_ARCHITECT
    assert "ICT network architect" in results[0].answer.text  # the other options are said


# --- 3. a teacher's subject names the teaching job ---


@pytest.mark.parametrize(
    "text",
    [
        "I teach at a secondary school and want to teach digital literacy",
        # guard: this one was the digital literacy teacher on 2154d496 too
        "je suis professeur dans un lycée et je veux enseigner la littératie numérique",
        "मैं सरकारी स्कूल में पढ़ाता हूँ और डिजिटल साक्षरता सिखाना चाहता हूँ",
    ],
)
def test_teaching_digital_literacy_at_school_is_the_digital_literacy_teacher(bundled, text: str) -> None:
    results, _ = talk(bundled, [text])
    goal = results[0].profile.goal
    assert goal is not None and goal.occupation_uri == DIGITAL_LITERACY_TEACHER


# --- 4. a sector beside a field is context; an area by meaning ---


def test_a_sector_beside_a_field_is_left_out(bundled_tools) -> None:
    from pathfinder.assistant.profile_changes import without_domain

    assert without_domain("data analysis health", bundled_tools) == "data analysis"
    assert without_domain("data analysis agriculture", bundled_tools) == "data analysis"


def test_a_sector_alone_or_a_weak_remainder_is_kept(bundled_tools) -> None:
    """The rule's other side (new function: fails on 2154d496 by its import only)."""
    from pathfinder.assistant.profile_changes import without_domain

    assert without_domain("nursing", bundled_tools) == "nursing"
    assert without_domain("health informatics", bundled_tools) == "health informatics"
    assert without_domain("cloud security", bundled_tools) == "cloud security"


def test_data_analysis_area_is_made_of_data_analysis(bundled_tools, taxonomy) -> None:
    labels = [taxonomy.label(u) for u in area_skills("data analysis", bundled_tools)]
    assert labels
    off = {
        "identify training needs",
        "analyse network configuration and performance",
        "utilise machine learning",
    }
    assert not off & set(labels)


@pytest.mark.parametrize(
    "text",
    [
        "soy auxiliar de enfermería y me interesa mucho el análisis de datos en el sector salud",
        "je suis infirmier, l'analyse de données en santé m'intéresse beaucoup",
        "I'm a nurse, interested in data analytics in healthcare",  # guard: data analyst on 2154d496 too
    ],
)
def test_health_data_analytics_lists_no_online_safety(bundled, text: str) -> None:
    results, _ = talk(bundled, [text])
    cited = set(_cited(results[0].answer.text))
    assert cited and not cited & {"glcc-safe-104", "ccna-netmon-202", "bvca-siem-201", "inl-securite-103"}
    goal = results[0].profile.goal
    assert goal is not None and "health" not in goal.label


# --- 5. the job held said among the skills ---


@pytest.mark.parametrize(
    "text",
    ["I can write SQL and a bit of Python, I work as a BI analyst", "sé SQL y trabajo como analista BI"],
)
def test_the_job_held_is_no_unknown_skill(bundled, text: str) -> None:
    results, _ = talk(bundled, [text])
    result = results[0]
    assert result.profile.current_role is not None
    assert "SQL" in result.answer.text
    assert "could not match" not in result.answer.text and "No pude" not in result.answer.text
