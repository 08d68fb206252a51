"""Where someone is from, said beside their job: a nationality ("a Nigerian pharmacist", "ukrainische
Buchhalterin", "contadora peruana", "virolainen kirjanpitäjä"), a home town ("peluquera de Valencia", "kế toán
người Huế", the genitive of a town before the job in Hindi and Bengali) or where they live ("living in
Dublin", "installé à Marseille"). None of it is part of a job: a role is the job alone (session 22, lead
trial 17's 'Vietnamese accountant').

The nationality words are the adjectives of the countries learners and clients of the served languages come
from or live in, in each Latin-script language's forms; Finnish adjectives of origin are read by their ending
("-lainen", "-läinen": "virolainen", "tamperelainen"), Vietnamese by "người" after the job, Hindi
and Bengali by the job word after "एक" / "একজন" ("one") that closes a genitive of the place."""

from __future__ import annotations

from functools import lru_cache

import regex

# English demonyms (written capitalised; matched case-folded)
_EN = (
    "afghan albanian algerian american argentinian argentine australian austrian bangladeshi belarusian "
    "belgian bolivian bosnian brazilian british bulgarian cameroonian canadian chilean chinese colombian "
    "congolese croatian cuban czech danish dominican dutch ecuadorian egyptian english eritrean estonian "
    "ethiopian filipino filipina finnish french georgian german ghanaian greek haitian hungarian indian "
    "indonesian iranian iraqi irish italian ivorian jamaican japanese jordanian kenyan korean kosovar "
    "kurdish latvian lebanese libyan lithuanian malaysian malian mexican moldovan moroccan nepali "
    "nepalese nigerian norwegian pakistani palestinian peruvian polish portuguese romanian russian "
    "salvadoran scottish senegalese serbian slovak slovenian somali spanish sri lankan sudanese swedish "
    "swiss syrian thai tunisian turkish ugandan ukrainian uzbek venezuelan vietnamese welsh yemeni"
)
# German adjective stems (+ -e, -er, -es, -en, -em)
_DE = (
    "afghanisch albanisch algerisch amerikanisch argentinisch australisch belgisch bolivianisch bosnisch "
    "brasilianisch britisch bulgarisch chilenisch chinesisch dänisch deutsch dominikanisch ecuadorianisch "
    "englisch eritreisch estnisch finnisch französisch georgisch ghanaisch griechisch indisch indonesisch "
    "irakisch iranisch irisch italienisch japanisch kamerunisch kanadisch kolumbianisch koreanisch "
    "kosovarisch kroatisch kubanisch kurdisch lettisch libanesisch litauisch marokkanisch mexikanisch "
    "moldauisch nigerianisch niederländisch norwegisch österreichisch pakistanisch palästinensisch "
    "peruanisch philippinisch polnisch portugiesisch rumänisch russisch schwedisch schweizerisch "
    "senegalesisch serbisch slowakisch slowenisch somalisch spanisch sudanesisch syrisch thailändisch "
    "tschechisch tunesisch türkisch ukrainisch ungarisch venezolanisch vietnamesisch weißrussisch"
)
# Spanish adjective stems (+ -o, -a, -os, -as) and invariable forms
_ES_STEMS = (
    "afgan albanes argelin american argentin australian austriac belg bolivian bosni brasileñ britanic "
    "búlgar bulgar camerunes chilen chin colombian corean croat cuban dominican ecuatorian egipci escoces "
    "eslovac español eritre estadounidens ecuatoguinean filipin finlandes franc[eé]s georgian grieg "
    "guatemaltec hondureñ húngar hungar iraqu irlandes italian japones kurd leton libanes lituan marroqu "
    "mexican moldav nicaragüens nigerian norueg panameñ paraguay peruan polac portugues puertorriqueñ rus "
    "salvadoreñ senegales serbi siri sueco suec suiz tailandes tunecin turc ucranian uruguay venezolan "
    "vietnamit"
)
_ES_WHOLE = (
    "alemán alemana alemanes alemanas francés francesa inglés inglesa japonés japonesa portugués "
    "portuguesa marroquí marroquíes paquistaní pakistaní iraní iraquí israelí hindú canadiense "
    "estadounidense costarricense nicaragüense belga rumano rumana rumanos rumanas"
)
# French adjective stems (+ "", -e, -s, -es) and the -ien/-ienne ones
_FR = (
    "afghan albanais algérien allemand américain argentin australien autrichien belge bolivien bosnien "
    "brésilien britannique bulgare camerounais canadien chilien chinois colombien congolais coréen croate "
    "cubain danois dominicain égyptien équatorien érythréen espagnol estonien éthiopien finlandais "
    "français géorgien ghanéen grec grecque guinéen haïtien hongrois indien indonésien irakien iranien "
    "irlandais italien ivoirien japonais kosovar kurde letton libanais lituanien malgache malien marocain "
    "mauritanien mexicain moldave néerlandais nigérian nigérien norvégien pakistanais palestinien "
    "péruvien philippin polonais portugais québécois roumain russe salvadorien sénégalais serbe slovaque "
    "slovène somalien soudanais suédois suisse syrien tchèque thaïlandais tunisien turc turque ukrainien "
    "vénézuélien vietnamien"
)
# Finnish: an adjective of origin ends in -lainen / -läinen; a few that are no origin ("työläinen", a worker;
# "erilainen", "samanlainen", "tällainen": of a kind) are kept
_FI_ORIGIN_ENDINGS = ("lainen", "läinen", "laiset", "läiset")
_FI_NOT_ORIGIN = frozenset(
    "työläinen erilainen samanlainen tällainen tuollainen sellainen millainen minkälainen "
    "kaltainen tavallinen ihmeellinen".split()
)


