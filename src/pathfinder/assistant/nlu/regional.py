"""Regional and spoken forms of German, Spanish and Finnish, read as the standard words every rule after this
one knows (session 22, dees22; Finnish session 26). The one place where this happens: `understand` calls it
for German, Spanish and Finnish messages, before the classifier reads the message and the slots are filled.

- German: Swiss ("ich bi Schreiner", "ich han öppe 4 Stund pro Wuche Zyt", "was choschtet de Churs?"),
  Austrian and Bavarian ("I bin ...", "heuer", "im Jänner", "a bissl", "ned") and spoken forms ("nix",
  "nich", "nen", "is"). Words that are standard German too ("des", "mag", "net" as in .NET) are left alone;
  "I" is read as "ich" only before a verb of the first person, and "bi", "ha", "han", "cha", "chan", "wett"
  only after "ich"/"i".
- Spanish: the voseo of Argentina, Uruguay and Central America ("vos sabés", "¿qué me recomendás?", "armame un
  plan", "decime"), colloquial words of working and money ("laburo", "laburar", "chamba", "currar", "plata",
  "guita") and the ñ a keyboard did not have in the words of our domain ("espanol", "diseno", "20 anos").
- Finnish: the translative's final i, dropped in speech ("haluisin koodariks", "data-analyytikoks")."""

from __future__ import annotations

import regex

_WORD = regex.compile(r"\p{L}[\p{L}'’]*")

# German regional and spoken words -> the standard word (lower case; the casing of the first letter is kept)
_GERMAN = {
    # Swiss German
    "öppis": "etwas",
    "oeppis": "etwas",
    "öppe": "etwa",
    "oeppe": "etwa",
    "zyt": "Zeit",
    "ziit": "Zeit",
    "wuche": "Woche",
    "wuchä": "Woche",
    "stund": "Stunden",
    "nöd": "nicht",
    "nid": "nicht",
    "nüt": "nichts",
    "kei": "keine",
    "nünt": "nichts",
    "isch": "ist",
    "churs": "Kurs",
    "chürs": "Kurse",
    "kürs": "Kurse",
    "choschtet": "kostet",
    "chostet": "kostet",
    "choschte": "kosten",
    "gäld": "Geld",
    "franke": "Franken",
    "gits": "gibt es",
    "git's": "gibt es",
    "möcht": "möchte",
    "möchti": "möchte",
    "wötti": "möchte",
    "bitzli": "bisschen",
    "chli": "bisschen",
    "zäme": "",
    "grüezi": "Hallo",
    # Austrian and Bavarian
    "ned": "nicht",
    "bissl": "bisschen",
    "bissel": "bisschen",
    "bisserl": "bisschen",
    "jänner": "Januar",
    "jaenner": "Januar",
    "feber": "Februar",
    "heuer": "dieses Jahr",
    "mog": "mag",
    "kost": "kostet",
    # spoken German
    "nix": "nichts",
    "nich": "nicht",
    "nen": "einen",
    "is": "ist",
}
# words that are these only after "ich"/"i" ("ich bi Schreiner", "ich han kei Zyt", "i cha ned programmiere")
_GERMAN_AFTER_I = {
    "bi": "bin",
    "ha": "habe",
    "han": "habe",
    "cha": "kann",
    "chan": "kann",
    "wett": "möchte",
    "wott": "möchte",
    "schaff": "arbeite",
    "schaffe": "arbeite",
    "bruuch": "brauche",
}
# the verbs after which a lower- or upper-case "I" is the Austrian or Swiss "ich" ("I bin Verkäuferin",
# "i möcht was mit IT", "i hob ka Zeit")
_I_VERBS = frozenset(
    "bin bi hab habe han ha hob mag mog möcht möchte möchat will wett wott kann cha chan such suche brauch "
    "brauche bruuch arbeit arbeite schaff schaffe hätt hätte würd würde kenn kenne lern lerne interessier "
    "moecht moechte".split()
)

