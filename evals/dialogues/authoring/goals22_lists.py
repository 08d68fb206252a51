"""The goals22 batch (session 22, issue #12, tune): goals and roles read from any sentence, no junk.
Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own
phrasings after reading the verdicts of the lead's trial 17 (t17-01, -02, -14, -18, -20: 'heard artificial
intelligence future', 'mechanic cybersecurity', 'ready', 'backend dev (Python', 'Vietnamese accountant'), all
eight languages and Hinglish. Classes (tags):

1. `hearsay`: a goal said as hearsay ("I heard AI is the future", "dicen que", "on m'a dit que",
   "kuulin että", "nghe nói", "सुना है", "শুনেছি") is the field, never the words of the hearsay;
2. `place`: a nationality or a place beside the job ("a Vietnamese accountant in Hanoi", "aus Danzig") is no
   part of the role;
3. `brackets`: a job followed by brackets or a list of tools ("backend dev (Python, Postgres, Docker)") is the
   job alone;
4. `trade_field`: a trade and a field in one sentence ("Mechaniker, will in die IT-Sicherheit"): the trade is
   the role, the field the goal, never both in the goal;
5. `not_goal`: a "yes", "ok", "ready", "passt", "vale", "d'accord", "selvä", "được", "ঠিক আছে" after a goal is
   no goal: the goal said before stays;
6. `two_goals`: two fields offered as alternatives ("either data or cloud") are never glued into one label;
7. `adviser`: an adviser speaking about a client (name, age, former job, city): the client's job is the role,
   the client's wish the goal;
8. `unknown`: a goal the catalogue has no occupation or courses for (pilot, chef, nurse, lawyer): no
   occupation set as the goal, no leftover words, and the nearest entries offered.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import OCC, D, T
from t11goal_lists import ANY

AI = OCC["ai"]
CYBER = OCC["cyber"]
CLOUD = OCC["cloud"]
DATA = [*OCC["data_analyst"], "data"]
OCC_URI = ["esco/occupation"]
HOURS = {
    "en": "I have maybe 5 hours a week",
    "de": "ich hab so 5 Stunden pro Woche",
    "es": "tengo unas 5 horas por semana",
    "fr": "j'ai à peu près 5 heures par semaine",
    "fi": "mulla on noin 5 tuntia viikossa",
    "vi": "mỗi tuần mình có khoảng 5 tiếng",
    "hi": "मेरे पास हफ्ते में लगभग 5 घंटे हैं",
    "bn": "সপ্তাহে প্রায় ৫ ঘণ্টা সময় আছে",
}


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _hours(lang: str, **checks: object) -> T:
    """A follow-up with hours: the goal and role checks of the first turn still hold."""
    return _t(HOURS[lang], hours=5, **checks)


def _unknown(text: str, words: list[str]) -> T:
    """A goal the catalogue does not know: no occupation as the goal, none of its words, the nearest shown."""
    return _t(text, goal_not=[*OCC_URI, *words], cite_min=1)


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "hearsay",
            [],
            [
                _t(
                    "so i stack shelves at night and its getting old. ppl keep saying cyber security is the "
                    "future, is that true lol",
                    goal=CYBER,
                    goal_not=["saying", "future", "ppl", "shelves", "true"],
                ),
                _t("ok ready, lets go", goal=CYBER, goal_not=["ready", "lets"]),
            ],
        ),
        (
            "adviser",
            ["place"],
            [
                _t(
                    "I'm supporting Marek, 52, a bus driver from Kraków. He would like to move into data "
                    "analysis but has never used anything beyond email.",
                    goal=DATA,
                    goal_not=["driver", "marek", "krak", "email"],
                    role=["driver"],
                    role_not=["krak", "marek", "52"],
                ),
                _hours("en", goal=DATA, role_not=["krak", "marek"]),
            ],
        ),
        (
            "brackets",
            [],
            [
                _t(
                    "I'm a frontend developer (React, TypeScript, a bit of Node) and I want to get into "
                    "cloud engineering this year",
                    goal=CLOUD,
                    role=["frontend", "developer"],
                    role_not=["(", "react", "typescript", "node"],
                ),
                _hours("en", role_not=["(", "react"]),
            ],
        ),
        (
            "two_goals",
            [],
            [
                _t(
                    "honestly it's either cybersecurity or cloud for me, can't decide",
                    goal_not=["security cloud", "cyber cloud", "cybersecurity cloud", "either", "decide"],
                ),
            ],
        ),
        (
            "trade_field",
            [],
            [
                _t(
                    "Electrician here, 15 years on building sites - want to switch to IT security",
                    goal=CYBER,
                    goal_not=["electric", "building", "sites", "switch"],
                    role=["electrician"],
                    role_not=["years", "sites", "building"],
                ),
                _hours("en", goal=CYBER, goal_not=["electric"]),
            ],
        ),
        (
            "unknown",
            [],
            [
                _unknown(
                    "I'd love to become an airline pilot one day, what should I take?", ["pilot", "airline"]
                )
            ],
        ),
        (
            "not_goal",
            ["hinglish"],
            [
                _t("mujhe cloud engineer banna hai, abhi call center mein hoon", goal=CLOUD, any_lang=True),
                _t("haan ready hoon, plan bana do", goal=CLOUD, goal_not=["ready", "haan"], any_lang=True),
            ],
        ),
        (
            "hearsay",
            ["hinglish"],
            [
                _t(
                    "sabne bola data science ka future hai, main kirana store chalata hoon, "
                    "kya main kar sakta hoon?",
                    goal=DATA,
                    goal_not=["future", "bola", "kirana", "store", "sabne"],
                    any_lang=True,
                ),
            ],
        ),
        (
            "place",
            [],
            [
                _t(
                    "I'm a Nigerian pharmacist living in Dublin and I want to retrain as a data analyst",
                    goal=DATA,
                    goal_not=["nigeria", "dublin", "pharmac", "retrain"],
                    role=["pharmacist"],
                    role_not=["nigeria", "dublin", "living"],
                ),
                _t("yes", goal=DATA, goal_not=["yes"]),
            ],
        ),
    ],
    "de": [
        (
            "trade_field",
            [],
            [
                _t(
                    "Ich bin KFZ-Mechatroniker und will in Richtung Cybersicherheit umschulen",
                    goal=CYBER,
                    goal_not=["mechatron", "kfz", "umschul"],
                ),
                _hours("de", goal=CYBER, goal_not=["mechatron"]),
            ],
        ),
        (
            "hearsay",
            [],
            [
                _t(
                    "Hab gehört, KI ist die Zukunft. Ich arbeite im Lager, Schichtdienst, "
                    "keine Ahnung wo anfangen",
                    goal=AI,
                    goal_not=["gehört", "zukunft", "lager", "ahnung", "schicht"],
                ),
                _t("passt, bin bereit", goal=AI, goal_not=["bereit", "passt"]),
            ],
        ),
        (
            "place",
            ["adviser"],
            [
                _t(
                    "Meine Klientin ist eine ukrainische Buchhalterin aus Charkiw, jetzt in Leipzig. "
                    "Sie möchte Datenanalystin werden.",
                    goal=DATA,
                    goal_not=["ukrain", "charkiw", "leipzig", "buchhalter"],
                    role_not=["ukrain", "charkiw", "leipzig"],
                ),
                _hours("de", goal=DATA, role_not=["ukrain", "leipzig"]),
            ],
        ),
        (
            "two_goals",
            [],
            [
                _t(
                    "Entweder Cloud oder Datenbanken, bin mir noch unsicher",
                    goal_not=["cloud daten", "entweder", "unsicher"],
                )
            ],
        ),
        ("unknown", [], [_unknown("Ich möchte Koch werden, gibt es dafür was?", ["koch"])]),
        (
            "adviser",
            ["place"],
            [
                _t(
                    "Ich berate Herrn Yilmaz, 58, früher Schweißer bei einem Autobauer in Wolfsburg. Er will "
                    "Netzwerkadministrator werden.",
                    goal=OCC["netadmin"],
                    goal_not=["schweiß", "yilmaz", "wolfsburg"],
                    role_not=["wolfsburg", "yilmaz", "58"],
                ),
                _hours("de", goal=OCC["netadmin"]),
            ],
        ),
    ],
    "es": [
        (
            "place",
            [],
            [
                _t(
                    "Soy contadora peruana, vivo en Madrid desde hace dos años y quiero pasarme a la "
                    "ciberseguridad",
                    goal=CYBER,
                    goal_not=["contador", "peruan", "madrid"],
                    role_not=["peruan", "madrid"],
                ),
                _hours("es", goal=CYBER, role_not=["peruan", "madrid"]),
            ],
        ),
        (
            "hearsay",
            [],
            [
                _t(
                    "dicen que la nube es el futuro y yo trabajo de cajero en un súper... ¿me sirve?",
                    goal=CLOUD,
                    goal_not=["dicen", "futuro", "cajer", "súper"],
                ),
                _t("vale, listo", goal=CLOUD, goal_not=["listo", "vale"]),
            ],
        ),
        (
            "adviser",
            [],
            [
                _t(
                    "Asesoro a Lucía, 34, ex peluquera de Valencia, que quiere ser desarrolladora web.",
                    goal=OCC["web"],
                    goal_not=["peluquer", "lucía", "valencia"],
                    role_not=["valencia", "lucía"],
                ),
                _hours("es", goal=OCC["web"]),
            ],
        ),
        (
            "brackets",
            [],
            [
                _t(
                    "Trabajo como técnico de soporte (Windows, redes, impresoras) y me gustaría ser "
                    "administrador de sistemas",
                    goal=OCC["sysadmin"],
                    role_not=["(", "windows", "impresora"],
                ),
            ],
        ),
        ("unknown", [], [_unknown("quiero ser piloto de avión, ¿qué cursos tienen?", ["piloto", "avión"])]),
        (
            "two_goals",
            [],
            [
                _t(
                    "o datos o nube, lo que tenga más salida, me da igual",
                    goal_not=["salida", "igual", "datos nube"],
                )
            ],
        ),
    ],
    "fr": [
        (
            "hearsay",
            [],
            [
                _t(
                    "on m'a dit que la data c'est l'avenir, moi je suis serveuse dans un resto à Lyon",
                    goal=DATA,
                    goal_not=["avenir", "dit", "serveuse", "lyon", "resto"],
                    role_not=["lyon", "resto"],
                ),
                _t("d'accord, je suis prête", goal=DATA, goal_not=["prête", "accord"]),
            ],
        ),
        (
            "trade_field",
            [],
            [
                _t(
                    "Plombier depuis 10 ans, je voudrais me reconvertir dans le cloud",
                    goal=CLOUD,
                    goal_not=["plombier", "ans", "reconvert"],
                    role=["plombier"],
                ),
                _hours("fr", goal=CLOUD, goal_not=["plombier"]),
            ],
        ),
        (
            "adviser",
            ["place"],
            [
                _t(
                    "J'accompagne Karim, 41 ans, ancien chauffeur-livreur marocain installé à Marseille, qui "
                    "veut travailler dans la cybersécurité.",
                    goal=CYBER,
                    goal_not=["chauffeur", "karim", "marocain", "marseille"],
                    role_not=["marocain", "marseille", "karim"],
                ),
            ],
        ),
        (
            "two_goals",
            [],
            [
                _t(
                    "j'hésite entre l'IA et la cybersécurité",
                    goal_not=["hésite", "ia cyber", "intelligence cyber"],
                )
            ],
        ),
        ("unknown", [], [_unknown("je veux devenir avocate, vous avez des formations ?", ["avocat"])]),
    ],
    "fi": [
        (
            "hearsay",
            [],
            [
                _t(
                    "kuulin että tekoäly on tulevaisuus, oon varastolla töissä, mistä kannattais alottaa",
                    goal=AI,
                    goal_not=["kuulin", "tulevaisuu", "varasto"],
                ),
                _t("okei, valmis", goal=AI, goal_not=["valmis", "okei"]),
            ],
        ),
        (
            "trade_field",
            [],
            [
                _t(
                    "olen automekaanikko ja haluaisin siirtyä tietoturvan pariin",
                    goal=CYBER,
                    goal_not=["mekaanik", "siirty"],
                ),
                _hours("fi", goal=CYBER, goal_not=["mekaanik"]),
            ],
        ),
        (
            "place",
            ["adviser"],
            [
                _t(
                    "Asiakkaani on virolainen kirjanpitäjä Tampereelta, hän haluaa data-analyytikoksi",
                    goal=DATA,
                    goal_not=["virolai", "tampere", "kirjanpit"],
                    role_not=["virolai", "tampere"],
                ),
            ],
        ),
        (
            "two_goals",
            [],
            [
                _t(
                    "joko pilvipalvelut tai data-analytiikka, en osaa päättää",
                    goal_not=["joko", "päättää", "pilvipalvelut data"],
                )
            ],
        ),
        ("unknown", [], [_unknown("haluaisin lentäjäksi, onko teillä jotain siihen?", ["lentäj"])]),
    ],
    "vi": [
        (
            "hearsay",
            [],
            [
                _t(
                    "nghe nói AI là tương lai, mình đang làm shipper ở Sài Gòn, có nên học không",
                    goal=AI,
                    goal_not=["nghe", "tương lai", "shipper", "sài gòn"],
                ),
                _t("ok được, sẵn sàng rồi", goal=AI, goal_not=["sẵn sàng", "được"]),
            ],
        ),
        (
            "place",
            ["adviser"],
            [
                _t(
                    "Học viên của tôi là một kế toán người Huế, đang sống ở Hà Nội, "
                    "muốn chuyển sang an ninh mạng",
                    goal=CYBER,
                    goal_not=["kế toán", "huế", "hà nội"],
                    role_not=["huế", "hà nội", "người"],
                ),
                _hours("vi", goal=CYBER),
            ],
        ),
        (
            "trade_field",
            [],
            [
                _t(
                    "em là thợ điện, muốn học làm kỹ sư đám mây",
                    goal=CLOUD,
                    goal_not=["thợ điện", "thợ"],
                ),
            ],
        ),
        (
            "two_goals",
            [],
            [_t("mình phân vân giữa dữ liệu và điện toán đám mây", goal_not=["phân vân", "giữa"])],
        ),
        ("unknown", [], [_unknown("mình muốn làm đầu bếp, có khóa nào không?", ["đầu bếp"])]),
    ],
    "hi": [
        (
            "hearsay",
            [],
            [
                _t(
                    "सुना है साइबर सुरक्षा का भविष्य बहुत अच्छा है, मैं एक दुकान पर काम करता हूँ",
                    goal=CYBER,
                    goal_not=["सुना", "भविष्य", "दुकान"],
                ),
                _t("ठीक है, मैं तैयार हूँ", goal=CYBER, goal_not=["तैयार", "ठीक"]),
            ],
        ),
        (
            "trade_field",
            [],
            [
                _t(
                    "मैं मैकेनिक हूँ और डेटा एनालिस्ट बनना चाहता हूँ",
                    goal=DATA,
                    goal_not=["मैकेनिक", "mechanic"],
                ),
                _hours("hi", goal=DATA, goal_not=["मैकेनिक", "mechanic"]),
            ],
        ),
        (
            "adviser",
            ["place"],
            [
                _t(
                    "मेरी छात्रा प्रिया पटना की एक नर्स है, वह क्लाउड में काम करना चाहती है",
                    goal=CLOUD,
                    goal_not=["पटना", "प्रिया", "नर्स"],
                    role_not=["पटना", "प्रिया"],
                ),
            ],
        ),
        ("unknown", [], [_unknown("मुझे पायलट बनना है, कोई कोर्स है?", ["पायलट", "pilot"])]),
    ],
    "bn": [
        (
            "hearsay",
            [],
            [
                _t(
                    "শুনেছি ডেটা সায়েন্সের ভবিষ্যৎ ভালো, আমি একটা গার্মেন্টসে কাজ করি",
                    goal=DATA,
                    goal_not=["শুনেছি", "ভবিষ্যৎ", "গার্মেন্ট"],
                ),
                _t("ঠিক আছে, আমি রেডি", goal=DATA, goal_not=["রেডি", "ready", "ঠিক"]),
            ],
        ),
        (
            "place",
            [],
            [
                _t(
                    "আমি চট্টগ্রামের একজন হিসাবরক্ষক, সাইবার নিরাপত্তায় যেতে চাই",
                    goal=CYBER,
                    goal_not=["চট্টগ্রাম", "হিসাবরক্ষক"],
                    role_not=["চট্টগ্রাম"],
                ),
                _hours("bn", goal=CYBER, role_not=["চট্টগ্রাম"]),
            ],
        ),
        (
            "trade_field",
            [],
            [
                _t(
                    "আমি ইলেকট্রিশিয়ান, ক্লাউড ইঞ্জিনিয়ার হতে চাই",
                    goal=CLOUD,
                    goal_not=["ইলেকট্রিশিয়ান", "electrician"],
                ),
            ],
        ),
        ("unknown", [], [_unknown("আমি উকিল হতে চাই, কোনো কোর্স আছে?", ["উকিল", "lawyer"])]),
        (
            "adviser",
            ["place"],
            [
                _t(
                    "আমার ক্লায়েন্ট রহিম, ৩০ বছর, সিলেটের একজন দর্জি। সে ওয়েব ডেভেলপার হতে চায়।",
                    goal=OCC["web"],
                    goal_not=["রহিম", "সিলেট", "দর্জি"],
                    role_not=["রহিম", "সিলেট"],
                ),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-goals22-NN`."""
    return [
        D(f"{lang}-goals22-{n:02d}", ["goals22", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
