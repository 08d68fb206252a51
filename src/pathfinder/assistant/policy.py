"""Which act of a message the assistant answers: the classifier's reading, the rule parse's structural cues
(ordinals, ids, "compare", the planner's open suggestions) and the dialogue state together. Pure functions."""

from __future__ import annotations

import re

from pathfinder.assistant.concepts import asks_difference, asks_labour_market
from pathfinder.assistant.followup_words import asks_recognition, names_way
from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.key_course import asks_most_important
from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.asking import asks_which_work
from pathfinder.assistant.nlu.audience import learner_lacks
from pathfinder.assistant.nlu.language import romanised
from pathfinder.assistant.nlu.level_words import held_basics_wish_higher
from pathfinder.assistant.nlu.slots import speaks_of_someone_else
from pathfinder.assistant.nlu.understand import becomes, listed_skills, tokens
from pathfinder.assistant.nlu.vocab import (
    CAREER,
    CHANGE_OF_FIELD,
    FIRST_PERSON,
    NOT_A_JOB,
    SEEKING,
    fold_vietnamese,
)
from pathfinder.assistant.nlu.wanting import needs_skills, wanting
from pathfinder.assistant.off_topic import learning_or_work, off_topic
from pathfinder.assistant.own_terms import asks_what_to_take
from pathfinder.assistant.picks import (
    accepts,
    asks_closest,
    asks_hardest,
    asks_instead,
    asks_of_one,
    asks_what_now,
    level_step,
    names_suggestion,
)
from pathfinder.assistant.pointing import in_the_singular, names_certificate
from pathfinder.assistant.suggestions import raises_open_limit
from pathfinder.domain import to_eur
from pathfinder.domain.dialogue import DialogueState

STRUCTURAL = ("compare", "skip_step", "why", "requirements")
CONFIDENT = 0.45
_STATEMENTS = ("set_goal", "state_skills", "set_constraints")
# words pointing back at something shown ("is THAT recognised", "isme kitne ghante"), per served language
_BACK = frozenset(
    "that it this those these them its one "
    "das der die den dem dieser diese dieses es davon "
    "eso ese esa este esta esto lo la "
    "ça ce cette celui celle celle-ci celui-ci cela celui-là celle-là celui-la celle-la "
    "se tämä tuo sitä siitä tästä sen siihen "
    "nó này đó "
    "यह वह इसमें इसे इसका इसकी isme ismein iska iski ye "
    "এটা এটি ওটা এর এতে".split()
)


# superlative markers: "the cheapest", "der billigste", "el más barato", "le moins cher", "halvin", "rẻ nhất"
_MOST = (
    "cheapest",
    "fastest",
    "shortest",
    "quickest",
    "least expensive",
    "least time",
    "fewest hours",
    "menos tiempo",  # "¿cuál de esos pasos lleva menos tiempo?" (session 18)
    "vähiten",  # Finnish "least" ("vie vähiten aikaa", "maksaa vähiten")
    "vahiten",
    "am wenigsten",
    "billigst",
    "günstigst",
    "schnellst",
    "kürzest",
    "el más",
    "la más",
    "el menos",
    "la menos",
    "le plus",
    "la plus",
    "le moins",
    "la moins",
    "halvin",
    "edullisin",
    "nopein",
    "lyhin",
    "lyhyin",
    "nhất",
    "सबसे",
    "সবচেয়ে",
    "sabse",
    "sobcheye",
    "shobcheye",
)


# "what's the most expensive step?", "welcher ist der teuerste?", "le plus long ?": the dearest or longest
_DEAREST = re.compile(
    r"most expensive|priciest|dearest|costliest|teuerst|(?:el|la) m[aá]s car[oa]|(?:le|la) plus ch[eè]re?|"
    r"kallein|đắt nhất|dat nhat|सबसे महंग|সবচেয়ে দাম",
    re.IGNORECASE,
)
_LONGEST = re.compile(
    r"\blongest\b|most hours|längst|(?:el|la) m[aá]s larg[oa]|(?:le|la) plus longu?e?|pisin|dài nhất|"
    r"dai nhat|सबसे लंब|সবচেয়ে লম্বা",
    re.IGNORECASE,
)


def asks_most(text: str) -> str | None:
    """'dearest' or 'longest' when a message asks for the most expensive or longest entry shown, else None."""
    if _DEAREST.search(text):
        return "dearest"
    return "longest" if _LONGEST.search(text) else None


# the markers as typed without diacritics ("cai nao ngan nhat", "el mas barato")
_MOST_FOLDED = tuple(dict.fromkeys(fold_vietnamese(m) for m in _MOST))


# Spanish puts the noun between the article and "más" ("el curso más barato", "la opción menos cara"): a
# superlative; "algo más barato" (no article) stays a comparative (session 17, lead trial 13)
_ES_NOUN_MOST = re.compile(
    r"\b(?:el|la|los|las)\s+(?:\w+\s+){1,2}(?:m[aá]s|menos)\s+\w|"
    # "¿cuál sale más barato?", "¿cuál es más corto?": which one is the most (session 28)
    r"\bcu[aá]l(?:es)?\s+(?:\w+\s+)?(?:m[aá]s|menos)\s+\w",
    re.IGNORECASE,
)


def superlative(text: str) -> bool:
    """Whether a message asks for the most or least of something ("and the cheapest?")."""
    low = text.lower()
    folded = fold_vietnamese(low)
    return (
        any(m in low for m in _MOST)
        or any(m in folded for m in _MOST_FOLDED)
        or _ES_NOUN_MOST.search(low) is not None
    )


# "which one": a question picking among the entries shown ("welcher ist billiger?", "khóa nào rẻ hơn?")
_WHICH = frozenset(
    "which welcher welche welches welchen welchem cuál cual cuáles laquelle lequel lesquelles quel quelle "
    "kumpi kumman mikä minkä mitkä "
    "kumpaa nào कौन कौनसा कौनसी কোনটা কোনটি kaun kaunsa konta".split()
)


_WHICH_FOLDED = frozenset(fold_vietnamese(w) for w in _WHICH)  # "cai nao" typed without diacritics


def asks_which(text: str) -> bool:
    """Whether a message asks which of the entries shown ("which one is cheaper?", "cái nào nhanh hơn"); "có
    cái nào rẻ hơn không?" asks whether there is any (Vietnamese "nào" between "có" and "không"), no pick."""
    if _VI_ANY.search(fold_vietnamese(text.casefold())):
        return False
    return any(w in _WHICH or fold_vietnamese(w) in _WHICH_FOLDED for w in _words(text))


_VI_ANY = re.compile(r"(?<!\w)co\s+(?:\w+\s+){0,3}nao\b.*\b(?:khong|ko|hong|hok)\b")


def asks_difficulty(text: str) -> bool:
    """Whether a message asks which of the entries shown is harder or easier ("which is harder?"): the easy
    words of `asks_easiest` or a hard word, in a "which" question."""
    return asks_which(text) and bool(_EASY.search(text) or _HARD.search(text))


# "how long would it take me?", "wie lange brauche ich?", "¿cuánto tiempo?", "combien de temps ?", "kauanko
# kestää?", "mất bao lâu?", "kitna time lagega?", "কতদিন লাগবে?": a question of duration
_HOW_LONG = re.compile(
    r"\bhow long\b|\bhow many (?:weeks|months)\b|\bwie lange?\b|\bcu[aá]nto tiempo\b|\bcombien de temps\b|"
    r"\bkauanko\b|\bkuinka kauan\b|bao l[aâ]u|\bkitna (?:time|samay)\b|\bkitne din\b|कितना समय|कितने दिन|"
    r"কতদিন|কত দিন|কত সময়|"
    # session 25: time as an amount ("how much time will it take?", "wie viel Zeit brauche ich?", "¿cuánto se
    # tarda?", "paljonko aikaa menee?", "kitna waqt lagega?")
    r"\bhow much time\b|\bwie ?viel zeit\b|\bcu[aá]nto (?:se )?tarda\w*|\b(?:paljonko|kuinka paljon) aikaa\b|"
    r"\bkitna (?:waqt|vakt)\b|कितना (?:वक़्त|वक्त)|\bkoto (?:shomoy|somoy)\b|"
    # session 14: a number of weeks, days or months asked for ("wie viele Wochen", "kitne hafte", "bao nhiêu
    # tuần", "কত সপ্তাহ")
    r"\bhow many days\b|\bwie ?viele (?:wochen|tage|monate)\b|\bcu[aá]nt[oa]s (?:semanas|d[ií]as|meses)\b|"
    r"\bcombien de (?:semaines|jours|mois)\b|"
    r"\b(?:montako|kuinka monta) (?:viikkoa|päivää|paivaa|kuukautta)\b|"
    r"bao nhi[eê]u (?:tuần|ngày|tháng)|\bbao nhieu (?:tuan|ngay|thang)\b|"
    r"\bkitn[ea] (?:hafte|hafta|haftay|hafton|din|dino|mahine|mahina|mahino)\b|"
    # the oblique plural too ("पहला कोर्स कितने हफ्तों का है?", lead trial 24's 07; session 29)
    r"कितने (?:हफ्ते|हफ़्ते|हफ्तों|हफ़्तों|सप्ताह|दिन|महीने|महीनों)|"
    r"कितना (?:हफ्ता|महीना)|কত (?:সপ্তাহ|মাস)|\bkoto (?:din|soptaho|mash)\b",
    re.IGNORECASE,
)
# "how much": a question of cost or amount ("cuánto", "combien", "कितना", "কত" ask either)
_HOW_MUCH = re.compile(
    r"how much|wie viel|kostet|cu[aá]nto|combien|paljonko|mit[aä] maksaa|bao nhi[eê]u|कितना|कितने|कितनी|"
    r"kitna|kitne|কত|koto|"
    # session 20: a number of hours asked for ("how many hours is the whole thing?", "¿cuántas horas son en
    # total?", "montako tuntia yhteensä?")
    r"how many hours|wie ?viele stunden|cu[aá]ntas horas|montako tuntia|kuinka monta tuntia|kuinka paljon",
    re.IGNORECASE,
)
# "the plan" / "in total" in the served languages: with how long or how much, what the plan's totals answer
_THE_PLAN = re.compile(
    r"\b(?:the|my|this|that|der|den|mein(?:en)?|el|mi|le|mon|ce)\s+(?:plan|pathway|roadmap|lernweg|parcours|"
    r"ruta|itinerario)\b|suunnitelm|polku|lộ trình|lo trinh|योजना|प्लान|পরিকল্পনা|প্ল্যান",
    re.IGNORECASE,
)
_IN_TOTAL = re.compile(
    r"\b(?:in total|altogether|all together|overall|insgesamt|en total|au total|yhteensä|tổng cộng|"
    r"tong cong|total|whole|entire|all of (?:it|them|that|those|these)|it all|them all|everything|gesamt\w*|"
    r"alles zusammen|ganze[nsr]?|todo|entero|completo|tout|entier|entière|kokonais\w*|koko|kaikki\w*|"
    r"toàn bộ|tất cả|tong|pura|pure|poora|poore|milake|milakar|sob miliye|puro|"
    # session 20: "how much would that all cost together?", "tout ensemble", "todo junto"
    r"together|ensemble|junto|juntos)\b|"
    r"कुल|पूरा|पूरे|मिलाकर|মোট|পুরো|সব মিলিয়ে|tổng",
    re.IGNORECASE,
)
# what a total is of, named without "how much/long": "and the total cost?", "tổng chi phí?"
_TOTAL_OF = re.compile(
    # "total fees in rupees?", "the fees altogether", "frais au total", "Gebühren insgesamt" (lead trial 19)
    r"\b(?:fees?|costs|prices|gebühren|gebuehren|tasas|matrícula|matricula|frais|maksut|học phí|hoc phi)\b|"
    r"\b(?:cost|price|duration|kosten|preis|dauer|coste|costo|precio|duración|coût|prix|durée|"
    r"hinta|kesto|maksaa|chi phí|chi phi|kharcha|kharch|khoroch|khorcha)\b|gesamt(?:kosten|preis|dauer)|"
    r"kokonais(?:hinta|kesto)|"
    # session 14: the credits it adds up to ("how many ECTS is that in total?", "montako opintopistettä
    # yhteensä?")
    r"\b(?:ects|credits?|créditos?|crédits?)\b|opintopist|tín chỉ|\btin chi\b|"
    r"खर्च|लागत|कीमत|খরচ|দাম",
    re.IGNORECASE,
)


# hours a week asked for ("how many hours a week would that be?", "wie viele Stunden pro Woche?",
# "¿cuántas horas a la semana?", "combien d'heures par semaine ?", "montako tuntia viikossa?", "bao nhiêu giờ
# mỗi tuần?", "हफ्ते में कितने घंटे?", "সপ্তাহে কত ঘণ্টা?")
_HOW_MANY_HOURS = re.compile(
    r"\bhow many hours\b|\bhow much time\b|\bwie ?viele stunden\b|\bcu[aá]ntas horas\b|\bcombien d'heures\b|"
    r"\b(?:montako|kuinka monta) tuntia\b|bao nhi[eê]u (?:giờ|tiếng)|\bbao nhieu (?:gio|tieng)\b|कितने घंटे|"
    r"\bkitne ghante\b|কত ঘণ্টা|\bkoto ghonta\b",
    re.IGNORECASE,
)
_A_WEEK = re.compile(
    r"\bweek|woche|semana|semaine|viiko|tuần|\btuan\b|हफ्त|हफ़्त|सप्ताह|\bhaft[ae]\b|সপ্তাহ|\bsoptah",
    re.IGNORECASE,
)


def asks_weekly_hours(text: str) -> bool:
    """Whether a message asks how many hours a week something takes (a question, not hours stated)."""
    return bool(_HOW_MANY_HOURS.search(text) and _A_WEEK.search(text))


def asks_how_long(text: str) -> bool:
    """Whether the message asks how long something takes."""
    return bool(_HOW_LONG.search(text))


def asks_quantity(text: str) -> bool:
    """Whether a message asks how long or how much ("wie lange dauert das?", "how much would it cost?")."""
    return asks_how_long(text) or bool(_HOW_MUCH.search(text))