# Spanish regional and colloquial words -> the standard word
_SPANISH = {
    # voseo (Argentina, Uruguay, Paraguay, Central America)
    "sos": "eres",
    "querés": "quieres",
    "queres": "quieres",
    "podés": "puedes",
    "podes": "puedes",
    "tenés": "tienes",
    "tenes": "tienes",
    "sabés": "sabes",
    "necesitás": "necesitas",
    "recomendás": "recomiendas",
    "recomendas": "recomiendas",
    "buscás": "buscas",
    "hacés": "haces",
    "decís": "dices",
    "pensás": "piensas",
    "conocés": "conoces",
    "armame": "hazme",
    "armá": "haz",
    "hacéme": "hazme",
    "haceme": "hazme",
    "decime": "dime",
    "mostrame": "muéstrame",
    "contame": "cuéntame",
    "pasame": "pásame",
    "recomendame": "recomiéndame",
    "explicame": "explícame",
    "ayudame": "ayúdame",
    "mirá": "mira",
    "fijate": "fíjate",
    # colloquial work and money (Río de la Plata "laburo", Mexico "chamba", Spain "curro", "plata", "guita")
    "laburo": "trabajo",
    "laburar": "trabajar",
    "labura": "trabaja",
    "laburaba": "trabajaba",
    "laburé": "trabajé",
    "laburando": "trabajando",
    "chamba": "trabajo",
    "chambear": "trabajar",
    "chambeo": "trabajo",
    "chambeaba": "trabajaba",
    "currar": "trabajar",
    "curro": "trabajo",
    "curra": "trabaja",
    "curraba": "trabajaba",
    "currando": "trabajando",
    "plata": "dinero",
    "guita": "dinero",
    "compu": "computadora",
    "porfa": "por favor",
    "xfa": "por favor",
    "xq": "porque",
    "pq": "porque",
    "tb": "también",
    "tmb": "también",
    # ñ typed as n in the words of our domain
    "espanol": "español",
    "espanola": "española",
    "ensenar": "enseñar",
    "ensenanza": "enseñanza",
    "diseno": "diseño",
    "disenar": "diseñar",
    "disenador": "diseñador",
    "disenadora": "diseñadora",
    "pequeno": "pequeño",
    "pequena": "pequeña",
    "manana": "mañana",
    "companero": "compañero",
    "companera": "compañera",
    "compania": "compañía",
    "senor": "señor",
    "senora": "señora",
}
_AFTER_NUMBER = regex.compile(r"\b(\d+)\s+anos\b", regex.IGNORECASE)  # "20 anos": years, not the other word


def standard_german(text: str) -> str:
    """`text` with the Swiss, Austrian and spoken German forms above written as the standard words."""
    words = list(_WORD.finditer(text))
    out, last = [], 0
    for k, m in enumerate(words):
        word, low = m.group(0), m.group(0).casefold()
        before = words[k - 1].group(0).casefold() if k else ""
        after = words[k + 1].group(0).casefold() if k + 1 < len(words) else ""
        new = None
        if low in _GERMAN:
            new = _GERMAN[low]
        elif low in _GERMAN_AFTER_I and before in ("ich", "i"):
            new = _GERMAN_AFTER_I[low]
        elif low == "i" and after in _I_VERBS and text[m.end() : m.end() + 1] == " ":
            new = "ich"
        if new is None:
            continue
        out.append(text[last : m.start()])
        out.append(_cased(new, word))
        last = m.end()
    out.append(text[last:])
    return regex.sub(r"  +", " ", "".join(out)) if last else text


def standard_spanish(text: str) -> str:
    """`text` with the voseo, the colloquial words and the ñ-less words above written as the standard ones."""

    def swap(m: regex.Match) -> str:
        word = m.group(0)
        new = _SPANISH.get(word.casefold())
        return word if new is None else _cased(new, word)

    return _WORD.sub(swap, _AFTER_NUMBER.sub(r"\1 años", text))


# spoken Finnish drops the final i of the translative ("haluisin koodariks", "data-analyytikoks", "IT-tukeen
# vai tukihenkilöks"): the written ending, so the goal's word is read as one becomes it (session 26)
# ... not the first word of a sentence, where "-ks" is the spoken question clitic ("tarviiks ...?", "voiks")
_FI_SPOKEN_TRANSLATIVE = regex.compile(
    r"(?<![.,;:!?]\s*|^\s*)(?<=\s)([\p{L}-]{2,}[aeiouyäö]ks)\b", regex.IGNORECASE
)


# ... a language's name anywhere, first word too ("suomeks mieluummin", "englanniks käy"): no verb, so no
# question clitic (session 28)
_FI_SPOKEN_LANGUAGE = regex.compile(
    r"\b(suome|englanni|ruotsi|saksa|ranska|espanja|vietnami|hindi|bengali)ks\b", regex.IGNORECASE
)


def standard_finnish(text: str) -> str:
    """`text` with spoken Finnish forms written as the standard ones (the translative's final i)."""
    return _FI_SPOKEN_LANGUAGE.sub(r"\1ksi", _FI_SPOKEN_TRANSLATIVE.sub(r"\1i", text))


def _cased(new: str, word: str) -> str:
    """`new` with the first letter's case of `word` (a capitalised noun stays capitalised)."""
    if not new:
        return new
    return new[:1].upper() + new[1:] if word[:1].isupper() else new
