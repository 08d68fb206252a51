"""The follow20 batch (session 20, issue #12, tune): follow-ups that keep the thread. Written BEFORE the
fixes by the helper who fixes them (a check of that work, not a blind measure), in its own phrasings after
reading the verdicts of the lead's trial 15 (t15-01, -10, -18) and the brief, all eight languages and
Hinglish. Classes (tags):

1. `opening_time`, `opening_interest`, `opening_pick`: after the counsellor's opening to a vague learner (or
   an adviser's client), the answer - hours, an interest or "you pick" - moves on: the reply leads with ONE
   first course of the direction what was said points to (`cite_first`), and "what's the very first thing I
   should do?" / "wo fang ich an?" / "¿por dónde empiezo?" / "par où commencer ?" / "mistä aloitan?" / "bắt
   đầu từ đâu?" / "pehle kya karun?" / "প্রথমে কী করব?" names it again, never the three directions or the
   goal question;
2. `first_after_plan`: "what's the first step?" over a plan names the plan's first step (`cite_prev_step`);
3. `faster`: "faster?" said any way right after a plan re-plans with the fastest strategy (`plan_strategy`);
4. `held_level`: "I did the basics course, now I want something advanced" over a list: the basics course in
   focus held, entries above it cited, never the basics course again (no contradictory level limits);
5. `plan_focus`: "make me a plan to get to the GPU one" after a list plans towards the entry in focus (it is
   in the plan), no area goal made of the words.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T
from t11goal_lists import ANY
from vague19_lists import DATA, SUPPORT, WEB

# the catalogue's entries at EQF 4 or below: a first course for someone starting out, in any direction
STARTERS = [
    "aec-hw-105",
    "bvca-awareness-101",
    "bvca-soc-101",
    "ccna-email-103",
    "ccna-fondements-101",
    "ccna-hw-102",
    "ccna-net-101",
    "diaa-ai-101",
    "glcc-alfab-108",
    "glcc-cert-df",
    "glcc-code-107",
    "glcc-comm-102",
    "glcc-create-103",
    "glcc-dl-101",
    "glcc-help-201",
    "glcc-office-106",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-sys-202",
    "hrd-backup-102",
    "hrd-cloud-101",
    "hrd-linux-101",
    "inl-citoyen-102",
    "inl-cyber-201",
    "inl-pix-101",
    "inl-securite-103",
    "lit-git-103",
    "lit-prog-101",
    "ual-contenidos-102",
    "ual-datos-101",
    "ual-digital-101",
    "ual-ia-101",
    "ual-problemas-103",
]
WEB_START = [*WEB, "lit-prog-101", "glcc-code-107", "lit-git-103"]
DATA_START = [*DATA, "glcc-office-106", "ual-datos-101"]
SUPPORT_START = [*SUPPORT, "glcc-dl-101", "glcc-sys-202", "glcc-solve-105", "ual-problemas-103"]
FASTEST = {"plan_strategy": ["fastest"], "faster": True}
FIRST = {"cite_prev_step": 1}
HL = {"any_lang": True}  # Hinglish: any reply language (the set's convention)

# (tags, turns as (text, checks)) per language; ids <lang>-follow20-NN in order
_BY_LANG: dict[str, list[tuple[list[str], list[tuple[str, dict]]]]] = {
    "en": [
        (
            ["opening_time"],
            [
                (
                    "hey, I stack shelves at a supermarket and honestly I'm fed up. is IT worth getting "
                    "into?",
                    {"dead_ok": True},
                ),
                (
                    "I've got about 4 hours a week, can't spend much",
                    {"cite_first": STARTERS, "hours": 4, "goal_not": ["shelves", "supermarket"]},
                ),
                ("right, so what do I actually do first?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["opening_interest"],
            [
                (
                    "I work nights on a hotel reception desk, want a change but no idea to what",
                    {"dead_ok": True},
                ),
                (
                    "I've always liked making little websites for friends",
                    {"cite_first": WEB_START, "goal_not": ["friends", "little"]},
                ),
                ("so where do I begin?", {"cite_first": WEB_START}),
            ],
        ),
        (
            ["faster"],
            [
                ("I want to become a cloud engineer, I have 5 hours a week", {"plan": True}),
                ("can it be done quicker?", FASTEST),
            ],
        ),
        (
            ["first_after_plan"],
            [
                ("I'd like to be a data analyst, 6 hours a week", {"plan": True}),
                ("ok what's step one?", FIRST),
            ],
        ),
        (
            ["plan_focus"],
            [
                ("which courses do you have about AI?", {}),
                (
                    "make me a plan to get to the GPU one",
                    {"plan_incl": ["padr-gpu-301"], "goal_not": ["gpu"]},
                ),
            ],
        ),
        (
            ["held_level"],
            [
                ("which courses do you have about AI?", {}),
                (
                    "I did the basics course, now I want something advanced",
                    {"held": ["diaa-ai-101"], "cite_min": 1, "cite_none": ["diaa-ai-101", "ual-ia-101"]},
                ),
            ],
        ),
        (
            ["opening_time", "adviser"],
            [
                (
                    "My client is a 45-year-old bus driver who wants out of driving, no idea what else",
                    {"dead_ok": True},
                ),
                ("she can do 3 hours a week", {"cite_first": STARTERS, "hours": 3}),
                ("what should she do first?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["faster"],
            [
                ("I want to be a web developer, 8 hours a week", {"plan": True}),
                ("is there a faster route?", FASTEST),
            ],
        ),
    ],
    "de": [
        (
            ["opening_pick"],
            [
                (
                    "Ich arbeite im Lager und hab keinen Bock mehr. IT soll ja gut bezahlt sein?",
                    {"dead_ok": True},
                ),
                ("Such du was für mich aus", {"cite_first": STARTERS, "goal_not": ["lager", "bock"]}),
                ("und was mach ich als allererstes?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["opening_time", "adviser"],
            [
                (
                    "Meine Klientin ist Friseurin und will was Neues machen, weiß aber nicht was",
                    {"dead_ok": True},
                ),
                ("sie hat so 5 Stunden die Woche", {"cite_first": STARTERS, "hours": 5}),
                ("womit soll sie anfangen?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["faster"],
            [
                ("Ich möchte Cloud Engineer werden, 5 Stunden pro Woche", {"plan": True}),
                ("geht das auch schneller?", FASTEST),
            ],
        ),
        (
            ["plan_focus"],
            [
                ("welche Kurse gibt es zu Cloud?", {}),
                (
                    "mach mir einen Plan bis zum Datenbank-Kurs",
                    {"plan_incl": ["hrd-clouddb-303"], "goal_not": ["datenbank"]},
                ),
            ],
        ),
        (
            ["first_after_plan"],
            [
                ("Ich will Datenanalystin werden, 6 Stunden die Woche", {"plan": True}),
                ("was ist der erste Schritt?", FIRST),
            ],
        ),
        (
            ["held_level"],
            [
                ("welche Kurse gibt es zu Cloud?", {}),
                (
                    "den Grundlagenkurs hab ich schon gemacht, jetzt will ich was Fortgeschrittenes",
                    {"held": ["hrd-cloud-101"], "cite_min": 1, "cite_none": ["hrd-cloud-101"]},
                ),
            ],
        ),
    ],
    "es": [
        (
            ["opening_interest"],
            [
                ("trabajo de cajera y estoy harta, dicen que la informática tiene salida", {"dead_ok": True}),
                (
                    "siempre me han gustado los números y las hojas de cálculo",
                    {"cite_first": DATA_START, "goal_not": ["números", "siempre"]},
                ),
                ("¿por dónde empiezo?", {"cite_first": DATA_START}),
            ],
        ),
        (
            ["opening_time"],
            [
                ("hola, soy camarero y quiero cambiar de sector, no sé a qué", {"dead_ok": True}),
                ("puedo dedicarle unas 4 horas a la semana", {"cite_first": STARTERS, "hours": 4}),
                ("vale, ¿y qué hago primero?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["faster"],
            [
                ("Quiero ser analista de datos, tengo 6 horas a la semana", {"plan": True}),
                ("¿hay alguna forma más rápida?", FASTEST),
            ],
        ),
        (
            ["plan_focus"],
            [
                ("¿qué cursos hay de ciberseguridad?", {}),
                (
                    "hazme un plan para llegar al de detección de anomalías",
                    {"plan_incl": ["lcsi-anom-301"], "goal_not": ["anomal", "detecci"]},
                ),
            ],
        ),
        (
            ["held_level"],
            [
                ("Me gustaría ser analista de datos", {}),
                (
                    "ya hice el curso básico, ahora quiero algo avanzado",
                    {
                        "held": ["ual-datos-101"],
                        "cite_min": 1,
                        "cite_none": ["ual-datos-101"],
                        "goal": "data_analyst",
                    },
                ),
            ],
        ),
        (
            ["first_after_plan"],
            [
                ("Quiero ser analista de datos, 6 horas a la semana", {"plan": True}),
                ("¿cuál es el primer paso?", FIRST),
            ],
        ),
    ],
    "fr": [
        (
            ["opening_time"],
            [
                (
                    "salut, je suis caissière et j'en ai marre, on m'a dit que l'informatique ça recrute",
                    {"dead_ok": True},
                ),
                ("j'ai environ 5 heures par semaine", {"cite_first": STARTERS, "hours": 5}),
                ("ok mais concrètement je commence par quoi ?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["opening_pick"],
            [
                (
                    "bonjour, je suis livreur et je voudrais changer de métier, mais je sais pas vers quoi",
                    {"dead_ok": True},
                ),
                ("choisis pour moi", {"cite_first": STARTERS, "goal_not": ["livreur", "métier"]}),
                ("par où commencer ?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["faster"],
            [
                ("Je veux devenir ingénieur cloud, 5 heures par semaine", {"plan": True}),
                ("il y a plus rapide ?", FASTEST),
            ],
        ),
        (
            ["plan_focus"],
            [
                ("quelles formations en data ?", {}),
                (
                    "fais-moi un plan pour arriver à celle sur les principes FAIR",
                    {"plan_incl": ["padr-fair-203"], "goal_not": ["fair", "principes"]},
                ),
            ],
        ),
        (
            ["first_after_plan"],
            [
                ("je veux devenir développeur web, 6 heures par semaine", {"plan": True}),
                ("par où commencer ?", FIRST),
            ],
        ),
    ],
    "fi": [
        (
            ["opening_time"],
            [
                ("moi, olen siivooja ja kyllästynyt, kuulin että IT-alalla on töitä", {"dead_ok": True}),
                ("ehdin ehkä 4 tuntia viikossa", {"cite_first": STARTERS, "hours": 4}),
                ("mistä mä aloitan?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["opening_interest"],
            [
                ("olen varastotyöntekijä enkä tiedä mitä haluan", {"dead_ok": True}),
                ("tykkään korjata kavereiden tietokoneita", {"cite_first": SUPPORT_START}),
                ("mikä on ensimmäinen askel?", {"cite_first": SUPPORT_START}),
            ],
        ),
        (
            ["faster"],
            [
                ("Haluan data-analyytikoksi, 6 tuntia viikossa", {"plan": True}),
                ("saisiko nopeammin?", FASTEST),
            ],
        ),
        (
            ["plan_focus"],
            [
                ("mitä pilvikursseja teillä on?", {}),
                (
                    "tee suunnitelma siihen edge-kurssiin asti",
                    {"plan_incl": ["lcsi-edge-302"], "goal_not": ["edge"]},
                ),
            ],
        ),
        (
            ["first_after_plan"],
            [("haluan pilvi-insinööriksi, 5 tuntia viikossa", {"plan": True}), ("mikä on eka askel?", FIRST)],
        ),
    ],
    "vi": [
        (
            ["opening_time"],
            [
                ("chào, em làm công nhân may, chán rồi, nghe nói ngành IT lương cao", {"dead_ok": True}),
                ("em học được khoảng 5 tiếng mỗi tuần", {"cite_first": STARTERS, "hours": 5}),
                ("vậy em nên bắt đầu từ đâu?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["opening_pick"],
            [
                ("tôi đang làm bán hàng, muốn đổi nghề nhưng chưa biết làm gì", {"dead_ok": True}),
                ("bạn chọn giúp tôi đi", {"cite_first": STARTERS, "goal_not": ["bán hàng", "đổi nghề"]}),
                ("bước đầu tiên là gì?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["faster"],
            [
                ("Tôi muốn trở thành chuyên viên phân tích dữ liệu, 6 giờ mỗi tuần", {"plan": True}),
                ("có cách nào nhanh hơn không?", FASTEST),
            ],
        ),
        (
            ["plan_focus"],
            [
                ("có khóa học nào về mạng máy tính không?", {}),
                (
                    "lập kế hoạch để học tới khóa forensics",
                    {"plan_incl": ["bvca-netfor-302"], "goal_not": ["forensics"]},
                ),
            ],
        ),
        (
            ["first_after_plan"],
            [("tôi muốn làm kỹ sư đám mây, 5 giờ mỗi tuần", {"plan": True}), ("bắt đầu từ đâu?", FIRST)],
        ),
    ],
    "hi": [
        (
            ["opening_time"],
            [
                ("नमस्ते, मैं दुकान में काम करता हूँ और ऊब गया हूँ, सुना है आईटी में अच्छा पैसा है", {"dead_ok": True}),
                ("हफ्ते में 4 घंटे दे सकता हूँ", {"cite_first": STARTERS, "hours": 4}),
                ("तो सबसे पहले क्या करूँ?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["opening_interest"],
            [
                ("मैं ड्राइवर हूँ, कुछ नया सीखना चाहता हूँ पर पता नहीं क्या", {"dead_ok": True}),
                ("मुझे कंप्यूटर ठीक करना अच्छा लगता है", {"cite_first": SUPPORT_START}),
                ("शुरुआत कहाँ से करूँ?", {"cite_first": SUPPORT_START}),
            ],
        ),
        (
            ["faster"],
            [("मुझे डेटा एनालिस्ट बनना है, हफ्ते में 6 घंटे", {"plan": True}), ("इससे जल्दी हो सकता है?", FASTEST)],
        ),
        (
            ["held_level"],
            [
                ("मुझे एआई के कोर्स दिखाइए", {}),
                (
                    "बेसिक वाला कोर्स मैंने कर लिया है, अब कुछ एडवांस चाहिए",
                    {"held": ["diaa-ai-101"], "cite_min": 1, "cite_none": ["diaa-ai-101", "ual-ia-101"]},
                ),
            ],
        ),
        (
            ["first_after_plan"],
            [("मुझे क्लाउड इंजीनियर बनना है, हफ्ते में 5 घंटे", {"plan": True}), ("पहला कदम क्या है?", FIRST)],
        ),
        (
            ["opening_time", "hinglish"],
            [
                ("yaar main call center mein hoon, bore ho gaya, IT mein jaana hai", {"dead_ok": True, **HL}),
                ("hafte mein 5 ghante de sakta hoon", {"cite_first": STARTERS, "hours": 5, **HL}),
                ("pehle kya karun?", {"cite_first": STARTERS, **HL}),
            ],
        ),
        (
            ["faster", "hinglish"],
            [
                ("mujhe data analyst banna hai, hafte mein 6 ghante", {"plan": True, **HL}),
                ("thoda jaldi wala plan?", {**FASTEST, **HL}),
            ],
        ),
        (
            ["plan_focus", "hinglish"],
            [
                ("kya HPC ke courses hain?", HL),
                (
                    "energy efficient wale tak ka plan bana do",
                    {"plan_incl": ["padr-green-205"], "goal_not": ["energy"], **HL},
                ),
            ],
        ),
    ],
    "bn": [
        (
            ["opening_time"],
            [
                ("আমি একটা দোকানে কাজ করি, একঘেয়ে লাগছে, শুনেছি আইটিতে ভালো টাকা", {"dead_ok": True}),
                ("সপ্তাহে ৪ ঘণ্টা সময় দিতে পারব", {"cite_first": STARTERS, "hours": 4}),
                ("প্রথমে কী করব?", {"cite_first": STARTERS}),
            ],
        ),
        (
            ["opening_interest"],
            [
                ("আমি গার্মেন্টসে কাজ করি, নতুন কিছু করতে চাই কিন্তু জানি না কী", {"dead_ok": True}),
                ("সংখ্যা আর হিসাব নিয়ে কাজ করতে ভালো লাগে", {"cite_first": DATA_START}),
                ("কোথা থেকে শুরু করব?", {"cite_first": DATA_START}),
            ],
        ),
        (
            ["faster"],
            [("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৬ ঘণ্টা", {"plan": True}), ("আরও তাড়াতাড়ি করা যায়?", FASTEST)],
        ),
        (
            ["plan_focus"],
            [
                ("ডেটা নিয়ে কোন কোন কোর্স আছে?", {}),
                (
                    "FAIR এর কোর্সটা পর্যন্ত একটা প্ল্যান বানিয়ে দিন",
                    {"plan_incl": ["padr-fair-203"], "goal_not": ["fair"]},
                ),
            ],
        ),
        (
            ["first_after_plan"],
            [("আমি ক্লাউড ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ৫ ঘণ্টা", {"plan": True}), ("প্রথম ধাপ কী?", FIRST)],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    out = []
    for n, (tags, turns) in enumerate(_BY_LANG[lang], 1):
        out.append(
            D(
                f"{lang}-follow20-{n:02d}",
                ["follow20", *tags],
                [T(t, ANY, **c) for t, c in turns],
                split="tune",
            )
        )
    return out
