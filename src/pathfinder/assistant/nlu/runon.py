"""Run-on messages ("im a teacher i want to move into cybersecurity i have 5 hours a week"): `punctuate`
marks where a new first-person clause starts, so that the job, the goal and the constraints are read from
their own clauses. A boundary goes before a first-person subject with a verb of stating (or, in languages
that drop the pronoun, before such a verb) unless the word before it binds the two ("what should i study",
"lo que quiero", "khách hàng của tôi")."""

from __future__ import annotations

import regex

# per language: the words that start a new clause, and the words after which they do not
_STARTS = {
    "en": r"i (?:want|wanna|would|'d|d|need|have|got|am|'m|work|worked|can|only|also|already|do not|don'?t|"
    r"hope|plan|speak|know|live|studied|did|finished|just)|i'?m|im|ive|i'?ve|i'?d|"
    r"(?:what|where|how|which) (?:should|do|can|would|could|is|are)|can you|could you",
    "de": r"ich (?:will|möchte|moechte|würde|wuerde|bin|habe|hab|arbeite|kann|suche|brauche|spreche|mache|"
    r"wohne|interessiere)",
    "es": r"quiero|quisiera|me gustaría|me gustaria|tengo|necesito|busco|trabajo|soy|hablo|estoy|yo",
    "fr": r"je|j'|j’",
    "fi": r"haluan|haluaisin|olen|oon|tarvitsen|tarviin|mulla|minulla|opiskelen|puhun|työskentelen|"
    r"teen|mä|minä",
    "vi": r"(?:tôi|toi|mình|minh|em) (?:muốn|muon|là|la|làm|lam|có|co|đang|dang|cần|can|đã|da|chỉ|chi|"
    r"biết|biet|học|hoc|thích|thich)",
    "hi": r"मैं|मुझे|main|mujhe",
    "bn": r"আমি|আমার",
}
_BINDING = {
    "en": "what where how when why which who if that so because cause cuz coz as than and but or should "
    "can could would will do did does shall may might must think guess wish hope know and then where",
    "de": "wenn dass ob weil was wie wo und aber oder als damit bevor nachdem kann soll will möchte muss "
    "habe bin würde darf sonst dann jetzt",
    # a determiner makes the next word a noun: "en mi trabajo" (my job), not "trabajo" (I work) (trial 17)
    "es": "que si no y pero lo me te se ya también porque cuando donde como solo sólo yo o mi mis tu tus su "
    "sus el la los las un una del al este ese nuestro nuestra",
    "fr": "que qu' si et mais quand où comme parce dont ce lorsque puis ou",
    # the verb of denial binds its subject after it ("en mä osaa": session 21)
    "fi": "ja mutta että jos kun koska niin mä minä ma tai en et ei emme ette eivät",
    "vi": "và nhưng mà thì nếu khi vì là của cho với giúp hay hoặc",
    "hi": "कि और लेकिन जो तो ki aur lekin jo to",
    "bn": "যে আর এবং কিন্তু তাই যদি",
}
_PATTERNS = {
    lang: regex.compile(rf"(?<=\S)\s+(?=(?:{starts})(?:(?<=['’])|(?=\s|$)))", regex.IGNORECASE)
    for lang, starts in _STARTS.items()
}
_PUNCT = ",.;:!?¿¡।"


def punctuate(message: str, lang: str | None) -> str:
    """The message with ", " before each new first-person clause of a run-on sentence."""
    pattern = _PATTERNS.get(lang or "en")
    if pattern is None:
        return message
    binding = frozenset(_BINDING[lang or "en"].split())
    out: list[str] = []
    last = 0
    for m in pattern.finditer(message):
        before = message[last : m.start()]
        words = message[: m.start()].split()
        prev = words[-1].casefold() if words else ""
        if not words or prev[-1:] in _PUNCT or prev in binding:
            continue
        out.append(before + ", ")
        last = m.end()
    out.append(message[last:])
    return "".join(out)