def asks_plan_totals(text: str, focus: bool) -> bool:
    """Whether a message asks what the plan takes ("how long would the plan take at 2 hours a week?", "wie
    viel kostet das insgesamt?", "and the total cost?", "how long will the whole thing take her?"): how long
    or how much (or a cost or duration word), of the plan (or of everything, "in total", with nothing in
    focus)."""
    total = bool(_IN_TOTAL.search(text)) and not focus
    quantity = asks_quantity(text) or bool(_TOTAL_OF.search(text))
    return quantity and (bool(_THE_PLAN.search(text)) or total)


def picks_among(text: str) -> bool:
    """'The cheapest?' or 'which one is cheaper?': one entry of the list shown, by price or time."""
    return superlative(text) or asks_which(text)


# "show me everything you have" in the served languages: the whole catalogue, not the entry in focus
_EVERYTHING = frozenset(
    "everything all anything alles todo todos tout tous kaikki kaiken सब सभी সব সবকিছু".split()
)


# "which of your courses are free?", "what courses do you have?", "haben Sie kostenlose Kurse?": the catalogue
# (with a filter), when no subject is named (the caller checks)
_ANY_COURSES = re.compile(
    r"\b(?:which|what) (?:of (?:your|the) )?(?:free |online |cheap )?(?:courses|credentials|ones)\b|"
    r"\bany (?:of (?:your|the) )?(?:free |online )?courses\b|\bcourses do you (?:have|offer)\b|"
    r"\bthe (?:free|online) ones\b|\b(?:kostenlose|gratis|freie) kurse\b|\bkurse (?:habt ihr|haben sie)\b|"
    r"\bqu[ée] cursos\b|\bcursos gratis\b|\bquels cours\b|\bcours gratuits\b|\bmitä kursseja\b|"
    r"\bmaksuttomia kursseja\b|khóa (?:học )?(?:nào )?miễn phí|फ्री कोर्स|मुफ़्त कोर्स|ফ্রি কোর্স",
    re.IGNORECASE,
)


# "which of those", "any of them", "welche davon", "cuáles de esos", "lesquels", "mitkä niistä": the list
_OF_THOSE = re.compile(
    r"\b(?:of (?:those|these|them)|welche davon|davon|de (?:esos|esas|estos|estas|ellos)|lesquels|lesquelles|"
    r"parmi eux|parmi ceux|niistä|näistä|inme se|inmein se|unme se|unmein se|egulor moddhe|ogulor moddhe|"
    r"kongulo|trong so do|trong do)\b|trong (?:số )?(?:đó|này)|इनमें से|उनमें से|এগুলোর মধ্যে|এর মধ্যে|কোনগুলো",
    re.IGNORECASE,
)


# "which one" (one entry): of the list shown only with a price it must stay under ("৫০ হাজারের মধ্যে কোনটা
# হবে?"); "কোনটা সস্তা?" alone picks the cheapest (`picks_among`)
_WHICH_ONE = re.compile(r"\b(?:konta|kaunsa|kaun sa|konsa)\b|কোনটা|কোনটি|कौन सा|कौनसा", re.IGNORECASE)


def of_those(text: str) -> bool:
    """Whether a message points at the entries shown as a group ("any of them", "welche davon", "parmi
    eux", "इनमें से")."""
    return bool(_OF_THOSE.search(text))


# "no IT background at all", "pas du tout", "all the time", "tout le temps", "all day": an intensifier or a
# stretch of time, no "everything" asked for (session 25: an adviser's "no IT background at all" was a search)
_ALL_IDIOM = re.compile(
    r"\bat all\b|\bdu tout\b|\ball (?:the time|day|night|week|year)\b|\btout (?:le temps|à fait|de suite)\b",
    re.IGNORECASE,
)


def asks_everything(text: str) -> bool:
    """Whether a message asks for everything there is ("zeig mir alles", "tất cả các khóa"); "anything" after
    a negation says nothing of the kind ("they can't pay anything", "I don't know anything about it"), nor
    does "all" in an idiom (`_ALL_IDIOM`)."""
    words = _words(_ALL_IDIOM.sub(" ", text))
    return "tất cả" in text.lower() or any(
        w in _EVERYTHING and not (w == "anything" and set(words[max(0, i - 3) : i]) & _NEGATION)
        for i, w in enumerate(words)
    )


_NEGATION = frozenset("not no never cant cannot dont doesnt wont t".split())  # "can't" splits into "can", "t"


# "is there anything …?" in the served languages ("gibt es da was kostenloses?", "gibt's da auch was auf
# Deutsch?", "¿hay algo en línea?", "y a-t-il quelque chose de gratuit ?", "onko mitään ilmaista?", "is there
# anything free?"): whether any entry is so, never the card of one (session 22, dees22)
_ASKS_IF_ANY = re.compile(
    r"\b(?:gibt es|gibt's|gibts|habt ihr|haben sie)\b(?:\s+\w+){0,2}?\s+"
    r"(?:was|etwas|welche|einen|eine|kurse)\b|"
    r"\bhay\s+(?:algo|alguno|alguna|algún|algun|cursos)\b|\btienen\s+(?:algo|alguno|alguna)\b|"
    r"\by a-t-il\b|\bil y a (?:quelque chose|des cours)\b|\bquelque chose (?:de|en)\b|"
    r"\bonko\s+(?:mitään|jotain|yhtään)\b|\b(?:is|are) there (?:any|anything|something)\b",
    re.IGNORECASE,
)


def asks_if_any(text: str) -> bool:
    """Whether a message asks if there is anything of a kind (`_ASKS_IF_ANY`)."""
    return bool(_ASKS_IF_ANY.search(text))


def asks_any_courses(text: str) -> bool:
    """Whether a message asks which courses there are ("which of your courses are free?"): the catalogue
    when no list is shown ("only the free ones" after a list is about that list)."""
    return bool(_ANY_COURSES.search(text))


# "which one do I start with?", "womit fange ich an?", "¿por cuál empiezo?", "mistä aloitan?", "bắt đầu từ
# khóa nào?", "पहले कौन सा करूँ?": where to begin among the entries shown (a verb of starting, or "first" with
# "which")
_START = re.compile(
    r"\b(?:start|begin)(?!ed|s\b)|\bfang\w* \w*\s?an\b|anfangen|beginn|empie[zc]|comien[zc]|"
    r"commence|\baloit|"
    r"bắt đầu|bat dau|शुरू|shuru|শুরু",
    re.IGNORECASE,
)
_WHERE = re.compile(r"\b(?:where|wo|womit|dónde|donde|où|ou|mistä|mihin|kahan|kaha)\b|đâu|कहाँ|কোথা", re.I)
# "when does it start?" asks for a date, not where to begin
_WHEN = re.compile(r"\b(?:when|wann|cuándo|cuando|quand|milloin|kab|kobe)\b|khi nào|bao giờ|कब|কবে", re.I)
_FIRST = frozenset(
    "first firstly zuerst erst primero primera premier première ensin ensiksi pehle पहले প্রথমে আগে".split()
)


def says_first(text: str) -> bool:
    """Whether a message says "first" ("what would you do first": the first step asked, no direction)."""
    return any(w in _FIRST for w in _words(text))


def asks_start(text: str) -> bool:
    """Whether a message asks which entry to begin with ("which one do I start with?", "kumpi ensin?")."""
    words = _words(text)
    if _WHEN.search(text):
        return False
    question = "?" in text or "？" in text or asks_which(text) or bool(_WHERE.search(text))
    return question and (bool(_START.search(text)) or (asks_which(text) and any(w in _FIRST for w in words)))


def starts_client_plan(text: str) -> bool:
    """ "What should he study first?": where the client begins, which is the first step of the client's plan
    (not the course in focus)."""
    about_client = speaks_of_someone_else(_words(text), anywhere=True)
    return about_client and (asks_start(text) or any(w in _FIRST for w in _words(text)))


# "what do I do first?", "was mache ich zuerst?", "¿qué hago primero?", "je fais quoi d'abord ?", "mitä teen
# ensin?", "học gì trước?", "पहले क्या करूँ?", "প্রথমে কী করব?": "first" as an adverb of doing (where to begin),
# not the ordinal of a list ("is the first one online?")
_FIRST_STEP = re.compile(
    r"\b(?:do|take|study|learn|tackle|pick|start|begin)\b[^?.!]{0,20}\bfirst\b|\bfirst of all\b|"
    r"\b(?:the|my|a) (?:very )?first (?:thing|step|move)\b|"
    r"\b(?:zuerst|als erstes|als erster|als allererstes|zunächst|zunaechst|allererst\w*)\b|"
    r"\bwomit\b[^?.!]{0,30}\banf[aä]ngen\b|"  # "womit soll sie anfangen?" (read back as "anfängen")
    r"\b(?:womit|wo)\b[^?.!]{0,30}\b(?:fängt|fange|fangen|fängst)\b[^?.!]{0,20}\ban\b|"
    r"\b(?:hago|hacer|haga|hace|empiezo|estudio|estudiar|tomo|curso)\s+primero\b|\bpor d[oó]nde\b|"
    r"\bd'abord\b|\ben premier\b|\bpar quoi\b|\bpar o[uù]\b|"
    r"\bensin\b|\bensiksi\b|\bmist[aä] (?:\w+ )?aloit|"
    r"trước tiên|bắt đầu từ đâu|bat dau tu dau|(?:học|làm|hoc|lam) (?:gì|gi|cái gì) trước|"
    r"पहले क्या|\bpehle kya\b|sabse pehle|शुरुआत कहाँ|\bshuruaat kaha|"
    r"প্রথমে কী|\bprothome ki\b|কোথা থেকে শুরু|\bkotha theke shuru",
    re.IGNORECASE,
)


# one member of a group the adviser speaks for ("one of them", "each of them", "jede von ihnen", "cada una de
# ellas", "chacun d'eux", "jokainen heistä", "mỗi người", "उनमें से हर एक", "তাদের প্রত্যেকে")
_ONE_OF_THEM = re.compile(
    r"\b(?:one|each|any|either) of them\b|\bjede[rs]? (?:von )?ihnen\b|\beine[rs]? von ihnen\b|"
    r"\b(?:cada )?(?:uno|una) de (?:ellos|ellas)\b|\bcada (?:uno|una)\b|"
    r"\b(?:chacun|chacune|l'un|l'une) d'(?:eux|elles)\b|\b(?:jokainen|yksi|kukin) (?:heistä|heista)\b|"
    r"mỗi người|một người trong|उनमें से|हर एक|তাদের (?:একজন|প্রত্যেক)",
    re.IGNORECASE,
)


def asks_first_step(text: str) -> bool:
    """Whether a message asks where to begin ("so what do I do first?", "¿por dónde empieza?"), which with a
    goal known and no course in focus is the plan's first step: the plan answers it."""
    return asks_start(text) or starts_client_plan(text) or bool(_FIRST_STEP.search(text))


# "I'm 45, is it too late?", "bin ich zu alt dafür?", "¿soy demasiado mayor?", "est-ce trop tard ?",
# "olenko liian vanha?", "có quá muộn không?", "क्या अब बहुत देर हो गई?", "এখন কি অনেক দেরি?": a worry,
# answered with courage
_TOO_LATE = re.compile(
    r"too (?:late|old)|zu (?:spät|spaet|alt)|demasiado (?:tarde|mayor|viejo|vieja)|muy mayor|"
    r"trop (?:tard|vieux|vieille|âgé|age)|liian (?:myöhä|myoha|vanha)|quá (?:muộn|trễ|già|tuổi)|qua muon|"
    r"बहुत देर|देर हो|उम्र|der ho gay|umar|बूढ़|দেরি|বয়স",
    re.IGNORECASE,
)


def worries_too_late(text: str) -> bool:
    """Whether a message worries it is too late, or they too old, to learn ("I'm 45, is it too late?")."""
    return bool(_TOO_LATE.search(text))


# "why that order?", "warum diese Reihenfolge?", "¿por qué ese orden?", "pourquoi cet ordre ?", "miksi tuo
# järjestys?", "sao lại theo thứ tự đó?", "यह क्रम क्यों?", "এই ক্রমে কেন?": the plan's sequence, not one step
_ORDER = re.compile(
    r"\border\b(?! to)|\bsequence\b|reihenfolge|\borden\b|\bordre\b|järjesty|jarjesty|thứ tự|thu tu|क्रम|"
    r"\bkram\b|ক্রম|\bkrom\b",
    re.IGNORECASE,
)


# "skip", "überspringen", "saltar", "sauter", "ohita", "bỏ qua", "छोड़", "বাদ দাও": leave a plan's step out
_SKIP = re.compile(
    r"\bskip|überspring|ueberspring|\bweglassen|\bsalta|\bsálta|\bsaute|\bsauter|\bquita|\bquít|\benlève|\benleve|"
    r"\bohita|\bohitan|bỏ qua|\bbỏ\b|\bbo qua\b|छोड़|छोड|chhod|বাদ|\bbad dao\b|"
    r"\b(?:mir|uns) (?:\S+ )?sparen\b|\bskipat\w*|\bskippaa\w*",  # "kann ich mir sparen", "voi skipata" (s18)
    re.IGNORECASE,
)


