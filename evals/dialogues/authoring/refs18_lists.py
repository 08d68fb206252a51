"""The refs18 batch (session 18, issue #12, tune): questions about named courses and certificates answered
from the catalogue. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind
measure), in phrasings not taken from the lead's trial 13. Classes, all eight languages:

1. `too_hard`: "is X too hard for me? I only know Y" names what stands between the learner and X (its level,
   its prerequisite or a course one level below), not only X's card;
2. `course_named` / `first_course`: "the X course" names the course on X, not the certificate of the same
   subject; "which is the first course?" over a list led by a certificate names a course, not the certificate;
3. `award`: "will I get a certificate?" after a course says what is awarded and the certificate it counts
   towards;
4. `did_named`: "I already did the X course" marks the course named as held (its title in English, translated
   or fuzzy), not the plan's first step;
5. `not_found`: a technology no entry names (Kubernetes, Docker, Terraform, Power BI) is said to be missing,
   with the closest real entries;
6. `plan_cred`: a plan toward a named certificate plans its parts;
7. `plan_first`: "which course comes first?" over a plan names the plan's first step.

Each language module adds `dialogues("<lang>")`."""

from dsl import EXPLAIN, EXPLORE, GOAL, PLAN, SEARCH, SELECT, SKIP, D, T

ANY = GOAL + PLAN + SEARCH + EXPLORE + ["set_constraints", "explain", "select", "state_skills", "refine"]
PLANNED = GOAL + PLAN + ["set_constraints"]
ASK = EXPLAIN + SELECT + ["requirements"]  # a question about one named entry
FIRST = SELECT + EXPLAIN + ["requirements", "why"]
HELD = SKIP + ["state_skills", "refine"]
FOUND = SEARCH + EXPLAIN + EXPLORE
PLAN_CRED = PLAN + GOAL + ["set_constraints"]

# "... is not in the catalogue" (template not_in_catalogue) or any plain "nothing here covers it"
NOT_FOUND = {
    "en": ["not in the catalogue", "no course", "none of the courses", "not covered"],
    "de": ["nicht im Katalog", "kein Kurs", "keinen Kurs"],
    "es": ["no está en el catálogo", "ningún curso", "no hay ningún"],
    "fr": ["pas dans le catalogue", "aucun cours", "aucune formation"],
    "fi": ["ei ole luettelossa", "ei ole katalogissa", "mikään kurssi", "ei ole kurssia"],
    "vi": ["không có trong danh mục", "không có khóa"],
    "hi": ["कैटलॉग में नहीं", "कोई कोर्स नहीं"],
    "bn": ["ক্যাটালগে নেই", "কোনো কোর্স নেই"],
}
CONTAINERS = ["hrd-virt-201"]
IAC = ["hrd-iac-202"]
VIZ = ["diaa-viz-204", "ual-visual-203"]
HPC_PARTS = ["padr-hpc-101", "padr-par-201", "padr-perf-202", "padr-gpu-301", "padr-sched-302"]
WEB_PARTS = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204"]
ML_PLAN = {
    "en": "I'm a software developer who knows Python. Plan me a route into machine learning, 6 hours a week",
    "de": (
        "Ich bin Entwickler und kann Python. Plan mir einen Weg ins maschinelle Lernen, 6 Stunden pro Woche"
    ),
    "es": "Soy programador y sé Python. Hazme un plan para meterme en machine learning, 6 horas a la semana",
    "fi": "Olen ohjelmoija ja osaan Pythonia. Tee minulle suunnitelma koneoppimiseen, 6 tuntia viikossa",
    "hi": "मैं डेवलपर हूँ और Python जानता हूँ। मशीन लर्निंग के लिए एक प्लान बनाइए, हफ्ते में 6 घंटे",
    "bn": "আমি একজন ডেভেলপার, Python জানি। মেশিন লার্নিং শেখার একটা পরিকল্পনা দিন, সপ্তাহে ৬ ঘণ্টা",
}
APPLIED_ML = "diaa-ml-201"

