"""The causes27 batch (session 27, issue #12, tune): the largest general causes of failing tune turns in the
session-26 base run (grouped by the failing check and `evals/nlu/act_causes.py`'s stage), in the helper's own
phrasings, written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure).
Classes (tags):

- `something_on`: "something / anything on a subject" asked for, often beside a circumstance (shift work, a
  deadline, the job held): a search of the subject, not the counsellor's opening nor a goal;
- `which_work`: after skills are said, "what work could I do with that?": the counsellor's directions from
  those skills, not a plan (and no goal from the question's words);
- `not_held`: skills held and one not held ("Excel yes, but no programming") with nothing shown: a statement
  of skills, not a search of its words (added after the first two classes' fixes were written, before the
  third's; its base figures are run on 2154d496);
- `difference`: the difference between two courses named by their subject with nothing shown, read as a
  question about one course: both compared (added before that fix was written);
- `capabilities`: "what can you do?" after a greeting, read as the opening: what the assistant can do (small
  talk's reply), added before that fix was written.

Hinglish and Banglish turns accept a reply in any language (`any_lang`, as the classifier25 batch's; set after
the first run, before any fix was run).

Each language module adds `dialogues("<lang>")`; the unseen variants (written after the fixes) are in
`evals/dialogues/unseen/causes27_unseen.py`."""

from __future__ import annotations

from dsl import COMPARE, CONS, EXPLAIN, EXPLORE, GOAL, SEARCH, SKILLS, SMALL, D, T

ASK = SEARCH + CONS
NEXT = EXPLORE + GOAL + SEARCH
KNOWS = SKILLS + EXPLORE
SPREADSHEET = ["spreadsheet", "excel"]
DIFF = COMPARE + EXPLAIN

_Batch = dict[str, list[tuple[list[str], list[T]]]]