# "what comes after that?", "was kommt danach?", "¿y después?", "et ensuite ?", "mitä sen jälkeen?", "học xong
# thì học tiếp gì?", "इसके बाद क्या?", "এর পরে কী?": what follows the credential in focus
_AFTER = re.compile(
    r"\bafter (?:that|this|it|finishing|i finish)\b|\bcomes? (?:next|after)\b|\bwhat next\b|\bnext step\b|"
    r"\b(?:take|do|study|learn) (?:after|afterwards|next)\s*\??\s*$|\bafterwards\b|"
    r"\bdanach\b|\bdespués\b|\bdespues\b|\by luego\b\s*\??\s*$|luego qu[ée]|\bensuite\b|\baprès\b|"
    r"\bjälkeen\b|\bjalkeen\b|\bseuraava\b|học tiếp|hoc tiep|sau đó|sau khi|tiếp theo|"
    r"học xong|hoc xong|gì tiếp|\bgi tiep\b|"  # session 17: "học xong khóa đó thì học gì tiếp"
    r"के बाद|baad kya|baad mein|এর পরে|এরপর|তারপর|ar pore|er pore|"
    r"\bab aage kya\b|अब आगे क्या|"  # session 29: "X kar liya, ab aage kya karu?" (now, what next)
    r"টার পরে|\btarpor|\bsau do\b|\btiep theo\b|"  # session 13: "tarpor?", "sau do", "এটার পরে"
    # session 14: after an entry numbered or named as one ("after the first course", "nach dem ersten Kurs",
    # "sau khóa đầu tiên", "pehle course ke baad", "প্রথম কোর্সের পরে")
    r"\bafter (?:the |my |her |his )?(?:\w+ )?(?:course|step|one|module)\b|"
    r"\bnach (?:dem|diesem) (?:\w+ )?(?:kurs|schritt)\b|sau (?:khóa|khoá|bước)|\bke baad\b|"
    r"(?:কোর্সের|কোর্সটার|কোর্সটির|ধাপের) পরে|"
    # session 24 (loose24): a question word before "after" a title ("what can I do after Networking
    # Fundamentals?", "which course after Python?", "was kann ich nach Networking Fundamentals machen?",
    # "welcher Kurs kommt nach ...?", "X-এর পর কী?")
    r"\b(?:what|which \w+)\s+(?:can|should|could|do|would|shall)\s+(?:i|we|she|he|they|you)\s+"
    r"(?:do|take|study|learn|pick|choose)\s+(?:\S+\s+)?after\b(?! work\b| hours\b| \d)|"
    r"\b(?:was|welche[rsnm]?(?: \w+)?)\s+(?:kann|soll|sollte|könnte|mache|mach|belege|nehme)\s+"
    r"(?:ich|sie|er|man|wir)\s+nach\b(?! feierabend\b| \d)|\bwelche[rsnm]? \w+ kommt (?:dann )?nach\b|"
    r"(?:পর|পরে) (?:কী|কি|কোনটা|কোন)(?=\s|\?|$)|\bpor ki\b|"
    # session 29: "then" asked ("and then what should I study?", "then what?", "und dann?", "et puis ?",
    # "entä sitten?", "phir kya?", "rồi học gì?")
    r"\band then\b[^.?!]*\b(?:study|learn|take|do)\b[^.?!]*\?|\bthen what\b|\bwhat then\b|"
    r"\bund dann\b\s*(?:was\b[^.?!]*)?\?|\bet puis\b[^.?!]*\?|\bentä sitten\b|\bphir kya\b|"
    r"rồi học gì|\broi hoc gi\b",
    re.IGNORECASE,
)


# a condition or an aim said with "what comes after": "if I want to", "wenn ich", "si quiero", "si je veux",
# "jos", "nếu", "अगर", "যদি", "aiming at", "Richtung", "hacia", "vers", "kohti", "hướng", "की ओर", "দিকে"
_TOWARD = re.compile(
    r"\b(?:if|wenn|falls|si|jos|nếu|neu|agar|jodi)\b|अगर|यदि|যদি|\baim(?:ing)? (?:at|for)\b|\btowards?\b|"
    r"\brichtung\b|\bhacia\b|\bvers\b|\bkohti\b|hướng|की ओर|দিকে",
    re.IGNORECASE,
)


def asks_toward(text: str) -> bool:
    """Whether a message says where the learner is heading with the question ("... if I want to do AI for
    networks?", "... wenn ich Richtung Sicherheit will?", "... nếu tôi muốn làm tự động hóa mạng?")."""
    return bool(_TOWARD.search(text))


def before_toward(text: str) -> str:
    """The part of a message before the direction it says ("what comes after it" of "what comes after it if I
    want to be a DPO?"): what names the course asked about, not where the learner is heading."""
    found = _TOWARD.search(text)
    return text[: found.start()] if found else text


# the plan printed, saved or exported ("a plan I can print", "als PDF", "para imprimirlo", "imprimer",
# "tulostettavana", "in lộ trình này ra", "प्रिंट", "প্রিন্ট"): how to take it away (the Pathway page)
_EXPORT = re.compile(
    r"\bprint\w*|\bpdf\b|\bexport\w*|\bdownload\w*|\bdrucke?n?\b|\bausdruck\w*|\bdruckbar\w*|"
    r"\bimprim\w*|\btulost\w*|\bdescarg\w*|\btélécharg\w*|\btelecharg\w*|\blataa?\b|\bladata\b|"
    r"\bherunterlad\w*|tải (?:về|xuống)|\bin ra\b|\bin (?:lộ trình|kế hoạch|bản|cái)|"
    r"प्रिंट|प्रिन्ट|डाउनलोड|প্রিন্ট|ডাউনলোড",
    re.IGNORECASE,
)


def asks_export(text: str) -> bool:
    """Whether a message asks to print, save or export what was planned ("can you give me a plan I can print
    for them?", "¿me lo pasas en PDF?", "saanko tämän tulostettavana?", "tôi có thể in lộ trình này ra
    không?")."""
    return bool(_EXPORT.search(text))


# a certificate's courses taken one by one ("can I take single courses from it?", "gibt's einzelne Kurse
# daraus?", "¿puedo hacer solo uno de sus cursos?", "un seul de ses cours", "yksittäisiä kursseja", "học riêng
# từng khóa", "अलग से एक कोर्स", "আলাদা করে শুধু একটা কোর্স")
_SINGLE_PARTS = re.compile(
    r"\bsingle\b|\bindividual(?:ly)?\b|\bseparately\b|\bon (?:its|their) own\b|\bjust one of\b|"
    r"\beinzeln\w*|\bseparat\w*|\bpor separado\b|\bsueltos?\b|\bsolo (?:uno|un curso)\b|"
    r"\bindividuales\b|\bséparément\b|\bseparement\b|\bun seul\b|\bindividuellement\b|"
    r"\berikseen\b|\byksittäi\w*|\byksittai\w*|riêng lẻ|\briêng\b|\btừng khóa\b|\brieng le\b|"
    r"अलग से|अलग-अलग|\balag se\b|আলাদা করে|আলাদাভাবে|\balada kore\b",
    re.IGNORECASE,
)


def asks_single_parts(text: str) -> bool:
    """Whether a message asks to take a certificate's courses one by one, not the whole certificate."""
    return bool(_SINGLE_PARTS.search(text))


def asks_after(text: str) -> bool:
    """Whether a message asks what follows the credential in focus ("what comes after that?")."""
    return bool(_AFTER.search(text))


def asks_what_follows(text: str) -> bool:
    """`asks_after` by a word other than Vietnamese "học xong" (finished studying), which alone says a course
    was done ("em đã học xong khoá X rồi"), not what follows it (session 29)."""
    return any(m.group(0).casefold() not in ("học xong", "hoc xong") for m in _AFTER.finditer(text))


# "what's left?", "what else do I need for it?", "was fehlt noch?", "¿qué me falta?", "que me reste-t-il ?",
# "mitä vielä puuttuu?", "còn lại gì?", "और क्या बचा है?", "আর কী বাকি?": what remains of a certificate once a
# course of it is held (lead trial 17)
_LEFT = re.compile(
    r"\bwhat(?:'s| is| are)? (?:still )?(?:left|remaining)\b|\bwhat remains\b|\bleft to (?:do|take|earn)\b|"
    r"\bwhat else do (?:i|we|you|they|he|she) need\b|\bwas fehlt (?:mir )?(?:noch|dann)\b|\bwas bleibt\b|"
    r"\bqu[eé] me (?:falta|queda)\b|\bqu[eé] (?:falta|queda)\b|\bqu'est-ce qu'il (?:me )?reste\b|"
    r"\bque (?:me )?reste-t-il\b|\bce qui (?:me )?reste\b|"
    r"\bmitä (?:vielä |mulle |minulle )?(?:puuttuu|jää|on jäljellä)\b|"
    r"còn (?:lại |thiếu )?(?:gì|những gì|khóa nào)|con (?:lai |thieu )?gi\b|(?:क्या|kya) (?:बचा|bacha)|"
    r"(?:बाकी|baaki|baki) (?:क्या|kya)|কী বাকি|আর কী লাগবে|\bki baki\b",
    re.IGNORECASE,
)


def asks_left(text: str) -> bool:
    """Whether a message asks what remains to do ("I already did the intro course, what's left?")."""
    return bool(_LEFT.search(text))


# "the easier one", "which is easiest?", "welches ist einfacher?", "¿cuál es el más fácil?", "le plus facile",
# "helpoin", "dễ nhất", "सबसे आसान", "সবচেয়ে সহজ": the entry shown that is easiest to start
_EASY = re.compile(
    r"\beas(?:ier|iest)\b|\bthe easy one\b|\bsimpl(?:er|est)\b|\beinfachste|\beinfacher\b|\bleichteste|"
    r"\bleichter\b|más fáci|mas faci|plus facile|\bhelpoi|\bhelpomp|dễ nhất|dễ hơn|de nhat|"
    r"सबसे आसान|आसान वाला|asaan|aasan|সহজটা|সহজটি|সবচেয়ে সহজ|sohoj|shohoj|shohoz",
    re.IGNORECASE,
)


# "which is harder?" ("schwerer", "más difícil", "plus dur", "vaikeampi", "khó hơn", "कठिन", "কঠিন")
_HARD = re.compile(
    r"\bhard(?:er|est)\b|\btough(?:er|est)\b|\bmore difficult\b|\bschwer(?:er|ste)|\bschwierig|"
    r"más difícil|mas dificil|plus (?:dur|difficile)|\bvaike(?:ampi|in)|khó hơn|khó nhất|kho hon|कठिन|"
    r"मुश्किल|kathin|mushkil|কঠিন|kothin",
    re.IGNORECASE,
)


def asks_easiest(text: str) -> bool:
    """Whether a message asks for the easiest of the entries shown ("which one is the easier one?")."""
    return bool(_EASY.search(text)) and (asks_which(text) or superlative(text) or "?" in text or "？" in text)


def asks_for_beginners(p: Parsed, topical: bool) -> bool:
    """Whether a question asks which of the entries shown suits a beginner ("which one is for beginners?",
    "welcher davon ist für Anfänger?", "¿cuál es para principiantes?", "কোনটা নতুনদের জন্য?"): a which-question
    with the beginners' level (EQF up to 4) and no subject of its own. It asks for the easiest entry shown,
    never for a level limit ("beginner courses on cloud security" names a subject: a search at that level).
    Words saying how the learner is ("a complete beginner") are no subject."""
    subject = topical and not all(w in NOT_A_JOB for w in p.topic.casefold().split())
    return asks_which(p.text) and p.eqf_max == 4 and p.eqf_min is None and not subject


def asks_easiest_shown(p: Parsed, topical: bool) -> bool:
    """Whether a message asks for the easiest entry shown, by that word or as the one for beginners."""
    return asks_easiest(p.text) or asks_for_beginners(p, topical)


# "the certificate" ("is the certificate recognised?", "das Zertifikat", "el certificado", "le certificat",
# "todistus", "chứng chỉ"/"bằng cấp", "सर्टिफिकेट", "সার্টিফিকেট"): the one a plan's steps count towards


# "what should he study?", "was soll er machen?", "¿qué tendría que estudiar?", "qu'est-ce qu'il devrait
# suivre ?", "mitä hänen kannattaa opiskella?", "nên học gì?", "क्या क्या पढ़ना होगा?", "কী কী পড়তে হবে?": what
# to study towards the goal, which a plan answers
_WHAT_TO_STUDY = re.compile(
    r"\bwhat (?:should|do|does|would|must|could|can) (?:i|he|she|they|we|you) (?:need to )?"
    r"(?:study|learn|do|take)\b|\bwhat (?:do|does|would) (?:i|he|she|they) need to (?:study|learn|take|do)\b|"
    r"\bwas (?:soll|sollte|muss|müsste|kann) (?:ich|er|sie|man) (?:\w+ ){0,2}"
    r"(?:lernen|machen|studieren|belegen)\b|"
    r"\bqu[ée],? (?:deber[ií]a|tendr[ií]a que|tiene que|debo|tengo que|necesita|necesito) "
    r"(?:estudiar|aprender|hacer|cursar)\b|"
    r"qu'est-ce qu'(?:il|elle|on) (?:devrait|doit|faut) (?:suivre|apprendre|étudier|faire)|"
    r"\bque (?:dois-je|doit-il|doit-elle|devrait-il|devrait-elle) (?:suivre|apprendre|étudier|faire)\b|"
    r"\bmitä (?:minun|mun|hänen|meidän)? ?(?:kannattaa|pitäisi|pitää|täytyy|tarvitsee) "
    r"(?:opiskella|oppia|tehdä|käydä)\b|"
    r"(?:nên|phải|cần) học (?:gì|những gì|cái gì)|học những gì|"
    r"क्या क्या (?:पढ़|सीख|कर)|क्या (?:पढ़ना|सीखना|करना) (?:होगा|चाहिए)|\bkya kya (?:padh|seekh|sikh|kar)|"
    r"কী কী (?:\S+ )?(?:পড়|শিখ|কর)|\bki ki (?:\w+ )?(?:por|shikh|kor)",
    re.IGNORECASE,
)


def asks_what_to_study(text: str) -> bool:
    """Whether a message asks what to study towards the goal ("what should he study?"): the plan."""
    return bool(_WHAT_TO_STUDY.search(text))


# "which courses would that take?", "welche Kurse brauche ich dafür?", "¿qué cursos me sirven?", "quels cours
# pour y arriver ?", "mitä kursseja siihen tarvitaan?", "có những khóa nào", "कौन से कोर्स", "কোন কোর্সগুলো":
# which courses, in the plural (a single "which course is the cheapest?" picks from what was shown)
_WHICH_COURSES = re.compile(
    r"\b(?:which|what) (?:courses|trainings|classes|certificates)\b|"
    r"\bwelche (?:kurse|weiterbildungen|schulungen|zertifikate)\b|\bqu[ée] (?:cursos|formaciones)\b|"
    r"\bquel(?:s|les) (?:cours|formations)\b|\bmit[äa] (?:kursseja|koulutuksia|kursse)|"
    r"\b(?:những|các) khóa(?: học)? nào\b|\bkhóa (?:học )?gì\b|"
    r"कौन (?:से|सी) (?:कोर्स|कोर्सेज़|ट्रेनिंग)|\bkaun ?se (?:course|courses|kors)\b|"
    r"কোন কোন কোর্স|কোন কোর্সগুলো|কী কী কোর্স|\bkon kon (?:course|kors)\b",
    re.IGNORECASE,
)