@lru_cache(maxsize=1)
def _latin_words() -> dict[str, frozenset[str]]:
    de = {f"{s}{e}" for s in _DE.split() for e in ("", "e", "er", "es", "en", "em")}
    es = set(_ES_WHOLE.split())
    for stem in _ES_STEMS.split():
        base = stem.rstrip("?")
        forms = [base] if "[" not in base else [base.replace("[eé]", "e"), base.replace("[eé]", "é")]
        for b in forms:
            es |= {f"{b}{e}" for e in ("o", "a", "os", "as", "es", "e", "")}
    fr = set()
    for stem in _FR.split():
        if stem.endswith("ien"):
            fr |= {stem, f"{stem}s", f"{stem}ne", f"{stem}nes"}
        else:
            fr |= {stem, f"{stem}e", f"{stem}s", f"{stem}es"}
    en = set(_EN.split()) | {"sri-lankan"}
    return {"en": frozenset(en), "de": frozenset(de), "es": frozenset(es), "fr": frozenset(fr)}


def names_origin(word: str, lang: str | None) -> bool:
    """Whether a word says where someone is from (a nationality or Finnish place adjective), in `lang` or,
    for a message whose language is unsure, in any of the Latin-script ones. German writes the nationality
    in lower case ("ukrainische"), the language taught in capitals ("Deutsch")."""
    low = word.casefold().strip("'’")
    if len(low) < 3 or (lang == "de" and word[:1].isupper() and low in _latin_words()["de"]):
        return False
    finnish = lang in ("fi", None) and low.endswith(_FI_ORIGIN_ENDINGS) and len(low) > 7
    if finnish and low not in _FI_NOT_ORIGIN:
        return True
    words = _latin_words()
    if lang in words:
        # an English nationality inside another language's sentence ("eine Vietnamese Buchhalterin") counts
        return low in words[lang] or (word[:1].isupper() and low in words["en"])
    return any(low in forms for forms in words.values())


# words that open where someone lives or comes from, after the job ("living in Dublin", "installé à
# Marseille", "radicada en Quito", "wohnhaft in", "originally from")
_LIVING = frozenset(
    "living based settled residing originally born "
    "installé installée installés installées vivant vivante basé basée originaire né née "
    "radicado radicada afincado afincada residente viviendo nacido nacida originario originaria "
    "wohnhaft lebend lebende geboren gebürtig stammend ursprünglich "
    "asuva asuvat".split()
)
# "de" / "du" / "d'" before a capitalised name: a home town or a country ("peluquera de Valencia", "chauffeur
# du Maroc"); "técnico de soporte" has no capital
_FROM_WORDS = frozenset("de del du des from aus".split())
_ONE = {"hi": ("एक",), "bn": ("একজন",)}
# jobs of a language, whose nationality word names the language taught or translated ("English teacher",
# "profesora de inglés", "Französischlehrerin" is one word): kept
_LANGUAGE_JOBS = (
    "teach",
    "tutor",
    "lectur",
    "translat",
    "interpret",
    "instruct",
    "professor",
    "lehrer",
    "übersetz",
    "dolmetsch",
    "profesor",
    "traduct",
    "intérpret",
    "professeu",
    "prof",
    "traduc",
    "interprète",
    "opettaja",
    "kääntäjä",
    "tulkki",
)


def without_origin(words: list[str], lang: str | None) -> list[str]:
    """The words of a role phrase without where the person is from or lives: nationality words, a
    capitalised name after "de"/"from"/"aus" and what follows, a participle of living and what follows,
    Vietnamese "người" + a name, the genitive of a place before "एक"/"একজন"; the words as they were when
    nothing of the job would be left."""
    if not words:
        return words
    out = list(words)
    low = [w.casefold() for w in out]
    cut = next((i for i in range(1, len(out)) if low[i] in _LIVING), None)
    if cut is None:
        cut = next(
            (
                i
                for i in range(1, len(out) - 1)
                if low[i] in _FROM_WORDS and out[i + 1][:1].isupper() and not out[i + 1].isupper()
            ),
            None,
        )
    if cut is None and lang == "vi":
        # "kế toán người Huế", "thợ may người Việt": the person's origin ("người" opens a job only first:
        # "người bán hàng")
        cut = next((i for i in range(1, len(out) - 1) if low[i] == "người"), None)
    if cut is not None:
        out = out[:cut]
    for one in _ONE.get(lang or "", ()):
        if one in out[:-1] and out.index(one) > 0:
            # "पटना की एक नर्स", "চট্টগ্রামের একজন হিসাবরক্ষক": the job after "one"
            out = out[out.index(one) + 1 :]
    if any(w.startswith(_LANGUAGE_JOBS) for w in low):
        return out
    kept = [w for w in out if not names_origin(w, lang)]
    return kept or list(words)


_BRACKET = regex.compile(r"\s*[(\[{]")


def job_alone(role: str, lang: str | None) -> str:
    """A role as said without the tools in brackets after it ("backend dev (Python, Postgres" -> "backend
    dev") and without where the person is from or lives (`without_origin`)."""
    role = _BRACKET.split(role, maxsplit=1)[0].strip() or role
    return " ".join(without_origin(role.split(), lang))