_BATCH: _Batch = {
    "en": [
        (
            ["something_on"],
            [T("got anything about data privacy? we need it sorted before the new year", ASK)],
        ),
        (["something_on"], [T("looking for something on linux, I work weekends at a hotel", ASK)]),
        (
            ["which_work"],
            [
                T("i'm decent at excel and can write a few sql queries", KNOWS),
                T("what sort of job could i get with that?", NEXT),
            ],
        ),
        (
            ["not_held"],
            [T("I'm fine with Word and Excel, but programming, not at all", KNOWS, skills=SPREADSHEET)],
        ),
        (
            ["difference"],
            [
                T(
                    "what's the difference between the data warehouse course and the data pipelines course?",
                    DIFF,
                    cite_min=2,
                )
            ],
        ),
        (["capabilities"], [T("hello", SMALL + EXPLORE), T("ok so what can you actually do for me?", SMALL)]),
    ],
    "de": [
        (["something_on"], [T("habt ihr was zu Datenschutz? ich arbeite in der Pflege, Nachtschicht", ASK)]),
        (["something_on"], [T("bräuchte etwas über Linux, bin nur am Wochenende frei", ASK)]),
        (
            ["which_work"],
            [
                T("ich kann Photoshop und ein bisschen HTML", KNOWS),
                T("was für Jobs könnte ich damit kriegen?", NEXT),
            ],
        ),
        (
            ["not_held"],
            [T("Excel und Word kann ich gut, aber kein Programmieren", KNOWS, skills=SPREADSHEET)],
        ),
        (
            ["difference"],
            [T("Was unterscheidet den Kurs zur Cloud-Sicherheit vom IAM-Kurs?", DIFF, cite_min=2)],
        ),
        (
            ["capabilities"],
            [T("hallo zusammen", SMALL + EXPLORE), T("und was kannst du so alles machen?", SMALL)],
        ),
    ],
    "es": [
        (["something_on"], [T("¿hay algo sobre ciberseguridad? trabajo por turnos en una fábrica", ASK)]),
        (["something_on"], [T("necesito algo de redes antes de junio, soy cajera", ASK)]),
        (
            ["which_work"],
            [
                T("manejo bien excel y un poco de photoshop", KNOWS),
                T("¿qué trabajo podría conseguir con eso?", NEXT),
            ],
        ),
        (
            ["not_held"],
            [T("manejo Excel sin problema, pero nada de programación", KNOWS, skills=SPREADSHEET)],
        ),
        (["difference"], [T("¿en qué se diferencian el curso de python y el de sql?", DIFF, cite_min=2)]),
        (["capabilities"], [T("hola buenas", SMALL + EXPLORE), T("¿y tú qué sabes hacer?", SMALL)]),
    ],
    "fr": [
        (["something_on"], [T("vous auriez quelque chose sur le cloud ? je bosse de nuit", ASK)]),
        (["something_on"], [T("je cherche un truc en bases de données, je travaille le week-end", ASK)]),
        (
            ["which_work"],
            [
                T("je connais bien Excel et un peu SQL", KNOWS),
                T("je pourrais trouver quel travail avec ça ?", NEXT),
            ],
        ),
        (
            ["not_held"],
            [T("Je maîtrise Excel, mais pas du tout la programmation", KNOWS, skills=SPREADSHEET)],
        ),
        (
            ["difference"],
            [
                T(
                    "quelle différence entre la formation data warehouse et celle sur les pipelines "
                    "de données ?",
                    DIFF,
                    cite_min=2,
                )
            ],
        ),
        (["capabilities"], [T("bonjour", SMALL + EXPLORE), T("vous pouvez faire quoi exactement ?", SMALL)]),
    ],
    "fi": [
        (["something_on"], [T("onko teillä jotain pilvipalveluista? teen yövuoroja", ASK)]),
        (["something_on"], [T("tarviin jotain tietokannoista, oon töissä viikonloppuisin", ASK)]),
        (
            ["which_work"],
            [
                T("osaan photoshopin ja vähän html:ää", KNOWS),
                T("millaisia töitä noilla taidoilla vois saada?", NEXT),
            ],
        ),
        (
            ["not_held"],
            [T("osaan Excelin hyvin, mutta en ohjelmointia ollenkaan", KNOWS, skills=SPREADSHEET)],
        ),
        (
            ["difference"],
            [T("mikä on ero pilviturvallisuuden kurssin ja IAM-kurssin välillä?", DIFF, cite_min=2)],
        ),
        (["capabilities"], [T("moi", SMALL + EXPLORE), T("mitä sinä voit tehdä?", SMALL)]),
    ],
    "vi": [
        (["something_on"], [T("bên bạn có gì về điện toán đám mây không? mình làm ca đêm", ASK)]),
        (
            ["which_work"],
            [
                T("mình biết dùng excel và một chút photoshop", KNOWS),
                T("với những kỹ năng đó thì mình có thể làm công việc gì?", NEXT),
            ],
        ),
        (
            ["not_held"],
            [T("tôi dùng Excel thành thạo nhưng không biết lập trình", KNOWS, skills=SPREADSHEET)],
        ),
        (["difference"], [T("khóa Python và khóa SQL khác nhau thế nào?", DIFF, cite_min=2)]),
        (["capabilities"], [T("chào bạn", SMALL + EXPLORE), T("bạn làm được những gì?", SMALL)]),
    ],
    "hi": [
        (
            ["something_on"],
            [T("networking pe kuch hai kya? main night shift mein kaam karta hoon", ASK, any_lang=True)],
        ),
        (
            ["which_work"],
            [
                T("mujhe excel aur thoda photoshop aata hai", KNOWS, any_lang=True),
                T("in skills se mujhe kaunsa kaam mil sakta hai?", NEXT, any_lang=True),
            ],
        ),
        (["not_held"], [T("मुझे Excel अच्छे से आता है, लेकिन प्रोग्रामिंग बिल्कुल नहीं", KNOWS, skills=SPREADSHEET)]),
        (["difference"], [T("Python वाले कोर्स और SQL वाले कोर्स में क्या अंतर है?", DIFF, cite_min=2)]),
        (["capabilities"], [T("नमस्ते", SMALL + EXPLORE), T("आप क्या कर सकते हैं?", SMALL)]),
    ],
    "bn": [
        (["something_on"], [T("database niye kichu ache? ami rate shift e kaj kori", ASK, any_lang=True)]),
        (
            ["which_work"],
            [
                T("আমি এক্সেল আর একটু ফটোশপ জানি", KNOWS),
                T("এগুলো দিয়ে কী ধরনের চাকরি পেতে পারি?", NEXT),
            ],
        ),
        (["not_held"], [T("আমি এক্সেল ভালো পারি, কিন্তু প্রোগ্রামিং একদম পারি না", KNOWS, skills=SPREADSHEET)]),
        (["difference"], [T("ডেটা ওয়্যারহাউস কোর্স আর ডেটা পাইপলাইন কোর্সের মধ্যে পার্থক্য কী?", DIFF, cite_min=2)]),
        (["capabilities"], [T("হ্যালো", SMALL + EXPLORE), T("আপনি আসলে কী কী করতে পারেন?", SMALL)]),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-causes27-NN`."""
    return [
        D(f"{lang}-causes27-{n:02d}", ["causes27", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