def asks_which_courses(text: str) -> bool:
    """Whether a message asks which courses (plural), whatever it names."""
    return bool(_WHICH_COURSES.search(text))


def asks_the_way(p: Parsed) -> bool:
    """Whether a message asks for the way to a goal: a plan word ("make me a plan", "lộ trình"), a word of the
    way ("what's my path?", "¿qué camino?"), what to study or do ("was soll ich lernen?"), in which order,
    which courses, what now. A goal said with its limits and none of these is a statement of the goal (session
    25: its reply plans when the time is known), not a plan asked for. Where to begin (`asks_where_to_begin`)
    is neither: the goal's first courses and the plan's first step both answer it."""
    text = p.text
    return (
        p.plan_cue
        or names_way(text)
        or asks_what_to_study(text)
        or asks_sequence(text)
        or asks_which_courses(text)
        or asks_what_now(text)  # "¿y ahora qué?", "mitä nyt?"
    )


def asks_where_to_begin(text: str) -> bool:
    """Whether a message asks where to begin ("¿por dónde empiezo?", "kahan se shuru karu?", "par où je
    commence ?"); not a bare "first" ("पहले दुकान में काम करती थी": she used to)."""
    return asks_start(text) or bool(_FIRST_STEP.search(text))


# "in which order?", "in welcher Reihenfolge?", "¿en qué orden?", "dans quel ordre ?", "missä järjestyksessä?"
def asks_sequence(text: str) -> bool:
    """Whether a message asks for an order ("in which order is best?"), why or not."""
    return bool(_ORDER.search(text))


# "remove the math course", "without the French one", "ohne den Cloud-Kurs", "quita el de Python", "sans le
# cours de maths", "ilman matematiikkaa", "loại khóa toán đi", "मैथ्स वाला हटा दो": a step the learner does not
# want (left out, never marked as held; "bỏ" and "বাদ দাও" stay skips, as `_SKIP` reads them)
_REMOVE = re.compile(
    r"\bremove\b|\bdrop\b|\btake (?:out|off)\b|\bleave (?:out|off)\b|\bexclude\b|\bwithout\b|\bget rid of\b|"
    r"\bohne\b|\bentfern|\bstreich|\bweglassen|\braus(?:nehmen)?\b|\bquita|\bquitar\b|\belimina|\bsaca\b|"
    r"\bsin (?:el|la|los|las)\b|\bsans\b|\benl[eè]v|\bretire|\bsupprime|\bilman\b|\bpoista|\bjätä pois|"
    # a separable verb around the step named ("lass den Mathe-Kurs weg", "nimm SQL raus", "jätä matikkakurssi
    # pois", "ota se pois"; session 18)
    r"\blass\w* (?:\S+ ){0,4}weg\b|\bnimm (?:\S+ ){0,4}raus\b|\b(?:jätä|jata|ota) (?:\S+ ){0,3}pois\b|"
    r"\bloại\b|\bkhông muốn\b|हटा|\bhata\b|নাহ?ি চাই|"
    # a step not wanted, pointed at ("I don't want the last one", "je ne veux pas le deuxième", "no quiero el
    # primero", "den zweiten will ich nicht") and a step swapped for another ("swap the last one for something
    # online", "tausch den zweiten gegen etwas auf Deutsch", "cambia el segundo por uno más barato", "remplace
    # le premier par", "vaihda viimeinen", "đổi khóa cuối", "aakhri wala badal do"): left out, the plan re-run
    # (lead trial 18: the card of the last step was shown)
    r"\b(?:do ?n[o']?t|do not|don't) (?:want|need|like) (?:the|that|this) (?:\S+ )?(?:one|step|course)\b|"
    r"\b(?:swap|switch|replace|exchange|change) (?:the|that|this|it)\b(?: \S+){0,4} (?:for|with)\b|"
    r"\b(?:tausch\w*|ersetz\w*) (?:den|die|das|ihn|sie|es)\b(?: \S+){0,4} (?:gegen|durch)\b|"
    r"\b(?:will|möchte) (?:ich )?(?:den|die|das) \w+ nicht\b|"
    r"\b(?:den|die|das) \w+ (?:will|möchte) ich nicht\b|"
    r"\b(?:cambia|cámbia|cambiar|sustituye|sustituir|reemplaza|reemplazar)\w* "
    r"(?:el|la|ese|esa|este|esta)\b(?: \S+){0,4} (?:por|con)\b|"
    r"\bno quiero (?:el|la|ese|esa|este|esta)\b|"
    r"\b(?:remplace|remplacer|échange|change|changer) (?:le|la|ce|cette|celui)\b(?: \S+){0,4} "
    r"(?:par|contre|pour)\b|"
    r"\bje ne veux pas (?:le|la|ce|cette|du)\b|"
    r"\b(?:vaihda|korvaa) (?:\S+ )?(?:ensimmäi\w*|toi(?:nen|sen|sta)|kolma\w*|neljä\w*|viimei\w*|"
    r"se|sen|tämä|tämän|tuo|tuon)\b|\ben halua (?:sitä|tätä|ensimmäis|toi|kolma|viimeis)\w*|"
    r"\b(?:đổi|thay) (?:khóa|khoá|cái|bước|khoa|cai|buoc)\b|(?:wal[aei]|वाल[ाीे]) (?:\S+ ){0,5}(?:badal|बदल)|"
    r"(?:টা|টি) (?:\S+ )?বদল|\b(?:ta|ti) bod[oa]l",
    re.IGNORECASE,
)


# what the assistant can do, asked ("what can you actually help me with?", "wobei kannst du mir helfen?",
# "¿en qué me puedes ayudar?", "qu'est-ce que vous pouvez faire ?", "mitä osaat tehdä?", "bạn giúp được gì?",
# "aap kya madad kar sakte ho?", "আপনি কী সাহায্য করতে পারেন?"): no subject ("help" gave IT Help Desk, trial 21)
_CAPABILITIES = re.compile(
    r"\bwhat (?:else |exactly |actually |all )*(?:can|could|do) (?:you|u) (?:\w+ )?(?:do|help)\b|"
    r"\bhow (?:can|could|do) (?:you|u) help\b|\bwhat are you (?:for|able to do|good for)\b|"
    r"\bwas (?:kannst du|können sie) (?:\w+ ){0,2}(?:tun|machen)\b|"
    r"\bwas (?:kannst du|können sie)(?: so| denn| eigentlich| alles)*\s*\?|"
    r"\b(?:wobei|womit|wie) (?:kannst du|können sie) (?:\w+ ){0,3}helfen\b|"
    r"\bqu[eé] (?:puedes|puede|sabes|sabe) hacer\b|"
    r"\b(?:en qu[eé]|c[oó]mo) (?:me |te |le )?(?:puedes|puede) ayudar|"
    r"\b(?:que|qu'est-ce que) (?:peux-tu|pouvez-vous|tu peux|vous pouvez) faire\b|"
    r"\b(?:tu peux|vous pouvez|tu sais|vous savez) faire quoi\b|"  # session 27: the question word last
    r"\b(?:en quoi|comment) (?:peux-tu|pouvez-vous|tu peux|vous pouvez) m'aider\b|"
    r"\bmitä (?:sinä |sä )?(?:osaat|voit|pystyt)(?: tehdä| auttaa)?\s*(?:\?|$)|"
    r"\b(?:miten|missä|millä tavalla) (?:sinä |sä )?voit auttaa\b|"
    r"\bbạn (?:có thể )?(?:giúp|làm) (?:được )?(?:gì|những gì)|\bban (?:co the )?(?:giup|lam) (?:duoc )?gi\b|"
    r"\b(?:aap|tum|tu) (?:kya|kaise|kis cheez mein) (?:madad|help|kar)\b|"
    r"(?:आप|तुम) (?:क्या|कैसे|किस चीज़ में|किस चीज में) (?:मदद|कर सकते)|"
    r"(?:আপনি|তুমি) (?:কী|কি|কীভাবে) (?:সাহায্য|করতে পার)|\b(?:apni|tumi) (?:ki|kivabe) (?:shahajjo|korte)\b",
    re.IGNORECASE,
)


def asks_capabilities(text: str) -> bool:
    """Whether a message asks what the assistant can do for the learner (no subject of its own). Commas are
    left out: the run-on reading puts one where a clause may begin ("so what exactly, can you do for me?")."""
    return bool(_CAPABILITIES.search(text.replace(",", "")))


def beside_capabilities(text: str) -> str:
    """The words of a message beside its question of what the assistant can do ("help" there is a verb)."""
    return _CAPABILITIES.sub(" ", text.replace(",", ""))


def asks_remove(text: str) -> bool:
    """Whether a message asks to leave something out of the plan shown because it is not wanted ("remove the
    math course, I hate math"), not because it is done."""
    return bool(_REMOVE.search(text)) or excludes_subject(text)


# a whole subject not wanted (lead trial 21's 14: "drop anything about machine learning, not interested" was
# answered "which step should I leave out?"): "anything/everything about X", "nothing with X", "no X please",
# "nichts mit X", "bitte keine X", "nada de X", "ningún curso de X", "pas de X", "rien sur X", "ei mitään
# X", "không muốn gì về X", "X kuch nahi chahiye", "X নিয়ে কিছু চাই না": every step on it left out
_EXCLUDES_SUBJECT = re.compile(
    r"\b(?:anything|everything|all|whatever|stuff)\s+(?:about|on|with|involving|related to|to do with)\b|"
    r"\b(?:nothing|none|no courses?|no steps?)\s+(?:\w+\s+)?(?:about|on|with|in|involving|related to)\b|"
    r"\bno (?:more )?[\w-]+(?: [\w-]+)? (?:please|pls|thanks)\b|\bnot interested in\b|"
    r"\bnichts\s+(?:mehr\s+)?(?:mit|über|ueber|zu|zum|zur|von|aus dem bereich)\b|"
    r"\b(?:bitte|bloß|bloss|aber|also)\s+kein(?:e|en)?\b|\bkein(?:e|en)?\s+[\w-]+\s+mehr\b|"
    r"\bnada\s+(?:de|del|sobre|con|relacionado)\b|\bning[uú]n(?:a)?\s+(?:curso\s+|paso\s+)?(?:de|sobre)\b|"
    r"(?:^|[,.;!?]\s*|\b(?:et|mais|donc)\s+)pas de\b|\bje (?:ne )?veux pas d[e']|"
    r"\brien\s+(?:sur|avec|en|concernant|autour)\b|\baucun(?:e)?\s+(?:cours\s+|étape\s+)?(?:de|sur|en)\b|"
    r"\bei mitään\b|\ben halua mitään\b|"
    r"\b(?:không|khong|ko)\s+(?:muốn|cần|muon|can)\s+(?:học\s+|hoc\s+)?(?:gì|gi|cái gì|khóa nào)\s+"
    r"(?:về|ve|liên quan)|\bbỏ (?:hết|tất cả|mọi|các|những)\b(?:\s+\S+){0,2}\s+(?:về|liên quan)|"
    r"कुछ (?:भी )?नहीं चाहिए|\b(?:kuch|kuchh) (?:bhi )?nahi?n? chahiye\b|"
    r"কিছু (?:চাই না|লাগবে না)|\bkichhu (?:chai na|lagbe na)\b",
    re.IGNORECASE,
)


# what follows "pas de", "nada de", "no ... please" that is no subject ("pas de budget", "nada de dinero",
# "nichts mit Eile", "no rush please")
_NO_SUBJECT_AFTER = frozenset(
    "money time experience budget hurry rush deadline preference problem worries dinero tiempo experiencia "
    "prisa presupuesto plata problema argent temps expérience souci soucis problème pression limite date "
    "préférence rahaa aikaa kokemusta kiirettä geld zeit erfahrung eile stress problem tiền thời kinh paisa "
    "paise samay anubhav taka somoy".split()
)


# courtesy words that end a subject ruled out ("nichts mit E-Mail bitte", "no networking please")
_COURTESY = frozenset(
    "please pls plz thanks thank bitte danke por favor gracias s'il vous plaît plait merci kiitos ạ nhé nha "
    "kripya please".split()
)


def excluded_subject(text: str) -> str:
    """The words of the subject a message rules out, as said after the words that rule it out ("nichts mit
    E-Mail bitte" -> "E-Mail"); "" when none follows (the lead's browser check, session 25: the topic reading
    had dropped "E-Mail" and the reply said that no step was about "")."""
    for m in _EXCLUDES_SUBJECT.finditer(text):
        words: list[str] = []
        for w in text[m.end() :].split()[:4]:
            bare = w.strip(",.;:!?¿¡\"'()")
            if not bare or bare.casefold() in _COURTESY or bare.casefold() in _NO_SUBJECT_AFTER:
                break
            words.append(bare)
            if w[-1:] in ",.;:!?":
                break
        if words:
            return " ".join(words)
    return ""


def excludes_subject(text: str) -> bool:
    """Whether a message rules a whole subject out of the plan ("drop anything about machine learning",
    "bitte nichts mit Netzwerken", "pas de réseaux"), not one step; "pas de budget", "nada de dinero" are
    limits, no subject."""
    for m in _EXCLUDES_SUBJECT.finditer(text):
        said = f"{m.group(0)} {' '.join(text[m.end() :].split()[:2])}"
        after = [w.strip(",.;:!?¿¡").casefold() for w in said.split()]
        if not _NO_SUBJECT_AFTER & set(after):
            return True
    return False


# "like the first one but cheaper", "so wie der zweite, aber günstiger", "como el primero pero más barato",
# "le premier mais en moins long", "kuten ensimmäinen mutta halvempi": an entry shown taken as the measure
_LIKE_BUT = re.compile(
    r"\b(?:but|like|similar|aber|doch|wie|ähnlich\w*|pero|como|parecid[oa]s?|mais|comme|genre|semblable|"
    r"mutta|kuten|tapainen|samanlai\w*)\b",
    re.IGNORECASE,
)


