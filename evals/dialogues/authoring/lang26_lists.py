"""The lang26 batch (session 26, issue #12, tune): everyday German, Spanish, French and Finnish as people
write it, in the helper's own phrasings. Written BEFORE any fix by the helper who fixes it (a check of that
work, not a blind measure). Classes (tags):

- `vocab`: words the lexicons may lack - jobs held, skills and tools, limits (hours, money, dates, online or
  in person, languages spoken or wanted) - said the ordinary way ("Stündchen", "horitas", "balles", "max");
- `inflect`: inflection and compounds (Finnish cases, German compounds: "Datenanalyse", "IT-Sicherheit");
- `nodiac`: diacritics left out ("moechte", "programacion", "developpeur", "paivassa");
- `anglicism`: English words inside the sentence ("Cloud Engineer", "la data", "machine learning");
- `colloquial`: slang and spoken forms ("curro", "bosse", "mulla", "hab");
- `negation`: what one does not know or already has ("SQL hab ich noch nie gemacht", "ya tengo", "j'ai déjà");
- `act`: a phrasing whose act matters (a statement of limits, of skills, a search).

Each language module adds `dialogues("<lang>")`; the unseen variants (written after the fix) are in
`evals/dialogues/unseen/lang26_unseen.py`."""

from __future__ import annotations

from dsl import CONS, SKILLS, D, T
from t11goal_lists import ANY

SAYS_SKILLS = [*SKILLS, "set_goal", "explore"]
LIMITS = [*CONS, "set_goal", "plan", "refine"]
SPREADSHEET = ["spreadsheet", "excel"]
# "software" left out: "use spreadsheets software" is the spreadsheet skill (fixed after the first run)
PROGRAMMING = ["programming", "python", "java", "sql"]

# dates relative to the set's today, 2026-12-04
END_OF_JUNE = ("2027-06-01", "2027-06-30")
BEFORE_SUMMER = ("2027-05-25", "2027-06-21")
END_OF_MARCH = ("2027-03-01", "2027-03-31")
BACK_TO_SCHOOL = ("2027-08-24", "2027-09-07")  # "la rentrée": the start of September


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


_Batch = dict[str, list[tuple[list[str], list[T]]]]

