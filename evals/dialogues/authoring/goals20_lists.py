"""The goals20 batch (session 20, issue #12, tune): goals and labels a learner would recognise.
Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own
phrasings after reading the verdicts of the lead's trial 15 (t15-01, -03, -05, -16, -19, -20), all eight
languages and Hinglish. Classes (tags):

1. `workplace`: where someone works ("in a call centre", "en un banco", "im Krankenhaus", "pankissa", "ở
   ngân hàng", "ব্যাংকে") is no job: no role of the workplace's word; a job said with it ("a clerk at a
   bank") is the role;
2. `label`: a goal's label is the area or occupation, never a typo of the sentence ("lern", "lehrnen") nor the
   people or place it is for ("teachers in my district", "our faculty");
3. `area`: areas read by meaning: data protection / GDPR in health care is the data-protection area (the GDPR
   and privacy courses), never DigComp "staying safe online"; HPC, cloud security, health data in all
   languages;
4. `mixed_lang`: an English course title inside a message in another language (or Hinglish) keeps the
   conversation's language (Hinglish: English or Hindi, never a third language);
5. `adviser_group`: an adviser's group ("10 women in Khulna") sets no format nor role unasked, and its goal's
   label holds no word of the group.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import OCC, D, T
from t11goal_lists import ANY

# the GDPR / privacy / data-protection courses, and DigComp's "safety" courses that are not them
GDPR = ["inl-rgpd-101", "inl-aipd-202", "inl-cert-gouv", "diaa-resp-205"]
SAFE = ["glcc-safe-104", "inl-securite-103"]
DPO = OCC["dpo"]
MICRO = OCC["microcred"]
HOURS = {
    "en": "I can do about 4 hours a week",
    "de": "ich hab so 4 Stunden pro Woche",
    "es": "tengo unas 4 horas a la semana",
    "fr": "j'ai environ 4 heures par semaine",
    "fi": "mulla on noin 4 tuntia viikossa",
    "vi": "mỗi tuần mình có khoảng 4 tiếng",
    "hi": "मेरे पास हफ्ते में करीब 4 घंटे हैं",
    "bn": "সপ্তাহে প্রায় ৪ ঘণ্টা সময় আছে",
}


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _hours(lang: str, **checks: object) -> T:
    """A follow-up with hours: the role and goal checks of the first turn still hold."""
    return _t(HOURS[lang], hours=4, **checks)


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        (
            "workplace",
            [],
            [
                _t(
                    "hey, I work at a call center and want to get into IT, where do I start",
                    role_not=["center"],
                ),
                _hours("en", role_not=["center"]),
            ],
        ),
        (
            "workplace",
            [],
            [
                _t(
                    "I'm a clerk at a bank and I'd like to move into data analysis",
                    role=["clerk"],
                    goal="data_analyst",
                ),
                _hours("en", role=["clerk"], goal="data_analyst"),
            ],
        ),
        (
            "label",
            ["typo"],
            [
                _t(
                    "wnt to lern data sciense, total beginer",
                    goal=["data sci", "258e46f9", "data analy"],
                    goal_not=["lern", "sciense", "wnt"],
                ),
                _hours("en", goal_not=["lern", "sciense"]),
            ],
        ),
        (
            "label",
            [],
            [
                _t(
                    "I lecture at a college and want to build micro-credentials for the staff in our faculty",
                    goal=MICRO,
                    goal_not=["staff", "faculty", "college"],
                )
            ],
        ),
        (
            "area",
            [],
            [
                _t(
                    "I'm interested in GDPR and privacy rules for patient records",
                    goal=DPO,
                    cite_any=GDPR,
                    cite_none=SAFE,
                ),
                _hours("en", goal=DPO),
            ],
        ),
        (
            "adviser_group",
            ["adviser"],
            [
                _t(
                    "I coach 12 young women in Sylhet who left school early; they want to earn money with "
                    "digital marketing",
                    goal_not=["women", "sylhet", "school", "earn"],
                    no_part=True,
                    no_role=True,
                ),
                _t("they mostly speak Bengali", no_part=True, langs=["bn"]),
            ],
        ),
        ("area", [], [_t("I'd like to specialise in high performance computing", goal="hpc")]),
        (
            "mixed_lang",
            ["hinglish"],
            [
                _t(
                    "mujhe Data Engineering Foundations course ke baare mein batao, kitne hafte lagte hai",
                    cite_any=["nda-de-101"],
                )
            ],
        ),
        (
            "mixed_lang",
            ["hinglish"],
            [
                _t("bhai Networking Fundamentals karna hai, fees kitni hai", cite_any=["ccna-net-101"]),
                _t("aur uske baad kya karu", any_lang=True),
            ],
        ),
        (
            "workplace",
            ["hinglish"],
            [
                _t(
                    "main call center mein kaam karta hoon, cyber security seekhna hai",
                    role_not=["center", "call"],
                    goal="cyber",
                )
            ],
        ),
    ],
    "de": [
        (
            "workplace",
            [],
            [
                _t(
                    "Ich arbeite im Krankenhaus und möchte was mit Gesundheitsdaten machen",
                    role_not=["krankenhaus", "arbeite"],
                    goal=OCC["health_data"],
                ),
                _hours("de", role_not=["krankenhaus", "arbeite"]),
            ],
        ),
        (
            "workplace",
            [],
            [_t("ich bin Bankkauffrau und will in die IT-Sicherheit", role=["bankkauf"], goal="cyber")],
        ),
        (
            "area",
            [],
            [
                _t(
                    "Ich bin Altenpfleger und interessiere mich für Datenschutz in der Pflege",
                    goal=DPO,
                    cite_any=GDPR,
                    cite_none=SAFE,
                    role=["altenpfleger"],
                ),
                _hours("de", goal=DPO),
            ],
        ),
        ("label", ["typo"], [_t("ich möchte cybersicherheit lehrnen", goal="cyber", goal_not=["lehrn"])]),
        (
            "mixed_lang",
            [],
            [
                _t("Welche Kurse gibt es zu Cloud-Sicherheit?"),
                _t("und Cloud Migration Planning, wie lange dauert das?", cite_any=["hrd-cloudmig-301"]),
            ],
        ),
    ],
    "es": [
        (
            "workplace",
            [],
            [
                _t(
                    "trabajo en un supermercado y quiero aprender informática",
                    role_not=["supermercado", "trabajo"],
                ),
                _hours("es", role_not=["supermercado", "trabajo"]),
            ],
        ),
        (
            "workplace",
            [],
            [
                _t(
                    "trabajo en un banco, quiero pasarme al análisis de datos",
                    role_not=["banco"],
                    goal="data_analyst",
                ),
                _hours("es", role_not=["banco"], goal="data_analyst"),
            ],
        ),
        (
            "area",
            [],
            [_t("me interesa la protección de datos personales en clínicas", goal=DPO, cite_none=SAFE)],
        ),
        (
            "label",
            [],
            [
                _t(
                    "quiero diseñar microcredenciales para los profesores de mi zona",
                    goal=MICRO,
                    goal_not=["profesores", "zona", "teachers"],
                )
            ],
        ),
        (
            "mixed_lang",
            [],
            [
                _t("busco cursos de redes"),
                _t("¿Network Security Essentials cuánto cuesta?", cite_any=["ccna-netsec-204"]),
            ],
        ),
    ],
    "fr": [
        (
            "workplace",
            [],
            [
                _t(
                    "je bosse dans un centre d'appels, je voudrais me reconvertir dans l'informatique",
                    role_not=["centre", "appel"],
                ),
                _hours("fr", role_not=["centre", "appel"]),
            ],
        ),
        (
            "workplace",
            [],
            [
                _t(
                    "je travaille dans une banque et la cybersécurité m'intéresse",
                    role_not=["banque", "travaille"],
                    goal="cyber",
                )
            ],
        ),
        (
            "area",
            [],
            [
                _t(
                    "je suis infirmière et je m'intéresse au RGPD à l'hôpital",
                    goal=DPO,
                    cite_any=GDPR,
                    cite_none=SAFE,
                    role=["infirmi"],
                ),
                _hours("fr", goal=DPO),
            ],
        ),
        ("area", [], [_t("je voudrais me spécialiser en calcul haute performance", goal="hpc")]),
        (
            "mixed_lang",
            [],
            [
                _t(
                    "c'est quoi Introduction to High-Performance Computing ? c'est long ?",
                    cite_any=["padr-hpc-101"],
                )
            ],
        ),
    ],
    "fi": [
        (
            "workplace",
            [],
            [
                _t(
                    "olen töissä puhelinpalvelussa ja haluaisin IT-alalle",
                    role_not=["puhelinpalvelu", "töissä"],
                ),
                _hours("fi", role_not=["puhelinpalvelu", "töissä"]),
            ],
        ),
        (
            "workplace",
            [],
            [
                _t(
                    "työskentelen pankissa ja haluan opiskella kyberturvallisuutta",
                    role_not=["pankki", "työskentel"],
                    goal="cyber",
                )
            ],
        ),
        (
            "area",
            [],
            [_t("minua kiinnostaa tietosuoja terveydenhuollossa", goal=DPO, cite_none=SAFE)],
        ),
        ("label", ["typo"], [_t("haluun oppii pilvipalveluist", goal="cloud", goal_not=["haluun", "oppii"])]),
        (
            "mixed_lang",
            [],
            [
                _t("mitä kursseja teillä on datan hallinnasta?"),
                _t("Data Strategy for Leaders, paljonko se maksaa?", cite_any=["nda-cdo-401"]),
            ],
        ),
    ],
    "vi": [
        (
            "workplace",
            [],
            [
                _t(
                    "mình làm ở ngân hàng, muốn chuyển sang an ninh mạng",
                    role_not=["ngân hàng"],
                    goal="cyber",
                ),
                _hours("vi", role_not=["ngân hàng"], goal="cyber"),
            ],
        ),
        (
            "workplace",
            [],
            [_t("em đang làm ở một siêu thị, muốn học IT để đổi nghề", role_not=["siêu thị", "làm"])],
        ),
        (
            "area",
            [],
            [_t("tôi quan tâm đến bảo vệ dữ liệu cá nhân trong bệnh viện", goal=DPO, cite_none=SAFE)],
        ),
        (
            "label",
            [],
            [
                _t(
                    "tôi là giáo viên tiểu học ở Huế, muốn thiết kế chứng chỉ vi mô cho giáo viên trong quận",
                    goal=MICRO,
                    goal_not=["quận", "district", "teachers", "giáo viên"],
                )
            ],
        ),
        (
            "mixed_lang",
            [],
            [
                _t("có khóa nào về mạng máy tính không?"),
                _t("khóa Networking Fundamentals học bao lâu?", cite_any=["ccna-net-101"]),
            ],
        ),
        (
            "mixed_lang",
            ["no_marks"],
            [
                _t("mình muốn tìm hiểu về siêu máy tính"),
                _t("Introduction to High-Performance Computing hoc bao lau", cite_any=["padr-hpc-101"]),
            ],
        ),
    ],
    "hi": [
        (
            "workplace",
            [],
            [
                _t(
                    "मैं एक बैंक में काम करता हूँ और साइबर सुरक्षा सीखना चाहता हूँ",
                    role_not=["बैंक", "bank"],
                    goal="cyber",
                ),
                _hours("hi", role_not=["बैंक", "bank"]),
            ],
        ),
        (
            "area",
            [],
            [_t("मुझे मरीज़ों के डेटा की प्राइवेसी और डेटा संरक्षण के बारे में सीखना है", goal=DPO, cite_none=SAFE)],
        ),
        (
            "mixed_lang",
            [],
            [
                _t("मुझे नेटवर्किंग के बारे में सीखना है"),
                _t("Networking Fundamentals की फीस कितनी है?", cite_any=["ccna-net-101"]),
            ],
        ),
        (
            "adviser_group",
            ["adviser"],
            [
                _t(
                    "मैं 15 महिलाओं के एक समूह को सलाह देती हूँ, वे डिजिटल मार्केटिंग सीखना चाहती हैं",
                    no_part=True,
                    goal_not=["महिला", "समूह", "women", "group"],
                )
            ],
        ),
        ("area", [], [_t("मैं हाई परफॉर्मेंस कंप्यूटिंग में करियर बनाना चाहता हूँ", goal="hpc")]),
        (
            "mixed_lang",
            ["hinglish"],
            [
                _t("मुझे नेटवर्क सुरक्षा के कोर्स चाहिए"),
                _t("Network Security Essentials ka price kya hai", cite_any=["ccna-netsec-204"]),
            ],
        ),
    ],
    "bn": [
        (
            "adviser_group",
            ["adviser"],
            [
                _t(
                    "আমি খুলনায় ১০ জন মহিলার একটি দলকে পরামর্শ দিই, তারা ডিজিটাল মার্কেটিং আর ফ্রিল্যান্সিং করতে চায়",
                    no_part=True,
                    goal_not=["মহিলা", "দল", "freelanc", "women"],
                ),
                _hours("bn", no_part=True),
            ],
        ),
        (
            "workplace",
            [],
            [_t("আমি একটা কল সেন্টারে কাজ করি, আইটিতে যেতে চাই", role_not=["সেন্টার", "center", "centre"])],
        ),
        (
            "area",
            [],
            [_t("স্বাস্থ্য খাতে ডেটা সুরক্ষা আর গোপনীয়তা নিয়ে শিখতে চাই", goal=DPO, cite_none=SAFE)],
        ),
        (
            "mixed_lang",
            [],
            [
                _t("ক্লাউড নিয়ে কী কী কোর্স আছে?"),
                _t("Cloud Operations and Observability কোর্সটা কত টাকা?", cite_any=["lcsi-cloudops-205"]),
            ],
        ),
        ("area", [], [_t("আমি ক্লাউড সিকিউরিটি শিখতে চাই", goal="cloudsec")]),
        (
            "mixed_lang",
            ["banglish"],
            [
                _t("আমি ডেটা নিয়ে কাজ শিখতে চাই"),
                _t("Data Warehouse Design er dam koto", cite_any=["nda-dwh-202"]),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-goals20-NN`."""
    return [
        D(f"{lang}-goals20-{n:02d}", ["goals20", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
