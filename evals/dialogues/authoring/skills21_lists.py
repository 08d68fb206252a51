"""The skills21 batch (session 21, issue #12, tune): skill statements in any phrasing, the weakest act on the
frozen set. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind measure),
in its own phrasings, all eight languages, Hinglish and Banglish. Classes (tags):

1. `tool`: a tool or product standing for a skill (Jira, Moodle, Canva, Figma, Cisco, the AWS console,
   WordPress, Power BI and Tableau, also in Devanagari or Bengali script): the skill saved, never a search,
   a role or "out of scope";
2. `level`: the level said in everyday words ("a bit of", "quite good at", "rusty", "used to", "learning it
   now", "years of", "eingerostet", "me defiendo", "je galère un peu", "ruosteessa", "đang học");
3. `job_skill`: a job's work said as an activity ("I keep the books", "ich mache die Buchhaltung", "llevo la
   contabilidad", "je fais la compta", "hoidan kirjanpidon") is the skills it implies, never a role made of
   the sentence's words;
4. `correction` / `negated`: "not Python, JavaScript", "actually I never used SQL", "eigentlich kann ich
   kein SQL", "en fait je n'ai jamais touché à SQL": the skill denied is not (or no longer) held, the others
   stay, and the turn is a statement of skills, not a search;
5. `adviser`: an adviser stating a client's skills ("she knows Excel, he has done some Java");
6. `with_goal`: skills stated in the middle of a goal sentence (both saved);
7. `plan_skip`: a skill claim, then a plan: the plan leaves out the beginners' course of what is held;
8. `spoken`: typos and spoken forms (Finnish puhekieli, Hinglish, Vietnamese without diacritics, Bengali and
   Hindi romanised: tags `hinglish`, `banglish`, reply language not checked).

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import EXPLORE, GOAL, PLAN, SKILLS, D

SK = SKILLS + GOAL + EXPLORE  # skills, possibly read with a goal or an opening
SKONLY = SKILLS  # a statement of skills and nothing else
PLANS = PLAN + GOAL  # "make me a plan" after a goal

# ESCO label fragments of the skills named
SHEET = "spreadsheet"
SQL = "sql"
PY = "python"
JAVA = "java ("  # "Java (computer programming)", not JavaScript
JS = "javascript"
OS = "operating systems"
CLOUD = "cloud"
BI = "business intelligence"
PM = "project management"  # Jira: (Agile / ICT) project management (methodologies)
GRAPH = "graphic"  # Canva: graphics editor software
MOODLE = "moodle"
PROTO = "prototype"  # Figma
NETS = ["cisco", "network"]  # Cisco routers
WP = "wordpress"
HELPDESK = "ict support"
SYSADMIN = "administer ict system"

BASIC = ["basic"]
MID = ["intermediate"]
MIDUP = ["intermediate", "advanced"]
ADV = ["advanced"]

PY_BASICS = ["lit-prog-101", "glcc-code-107"]  # the beginners' Python courses
NET_BASICS = ["ccna-net-101"]
SHEET_BASICS = ["glcc-office-106"]

T_ = tuple[str, list[str], dict]

_BATCH: dict[str, list[tuple[str, list[str], list[T_]]]] = {
    "en": [
        (
            "01",
            ["tool"],
            [
                (
                    "we track everything in Jira at work, I'm the one who sets up the boards",
                    SKONLY,
                    {"skills": [PM]},
                ),
                ("and I also make our flyers in Canva", SKONLY, {"skills_all": [PM, GRAPH]}),
            ],
        ),
        (
            "02",
            ["tool", "level"],
            [
                (
                    "I've been running our school's Moodle for about 5 years",
                    SKONLY,
                    {"skills": [MOODLE], "no_role": True},
                ),
                ("I'd like to become an e-learning developer", SK, {"skills": [MOODLE]}),
            ],
        ),
        (
            "03",
            ["job_skill"],
            [
                ("I keep the books for my brother's garage", SK, {"skills": [SHEET], "no_role": True}),
                (
                    "what could I move into from there?",
                    ["explore", "set_goal", "search"],
                    {"skills": [SHEET]},
                ),
            ],
        ),
        (
            "04",
            ["correction"],
            [
                ("I know SQL and Excel", SKONLY, {"skills_all": [SQL, SHEET]}),
                ("actually I never used SQL, only Excel", SKONLY, {"skills": [SHEET], "skills_not": [SQL]}),
            ],
        ),
        (
            "05",
            ["correction", "negated"],
            [
                ("I code a bit", SK + ["search"], {}),
                ("not Python, JavaScript", SKONLY, {"skills": [JS], "skills_not": [PY]}),
            ],
        ),
        (
            "06",
            ["adviser"],
            [
                (
                    "two clients this morning: she knows Excel pretty well, he has done some Java at college",
                    SKONLY,
                    {"skills_all": [SHEET, JAVA]},
                ),
            ],
        ),
        (
            "07",
            ["level", "plan_skip"],
            [
                ("I've got years of Python behind me, mostly scripting", SKONLY, {"levels": {PY: MIDUP}}),
                (
                    "I want to become a data scientist, make me a plan",
                    PLANS,
                    {"plan": True, "plan_excl": PY_BASICS},
                ),
            ],
        ),
        (
            "08",
            ["with_goal", "level"],
            [
                (
                    "I want to get into cloud work, I'm learning the AWS console right now "
                    "and my Linux is rusty, what should I do?",
                    # session 25 (goalplan25): a goal with "what should I do?" asks the way; the plan answers
                    # it as well (the skills are read either way)
                    SK + PLAN,
                    {"goal": "cloud", "skills_all": [CLOUD, OS], "levels": {OS: BASIC}},
                ),
            ],
        ),
        (
            "09",
            ["spoken", "hinglish", "tool"],
            [
                (
                    "mujhe Jira aur Canva dono aate hain",
                    SKONLY,
                    {"skills_all": [PM, GRAPH], "any_lang": True},
                ),
                ("Excel bhi thoda thoda", SKONLY, {"levels": {SHEET: BASIC}, "any_lang": True}),
            ],
        ),
        (
            "10",
            ["spoken", "hinglish", "correction"],
            [
                ("maine SQL aur Python dono kiya hai", SKONLY, {"skills_all": [SQL, PY], "any_lang": True}),
                (
                    "sorry Python nahi, sirf SQL",
                    SKONLY,
                    {"skills": [SQL], "skills_not": [PY], "any_lang": True},
                ),
            ],
        ),
    ],
    "de": [
        (
            "01",
            ["job_skill"],
            [
                (
                    "ich mache die Buchhaltung für einen kleinen Handwerksbetrieb",
                    SK,
                    {"skills": [SHEET], "no_role": True},
                ),
                (
                    "ich würde gern in Richtung Datenanalyse gehen",
                    SK,
                    {"goal": "data_analyst", "skills": [SHEET]},
                ),
            ],
        ),
        (
            "02",
            ["tool", "level"],
            [
                ("Jira und Confluence benutze ich seit Jahren", SKONLY, {"skills": [PM]}),
                ("Figma kenne ich nur ein bisschen", SKONLY, {"skills": [PM], "levels": {PROTO: BASIC}}),
            ],
        ),
        (
            "03",
            ["correction"],
            [
                ("ich kann Python und SQL", SKONLY, {"skills_all": [PY, SQL]}),
                ("nee, eigentlich kann ich gar kein SQL", SKONLY, {"skills": [PY], "skills_not": [SQL]}),
            ],
        ),
        (
            "04",
            ["adviser", "tool"],
            [
                (
                    "Meine Klientin hat jahrelang Cisco-Router konfiguriert und kennt sich mit WordPress aus",
                    SKONLY,
                    {"skills": NETS, "skills_all": [WP]},
                ),
            ],
        ),
        (
            "05",
            ["level", "with_goal"],
            [
                (
                    "Ich will Datenanalystin werden, Excel kann ich ziemlich gut "
                    "und Power BI lerne ich gerade",
                    SK,
                    {"goal": "data_analyst", "levels": {SHEET: MIDUP, BI: BASIC}},
                ),
            ],
        ),
        (
            "06",
            ["level", "plan_skip"],
            [
                (
                    "Netzwerke sind mein Alltag, ich betreue seit 8 Jahren Cisco-Switches",
                    SKONLY,
                    {"skills": NETS},
                ),
                (
                    "ich möchte Netzwerkingenieur werden, mach mir einen Plan",
                    PLANS,
                    {"plan": True, "plan_excl": NET_BASICS},
                ),
            ],
        ),
    ],
    "es": [
        (
            "01",
            ["job_skill"],
            [
                ("llevo la contabilidad de una tienda de ropa", SK, {"skills": [SHEET], "no_role": True}),
                ("me gustaría ser analista de datos", SK, {"goal": "data_analyst", "skills": [SHEET]}),
            ],
        ),
        (
            "02",
            ["tool", "level"],
            [
                ("me defiendo con Canva y con WordPress", SKONLY, {"skills_all": [GRAPH, WP]}),
            ],
        ),
        (
            "03",
            ["correction"],
            [
                ("sé Java y Python", SKONLY, {"skills_all": [JAVA, PY]}),
                ("bueno, Java no, en realidad solo Python", SKONLY, {"skills": [PY], "skills_not": [JAVA]}),
            ],
        ),
        (
            "04",
            ["adviser"],
            [
                (
                    "mi usuaria maneja Excel a nivel avanzado y ha usado un poco Tableau",
                    SKONLY,
                    {"levels": {SHEET: ADV, BI: BASIC}},
                ),
            ],
        ),
        (
            "05",
            ["level", "with_goal"],
            [
                (
                    "quiero trabajar en ciberseguridad; programé en Java hace años pero lo tengo oxidado",
                    SK,
                    {"goal": "cyber", "levels": {JAVA: BASIC}},
                ),
            ],
        ),
        (
            "06",
            ["tool", "spoken"],
            [
                ("uso la consola de AWS todos los dias en el curro", SKONLY, {"levels": {CLOUD: MIDUP}}),
                ("y jira tambien", SKONLY, {"skills_all": [CLOUD, PM]}),
            ],
        ),
    ],
    "fr": [
        (
            "01",
            ["job_skill", "spoken"],
            [
                ("je fais la compta d'une petite boîte", SK, {"skills": [SHEET], "no_role": True}),
                (
                    "j'aimerais évoluer vers l'analyse de données",
                    SK,
                    {"goal": "data_analyst", "skills": [SHEET]},
                ),
            ],
        ),
        (
            "02",
            ["correction"],
            [
                ("je maîtrise Excel et SQL", SKONLY, {"skills_all": [SHEET, SQL]}),
                ("en fait je n'ai jamais touché à SQL", SKONLY, {"skills": [SHEET], "skills_not": [SQL]}),
            ],
        ),
        (
            "03",
            ["tool", "level"],
            [
                (
                    "je galère un peu avec Figma mais je gère bien Canva",
                    SKONLY,
                    {"levels": {PROTO: BASIC}, "skills": [GRAPH]},
                ),
            ],
        ),
        (
            "04",
            ["adviser", "tool"],
            [
                (
                    "mon bénéficiaire administre Moodle dans son lycée et connaît un peu Linux",
                    SKONLY,
                    {"skills": [MOODLE], "levels": {OS: BASIC}, "no_role": True},
                ),
            ],
        ),
        (
            "05",
            ["with_goal", "level"],
            [
                (
                    "j'aimerais devenir développeuse web, je fais déjà du JavaScript depuis deux ans",
                    SK,
                    {"goal": "web", "levels": {JS: MIDUP}},
                ),
                ("tu peux me faire un parcours ?", PLANS, {"plan": True, "skills": [JS]}),
            ],
        ),
        (
            "06",
            ["level"],
            [
                ("j'ai fait du Python il y a longtemps, c'est loin", SKONLY, {"levels": {PY: BASIC}}),
            ],
        ),
    ],
    "fi": [
        (
            "01",
            ["job_skill"],
            [
                ("hoidan kirjanpidon pienelle firmalle", SK, {"skills": [SHEET], "no_role": True}),
                ("haluaisin siirtyä data-analyytikoksi", SK, {"goal": "data_analyst", "skills": [SHEET]}),
            ],
        ),
        (
            "02",
            ["tool", "spoken"],
            [
                ("mä oon käyttäny Jiraa töissä monta vuotta", SKONLY, {"skills": [PM], "no_role": True}),
                ("ja Canvaa vähän", SKONLY, {"skills_all": [PM, GRAPH]}),
            ],
        ),
        (
            "03",
            ["correction", "spoken"],
            [
                ("osaan Pythonia ja SQL:ää", SKONLY, {"skills_all": [PY, SQL]}),
                ("itse asiassa en oo koskaan käyttäny SQL:ää", SKONLY, {"skills": [PY], "skills_not": [SQL]}),
            ],
        ),
        (
            "04",
            ["level"],
            [
                ("Linux-taidot on vähän ruosteessa", SKONLY, {"levels": {OS: BASIC}}),
            ],
        ),
        (
            "05",
            ["adviser"],
            [
                (
                    "asiakkaani osaa Excelin hyvin ja on tehnyt vähän WordPress-sivuja",
                    SKONLY,
                    {"skills_all": [SHEET, WP]},
                ),
            ],
        ),
        (
            "06",
            ["with_goal", "plan_skip"],
            [
                (
                    "haluisin data-analyytikoks, Pythonia oon koodannu jo vuosia",
                    SK,
                    {"goal": "data_analyst", "levels": {PY: MIDUP}},
                ),
                ("tee mulle suunnitelma", PLANS, {"plan": True, "plan_excl": PY_BASICS}),
            ],
        ),
    ],
    "vi": [
        (
            "01",
            ["tool", "spoken"],
            [
                ("toi dung Jira va Figma hang ngay o cong ty", SKONLY, {"skills_all": [PM, PROTO]}),
            ],
        ),
        (
            "02",
            ["job_skill"],
            [
                ("tôi làm kế toán cho một cửa hàng nhỏ", SK, {"skills": [SHEET]}),
                (
                    "tôi muốn trở thành chuyên viên phân tích dữ liệu",
                    SK,
                    {"goal": "data_analyst", "skills": [SHEET]},
                ),
            ],
        ),
        (
            "03",
            ["correction"],
            [
                ("tôi biết Excel và SQL", SKONLY, {"skills_all": [SHEET, SQL]}),
                (
                    "à không, thật ra tôi chưa bao giờ dùng SQL",
                    SKONLY,
                    {"skills": [SHEET], "skills_not": [SQL]},
                ),
            ],
        ),
        (
            "04",
            ["level"],
            [
                ("tôi đã từng lập trình Java nhưng giờ quên gần hết rồi", SKONLY, {"levels": {JAVA: BASIC}}),
            ],
        ),
        (
            "05",
            ["adviser", "tool"],
            [
                ("học viên của tôi biết dùng Canva và Moodle", SKONLY, {"skills_all": [GRAPH, MOODLE]}),
            ],
        ),
        (
            "06",
            ["with_goal", "spoken"],
            [
                (
                    "em muon lam data analyst, em biet Excel kha tot va dang hoc Power BI",
                    SK,
                    {"goal": "data_analyst", "levels": {SHEET: MIDUP, BI: BASIC}},
                ),
            ],
        ),
    ],
    "hi": [
        (
            "01",
            ["tool"],
            [
                ("मुझे थोड़ा एक्सेल और पावर बीआई आता है", SKONLY, {"skills_all": [SHEET, BI]}),
            ],
        ),
        (
            "02",
            ["job_skill"],
            [
                ("मैं एक दुकान का हिसाब-किताब संभालता हूँ", SK, {"skills": [SHEET], "no_role": True}),
                ("इसके बाद मैं डेटा एनालिस्ट बनना चाहता हूँ", SK, {"goal": "data_analyst", "skills": [SHEET]}),
            ],
        ),
        (
            "03",
            ["correction"],
            [
                ("मुझे पायथन और SQL आता है", SKONLY, {"skills_all": [PY, SQL]}),
                ("नहीं, असल में SQL कभी इस्तेमाल नहीं किया", SKONLY, {"skills": [PY], "skills_not": [SQL]}),
            ],
        ),
        (
            "04",
            ["adviser"],
            [
                (
                    "मेरी क्लाइंट को एक्सेल अच्छे से आता है और उसने थोड़ा जावा सीखा है",
                    SKONLY,
                    {"skills_all": [SHEET, JAVA]},
                ),
            ],
        ),
        (
            "05",
            ["spoken", "hinglish", "level"],
            [
                (
                    "python seekh raha hoon abhi, linux mein 3 saal ka experience hai",
                    SKONLY,
                    {"levels": {PY: BASIC, OS: MIDUP}, "any_lang": True},
                ),
            ],
        ),
        (
            "06",
            ["with_goal", "plan_skip"],
            [
                ("मैं नेटवर्क इंजीनियर बनना चाहता हूँ, सिस्को राउटर पर 5 साल काम किया है", SK, {"skills": NETS}),
                ("मेरे लिए प्लान बनाइए", PLANS, {"plan": True, "plan_excl": NET_BASICS}),
            ],
        ),
    ],
    "bn": [
        (
            "01",
            ["tool"],
            [
                ("আমি একটু এক্সেল আর ক্যানভা জানি", SKONLY, {"skills_all": [SHEET, GRAPH]}),
            ],
        ),
        (
            "02",
            ["job_skill"],
            [
                ("আমি একটা দোকানের হিসাব রাখি", SK, {"skills": [SHEET], "no_role": True}),
                ("এরপর আমি ডেটা অ্যানালিস্ট হতে চাই", SK, {"goal": "data_analyst", "skills": [SHEET]}),
            ],
        ),
        (
            "03",
            ["correction"],
            [
                ("আমি পাইথন আর জাভা জানি", SKONLY, {"skills_all": [PY, JAVA]}),
                ("না, আসলে জাভা কখনো করিনি, শুধু পাইথন", SKONLY, {"skills": [PY], "skills_not": [JAVA]}),
            ],
        ),
        (
            "04",
            ["adviser", "tool"],
            [
                ("আমার ক্লায়েন্ট ওয়ার্ডপ্রেস দিয়ে ওয়েবসাইট বানায় আর ফিগমা একটু জানে", SKONLY, {"skills_all": [WP, PROTO]}),
            ],
        ),
        (
            "05",
            ["spoken", "banglish", "level"],
            [
                (
                    "ami excel bhalo pari, power bi shikhchi ekhon",
                    SKONLY,
                    {"levels": {SHEET: MIDUP, BI: BASIC}, "any_lang": True},
                ),
            ],
        ),
        (
            "06",
            ["with_goal"],
            [
                (
                    "আমি ক্লাউড ইঞ্জিনিয়ার হতে চাই, AWS কনসোল আর লিনাক্সে কয়েক বছর কাজ করেছি",
                    SK,
                    {"goal": "cloud", "skills_all": [CLOUD, OS]},
                ),
            ],
        ),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues in one language, ids `<lang>-skills21-NN`, all tune."""
    from dsl import T

    return [
        D(
            f"{lang}-skills21-{nn}",
            ["skills21", *tags],
            [T(text, intents, **checks) for text, intents, checks in turns],
            split="tune",
        )
        for nn, tags, turns in _BATCH[lang]
    ]
