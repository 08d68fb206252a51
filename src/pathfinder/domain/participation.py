"""The three forms of participation (online, on-site, blended) and the words that name them in the languages
we serve and our providers write: the one table both readers use - a course record's mode label
(`catalogue.codes.participation`: 'Blended learning', 'vor Ort', 'En línea') and a learner's message
(`assistant.nlu.slots.participation`: "only online ones", "keine Präsenzkurse"). A word added here is read in
both places."""

from __future__ import annotations

MODES = ("online", "on-site", "blended")

# whole words, as a message types them (the slots compare them without accents too)
WORDS: dict[str, str] = {
    w: v
    for v, ws in {
        "online": "online remote remotely virtual e-learning elearning fernunterricht fernstudium distanciel "
        "verkossa etänä etäopiskelu ऑनलाइन অনলাইনে অনলাইন",
        "on-site": "in-person on-site onsite classroom präsenz presencial présentiel lähiopetus क्लासरूम সরাসরি "
        # session 16: face to face in Hindi and Bengali, the classroom in Bengali
        "आमने-सामने ক্লাসরুম ক্লাসরুমে সামনাসামনি",
        "blended": "blended hybrid hybride híbrido monimuoto हाइब्रिड মিশ্র",
    }.items()
    for w in ws.split()
}

# word beginnings of compounds ("verkkokursseja", "Onlinekurse", "etäopetuksena")
PREFIXES: dict[str, str] = {
    "verkkokurs": "online",
    "verkko-opetu": "online",
    "verkko-opisk": "online",
    "etäkurs": "online",
    "etäopiskel": "online",  # "etäopiskeluna", "etäopiskelijana"
    "etäopin": "online",  # "etäopintoina"
    "etäopetu": "online",
    "onlinekurs": "online",
    "online-kurs": "online",
    "fernkurs": "online",
    "lähikurs": "on-site",
    "lähiopetu": "on-site",
    "präsenz": "on-site",  # "Präsenzkurse", "Präsenzveranstaltungen", "Präsenzunterricht"
    "presencial": "on-site",  # "presenciales", "presencialmente"
    "présentiel": "on-site",  # "présentielle"
    # session 12: the whole family of "virtual" and "distance" in German, French, Spanish and Finnish
    # ("cursos virtuales", "virtuelle Kurse", "formation virtuelle", "virtuaalikurssi", "Distanzunterricht",
    # "etäyhteydellä"), and Spanish "semipresencial" (part online, part in class)
    "virtual": "online",
    "virtuel": "online",
    "virtuaali": "online",
    "distanzunterricht": "online",
    "distanzlern": "online",
    "fernlehr": "online",
    "etäyhteyde": "online",
    "semipresencial": "blended",
}
PHRASES: dict[str, str] = {
    "en línea": "online",
    "a distancia": "online",
    "à distance": "online",
    "en ligne": "online",
    "from home": "online",
    "von zu hause": "online",
    "desde casa": "online",
    "distance learning": "online",
    "trực tuyến": "online",
    "từ xa": "online",
    "verkkokurss": "online",
    "etäkurss": "online",
    "vor ort": "on-site",
    "sur place": "on-site",
    "face to face": "on-site",
    "in person": "on-site",
    "on campus": "on-site",
    "paikan päällä": "on-site",
    "trực tiếp": "on-site",
    "tại lớp": "on-site",
    "kết hợp": "blended",
}

# parts of a provider's label, matched anywhere in it ('Face-to-face', 'Präsenzveranstaltung', 'E-Learning',
# 'etäopetus', 'in sede', 'zdalnie', 'stacjonarnie'): too loose for a message ("face", "etä", "presen" are
# parts of other words there), so the label reader alone adds them; Italian, Polish and Portuguese words
# are providers' only (session 15)
LABEL_PARTS: dict[str, str] = {
    w: v
    for v, ws in {
        "blended": ("blend", "semi-presencial", "mixte", "misto", "mieszan", "मिश्रित"),
        "online": (
            "on-line", "distance", "e-learning", "verkko", "etä", "a distanza", "zdaln", "ऑनलाइन", "অনলাইন",
        ),
        "on-site": (
            "on site", "in person", "face", "presen", "praesenz", "en personne", "lähi", "in sede",
            "stacjonar", "कक्षा",
        ),
    }.items()
    for w in ws
}  # fmt: skip


def of_label(label: str) -> str | None:
    """A mode label in any of our providers' languages ('Online', 'Blended learning', 'Face-to-face', 'vor
    Ort', 'presencial', 'en ligne', 'lähiopetus', 'trực tuyến') -> our participation value, or None: any word,
    word beginning, phrase or label part of a mode found in the case-folded label, blended tried first
    ('semipresencial' holds 'presencial'), then online ('virtual classroom')."""
    low = label.casefold().strip()
    for mode in ("blended", "online", "on-site"):
        if any(w in low for table in _TABLES for w, v in table.items() if v == mode):
            return mode
    return None


_TABLES = (WORDS, PREFIXES, PHRASES, LABEL_PARTS)
