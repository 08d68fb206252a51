"""An answer written as labelled fields (session 24, issue #12): "background: accounting; interest: data;
3h/week", "Hintergrund: Buchhaltung, Interesse: Daten", "experiencia: cajera / intereses: informática",
"parcours : vendeuse - centres d'intérêt : le web", "tausta: myyjä; kiinnostus: data", "kinh nghiệm: bán
hàng, sở thích: dữ liệu", "अनुभव: दुकान, रुचि: डेटा", "অভিজ্ঞতা: দোকান, আগ্রহ: ডেটা". The counsellor's
opening asks for background, interests and time; a learner who answers in that shape names their job (or
studies) under one label and the field they want under another, and the sentence readers find neither (no
verb of working or wishing). Pure: the text in, the fields out."""

from __future__ import annotations

import re

# the labels, in the eight served languages (singular and plural, with and without accents)
_BACKGROUND = (
    r"background|experience|job|work|current job|studies|studied|profession|"
    r"hintergrund|erfahrung|beruf|job|ausbildung|studium|"
    r"experiencia|antecedentes|formaci[oó]n|trabajo|profesi[oó]n|estudios|"
    r"parcours|exp[ée]rience|formation|m[ée]tier|travail|profession|[ée]tudes|"
    r"tausta|kokemus|ty[oö]|ammatti|koulutus|opinnot|"
    r"n[eề]n t[aả]ng|kinh nghi[eệ]m|c[oô]ng vi[eệ]c|ngh[eề]|h[oọ]c v[aấ]n|"
    r"पृष्ठभूमि|अनुभव|नौकरी|काम|पढ़ाई|पेशा|"
    r"পটভূমি|অভিজ্ঞতা|চাকরি|কাজ|পড়াশোনা|পেশা"
)
_INTEREST = (
    r"interests?|interested in|goal|aim|"
    r"interessen?|ziel|"
    r"inter[eé]s(?:es)?|objetivo|meta|"
    r"int[ée]r[eê]ts?|centres? d'int[ée]r[eê]t|objectif|"
    r"kiinnostu(?:s|kset|ksen kohteet)|kiinnostaa|tavoite|"
    r"s[oở] th[ií]ch|quan t[aâ]m|m[uụ]c ti[eê]u|"
    r"रुचि|रुचियाँ|दिलचस्पी|लक्ष्य|"
    r"আগ্রহ|লক্ষ্য"
)
_FIELD = re.compile(
    rf"(?:^|[;,\n|/•\-–]\s*|\s)(?P<label>{_BACKGROUND}|{_INTEREST})\s*[:=]\s*(?P<value>[^;,\n|/•:=]+)",
    re.IGNORECASE,
)
_SPACED_DASH = re.compile(r"\s[-–—]\s")  # "vendeuse - centres d'intérêt : le web": a dash between fields
_IS_INTEREST = re.compile(rf"^(?:{_INTEREST})$", re.IGNORECASE)
# a value's own label words, and what is no value at all ("-", "none", "?")
_NOTHING = frozenset(
    "- ? none nothing n/a na nichts keine nada ninguno rien aucun ei mitään không gì कुछ नहीं কিছু না".split()
)


def labelled_fields(text: str) -> tuple[str | None, str | None]:
    """(background, interest) as the message labels them ("background: accounting; interest: data":
    ("accounting", "data")), each None when not labelled; a value is cut at the next field (";", ",", "/", a
    new line) and never "none" or "-"."""
    background = interest = None
    for m in _FIELD.finditer(_SPACED_DASH.sub(";", text)):
        value = m["value"].strip(" .!?\t-–")
        if not value or value.casefold() in _NOTHING:
            continue
        if _IS_INTEREST.match(m["label"].strip()):
            interest = interest or value
        else:
            background = background or value
    return background, interest