_BATCH: _Batch = {
    "de": [
        (
            ["vocab", "inflect", "colloquial"],
            [
                _t(
                    "bin gelernte Industriekauffrau und will in die Datenanalyse. hab max 6 std die woche "
                    "und kann so 400 euro ausgeben",
                    goal="data_analyst",
                    hours=6,
                    budget=(400, "EUR"),
                    role=["industriekauf"],
                ),
            ],
        ),
        (
            ["negation", "act"],
            [
                T(
                    "Excel kann ich schon ganz gut, aber SQL hab ich noch nie gemacht",
                    SAYS_SKILLS,
                    skills=SPREADSHEET,
                    skills_not=["sql"],
                ),
            ],
        ),
        (
            ["vocab", "colloquial"],
            [
                _t("will Webentwickler werden", goal="web"),
                T("hab eigentlich nur samstags zeit, so drei stündchen", LIMITS, hours=3),
            ],
        ),
        (
            ["vocab", "act"],
            [
                _t("ich möchte was mit IT-Sicherheit machen", goal="cyber"),
                T(
                    "bitte nur Präsenzkurse, online kann ich mich null konzentrieren",
                    LIMITS,
                    part=["on-site"],
                ),
            ],
        ),
        (
            ["nodiac", "anglicism"],
            [
                _t(
                    "moechte mich zum Cloud Engineer umschulen lassen, Deadline waere Ende Juni",
                    goal="cloud",
                    deadline=END_OF_JUNE,
                ),
            ],
        ),
        (
            ["vocab"],
            [
                _t("ich will Datenbankadministrator werden", goal="dba"),
                T(
                    "ich spreche fließend Englisch und Türkisch, die Kurse gern auf Englisch",
                    LIMITS + SKILLS,
                    langs=["en", "tr"],
                    study_lang=["en"],
                ),
            ],
        ),
        (
            ["inflect", "vocab"],
            [
                _t(
                    "bin seit 8 jahren Systemadministratorin und würd gern Richtung Netzwerksicherheit, "
                    "Zeit hab ich so 4-5 Stunden wöchentlich",
                    goal="cyber",
                    role=["system administrator", "systemadministrator", "9e2e6e1e"],
                    hours=(4.5, 0.15),
                ),
            ],
        ),
    ],
    "es": [
        (
            ["vocab", "colloquial"],
            [
                _t(
                    "soy auxiliar administrativa y quiero pasarme a analista de datos, tengo unas 5 horitas "
                    "a la semana",
                    goal="data_analyst",
                    hours=5,
                    role=["administrativ"],
                ),
            ],
        ),
        (
            ["nodiac", "vocab"],
            [
                _t(
                    "quiero ser desarrollador web, presupuesto maximo 500 euros y que sea todo online",
                    goal="web",
                    budget=(500, "EUR"),
                    part=["online"],
                ),
            ],
        ),
        (
            ["negation", "colloquial", "act"],
            [
                T(
                    "el excel lo tengo dominado pero de programacion ni idea",
                    SAYS_SKILLS,
                    skills=SPREADSHEET,
                    skills_not=PROGRAMMING,
                ),
            ],
        ),
        (
            ["vocab"],
            [
                _t("me gustaría trabajar en ciberseguridad", goal="cyber"),
                T("lo necesito terminado antes del verano", LIMITS, deadline=BEFORE_SUMMER),
            ],
        ),
        (
            ["vocab", "act"],
            [
                _t("quiero ser administrador de redes", goal="netadmin"),
                T(
                    "hablo español y portugués, los cursos mejor en castellano",
                    LIMITS + SKILLS,
                    langs=["es", "pt"],
                    study_lang=["es"],
                ),
            ],
        ),
        (
            ["anglicism", "colloquial"],
            [
                _t(
                    "curro de reponedor en un super y me mola mucho el tema del machine learning",
                    goal="ml",
                    role=["reponedor", "shelf", "stock"],
                ),
            ],
        ),
        (
            ["vocab", "act"],
            [
                _t("quiero aprender a programar en python"),
                T("prefiero presencial, nada de cursos a distancia", LIMITS, part=["on-site"]),
            ],
        ),
    ],
    "fr": [
        (
            ["vocab", "colloquial"],
            [
                _t(
                    "je suis comptable et je voudrais me reconvertir dans la cybersécu, j'ai genre 4h par "
                    "semaine",
                    goal="cyber",
                    hours=4,
                    role=["comptable", "accountant"],
                ),
            ],
        ),
        (
            ["nodiac", "colloquial"],
            [
                _t(
                    "je veux devenir developpeur web mais j'ai pas beaucoup de thunes, 300 balles max",
                    goal="web",
                    budget=(300, "EUR"),
                ),
            ],
        ),
        (
            ["negation", "act"],
            [
                T(
                    "je maîtrise déjà excel par contre le code j'y connais rien",
                    SAYS_SKILLS,
                    skills=SPREADSHEET,
                    skills_not=PROGRAMMING,
                ),
            ],
        ),
        (
            ["vocab", "colloquial"],
            [
                _t("j'aimerais devenir technicien réseau", goal="network"),
                T("faut que ce soit bouclé avant la rentrée", LIMITS, deadline=BACK_TO_SCHOOL),
            ],
        ),
        (
            ["vocab", "act"],
            [
                _t("je veux bosser dans le cloud", goal="cloud"),
                T(
                    "en présentiel de préférence, le distanciel c'est pas pour moi",
                    LIMITS,
                    part=["on-site"],
                ),
            ],
        ),
        (
            ["vocab"],
            [
                _t("mon objectif c'est data analyst", goal="data_analyst"),
                T(
                    "je parle arabe et français, l'anglais pas trop",
                    LIMITS + SKILLS,
                    langs=["ar", "fr"],
                ),
            ],
        ),
        (
            ["anglicism", "colloquial"],
            [
                _t(
                    "je bosse dans le retail depuis 6 ans, je voudrais switcher vers la data",
                    goal="data_analyst",
                    role=["retail", "vente", "vendeu", "sales"],
                ),
            ],
        ),
    ],
    "fi": [
        (
            ["inflect", "vocab"],
            [
                _t(
                    "olen lähihoitaja ja haluaisin siirtyä data-analyytikoksi",
                    goal="data_analyst",
                    role=["lähihoitaja", "healthcare assistant", "nurse"],
                ),
            ],
        ),
        (
            ["vocab", "colloquial"],
            [
                _t("haluun pilvipalveluasiantuntijaksi", goal="cloud"),
                T(
                    "mulla on max 6 tuntia viikossa aikaa ja rahaa ehkä 500 euroa",
                    LIMITS,
                    hours=6,
                    budget=(500, "EUR"),
                ),
            ],
        ),
        (
            ["negation", "inflect", "act"],
            [
                T(
                    "osaan jo Excelin ja vähän SQL:ää, mutta ohjelmointia en ole koskaan tehnyt",
                    SAYS_SKILLS,
                    skills_all=["spreadsheet", "sql"],
                ),
            ],
        ),
        (
            ["vocab", "nodiac"],
            [
                _t("haluaisin oppia verkkoja ja tietoturvaa"),
                T("pitais olla valmis ennen kesaa", LIMITS, deadline=BEFORE_SUMMER),
            ],
        ),
        (
            ["vocab", "act"],
            [
                _t("haluan web-kehittäjäksi", goal="web"),
                T("vain etäopiskelu käy, en pääse lähiopetukseen", LIMITS, part=["online"]),
            ],
        ),
        (
            ["vocab", "inflect"],
            [
                _t("tavoitteena on tietokannan ylläpitäjä", goal="dba"),
                T(
                    "puhun suomea ja ruotsia, englanti on heikko",
                    LIMITS + SKILLS,
                    langs=["fi", "sv"],
                ),
            ],
        ),
        (
            ["inflect", "colloquial"],
            [
                _t(
                    "oon ollu varastotyöntekijänä 10 vuotta, nyt kiinnostais kyberturvallisuus",
                    goal="cyber",
                    role=["varasto", "warehouse"],
                ),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-lang26-NN`."""
    return [
        D(f"{lang}-lang26-{n:02d}", ["lang26", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
