"""An area's skills come from what its best matches teach (session 15, issue #12; trial 10, tune now): two
lesser "machine learning" matches about networks (ML for network traffic, AI-driven network operations) made
"analyse network configuration and performance" a skill of a developer's machine-learning goal. Failed on the
code before."""

from __future__ import annotations

from pathfinder.assistant.profile_changes import area_skills
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.testing import InMemoryIndex

ESCO = "http://data.europa.eu/esco/skill/"
ML = {"uri": ESCO + "3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43", "label": "machine learning"}
USE_ML = {"uri": ESCO + "8369c2d6-c100-4cf6-bd83-9668d8678433", "label": "utilise machine learning"}
ANN = {"uri": ESCO + "5608d5a0-6d5e-43b7-be37-616501729bb4", "label": "artificial neural networks"}
NET = {
    "uri": ESCO + "545c80e8-7ab2-42fe-af64-242211e94709",
    "label": "analyse network configuration and performance",
}


def _course(cid: str, title: str, skills: list[dict]) -> Credential:
    return Credential(
        id=cid, title=title, provider="Test", url=f"https://example.org/{cid}", hours=50, ects=2, eqf_level=5,
        cost=100, currency="EUR", languages=("en",), skills=skills, description=title,
    )  # fmt: skip


CATALOGUE = [
    _course("ml-applied", "Applied Machine Learning", [ML, USE_ML]),
    _course("ml-deep", "Machine Learning with Neural Networks", [ML, ANN]),
    _course("ml-net", "Machine Learning for Network Traffic", [USE_ML, NET]),
    _course("ml-netops", "Machine Learning in Network Operations", [USE_ML, NET]),
    _course("ml-vision", "Machine Learning for Images", [ANN, ML]),
]


def test_an_area_keeps_the_skills_its_best_matches_teach(taxonomy) -> None:
    tools = AssistantTools(InMemoryIndex(CATALOGUE), taxonomy)
    skills = area_skills("machine learning", tools)
    assert ML["uri"] in skills and USE_ML["uri"] in skills
    assert NET["uri"] not in skills, [tools.taxonomy.skill(u).label for u in skills]
