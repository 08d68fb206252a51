"""The offline responder: intent and slot extraction, the tools, and Markdown from prompts/offline/ templates.

Needs no model and no network. `responder.OfflineResponder.reply()` reads the message (`reading`), adds the
profile changes it proposes, answers it with the handler of its act and runs the grounding check. The handlers
are mixins, one module per kind of reply: `counsellor` (greetings, openings, first entries on a goal),
`search`, `followups` (about the list or plan shown), `credential_replies` (one named credential),
`comparison`, and the pathway handlers in `assistant/offline_plans.py`; `mentions` finds which credential a
message means.
"""

from pathfinder.assistant.offline.responder import ANONYMOUS, OfflineResponder
from pathfinder.domain.dialogue import ProfileChange

__all__ = ["ANONYMOUS", "OfflineResponder", "ProfileChange"]
