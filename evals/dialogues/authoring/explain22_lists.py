"""The explain22 batch (session 22, issue #12, tune): questions about a plan and its courses, answered from
the catalogue. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind
measure), in its own phrasings after reading the verdicts of the lead's trial 17 (t17-02, -12, -17, -19), all
eight languages and Hinglish. Every dialogue opens with a goal and weekly hours (a plan), then asks two
questions about the plan's steps. Classes (tags):

1. `why_first`: "why does the first course come first?" - the plan's first step with a reason;
2. `why_not`: "why not start with the second?" / "why is X after Y?" - the prerequisite that orders them (or
   why the plan puts it later), the step cited;
3. `ects_hours`: how many hours an ECTS is (1 ECTS = 25-30 h), or a step's ECTS in hours;
4. `eqf`: what a step's EQF level means (the eight-level scale in the learner's language);
5. `assess`: how a step is assessed (its catalogue `assessment`);
6. `recog`: whether a step is recognised, accredited or quality assured (its catalogue `quality_assurance`);
7. `digcomp`: whether a step is DigComp (its `digcomp_areas`, or that the catalogue records none);
8. `stack`: what a step stacks into / counts towards (its `stacks_into` certificate cited);
9. `skip`: "what if I skip the second?" - a hypothetical: what needs it, and nothing saved as held;
10. `prereq`: what a step needs first (its prerequisite cited);
11. `area_name`: an area goal ("cybersecurity") named in the conversation's language.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T
from t11goal_lists import ANY
from which21_lists import BECAUSE, HL_BECAUSE

HL = {"any_lang": True}
QA = {
    "en": ["quality assurance", "accredit"],
    "de": ["qualitätssicherung", "akkredit"],
    "es": ["garantía de calidad", "calidad"],
    "fr": ["qualité"],
    "fi": ["laadunvarmistus"],
    "vi": ["chất lượng"],
    "hi": ["गुणवत्ता"],
    "bn": ["মান নিশ্চিত"],
}
ASSESS = {
    "en": ["assess", "exam"],
    "de": ["prüfung"],
    "es": ["evaluación"],
    "fr": ["évaluation"],
    "fi": ["arvioin"],
    "vi": ["đánh giá"],
    "hi": ["मूल्यांकन"],
    "bn": ["মূল্যায়ন"],
}
# what the EQF scale's levels 5-6 are likened to, in each language
EQF_SCALE = {
    "en": ["bachelor"],
    "de": ["bachelor"],
    "es": ["grado"],
    "fr": ["licence"],
    "fi": ["kandidaat"],
    "vi": ["cử nhân"],
    "hi": ["स्नातक"],
    "bn": ["স্নাতক"],
}
# a reason for an order: a prerequisite word or a because-word
ORDER = {
    "en": ["needs", "prerequisite", "requires", "because"],
    "de": ["voraussetz", "braucht", "weil", "denn "],
    "es": ["requisito", "requiere", "porque", "necesita"],
    "fr": ["prérequis", "exige", "parce qu", "car "],
    "fi": ["edellyt", "esitie", "koska", "vaatii"],
    "vi": ["điều kiện", "yêu cầu", "vì"],
    "hi": ["क्योंकि", "पूर्व", "ज़रूरी", "आवश्यक"],
    "bn": ["কারণ", "পূর্বশর্ত", "প্রয়োজন"],
}
ECTS_HOURS = ["25"]  # 1 ECTS = 25-30 hours
DIGCOMP = ["digcomp"]
AREA_CYBER = {
    "es": ["ciberseguridad"],
    "fr": ["cybersécurité"],
    "vi": ["an ninh mạng"],
    "hi": ["साइबर सुरक्षा"],
}

# the goals (each gives a plan on the base 04013caf; its steps noted)
EN_CYBER = "I want to get into cybersecurity, 6 hours a week, online"  # glcc-safe-104, bvca-soc-101
EN_DE = "I want to become a data engineer, I can do 8 hours a week"  # office-106, ai-101, prog-101, ...
EN_TRAINER = "I want to become a digital skills trainer for adults, 4 hours a week"  # solve-105, hw-105, ...
EN_WEB = "I want to be a web developer, 6 hours a week"  # prog-101, web-201, webstd-202, fw-203, api-204
EN_DA = "make me a plan to become a data analyst, 10 hours a week"  # office, prog, viz, model, graph, dataset


def _w(words: dict[str, list[str]], lang: str, **more: object) -> dict:
    return {"reply_any": words[lang], **more}


_BY_LANG: dict[str, list[tuple[list[str], list[tuple[str, dict]]]]] = {
    "en": [
        (
            ["why_first", "ects_hours"],
            [
                (EN_CYBER, {"plan": True}),
                ("tell me why the first course comes first", _w(BECAUSE, "en", cite_prev_step=1)),
                ("does it count as ECTS? how many hours is that", {"reply_any": ["75"], "cite_prev_step": 1}),
            ],
        ),
        (
            ["skip", "why_not"],
            [
                (EN_DE, {"plan": True}),
                (
                    "what if I skip the second one?",
                    {"held_not": ["diaa-ai-101"], "cite_any": ["diaa-ml-201"]},
                ),
                (
                    "and why is the python course before data engineering foundations",
                    _w(ORDER, "en", cite_any=["lit-prog-101"]),
                ),
            ],
        ),
        (
            ["digcomp"],
            [
                (EN_TRAINER, {"plan": True}),
                ("is the first one DigComp?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
                ("and the second, does that map to digcomp too", {"reply_any": DIGCOMP, "cite_prev_step": 2}),
            ],
        ),
        (
            ["why_not", "stack"],
            [
                (EN_WEB, {"plan": True}),
                ("why not start with the second one?", _w(ORDER, "en", cite_prev_step=2)),
                ("what does the second one stack into?", {"cite_any": ["lit-cert-web"]}),
            ],
        ),
        (
            ["eqf", "assess"],
            [
                (EN_DA, {"plan": True}),
                ("what does EQF level 5 mean for the third one?", _w(EQF_SCALE, "en", cite_prev_step=3)),
                ("how is the fourth one assessed? is it online?", _w(ASSESS, "en", cite_prev_step=4)),
            ],
        ),
        (
            ["stack", "recog"],
            [
                (EN_CYBER, {"plan": True}),
                ("do I get a certificate after the second course?", {"cite_any": ["bvca-cert-defence"]}),
                ("is that course quality assured by anyone?", _w(QA, "en", cite_prev_step=2)),
            ],
        ),
        (
            ["prereq", "skip"],
            [
                (EN_DA, {"plan": True}),
                (
                    "does the fifth need anything before it?",
                    {"cite_any": ["nda-model-102"], "cite_prev_step": 5},
                ),
                (
                    "what if I skip the fourth?",
                    {"held_not": ["nda-model-102"], "cite_any": ["nda-graph-302"]},
                ),
            ],
        ),
        (
            ["ects_hours", "recog"],
            [
                (EN_DE, {"plan": True}),
                ("how many hours of study is one ECTS?", {"reply_any": ECTS_HOURS}),
                ("is the first course accredited?", _w(QA, "en", cite_prev_step=1)),
            ],
        ),
        (
            ["why_first", "skip", "hinglish"],
            [
                ("web developer banna hai, 10 hours weekly", {"plan": True, **HL}),
                ("pehla course pehle kyun hai?", {"reply_any": HL_BECAUSE, "cite_prev_step": 1, **HL}),
                (
                    "doosra skip karun toh kya hoga?",
                    {"held_not": ["lit-web-201"], "cite_any": ["lit-webstd-202", "lit-fw-203"], **HL},
                ),
            ],
        ),
        (
            ["recog", "stack", "hinglish"],
            [
                ("cyber security mein jana hai bhai, 6 ghante per week", {"plan": True, **HL}),
                (
                    "pehla wala recognised hai kya? quality assurance?",
                    {"reply_any": QA["en"], "cite_prev_step": 1, **HL},
                ),
                ("teesra kis certificate mein count hota hai?", {"cite_any": ["bvca-cert-defence"], **HL}),
            ],
        ),
    ],
    "de": [
        (
            ["why_first", "why_not"],
            [
                ("Ich möchte Cloud Engineer werden, 5 Stunden die Woche", {"plan": True}),
                ("Warum kommt der erste Kurs zuerst?", _w(BECAUSE, "de", cite_prev_step=1)),
                (
                    "Und warum nicht gleich mit Cloud-Sicherheit anfangen?",
                    _w(ORDER, "de", cite_any=["hrd-cloud-101"]),
                ),
            ],
        ),
        (
            ["recog", "stack"],
            [
                ("Ich möchte Cloud Engineer werden, 5 Stunden die Woche", {"plan": True}),
                ("Ist der dritte anerkannt bzw. qualitätsgesichert?", _w(QA, "de", cite_prev_step=3)),
                ("In welches Zertifikat zählt er?", {"cite_any": ["hrd-cert-cloudsec"]}),
            ],
        ),
        (
            ["ects_hours", "eqf"],
            [
                ("Ich möchte Datenanalyst werden, 10 Stunden pro Woche", {"plan": True}),
                ("Wie viele Stunden sind eigentlich ein ECTS?", {"reply_any": ECTS_HOURS}),
                ("Was bedeutet EQR-Niveau 6 beim fünften Kurs?", _w(EQF_SCALE, "de", cite_prev_step=5)),
            ],
        ),
        (
            ["assess", "skip"],
            [
                ("Ich möchte Datenanalyst werden, 10 Stunden pro Woche", {"plan": True}),
                ("Wie wird der zweite Kurs geprüft?", _w(ASSESS, "de", cite_prev_step=2)),
                (
                    "Was passiert, wenn ich den vierten weglasse?",
                    {"held_not": ["nda-model-102"], "cite_any": ["nda-graph-302"]},
                ),
            ],
        ),
        (
            ["stack", "digcomp"],
            [
                ("Ich will Data Engineer werden, 8 Stunden pro Woche", {"plan": True}),
                ("Bekomme ich für den ersten ein Zertifikat?", {"cite_prev_step": 1}),
                ("Gehört der zu DigComp?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
            ],
        ),
    ],
    "es": [
        (
            ["why_not", "stack"],
            [
                ("Quiero ser analista de datos, 6 horas por semana", {"plan": True}),
                ("¿por qué no empiezo con el segundo?", _w(ORDER, "es", cite_any=["ual-datos-101"])),
                ("¿en qué certificado se apila el segundo?", {"cite_any": ["ual-cert-datos"]}),
            ],
        ),
        (
            ["ects_hours", "skip"],
            [
                ("Quiero ser analista de datos, 6 horas por semana", {"plan": True}),
                ("¿cuántas horas son los ECTS del primero?", {"reply_any": ["75"], "cite_prev_step": 1}),
                (
                    "¿qué pasa si me salto el segundo?",
                    {"held_not": ["ual-python-201"], "cite_any": ["ual-mineria-301"]},
                ),
            ],
        ),
        (
            ["area_name", "digcomp", "recog"],
            [
                (
                    "Quiero trabajar en ciberseguridad, 5 horas a la semana",
                    {"plan": True, "reply_any": AREA_CYBER["es"]},
                ),
                ("¿el primero es DigComp?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
                ("¿está reconocido el tercero? ¿tiene garantía de calidad?", _w(QA, "es", cite_prev_step=3)),
            ],
        ),
        (
            ["assess", "why_not"],
            [
                ("Quiero trabajar en ciberseguridad, 5 horas a la semana", {"plan": True}),
                ("¿cómo se evalúa el segundo?", _w(ASSESS, "es", cite_prev_step=2)),
                ("¿por qué el tercero va después del segundo?", _w(ORDER, "es", cite_any=["bvca-soc-101"])),
            ],
        ),
        (
            ["eqf", "stack"],
            [
                ("Quiero ser desarrollador web, 8 horas por semana", {"plan": True}),
                ("¿qué significa el nivel EQF del tercero?", _w(EQF_SCALE, "es", cite_prev_step=3)),
                ("¿me dan un certificado al terminar el tercero?", {"cite_any": ["lit-cert-web"]}),
            ],
        ),
    ],
    "fr": [
        (
            ["area_name", "why_first", "skip"],
            [
                (
                    "Je veux travailler dans la cybersécurité, 8 heures par semaine",
                    {"plan": True, "reply_any": AREA_CYBER["fr"]},
                ),
                ("pourquoi le premier cours vient en premier ?", _w(BECAUSE, "fr", cite_prev_step=1)),
                (
                    "et si je saute le deuxième ?",
                    {"held_not": ["bvca-soc-101"], "cite_any": ["bvca-siem-201"]},
                ),
            ],
        ),
        (
            ["recog", "stack"],
            [
                ("Je veux devenir délégué à la protection des données, 4 heures par semaine", {"plan": True}),
                (
                    "le deuxième est-il reconnu ? il y a une assurance qualité ?",
                    _w(QA, "fr", cite_prev_step=2),
                ),
                ("il compte pour quel certificat ?", {"cite_any": ["inl-cert-gouv"]}),
            ],
        ),
        (
            ["ects_hours", "eqf"],
            [
                ("Je veux devenir délégué à la protection des données, 4 heures par semaine", {"plan": True}),
                ("combien d'ECTS fait le troisième ?", {"reply_any": ["40"], "cite_prev_step": 3}),
                ("c'est quoi le niveau CEC 5 ?", {"reply_any": EQF_SCALE["fr"]}),
            ],
        ),
        (
            ["assess", "digcomp"],
            [
                ("Je veux devenir analyste de données, 6 heures par semaine", {"plan": True}),
                ("comment est évalué le troisième ?", _w(ASSESS, "fr", cite_prev_step=3)),
                ("est-ce que le premier est lié au DigComp ?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
            ],
        ),
        (
            ["why_not", "prereq"],
            [
                ("Je veux devenir analyste de données, 6 heures par semaine", {"plan": True}),
                ("pourquoi ne pas commencer par le deuxième ?", _w(ORDER, "fr", cite_prev_step=2)),
                ("le sixième, il faut quoi avant ?", {"cite_any": ["nda-model-102"]}),
            ],
        ),
    ],
    "fi": [
        (
            ["why_first", "ects_hours"],
            [
                ("Haluan data-analyytikoksi, 8 tuntia viikossa", {"plan": True}),
                ("miksi eka kurssi on ensimmäisenä?", _w(BECAUSE, "fi", cite_prev_step=1)),
                ("montako tuntia yksi opintopiste on?", {"reply_any": ECTS_HOURS}),
            ],
        ),
        (
            ["why_not", "stack"],
            [
                ("Haluan verkkokehittäjäksi, 10 tuntia viikossa", {"plan": True}),
                ("miksei voi aloittaa toisesta?", _w(ORDER, "fi", cite_any=["lit-prog-101"])),
                ("mihin todistukseen toinen kuuluu?", {"cite_any": ["lit-cert-web"]}),
            ],
        ),
        (
            ["assess", "recog"],
            [
                ("Haluan verkkokehittäjäksi, 10 tuntia viikossa", {"plan": True}),
                ("miten ensimmäinen arvioidaan?", _w(ASSESS, "fi", cite_prev_step=1)),
                ("onko se tunnustettu tai laadunvarmistettu?", _w(QA, "fi", cite_prev_step=1)),
            ],
        ),
        (
            ["eqf", "skip"],
            [
                ("Haluan data-analyytikoksi, 8 tuntia viikossa", {"plan": True}),
                ("mitä EQF-taso 6 tarkoittaa viidennen kohdalla?", _w(EQF_SCALE, "fi", cite_prev_step=5)),
                (
                    "entä jos jätän neljännen väliin?",
                    {"held_not": ["nda-model-102"], "cite_any": ["nda-graph-302"]},
                ),
            ],
        ),
        (
            ["digcomp", "stack"],
            [
                ("Haluan tietoturva-alalle, 6 tuntia viikossa", {"plan": True}),
                ("onko eka DigCompin mukainen?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
                ("tuleeko toisesta todistus?", {"cite_any": ["bvca-cert-defence"]}),
            ],
        ),
    ],
    "vi": [
        (
            ["area_name", "why_first", "recog"],
            [
                ("Tôi muốn làm về an ninh mạng, 6 giờ mỗi tuần", {"plan": True}),
                ("tại sao khóa đầu tiên lại học trước?", _w(BECAUSE, "vi", cite_prev_step=1)),
                (
                    "khóa thứ hai có được công nhận không, có kiểm định chất lượng không?",
                    _w(QA, "vi", cite_prev_step=2),
                ),
            ],
        ),
        (
            ["prereq", "skip"],
            [
                ("Tôi muốn làm về an ninh mạng, 6 giờ mỗi tuần", {"plan": True}),
                ("khóa thứ ba cần học gì trước?", {"cite_any": ["bvca-soc-101"], "cite_prev_step": 3}),
                (
                    "nếu bỏ qua khóa thứ hai thì sao?",
                    {"held_not": ["bvca-soc-101"], "cite_any": ["bvca-siem-201"]},
                ),
            ],
        ),
        (
            ["ects_hours", "stack"],
            [
                ("Tôi muốn làm lập trình viên web, 10 giờ mỗi tuần", {"plan": True}),
                ("1 ECTS bằng bao nhiêu giờ học?", {"reply_any": ECTS_HOURS}),
                ("khóa thứ hai xếp chồng vào chứng chỉ nào?", {"cite_any": ["lit-cert-web"]}),
            ],
        ),
        (
            ["eqf", "assess"],
            [
                ("Tôi muốn trở thành chuyên viên phân tích dữ liệu, 8 giờ mỗi tuần", {"plan": True}),
                ("trình độ EQF 5 của khóa thứ ba nghĩa là gì?", _w(EQF_SCALE, "vi", cite_prev_step=3)),
                ("khóa thứ tư được đánh giá như thế nào?", _w(ASSESS, "vi", cite_prev_step=4)),
            ],
        ),
        (
            ["why_not", "digcomp"],
            [
                ("Tôi muốn làm lập trình viên web, 10 giờ mỗi tuần", {"plan": True}),
                ("sao không học khóa thứ hai trước?", _w(ORDER, "vi", cite_any=["lit-prog-101"])),
                ("khóa đầu có theo khung DigComp không?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
            ],
        ),
    ],
    "hi": [
        (
            ["area_name", "why_first", "recog"],
            [
                ("मुझे साइबर सुरक्षा में काम करना है, हफ्ते में 6 घंटे", {"plan": True, "reply_any": AREA_CYBER["hi"]}),
                ("पहला कोर्स सबसे पहले क्यों है?", _w(BECAUSE, "hi", cite_prev_step=1)),
                ("दूसरा कोर्स मान्यता प्राप्त है? गुणवत्ता की जाँच कौन करता है?", _w(QA, "hi", cite_prev_step=2)),
            ],
        ),
        (
            ["why_not", "stack"],
            [
                ("मैं वेब डेवलपर बनना चाहती हूँ, हफ्ते में 10 घंटे", {"plan": True}),
                ("दूसरे से शुरू क्यों नहीं कर सकती?", _w(ORDER, "hi", cite_any=["lit-prog-101"])),
                ("दूसरा किस सर्टिफिकेट में गिना जाता है?", {"cite_any": ["lit-cert-web"]}),
            ],
        ),
        (
            ["ects_hours", "eqf"],
            [
                ("मैं डेटा एनालिस्ट बनना चाहता हूँ, हफ्ते में 8 घंटे", {"plan": True}),
                ("एक ECTS में कितने घंटे होते हैं?", {"reply_any": ECTS_HOURS}),
                ("तीसरे कोर्स के EQF लेवल 5 का क्या मतलब है?", _w(EQF_SCALE, "hi", cite_prev_step=3)),
            ],
        ),
        (
            ["skip", "assess"],
            [
                ("मैं डेटा एनालिस्ट बनना चाहता हूँ, हफ्ते में 8 घंटे", {"plan": True}),
                (
                    "चौथा कोर्स छोड़ दूँ तो क्या होगा?",
                    {"held_not": ["nda-model-102"], "cite_any": ["nda-graph-302"]},
                ),
                ("पाँचवें का मूल्यांकन कैसे होता है?", _w(ASSESS, "hi", cite_prev_step=5)),
            ],
        ),
        (
            ["digcomp", "prereq"],
            [
                ("मुझे साइबर सुरक्षा में काम करना है, हफ्ते में 6 घंटे", {"plan": True}),
                ("पहला कोर्स DigComp के हिसाब से है क्या?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
                ("तीसरे से पहले क्या करना होगा?", {"cite_any": ["bvca-soc-101"]}),
            ],
        ),
    ],
    "bn": [
        (
            ["why_first", "skip"],
            [
                ("আমি ওয়েব ডেভেলপার হতে চাই, সপ্তাহে ১০ ঘণ্টা", {"plan": True}),
                ("প্রথম কোর্সটা আগে কেন?", _w(BECAUSE, "bn", cite_prev_step=1)),
                ("দ্বিতীয়টা বাদ দিলে কী হবে?", {"held_not": ["lit-web-201"], "cite_any": ["lit-webstd-202"]}),
            ],
        ),
        (
            ["ects_hours", "eqf"],
            [
                ("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৮ ঘণ্টা", {"plan": True}),
                ("এক ECTS মানে কত ঘণ্টা?", {"reply_any": ECTS_HOURS}),
                ("তৃতীয়টার EQF লেভেল ৫ মানে কী?", _w(EQF_SCALE, "bn", cite_prev_step=3)),
            ],
        ),
        (
            ["digcomp", "recog"],
            [
                ("আমি সাইবার নিরাপত্তায় কাজ করতে চাই, সপ্তাহে ৬ ঘণ্টা", {"plan": True}),
                ("প্রথমটা কি DigComp অনুযায়ী?", {"reply_any": DIGCOMP, "cite_prev_step": 1}),
                ("দ্বিতীয়টা কি স্বীকৃত? মান নিশ্চিত করে কে?", _w(QA, "bn", cite_prev_step=2)),
            ],
        ),
        (
            ["why_not", "stack"],
            [
                ("আমি ওয়েব ডেভেলপার হতে চাই, সপ্তাহে ১০ ঘণ্টা", {"plan": True}),
                ("দ্বিতীয়টা দিয়ে শুরু করি না কেন?", _w(ORDER, "bn", cite_any=["lit-prog-101"])),
                ("দ্বিতীয়টা কোন সার্টিফিকেটের অংশ?", {"cite_any": ["lit-cert-web"]}),
            ],
        ),
        (
            ["assess", "prereq"],
            [
                ("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৮ ঘণ্টা", {"plan": True}),
                ("চতুর্থটার মূল্যায়ন কীভাবে হয়?", _w(ASSESS, "bn", cite_prev_step=4)),
                ("পঞ্চমটার আগে কী লাগবে?", {"cite_any": ["nda-model-102"]}),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    out = []
    for n, (tags, turns) in enumerate(_BY_LANG[lang], 1):
        out.append(
            D(
                f"{lang}-explain22-{n:02d}",
                ["explain22", *tags],
                [T(t, ANY, **c) for t, c in turns],
                split="tune",
            )
        )
    return out