def refines_listed_entry(p: Parsed, state: DialogueState) -> bool:
    """Whether a message asks for something like one entry of the list of results shown, cheaper or
    shorter ("like the first one but cheaper", "le premier mais en moins long"; session 21): one place, a
    cheaper or shorter wish, a word of likeness or contrast, no plan shown and nothing said done."""
    return (
        state.listing == "results"
        and bool(state.last_results)
        and len(set(p.ordinals)) == 1
        and bool({"cheaper", "shorter"} & set(p.refinements))
        and bool(_LIKE_BUT.search(p.text))
        and not p.done_cue
    )


def steps_list_level(p: Parsed, state: DialogueState, *, named: bool) -> bool:
    """Whether a message asks for the list of results shown one level easier or harder ("eine Stufe leichter",
    "one level higher please", "vähän helpompia"; `picks.level_step`; session 21): a searched list, no card in
    focus (its easier entries are `_easier_than`'s), no entry named or numbered, no level of its own, and no
    question which of those shown is easier ("which is harder?")."""
    return (
        state.listing == "results"
        and bool(state.last_results and state.last_query)
        and state.focus is None
        and level_step(p.text) != 0
        and not (named or p.ordinals)
        and p.eqf_min is None
        and p.eqf_max is None
        and not asks_which(p.text)
    )


def drops_listed_entry(p: Parsed, state: DialogueState) -> bool:
    """Whether a message leaves one entry of the list of results shown out of it by its place ("without the
    first one", "ohne den ersten", "sin el primero", "sans le deuxième", "ilman ensimmäistä"; session 21): a
    list, no plan shown, one place, a removal word, and nothing said done (that is a course held) nor a
    language ruled out ("without the French ones")."""
    return (
        state.listing == "results"
        and bool(state.last_results)
        and len(set(p.ordinals)) == 1
        and asks_remove(p.text)
        and not p.done_cue
        and not p.denied_languages
    )


def asks_skip(text: str) -> bool:
    """Whether a message asks to leave a step out ("den ersten Schritt kann ich überspringen")."""
    return bool(_SKIP.search(text))


_WHY = re.compile(
    r"\bwhy\b|\bwarum\b|\bwieso\b|\bweshalb\b|por qu[eé]|\bpourquoi\b|\bmiksi\b|tại sao|\bsao\b|"
    r"vì sao|क्यों|\bkyun\b|\bkyon\b|কেন|\bkeno\b",
    re.IGNORECASE,
)


# Vietnamese "sao" alone is also "so what / how about" ("rồi sao", "bước 2 thì sao"): a why only as "tại sao",
# "vì sao", "sao lại" or "sao … vậy/thế" (session 13, asia13)
_BARE_SAO = re.compile(r"\bsao\b(?!\s+l[aạ]i\b)(?!.*\b(?:v[aậ]y|th[eế]|z)\s*\??\s*$)", re.IGNORECASE)
_WHY_WORD_BUT_SAO = re.compile(
    _WHY.pattern.replace(r"|\bsao\b", "") + r"|\btai sao\b|\bvi sao\b|\bkyu\b", re.IGNORECASE
)
# Hindi and Bengali put the why-word late ("step 1 me ye course kyun?", "SQL এর টা কেন আছে?")
_LATE_WHY = re.compile(r"क्यों|क्यूं|\bkyun\b|\bkyu\b|\bkyon\b|কেন|\bkeno\b", re.IGNORECASE)


def asks_why(text: str) -> bool:
    """Whether a message asks why: a why-word among its first five words ("why is the SQL one in there?",
    "warum nicht gleich ...", "¿por qué está el de SQL?", "pourquoi le cours de SQL est là ?", "miksi
    SQL-kurssi on mukana?", "sao lại có khóa SQL?"; select13), a Hindi or Bengali one anywhere ("SQL वाला
    क्यों है?"), but not a bare Vietnamese "sao" of "rồi sao?" (asia13)."""
    head = " ".join(text.split()[:5])
    sao = bool(re.search(r"\bsao\b", head, re.IGNORECASE)) and not _BARE_SAO.search(text)
    return bool(_WHY_WORD_BUT_SAO.search(head)) or sao or bool(_LATE_WHY.search(text))


def asks_order(text: str) -> bool:
    """Whether a message asks WHY the steps shown come in their order ("why that order?"), not for the
    order itself ("what should I do, in which order?": the plan)."""
    return bool(_ORDER.search(text)) and bool(_WHY.search(text))


# "ok let's do it", "dann leg mal los", "vale, hagámoslo", "bon, on y va", "no tehdään se", "ok làm luôn đi",
# "chalo shuru karte hai", "thik ache shuru kori": a go-ahead, which with a goal known asks for the plan.
# Matched as whole words at the end of a short message (after "ok", "so", "then" and the like), so "let's go
# cheaper" or "do it in Spanish" stay refinements.
_GO_AHEAD = (
    "let's do it|lets do it|let's do this|lets do this|let's go|lets go|let's start|lets start|"
    "let's get started|go ahead|go for it|do it|start|get started|sounds good|"
    "leg los|leg mal los|legen wir los|los geht'?s|los gehts|los geht es|fangen wir an|"
    "machen wir(?:'s| das| es)?|"
    "auf geht'?s|dann los|"
    "hagámoslo|hagamoslo|vamos|vamos allá|vamos alla|adelante|empecemos|empezamos|dale|venga|a por ello|"
    "manos a la obra|"
    "on y va|allons-y|allons y|c'est parti|commençons|commencons|vas-y|allez|faisons-le|faisons le|go|"
    "tehdään se|tehdään niin|tehdaan se|aloitetaan|aloitetaan se|mennään|mennaan|antaa mennä|antaa menna|"
    "làm luôn|làm luôn đi|làm đi|lam luon|lam luon di|lam di|bắt đầu thôi|bắt đầu đi|bat dau thoi|bat dau di|"
    "triển khai|trien khai|tiến hành|tien hanh|chiến thôi|chien thoi|"
    "chalo|chalo shuru karte hai|shuru karte hai|shuru karte hain|shuru karo|shuru kar do|kar do|karte hai|"
    "चलो|चलो शुरू करते हैं|शुरू करते हैं|शुरू करते है|शुरू करो|शुरू करें|शुरू कीजिए|"
    "shuru kori|shuru koro|cholo|cholo shuru kori|kore feli|"
    "শুরু করি|শুরু করুন|শুরু করো|চলুন|চলো|চলুন শুরু করি|করে ফেলি"
)
_LEAD = (
    r"(?:ok(?:ay)?|allez|venga|dale|vamos|chalo|cholo|come on|alright|right|so|then|well|yes|yeah|sure|great|"
    r"cool|fine|good|ja|gut|dann|also|na|"
    r"vale|bueno|pues|entonces|bon|d'accord|alors|ok\s+alors|no|selvä|hyvä|okei|sitten|thôi|vậy|vay|"
    r"thik ache|thik hai|theek hai|ठीक है|ঠিক আছে|to|toh|তাহলে|तो)"
)
_GO_AHEAD_RE = re.compile(
    rf"^\s*(?:{_LEAD}[\s,.!]*){{0,3}}(?:{_GO_AHEAD})(?:[\s,.!]+(?:then|now|please|pls|bitte|dann|mal|"
    rf"pues|entonces|alors|nyt|sitten|đi|nhé|nha|thôi|na|ji|please)){{0,2}}[\s!.]*$",
    re.IGNORECASE,
)


def goes_ahead(text: str) -> bool:
    """Whether a short message only says go ahead ("ok lets do it", "dann leg mal los", "làm luôn đi"): with a
    goal known it asks for the plan, or for the one change just proposed."""
    return bool(_GO_AHEAD_RE.match(text.strip()))


def _words(text: str) -> list[str]:
    return re.split(r"[\s,.;:!?¿¡()\"'“”„«»।]+", text.lower())


# "es" after "gibt" ("gibt es was zu HPC?", "es gibt") is existential, not "it"
_EXISTENTIAL = re.compile(r"\bgibt(?:'s| es)\b|\bes gibt\b")


# a French object pronoun before the verb it is the object of ("je peux LE faire en français ?", "on peut
# LA suivre en ligne ?"): "le"/"la" are articles elsewhere, so only before one of these verbs
_FR_CLITIC = re.compile(
    r"\b(?:le|la|les|l')\s*(?:faire|suivre|prendre|passer|commencer|valider|terminer|finir|payer|"
    r"obtenir|trouver|avoir|réussir|reussir|fais|fait|suis|prends)\b",
    re.IGNORECASE,
)


def refers_back(text: str) -> bool:
    """Whether a message points back at something shown ("is that recognised anywhere?")."""
    low = text.lower()
    return any(w in _BACK for w in _words(_EXISTENTIAL.sub(" ", low))) or bool(_FR_CLITIC.search(low))


def lists(state: DialogueState) -> bool:
    """Whether the last answer showed a list to point back at: results, or the closest courses shown
    instead of a plan that found no step."""
    if state.listing == "results":
        return bool(state.last_results)
    no_steps = state.last_pathway is not None and not state.last_pathway.steps
    return no_steps and bool(state.last_results)


# a course or training as such, in the served languages ("a course in Python", "un curso de", "einen Kurs")
_COURSE_WORD = re.compile(
    r"\b(?:course|class|training|bootcamp|kurs\w*|lehrgang|weiterbildung|curso|cursillo|formaci[oó]n|cours|"
    r"formation|stage|kurssi\w*|koulutu\w*|khóa|khoá|lớp)\b|कोर्स|ট্রেনিং|কোর্স|\bcourse\b",
    re.IGNORECASE,
)


# "something", "algo", "was", "un truc", "jotain", "कुछ": what is looked for, not yet named
_SOMETHING = frozenset(
    "something anything stuff etwas was algo truc chose jotain jotakin kuch kichu कुछ কিছু".split()
)


def seeks_something(text: str) -> bool:
    """Whether a message looks for something on a subject ("busco algo de IA", "ich suche was zu Daten",
    "etsin jotain tietoturvasta", "je cherche un truc sur l'IA"): a word of looking (`vocab.SEEKING`) and
    an indefinite "something", no word of work or a career ("busco empleo en ciberseguridad" seeks a job: a
    goal), no change of field ("looking to switch out of nursing into something in data": a goal), no wish."""
    words = set(tokens(text))
    low = text.casefold()
    return (
        bool(words & SEEKING)
        and bool(words & _SOMETHING)
        and not words & CAREER
        and not any(c in low for c in (*CHANGE_OF_FIELD, "switch", "wechsel", "cambiar", "changer"))
        and not wanting(text).wish
    )


# two sides of a comparison joined in a served language ("X and Y", "X y el de Y", "X và Y", "X aur Y"; "X von
# Y", "X from Y", "X du Y" after a verb of differing, and the Finnish verb between them, "X eroaa Y:stä",
# session 27)
_TWO_SIDES = re.compile(
    r"\s(?:and|vs\.?|versus|or|from|und|oder|von|vom|y|o|et|ou|du|ja|vai|và|hay|eroaa|और|या|আর|এবং|বা)\s", re.I
)
UNRELATED_SURE = 0.7  # the act model's confidence in out of scope `unrelated_request` needs
# ... with nothing in the conversation yet (no goal, nothing shown or in focus): no follow-up to half-read as
# out of scope, so its top reading is enough from this (session 24, acts24: "¿qué opinas de las elecciones del
# domingo?" at 0.63, "yaar kal ka weather kaisa rahega" at 0.69, "একটা ভালো বিরিয়ানির রেসিপি দাও" at 0.56 were
# answered with the counsellor's opening)
FRESH_UNRELATED_SURE = 0.5


def unrelated_request(
    p: Parsed, *, grounded: bool, named: bool = False, points_at: bool = False, fresh: bool = False
) -> bool:
    """Whether a message read as out of scope is unrelated to learning and work whatever the conversation:
    the classifier's first reading is out of scope, no content word of its topic is grounded in the
    catalogue, it has no word of learning or work (`off_topic.learning_or_work`), names no entry, points at
    none and says no limit, filter, refinement or skill. Then a goal set or a list shown does not make it a
    plan or a search ("kuka voitti eilen jääkiekossa?" after a goal; session 19, scope19). `fresh`: the
    conversation holds nothing yet (no goal, nothing shown or in focus), where a lower confidence is enough
    (`FRESH_UNRELATED_SURE`, session 24)."""
    return (
        (p.predicted or "") == "out_of_scope"
        # the model fairly sure (a follow-up it half reads as out of scope, "what would that look like" at 0.3
        # or "fais-lui un calendrier" at 0.54, is the conversation's), no plan asked ("Tee minulle suunnitelma
        # koneoppimiseen"), no recognition asked ("kya yeh sarkari manyata prapt hai?") (merge fixes)
        and p.confidence >= (FRESH_UNRELATED_SURE if fresh else UNRELATED_SURE)
        and not p.plan_cue
        and not asks_recognition(p.text)
        and not grounded
        and not named
        and not points_at
        and not p.ordinals
        and not p.has_constraints
        and not p.has_filters
        and p.budget is None
        and not p.skills
        and not p.goal_text
        and not learning_or_work(p.text)
    )


