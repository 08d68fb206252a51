"""The refs23 batch (session 23, issue #12, tune): what "that one" points at, follow-ups on a plan, and goals
named by an area or a need. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
blind measure), in its own phrasings after reading the verdicts of the lead's trial 18 (t18-08, -09, -12,
-20), all eight languages. Classes (tags):

1. `referent`: a list (a goal's first courses or a search), then one entry picked by a superlative or a place
   ("the cheapest of those", "el más corto", "le dernier", "halvin"), then a question about "that one / ese /
   celui-là / der / se / cái đó / वो / ওটা" and a certificate: about the entry picked (its first citation is
   the previous turn's first), never a certificate of an older answer;
2. `swap`: a plan, then "swap the last one for something online": the last step left out, a re-plan, and the
   reply says what changed (the step was already online, or what takes its place);
3. `in_lang`: a goal the catalogue teaches only in English, then "anything in French/German?": the on-goal
   courses stay cited (never only an unrelated list in that language);
4. `area`: a goal named by an area or a need ("I need cloud skills for my job", "mir fehlt Wissen in
   Datenanalyse", "tarvitsen HPC-taitoja"), then a plan request: the goal is the area's occupation and the
   plan is on it.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import OCC, D, T
from t11goal_lists import ANY

# what a swap reply says changed: the step was already in the asked format, or what takes its place
SWAP_SAID = {
    "en": ["already online", "in its place", "instead of it"],
    "de": ["bereits online", "schon online", "an seiner stelle", "stattdessen"],
    "es": ["ya era en línea", "ya es en línea", "en su lugar"],
    "fr": ["déjà en ligne", "à sa place"],
    "fi": ["jo verkossa", "sen tilalle", "sen tilalla"],
    "vi": ["đã là trực tuyến", "vốn đã trực tuyến", "thay vào đó", "thay thế"],
    "hi": ["पहले से ऑनलाइन", "उसकी जगह"],
    "bn": ["আগে থেকেই অনলাইন", "ইতিমধ্যে অনলাইন", "তার জায়গায়"],
}
MCD = ["aec-mcd-101", "aec-cert-dld", "aec-outcomes-102"]  # micro-credential design (English only)


def _refs(goal: str, pick: str, ask: str) -> list[tuple[str, dict]]:
    return [
        (goal, {"cite_min": 1}),
        (pick, {"cite_min": 1}),
        (ask, {"cite_prev_nth": 1}),
    ]


def _swap(lang: str, goal: str, swap: str) -> list[tuple[str, dict]]:
    return [
        (goal, {"plan": True}),
        (swap, {"plan": True, "plan_excl_prev_step": -1, "reply_any": SWAP_SAID[lang]}),
    ]


def _area(goal: str, occ: str, plan: str) -> list[tuple[str, dict]]:
    return [
        (goal, {"goal": occ}),
        (plan, {"goal": occ, "plan": True}),
    ]


def _in_lang(goal: str, ask: str) -> list[tuple[str, dict]]:
    return [
        (goal, {"goal": "microcred"}),
        (ask, {"goal": "microcred", "cite_any": MCD}),
    ]


_BY_LANG: dict[str, list[tuple[list[str], list[tuple[str, dict]]]]] = {
    "en": [
        (
            ["referent"],
            _refs(
                "I want to become a data analyst",
                "which is the cheapest of those?",
                "ok and does that one have a recognised certificate?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "show me cloud security courses",
                "what's the shortest one",
                "is that one recognised? do i get a certificate from it",
            ),
        ),
        (
            ["swap"],
            _swap(
                "en",
                "plan to become a web developer, 6 hours a week",
                "swap the last one for something online",
            ),
        ),
        (["area"], _area("I need cloud skills for my job", "cloud", "ok plan it, 6 hours a week")),
        (
            ["area"],
            _area(
                "my phd needs HPC skills, compute clusters are all new to me",
                "hpc",
                "what order should I take the courses in? 8 h a week",
            ),
        ),
        (
            ["in_lang"],
            _in_lang("I train adults and have to design micro-credentials now", "anything in German?"),
        ),
    ],
    "de": [
        (
            ["referent"],
            _refs(
                "Ich will Datenanalyst werden",
                "welcher davon ist der billigste?",
                "hat der ein anerkanntes Zertifikat?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "Ich möchte in die Cybersicherheit",
                "und der letzte?",
                "gibt es für den ein anerkanntes Zertifikat?",
            ),
        ),
        (
            ["swap"],
            _swap(
                "de",
                "Plan bitte: Webentwickler werden, 6 Stunden pro Woche",
                "tausch den letzten gegen was Online-Kurs aus",
            ),
        ),
        (
            ["area"],
            _area(
                "mir fehlt Wissen in Datenanalyse", "data_analyst", "mach mir einen Plan, 5 Stunden die Woche"
            ),
        ),
        (
            ["area"],
            _area("ich brauche Cloud-Kenntnisse für meinen Job", "cloud", "Plan bitte, 4 Stunden pro Woche"),
        ),
    ],
    "es": [
        (
            ["referent"],
            _refs(
                "Quiero ser analista de datos, la verdad",
                "¿cuál de esos es el más corto?",
                "¿y ese da un certificado reconocido?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "quiero trabajar en ciberseguridad",
                "el mas barato de esos cual es",
                "ese tiene certificado oficial?",
            ),
        ),
        (
            ["swap"],
            _swap(
                "es",
                "quiero ser desarrollador web, 6 horas a la semana",
                "cambia el último por algo en línea",
            ),
        ),
        (["area"], _area("quiero aprender redes con IA", "ainet", "hazme un plan, 8 horas por semana")),
        (
            ["area"],
            _area(
                "necesito habilidades de nube para mi trabajo",
                "cloud",
                "planifica mi itinerario con 5 horas semanales",
            ),
        ),
    ],
    "fr": [
        (
            ["referent"],
            _refs(
                "je veux devenir analyste de données",
                "le moins cher de ceux-là ?",
                "et celui-là, il a un certificat reconnu ?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "je veux travailler dans la cybersécurité",
                "c'est lequel le plus court ?",
                "celui-ci donne un diplôme reconnu ?",
            ),
        ),
        (
            ["swap"],
            _swap(
                "fr",
                "je veux devenir développeur web, 6 heures par semaine",
                "remplace le dernier par un cours en ligne",
            ),
        ),
        (
            ["area"],
            _area(
                "il me faut des compétences en cloud pour mon poste",
                "cloud",
                "fais-moi un plan, 5 h par semaine",
            ),
        ),
        (
            ["in_lang"],
            _in_lang(
                "on me demande de concevoir des micro-certifications pour nos stagiaires",
                "il y a quelque chose en français ?",
            ),
        ),
    ],
    "fi": [
        (
            ["referent"],
            _refs(
                "haluan data-analyytikoksi joskus",
                "mikä niistä on halvin?",
                "onko siitä saatava todistus tunnustettu?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "haluan töihin kyberturvallisuuteen",
                "entä viimeinen?",
                "saako siitä virallisen todistuksen?",
            ),
        ),
        (
            ["swap"],
            _swap(
                "fi", "haluan web-kehittäjäksi, 6 tuntia viikossa", "vaihda viimeinen johonkin verkkokurssiin"
            ),
        ),
        (
            ["area"],
            _area(
                "tarvitsen HPC-osaamista väitöskirjaani varten, laskentaklusterit ovat uusia",
                "hpc",
                "missä järjestyksessä kurssit kannattaa käydä? 6 tuntia viikossa",
            ),
        ),
        (["area"], _area("tarvitsen pilviosaamista työssäni", "cloud", "tee suunnitelma, 5 tuntia viikossa")),
    ],
    "vi": [
        (
            ["referent"],
            _refs(
                "tôi muốn làm chuyên viên phân tích dữ liệu",
                "cái nào rẻ nhất trong số đó?",
                "cái đó có chứng chỉ được công nhận không?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "mình muốn học an ninh mạng",
                "khóa ngắn nhất là khóa nào?",
                "khóa đó có cấp chứng chỉ được công nhận ko?",
            ),
        ),
        (
            ["swap"],
            _swap(
                "vi",
                "tôi muốn làm lập trình viên web, 6 giờ mỗi tuần",
                "đổi khóa cuối cùng sang một khóa trực tuyến",
            ),
        ),
        (
            ["area"],
            _area(
                "tôi cần kỹ năng điện toán đám mây cho công việc",
                "cloud",
                "lập kế hoạch giúp tôi, 5 giờ mỗi tuần",
            ),
        ),
        (
            ["area"],
            _area(
                "mình thiếu kiến thức phân tích dữ liệu", "data_analyst", "lên lộ trình cho mình, 6 giờ/tuần"
            ),
        ),
    ],
    "hi": [
        (
            ["referent"],
            _refs(
                "मुझे डेटा एनालिस्ट बनना है",
                "इनमें से सबसे सस्ता कौन सा है?",
                "क्या वो मान्यता प्राप्त सर्टिफिकेट देता है?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "मैं साइबर सुरक्षा में काम करना चाहता हूँ",
                "सबसे छोटा कोर्स कौन सा है?",
                "उसका सर्टिफिकेट मान्य है क्या?",
            ),
        ),
        (
            ["swap"],
            _swap("hi", "मुझे वेब डेवलपर बनना है, हफ्ते में 6 घंटे", "आखिरी वाले को किसी ऑनलाइन कोर्स से बदल दो"),
        ),
        (["area"], _area("मुझे अपनी नौकरी के लिए क्लाउड स्किल्स चाहिए", "cloud", "प्लान बना दो, हफ्ते में 5 घंटे")),
        (["area"], _area("मुझे डेटा विश्लेषण का ज्ञान नहीं है, सीखना है", "data_analyst", "योजना बनाइए, हर हफ्ते 6 घंटे")),
    ],
    "bn": [
        (
            ["referent"],
            _refs(
                "আমি একদিন ডেটা অ্যানালিস্ট হতে চাই",
                "এগুলোর মধ্যে সবচেয়ে সস্তা কোনটা?",
                "ওটার কি স্বীকৃত সার্টিফিকেট আছে?",
            ),
        ),
        (
            ["referent"],
            _refs(
                "আমি সাইবার নিরাপত্তায় কাজ করতে চাই",
                "সবচেয়ে ছোট কোর্স কোনটা?",
                "ওইটার সার্টিফিকেট কি স্বীকৃত?",
            ),
        ),
        (
            ["swap"],
            _swap("bn", "আমি ওয়েব ডেভেলপার হতে চাই, সপ্তাহে ৬ ঘণ্টা", "শেষেরটা বদলে একটা অনলাইন কোর্স দাও"),
        ),
        (["area"], _area("আমার কাজের জন্য ক্লাউডের দক্ষতা দরকার", "cloud", "একটা পরিকল্পনা করে দাও, সপ্তাহে ৫ ঘণ্টা")),
        (["area"], _area("ডেটা বিশ্লেষণে আমার জ্ঞানের ঘাটতি আছে", "data_analyst", "প্ল্যান বানাও, সপ্তাহে ৬ ঘণ্টা")),
    ],
}
assert all(
    occ in OCC for turns in _BY_LANG.values() for _, t in turns for _, c in t if (occ := c.get("goal"))
)


def dialogues(lang: str) -> list[D]:
    out = []
    for n, (tags, turns) in enumerate(_BY_LANG[lang], 1):
        out.append(
            D(
                f"{lang}-refs23-{n:02d}",
                ["refs23", *tags],
                [T(t, ANY, **c) for t, c in turns],
                split="tune",
            )
        )
    return out
