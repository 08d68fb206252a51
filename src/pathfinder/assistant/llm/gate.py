"""The quality gate after the checks: when the model's checked answer cannot be used (cut off, still tool
markup, no catalogue credential where the question needs one, mostly removed, wrong language), the learner
gets the offline engine's answer, said plainly. The LLM path is never worse than the offline one."""

from __future__ import annotations

import logging
import re
from typing import Any

from pathfinder.assistant.dead_ends import acts
from pathfinder.assistant.dialogue_eval.language import reply_language
from pathfinder.assistant.llm.lead import repeats
from pathfinder.domain.dialogue import Answer

log = logging.getLogger(__name__)

# Acts whose answer is about credentials: when the catalogue has some, the model's answer must cite one.
NEEDS_CREDENTIAL = frozenset(
    {"search", "refine", "select", "explain", "why", "requirements", "compare", "plan", "apply_suggestion"}
)
FALLBACK_NOTE = {
    "en": "The model's answer could not be checked against the catalogue, "
    "so here is the catalogue's own answer.",
    "de": "Die Antwort des Modells ließ sich nicht am Katalog prüfen, "
    "deshalb hier die Antwort aus dem Katalog.",
    "es": "No se pudo comprobar la respuesta del modelo con el catálogo; esta es la respuesta del catálogo.",
    "fr": "La réponse du modèle n'a pas pu être vérifiée dans le catalogue ; voici la réponse du catalogue.",
    "fi": "Mallin vastausta ei voitu tarkistaa luettelosta, joten tässä on luettelon oma vastaus.",
    "vi": "Không thể kiểm tra câu trả lời của mô hình với danh mục, vì vậy đây là câu trả lời của danh mục.",
    "hi": "मॉडल के उत्तर की कैटलॉग से जाँच नहीं हो सकी, इसलिए यहाँ कैटलॉग का अपना उत्तर है।",
    "bn": "মডেলের উত্তর ক্যাটালগের সাথে যাচাই করা যায়নি, তাই এখানে ক্যাটালগের নিজস্ব উত্তর দেওয়া হলো।",
}
LEAD_UNITS = 4  # an opening with more lines or sentences than this ignored its brief (it repeats the list)
CUT = {
    "length": "it was cut off at the token limit (PATHFINDER_LLM_MAX_TOKENS)",
    "deadline": "it was not finished within the deadline (PATHFINDER_LLM_DEADLINE_S)",
    "loop": "it was repeating itself",
    "no finish": "the stream ended without a finish reason (cut off)",
    "tools": "it was still calling tools after the last round",
}


_AT_URL = re.compile(r"\s+at\s+https?://\S+")
_URL = re.compile(r"https?://\S+")


def _units(text: str) -> int:
    """Lines and sentences of prose left (a rough measure of how much of the answer survived)."""
    lines = [ln for ln in text.split("\n") if ln.strip() and not ln.lstrip().startswith(">")]
    return sum(max(1, len(re.findall(r"[.!?](?:\s|$)", ln))) for ln in lines)


def verdict(
    checked: Any,
    *,
    raw: str,
    cut: str | None,
    frame: Answer,
    lang: str,
    markup: bool,
    lead: bool = False,
    said: str = "",
    planned: bool = False,
) -> str | None:
    """Why the checked answer must not be shown, or None when it may (`lead`: an opening above the offline
    answer, which carries the credentials; `said`: the learner's message; `planned`: the model's tools made a
    pathway with steps)."""
    if cut:
        return f"the model's answer is incomplete: {CUT.get(cut, cut)}"
    if markup:
        return "the model's answer still contained tool-call markup"
    text = checked.text.strip()
    if not text:
        return "the model gave no answer"
    if not lead and frame.intent in NEEDS_CREDENTIAL and frame.citations and not checked.citations:
        return "the model's answer named no catalogue credential"
    gives_nothing = not acts(text, bool(checked.citations), planned, strict=True)
    if not lead and frame.intent != "smalltalk" and gives_nothing:
        return "the model's answer cited nothing, planned nothing and asked nothing (a dead end)"
    if lead and _units(text) > LEAD_UNITS:
        return "the model's opening was longer than asked (it repeated the answer)"
    if lead and repeats(text, frame.text):
        return "the model's opening copied the catalogue's answer"
    if lead and repeats(text, said):
        return "the model's opening copied the learner's message"
    removed = max(checked.removed, len(checked.flagged))
    if removed and removed > _units(text):
        return f"most of the model's answer was not in the catalogue ({removed} part(s) removed)"
    titles = [c.title for c in checked.citations]
    found = reply_language(text, titles)
    if found is not None and lang and found != lang:
        return f"the model answered in {found}, the conversation is in {lang}"
    return None


def fallback(frame: Answer, lang: str, reason: str) -> Answer:
    """The offline answer, introduced by a plain note (with the reason, for an English conversation)."""
    log.warning("LLM answer replaced by the offline one: %s", reason)
    note = FALLBACK_NOTE.get(lang, FALLBACK_NOTE["en"])
    if lang == "en":  # the reason without the server's address (that is for the log, not the learner)
        shown = _URL.sub("the LLM server", _AT_URL.sub("", reason))
        note = f"{note} ({shown})"
    return frame.model_copy(update={"text": f"> {note}\n\n{frame.text}", "responder": "offline"})
