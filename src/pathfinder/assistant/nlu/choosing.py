"""A request that the assistant choose for the learner ("what would you pick for me?", "you decide", "was
würdest du nehmen?", "¿tú qué me recomiendas?", "qu'est-ce que tu choisirais ?", "mitä sinä valitsisit?", "bạn
chọn giúp tôi", "aap batao kya karun", "আপনিই বেছে দিন"): the learner hands the choice of a direction over.
Pure; word patterns of the eight served languages and romanised Hindi and Bengali (session 19, issue #12)."""

from __future__ import annotations

import re

# a verb of choosing, deciding or recommending said to the assistant (second person, or a conditional "what
# would you ..."), or "if you were me" / "in my place"; one pattern per language, none tied to one sentence
_CHOOSE = re.compile(
    # English: "you pick", "you decide for me", "what would you go for", "your call", "up to you", "if you
    # were me", "choose for me", "what do you recommend/suggest"
    r"\b(?:you|u)\s+(?:just\s+)?(?:pick|choose|decide|select)\b|"
    r"\bwhat\s+(?:would|should|do|will)\s+(?:you|u)\s+(?:pick|choose|take|go\s+for|do|recommend|suggest|"
    r"advise|select)\b|"
    r"\b(?:pick|choose|decide|select)\s+(?:one\s+|something\s+)?for\s+(?:me|her|him|them|us)\b|"
    r"\b(?:your|ur)\s+(?:call|pick|choice)\b|\bup\s+to\s+you\b|\bif\s+you\s+were\s+(?:me|her|him|them)\b|"
    # German: "was würdest du nehmen/wählen/machen/empfehlen", "was würden Sie ...", "entscheide du",
    # "such du (mir) was aus", "wähl du", "an meiner Stelle", "was empfiehlst du"
    r"\bwas\s+w(?:ü|ue|u)rde(?:st|n)\s+(?:du|sie)\b|\bentscheide(?:n)?\s+(?:du|sie)\b|"
    r"\b(?:such|suche|wähl|wähle|waehl|waehle)\s+(?:du|sie)\b|\ban\s+meiner\s+stelle\b|"
    r"\bwas\s+empf(?:iehlst|ehlen)\s+(?:du|sie)\b|\bfür\s+mich\s+(?:entscheiden|aussuchen|wählen)\b|"
    # Spanish: "tú qué me recomiendas", "¿qué me recomiendas?", "elige tú", "decide tú", "elígeme", "¿qué
    # harías/elegirías/escogerías tú?", "en mi lugar", "escoge por mí"
    r"\bqu[ée]\s+(?:me\s+)?recomienda(?:s|ría|rías)?\b|\b(?:elige|escoge|decide|elija|escoja|decida)\s+"
    r"(?:t[úu]|usted|por\s+m[íi])\b|\bel[íi]geme\b|\besc[óo]geme\b|"
    r"\bqu[ée]\s+(?:har[íi]as|elegir[íi]as|escoger[íi]as|tomar[íi]as|har[íi]a|elegir[íi]a)\b|"
    r"\ben\s+mi\s+lugar\b|"
    # French: "qu'est-ce que tu choisirais", "tu choisirais quoi", "choisis pour moi", "décide pour moi",
    # "que me conseilles-tu", "à ma place", "que ferais-tu"
    r"\b(?:tu|vous)\s+choisir(?:ais|iez)\b|\bchoisir(?:ais|iez)[-\s](?:tu|vous)\b|"
    r"\b(?:choisis|choisissez|décide|décidez|decide|decidez)\s+(?:pour\s+moi|toi|vous)\b|"
    r"\b(?:me\s+)?conseill(?:es|ez|erais|eriez)[-\s](?:tu|vous)\b|\bqu['’]est[-\s]ce\s+que\s+(?:tu|vous)\s+"
    r"(?:me\s+)?(?:conseill|recommand|choisir|prendr|fer)\w*|\b(?:à|a)\s+ma\s+place\b|"
    r"\bque\s+(?:ferais|prendrais|choisirais)[-\s]tu\b|"
    # Finnish: "mitä sinä/sä valitsisit", "valitse sinä/puolestani", "päätä sinä", "mitä suosittelet", "mitä
    # tekisit minun paikallani"
    r"\bmit(?:ä|a)\s+(?:sinä|sina|sä|sa|te)\s+(?:valitsisit|valitsisitte|tekisit|suosittelisit|ottaisit)\b|"
    r"\bvalitsisit\b|\b(?:valitse|päätä|paata)\s+(?:sinä|sina|sä|sa|puolestani|mulle|minulle)\b|"
    r"\bmit(?:ä|a)\s+suosittelet\b|\bminun\s+paikallani\b|\bmun\s+paikalla\b|"
    # Vietnamese: "bạn chọn giúp (tôi)", "chọn giúp/cho tôi/em/mình", "bạn quyết định", "nếu là bạn", "bạn
    # khuyên", "bạn nghĩ tôi nên chọn"
    r"chọn\s+giúp|chon\s+giup|chọn\s+(?:cho|hộ)\s+(?:tôi|em|mình|toi|minh)|"
    r"(?:bạn|ban|anh|chị|chi)\s+(?:quyết\s+định|quyet\s+dinh)|nếu\s+(?:là|la)\s+(?:bạn|anh|chị)|"
    r"(?:bạn|anh|chị)\s+khuyên|nên\s+chọn\s+(?:cái|gì|hướng|nghề)|"
    # Hindi (Devanagari and romanised): "आप ही चुन दीजिए", "आप बताइए क्या करूँ", "आप होते तो", "aap batao kya
    # karun", "aap hi decide karo", "tum choose karo", "aap kya lete"
    r"(?:आप|तुम)\s+(?:ही\s+)?(?:चुन|तय\s+कर|बताइए|बताइये|बताओ|बताएं|बताएँ|होते)|मेरे\s+लिए\s+चुन|"
    r"\b(?:aap|ap|tum)\s+(?:hi\s+)?(?:batao|bataiye|bataiye|bataye|choose|decide|chun|chuno|chuniye|hote)\b|"
    r"\bmere\s+liye\s+(?:chun|choose|decide)\w*|\bkya\s+(?:lete|karte|chunte)\s+(?:aap|tum)\b|"
    # Bengali: "আপনিই বেছে দিন", "বেছে দাও", "আপনি হলে কী", "আপনি বলুন কী করব", "আপনি ঠিক করে দিন"
    r"বেছে\s+দি|বেছে\s+দা|বাছতেন|(?:আপনি|তুমি)\w*\s+হলে|(?:আপনি|তুমি)\w*\s+(?:বলুন|বলো|ঠিক\s+করে)|"
    r"\b(?:apni|tumi)\s+(?:bole|thik\s+kore|beche)\w*",
    re.IGNORECASE,
)


def asks_to_choose(text: str) -> bool:
    """Whether the message hands the choice to the assistant ("you decide", "was würdest du nehmen?")."""
    return bool(_CHOOSE.search(text))


def without_choosing(text: str) -> str:
    """The message without its words handing the choice over ("bạn chọn giúp tôi": no "help" of its own)."""
    return _CHOOSE.sub(" ", text)