def decide(
    p: Parsed,
    state: DialogueState,
    *,
    suggestions_open: bool,
    named: bool,
    topical: bool = False,
    has_goal: bool = False,
    names_job: bool = False,
    points_at: bool = False,
    grounded: bool = True,
) -> str:
    """The intent to answer. `suggestions_open`: the last plan proposed relaxations; `named`: the message
    names a catalogue credential (by id or title); `topical`: its topic words occur in the catalogue;
    `names_job`: its goal words name an occupation ("ML engineer"), not only an area ("cloud");
    `points_at`: it points at one entry shown by what sets it apart ("the German one", `pointing`);
    `grounded`: some content word of its topic is one the catalogue's entries have (`Lexicon.ungrounded`)."""
    pred = p.predicted or (p.intents[0] if p.intents else "out_of_scope")
    # the rule parse reads English phrasings; in other languages only its structural cues count
    rules = (
        p.intents
        if p.lang in (None, "en")
        else [r for r in p.intents if r in (*STRUCTURAL, "select") and (p.ordinals or r == "compare")]
    )
    listing = bool(state.last_results) or (state.last_pathway is not None and bool(state.last_pathway.steps))
    if off_topic(p.text) and not named and not points_at:
        return "out_of_scope"  # "tell me a joke", "write my CV": said plainly, with what it can do
    if (
        state.listing == "results"
        and bool(state.last_results)
        and not p.ordinals
        and held_basics_wish_higher(tokens(p.text), p.done_cue)
    ):
        # "den Grundlagenkurs hab ich schon gemacht, jetzt will ich was Fortgeschrittenes" over a list: the
        # beginner's course held and the list refined past the basics (session 20), never "which goal?"
        return "refine"
    if (
        state.last_pathway is not None
        and state.listing == "pathway"
        and (p.eqf_min is not None or p.eqf_max is not None)
        and p.eqf_min != p.eqf_max
        and any(ch.isdigit() for ch in p.text)  # a level's number: "intro", "most advanced" are no bound
        and not (p.goal_text or named or p.ordinals or points_at)
    ):
        # "swap anything above EQF 6", "nothing past level 5" right after a plan: the plan re-run within that
        # bound, not a search of courses at that level (lead trial 17)
        return "refine"
    if (
        drops_listed_entry(p, state)
        or refines_listed_entry(p, state)
        or steps_list_level(p, state, named=named)
    ):
        # "ohne den ersten", "sin el primero", "ilman ensimmäistä" over a list of results: the list again
        # without that entry; "le premier mais en moins long": like it, shorter; "eine Stufe leichter": the
        # list a level down (session 21), never the card of an entry
        return "refine"
    if (
        listing
        and asks_if_any(p.text)
        and (p.has_filters or p.refinements)
        and not (named or p.ordinals or points_at or topical or p.goal_text)
        and pred in ("explain", "requirements", "select")
    ):
        # "gibt es da was kostenloses?", "¿hay algo en línea?" over a list or plan: whether any of it is so,
        # the list narrowed; never the card of its first entry (session 22, dees22)
        return "refine"
    if (
        asks_labour_market(p.text)
        and not named
        and not points_at
        and not p.ordinals
        and pred in ("set_goal", "search", "explore", "plan", "out_of_scope", "smalltalk")
        and not wanting(p.text).wants_or_needs
    ):
        # "what does a data engineer earn?", "Paljonko ohjelmistokehittäjä tienaa?": pay is no goal and no
        # subject; the reply says the catalogue has no pay and what it can do (session 17, acts17)
        return "explain"
    if (
        listed_skills(p.text)
        and not named
        and not p.ordinals
        and pred not in ("skip_step", "select", "compare", "refine", "apply_suggestion")
        and not any(q in p.text for q in "?？")
        and not wanting(p.text).wants_or_needs
    ):
        # "certs: CompTIA A+, CCNA. tools: Wireshark", "Herramientas: Excel, Power BI": a CV's lines of what
        # someone has, not a search for those tools (session 17, acts17)
        return "state_skills"
    if (
        p.done_cue
        and topical
        and not named
        and not points_at
        and not p.ordinals
        and not lists(state)
        and pred in ("search", "explore", "explain", "set_goal")
        and not any(q in p.text for q in "?？")
        and not wanting(p.text).wants_or_needs
        and _COURSE_WORD.search(p.text)
    ):
        # "I completed an online course in Python on Udemy", "Hice un curso de Python en Coursera": a course
        # done elsewhere says what someone knows, not what to search for (session 17, acts17)
        return "state_skills"
    if goes_ahead(p.text) and has_goal and not named and not p.ordinals:
        # "ok, dann leg mal los" with a goal known: the one change just proposed, else the plan itself (never
        # a list of courses, never a menu of several proposals)
        relaxations = state.last_pathway.relaxations if state.last_pathway is not None else ()
        one = len(relaxations) == 1 or state.offer is not None  # one listed, or the one asked about
        return "apply_suggestion" if suggestions_open and one else "plan"
    if (
        suggestions_open
        and state.last_pathway is not None
        and not named
        and not p.ordinals
        and raises_open_limit(state.last_pathway.relaxations, p.text)
    ):
        # "dann erhöh meine Stunden", "pues sube mis horas" after a plan that proposed more hours: that
        # suggestion taken, in any language (the English rules' "raise my" alone read English; session 18)
        return "apply_suggestion"
    if accepts_plan(p, state, has_goal=has_goal, named=named):
        return "plan"  # "lets go with that", "passt, so machen wir das": the plan shown (or planned) itself
    if (
        asks_single_parts(p.text)
        # the certificate in focus, or one of a list spoken of ("individual courses only" filters a list)
        and (state.focus or lists(state) and (refers_back(p.text) or names_certificate(p.text)))
        and not named
        and not p.ordinals
        and not p.has_constraints
    ):
        # "zu teuer, gibt's einzelne Kurse daraus?" about the certificate in focus: its courses, priced, not
        # the plan by the cheapest strategy (session 17, lead trial 12)
        return "explain"
    shown_any = listing or bool(state.shown)
    if asks_weekly_hours(p.text) and shown_any and not named and not p.has_constraints and not p.plan_cue:
        # "how many hours a week would that be?" after directions or a list: what the first one takes a week
        return (
            "explain" if not (state.last_pathway and state.listing in ("pathway", "suggestions")) else "plan"
        )
    if asks_export(p.text) and has_goal and not named and not p.has_constraints and not p.refinements:
        return "plan"  # "a plan I can print for them": the plan, with how to print it (session 17)
    if points_at and not named:
        # "the German one", "el presencial", "German wala" after a list or plan: that entry, not a filter
        return "why" if "why" in (pred, *rules) else "requirements" if pred == "requirements" else "select"
    if (
        asks_what_now(p.text)
        and has_goal
        and not named
        and not topical
        and not p.ordinals
        and not p.has_constraints
        and not p.has_filters  # "y ahora en inglés?": a change of the plan shown (a refinement)
        and not p.languages
        and not p.refinements
    ):
        # "rồi giờ sao ạ?", "ok und jetzt?" with a goal known: the plan is the next move (a course done and
        # named, "finished X, what now?", is named: held first, below)
        return "plan"
    # "is there a cheaper way to do this", "geht das schneller?": a refinement of the plan, not one of its
    # suggestions taken (session 19; a suggestion taken is said with "ok"/"yes", `goes_ahead` above)
    refines = bool(p.refinements) and state.last_pathway is not None
    if rules and rules[0] == "apply_suggestion" and suggestions_open and not refines:
        return "apply_suggestion"
    if pred == "apply_suggestion" and suggestions_open and p.confidence >= 0.4 and not refines:
        return "apply_suggestion"
    if rules and rules[0] == "select" and state.listing == "suggestions" and suggestions_open:
        return "apply_suggestion"
    if (
        p.plan_cue
        and named
        and not p.done_cue
        and not asks_skip(p.text)
        and not p.refinements
        and not p.ordinals
        and pred not in ("compare", "requirements", "why", "skip_step")
    ):
        return "plan"  # "fais-moi un parcours vers le certificat X": a plan with X in it
    if worries_too_late(p.text) and not named and not p.refinements and not p.has_constraints:
        return "explore"  # "I'm 45, is it too late?": the counsellor's encouragement and a next step
    lacks = learner_lacks(p.text, p.lang)
    # "im not good with computers, what can i do": a beginner's opening too, unless something is wanted or
    # needed ("I need to learn Excel for my new job, I'm not good with computers": a search; session 24)
    new_to_computers = lacks.computers or lacks.computer_ease and not wanting(p.text).wants_or_needs
    # "solo tiene celular, no compu": a device, never a search for phones (session 24, lead trial 19's 12)
    phone_only = lacks.computer and not p.has_constraints and not p.plan_cue and not p.ordinals
    if (
        phone_only
        and not named
        or (new_to_computers and not has_goal and not named and not (p.goal_text or p.clause_goal))
    ):
        # "I use my phone for everything but never really a computer": a beginner's own digital start, no
        # skill to link (session 20, lead trial 16's 01: "could not match 'my phone ... never a computer'")
        return "explore"
    if (
        learner_lacks(p.text, p.lang).knowledge
        and not asks_which(p.text)  # "which of these is good for a complete beginner?": one of the list
        and has_goal
        and not named
        and not p.ordinals
        and not p.plan_cue
        and not p.has_constraints
        and not p.goal_text
        and state.listing != "pathway"
    ):
        # "no sé programar nada", "मुझे खुद भी ज़्यादा नहीं आता" once the goal is set: the goal's beginner's
        # start (lead trial 17: a search for 'no programar' with the HPC certificate, a plan from EQF 5)
        return "explore"
    if (
        (asks_everything(p.text) or asks_any_courses(p.text) and not lists(state))
        and not topical
        and not named
        and not p.ordinals
        and (not p.has_constraints or p.has_filters)  # "everything free": the filter, not a new budget
        and p.hours_per_week is None
        and p.deadline is None
        and not p.refinements
        and not p.plan_cue
        and (
            pred in ("search", "refine", "explore", "plan", "out_of_scope")
            or p.confidence < 0.5
            or pred == "explain"
            and p.has_filters
            and bool(_ANY_COURSES.search(p.text))
        )  # "which of your courses are free?" (read as a question about one course)
        and pred != "smalltalk"  # "c'est tout, merci"
        and not (lists(state) and _OF_THOSE.search(p.text))  # "which of those are free?": the list shown
        and not (lists(state) and refers_back(p.text))  # "anything like that but online?": like those shown
        and not (lists(state) and asks_instead(p.text))  # "anything similar then?": the nearest shown
        # "do I really need all of these?" after a plan: its steps, not the whole catalogue
        and not (state.listing in ("pathway", "suggestions") and refers_back(p.text))
    ):
        return "search"  # "show me everything you have": the catalogue's directions, not the one in focus
    if asks_for_beginners(p, topical) and listing and not named and not p.ordinals and not p.has_constraints:
        return "select"  # "welcher davon ist für Anfänger?": the easiest shown, not the list at EQF <= 4
    priced = p.budget is not None or p.max_cost is not None
    asks_of_list = _OF_THOSE.search(p.text) or (_WHICH_ONE.search(p.text) and priced and not p.refinements)
    if lists(state) and asks_of_list and not named and not p.ordinals:
        if not p.has_filters and p.budget and p.currency and p.max_cost is None:
            # "inme se kaunse 40 hazaar se kam hain?" read as a budget: a price asked of the list shown is its
            # filter too (the budget is kept)
            eur = to_eur(p.budget, p.currency)
            p.max_cost, p.price_ceiling = (eur if eur is not None else p.budget), (p.budget, p.currency)
        explicit = (
            p.languages or p.participation or p.max_cost is not None or p.max_hours is not None or p.eqf_max
        )
        if p.has_filters and (explicit or not superlative(p.text)):
            return "refine"  # "which of those are free?", "any of them in German?": the list shown, filtered
        # "welcher davon ist am kürzesten?": one entry of the list, picked by the superlative (below)
    planned = state.last_pathway is not None and bool(state.last_pathway.steps)
    if (
        (
            planned or named and state.last_pathway is not None
        )  # "skip the maths one" after a plan with no step
        and state.listing in ("pathway", "suggestions")
        and (asks_skip(p.text) or p.done_cue)
        and (p.ordinals or named)
    ):
        # "den ersten Schritt kann ich überspringen", "pehla wala maine kar liya": that step of the plan
        # shown, held (a step pointed at and said done, whatever the classifier made of the wording)
        return "skip_step"
    if (
        planned
        and state.listing in ("pathway", "suggestions")
        and asks_remove(p.text)
        and not p.done_cue
        and not p.denied_languages  # "without the French ones": a language ruled out (the caller re-plans)
    ):
        return "skip_step"  # "remove the math course": that step left out (`_skip` tells the two apart)
    if (
        asks_after(p.text)
        and (
            state.focus or named or lists(state) or (planned and state.listing in ("pathway", "suggestions"))
        )
        and not p.has_constraints
        and not p.plan_cue
        # "what comes after it if I want to do AI for networks?" about one course: a direction for what
        # follows it, not a new goal (session 17, lead trial 12)
        and (not (p.goal_text or p.clause_goal) or bool(state.focus or named) and asks_toward(p.text))
        and (not p.ordinals or listing)  # "after the first course?" after a plan or list: that entry's
        and not (named and p.done_cue)  # "I just finished X, what next?": held first (below)
    ):
        return "explain"  # "what comes after that?" about the one in focus: what it leads on to
    if (
        asks_order(p.text)
        and planned
        and state.listing in ("pathway", "suggestions")
        and not named
        and not p.has_constraints
        and not p.refinements
        and not asks_start(p.text)
    ):
        return "why"  # "sao lại theo thứ tự đó?" after a plan: why its steps come in that order
    if (
        asks_why(p.text)
        and planned
        and state.listing in ("pathway", "suggestions")
        and not p.has_constraints
        and not p.refinements
        and not p.plan_cue
        and not (p.goal_text or p.clause_goal)
        and not asks_skip(p.text)
        and not p.done_cue
        # "ye wala kyun?": one entry in the singular asked why, not two compared (session 17)
        and (pred != "compare" or in_the_singular(p.text))
        and pred != "apply_suggestion"
    ):
        return "why"  # "pourquoi le cours de SQL est là ?" after a plan: why that step (or the plan's order)
    if (
        asks_why(p.text)
        and p.lang not in (None, "en")  # the classifier knows English why-questions
        and planned
        and state.listing in ("pathway", "suggestions")
        and pred in ("skip_step", "select", "out_of_scope")
        and not asks_skip(p.text)
        and not named
        and not p.has_constraints
        and not p.refinements
        and not p.done_cue
    ):
        return "why"  # "sao bước 1 lại là cái đó vậy", "step 1 me ye course kyun?": why that step is there
    if (
        names_certificate(p.text)
        and not state.focus  # "is it part of a bigger certificate?" about the one in focus: its card
        and planned
        and state.listing in ("pathway", "suggestions")
        and not named
        and not p.has_constraints
        and not p.plan_cue
        and not p.refinements
        and not (p.goal_text or p.clause_goal)
        and pred not in ("skip_step", "apply_suggestion", "plan")
    ):
        return "explain"  # "is the certificate at the end recognised?" after a plan: the one it earns
    if (
        asks_sequence(p.text)
        and state.focus
        and not named
        and not planned
        and not asks_order(p.text)
        and not p.has_constraints
        and not (p.goal_text or p.clause_goal)
    ):
        return "requirements"  # "in welcher Reihenfolge am besten?" after a certificate's parts: their order
    if (
        asks_what_to_study(p.text)
        and has_goal
        and not named
        and tuple(p.ordinals) in ((), (1,))  # "was soll er als erstes machen?": where the plan begins
        and not p.has_filters
        and not p.refinements
    ):
        return "plan"  # "what should he study?" once the goal is known: the plan towards it
    if (
        asks_which_courses(p.text)
        and has_goal
        and not (topical or named or p.ordinals or p.done_cue)
        and not (p.has_filters or p.refinements or p.has_constraints)
        and not state.focus
        and state.listing != "pathway"
    ):
        # "mitä kursseja siihen tarvitaan?", "এর জন্য কোন কোর্সগুলো লাগবে?" once the goal is known: no subject
        # named, so the courses towards the goal, the plan (not a course's requirements or the first card)
        return "plan"
    if asks_most(p.text) and listing and not named and not p.ordinals and not p.has_constraints:
        return "select"  # "what's the most expensive step?" after a plan or list: that entry
    if asks_easiest_shown(p, topical) and listing and not named and not p.ordinals and not p.has_constraints:
        return "select"  # "which is the easiest / for beginners?" after a list, a comparison or a plan
    if asks_hardest(p.text) and listing and not named and not p.ordinals and not p.has_constraints:
        return "select"  # "which is the hardest one?" after a list or a plan: that entry, never a search
    if asks_most_important(p.text) and listing and not named and not p.ordinals and not p.has_constraints:
        return "select"  # "welcher Kurs davon ist am wichtigsten?": the one central to the goal (key_course)
    if (
        asks_instead(p.text)
        and not asks_closest(p.text)
        and lists(state)
        and not state.focus
        and not topical
        and not named
        and not p.ordinals
        and not p.has_constraints
        and not p.has_filters
        and not p.refinements
    ):
        # "anything similar then?", "was habt ihr stattdessen?", "mitä teillä on sen tilalle?" after a list
        # (the nearest to a name the catalogue lacks): that list's subject again (session 29, blind 23-25)
        return "search"
    if (
        asks_closest(p.text)
        and lists(state)
        and not named
        and not p.ordinals
        and not p.has_constraints
        and not p.has_filters
        and not p.refinements
    ):
        return "select"  # "what's the closest thing" after the closest courses were listed: the first
    if asks_language_of_one(p, state, named):
        return "explain"  # "khóa đó dạy bằng tiếng Anh hả?": that entry's languages, no filter, nothing saved

    if has_goal and not named and not p.ordinals and asks_plan_totals(p.text, bool(state.focus)):
        if (
            state.listing in ("pathway", "suggestions")
            and lists(state)
            and not planned
            and not p.has_constraints
        ):
            return (
                "explain"  # "yhteensä?" after a plan with no step: what the closest courses shown add up to
            )
        # "how long would the plan take at 2 h a week?": the plan (re-run with the new limit) says it
        return "refine" if planned and p.has_constraints else "plan"
    # "what would one of them start with?" of an adviser's client or group whose plan is shown: its first
    # step named, not the same plan again (session 17, lead trial 12)
    client_plan_shown = (  # a plan shown, not a change proposed ("what should he start with?": the proposal)
        planned
        and state.listing == "pathway"
        and state.offer is None
        and not state.proposal
        and (state.about_client or bool(_ONE_OF_THEM.search(p.text)))
    )
    if (
        asks_first_step(p.text)
        and has_goal
        and not client_plan_shown
        and not state.focus
        and not asks_which(p.text)  # "which of them comes first?": one of those shown
        and not named
        and not p.done_cue
        and tuple(p.ordinals) in ((), (1,))
        and not topical
        and not p.has_constraints
        and not p.refinements
        and not (p.goal_text or p.clause_goal)
        and pred not in ("compare", "skip_step", "apply_suggestion", "why")
        and not (p.ordinals and (p.languages or p.participation))  # "is the first one in English?": entry 1
    ):
        # "so what do I do first?", "where would she start?" with the goal known and no course in focus: the
        # plan, which begins with that step (a course in focus: its first part or prerequisite, below)
        return "plan"
    if (
        (starts_client_plan(p.text) or client_plan_shown and asks_first_step(p.text))
        and planned
        and not named
        and not p.done_cue
    ):  # not "she did the first"
        return "select"  # "what should he study first?" after a plan for him: its first step, not the focus
    if (
        asks_start(p.text)
        and not p.done_cue
        and (state.focus or listing)
        and not named
        and tuple(p.ordinals) in ((), (1,))  # "पहले कौन सा?": "first" is where to begin, not entry 1
        and not p.has_constraints
        and not (p.goal_text or p.clause_goal)
        and not topical  # "was könnte ich damit anfangen? was mit Daten": a subject of its own
        and pred not in ("compare", "skip_step", "apply_suggestion")
        # with a goal and no plan shown yet, where to begin is the plan's first step: the plan answers it
        and not (has_goal and not state.focus and state.listing == "results")
    ):
        return (
            "select"  # "which one do I start with?" after a certificate's parts, a plan or a list: the first
        )
    if asks_difficulty(p.text) and state.listing == "results" and len(state.last_results) == 2:
        return "compare"  # "which is harder?" after two compared: the comparison says which is easier
    if p.refinements and picks_among(p.text) and state.listing == "results" and state.last_results:
        if len(state.last_results) == 2 and not superlative(p.text):
            return "compare"  # "welcher ist billiger?" after two shown (a comparison): the two compared
        return "select"  # "und der billigste?" after a list: that entry of the list
    if named and asks_difference(p.text) and pred not in ("compare", "skip_step"):
        return (
            "compare"  # "X ar Y er moddhe parthokko ki", "X aur Y me kya farak hai": titles and a difference
        )
    if (
        not named
        and not listing
        # session 27: read as a question about one course too ("was ist der Unterschied zwischen dem SOC
        # fundamentals Kurs und dem SIEM Kurs", "mikä ero on SOC fundamentals -kurssilla ja SIEM-kurssilla":
        # explain, then "nothing to refer to yet" searched both); two jobs are told apart later
        # (`occupation_difference`, in the reading)
        and pred in ("compare", "explain", "requirements", "search")
        and asks_difference(p.text)
        and _TWO_SIDES.search(p.text)
    ):
        # "la diferencia entre el curso de fundamentos de SOC y el de SIEM", nothing shown: each side by its
        # subject (`comparison._described`), never a search of both (merge fix)
        return "compare"
    # "I already have CCNA-level knowledge" with nothing shown or named: no step to skip (it lost the goal
    # "I want to become a network engineer who uses AI…" said before it in the same message)
    structural = next((r for r in rules if r in STRUCTURAL and (r != "skip_step" or listing or named)), None)
    if structural and (pred == structural or p.confidence < 0.9 or structural == "compare"):
        return structural
    if (
        (state.focus or len(state.pair) == 2)
        and not state.last_query
        and state.listing == "results"
        and {"cheaper", "shorter"} & set(p.refinements)
        and not (named or p.ordinals or points_at or p.goal_text or p.clause_goal)
        and pred not in ("compare", "skip_step", "why", "requirements", "apply_suggestion", "plan")
    ):
        # "ye mehenga hai, isse sasta kuch hai?" after one course's card, "anything cheaper than those two?"
        # after a comparison: others on their subject, cheaper (shorter) than them (session 19, refine19)
        return "refine"
    if (
        p.ordinals
        and listing
        and pred not in ("compare", "skip_step", "why", "requirements", "apply_suggestion")
    ):
        return "select"
    intent = pred if p.confidence >= CONFIDENT or not rules else rules[0]
    if (
        intent == "state_skills"
        and (p.goal_text or p.clause_goal)
        and dict(p.ranked).get("set_goal", 0) >= 0.25
    ):
        intent = (
            "set_goal"  # "I'm a teacher moving into data analysis": the job comes along, the goal is the act
        )
    if (
        intent in ("search", "explore")
        and (p.lang not in (None, "en") or romanised(p.text))
        and p.clause_goal
        and p.goal_english
        and glossary.english(p.clause_goal, p.lang, only_terms=True) is not None  # the goal clause names it
        and wanting(p.text).wish
        and wanting(p.text).learn  # "muốn học … để làm …": not "X ka koi course hai kya", "X শিখতে হবে"
        and dict(p.ranked).get("set_goal", 0) >= 0.2
        and not named
        and not p.ordinals
        and not lists(state)
    ):
        # "muốn học mạng để làm kỹ thuật viên mạng, có khóa nào không", "data analysis seekhna hai, batao":
        # the goal clause states the goal, the course question comes with it (session 13: in English the
        # classifier reads these as the goal already)
        intent = "set_goal"
    if (
        intent in ("search", "explore", "refine", "out_of_scope")
        and p.lang not in (None, "en")
        and p.clause_goal
        and becomes(p.text, p.lang)
        and not named
        and not p.ordinals
        and not lists(state)
    ):
        # "wie werde ich am schnellsten Pentester, hab nur abends Zeit", "la forma más rápida de ser pentester
        # si solo tengo las tardes": a word of becoming before a job is the goal, whatever else the message
        # says of time (session 18: the classifier read the time clause as a refinement)
        intent = "set_goal"
    plan_score = dict(p.ranked).get("plan", 0.0)
    shown_plan = state.last_pathway is not None and state.listing in ("pathway", "suggestions")
    if intent == "plan" and shown_plan and p.refinements and not (p.goal_text or p.clause_goal):
        intent = "refine"  # "the fastest route?" after a plan: the same plan, re-run faster or cheaper
    if intent == "refine" and state.last_pathway is None and p.plan_cue and has_goal:
        intent = "plan"  # "a plan over 2 months?" after a list: the first plan, with that limit
    # session 25: a statement with the goal in it is a plan when the way is asked for ("quiero ser analista
    # de datos, ¿qué tengo que estudiar?", "em muốn làm phân tích dữ liệu, em nên học gì?"), and only then:
    # "in 2 Monaten will ich die Grundlagen von Netzwerken können", "coaching a guy who wants to get into
    # networking, 10 hours a week" state the goal, whatever the classifier's plan score (its reply plans
    # when the time is known); other readings keep the plan score or a plan word
    # (where to begin, which the goal's first courses answer as well as the plan, leaves the plan score to
    # decide: "mujhe data analyst banna hai, kahan se shuru karu?" stays the goal, its first courses)
    states_goal = (
        intent in _STATEMENTS and bool(p.goal_text or p.clause_goal) and not asks_where_to_begin(p.text)
    )
    if (
        intent in (*_STATEMENTS, "smalltalk", "search", "explore")
        and (asks_the_way(p) if states_goal else plan_score >= 0.2 or p.plan_cue)
        and (p.goal_text or p.clause_goal or has_goal)
        and not (intent == "search" and not p.plan_cue)
    ):
        intent = "plan"  # "plan me a way to cloud security": the goal comes along, the plan is the answer
    if (
        state.focus
        and intent in ("search", "refine", "set_constraints")
        and not p.refinements
        and not p.ordinals
        and len(p.text.split()) <= 7
        and ("?" in p.text or pred in ("explain", "select"))
        and not p.has_constraints
    ):
        intent = "explain"  # "is it online?", "c'est gratuit ?", "kostet der was?": about the one in focus
    if named and p.done_cue and intent not in ("compare", "requirements", "why"):
        # "done Security Operations Fundamentals last year": held; a step of the plan shown is skipped
        in_plan = state.last_pathway is not None and state.listing in ("pathway", "suggestions")
        if (
            not in_plan
            and asks_what_follows(p.text)
            and not (p.has_constraints or p.plan_cue or p.goal_text or p.clause_goal)
        ):
            # "I finished Data Modelling Essentials, which course after it?" with no plan shown: held (the
            # reading records it) and what follows it is the answer (session 29, the blind sets 23-25)
            return "explain"
        return "skip_step" if in_plan else "state_skills"
    asks_about = any(i in ("explain", "requirements") and score >= 0.2 for i, score in p.ranked[:3])
    if named and (intent in ("explore", "out_of_scope", "smalltalk") or intent == "search" and asks_about):
        intent = "explain"  # the message names a catalogue credential: it is about that one
    pointed = state.focus or (lists(state) and refers_back(p.text) and asks_about)
    if (
        pointed
        and intent in ("search", "refine")
        and not topical
        and not p.has_constraints
        and not p.refinements
        and not p.languages
        and not p.participation
    ):
        intent = "explain"  # "kostet der was?", "isme kitne ghante?": about the one in focus or listed first
    # a question or a plan the classifier only guesses (no plan asked for, nothing named or pointed at)
    unsure = (
        (intent == "explain" or (intent == "plan" and not p.plan_cue))
        and p.confidence < 0.5
        and not named
        and not state.focus
        and not refers_back(p.text)
    )
    sure_smalltalk = intent == "smalltalk" and p.confidence >= 0.5 and not p.refinements
    if (
        (intent in ("search", "state_skills", "explore", "smalltalk") or unsure)
        and listing
        and not topical
        and (p.has_filters or p.refinements)
        and not (p.spoken_languages and not p.languages)  # "I speak Spanish": no filter; "only": one
        and not sure_smalltalk
    ):
        # "en français svp", "show me free ones" after a list or plan; "re hon khong?" (cheaper), "cai nao
        # mien phi" (which are free), typed without diacritics, that the classifier only guesses at
        intent = "refine"
    if (
        (
            intent in ("search", "state_skills", "explore", "smalltalk", "set_constraints")
            or (intent == "explain" and not named)
        )
        and state.last_pathway is not None
        and state.listing in ("pathway", "suggestions")
        and (p.languages or p.spoken_languages)
        and not topical
        and not p.goal_text
        and not sure_smalltalk
    ):
        intent = "refine"  # "Englisch geht auch" / "I speak English too" after a plan: re-plan with it
    if (
        intent in ("search", "explore")
        and shown_plan
        and not topical
        and not named
        and not p.ordinals
        and not p.has_filters
        and not p.has_constraints
        and not asks_everything(p.text)
        and any(q in p.text for q in "?？")
    ):
        intent = "plan"  # "what would the whole thing cost her?" after a plan: the plan, with its totals
    only_limits = not (p.skills or p.goal_text or p.clause_goal or p.current_role or p.clause_role)
    if (
        intent in ("search", "explore", "smalltalk")
        or intent in ("state_skills", "out_of_scope")
        and only_limits  # "roz 1 ghanta de sakta hu"
    ) and (not topical and p.has_constraints):
        intent = "refine" if state.last_pathway is not None else "set_constraints"
    if (
        rules
        and rules[0] == "search"
        and topical
        and intent in ("smalltalk", "out_of_scope", "explore")
        and len(p.text.split()) <= 4
    ):
        intent = "search"  # a bare topic ("cloud") is a search
    if rules and rules[0] == "plan" and intent in _STATEMENTS:
        intent = "plan"  # goal + background + "plan it": the plan is the act answered
    if intent == "apply_suggestion" and not suggestions_open:
        # nothing proposed to accept: the rule parse's next reading, else the classifier's ("dale, el plan")
        ranked = next((i for i, _ in p.ranked if i != "apply_suggestion"), "smalltalk")
        intent = next((r for r in rules if r != "apply_suggestion"), "apply_suggestion" if rules else ranked)
        if intent in ("smalltalk", "explore") and has_goal and (p.plan_cue or plan_score >= 0.2):
            intent = "plan"
        elif intent == "apply_suggestion" and has_goal:
            intent = "plan"  # "ok do that" with no change proposed: the plan towards the goal, as it stands
    if intent in ("select",) and not listing:
        intent = "explain" if named else "search" if p.topic else "explain"
    if intent in ("search", "explore") and named and pred in ("explain", "requirements"):
        intent = pred
    if (
        intent == "refine"
        and not listing
        and state.last_pathway is None
        and not state.last_query
        and not p.refinements
    ):
        intent = (
            "set_constraints" if (p.has_constraints or p.has_filters) else "search" if p.topic else "explore"
        )
    elif (
        intent == "refine" and not listing and state.last_pathway is None and not state.last_query and topical
    ):
        intent = (
            "search"  # "होली से पहले Python का कोई छोटा कोर्स": nothing shown to narrow, a short one searched
        )
    if (
        intent == "set_constraints"
        and state.last_pathway is not None
        and state.listing != "results"
        and (p.has_constraints or p.has_filters)
    ):
        intent = "refine"  # a new limit after a plan: re-plan with it
    elif (
        intent == "set_constraints"
        # a search's list, or a goal's first courses (a budget then is a statement about the learner)
        and (state.last_query or (lists(state) and p.budget is None))
        and state.listing == "results"
        and p.has_filters
        and p.hours_per_week is None
        and p.deadline is None
    ):
        intent = "refine"  # "only online" after a list: filter the list
    if (
        intent == "set_constraints"
        and p.topic
        and "search" in p.intents
        and p.hours_per_week is None
        and p.deadline is None
        and p.budget is None
    ):
        intent = "search"  # "beginner cybersecurity, online, under 100 EUR": filters of a search
    if (
        intent in ("set_goal", "explore")
        and topical
        and not (p.goal_english and glossary.names_role(p.goal_english))  # "busco curso para analista"
        and not named
        and not p.plan_cue
        and seeks_something(p.text)
    ):
        # "busco algo de inteligencia artificial, sin mates", "je cherche un truc sur l'IA": looking for
        # something on a subject is a search (session 17, acts17); looking for work in it stays a goal
        intent = "search"
    if (
        intent == "set_constraints"
        and topical
        and (p.participation or p.languages)
        and p.hours_per_week is None
        and p.deadline is None
        and p.budget is None
        and dict(p.ranked).get("search", 0.0) >= 0.1
        and not listing
    ):
        intent = "search"  # "Kurse zu Netzwerken, aber nur online": a search with its filters
    if intent == "set_constraints" and not (p.has_constraints or p.has_filters or p.budget is not None):
        intent = "set_goal" if (p.goal_text or p.clause_goal) else "explore" if not p.topic else "search"
    if (
        state.focus
        and intent in ("search", "explore", "out_of_scope", "refine")
        and not p.ordinals
        and not (intent == "refine" and p.refinements)  # "make that less expensive": others below its price
    ):
        about = [
            i
            for i, score in p.ranked[:3]
            if i in ("explain", "requirements", "why", "compare") and score >= 0.15
        ]
        if about and not (intent == "search" and topical and named):
            intent = about[0]  # "is that part of a bigger qualification?" about the credential in focus
    if (
        intent in ("search", "explore")
        and p.confidence < 0.5
        and topical
        and not grounded
        and not named
        and not has_goal
        and not listing
        and not state.focus
        and not p.has_constraints
        and not p.has_filters
        and not p.ordinals
        and not wanting(p.text).wants_or_needs
        and not needs_skills(p.text)  # "mình thiếu kiến thức phân tích dữ liệu": a lack of skills (refs23)
        and not learning_or_work(p.text)
        and not p.skills
        and not p.skill_clauses  # "certs: CompTIA A+, CCNA. tools: PuTTY": product names no entry has
    ):
        # "Was hältst du von der AfD?": unsure, and no word of the topic is one the catalogue's entries have,
        # nor one of learning or work - out of scope, with what it can do (session 17, acts17); not the
        # unsure refusal turned into a search below
        return "out_of_scope"
    grounded_topic = topical and grounded  # "paras pizzapaikka tampereella" shares words only by chance
    fresh = not (has_goal or listing or state.focus or state.last_pathway is not None or state.last_results)
    if intent == "out_of_scope" and unrelated_request(
        p, grounded=grounded, named=named, points_at=points_at, fresh=fresh
    ):
        # "who won the match yesterday?", "¿qué opinas de las elecciones?" with a goal set or a list shown:
        # the model reads it as out of scope and nothing in it is of learning, work or the catalogue - the
        # short out-of-scope reply with what it can do, never a plan of the goal (session 19, scope19)
        return "out_of_scope"
    if intent == "out_of_scope" and (
        p.confidence < 0.85 or has_goal or listing or grounded_topic or state.focus
    ):
        # unsure, or in the middle of a conversation about learning: never a refusal
        intent = (
            "select"
            if p.ordinals and listing
            else "explain"
            if named or state.focus
            else "plan"
            if has_goal
            else "search"
            if topical
            else "explore"
        )
    if (
        intent in ("set_goal", "plan")
        and p.confidence < 0.5
        and not has_goal
        and not p.plan_cue
        and not p.goal_text
        and not named
        and not names_job  # "wie werde ich ML Engineer?" states a goal
        and not p.has_constraints
        and not listing
        and not state.focus  # "kumpi ensin?" after a comparison is about what was shown
        and any(q in p.text for q in "?？")
    ):
        # "Wo fange ich an, wenn ich in die Cloud will?", "HPC में करियर कैसे शुरू करूँ?": a question about where
        # to begin that the classifier only guesses is a goal or a plan: the counsellor's opening (starters)
        intent = "explore"
    if (
        intent == "explain"
        and topical
        and not named
        and not state.focus
        and not p.ordinals
        and not refers_back(p.text)
        and dict(p.ranked).get("search", 0.0) >= 0.2
    ):
        intent = "search"  # "Gibt es was zu HPC?" after a list: a topic of its own, not the first entry
    if (
        intent == "explore"
        and has_goal
        and not topical
        and not named
        and not (p.goal_text or p.clause_goal)
        and not asks_which_work(p.text)  # "mitä töitä noilla vois tehdä?": directions asked (session 27)
    ):
        intent = "plan"  # "what should I do next?" from a learner with a goal: the plan answers it
    if (
        intent in ("explain", "requirements", "why", "select", "compare")
        and not named
        and not state.focus
        and not listing
        and not p.ordinals
    ):
        intent = "plan" if has_goal else "search" if p.topic else "explore"  # nothing to refer to yet
    if (
        # "दिवाली से पहले पूरा करना है", "fertig vor Ostern": the "before" of a deadline asks no prerequisite
        (intent in ("plan", "explain") or intent == "requirements" and bool(p.deadline or p.weeks))
        and shown_plan
        and p.has_constraints
        and not named
        and not p.plan_cue
        and not (p.goal_text or p.clause_goal)
    ):
        intent = "refine"  # "¿y si le dedico 15 horas?" after a plan: re-planned, saying what changed
    if (
        p.refinements
        # "mon budget est serré", "nicht so teuer bitte": read as out of scope by the classifier (session 18)
        and intent in ("explain", "select", "search", "explore", "smalltalk", "out_of_scope")
        and (shown_plan or state.listing == "results" and bool(state.last_results))
        and not named
        and not p.ordinals
        and not picks_among(p.text)
        and not (p.goal_text or p.clause_goal)
    ):
        # "ये बहुत महंगा है", "es muy caro para él" after a plan or a list: a complaint about what was shown,
        # which a cheaper or shorter plan (or list) answers, not the card of the course in focus
        intent = "refine"
    if (
        intent == "refine"
        and has_goal
        and not shown_plan
        and (p.hours_per_week is not None or p.deadline is not None or p.weeks)
        and not p.has_filters
        and not named
        and not p.ordinals
    ):
        # "and with 12 hours a week?", "by June?" after a list: weekly time and a deadline change no list,
        # they change a plan; with the goal known, the plan towards it answers
        intent = "plan"
    if (
        intent in ("explain", "select")
        and has_goal
        and not shown_plan
        and not state.focus
        and not named
        and not p.ordinals
        and (p.hours_per_week is not None or p.deadline is not None)
    ):
        # "how long would that take at 10 hours a week?", "und wie sähe das mit 6 Stunden aus?" once the goal
        # is known and nothing is in focus: a question of the way there with that time, the plan answers it
        intent = "plan"
    if (
        intent in ("search", "explore", "out_of_scope", "smalltalk")
        and topical
        and not has_goal
        and not named
        and not p.ordinals
        and not state.focus
        and not seeks_something(p.text)
        # "brauche bis Oktober DSGVO-Wissen, Englisch oder Französisch ist ok": a need with a deadline, a
        # budget or study languages asks for courses within them, a search (de-trans18-11)
        and not (p.has_constraints or p.has_filters or p.budget is not None)
        and needs_skills(p.text)
    ):
        # "I need cloud skills for my job", "mir fehlt Wissen in Datenanalyse", "tarvitsen HPC-taitoja": the
        # skills of an area needed are where the learner heads (a goal: the area's), not a search for courses
        # (refs23, lead trial 18)
        intent = "set_goal"
    if (
        intent in ("explain", "select", "refine")
        and not has_goal
        and bool(state.last_query)
        and state.listing == "results"
        and not (state.focus or named or p.ordinals or topical)
        and p.hours_per_week is not None
        and not (p.has_filters or p.refinements)
    ):
        # "how long would that take at 10 hours a week?", "kauanko se kestää jos teen 3 tuntia viikossa?"
        # after a search, no goal and nothing in focus: the weekly time stated (the responder plans the
        # subject searched at that pace), not the card of the first course listed
        intent = "set_constraints"
    return intent


