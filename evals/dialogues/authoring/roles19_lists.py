"""The roles19 batch (session 19, issue #12, tune): goal occupations and current roles in every language.
Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure), in its own
phrasings after reading the verdicts of the lead's trial 14 (t14-04, -13, -18), all eight languages and
Hinglish. Three classes (tags):

1. `occ_named`: an occupation named in another language, informally, gendered, with a typo or in the plural
   ("full stack dev", "analista de datos", "ingé cloud", "tietoturva-asiantuntijaksi", "kỹ sư đám mây", "data
   analyst banna hai", "SOC analyst", "DevOps") is the ESCO occupation (or its nearest);
2. `school_level` / `adult_teacher`: a teacher of primary pupils or small children ("Grundschule", "primaria",
   "instit", "alakoulu", "tiểu học", "mầm non", "प्राथमिक", "প্রাথমিক") who wants to teach computing is never
   given the secondary-school ICT teacher's goal (nor a developer's), and the pupils' level is no EQF limit on
   the learner; a teacher of adults is aimed at digital literacy teaching or ICT training;
3. `role_target`: a current job and a target job in one sentence, the learner's own or an adviser's client's,
   each in its slot ("soy cajera y quiero ser analista", "am liebsten als Pentester" is a target, not a job).

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import OCC, D, T
from t11goal_lists import ANY

# a primary teacher's goal: teaching digital skills or training, never the secondary school's ICT teacher
TEACH_OK = [
    "digital literacy",
    "4588cd69",
    "ict trainer",
    "9e657046",
    "teacher",
    "teaching",
    "instructional",
    "e-learning",
]
PRIMARY_NOT = ["secondary", "0d595b87", "software developer", "f2b15a0e", "programmer"]
ADULT_TEACH = ["digital literacy", "4588cd69", "ict trainer", "9e657046"]
HEALTH_DATA = ["health", "data"]
NET_JOB = [*OCC["network"], *OCC["helpdesk"], *OCC["sysadmin"]]
PENTEST_ROLE = ["pentest", "penetration", "hacker", "security", "sicherheit"]


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def _primary(text: str, role: list[str] | None = None, **extra: object) -> T:
    checks: dict[str, object] = {"goal": TEACH_OK, "goal_not": PRIMARY_NOT, "no_max_eqf": True, **extra}
    if role:
        checks["role"] = role
    return _t(text, **checks)


_BATCH: dict[str, list[tuple[str, list[str], list[T]]]] = {
    "en": [
        ("occ_named", [], [_t("wanna be a full stack dev, where do i even start", goal="web")]),
        ("occ_named", [], [_t("how do I get a job as a SOC analyst?", goal="cyber")]),
        ("occ_named", ["typo"], [_t("i want to be a sofware develloper", goal="software")]),
        (
            "school_level",
            [],
            [
                _primary(
                    "I'm a primary school teacher and I want to teach coding to my pupils",
                    role=["primary"],
                )
            ],
        ),
        (
            "school_level",
            [],
            [
                _primary(
                    "I teach year 3 kids and would like to bring computing into my lessons",
                    role_not=["kids", "lesson", "year"],
                )
            ],
        ),
        (
            "adult_teacher",
            [],
            [
                _t(
                    "I teach English to adult migrants and want to teach them basic computer skills too",
                    goal=ADULT_TEACH,
                    goal_not=["secondary", "0d595b87"],
                    no_max_eqf=True,
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "I'm a nurse and I'd love to work with health data",
                    role=["nurse"],
                    goal=HEALTH_DATA,
                    goal_not=["nurse"],
                )
            ],
        ),
        (
            "role_target",
            ["adviser"],
            [
                _t(
                    "my client works as a warehouse picker and wants to become a network technician",
                    role=["warehouse", "picker"],
                    goal=NET_JOB,
                    goal_not=["warehouse", "picker"],
                )
            ],
        ),
        (
            "role_target",
            ["target_as_role"],
            [
                _t(
                    "I'd like to move into IT security, ideally as a pentester",
                    goal="cyber",
                    role_not=PENTEST_ROLE,
                )
            ],
        ),
    ],
    "de": [
        ("occ_named", [], [_t("will Data-Analyst werden, hab aber keine Ahnung wie", goal="data_analyst")]),
        (
            "school_level",
            [],
            [
                _primary(
                    "Ich bin Grundschullehrerin und möchte meinen Kindern Programmieren beibringen",
                    role=["grundschul"],
                )
            ],
        ),
        (
            "school_level",
            [],
            [
                _primary(
                    "Ich bin Erzieher in einer Kita und will den Kindern digitale Medien näherbringen",
                    role=["erzieher"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "Ich arbeite als Elektriker und will in die Netzwerktechnik",
                    role=["elektriker"],
                    goal="network",
                    goal_not=["elektrik"],
                )
            ],
        ),
        (
            "role_target",
            ["target_as_role"],
            [
                _t(
                    "Ich will in die IT-Sicherheit, am liebsten als Pentester",
                    goal="cyber",
                    role_not=PENTEST_ROLE,
                )
            ],
        ),
        (
            "role_target",
            ["adviser"],
            [
                _t(
                    "Meine Klientin ist Kassiererin und möchte Softwareentwicklerin werden",
                    role=["kassierer"],
                    goal="software",
                    goal_not=["kassierer"],
                )
            ],
        ),
        ("occ_named", [], [_t("Ich möchte DevOps-Engineer werden", goal="cloud")]),
    ],
    "es": [
        ("occ_named", [], [_t("me gustaría trabajar de analista de datos", goal="data_analyst")]),
        ("occ_named", ["gendered"], [_t("quiero ser ingeniera de datos", goal="de")]),
        (
            "school_level",
            [],
            [
                _primary(
                    "soy maestra de primaria y quiero enseñar programación a mis alumnos",
                    role=["maestra", "primaria"],
                )
            ],
        ),
        (
            "adult_teacher",
            [],
            [
                _t(
                    "doy clases a adultos en un centro cívico y quiero enseñarles informática básica",
                    goal=ADULT_TEACH,
                    goal_not=["secondary", "0d595b87"],
                    no_max_eqf=True,
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "soy cajera en un supermercado y quiero ser analista de datos",
                    role=["cajera"],
                    role_not=["supermercado"],
                    goal="data_analyst",
                )
            ],
        ),
        (
            "role_target",
            ["adviser"],
            [
                _t(
                    "Mi cliente es camarero y quiere trabajar en ciberseguridad",
                    role=["camarero"],
                    goal="cyber",
                    goal_not=["camarero"],
                )
            ],
        ),
    ],
    "fr": [
        ("occ_named", ["informal"], [_t("je veux devenir ingé cloud", goal="cloud")]),
        ("occ_named", [], [_t("je voudrais devenir analyste SOC", goal="cyber")]),
        (
            "school_level",
            [],
            [_primary("je suis instit et je veux apprendre à coder pour mes élèves", role=["instit"])],
        ),
        (
            "school_level",
            [],
            [
                _primary(
                    "je suis professeure des écoles, je voudrais initier mes élèves au numérique",
                    role=["professeur"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "je suis aide-soignante et je voudrais travailler dans les données de santé",
                    role=["aide-soignant", "aide soignant"],
                    goal=HEALTH_DATA,
                    goal_not=["soignant"],
                )
            ],
        ),
        (
            "role_target",
            ["adviser"],
            [
                _t(
                    "mon client est magasinier et veut devenir technicien réseau",
                    role=["magasinier"],
                    goal=NET_JOB,
                    goal_not=["magasinier"],
                )
            ],
        ),
    ],
    "fi": [
        ("occ_named", [], [_t("haluaisin töihin tietoturva-asiantuntijaksi", goal="cyber")]),
        ("occ_named", [], [_t("haluaisin data-analyytikoksi", goal="data_analyst")]),
        (
            "school_level",
            [],
            [
                _primary(
                    "olen alakoulun opettaja ja haluan opettaa lapsille ohjelmointia",
                    role=["alakoulu", "opettaja"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "olen sähköasentaja ja haluaisin verkkoasiantuntijaksi",
                    role=["sähköasentaja"],
                    goal="network",
                    goal_not=["sähkö"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "olen lähihoitaja ja minua kiinnostaisi terveysdata",
                    role=["lähihoitaja"],
                    goal=HEALTH_DATA,
                    goal_not=["hoitaja"],
                )
            ],
        ),
        (
            "adult_teacher",
            [],
            [
                _t(
                    "opetan aikuisia kansalaisopistossa ja haluan opettaa heille digitaitoja",
                    goal=ADULT_TEACH,
                    goal_not=["secondary", "0d595b87"],
                    no_max_eqf=True,
                )
            ],
        ),
    ],
    "vi": [
        ("occ_named", [], [_t("em muốn làm kỹ sư đám mây", goal="cloud")]),
        ("occ_named", [], [_t("tôi muốn trở thành kỹ sư AI", goal="ai")]),
        (
            "school_level",
            [],
            [_primary("mình dạy tiểu học, muốn học thêm tin học để dạy các em", role_not=["học", "em"])],
        ),
        (
            "school_level",
            [],
            [
                _primary(
                    "tôi là giáo viên mầm non, muốn học cách dùng công nghệ số trong lớp",
                    role=["giáo viên"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "tôi đang làm kế toán, muốn chuyển sang phân tích dữ liệu",
                    role=["kế toán"],
                    goal="data_analyst",
                    goal_not=["kế toán"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "tôi là y tá và muốn làm việc với dữ liệu y tế",
                    role=["y tá"],
                    goal=HEALTH_DATA,
                    goal_not=["y tá"],
                )
            ],
        ),
    ],
    "hi": [
        ("occ_named", [], [_t("मैं डेटा साइंटिस्ट बनना चाहता हूँ", goal="data_scientist")]),
        ("occ_named", [], [_t("मुझे साइबर सिक्योरिटी एनालिस्ट बनना है", goal="cyber")]),
        (
            "school_level",
            [],
            [
                _primary(
                    "मैं प्राथमिक स्कूल में पढ़ाती हूँ और बच्चों को कंप्यूटर सिखाना चाहती हूँ",
                    role_not=["बच्च", "कंप्यूटर"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "मैं बैंक में क्लर्क हूँ और डेटा एनालिस्ट बनना चाहता हूँ",
                    role=["क्लर्क", "clerk"],
                    goal="data_analyst",
                    goal_not=["क्लर्क", "clerk"],
                )
            ],
        ),
        (
            "school_level",
            ["hinglish"],
            [
                _primary(
                    "main primary teacher hoon, bachon ko coding sikhana chahti hoon",
                    role=["primary", "teacher"],
                    any_lang=True,
                )
            ],
        ),
        (
            "role_target",
            ["hinglish"],
            [
                _t(
                    "abhi call center mein kaam karta hoon, data analyst banna hai",
                    role=["call cent"],
                    goal="data_analyst",
                    goal_not=["call"],
                    any_lang=True,
                )
            ],
        ),
        ("occ_named", ["hinglish"], [_t("mujhe devops engineer banna hai", goal="cloud", any_lang=True)]),
    ],
    "bn": [
        ("occ_named", [], [_t("আমি একজন ক্লাউড ইঞ্জিনিয়ার হতে চাই", goal="cloud")]),
        ("occ_named", [], [_t("সাইবার সিকিউরিটি অ্যানালিস্ট হতে চাই", goal="cyber")]),
        (
            "school_level",
            [],
            [
                _primary(
                    "আমি প্রাথমিক বিদ্যালয়ের শিক্ষক, বাচ্চাদের কম্পিউটার শেখাতে চাই",
                    role=["প্রাথমিক", "primary"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "আমি একজন নার্স, স্বাস্থ্য ডেটা নিয়ে কাজ করতে চাই",
                    role=["নার্স", "nurse"],
                    goal=HEALTH_DATA,
                    goal_not=["নার্স", "nurse"],
                )
            ],
        ),
        (
            "role_target",
            [],
            [
                _t(
                    "আমি গার্মেন্টসে কাজ করি, ওয়েব ডেভেলপার হতে চাই",
                    role=["গার্মেন্ট", "garment"],
                    goal="web",
                    goal_not=["গার্মেন্ট", "garment"],
                )
            ],
        ),
        (
            "adult_teacher",
            [],
            [
                _t(
                    "আমি বড়দের কম্পিউটার শেখাই, ডিজিটাল সাক্ষরতার শিক্ষক হতে চাই",
                    goal=ADULT_TEACH,
                    goal_not=["secondary", "0d595b87"],
                    no_max_eqf=True,
                )
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-roles19-NN`."""
    return [
        D(f"{lang}-roles19-{n:02d}", ["roles19", tag, *extra], turns, split="tune")
        for n, (tag, extra, turns) in enumerate(_BATCH[lang], start=1)
    ]
