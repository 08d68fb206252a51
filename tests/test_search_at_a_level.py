"""A search with a level asked for ("beginner courses on X", "advanced X") lists only courses relevant to X
at any level (better fewer than padded with other subjects at that level), and when none at that level is
relevant, says so and shows the closest at other levels (issue #12, session 12)."""

from __future__ import annotations

from datetime import date

import pytest

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.credentials import SkillRef
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

ESCO = "http://data.europa.eu/esco/skill/"
HPC = SkillRef(uri=ESCO + "h1", label="parallel computing")
CLUSTER = SkillRef(uri=ESCO + "h2", label="cluster scheduling")
OFFICE = SkillRef(uri=ESCO + "h3", label="use spreadsheets software")
CHAT = SkillRef(uri=ESCO + "h4", label="online collaboration tools")


def _course(id: str, title: str, eqf: int, skills, description: str) -> Credential:
    return Credential(
        id=id,
        title=title,
        provider="Uni",
        description=description,
        hours=60,
        eqf_level=eqf,
        languages=("en",),
        cost=0,
        skills=tuple(skills),
    )


CATALOGUE = [
    _course("hpc-intro", "Introduction to Parallel Computing", 5, (HPC, CLUSTER), "Parallel clusters."),
    _course("hpc-adv", "Advanced Parallel Computing", 6, (HPC,), "Parallel computing at scale on clusters."),
    _course("office-1", "Office Software Basics", 3, (OFFICE,), "Spreadsheets and documents for the office."),
    _course("chat-1", "Online Collaboration Basics", 3, (CHAT,), "Video calls, chat and shared documents."),
]


@pytest.fixture(scope="module")
def responder(taxonomy: Taxonomy) -> OfflineResponder:
    return OfflineResponder(AssistantTools(InMemoryIndex(CATALOGUE), taxonomy), lambda: date(2026, 3, 2))


@pytest.mark.parametrize(
    "said",
    ["beginner courses on parallel computing", "parallel computing courses for beginners, EQF 4 at most"],
)
def test_no_other_subject_pads_a_level(responder: OfflineResponder, said: str) -> None:
    answer = responder.reply(said, History())
    ids = [c.id for c in answer.citations]
    assert "office-1" not in ids and "chat-1" not in ids, answer.text
    assert "hpc-intro" in ids, answer.text  # the closest at another level, said to be so
    assert "EQF 4" in answer.text.split("\n")[0], answer.text
