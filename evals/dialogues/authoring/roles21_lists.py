"""The roles21 batch (session 21, issue #12, tune): current roles and goals that read cleanly in every
language. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind
measure), in its own phrasings after reading the verdicts of the lead's trial 16 (t16-05, -06, -07, -09,
-12, -13), all eight languages, Hinglish and Banglish. Classes (tags):

1. `spoken`: a spoken copula or pronoun is no part of the job ("mä oon kokki", "mie oon", "em là tài xế",
   "mình là đầu bếp");
2. `filler`: an adverb, a filler or a level said of oneself is never a job, and does not replace the job said
   before ("je suis vraiment nulle en ordinateur", "bin echt totaler Anfänger", "oon ihan aloittelija",
   "सच में मैं बिल्कुल नई हूँ");
3. `runs`: running or driving something, or doing a trade, names a job, never a verb phrase ("I run a small
   corner shop", "I drive a taxi", "मैं ऑटो चलाता हूँ", "আমি রিকশা চালাই", "मैं खेती करता हूँ", "আমি চাষ করি",
   "je tiens une boulangerie", "pidän kahvilaa"); "कंप्यूटर चलाना" (using a computer) is none;
4. `field_work`: a field of work is kept whole ("atención al público", "servicio al cliente", "service
   client", "customer service"), and a number that belongs to the job is kept with it
   ("giáo viên toán lớp 9");
5. `interest`: an interest ("I'm into", "me interesa", "m'intéresse", "kiinnostaa", "दिलचस्पी", "thích") is a
   field, never an occupation made of the job held and the field ("designer" + AI);
6. `no_course`: selling online / e-commerce, which the catalogue does not teach: no online format read from
   "sell online", no ICT occupation as the goal, and the nearest courses shown.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T
from t11goal_lists import ANY

DATA = ["data"]
OCC_URI = ["esco/occupation"]  # an ESCO occupation as the goal (selling online is none of the bundled ones)


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _sell(text: str, role: list[str], **extra: object) -> T:
    """Selling online: no format, no occupation, the nearest courses."""
    return _t(text, role=role, no_part=True, goal_not=OCC_URI, cite_min=1, **extra)


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "runs",
            [],
            [
                _t(
                    "I run a small corner shop and want to learn computers for my business",
                    role=["shop"],
                    role_not=["run "],
                ),
                _t("how long would the basics take at 4 hours a week", role=["shop"], role_not=["run "]),
            ],
        ),
        (
            "runs",
            [],
            [
                _t(
                    "I drive a taxi at night, and I'd like to get into IT support",
                    role=["taxi"],
                    role_not=["drive "],
                    goal="helpdesk",
                ),
                _t("im really new to computers tho", role=["taxi"], role_not=["really", "new"]),
            ],
        ),
        (
            "filler",
            [],
            [
                _t("I'm a cook in a hotel kitchen and want to move into data", role=["cook"]),
                _t("honestly I'm a total beginner", role=["cook"], role_not=["honest", "total", "beginner"]),
            ],
        ),
        (
            "interest",
            [],
            [
                _t(
                    "I work as a web designer and I'm really into machine learning, where do I begin?",
                    role=["designer"],
                    goal_not=["designer"],
                )
            ],
        ),
        (
            "field_work",
            [],
            [
                _t(
                    "I work in customer service for a phone company and want to become a data analyst",
                    role=["customer service"],
                    goal="data_analyst",
                    goal_not=["customer"],
                )
            ],
        ),
        (
            "no_course",
            [],
            [
                _sell(
                    "I have a little clothes shop and want to learn to sell my stuff online", role=["shop"]
                ),
                _t("which one is cheapest?", role=["shop"], no_part=True),
            ],
        ),
        (
            "runs",
            ["hinglish"],
            [
                _t(
                    "main auto chalata hoon, computer seekhna chahta hoon",
                    role=["auto", "driver"],
                    role_not=["chalata"],
                    any_lang=True,
                )
            ],
        ),
        (
            "no_course",
            ["hinglish"],
            [
                _sell(
                    "meri kirana ki dukaan hai, online bechna seekhna hai",
                    role=["dukaan", "shop"],
                    any_lang=True,
                )
            ],
        ),
    ],
    "de": [
        (
            "field_work",
            [],
            [
                _t("Hallo, ich bin Krankenpfleger und möchte in die IT", role=["krankenpfleger"]),
                _t("Ich kann so 5 Stunden die Woche", role=["krankenpfleger"]),
            ],
        ),
        (
            "no_course",
            ["runs"],
            [
                _sell(
                    "Ich führe einen kleinen Laden und will lernen, wie man online verkauft",
                    role=["laden"],
                    role_not=["führe"],
                )
            ],
        ),
        (
            "filler",
            [],
            [
                _t("ich bin Busfahrer und will was mit Computern machen", role=["busfahrer"]),
                _t("bin echt totaler Anfänger", role=["busfahrer"], role_not=["echt", "anfänger", "totaler"]),
            ],
        ),
        (
            "interest",
            [],
            [
                _t(
                    "Ich bin Köchin, aber Datenanalyse interessiert mich sehr",
                    role=["köchin"],
                    goal=DATA,
                    goal_not=["köchin", "koch"],
                )
            ],
        ),
        (
            "field_work",
            [],
            [
                _t(
                    "ich arbeite im Kundenservice und will Netzwerktechniker werden",
                    role=["kundenservice"],
                    goal="network",
                )
            ],
        ),
    ],
    "es": [
        (
            "field_work",
            [],
            [
                _t(
                    "Trabajo en atención al público en un banco y quiero aprender Excel",
                    role=["atención al público"],
                    role_not=["banco"],
                )
            ],
        ),
        (
            "field_work",
            [],
            [
                _t(
                    "trabajo en servicio al cliente, me gustaría ser desarrollador web",
                    role=["servicio al cliente"],
                    goal="web",
                ),
                _t("tengo unas 6 horas a la semana", role=["servicio al cliente"]),
            ],
        ),
        (
            "no_course",
            ["runs"],
            [
                _sell(
                    "tengo una tiendita de ropa y quiero aprender a vender por internet",
                    role=["tiend"],
                    role_not=["tengo"],
                )
            ],
        ),
        (
            "interest",
            [],
            [
                _t(
                    "soy cocinero y me interesa mucho la ciberseguridad",
                    role=["cocinero"],
                    goal="cyber",
                    goal_not=["cociner"],
                )
            ],
        ),
        (
            "filler",
            [],
            [
                _t("soy taxista y quiero aprender informática", role=["taxista"]),
                _t(
                    "la verdad soy muy principiante",
                    role=["taxista"],
                    role_not=["verdad", "principiante", "muy"],
                ),
            ],
        ),
        (
            "interest",
            [],
            [
                _t(
                    "soy maestra de primaria y me interesa la programación",
                    role=["maestra"],
                    goal_not=["software developer", "f2b15a0e", "maestra"],
                )
            ],
        ),
    ],
    "fr": [
        (
            "filler",
            [],
            [
                _t("Je suis aide-soignante et je veux apprendre l'informatique", role=["aide-soignante"]),
                _t(
                    "je suis vraiment nulle en ordinateur",
                    role=["aide-soignante"],
                    role_not=["vraiment", "nulle"],
                ),
            ],
        ),
        (
            "no_course",
            ["runs"],
            [
                _sell(
                    "je tiens une petite boulangerie et je voudrais apprendre à vendre en ligne",
                    role=["boulang"],
                    role_not=["tiens"],
                )
            ],
        ),
        (
            "field_work",
            [],
            [
                _t(
                    "je travaille dans le service client et j'aimerais devenir analyste de données",
                    role=["service client"],
                    goal="data_analyst",
                )
            ],
        ),
        (
            "interest",
            [],
            [
                _t(
                    "je suis chauffeur routier et l'intelligence artificielle m'intéresse",
                    role=["chauffeur"],
                    goal_not=["chauffeur", "designer"],
                )
            ],
        ),
        (
            "filler",
            [],
            [
                _t(
                    "je suis couturière, franchement débutante en informatique",
                    role=["couturi"],
                    role_not=["franchement", "débutante"],
                )
            ],
        ),
        (
            "filler",
            [],
            [
                _t("je suis agricultrice et je cherche une formation en bureautique", role=["agricult"]),
                _t(
                    "je suis complètement perdue avec les ordinateurs",
                    role=["agricult"],
                    role_not=["complètement", "perdue"],
                ),
            ],
        ),
    ],
    "fi": [
        (
            "spoken",
            [],
            [_t("mä oon kokki ja haluisin IT-alalle", role=["kokki"], role_not=["oon", "mä "])],
        ),
        (
            "spoken",
            ["interest"],
            [
                _t(
                    "oon bussikuski, ohjelmointi kiinnostaa",
                    role=["bussikuski"],
                    role_not=["oon"],
                    goal_not=["bussikuski"],
                )
            ],
        ),
        (
            "spoken",
            ["filler"],
            [
                _t(
                    "mie oon sairaanhoitaja ja haluun oppia data-analytiikkaa",
                    role=["sairaanhoitaja"],
                    role_not=["mie", "oon"],
                ),
                _t("oon ihan aloittelija", role=["sairaanhoitaja"], role_not=["ihan", "aloittelija"]),
            ],
        ),
        (
            "no_course",
            ["runs"],
            [
                _sell(
                    "pidän pientä kahvilaa ja haluaisin oppia myymään netissä",
                    role=["kahvila"],
                    role_not=["pidän"],
                )
            ],
        ),
        (
            "field_work",
            [],
            [
                _t(
                    "teen töitä asiakaspalvelussa ja haluisin data-analyytikoksi",
                    role=["asiakaspalvelu"],
                    goal="data_analyst",
                )
            ],
        ),
        (
            "interest",
            [],
            [
                _t(
                    "olen maanviljelijä ja tekoäly kiinnostaa",
                    role=["maanviljelijä"],
                    goal_not=["designer", "maanviljelij"],
                )
            ],
        ),
    ],
    "vi": [
        (
            "spoken",
            [],
            [_t("em là tài xế giao hàng, muốn học tin học văn phòng", role=["tài xế"], role_not=["em là"])],
        ),
        (
            "field_work",
            [],
            [_t("tôi là giáo viên toán lớp 9, muốn học cách dạy trực tuyến", role=["lớp 9"])],
        ),
        (
            "no_course",
            ["runs"],
            [_sell("mình bán quần áo ở chợ, muốn học bán hàng online", role=["bán quần áo", "bán hàng"])],
        ),
        (
            "spoken",
            ["interest"],
            [
                _t(
                    "mình là đầu bếp, thích AI lắm",
                    role=["đầu bếp"],
                    role_not=["mình là"],
                    goal_not=["đầu bếp", "designer"],
                )
            ],
        ),
        (
            "filler",
            [],
            [
                _t("tôi làm y tá, muốn chuyển sang IT", role=["y tá"]),
                _t("thật sự tôi mới bắt đầu thôi", role=["y tá"], role_not=["thật sự", "mới"]),
            ],
        ),
        (
            "runs",
            ["spoken"],
            [_t("em chạy xe ôm công nghệ, muốn học lập trình", role=["xe ôm", "tài xế"], role_not=["chạy"])],
        ),
    ],
    "hi": [
        (
            "runs",
            [],
            [
                _t(
                    "मैं ऑटो चलाता हूँ और कंप्यूटर सीखना चाहता हूँ",
                    role=["ऑटो", "ड्राइवर", "driver"],
                    role_not=["चलाता"],
                )
            ],
        ),
        (
            "no_course",
            ["runs"],
            [
                _sell(
                    "मैं किराने की दुकान चलाती हूँ, ऑनलाइन सामान बेचना सीखना है",
                    role=["दुकान", "shop"],
                    role_not=["चलाती"],
                )
            ],
        ),
        (
            "runs",
            [],
            [
                _t(
                    "मैं खेती करता हूँ और डेटा के बारे में सीखना चाहता हूँ",
                    role=["खेती", "किसान", "farm"],
                    role_not=["करता"],
                )
            ],
        ),
        (
            "spoken",
            [],
            [_t("मैं दर्ज़ी हूँ, मुझे कंप्यूटर चलाना सीखना है", role=["दर्ज़ी", "दर्जी"], role_not=["हूँ", "कंप्यूटर", "चलाना"])],
        ),
        (
            "filler",
            [],
            [
                _t("मैं नर्स हूँ और IT में जाना चाहती हूँ", role=["नर्स"]),
                _t("सच में मैं बिल्कुल नई हूँ", role=["नर्स"], role_not=["बिल्कुल", "नई", "सच"]),
            ],
        ),
        (
            "interest",
            [],
            [_t("मैं क्लर्क हूँ और मुझे AI में दिलचस्पी है", role=["क्लर्क", "clerk"], goal_not=["क्लर्क", "designer"])],
        ),
    ],
    "bn": [
        (
            "no_course",
            ["runs"],
            [
                _sell(
                    "আমি একটা মুদি দোকান চালাই, অনলাইনে বিক্রি করা শিখতে চাই", role=["দোকান", "shop"], role_not=["চালাই"]
                )
            ],
        ),
        (
            "runs",
            [],
            [_t("আমি রিকশা চালাই, কম্পিউটার শিখতে চাই", role=["রিকশা", "চালক", "driver"], role_not=["চালাই"])],
        ),
        (
            "runs",
            [],
            [_t("আমি দর্জির কাজ করি, ডিজাইন শিখতে চাই", role=["দর্জি", "tailor"], role_not=["করি"])],
        ),
        (
            "runs",
            [],
            [_t("আমি চাষ করি, মোবাইল আর কম্পিউটার শিখতে চাই", role=["চাষ", "কৃষক", "farm"], role_not=["করি"])],
        ),
        (
            "filler",
            [],
            [
                _t("আমি রাঁধুনি, ডেটা এন্ট্রি শিখতে চাই", role=["রাঁধুনি", "cook"]),
                _t("সত্যি বলতে আমি একদম নতুন", role=["রাঁধুনি", "cook"], role_not=["একদম", "নতুন", "সত্যি"]),
            ],
        ),
        (
            "no_course",
            ["banglish", "runs"],
            [
                _sell(
                    "ami ekta dokan chalai, online e bikri shikhte chai",
                    role=["dokan", "shop"],
                    role_not=["chalai"],
                    any_lang=True,
                )
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-roles21-NN`."""
    return [
        D(f"{lang}-roles21-{n:02d}", ["roles21", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