_BATCH: dict[str, list[tuple[str, list[str], list[tuple[str, list[str], dict]]]]] = {
    "en": [
        (
            "01",
            ["too_hard"],
            [
                (
                    "is Data Warehouse Design going to be too hard for me? all I know is a bit of SQL",
                    ASK,
                    {"cite_any": ["nda-model-102"], "plan": False},
                ),
            ],
        ),
        (
            "02",
            ["not_found"],
            [
                (
                    "do you have anything that teaches Docker?",
                    FOUND,
                    {"reply_any": NOT_FOUND["en"], "cite_any": CONTAINERS},
                ),
            ],
        ),
        (
            "03",
            ["did_named"],
            [
                (ML_PLAN["en"], PLANNED, {"plan": True}),
                ("I've already done the applied machine learning course btw", HELD, {"held": [APPLIED_ML]}),
            ],
        ),
        (
            "04",
            ["plan_cred"],
            [
                (
                    "make me a plan to get the HPC certificate, I can do 8 hours a week",
                    PLAN_CRED,
                    {
                        "plan": True,
                        "plan_incl": ["padr-par-201", "padr-perf-202", "padr-gpu-301", "padr-sched-302"],
                    },
                ),
            ],
        ),
        (
            "05",
            ["course_named", "award"],
            [
                (
                    "how long does the HPC course take?",
                    ASK,
                    {"cite_any": ["padr-hpc-101"], "cite_none": ["padr-cert-hpc"]},
                ),
                (
                    "and Parallel Programming with MPI and OpenMP, will I get a certificate for that one?",
                    ASK,
                    {"cite_any": ["padr-cert-hpc"], "plan": False, "any_lang": True},
                ),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["course_named", "award"],
            [
                (
                    "Wie lange dauert der Cloud-Security-Kurs?",
                    ASK,
                    {"cite_any": ["hrd-cloudsec-201"], "cite_none": ["hrd-cert-cloudsec"], "any_lang": True},
                ),
                (
                    "Bekomme ich danach ein Zertifikat?",
                    ASK,
                    {"cite_any": ["hrd-cert-cloudsec"], "plan": False},
                ),
            ],
        ),
        (
            "02",
            ["too_hard"],
            [
                (
                    (
                        "Ist Parallel Programming with MPI and OpenMP zu "
                        "schwer für mich? Ich kann nur ein bisschen Python"
                    ),
                    ASK,
                    {"cite_any": ["padr-hpc-101"], "plan": False, "any_lang": True},
                ),
            ],
        ),
        (
            "03",
            ["did_named"],
            [
                (ML_PLAN["de"], PLANNED, {"plan": True}),
                (
                    "Den Kurs angewandtes maschinelles Lernen hab ich übrigens schon gemacht",
                    HELD,
                    {"held": [APPLIED_ML]},
                ),
            ],
        ),
        (
            "04",
            ["not_found"],
            [
                (
                    "Gibt es bei euch einen Kubernetes-Kurs?",
                    FOUND,
                    {"reply_any": NOT_FOUND["de"], "cite_any": CONTAINERS},
                ),
            ],
        ),
        (
            "05",
            ["plan_first"],
            [
                (
                    "Ich will Data Engineer werden, 6 Stunden pro Woche, Englisch geht. Mach mir einen Plan",
                    PLANNED,
                    {"plan": True},
                ),
                ("Welcher Kurs kommt da zuerst und warum?", FIRST, {"cite_prev_step": 1, "plan": False}),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["first_course"],
            [
                ("Soy camarero y me gustaría dedicarme al análisis de datos", ANY, {}),
                (
                    "¿y cuál sería el primer curso?",
                    FIRST,
                    {"cite_none": ["ual-cert-datos"], "plan": False},
                ),
            ],
        ),
        (
            "02",
            ["did_named"],
            [
                (ML_PLAN["es"], PLANNED, {"plan": True}),
                (
                    "el de aprendizaje automático aplicado ya lo terminé el año pasado",
                    HELD,
                    {"held": [APPLIED_ML]},
                ),
            ],
        ),
        (
            "03",
            ["award"],
            [
                ("Háblame del curso SQL para el análisis de datos", ASK, {"cite_any": ["ual-sql-102"]}),
                ("¿y al terminarlo dan certificado?", ASK, {"cite_any": ["ual-cert-datos"], "plan": False}),
            ],
        ),
        (
            "04",
            ["not_found"],
            [
                (
                    "busco un curso de Power BI",
                    FOUND,
                    {"reply_any": NOT_FOUND["es"], "cite_any": VIZ},
                ),
            ],
        ),
        (
            "05",
            ["plan_cred"],
            [
                (
                    (
                        "quiero sacarme el Experto Universitario en Análisis de "
                        "Datos, hazme un plan con 6 horas semanales"
                    ),
                    PLAN_CRED,
                    {"plan": True, "plan_incl": ["ual-python-201", "ual-estad-202", "ual-visual-203"]},
                ),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["too_hard"],
            [
                (
                    (
                        "Le cours Network Automation with Python and APIs, c'est "
                        "trop dur pour moi ? Je débute en réseau"
                    ),
                    ASK,
                    {"cite_any": ["ccna-net-101"], "plan": False, "any_lang": True},
                ),
            ],
        ),
        (
            "02",
            ["course_named"],
            [
                (
                    "Combien coûte le cours de data engineering ?",
                    ASK,
                    {"cite_any": ["nda-de-101"], "cite_none": ["nda-cert-de"], "any_lang": True},
                ),
            ],
        ),
        (
            "03",
            ["plan_first"],
            [
                (
                    "Je veux devenir développeuse web, 5 heures par semaine, l'anglais ça va. Un plan svp",
                    PLANNED,
                    {"plan": True},
                ),
                ("c'est quoi le premier cours là-dedans ?", FIRST, {"cite_prev_step": 1, "plan": False}),
            ],
        ),
        (
            "04",
            ["not_found"],
            [
                (
                    "Vous avez une formation Terraform ?",
                    FOUND,
                    {"reply_any": NOT_FOUND["fr"], "cite_any": IAC},
                ),
            ],
        ),
        (
            "05",
            ["award"],
            [
                ("Parlez-moi du cours Les fondamentaux du RGPD", ASK, {"cite_any": ["inl-rgpd-101"]}),
                (
                    "Est-ce qu'on obtient un certificat à la fin ?",
                    ASK,
                    {"cite_any": ["inl-cert-gouv"], "plan": False},
                ),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["course_named"],
            [
                (
                    "Kuinka kauan HPC-kurssi kestää?",
                    ASK,
                    {"cite_any": ["padr-hpc-101"], "cite_none": ["padr-cert-hpc"]},
                ),
            ],
        ),
        (
            "02",
            ["too_hard"],
            [
                (
                    "Onko Deep Learning and Neural Networks liian vaikea minulle? Osaan vain vähän Pythonia",
                    ASK,
                    {"cite_any": ["diaa-ml-201"], "plan": False, "any_lang": True},
                ),
            ],
        ),
        (
            "03",
            ["not_found"],
            [
                (
                    "Löytyykö teiltä Kubernetes-koulutusta?",
                    FOUND,
                    {"reply_any": NOT_FOUND["fi"], "cite_any": CONTAINERS},
                ),
            ],
        ),
        (
            "04",
            ["plan_first"],
            [
                (
                    "Haluan verkkokehittäjäksi, 5 tuntia viikossa, englanti käy. Tee suunnitelma",
                    PLANNED,
                    {"plan": True},
                ),
                ("Mikä kurssi tulee ensimmäisenä?", FIRST, {"cite_prev_step": 1, "plan": False}),
            ],
        ),
        (
            "05",
            ["did_named"],
            [
                (ML_PLAN["fi"], PLANNED, {"plan": True}),
                ("Olen jo suorittanut Applied Machine Learning -kurssin", HELD, {"held": [APPLIED_ML]}),
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["first_course"],
            [
                ("Tôi muốn trở thành lập trình viên web", ANY, {}),
                ("Khóa học đầu tiên là khóa nào?", FIRST, {"cite_none": ["lit-cert-web"], "plan": False}),
            ],
        ),
        (
            "02",
            ["award"],
            [
                (
                    "Học xong Front-End Web Development thì có được chứng chỉ không?",
                    ASK,
                    {"cite_any": ["lit-cert-web"], "plan": False, "any_lang": True},
                ),
            ],
        ),
        (
            "03",
            ["plan_cred"],
            [
                (
                    "Lập kế hoạch giúp tôi lấy Certificate in Full-Stack Web Development, mỗi tuần 6 giờ",
                    PLAN_CRED,
                    {
                        "plan": True,
                        "plan_incl": ["lit-webstd-202", "lit-fw-203", "lit-api-204"],
                        "any_lang": True,
                    },
                ),
            ],
        ),
        (
            "04",
            ["not_found"],
            [
                (
                    "Có khóa nào dạy Docker không?",
                    FOUND,
                    {"reply_any": NOT_FOUND["vi"], "cite_any": CONTAINERS},
                ),
            ],
        ),
        (
            "05",
            ["too_hard"],
            [
                (
                    "Khóa Data Warehouse Design có quá khó với tôi không? Tôi mới biết chút SQL",
                    ASK,
                    {"cite_any": ["nda-model-102"], "plan": False, "any_lang": True},
                ),
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["award"],
            [
                (
                    "Network Automation with Python and APIs ke baare mein batao",
                    ASK,
                    {"cite_any": ["ccna-netauto-203"], "any_lang": True},
                ),
                (
                    "isko karke certificate milega kya?",
                    ASK,
                    {"cite_any": ["ccna-cert-netops"], "plan": False, "any_lang": True},
                ),
            ],
        ),
        (
            "02",
            ["first_course"],
            [
                ("मुझे वेब डेवलपर बनना है", ANY, {}),
                ("इनमें पहला कोर्स कौन सा है?", FIRST, {"cite_none": ["lit-cert-web"], "plan": False}),
            ],
        ),
        (
            "03",
            ["did_named"],
            [
                (ML_PLAN["hi"], PLANNED, {"plan": True}),
                ("Applied Machine Learning वाला कोर्स मैं पहले ही कर चुका हूँ", HELD, {"held": [APPLIED_ML]}),
            ],
        ),
        (
            "04",
            ["not_found"],
            [
                (
                    "क्या Kubernetes का कोई कोर्स है?",
                    FOUND,
                    {"reply_any": NOT_FOUND["hi"], "cite_any": CONTAINERS},
                ),
            ],
        ),
        (
            "05",
            ["plan_first"],
            [
                (
                    "मुझे डेटा इंजीनियर बनना है, हफ्ते में 6 घंटे, अंग्रेज़ी ठीक है, प्लान बना दीजिए",
                    PLANNED,
                    {"plan": True},
                ),
                ("सबसे पहले कौन सा कोर्स करना है?", FIRST, {"cite_prev_step": 1, "plan": False}),
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["too_hard"],
            [
                (
                    "Parallel Programming with MPI and OpenMP কি আমার জন্য খুব কঠিন হবে? আমি শুধু একটু Python জানি",
                    ASK,
                    {"cite_any": ["padr-hpc-101"], "plan": False, "any_lang": True},
                ),
            ],
        ),
        (
            "02",
            ["course_named"],
            [
                (
                    "HPC কোর্সটা শেষ করতে কত সময় লাগে?",
                    ASK,
                    {"cite_any": ["padr-hpc-101"], "cite_none": ["padr-cert-hpc"]},
                ),
            ],
        ),
        (
            "03",
            ["plan_cred"],
            [
                (
                    "HPC সার্টিফিকেট পেতে আমাকে একটা পরিকল্পনা করে দিন, সপ্তাহে ৮ ঘণ্টা",
                    PLAN_CRED,
                    {
                        "plan": True,
                        "plan_incl": ["padr-par-201", "padr-perf-202", "padr-gpu-301", "padr-sched-302"],
                    },
                ),
            ],
        ),
        (
            "04",
            ["not_found"],
            [
                ("Terraform শেখার কোনো কোর্স আছে?", FOUND, {"reply_any": NOT_FOUND["bn"], "cite_any": IAC}),
            ],
        ),
        (
            "05",
            ["did_named"],
            [
                (ML_PLAN["bn"], PLANNED, {"plan": True}),
                ("Applied Machine Learning কোর্সটা আমি আগেই করেছি", HELD, {"held": [APPLIED_ML]}),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-refs18-NN`, all tune."""
    return [
        D(
            f"{lang}-refs18-{nn}",
            ["refs18", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