def accepts_plan(p: Parsed, state: DialogueState, *, has_goal: bool, named: bool) -> bool:
    """Whether a message accepts the plan itself ("ok lets go with that", "passt, so machen wir das",
    "d'accord, on part là-dessus", "ঠিক আছে, এটাই করি"), however the classifier reads it: a goal known, the
    message picks no proposal (no ordinal, no word for a suggestion, no limit of its own) and not exactly one
    proposal is open (one open: the go-ahead applies it, `goes_ahead`)."""
    relaxations = state.last_pathway.relaxations if state.last_pathway is not None else ()
    return (
        accepts(p.text)
        and has_goal
        and not named
        and not p.ordinals
        and not names_suggestion(p.text)
        and not p.has_constraints
        and not p.has_filters
        and not p.refinements
        and len(relaxations) != 1
        and state.offer is None  # "Shall I add German?" asked: the go-ahead takes that offer
    )


def asks_language_of_one(p: Parsed, state: DialogueState, named: bool) -> bool:
    """Whether a question asks the language of one entry shown ("und ist der auf Englisch oder Deutsch?",
    "সেটা কি ইংরেজিতে পড়ানো হয়?"): a language named, a singular pointer and no group, a list or focus to
    point at. Answered by that entry's card; the list is not filtered and nothing is saved."""
    return (
        bool(p.languages)
        and (lists(state) or state.focus is not None)
        and asks_of_one(p.text)
        and not named
        and not p.ordinals
        and not p.spoken_languages
        and any(q in p.text for q in "?？")
        and not asks_what_to_take(p.text)  # "what can he do first that is in Polish?": courses wanted
    )


