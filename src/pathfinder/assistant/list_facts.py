"""Whether a follow-up asks a fact of every entry of the list shown ("how much are they?", "¿cuánto
cuestan?", "wie lange dauern die?", "ne maksavat paljonko?", "mấy khóa này bao nhiêu tiền?"): the list again
with each entry's price, workload and level, and which is cheapest and shortest; not the card of its first
entry. Pure functions over the message text; the offline responder reads them (session 11)."""

from __future__ import annotations

import re

# the entries together: a plural pronoun or demonstrative, or a verb in the plural
_THEY = re.compile(
    r"\b(?:they|them|these|those|each|all of them|each of them|both|"
    r"diese|alle|jeweils|beide|kosten|dauern|"
    r"ellos|ellas|estos|estas|esos|esas|cada uno|cuestan|duran|valen|"
    r"ils|elles|ces|ceux-ci|celles-ci|chacun|chacune|coûtent|coutent|durent|"
    r"ne|nämä|nama|niistä|niista|kukin|maksavat|kestävät|kestavat)\b|"
    r"mấy khóa|may khoa|các khóa|cac khoa|những khóa|nhung khoa|chúng|chung no|"
    r"\b(?:ye sab|inki|inka|inke|in sab)\b|इनकी|इनका|इनके|ये सब|"
    r"এগুলো|এগুলোর|এগুলার|\begulo|\begulor",
    re.IGNORECASE,
)
# a fact every entry has: its price, its duration or workload, its level
_FACT = re.compile(
    r"\b(?:how much|cost|costs|price|prices|pricey|fee|fees|how long|hours|weeks|duration|level|eqf|ects|"
    r"kosten|kostet|preis|preise|wie lange|dauern|stunden|niveau|"
    r"cuánto|cuanto|cuestan|precio|precios|duran|horas|nivel|"
    r"combien|coûtent|coutent|prix|durent|durée|duree|heures|"
    r"paljonko|maksavat|hinta|hinnat|kauanko|kestävät|kestavat|tunteja|taso)\b|"
    r"bao nhiêu|bao nhieu|giá|gia bao|học phí|hoc phi|mấy tiếng|may tieng|bao lâu|bao lau|"
    r"\b(?:kitne|kitna|kitni|price|fees)\b|कितने|कितना|कितनी|"
    r"কত|\bkoto\b",
    re.IGNORECASE,
)


def asks_of_the_list(text: str) -> bool:
    """Whether the message asks a fact (price, duration, level) of the entries shown together."""
    return bool(_THEY.search(text)) and bool(_FACT.search(text))
