"""With nothing in the learner's languages, the plan preview adds English before a language the learner shows
no sign of reading (issue #12/#14): a Bengali learner is offered English when it covers at least half of
what the best other language would (a trial offered a Bengali accountant a Spanish plan)."""

from __future__ import annotations

from datetime import date

from pathfinder.assistant.offline import OfflineResponder
from pathfinder.assistant.tools import AssistantTools
from pathfinder.domain import Credential, Goal, LearnerProfile
from pathfinder.domain.credentials import SkillRef
from pathfinder.domain.dialogue import History
from pathfinder.domain.taxonomy import Taxonomy
from pathfinder.testing import InMemoryIndex

TODAY = date(2026, 12, 4)


def _course(cid: str, lang: str, uri: str, taxonomy: Taxonomy) -> Credential:
    return Credential(
        id=cid,
        title=f"Course {cid}",
        provider="P",
        languages=(lang,),
        ects=2,
        cost=100,
        currency="EUR",
        eqf_level=4,
        skills=(SkillRef(uri=uri, label=taxonomy.label(uri)),),
    )


def test_a_bengali_learner_is_offered_english_before_spanish(taxonomy: Taxonomy) -> None:
    occ = taxonomy.find_occupation("data analyst")
    assert occ is not None
    skills = [u for u in occ.essential if taxonomy.label(u)][:4]
    spanish = [_course(f"es-{i}", "es", u, taxonomy) for i, u in enumerate(skills)]
    english = [_course(f"en-{i}", "en", u, taxonomy) for i, u in enumerate(skills[:3])]
    from pathfinder.planner import plan_pathway

    tools = AssistantTools(
        InMemoryIndex([*spanish, *english]),
        taxonomy,
        plan_fn=lambda profile, gap, creds, strategy: plan_pathway(
            profile, gap, creds, strategy=strategy, today=TODAY
        ),
    )
    responder = OfflineResponder(tools, lambda: TODAY)
    profile = LearnerProfile(id="b", goal=Goal(occupation_uri=occ.uri, label=occ.label))
    answer = responder.reply("আমার লক্ষ্যের জন্য একটি পরিকল্পনা দিন", History(), profile)
    assert answer.state.language == "bn"
    assert answer.pathway is not None
    ids = {s.id for s in answer.pathway.steps}
    assert ids and all(
        i.startswith("en-") for i in ids
    )  # three of four skills in English beat four in Spanish for a Bengali reader