def states_limit(p: Parsed) -> bool:
    """A plain statement of a budget, weekly time or deadline ("Budget liegt bei max. 1000 Euro") that the
    classifier is sure of: no question, no change asked for, no filter. After a plan it still re-plans, but
    the act answered is the statement (`set_constraints`), not a refinement the learner asked for."""
    return (
        p.predicted == "set_constraints"
        and p.confidence >= 0.8
        and p.has_constraints
        and not p.has_filters
        and not p.refinements
        and not any(q in p.text for q in "?？¿")
    )


def re_plans(intent: str, state: DialogueState) -> bool:
    """A follow-up that changes the plan shown: it re-runs the planner."""
    return (
        intent == "refine" and state.last_pathway is not None and state.listing in ("pathway", "suggestions")
    )


def of_client(p: Parsed, state: DialogueState) -> bool:
    """Whether the reply is said of someone the speaker advises or helps ("your client", "they"): the message
    speaks of them, or an earlier one did (`state.about_client`, also set for an advisor's session) and the
    speaker has not since described themselves ("I'm a nurse and I want to become...")."""
    if p.third_person:
        return True
    if not state.about_client:
        return False
    opening = _words(p.text)[:4]
    describes_self = bool(p.goal_text or p.current_role) and any(w in FIRST_PERSON for w in opening)
    return not describes_self
