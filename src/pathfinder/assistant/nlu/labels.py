"""Goal and role labels that say what the learner meant, never a bag of the message's leftover words.

One check for every place a goal or a job held is named from the learner's words (`profile_changes`, the
plan's topic goal): the function words, fillers, numbers, time and format words, the words of a past ("used
to", "früher", "pehle ... tha"), the people a learner serves or leads ("12 unemployed young people", "eine
Gruppe von Absolventen") and the skills they say they already know are taken out; what is left is the label,
or nothing when nothing of a subject or a job is left. A comparison of strengths ("better with spreadsheets
than with people", "eher der Menschentyp als der Techniker") names no job at all.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex

from pathfinder.assistant.nlu import function_words, glossary, origins, vocab
from pathfinder.assistant.nlu.slots import field_name_positions, tokens

# the people a learner serves, leads or advises, and the group they form: never a job held, never a goal
GROUP_WORDS = frozenset(
    (
        # en
        "people persons person group groups team youth young youngsters unemployed jobless adults graduates "
        "jobseekers job-seekers participants trainees kids children pupils clients attendees learners "
        # de
        "leute menschen gruppe gruppen team jugendliche jugendlichen arbeitslose arbeitslosen absolventen "
        "absolventinnen teilnehmende teilnehmer teilnehmern kinder kindern erwachsene erwachsenen "
        # es
        "personas gente grupo grupos equipo jóvenes jovenes desempleados desempleadas parados paradas "
        "graduados graduadas egresados participantes niños ninos adultos alumnos "
        # fr
        "gens personnes groupe groupes équipe equipe jeunes chômeurs chomeurs demandeurs diplômés diplomes "
        "participants stagiaires enfants adultes élèves eleves "
        # fi (stems below)
        "ihmiset ihmisten ihmisille ryhmä ryhmälle ryhmän tiimi tiimimme tiimin nuoret nuorille nuorelle "
        "työttömät työttömille työttömälle opiskelijat opiskelijoille lapset lapsille aikuiset aikuisille "
        # hi
        "लोग लोगों समूह ग्रुप टीम युवा युवाओं बेरोज़गार बेरोजगार छात्र छात्रों बच्चे बच्चों वयस्क "
        "log logon samooh group yuva berozgar berojgar bachche bachchon "
        # bn
        "মানুষ মানুষের দল গ্রুপ টিম তরুণ তরুণদের বেকার ছাত্র ছাত্রদের শিক্ষার্থী শিক্ষার্থীদের শিশু শিশুদের"
    ).split()
)
_GROUP_PREFIXES = ("työttöm", "nuor", "ryhm", "ihmis", "jugendlich", "arbeitslos", "absolvent", "desemplead")
# Vietnamese names them in words of two syllables whose parts build other words ("viên" of "lập trình viên")
_GROUP_VI = regex.compile(
    r"(?<!\w)(?:nhóm|thanh niên|sinh viên|học sinh|trẻ em|người lớn|thất nghiệp|con người|mọi người)(?!\w)",
    regex.IGNORECASE,
)

# words that place a job in the past ("used to", "former", "früher", "antes", "ennen", "trước đây", "pehle ...
# tha", "আগে ... করতাম"): the job is kept as the one held (the last one), the word is no part of its name
PAST_WORDS = frozenset(
    (
        "used former formerly ex previously früher frueher ehemaliger ehemalige ehemals vorher antes "
        "anteriormente ex-empleado anciennement ancien ancienne autrefois ennen entinen aiemmin "
        "trước đây từng pehle tha thi the पहले था थी थे আগে ছিলাম ছিল করতাম করতেন"
    ).split()
)

# how a comparison of strengths is said: a word of comparing with its marker ("better ... than", "eher ...
# als", "más ... que", "plus ... qu'", "enemmän ... kuin", "giỏi ... hơn", "से ज़्यादा", "চেয়ে ... বেশি")
_COMPARATIVE = frozenset(
    (
        "more better rather less mehr besser eher lieber weniger más mas mejor menos plus mieux moins "
        "enemmän enemman paremmin mieluummin vähemmän"
    ).split()
)
_THAN = frozenset("than als que qu kuin".split())
_COMPARED_ALONE = regex.compile(
    r"\bhơn(?: là)?\b|\bhon la\b|से\s+(?:ज़्यादा|ज्यादा|अधिक|बेहतर|कम)|के\s+बजाय|की\s+बजाय|"
    r"\bse\s+(?:zyada|jyada|zyaada|jyaada|behtar|adhik)\b|\bke\s+bajaye?\b|"
    r"চেয়ে|চাইতে|অপেক্ষা|\bcheye\b|\bchaite\b",
    regex.IGNORECASE,
)


def compares(text: str) -> bool:
    """Whether a clause compares what someone is good at or likes ("I'm better with spreadsheets than with
    people", "je suis plus à l'aise avec les chiffres qu'avec les gens", "tôi giỏi ... hơn là kỹ thuật")."""
    if _COMPARED_ALONE.search(text):
        return True
    words = [w.rsplit("'", 1)[0] if w.endswith("'") else w for w in tokens(text.replace("’", "'"))]
    words = [w.split("'", 1)[0] if "'" in w else w for w in words]  # "qu'avec" -> "qu"
    return any(w in _COMPARATIVE and set(words[i + 1 :]) & _THAN for i, w in enumerate(words))


# verbs of getting better at something: the aim is what gets better ("improve my digital skills")
_IMPROVING = frozenset("improve improving verbessern mejorar améliorer ameliorer parantaa kehittää".split())
# words that speak about a field, never name one: hearsay and hype ("heard AI is the future", "dicen que la
# nube es el futuro", "on m'a dit que la data c'est l'avenir", "kuulin että tekoäly on tulevaisuus", "सुना है",
# "শুনেছি"), readiness and assent ("ok ready", "job ready ho sakta hoon", "bin bereit", "je suis prête"): a
# goal's label and the text it is linked by hold none of them (session 22, lead trial 17's 'heard artificial
# intelligence future' and 'ready'); finished ("haluan valmista kahdessa kuukaudessa": session 23)
_TALK = frozenset(
    (
        "heard hear hearing say says saying said told tell telling ppl people everyone everybody apparently "
        "supposedly rumour rumor hype hyped trend trending trendy future booming lol lmao idk tbh ready true "
        "gehört hören höre sagt sagen sagte gesagt leute angeblich zukunft zukunftsbranche trend bereit "
        "dicen dice dijeron decían escuché oí oído gente futuro tendencia supuestamente listo lista "
        "preparado preparada dit disent paraît parait entendu avenir futur tendance gens prêt prête prêts "
        "prêtes pret prete kuulin kuullut sanotaan sanovat sanoo tulevaisuus tulevaisuutta tulevaisuuden "
        "trendi valmis valmista valmiiksi valmiina fertig सुना सुनी सुने कहते कहा बोला बोले भविष्य तैयार लोग suna "
        "bola bole sabne "
        "kehte taiyar tayyar bhavishya শুনেছি শুনলাম শুনি বলে বলছে বলেছে ভবিষ্যৎ ভবিষ্যত রেডি তৈরি লোকে সবাই"
    ).split()
)


def _group_word(word: str) -> bool:
    low = word.casefold()
    return low in GROUP_WORDS or low.startswith(_GROUP_PREFIXES)


def _number(word: str) -> bool:
    return any(ch.isdigit() for ch in word) or word.casefold() in vocab.NUMBER_WORDS


def _time_or_format(word: str) -> bool:
    low = word.casefold()
    return (
        low in vocab.HOUR
        or low in vocab.WEEK
        or low in vocab.MONTH
        or low in vocab.WEEKEND
        or low in vocab.WEEKEND_WORDS
        or low in vocab.FREE
    )


def _kept(word: str, lang: str | None = None) -> bool:
    low = word.casefold()
    if lang == "vi":  # syllables: "học" of "tiểu học", "tin" of "thông tin" are other words alone
        return not (any(ch.isdigit() for ch in low) or low in PAST_WORDS)
    return not (
        function_words.is_function_word(low)
        or low in PAST_WORDS
        or _number(low)
        or _time_or_format(low)
        or _group_word(low)
        or low in _IMPROVING
        or low in _ASKING
        or low in _TALK
    )


# words of asking for a plan or of not knowing, never a subject: "build me a roadmap to get there" set the
# goal 'build roadmap', "no idea what job. help" the goal 'games computers idea help' (session 19)
_ASKING = frozenset(
    (
        *(c for c in vocab.PLAN_CUES if " " not in c),
        *"build make create give prepare idea ideas clue idk ahnung idee idée aucune pls please".split(),
    )
)


def _kept_beside_people(word: str) -> bool:
    """A word of the people served that is nothing else either (no function word, number or past word)."""
    low = word.casefold()
    return not (function_words.is_function_word(low) or low in PAST_WORDS or _number(low))


def _held_positions(words: list[str], held: Iterable[str]) -> set[int]:
    """The positions of `words` that a held phrase covers whole, its content words in a row (function words
    between them skipped): "python" and "statistics" in "artificial intelligence python statistics" from one
    who knows Python and statistics; never a word a held phrase only shares ("data" of "data engineering"
    from one who builds data pipelines, session 18: the goal became 'software developer')."""
    content = [
        (i, t)
        for i, w in enumerate(words)
        for t in tokens(w.casefold())
        if not function_words.is_function_word(t)
    ]
    found: set[int] = set()
    for phrase in held:
        wanted = [t for t in tokens(phrase.casefold()) if not function_words.is_function_word(t)]
        n = len(wanted)
        for k in range(len(content) - n + 1) if n else ():
            if [t for _, t in content[k : k + n]] == wanted:
                found.update(i for i, _ in content[k : k + n])
    return found


def role_label(phrase: str | None, lang: str | None, clause: str = "") -> str | None:
    """The job a phrase read as the learner's (or their client's) names, in clean words; None when it names
    none: a comparison ("more of a people person than a techie"), the people served ("workshop unemployed
    people", "gruppe von absolventen"), or nothing but function and past words ("eher", "করতাম")."""
    if not phrase or not phrase.strip():
        return None
    if clause and compares(clause):
        return None
    # "backend dev (Python, Postgres, Docker)": the tools in brackets are no part of the job; "a Nigerian
    # pharmacist living in Dublin", "contadora peruana", "peluquera de Valencia": nor where one is from
    # (`nlu.origins`, session 22)
    phrase = origins.job_alone(phrase, lang)
    if _GROUP_VI.search(phrase):
        rest = _GROUP_VI.sub(" ", phrase).strip()
        if not _job_of_its_own(rest, lang):
            return None
        phrase = rest
    words = phrase.split()
    # "servicio al cliente", "service client": a field of work, its person word no people served (session 21)
    field = field_name_positions([w.casefold() for w in words])
    if any(_group_word(w) for i, w in enumerate(words) if i not in field):
        rest = " ".join(w for i, w in enumerate(words) if i in field or not _group_word(w))
        if not _job_of_its_own(rest, lang):  # "Lehrerin für Kinder" stays a teacher
            return None
    # a workplace of several words is one word here ("call" of "call centre agent" is an English stopword)
    joined = " ".join(words)
    for place in vocab.WORKPLACE_PHRASES:
        if " " in place and lang != "vi":
            joined = regex.sub(
                rf"(?<!\w){regex.escape(place)}(?!\w)", place.replace(" ", "-"), joined, flags=regex.I
            )
    field = field_name_positions([w.casefold() for w in joined.split()])
    kept = [w for i, w in enumerate(joined.split()) if i in field or _kept(w, lang)]
    if not kept or vocab.names_no_job(" ".join(kept)):  # "der einzige mit Linux-Erfahrung"
        return None
    if only_workplace(" ".join(kept)):  # "call centre", "banco", "arbeite": where one works, no job
        return None
    label = " ".join(kept)
    for place in vocab.WORKPLACE_PHRASES:
        label = label.replace(place.replace(" ", "-"), place)
    return label


def only_workplace(phrase: str) -> bool:
    """Whether a role phrase names nothing but where someone works and that they work there ("call centre",
    "banco", "im Krankenhaus", "travaille", "työskentelen", "ngân hàng"): no job (session 20, lead trial 15's
    01 and 05). A job beside the place ("bank clerk", "call centre agent", "nhân viên ngân hàng") is one."""
    low = phrase.casefold().replace("’", "'")
    # a format is no job either ("busco trabajo en línea": 'línea')
    for place in (*vocab.WORKPLACE_PHRASES, *vocab.ONLINE_FORMAT_WORDS.split("|"), "línea", "linea", "ligne"):
        for written in {place, place.replace(" ", "-")}:
            low = regex.sub(rf"(?<!\w){regex.escape(written)}(?!\w)", " ", low)
    words = regex.findall(r"[\p{L}\p{M}'-]+", low)
    words = [regex.sub(r"^(?:l|d|qu)'", "", w) for w in words]  # "l'hôpital", "d'une usine": the noun
    places = {w for preps in vocab.PLACE_PREPOSITIONS.values() for w in preps} | vocab.PLACE_POSTPOSITIONS
    words = [w for w in words if w and not (function_words.is_function_word(w) or w in places)]
    return not [w for w in words if not (vocab.workplace_word(w) or w in vocab.LIVE_OR_WORK)]


def _job_of_its_own(rest: str, lang: str | None) -> bool:
    """Whether the words left beside the people served name a job through a term of the glossary
    ("Lehrerin" -> teacher), not a thing run for them ("workshop", "taller")."""
    english = glossary.english(rest, lang, only_terms=True) if rest else None
    return bool(english) and glossary.names_job(english or "", "en")


def goal_words(
    text: str | None, held: Iterable[str] = (), lang: str | None = "en", *, people: bool = True
) -> str | None:
    """A goal's label from the words naming it: without function words, fillers, numbers, time and format
    words, the people it is for, words of work ("jobs cybersecurity"), and the skills the learner says they
    hold (`held`: their phrases; "artificial intelligence python statistics" from one who knows Python and
    statistics); None when no word of a subject is left. `lang`: the language of `text` (English when it
    is the glossary's reading); `people=False` keeps the people it is for (a teacher of "kids" is linked by
    them, only the label leaves them out)."""
    if not text or not text.strip():
        return None
    words = (_GROUP_VI.sub(" ", text) if people else text).split()
    known = _held_positions(words, held)
    kept = [
        w
        for i, w in enumerate(words)
        if (_kept(w, lang) or (not people and _group_word(w) and _kept_beside_people(w)))
        and (lang == "vi" or w.casefold() not in vocab.CAREER)  # "việc" builds Vietnamese words
        and i not in known
    ]
    if not kept:
        return None
    return " ".join(kept)


# the word that says whom something is for, after the subject ("micro-credentials for teachers in my
# district", "microcredenciales para los profesores de mi zona", "des cours pour mes collègues", "Kurse für
# meine Kollegen", "chứng chỉ vi mô cho giáo viên"); Hindi and Bengali say it after the people ("के लिए",
# "জন্য"), before the subject, which the clause's object keeps
_FOR = {"en": ("for",), "de": ("für", "fuer"), "es": ("para",), "fr": ("pour",), "vi": ("cho",)}
_POSSESSIVE = frozenset(
    "my our your their his her mein meine meinem meinen meiner unser unsere unserem unseren unserer "
    "mi mis nuestro nuestra nuestros nuestras su sus mon ma mes notre nos leur leurs".split()
)
# people a learner would teach, train or design for, besides `GROUP_WORDS`
_PEOPLE = frozenset(
    (
        "teachers staff colleagues coworkers co-workers employees workers women men girls boys students "
        "nurses "
        "lehrer lehrerinnen lehrkräfte kollegen kolleginnen mitarbeiter mitarbeitende mitarbeitenden frauen "
        "profesores profesoras docentes maestros maestras compañeros compañeras empleados mujeres "
        "enseignants enseignantes professeurs collègues collegues salariés salaries employés employes femmes "
        "opettajat opettajille kollegat kollegoille työntekijät työntekijöille naiset naisille"
    ).split()
)
_PEOPLE_VI = regex.compile(
    r"(?<!\w)(?:giáo viên|đồng nghiệp|nhân viên|phụ nữ|các em|học viên)(?!\w)", regex.IGNORECASE
)


def without_beneficiary(clause: str, lang: str | None) -> str:
    """A goal clause without the people (or the place of theirs) it is for, said after the subject: "design
    micro-credentials for teachers in my district" -> "design micro-credentials" (session 20, lead trial
    15's 20 set the goal 'micro-credential design teachers district'). "Python for data science" (no people,
    no possessive after "for") is left whole, and so is a clause with nothing before the word."""
    words = clause.split()
    low = [w.casefold().strip(",.;:!?") for w in words]
    for i, word in enumerate(low):
        if not i or word not in _FOR.get(lang or "en", ()):
            continue
        rest = low[i + 1 :]
        people = any(_group_word(w) or w in _PEOPLE for w in rest) or bool(
            lang == "vi" and _PEOPLE_VI.search(" ".join(rest))
        )
        if rest and (people or rest[0] in _POSSESSIVE):
            head = " ".join(words[:i])
            if any(_kept(w, lang) for w in head.split()):
                return head
    return clause
