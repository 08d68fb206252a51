"""'Cheaper?' after a list headed by a certificate (issue #12): a certificate's own fee of 0 (its courses are
paid one by one) is not "free", so the reply never says the list is already free; the first priced course
is the reference."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant.i18n import t
from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

TODAY = date(2026, 12, 4)
CATALOGUE = [
    Credential(
        id="cert-data",
        title="Certificate in Data Analysis",
        provider="P",
        kind="certificate",
        cost=0,
        currency="EUR",
        description="data analysis certificate",
    ),
    Credential(id="dear", title="Data Analysis in Depth", provider="P", cost=900, currency="EUR"),
    Credential(id="cheap", title="Data Analysis Basics", provider="P", cost=120, currency="EUR"),
]


def test_cheaper_after_a_certificate_first_is_not_already_free(taxonomy: Taxonomy) -> None:
    responder = OfflineResponder(AssistantTools(InMemoryIndex(CATALOGUE), taxonomy), lambda: TODAY)
    listed = responder.reply("data analysis courses", History())
    assert [c.id for c in listed.citations][0] == "cert-data"
    answer = responder.reply("cheaper?", History().add("data analysis courses", listed))
    assert t("already_free").strip() not in answer.text
    assert "dear" not in [c.id for c in answer.citations]  # cheaper than the first course listed (EUR 120)
