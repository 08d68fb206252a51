"""The lead25fix batch (session 25, issue #12, tune): the classes of lead trial 21 that the lead gave this
helper, in the helper's own phrasings (other than the trial's). Written BEFORE the fixes by the helper who
fixes them (a check of that work, not a blind measure). Classes (tags):

- `background`: the learner's job or background words are no part of the goal or the searched subject
  ("I pack orders in a warehouse ... curious about data analysis": never a goal with "warehouse"); "what can
  you do for me?" searches nothing; a subject the catalogue lacks (online marketing) is said to be lacking,
  not searched as its first word ("online", "digital");
- `own_language`: courses in the learner's language exist and are offered (a Spanish data-analysis list,
  the Spanish digital-basics courses in a plan for a Spanish beginner);
- `exclude`: "nothing about X" after a plan leaves out every step on X, or says no step is about it (never
  "which step should I leave out?");
- `cheapest`: "cheaper?" over the cheapest plan says what a cheaper plan leaves out, never "already the
  cheapest" beside a cheaper plan said as if the same;
- `how_long`: "how long will it take?" with a goal or hours is answered with the weeks;
- `cheapest_of_list`: "which is the cheapest?" beside a language accepted picks the cheapest, not the
  language question; an out-of-scope first message proposes no goal nobody said;
- `skill_fr`: networking skills said in any language are noted (routing, switching).

The Hinglish turns (tag `hinglish`) accept any reply language. Each language module adds
`dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T

NOT_SKILLS = ["set_goal", "explore", "search", "plan", "state_skills"]
ASK = ["search", "explore", "set_goal"]
CONS = ["set_constraints", "plan", "refine"]
DROP = ["skip_step", "refine", "plan"]
CHEAP = ["refine", "plan"]
DS_PLAN = [
    T("I want to become a data scientist, 10 hours a week", ["set_goal", "plan"]),
    T("ok, make me a plan then", ["plan"], plan=True),
]
# the cheapest plan a learner asks again to be cheaper (trial 21's 16 and 19): a plan, then the cheapest way
_CHEAPEST_ALREADY = {
    "en": "already the cheapest plan i can make",
    "de": "schon der günstigste plan, den ich",
    "es": "ya es el plan más barato que puedo hacer",
    "fr": "déjà le parcours le moins cher",
    "fi": "jo halvin suunnitelma",
    "vi": "đã là lộ trình rẻ nhất",
    "hi": "पहले से ही",
    "bn": "এটাই",
}
_WHICH_REMOVE = {
    "en": "which step should i leave out",
    "de": "welchen schritt soll ich herausnehmen",
    "es": "¿qué paso quito?",
    "fr": "quelle étape dois-je retirer",
    "fi": "minkä vaiheen jätän pois",
    "vi": "tôi nên bỏ bước nào",
    "hi": "कौन सा चरण हटाऊँ",
    "bn": "কোন ধাপটি বাদ দেব",
}

_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        (
            ["background"],
            [
                T(
                    "I pack orders in a warehouse, know my way around spreadsheets. curious about data "
                    "analysis but no clue where to begin",
                    NOT_SKILLS,
                ),
                T("6 hours a week, about 400 euros", CONS, goal_not=["warehouse", "pack", "order"]),
            ],
        ),
        (
            ["background"],
            [
                T("hi", ["smalltalk"]),
                T("so what exactly can you do for me?", ["smalltalk"], cite_none=["glcc-help-201"]),
            ],
        ),
        (
            ["background"],
            [
                T(
                    "my client wants to do social media marketing, what courses are there?",
                    ["search", "set_goal", "explore"],
                    cite_none=["bvca-forensics-201"],
                    reply_any=["little on", "nothing on", "not in the catalogue"],
                )
            ],
        ),
        (
            ["exclude"],
            [
                *DS_PLAN,
                T(
                    "leave out anything about networks, I'm not interested",
                    DROP,
                    plan=True,
                    plan_excl=["lcsi-ne-201", "lcsi-mlnet-203", "ccna-net-101"],
                    reply_excl=[_WHICH_REMOVE["en"]],
                ),
            ],
        ),
        (
            ["exclude"],
            [
                T("I'd like to get into high performance computing", ["set_goal", "search", "explore"]),
                T("plan it with 5 hours a week", ["plan", "set_constraints"], plan=True),
                T("nothing on databases please", DROP, reply_excl=[_WHICH_REMOVE["en"]]),
            ],
        ),
        (
            ["cheapest"],
            [
                *DS_PLAN,
                T("is there a cheaper way?", CHEAP, reply_excl=[_CHEAPEST_ALREADY["en"] + " towards"]),
            ],
        ),
        (
            ["how_long"],
            [
                T("I want to become a cloud engineer", ["set_goal"]),
                T(
                    "how long would it take if I study 2 hours every evening?",
                    CONS,
                    hours=14,
                    reply_any=["it takes about", "weeks in all"],
                ),
            ],
        ),
        (
            ["cheapest_of_list"],
            [
                T(
                    "could you book me a table for two tonight please?",
                    ["out_of_scope"],
                    reply_excl=["network engineer"],
                )
            ],
        ),
    ],
    "de": [
        (
            ["background"],
            [
                T(
                    "Ich arbeite an der Kasse im Supermarkt und kann ganz gut mit Excel. Datenanalyse "
                    "würde mich interessieren",
                    NOT_SKILLS,
                ),
                T("5 Stunden pro Woche, 300 Euro", CONS, goal_not=["kasse", "supermarkt"]),
            ],
        ),
        (
            ["exclude"],
            [
                T("Ich möchte Data Scientist werden, 10 Stunden pro Woche", ["set_goal", "plan"]),
                T("Mach mir einen Plan", ["plan"], plan=True),
                T(
                    "bitte nichts mit Netzwerken",
                    DROP,
                    plan=True,
                    plan_excl=["lcsi-ne-201", "lcsi-mlnet-203", "ccna-net-101"],
                    reply_excl=[_WHICH_REMOVE["de"]],
                ),
            ],
        ),
        (
            ["skill_fr"],
            [T("Ich kenne mich gut mit Routing und Switching aus", ["state_skills"], skills=["routing"])],
        ),
        (
            ["how_long"],
            [
                T("Ich will Cloud Engineer werden", ["set_goal"]),
                T("Wie lange dauert das, wenn ich 6 Stunden pro Woche lerne?", CONS, reply_any=["etwa"]),
            ],
        ),
    ],
    "es": [
        (
            ["own_language"],
            [
                T(
                    "Trabajo en administración y quiero aprender análisis de datos. ¿Tienen cursos en "
                    "español?",
                    ["set_goal", "search", "explore"],
                    cite_any=[
                        "ual-datos-101",
                        "ual-sql-102",
                        "ual-python-201",
                        "ual-visual-203",
                        "ual-cert-datos",
                    ],
                    lead_langs=["es"],
                )
            ],
        ),
        (
            ["own_language"],
            [
                T(
                    "Tengo 56 años y casi nunca he usado internet. ¿Por dónde empiezo?",
                    ["explore", "set_goal", "search"],
                ),
                T("Puedo dedicar 8 horas a la semana, pero no tengo dinero", CONS),
                T(
                    "hazme un plan",
                    ["plan"],
                    plan=True,
                    plan_incl=[
                        "ual-digital-101",
                        "ual-contenidos-102",
                        "ual-problemas-103",
                        "glcc-alfab-108",
                    ],
                ),
            ],
        ),
        (
            ["exclude"],
            [
                T("Quiero aprender computación de alto rendimiento (HPC)", ["set_goal", "search", "explore"]),
                T("hazme un plan con 5 horas a la semana", ["plan", "set_constraints"], plan=True),
                T("sin nada de inteligencia artificial, por favor", DROP, reply_excl=[_WHICH_REMOVE["es"]]),
            ],
        ),
        (
            ["skill_fr"],
            [T("Sé bastante de enrutamiento y redes", ["state_skills"], skills=["routing"])],
        ),
    ],
    "fr": [
        (
            ["skill_fr"],
            [
                T(
                    "Je maîtrise le routage et la commutation, et un peu de Linux",
                    ["state_skills"],
                    skills=["routing"],
                )
            ],
        ),
        (
            ["exclude"],
            [
                T("Je veux devenir data scientist, 10 heures par semaine", ["set_goal", "plan"]),
                T("fais-moi un parcours alors", ["plan"], plan=True),
                T(
                    "pas de réseaux, ça ne m'intéresse pas",
                    DROP,
                    plan=True,
                    plan_excl=["lcsi-ne-201", "lcsi-mlnet-203", "ccna-net-101"],
                    reply_excl=[_WHICH_REMOVE["fr"]],
                ),
            ],
        ),
        (
            ["cheapest"],
            [
                T("Je veux devenir data scientist, 10 heures par semaine", ["set_goal", "plan"]),
                T("fais-moi un parcours alors", ["plan"], plan=True),
                T(
                    "il y a moins cher ?",
                    CHEAP,
                    reply_excl=[_CHEAPEST_ALREADY["fr"] + " que je puisse faire vers"],
                ),
            ],
        ),
    ],
    "fi": [
        (
            ["background"],
            [
                T(
                    "Olen töissä ravintolan keittiössä ja haluaisin ohjelmoijaksi",
                    ["set_goal", "search", "explore"],
                    role_not=["ravintolan"],
                )
            ],
        ),
        (
            ["how_long"],
            [
                T("Haluaisin pilvi-insinööriksi", ["set_goal"]),
                T("Paljonko aikaa menee, jos opiskelen 6 tuntia viikossa?", CONS, reply_any=["noin"]),
            ],
        ),
        (
            ["skill_fr"],
            [T("Osaan reitityksen ja kytkennät hyvin", ["state_skills"], skills=["routing"])],
        ),
    ],
    "vi": [
        (
            ["cheapest_of_list"],
            [
                T("Tôi muốn học về bảo mật dữ liệu", ["set_goal", "search", "explore"]),
                T(
                    "tiếng Anh cũng ổn, khóa nào rẻ nhất vậy?",
                    ["explain", "select", "refine", "search"],
                    reply_excl=["được dạy bằng"],
                ),
            ],
        ),
        (
            ["skill_fr"],
            [T("mình biết định tuyến mạng khá tốt", ["state_skills"], skills=["routing"])],
        ),
    ],
    "hi": [
        (
            ["background"],
            [
                T(
                    "मैं अस्पताल में रिसेप्शन पर काम करती हूँ, कंप्यूटर थोड़ा चलाना आता है। अब एक्सेल और "
                    "डेटा का काम सीखना चाहती हूँ",
                    NOT_SKILLS,
                    cite_none=["diaa-cv-301", "aec-csteach-207"],
                )
            ],
        ),
        (
            ["how_long", "hinglish"],
            [
                T("mujhe data analyst banna hai yaar", ["set_goal"], any_lang=True),
                T(
                    "roz 2 ghante padhu to kitna time lagega?",
                    CONS,
                    any_lang=True,
                    reply_any=["it takes about", "weeks in all"],
                ),
            ],
        ),
    ],
    "bn": [
        (
            ["background"],
            [
                T(
                    "আমার ক্লায়েন্ট রিনা দোকানে কাজ করে, ও অনলাইন মার্কেটিং শিখতে চায়। কী কোর্স আছে?",
                    ["search", "set_goal", "explore"],
                    cite_none=["bvca-forensics-201"],
                )
            ],
        ),
        (
            ["exclude"],
            [
                T("আমি ডেটা সায়েন্টিস্ট হতে চাই, সপ্তাহে ১০ ঘণ্টা", ["set_goal", "plan"]),
                T("একটা প্ল্যান বানিয়ে দিন", ["plan"], plan=True),
                T(
                    "নেটওয়ার্ক নিয়ে কিছু চাই না",
                    DROP,
                    plan=True,
                    plan_excl=["lcsi-ne-201", "lcsi-mlnet-203", "ccna-net-101"],
                    reply_excl=[_WHICH_REMOVE["bn"]],
                ),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-lead25fix-NN`."""
    return [
        D(f"{lang}-lead25fix-{n:02d}", ["lead25fix", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
