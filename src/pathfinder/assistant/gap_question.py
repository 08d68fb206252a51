"""Whether a message asks for the learner's skill gap towards the goal ("what's the gap?", "was fehlt mir
noch?", "¿qué me falta?", "qu'est-ce qui me manque ?", "mitä minulta puuttuu?", "tôi còn thiếu gì?", "mujhe
kya kami hai?", "আমার কী ঘাটতি?"): the essential skills still missing, not a course card. Pure; the offline
responder answers it from the gap analysis (session 11)."""

from __future__ import annotations

import re

_GAP = re.compile(
    r"\b(?:skills? )?gap\b(?! year)|\bwhat (?:am i|are we|is he|is she|are they) (?:still )?missing\b|"
    r"\bwhat (?:skills? )?(?:do|does) (?:i|he|she|they) (?:still )?(?:lack|miss)\b|"
    r"\bwas fehlt (?:mir|ihm|ihr|ihnen|uns)\b|\bwelche f[äa]higkeiten fehlen\b|"
    r"\bqu[ée] (?:me|le|les) falta\b|\bqu[ée] habilidades me faltan\b|\bqu[ée] competencias me faltan\b|"
    r"\bqu'est-ce qui (?:me|lui|leur) manque\b|\bque (?:me|lui) manque-t-il\b|\bce qui (?:me|lui) manque\b|"
    r"\bmit[äa] (?:minulta|häneltä|haneltä|multa) puuttuu\b|\bmit[äa] puuttuu\b|\bosaamisvaje\b|"
    r"còn thiếu (?:gì|những gì|kỹ năng gì)|con thieu (?:gi|nhung gi)|thiếu những kỹ năng nào|"
    r"\bkya kami hai\b|\bkya kya kami\b|क्या कमी|कौन से कौशल कम|"
    r"কী কী ঘাটতি|কী ঘাটতি|ঘাটতি কী|কী কী কম|\bki ghatti\b",
    re.IGNORECASE,
)


def asks_gap(text: str) -> bool:
    """Whether the message asks which skills the goal still needs."""
    return bool(_GAP.search(text))
