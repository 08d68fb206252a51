"""The scope19 batch (session 19, issue #12, tune): out of scope only when it is, and searches in any words.
Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own
phrasings, all eight languages and Hinglish. Classes (tags):

1. `oos`: a request unrelated to learning and work (weather, a recipe, sport, politics, a joke, maths to
   solve, code to write) is answered out of scope, in the learner's language, with what the assistant can
   do, and
   (`oos_kept`) changes no goal set before it;
2. `near`: a request next to learning and work (the jobs a certificate leads to, is it worth it, recognition
   abroad, interview preparation, a CV, study tips, job search, training the employer pays, pay) is no
   out-of-scope refusal: it is answered from the catalogue with a next step;
3. `search`: a search named by a description, an abbreviation, a synonym, a product or with a typo, in every
   language, sometimes with a limit in the same sentence, lists courses of the subject.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from acts17_lists import AI, CAN_DO, CLOUD, CYBER, DATA, DB, GDPR, ML, NET
from dsl import D, T
from t11goal_lists import ANY

OOS = ["out_of_scope"]
# near scope: any act that answers, never the out-of-scope refusal nor small talk
NEAR = list(ANY)
SEARCHES = ["search", "explore", "set_constraints", "refine"]
SAFE_DATA = [*CYBER, *GDPR]
AI_ANY = [*AI, *ML]
HELPDESK = [
    "glcc-safe-104",
    "ccna-net-101",
    "ccna-hw-102",
    "ccna-fondements-101",
    "lcsi-ne-201",
    "hrd-virt-201",
]


def _oos(text: str, lang: str, **checks: object) -> T:
    return T(text, OOS, reply_any=CAN_DO[lang], **checks)


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        ("oos", [], [_oos("what's the weather going to be like in leeds tomorrow?", "en", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T("I'd like to become a data analyst", ["set_goal", "plan", "explore"], goal="data_analyst"),
                _oos(
                    "unrelated but can you write me a script that renames all the photos in a folder by date",
                    "en",
                    goal="data_analyst",
                ),
            ],
        ),
        (
            "near",
            ["jobs_with"],
            [
                T(
                    "what kind of jobs could I get with the Certificate in Database Administration?",
                    NEAR,
                    cite_any=["nda-cert-dba", *DB],
                )
            ],
        ),
        (
            "near",
            ["worth_it"],
            [
                T(
                    "is the cyber defence practitioner certificate actually worth it? "
                    "do employers care about it",
                    NEAR,
                    cite_any=["bvca-cert-defence"],
                )
            ],
        ),
        (
            "search",
            ["description"],
            [
                T(
                    "got anything about keeping a company's data safe from hackers?",
                    SEARCHES,
                    cite_any=SAFE_DATA,
                )
            ],
        ),
        (
            "search",
            ["typo", "limit"],
            [
                T(
                    "any clod computing courses online for under 300 euros",
                    SEARCHES,
                    cite_any=CLOUD,
                    budget=(300, "EUR"),
                )
            ],
        ),
        (
            "near",
            ["employer_pays"],
            [
                T(
                    "my company will pay for some training, I'm on the helpdesk, what should I ask them for?",
                    NEAR,
                    cite_min=1,
                )
            ],
        ),
        (
            "near",
            ["interview"],
            [
                T(
                    "I've got an interview for a junior network admin role next month, "
                    "which skills should I brush up on?",
                    NEAR,
                    cite_any=NET,
                )
            ],
        ),
    ],
    "de": [
        ("oos", [], [_oos("Hast du ein gutes Rezept für Kartoffelsalat?", "de", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T(
                    "Ich will in Richtung Cloud-Administration gehen",
                    ["set_goal", "plan", "explore"],
                    goal="cloud",
                ),
                _oos("Wer hat gestern eigentlich das Spiel von Bayern gewonnen?", "de", goal="cloud"),
            ],
        ),
        (
            "near",
            ["jobs_with"],
            [
                T(
                    "Welche Jobs kann ich mit dem Zertifikat Systemadministration machen?",
                    NEAR,
                    cite_any=["hrd-cert-sysadmin"],
                )
            ],
        ),
        (
            "near",
            ["recognition"],
            [
                T(
                    "Wird das Hochschulzertifikat Cloud Security Engineering auch in der Schweiz anerkannt?",
                    NEAR,
                    cite_any=["hrd-cert-cloudsec"],
                )
            ],
        ),
        ("search", ["vague"], [T("hast du was mit Cloud, gerne auf Deutsch", SEARCHES, cite_any=CLOUD)]),
        (
            "search",
            ["limit"],
            [
                T(
                    "Kurse zu Netzwerktechnik für Einsteiger, höchstens 5 Stunden pro Woche",
                    SEARCHES,
                    cite_any=NET,
                    hours=5,
                )
            ],
        ),
    ],
    "es": [
        ("oos", [], [_oos("¿qué opinas de las elecciones del domingo?", "es", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T("quiero trabajar en ciberseguridad", ["set_goal", "plan", "explore"], goal="cyber"),
                _oos("oye cuéntame un chiste malo", "es", goal="cyber"),
            ],
        ),
        (
            "near",
            ["jobs_with"],
            [
                T(
                    "¿para qué trabajos sirve el Experto Universitario en Análisis de Datos?",
                    NEAR,
                    cite_any=["ual-cert-datos"],
                )
            ],
        ),
        (
            "near",
            ["interview"],
            [
                T(
                    "tengo una entrevista para analista de datos la semana que viene, ¿qué debería repasar?",
                    NEAR,
                    cite_any=DATA,
                )
            ],
        ),
        ("search", ["vague"], [T("algo de redes?", SEARCHES, cite_any=NET)]),
        (
            "search",
            ["typo", "limit"],
            [
                T(
                    "busco cursos de inteligencia artifical gratis",
                    SEARCHES,
                    cite_any=AI_ANY,
                    budget=(0, "EUR"),
                )
            ],
        ),
    ],
    "fr": [
        ("oos", [], [_oos("quel temps il va faire à Lyon ce week-end ?", "fr", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T(
                    "je veux devenir délégué à la protection des données",
                    ["set_goal", "plan", "explore"],
                    goal="dpo",
                ),
                _oos("tu peux résoudre 3x + 5 = 20 pour moi ?", "fr", goal="dpo"),
            ],
        ),
        (
            "near",
            ["jobs_with"],
            [
                T(
                    "à quels métiers mène le certificat gouvernance et protection des données ?",
                    NEAR,
                    cite_any=["inl-cert-gouv"],
                )
            ],
        ),
        (
            "near",
            ["cv"],
            [
                T(
                    "vous pouvez m'aider à refaire mon CV pour postuler en cybersécurité ?",
                    NEAR,
                    cite_any=CYBER,
                )
            ],
        ),
        ("search", ["abbrev"], [T("quelque chose sur l'IA pour débutants", SEARCHES, cite_any=AI_ANY)]),
        ("search", ["limit"], [T("des formations RGPD en ligne", SEARCHES, cite_any=GDPR, part=["online"])]),
    ],
    "fi": [
        ("oos", [], [_oos("mikä on hyvä resepti korvapuusteihin?", "fi", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T("haluaisin data-analyytikoksi", ["set_goal", "plan", "explore"], goal="data_analyst"),
                _oos("kuka voitti eilen jääkiekossa?", "fi", goal="data_analyst"),
            ],
        ),
        (
            "near",
            ["worth_it"],
            [
                T(
                    "kannattaako se koneoppimisen sertifikaatti, saako sillä oikeasti töitä?",
                    NEAR,
                    cite_any=["diaa-cert-aml", *ML],
                )
            ],
        ),
        (
            "near",
            ["study_tips"],
            [T("miten jaksan opiskella töiden ohella? haluan oppia tietokannoista", NEAR, cite_any=DB)],
        ),
        ("search", ["vague"], [T("jotain pilvestä", SEARCHES, cite_any=CLOUD)]),
        (
            "search",
            ["typo", "limit"],
            [T("tietoturva kursseja verkossa alle 500e", SEARCHES, cite_any=CYBER, budget=(500, "EUR"))],
        ),
    ],
    "vi": [
        ("oos", [], [_oos("thời tiết Hà Nội hôm nay thế nào?", "vi", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T("tôi muốn làm kỹ sư mạng", ["set_goal", "plan", "explore"], goal="network"),
                _oos("viết giúp tôi đoạn code javascript làm slider ảnh cho website", "vi", goal="network"),
            ],
        ),
        (
            "near",
            ["jobs_with"],
            [
                T(
                    "có chứng chỉ Intelligent Network Operations thì làm được công việc gì?",
                    NEAR,
                    cite_any=["ccna-cert-netops"],
                )
            ],
        ),
        (
            "near",
            ["job_search"],
            [T("tôi đang tìm việc trong ngành dữ liệu, bạn giúp được gì không?", NEAR, cite_any=DATA)],
        ),
        ("search", ["vague"], [T("khóa học về mạng", SEARCHES, cite_any=NET)]),
        ("search", ["no_marks"], [T("khoa hoc phan tich du lieu cho nguoi moi", SEARCHES, cite_any=DATA)]),
    ],
    "hi": [
        ("oos", [], [_oos("आज के क्रिकेट मैच का स्कोर क्या है?", "hi", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T("मुझे साइबर सुरक्षा में नौकरी चाहिए", ["set_goal", "plan", "explore"], goal="cyber"),
                _oos("कल दिल्ली में मौसम कैसा रहेगा?", "hi", goal="cyber"),
            ],
        ),
        (
            "near",
            ["jobs_with"],
            [
                T(
                    "Cyber Defence Practitioner Certificate से कौन सी नौकरियाँ मिल सकती हैं?",
                    NEAR,
                    cite_any=["bvca-cert-defence"],
                )
            ],
        ),
        (
            "near",
            ["job_search"],
            [T("नौकरी ढूंढने में मदद करोगे? मैं नेटवर्किंग में काम करता हूँ", NEAR, cite_any=NET)],
        ),
        ("search", ["vague"], [T("डेटाबेस पर कुछ कोर्स हैं?", SEARCHES, cite_any=DB)]),
        (
            "search",
            ["hinglish", "limit"],
            [T("cloud ka kuch sasta sa course batao", SEARCHES, cite_any=CLOUD, any_lang=True)],
        ),
        (
            "oos",
            ["hinglish"],
            [T("yaar kal ka weather kaisa rahega mumbai mein", OOS, any_lang=True, no_goal=True)],
        ),
        (
            "near",
            ["hinglish", "salary"],
            [
                T(
                    "data analyst ki salary kitni hoti hai aur uske liye kya seekhna padega",
                    NEAR,
                    cite_any=DATA,
                    any_lang=True,
                )
            ],
        ),
    ],
    "bn": [
        ("oos", [], [_oos("একটা ভালো বিরিয়ানির রেসিপি দাও", "bn", no_goal=True)]),
        (
            "oos_kept",
            [],
            [
                T("আমি ওয়েব ডেভেলপার হিসেবে কাজ করতে চাই", ["set_goal", "plan", "explore"], goal="web"),
                _oos("নির্বাচনে কে জিতবে বলে মনে হয়?", "bn", goal="web"),
            ],
        ),
        (
            "near",
            ["jobs_with"],
            [
                T(
                    "Full-Stack Web Development সার্টিফিকেট দিয়ে কী ধরনের চাকরি পাওয়া যায়?",
                    NEAR,
                    cite_any=["lit-cert-web"],
                )
            ],
        ),
        (
            "near",
            ["employer_pays"],
            [T("আমার অফিস ট্রেনিংয়ের খরচ দেবে, আমি ডেটা নিয়ে কাজ করি, কোনটা নেওয়া উচিত?", NEAR, cite_any=DATA)],
        ),
        ("search", ["vague"], [T("নেটওয়ার্কিং নিয়ে কিছু আছে?", SEARCHES, cite_any=NET)]),
        ("search", ["limit"], [T("মেশিন লার্নিং এর কোর্স, শুধু অনলাইনে", SEARCHES, cite_any=ML, part=["online"])]),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-scope19-NN`."""
    return [
        D(f"{lang}-scope19-{n:02d}", ["scope19", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
