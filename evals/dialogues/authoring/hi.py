"""Hindi dialogues: Devanagari, English tech words inside Hindi, and some Hinglish in Latin script."""

from dates import HALF_YEAR, JUNE, MARCH
from dsl import (
    COMPARE,
    CONS,
    EXPLAIN,
    EXPLORE,
    GOAL,
    OOS,
    PLAN,
    REFINE,
    REQ,
    SEARCH,
    SELECT,
    SKILLS,
    SKIP,
    SMALL,
    WHY,
    D,
    T,
)

LANG = "hi"

DIALOGUES = [
    D(
        "hi-vague-01",
        ["vague"],
        [
            T("मुझे समझ नहीं आ रहा कि कहाँ से शुरू करूँ", EXPLORE),
            T(
                "मैं एक दुकान में अकाउंटेंट हूँ, कंप्यूटर थोड़ा आता है",
                SKILLS + EXPLORE,
                role=["अकाउंटेंट", "accountant", "bookkeep"],
                goal_not=["अकाउंटेंट", "accountant"],
            ),
            T("डेटा में करियर बन सकता है क्या?", GOAL + SEARCH + EXPLORE + PLAN, cite_min=1),
        ],
    ),
    D(
        "hi-ml-02",
        ["area_ai", "multi_intent"],
        [
            T(
                "मैं मशीन लर्निंग इंजीनियर बनना चाहता हूँ। हफ्ते में 8 घंटे दे सकता हूँ और बजट 30000 रुपये "
                "है। "
                "क्या सीखूँ और किस क्रम में?",
                PLAN,
                goal="ml",
                hours=8,
                budget=(30000, "INR"),
                plan=True,
                plan_cost=(30000, "INR"),
                cite_min=1,
            ),
            T("इससे सस्ता हो सकता है?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "hi-hinglish-03",
        ["mixed_language", "area_ai"],
        [
            T(
                "mujhe AI ke free courses chahiye",
                SEARCH,
                cite_any=["diaa-ai-101", "ual-ia-101"],
                any_lang=True,
            ),
            T("isme kitne ghante lagenge", EXPLAIN + SELECT, cite_min=1, any_lang=True),
        ],
    ),
    D(
        "hi-named-04",
        ["named_course", "stacking"],
        [
            T("Applied Machine Learning with Python कोर्स में क्या पढ़ाते हैं?", EXPLAIN, cite_any=["diaa-ml-201"]),
            T("क्या ये किसी बड़े सर्टिफिकेट का हिस्सा है?", EXPLAIN + REQ, cite_any=["diaa-cert-aml"]),
            T("इससे पहले क्या करना होगा?", REQ, cite_any=["diaa-ai-101", "diaa-math-102"]),
        ],
    ),
    D(
        "hi-advisor-05",
        ["third_person", "area_cyber"],
        [
            T(
                "मेरा क्लाइंट एक गोदाम में क्लर्क है और साइबर सिक्योरिटी में जाना चाहता है",
                GOAL + SKILLS,
                goal="cyber",
                role=["क्लर्क", "गोदाम", "clerk", "warehouse"],
                goal_not=["क्लर्क", "clerk"],
            ),
            T("उसके लिए एक योजना बनाइए, हफ्ते में 5 घंटे", PLAN + CONS, hours=5, plan=True, cite_min=1),
        ],
    ),
    D(
        "hi-day-06",
        ["constraint_time"],
        [
            T("मैं रोज़ 2 घंटे पढ़ सकती हूँ", CONS, hours=14),
            T("मुझे वेब डेवलपर बनना है", GOAL, goal="web"),
            T("प्लान बताइए", PLAN, plan=True),
        ],
    ),
    D(
        "hi-deadline-07",
        ["constraint_deadline", "area_data"],
        [
            T("मुझे छह महीने के अंदर डेटा एनालिस्ट बनना है", GOAL + CONS, goal="data_analyst", deadline=HALF_YEAR),
            T("योजना बनाओ", PLAN, plan=True),
        ],
    ),
    D(
        "hi-oos-08",
        ["out_of_scope"],
        [
            T("आज का क्रिकेट स्कोर क्या है?", OOS),
        ],
    ),
    D(
        "hi-greet-09",
        ["greeting"],
        [
            T("नमस्ते", SMALL),
            T("आप क्या कर सकते हैं?", SMALL),
        ],
    ),
    D(
        "hi-nonexistent-10",
        ["nonexistent"],
        [
            T("क्या आपके पास 'Full Stack Java Masterclass' कोर्स है?", EXPLAIN + SEARCH),
        ],
    ),
    D(
        "hi-skip-11",
        ["skip", "followup"],
        [
            T("डेटा साइंटिस्ट बनने की योजना बनाइए, हफ्ते में 6 घंटे", PLAN, goal="data_scientist", hours=6, plan=True),
            T("पहला वाला मैं कर चुका हूँ, उसे हटा दो", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
    ),
    D(
        "hi-compare-12",
        ["compare", "named_course"],
        [
            T(
                "Deep Learning and Neural Networks और Natural Language Processing में क्या फर्क है?",
                COMPARE,
                cite_any=["diaa-dl-202", "diaa-nlp-302"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "hi-budget-13",
        ["constraint_budget"],
        [
            T("मेरा बजट सिर्फ़ 5000 रुपये है", CONS, budget=(5000, "INR")),
            T("डेटा विज़ुअलाइज़ेशन सीखना है", GOAL + SEARCH, cite_any=["diaa-viz-204"]),
        ],
    ),
    D(
        "hi-online-14",
        ["participation", "languages"],
        [
            T(
                "मुझे सिर्फ़ ऑनलाइन कोर्स चाहिए, हिंदी और अंग्रेज़ी आती है",
                CONS + SKILLS,
                part=["online"],
                langs=["hi", "en"],
            ),
            T("नेटवर्किंग के कोर्स दिखाओ", SEARCH, cite_min=1),
        ],
    ),
    D(
        "hi-why-15",
        ["why", "area_ai"],
        [
            T("कंप्यूटर विज़न इंजीनियर बनने का रास्ता बताओ", PLAN + GOAL, plan=True, goal="cv"),
            T("गणित वाला कोर्स क्यों ज़रूरी है?", WHY + EXPLAIN, cite_min=0),
        ],
    ),
    D(
        "hi-eqf-16",
        ["named_course", "level"],
        [
            T(
                "Designing Intelligent Systems का EQF लेवल क्या है? मेरे लिए बहुत कठिन तो नहीं?",
                EXPLAIN,
                cite_any=["diaa-isd-304"],
            ),
        ],
    ),
    D(
        "hi-teacher-17",
        ["area_dlit", "third_person"],
        [
            T(
                "मैं एक सरकारी स्कूल में टीचर हूँ, बच्चों को कंप्यूटर सिखाना है, कौन सा कोर्स ठीक रहेगा?",
                SEARCH + GOAL,
                cite_any=["aec-dlteach-104", "aec-csteach-207", "aec-hw-105", "aec-elearn-100"],
                role=["टीचर", "teacher", "शिक्षक"],
            ),
        ],
    ),
    D(
        "hi-march-18",
        ["constraint_deadline", "area_cloud"],
        [
            T("मार्च तक क्लाउड की बेसिक्स सीखनी है", GOAL + SEARCH + CONS, deadline=MARCH, cite_min=1),
        ],
    ),
    D(
        "hi-select-19",
        ["select", "followup"],
        [
            T("डेटा इंजीनियरिंग के कोर्स कौन से हैं?", SEARCH, cite_min=1),
            T("दूसरे वाले के बारे में और बताओ", SELECT, cite_min=1),
        ],
    ),
    D(
        "hi-hinglish-20",
        ["mixed_language", "third_person"],
        [
            T(
                "meri behen teacher hai, usko online courses banane seekhne hai",
                GOAL + SEARCH,
                any_lang=True,
                cite_any=["aec-elearn-100", "aec-online-201", "aec-mcd-101", "aec-scorm-202"],
            ),
        ],
    ),
]

DIALOGUES += [
    D(
        "hi-flow-21",
        ["followup", "area_data"],
        [
            T(
                "मैं बैंक में क्लर्क हूँ और डेटा एनालिस्ट बनना चाहती हूँ",
                GOAL + SKILLS,
                goal="data_analyst",
                role=["क्लर्क", "clerk", "बैंक", "bank"],
                goal_not=["क्लर्क", "clerk"],
            ),
            T("हफ्ते में 4 घंटे, और जून तक पूरा करना है", CONS, hours=4, deadline=JUNE),
            T("क्या सीखूँ और किस क्रम में?", PLAN, plan=True, cite_min=1),
            T("सिर्फ़ ऑनलाइन वाले कोर्स रखो", REFINE, plan=True, plan_part=["online"], part=["online"]),
        ],
    ),
    D(
        "hi-flow-22",
        ["followup", "area_hpc"],
        [
            T(
                "मैं रिसर्च स्कॉलर हूँ, HPC और GPU प्रोग्रामिंग सीखना है",
                GOAL + SEARCH,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-gpu-301", "padr-cert-hpc"],
            ),
            T("हफ्ते में 3 घंटे के साथ योजना बनाओ", PLAN + CONS, hours=3, plan=True),
            T("पहला कोर्स मैंने कर लिया है", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
    ),
    D(
        "hi-flow-23",
        ["followup", "third_person", "area_dgov"],
        [
            T(
                "मेरी क्लाइंट एक HR मैनेजर है, उसे डेटा प्रोटेक्शन और GDPR सीखना है",
                GOAL + SEARCH,
                cite_any=["inl-rgpd-101", "diaa-resp-205", "inl-dpo-201"],
                role=["hr", "मैनेजर", "manager"],
            ),
            T("वह सिर्फ़ अंग्रेज़ी और हिंदी जानती है", SKILLS + CONS, langs=["en", "hi"]),
            T(
                "तो कौन सा कोर्स ठीक रहेगा?",
                SEARCH + PLAN,
                cite_min=1,
                cite_none=["inl-rgpd-101", "inl-dpo-201"],
            ),
        ],
    ),
]

DIALOGUES += [
    D(
        "hi-health-24",
        ["area_health"],
        [
            T(
                "मैं एक अस्पताल में नर्स हूँ, हेल्थ डेटा के क्षेत्र में जाना चाहती हूँ",
                GOAL + SKILLS,
                goal="health_data",
                role=["नर्स", "nurse"],
                goal_not=["नर्स", "nurse"],
            ),
            T("शुरुआत कैसे करूँ?", PLAN + SEARCH + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "hi-budget-25",
        ["constraint_budget", "area_ai"],
        [
            T("₹15,000 तक का बजट है, AI और मशीन लर्निंग सीखना है", CONS + GOAL + SEARCH, budget=(15000, "INR")),
            T("क्रम से योजना बनाओ, हफ्ते में 5 घंटे", PLAN + CONS, hours=5, plan=True, plan_cost=(15000, "INR")),
        ],
    ),
    D(
        "hi-hinglish-26",
        ["mixed_language", "followup"],
        [
            T(
                "cloud engineer banna hai, plan batao 6 hours per week",
                PLAN,
                goal="cloud",
                hours=6,
                plan=True,
                any_lang=True,
            ),
            T("aur sasta option?", REFINE, plan=True, cheaper=True, any_lang=True),
        ],
    ),
    D(
        "hi-month-27",
        ["constraint_time"],
        [
            T("मैं महीने में 30 घंटे पढ़ सकता हूँ", CONS, hours=6.9),
            T("लक्ष्य: डेटाबेस एडमिनिस्ट्रेटर", GOAL, goal="dba"),
            T("योजना दिखाओ", PLAN, plan=True),
        ],
    ),
]

DIALOGUES += [
    D(
        "hi-profile-28",
        ["profile_start"],
        [
            T(
                "अब मुझे आगे क्या करना चाहिए?",
                PLAN,
                plan=True,
                cite_min=1,
                plan_excl=["diaa-ai-101", "diaa-math-102"],
            ),
            T(
                "Applied Machine Learning with Python भी पूरा हो गया",
                SKIP + SKILLS,
                held=["diaa-ml-201"],
                plan_excl=["diaa-ml-201"],
                not_rejected=["diaa-ml-201"],
            ),
        ],
        profile={
            "id": "p-hi-28",
            "goal": {
                "label": "computer vision engineer",
                "occupation_uri": "http://data.europa.eu/esco/occupation/1c5a45b9-440e-4726-b565-16a952abd341",
            },
            "credentials": [
                {"id": "diaa-ai-101", "title": "AI Foundations"},
                {"id": "diaa-math-102", "title": "Mathematics for Machine Learning"},
            ],
            "languages": ["hi", "en"],
            "constraints": {"hours_per_week": 8},
        },
    ),
]

DIALOGUES += [
    D(
        "hi-req-29",
        ["requirements", "named_course"],
        [
            T(
                "Incident Handling and Threat Hunting करने से पहले क्या क्या करना होगा, किस क्रम में?",
                REQ + PLAN,
                cite_any=["bvca-siem-201", "bvca-soc-101"],
            ),
        ],
    ),
    D(
        "hi-hinglish-30",
        ["mixed_language", "slang", "area_data"],
        [
            T(
                "yaar data analyst banna hai, kaha se start karu?",
                GOAL + PLAN + EXPLORE,
                goal="data_analyst",
                any_lang=True,
            ),
            T("free wale courses batao pehle", SEARCH + REFINE, cite_min=1, any_lang=True),
        ],
    ),
]

# v6 (session 6): written before any run on it, from how people write (README "How it was written").
from dates import BEFORE_JUNE  # noqa: E402

DIALOGUES += [
    D(
        "hi-v6-vague-31",
        ["vague", "mixed_language", "slang"],
        [
            T(
                "yaar samajh nahi aa raha career mein kya karu, job se bore ho gaya hu",
                EXPLORE,
                any_lang=True,
            ),
            T(
                "main bank mein cashier hu",
                SKILLS + EXPLORE,
                role=["cashier", "bank", "teller", "कैशियर"],
                goal_not=["cashier", "teller"],
                any_lang=True,
            ),
            T("kuch data wala seekhna hai", GOAL + SEARCH + EXPLORE, cite_min=1, any_lang=True),
        ],
    ),
    D(
        "hi-v6-mahina-32",
        ["constraint_time", "constraint_budget", "area_cloud"],
        [
            T(
                "मुझे क्लाउड इंजीनियर बनना है, महीने में 25 घंटे पढ़ सकता हूँ",
                GOAL + CONS,
                goal="cloud",
                hours=(5.8, 0.2),
            ),
            T("बजट 50000 रुपये तक है", CONS, budget=(50000, "INR")),
            T("प्लान बनाओ", PLAN, plan=True),
        ],
    ),
    D(
        "hi-v6-named-33",
        ["named_course", "area_ai"],
        [
            T(
                "Applied Machine Learning with Python कोर्स के लिए पहले क्या आना चाहिए?",
                REQ,
                cite_any=["diaa-ml-201", "diaa-ai-101", "diaa-math-102"],
            ),
            T("इसकी फीस कितनी है?", EXPLAIN + SELECT, cite_any=["diaa-ml-201"]),
        ],
    ),
    D(
        "hi-v6-client-34",
        ["third_person", "area_web", "participation"],
        [
            T(
                "मेरा क्लाइंट डिलीवरी बॉय है और वेब डेवलपर बनना चाहता है",
                GOAL + SKILLS,
                goal="web",
                role=["delivery", "courier", "डिलीवरी"],
                goal_not=["delivery", "courier"],
            ),
            T("वो सिर्फ ऑनलाइन पढ़ सकता है", CONS, part=["online"]),
            T("उसके लिए रास्ता बताओ", PLAN, plan=True, plan_part=["online"]),
        ],
    ),
    D(
        "hi-v6-june-35",
        ["constraint_deadline", "constraint_time", "area_cyber"],
        [
            T(
                "मुझे जून से पहले साइबर सिक्योरिटी सीखनी है",
                GOAL + CONS + SEARCH,
                goal="cyber",
                deadline=BEFORE_JUNE,
            ),
            T("हफ्ते में 10 घंटे", CONS, hours=10),
            T("तो प्लान क्या है?", PLAN, plan=True),
        ],
    ),
    D(
        "hi-v6-free-36",
        ["constraint_budget", "area_dlit"],
        [
            T(
                "मुफ्त में कंप्यूटर की बेसिक चीज़ें कहाँ सीखूँ?",
                SEARCH,
                cite_any=["glcc-dl-101", "glcc-solve-105", "glcc-safe-104", "glcc-comm-102", "glcc-cert-df"],
            ),
        ],
    ),
]

# v6, second part (same session, also before any run).
DIALOGUES += [
    D(
        "hi-v6-lamba-37",
        ["long", "multi_intent", "area_data", "constraint_budget", "constraint_time"],
        [
            T(
                "नमस्ते, मैं एक स्कूल में क्लर्क हूँ और डेटा एनालिस्ट बनना चाहती हूँ। रोज़ एक घंटा पढ़ "
                "सकती हूँ, "
                "बजट 20000 रुपये। कहाँ से शुरू करूँ?",
                PLAN + GOAL,
                goal="data_analyst",
                role=["clerk", "क्लर्क", "office"],
                goal_not=["clerk", "क्लर्क"],
                hours=(6, 0.2),
                budget=(20000, "INR"),
                cite_min=1,
            ),
            T("प्लान दिखाओ", PLAN, plan=True),
        ],
    ),
    D(
        "hi-v6-hinglish-38",
        ["mixed_language", "area_cyber", "followup"],
        [
            T(
                "cyber security ka plan bana do, 6 ghante per week",
                PLAN,
                goal="cyber",
                hours=6,
                plan=True,
                any_lang=True,
            ),
            T("thoda sasta wala option?", REFINE, plan=True, cheaper=True, any_lang=True),
        ],
    ),
    D(
        "hi-v6-compare-39",
        ["compare", "named_course", "area_ai"],
        [
            T(
                "Deep Learning and Neural Networks और Natural Language Processing में क्या फर्क है?",
                COMPARE,
                cite_min=2,
                cite_any=["diaa-dl-202", "diaa-nlp-302"],
            ),
        ],
    ),
    D(
        "hi-v6-angrezi-40",
        ["languages", "area_dgov", "followup"],
        [
            T("मुझे डेटा गवर्नेंस सीखना है", GOAL + SEARCH, cite_min=1),
            T(
                "सिर्फ अंग्रेज़ी वाले कोर्स दिखाओ",
                REFINE + CONS,
                study_lang=["en"],
                cite_min=1,
                cite_none=["inl-rgpd-101", "inl-qualite-201", "inl-classif-301"],
            ),
        ],
    ),
    D(
        "hi-v6-nahihai-41",
        ["nonexistent", "area_cloud"],
        [
            T("क्या आपके पास Microsoft Azure Administrator कोर्स है?", EXPLAIN + SEARCH),
            T("तो उसके जैसा कुछ?", SEARCH, cite_min=1),
        ],
    ),
]

# v6 (session 6): follow-ups after a plan or a list, named-course questions, comparisons; written for tune.
DIALOGUES += [
    D(
        "hi-fu-cloud-40",
        ["followup", "area_cloud", "constraint_time"],
        [
            T("मुझे क्लाउड इंजीनियर बनना है, हफ्ते में 6 घंटे हैं। प्लान बना दो", PLAN, goal="cloud", hours=6, plan=True),
            T("सबसे जल्दी वाला रास्ता कौन सा है?", REFINE, plan=True, faster=True),
            T("पहला वाला मैं कर चुका हूँ", SKIP, plan=True, held_prev_step=1, plan_excl_prev_step=1),
        ],
        split="tune",
    ),
    D(
        "hi-fu-eqf-41",
        ["level", "named_course", "area_ai"],
        [
            T(
                "Deep Learning and Neural Networks का EQF लेवल क्या है? मेरे लिए ज़्यादा मुश्किल तो नहीं?",
                EXPLAIN,
                cite_any=["diaa-dl-202"],
            ),
            T("इसे करने से पहले क्या करना होगा?", REQ, cite_any=["diaa-ml-201"]),
        ],
        split="tune",
    ),
    D(
        "hi-fu-advisor-42",
        ["third_person", "followup", "area_data", "constraint_budget"],
        [
            T(
                "मेरी क्लाइंट एक रिसेप्शनिस्ट है और डेटा इंजीनियर बनना चाहती है, हफ्ते में 5 घंटे दे सकती है",
                GOAL + PLAN,
                goal="de",
                goal_not=["रिसेप्शनिस्ट", "receptionist"],
                hours=5,
            ),
            T("उसके लिए प्लान बनाओ", PLAN, plan=True, cite_min=1),
            T("इसे थोड़ा सस्ता कर सकते हो?", REFINE, plan=True, cheaper=True),
        ],
        split="tune",
    ),
]

# v7 (session 7): whole sessions (vague opening, counsellor questions, goal, plan, follow-ups, adviser notes);
# written for tune before any run on them.
DIALOGUES += [
    D(
        "hi-v7-satra-50",
        ["vague", "followup", "area_data", "participation"],
        [
            T("नमस्ते, मैं अपनी नौकरी में अटका हुआ महसूस करता हूँ, समझ नहीं आता क्या सीखूँ", EXPLORE),
            T(
                "मैं अकाउंटेंट हूँ, मुझे नंबरों के साथ काम करना पसंद है, हफ्ते में 5 घंटे हैं",
                EXPLORE + SKILLS + CONS + GOAL,
                hours=5,
            ),
            T("ठीक है, मैं डेटा एनालिस्ट बनना चाहता हूँ", GOAL + PLAN, goal="data_analyst"),
            T("अब मेरे लिए योजना बनाइए", PLAN, plan=True),
            T("क्या कोई सस्ता विकल्प है?", REFINE, plan=True, cheaper=True),
            T(
                "सिर्फ ऑनलाइन कोर्स चाहिए",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v7-salahkar-51",
        ["third_person", "area_web", "constraint_budget", "followup", "quality"],
        [
            T(
                "मैं करियर काउंसलर हूँ। मेरा क्लाइंट एक दुकानदार है जो वेब डेवलपर बनना चाहता है",
                GOAL,
                goal="web",
                goal_not=["दुकान", "shop"],
            ),
            T("उसके पास हफ्ते में 6 घंटे हैं और बजट 10000 रुपये", CONS, hours=6, budget=(10000, "INR")),
            T("उसके लिए लर्निंग पाथ बनाइए", PLAN, plan=True),
            T(
                "वो पहला कोर्स पहले ही कर चुका है",
                SKIP,
                plan=True,
                held_prev_step=1,
                plan_excl_prev_step=1,
            ),
            T(
                "Certificate in Full-Stack Web Development मान्यता प्राप्त है क्या?",
                EXPLAIN,
                cite_any=["lit-cert-web"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v7-hinglish-52",
        ["vague", "mixed_language", "slang", "area_cloud", "followup", "participation"],
        [
            T("bhai mujhe samajh nahi aa raha kya seekhu, job boring hai", EXPLORE, any_lang=True),
            T("cloud computing seekhna hai, cloud engineer banna hai", GOAL, goal="cloud", any_lang=True),
            T("hafte me 8 ghante de sakta hu, plan bana do", PLAN, hours=8, plan=True, any_lang=True),
            T("isse sasta koi option hai kya?", REFINE, plan=True, cheaper=True, any_lang=True),
            T(
                "online hi chahiye",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v7-hpc-53",
        ["vague", "compare", "area_hpc", "constraint_time", "named_course"],
        [
            T("HPC में करियर कैसे शुरू करूँ?", EXPLORE + SEARCH, cite_min=1),
            T(
                "Introduction to High-Performance Computing और Parallel Programming "
                "with MPI and OpenMP में क्या "
                "अंतर है?",
                COMPARE,
                cite_any=["padr-hpc-101", "padr-par-201"],
                cite_min=2,
            ),
            T(
                "मैं HPC इंजीनियर बनना चाहता हूँ, हफ्ते में 4 घंटे, योजना बनाइए",
                PLAN,
                goal="hpc",
                hours=4,
                plan=True,
            ),
            T("अगर हफ्ते में 10 घंटे हों तो?", REFINE + CONS, hours=10, plan=True, faster=True),
            T("बहुत बहुत धन्यवाद, काफी मदद मिली", SMALL),
        ],
        split="tune",
    ),
    D(
        "hi-v7-sab-54",
        ["vague", "area_data", "stacking", "level", "named_course"],
        [
            T("आपके पास कौन से कोर्स हैं?", SEARCH + EXPLORE, cite_min=1),
            T("सब कुछ दिखाइए", SEARCH, cite_min=3),
            T("डेटाबेस के बारे में कुछ है?", SEARCH, cite_min=1),
            T(
                "Certificate in Database Administration के लिए क्या चाहिए और किस क्रम में?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
            ),
            T("Relational Database Administration का EQF स्तर क्या है?", EXPLAIN, cite_any=["nda-dba-201"]),
        ],
        split="tune",
    ),
]

# v7-nlu (session 7, understanding round): written before reading the rule files, before any run; for tune.
DIALOGUES += [
    D(
        "hi-v7-skills-01",
        ["area_data"],
        [
            T(
                "मुझे थोड़ा बहुत Excel आता है और मैंने SQL का एक ऑनलाइन कोर्स किया है",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T(
                "मैं डेटा के साथ काम करना चाहता हूँ, जैसे रिपोर्ट और विश्लेषण",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v7-hinglish-cv-02",
        ["mixed_language", "long", "multi_intent", "area_cyber"],
        [
            T(
                "mai 5 saal se system admin hu, linux servers aur backups sambhalta hu. ab cyber security "
                "me jaana chahta hu",
                SKILLS + GOAL,
                role="sysadmin",
                goal="cyber",
                any_lang=True,
            ),
            T("hafte me 6 ghante de sakta hu, plan bana do", PLAN + CONS, hours=6, plan=True, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v7-search-03",
        ["area_cloud"],
        [
            T(
                "क्लाउड कंप्यूटिंग पर कोई कोर्स है क्या?",
                SEARCH,
                cite_any=["hrd-cloud-101", "hrd-clouddev-204", "lcsi-cloudops-205", "hrd-cloudmig-301"],
            ),
            T(
                "और नेटवर्किंग के बारे में?",
                SEARCH,
                cite_any=["ccna-net-101", "ccna-route-201", "lcsi-ne-201", "ccna-fondements-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v7-oos-04",
        ["out_of_scope"],
        [
            T("कल दिल्ली में मौसम कैसा रहेगा?", OOS),
            T("पनीर बटर मसाला बनाने की रेसिपी बताओ", OOS),
        ],
        split="tune",
    ),
    D(
        "hi-v7-req-05",
        ["named_course", "stacking", "area_ainet"],
        [
            T(
                "Specialist Certificate in AI-Driven Networking के लिए क्या क्या करना होगा?",
                REQ,
                cite_any=["lcsi-cert-ainet", "lcsi-ne-201", "lcsi-sdn-202", "lcsi-mlnet-203"],
            ),
            T("पहले कौन सा कोर्स करूँ?", REQ + PLAN, cite_any=["lcsi-ne-201", "lcsi-5g-204"]),
        ],
        split="tune",
    ),
    D(
        "hi-v7-salahkar-06",
        ["third_person", "area_dlit"],
        [
            T(
                "मैं एक गाँव की आशा कार्यकर्ता की मदद कर रहा हूँ, वह कंप्यूटर और इंटरनेट चलाना सीखना चाहती है",
                GOAL + SEARCH + EXPLORE + PLAN,
                cite_min=0,
            ),
            T(
                "उसके लिए मुफ्त कोर्स दिखाओ",
                SEARCH + CONS + REFINE,
                budget=(0, "INR"),
                cite_any=["glcc-dl-101", "glcc-comm-102", "glcc-safe-104", "glcc-solve-105", "glcc-cert-df"],
            ),
        ],
        split="tune",
    ),
]

# v8-lang (session 8, languages round): Hinglish in Latin script and Devanagari, lakh/hazaar/"k" rupees,
# Diwali and the monsoon as deadlines, hours per day, languages spoken; written before reading the rule files
# and committed before any run; for tune.
from dates import BEFORE_MONSOON as _BEFORE_MONSOON8  # noqa: E402
from dates import DIWALI as _DIWALI8  # noqa: E402
from dates import HALF_YEAR as _HALF_YEAR8  # noqa: E402

DIALOGUES += [
    D(
        "hi-v8l-hinglish-01",
        ["hinglish", "area_data", "constraint_hours"],
        [
            T(
                "mujhe data analyst banna hai, kahan se shuru karu?",
                GOAL + PLAN + EXPLORE,
                goal="data_analyst",
                any_lang=True,
            ),
            T("roz 1 ghanta de sakta hu", CONS, hours=7, any_lang=True),
            T("ek plan bana ke do na", PLAN, plan=True, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-lakh-02",
        ["constraint_budget", "area_ai"],
        [
            T(
                "मैं मशीन लर्निंग सीखना चाहता हूँ, बजट 1.5 लाख रुपये तक है",
                GOAL + CONS + SEARCH,
                goal="ml",
                budget=(150000, "INR"),
            ),
            T("इसमें कौन से कोर्स आएँगे?", SEARCH + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-hazaar-03",
        ["constraint_budget", "hinglish", "area_cyber"],
        [
            T(
                "cyber security seekhna hai but budget sirf 20 hazaar hai",
                GOAL + CONS + SEARCH,
                goal="cyber",
                budget=(20000, "INR"),
                any_lang=True,
            ),
            T("koi free wala hai kya?", SEARCH + REFINE + CONS, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-diwali-04",
        ["constraint_deadline", "area_cloud"],
        [
            T(
                "मुझे दिवाली तक क्लाउड इंजीनियर बनने की तैयारी पूरी करनी है",
                GOAL + CONS,
                goal="cloud",
                deadline=_DIWALI8,
            ),
            T("हफ्ते में 10 घंटे पढ़ सकता हूँ", CONS, hours=10),
            T("रास्ता बताइए", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-monsoon-05",
        ["constraint_deadline", "hinglish", "area_web", "participation"],
        [
            T(
                "monsoon se pehle web development ka course khatam karna hai",
                GOAL + CONS + SEARCH,
                goal="web",
                deadline=_BEFORE_MONSOON8,
                any_lang=True,
            ),
            T("sirf online chahiye", CONS + REFINE, part=["online"], any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-bhasha-06",
        ["languages"],
        [
            T("मुझे हिंदी और अंग्रेज़ी आती है, थोड़ी बहुत मराठी भी", CONS + SKILLS, langs=["hi", "en"]),
            T("कोर्स अंग्रेज़ी में हों तो चलेगा", CONS + REFINE, study_lang=["en"]),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-skills-07",
        ["state_skills", "hinglish", "area_software"],
        [
            T(
                "maine 3 saal Java mein coding ki hai aur thoda bahut SQL aata hai",
                SKILLS,
                skills=["java", "sql"],
                any_lang=True,
            ),
            T(
                "ab software architect type role chahiye",
                GOAL,
                goal=["software", "architect", "f2b15a0e"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-search-08",
        ["search", "area_network"],
        [
            T("नेटवर्क ऑटोमेशन पर कोई कोर्स है?", SEARCH, cite_any=["ccna-netauto-203"]),
            T(
                "aur Python wala?",
                SEARCH,
                cite_any=["lit-prog-101", "ccna-netauto-203", "diaa-ml-201", "diaa-viz-204", "glcc-code-107"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-followup-09",
        ["followup", "area_network"],
        [
            T(
                "मैं नेटवर्क इंजीनियर बनना चाहता हूँ, हफ्ते में 6 घंटे",
                GOAL + CONS + PLAN,
                goal="network",
                hours=6,
            ),
            T("योजना दिखाओ", PLAN, plan=True),
            T("इससे जल्दी वाला कोई रास्ता?", REFINE, plan=True, faster=True),
            T("और सस्ता?", REFINE, plan=True, cheaper=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-counsellor-10",
        ["third_person", "hinglish", "constraint_budget", "area_data"],
        [
            T(
                "main ek counsellor hu, meri student BCom kar rahi hai aur data analytics mein "
                "jaana chahti hai",
                GOAL,
                goal="data_analyst",
                any_lang=True,
            ),
            T(
                "uske paas hafte mein 5 ghante hain aur budget 30k",
                CONS,
                hours=5,
                budget=(30000, "INR"),
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v8l-shabd-11",
        ["constraint_hours", "constraint_deadline", "area_cyber"],
        [
            T(
                "मैं रोज़ दो घंटे पढ़ाई कर सकती हूँ, साइबर सुरक्षा में करियर चाहिए",
                GOAL + CONS,
                hours=14,
                goal="cyber",
            ),
            T("छह महीने में हो जाएगा?", REFINE + CONS + PLAN, deadline=_HALF_YEAR8),
        ],
        split="tune",
    ),
]

# v8-nlu (session 8, understanding round): see en.py; written before reading the rules, all tune.
_N8_WEB = ["lit-web-201", "lit-webstd-202", "lit-fw-203", "lit-api-204", "lit-cert-web"]
_N8_DLIT = [
    "aec-dlteach-104",
    "glcc-dl-101",
    "aec-trainer-103",
    "glcc-cert-df",
    "glcc-comm-102",
    "glcc-safe-104",
]
DIALOGUES += [
    D(
        "hi-v8n-khoj-01",
        ["search", "slang", "area_web", "mixed_language"],
        [
            T("web development ka koi course hai kya", SEARCH, cite_any=_N8_WEB, any_lang=True),
            T(
                "aur javascript frameworks pe?",
                SEARCH,
                cite_any=["lit-fw-203", "lit-web-201", "lit-cert-web"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v8n-suchi-02",
        ["search", "no_punctuation", "area_cloudsec"],
        [
            T(
                "क्लाउड सुरक्षा आईएएम कोर्स",
                SEARCH,
                cite_any=["hrd-cloudsec-201", "hrd-iam-202", "hrd-cert-cloudsec"],
            ),
            T(
                "और डेटाबेस के बारे में",
                SEARCH,
                cite_any=["nda-dba-201", "nda-model-102", "hrd-clouddb-303", "nda-cert-dba", "nda-nosql-205"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v8n-kaushal-03",
        ["area_data"],
        [
            T(
                "मैं पाँच साल से एक्सेल में रिपोर्ट बनाता हूँ और थोड़ा SQL भी आता है",
                SKILLS,
                skills=["spreadsheet", "sql"],
            ),
            T("डेटा से जुड़ा कुछ करना चाहता हूँ", GOAL + PLAN + EXPLORE + SEARCH, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "hi-v8n-cloudsec-04",
        ["multi_intent", "area_cloudsec", "constraint_time"],
        [
            T(
                "मैं नेटवर्क एडमिन हूँ, लिनक्स और फ़ायरवॉल जानता हूँ। मुझे क्लाउड सिक्योरिटी में जाना है, "
                "हफ्ते में 5 घंटे दे सकता हूँ।",
                SKILLS + GOAL + CONS,
                goal="cloudsec",
                hours=5,
            ),
            T("प्लान बना दो", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8n-buzurg-05",
        ["area_dlit", "vague"],
        [
            T(
                "मैं बुज़ुर्गों को स्मार्टफोन और इंटरनेट चलाना सिखाना चाहती हूँ",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
            ),
            T("इसके लिए कौन से कोर्स करने होंगे", PLAN + SEARCH, cite_any=_N8_DLIT),
        ],
        split="tune",
    ),
    D(
        "hi-v8n-microcred-06",
        ["area_microcred", "slang", "mixed_language"],
        [
            T(
                "main teacher trainer hoon, doosre teachers ko micro-credentials design karna sikhana hai",
                GOAL,
                goal="microcred",
                any_lang=True,
            ),
            T(
                "free wale dikhao",
                SEARCH + CONS + REFINE,
                cite_any=["aec-mcd-101", "aec-cert-dld", "aec-elearn-100"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v8n-data-07",
        ["area_data", "no_punctuation", "mixed_language", "constraint_time"],
        [
            T(
                "kuch data wala kaam karna hai excel aata hai",
                GOAL + SKILLS,
                goal="data_analyst",
                any_lang=True,
            ),
            T("plan bana do 4 ghante har hafte", PLAN + CONS, hours=4, plan=True, any_lang=True),
        ],
        split="tune",
    ),
]

# v8-dlg (session 8, reply/policy round): whole conversations with context-bound follow-ups, implied plan
# requests, named courses by title, courses that do not exist. Written before reading the policy files and
# committed before any run; for tune.
from dates import IN_3_MONTHS as _IN3_8  # noqa: E402

DIALOGUES += [
    D(
        "hi-v8d-bank-01",
        ["long", "multi_intent", "followup", "area_data"],
        [
            T(
                "नमस्ते, मैं 5 साल से बैंक में क्लर्क हूँ और डेटा एनालिस्ट बनना चाहता हूँ। हफ्ते में 6 घंटे दे "
                "सकता हूँ, बजट 20000 रुपये, और जून तक पूरा करना है।",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["clerk", "bank"],
                hours=6,
                budget=(20000, "INR"),
                deadline=JUNE,
            ),
            T("तो प्लान दिखाओ", PLAN, plan=True),
            T("यह क्रम क्यों?", WHY, cite_min=1),
            T("बहुत लंबा है", REFINE, plan=True, faster=True),
            T("दूसरे वाले में क्या सिखाते हैं?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "hi-v8d-counsellor-02",
        ["third_person", "mixed_language", "followup", "named_course", "area_ai"],
        [
            T(
                "main ek career counsellor hoon, meri student B.Com kar rahi hai aur machine learning "
                "engineer banna chahti hai",
                GOAL,
                goal="ml",
                any_lang=True,
            ),
            T(
                "usko kya kya padhna hoga? hafte mein 10 ghante",
                PLAN + CONS,
                hours=10,
                plan=True,
                any_lang=True,
            ),
            T("AI Foundations wo pehle hi kar chuki hai", SKIP + SKILLS, held=["diaa-ai-101"], any_lang=True),
            T("uske baad kya?", EXPLAIN + REQ + PLAN, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8d-azure-03",
        ["nonexistent", "named_course", "followup", "area_de"],
        [
            T("क्या आपके पास 'Azure Data Engineer' वाला कोर्स है?", EXPLAIN + SEARCH, cite_min=1),
            T("Data Engineering Foundations कितने का है?", EXPLAIN, cite_any=["nda-de-101"]),
            T(
                "इसके बाद क्या करूँ?",
                EXPLAIN + REQ,
                cite_any=["nda-etl-201", "nda-migr-203", "nda-cert-de"],
            ),
            T(
                "डेटा इंजीनियर बनने का प्लान बनाओ, हफ्ते में 8 घंटे",
                PLAN + GOAL,
                goal="de",
                hours=8,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v8d-callcentre-04",
        ["followup", "participation", "constraint_deadline", "area_cyber"],
        [
            T(
                "मुझे साइबर सिक्योरिटी में जाना है, मैं कॉल सेंटर में काम करता हूँ, हफ्ते में 5 घंटे",
                GOAL + CONS,
                goal="cyber",
                goal_not=["call", "contact cent"],
                hours=5,
            ),
            T("कोई प्लान बताओ", PLAN, plan=True),
            T("3 महीने से कम में हो सकता है?", CONS + REFINE, deadline=_IN3_8, plan=True),
            T("सिर्फ ऑनलाइन वाले", REFINE + CONS, part=["online"], plan=True, plan_part=["online"]),
        ],
        split="tune",
    ),
    D(
        "hi-v8d-phd-05",
        ["named_course", "followup", "area_hpc"],
        [
            T(
                "मैं PhD छात्र हूँ, simulations चलाता हूँ। Parallel Programming वाला कोर्स कितना लंबा है?",
                EXPLAIN,
                cite_any=["padr-par-201"],
            ),
            T("इसके लिए पहले क्या चाहिए?", REQ, cite_any=["padr-hpc-101"]),
            T("वह कोर्स मुफ्त है क्या?", EXPLAIN + SELECT, cite_any=["padr-hpc-101"]),
            T("HPC सर्टिफिकेट के लिए प्लान बनाओ, हफ्ते में 6 घंटे", PLAN, hours=6, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v8d-dukan-06",
        ["vague", "followup", "area_dlit"],
        [
            T("मुझे समझ नहीं आ रहा क्या सीखूँ, मैं दुकान चलाता हूँ", EXPLORE),
            T(
                "कंप्यूटर थोड़ा बहुत आता है, ऑनलाइन बिज़नेस के लिए कुछ सीखना है",
                EXPLORE + SEARCH + GOAL + SKILLS,
            ),
            T("मुफ्त वाले कोर्स दिखाओ", SEARCH + REFINE + CONS, cite_min=1),
            T("पहला वाला कितने घंटे का है?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
]

# v9-frozen (session 9): blind frozen batch, see en.py; split frozen, tag v9_frozen.
import v9f_lists as _F9  # noqa: E402
from dates import DIWALI as _DIWALI9  # noqa: E402
from dates import HOLI as _HOLI9  # noqa: E402

_DLIT_TEACHER9 = ["digital literacy", "4588cd69", "ict trainer", "9e657046", "ict teacher", "0d595b87"]

DIALOGUES += [
    D(
        "hi-v9f-cashier-01",
        ["v9_frozen", "vague", "hinglish", "followup", "area_data", "constraint_hours"],
        [
            T(
                "yaar main 7 saal se bank mein cashier hu, bohot bore ho gaya hu. kuch naya seekhna hai par "
                "samajh nahi aa raha kya",
                EXPLORE + GOAL,
                goal_not=["cashier", "bank", "teller"],
                any_lang=True,
            ),
            T(
                "numbers ke saath kaam karna accha lagta hai, excel thoda aata hai",
                EXPLORE + SKILLS + GOAL,
                goal_not=["cashier", "bank", "teller"],
                any_lang=True,
            ),
            T(
                "theek hai data analyst banna hai. roz 2 ghante de sakta hu",
                GOAL + CONS,
                goal="data_analyst",
                hours=(12, 0.2),
                any_lang=True,
            ),
            T("to ab kya kya padhna padega, step by step batao", PLAN, plan=True, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-salahkar-02",
        ["v9_frozen", "third_person", "area_ai", "constraint_budget", "followup", "skip"],
        [
            T(
                "मैं एक करियर काउंसलर हूँ। मेरी क्लाइंट 28 साल की है, स्कूल में गणित पढ़ाती है और मशीन "
                "लर्निंग "
                "इंजीनियर बनना चाहती है। बजट 1.5 लाख रुपये है।",
                GOAL + CONS,
                goal="ml",
                budget=(150000, "INR"),
            ),
            T("उसे पहले क्या करना चाहिए?", PLAN, plan=True, plan_cost=(150000, "INR")),
            T(
                "Mathematics for Machine Learning वो छोड़ सकती है, उसने MSc Maths किया है",
                SKIP + SKILLS,
                held=["diaa-math-102"],
                not_rejected=["diaa-math-102"],
                plan_excl=["diaa-math-102"],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-cyber-03",
        ["v9_frozen", "search", "participation", "area_cyber", "followup"],
        [
            T("साइबर सिक्योरिटी के ऑनलाइन कोर्स दिखाओ", SEARCH, cite_any=_F9.CYBER),
            T("इनमें से सबसे सस्ता कौन सा है?", REFINE + SELECT + COMPARE, cite_min=1),
            T("उसके लिए पहले क्या आना चाहिए", REQ, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-linux-04",
        ["v9_frozen", "state_skills", "hinglish", "area_cloud", "constraint_deadline", "followup"],
        [
            T(
                "Skills: Linux admin 3 saal, thoda bash scripting, AWS ka basic. Cloud engineer banna hai",
                SKILLS + GOAL,
                goal="cloud",
                skills=["linux"],
                any_lang=True,
            ),
            T(
                "hafte mein 10 ghante, Diwali tak ho jana chahiye",
                CONS + PLAN,
                hours=10,
                deadline=_DIWALI9,
                any_lang=True,
            ),
            T("ab roadmap dikhao", PLAN, plan=True, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-anomaly-05",
        ["v9_frozen", "named_course", "stacking", "area_ainet", "followup"],
        [
            T(
                "Anomaly Detection वाला network security course कितने का है?",
                EXPLAIN + SEARCH,
                cite_any=["lcsi-anom-301"],
            ),
            T("इसके पहले कौन सा कोर्स करना पड़ेगा?", REQ, cite_any=["lcsi-mlnet-203"]),
            T("ये किस सर्टिफिकेट का हिस्सा है?", EXPLAIN + REQ, cite_any=["lcsi-cert-ainet"]),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-andrewng-06",
        ["v9_frozen", "nonexistent", "named_course", "area_ai", "constraint_budget"],
        [
            T("क्या आपके पास Andrew Ng का Deep Learning Specialization है?", EXPLAIN + SEARCH, cite_any=_F9.AI),
            T(
                "ठीक है, उसके जैसा कुछ जो फ्री हो",
                SEARCH + REFINE + CONS,
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-gaon-07",
        ["v9_frozen", "area_dlit", "vague", "constraint_budget", "constraint_hours"],
        [
            T(
                "मैं गाँव की महिलाओं को स्मार्टफोन और डिजिटल पेमेंट चलाना सिखाना चाहती हूँ, मुझे खुद क्या सीखना चाहिए?",
                GOAL + PLAN + SEARCH + EXPLORE,
                goal=_DLIT_TEACHER9,
            ),
            T("हफ्ते में 4 घंटे, और पैसे बिल्कुल नहीं हैं", CONS, hours=4, budget=(0, "INR")),
            T("अब इसका प्लान बना दीजिए", PLAN, plan=True, plan_cost=(0, "INR")),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-holi-08",
        ["v9_frozen", "hinglish", "constraint_deadline", "constraint_budget", "area_web"],
        [
            T(
                "Holi se pehle web development ki basics seekhni hai, mere paas 20 hazaar rupay hai",
                GOAL + CONS + SEARCH,
                deadline=_HOLI9,
                budget=(20000, "INR"),
                any_lang=True,
            ),
            T("kaunsa course pehle karu", PLAN + SEARCH + REQ, cite_any=_F9.WEB, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-tulna-09",
        ["v9_frozen", "compare", "named_course", "area_ai"],
        [
            T(
                "MLOps: Deploying and Monitoring Models और Designing Intelligent Systems में क्या फर्क है?",
                COMPARE,
                cite_min=2,
                cite_any=["diaa-mlops-303", "diaa-isd-304"],
            ),
            T("दोनों के लिए पहले क्या चाहिए?", REQ, cite_any=["diaa-ml-201"]),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-bhasha-10",
        ["v9_frozen", "languages", "participation", "area_hpc", "constraint_time"],
        [
            T(
                "मुझे हिंदी और अंग्रेज़ी आती है। HPC सीखना है, सिर्फ ऑनलाइन, क्योंकि नौकरी के साथ करना है।",
                GOAL + CONS + SEARCH + SKILLS,
                langs=["hi", "en"],
                part=["online"],
            ),
            T(
                "इसका एक प्लान दो, हफ्ते में 6 घंटे",
                PLAN + CONS,
                hours=6,
                plan=True,
                plan_part=["online"],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-match-11",
        ["v9_frozen", "out_of_scope", "hinglish", "area_microcred", "constraint_budget"],
        [
            T("aaj ka match kaun jeeta?", OOS, dead_ok=True, any_lang=True),
            T(
                "acha chhodo. main ek college mein training coordinator hu, micro-credentials design karna "
                "seekhna hai",
                GOAL + SEARCH,
                goal="microcred",
                any_lang=True,
            ),
            T(
                "koi free course hai iske liye?",
                SEARCH + REFINE + CONS,
                cite_any=["aec-mcd-101", "aec-elearn-100", "aec-cert-dld"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
]

# v9-frozen, second part (same sitting, before any run).
DIALOGUES += [
    D(
        "hi-v9f-weekend-12",
        ["v9_frozen", "hinglish", "constraint_budget", "area_cloudsec", "followup"],
        [
            T(
                "cloud security seekhna hai, budget 50k rupees, weekend pe 6 ghante",
                GOAL + CONS,
                goal="cloudsec",
                budget=(50000, "INR"),
                hours=(9, 0.35),  # 6 h over the weekend, or 6 h on each weekend day
                any_lang=True,
            ),
            T(
                "plan banake dikhao, jaldi khatam hona chahiye",
                PLAN,
                plan=True,
                plan_cost=(50000, "INR"),
                any_lang=True,
            ),
            T("aur chhota ho sakta hai?", REFINE, plan=True, faster=True, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v9f-dukaan-13",
        ["v9_frozen", "long", "multi_intent", "languages", "area_web", "constraint_budget"],
        [
            T(
                "नमस्ते, मैं 24 साल का हूँ, B.Com किया है, अभी एक दुकान पर हिसाब-किताब देखता हूँ। वेब डेवलपर "
                "बनना चाहता हूँ। हिंदी और थोड़ी अंग्रेज़ी आती है। रोज़ शाम को 1 घंटा पढ़ सकता हूँ और 10,000 "
                "रुपये तक खर्च कर सकता हूँ।",
                GOAL + CONS + SKILLS,
                goal="web",
                goal_not=["accountant", "bookkeep"],
                langs=["hi"],
                hours=(6, 0.25),
                budget=(10000, "INR"),
            ),
            T("मेरे लिए रास्ता बताइए", PLAN, plan=True, plan_cost=(10000, "INR")),
        ],
        split="frozen",
    ),
]

# v9-dlg (session 9, reply/policy round): whole conversations as learners and career counsellors go, in
# Devanagari and Hinglish (a client's hours, budget and area in one line, plans implied, refinements in
# context, questions about a course just shown, named courses by partial title, a course that does not
# exist). Written before reading the policy files and committed before any run; for tune.
from dates import JUNE as _JUNE9  # noqa: E402
from dsl import CONS_OR_REFINE as _COR9  # noqa: E402

DIALOGUES += [
    D(
        "hi-v9d-salahkar-01",
        ["third_person", "followup", "implied_plan", "area_data"],
        [
            T(
                "मैं करियर काउंसलर हूँ। मेरी क्लाइंट स्कूल टीचर है और डेटा एनालिटिक्स में जाना चाहती है। हफ्ते में "
                "4 घंटे, बजट 20000 रुपये।",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["teacher"],
                hours=4,
                budget=(20000, "INR"),
            ),
            T("वो शुरुआत कहाँ से करे?", PLAN, plan=True),
            T("ये बहुत महंगा है", REFINE, plan=True, cheaper=True),
            T("दूसरा वाला कोर्स ऑनलाइन है?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "hi-v9d-shuru-02",
        ["hinglish", "implied_plan", "followup", "constraint_deadline", "area_ml"],
        [
            T(
                "mujhe machine learning engineer banna hai, python aata hai",
                GOAL + SKILLS,
                goal="ml",
                any_lang=True,
            ),
            T("hafte me 10 ghante de sakta hu", CONS, hours=10, any_lang=True),
            T("chalo shuru karte hai", PLAN, plan=True, any_lang=True),
            T("agar 15 ghante du to?", REFINE + CONS, hours=15, plan=True, any_lang=True),
            T("june tak ho jayega?", _COR9, deadline=_JUNE9, plan=True, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v9d-course-03",
        ["named_course", "followup", "area_ml"],
        [
            T(
                "Deep Learning and Neural Network वाला कोर्स कैसा है?",
                EXPLAIN + SEARCH,
                cite_any=["diaa-dl-202"],
            ),
            T("इसमें कितने ECTS हैं?", EXPLAIN, cite_any=["diaa-dl-202"]),
            T("इससे पहले क्या करना होगा?", REQ, cite_any=["diaa-ml-201"]),
            T(
                "इसके बाद क्या कर सकते हैं?",
                EXPLAIN + REQ,
                cite_any=["diaa-cv-301", "diaa-nlp-302", "diaa-cert-aml"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v9d-nahi-04",
        ["hinglish", "nonexistent", "followup", "area_cyber"],
        [
            T(
                "kya aapke paas Google Cybersecurity Certificate hai?",
                EXPLAIN + SEARCH,
                cite_min=1,
                any_lang=True,
            ),
            # widened (session 12): after the closest list, the closest one's card is as right as the list
            T("to sabse milta julta kaunsa hai?", SEARCH + SELECT + EXPLAIN, cite_min=1, any_lang=True),
            T("pehle wale ki fees kitni hai?", SELECT, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v9d-web-05",
        ["implied_plan", "followup", "named_course", "area_web"],
        [
            T(
                "मैं बीकॉम ग्रेजुएट हूँ और वेब डेवलपर बनना चाहता हूँ। हफ्ते में 6 घंटे।",
                GOAL + CONS,
                goal="web",
                hours=6,
            ),
            T("तो पहले क्या करूँ?", PLAN, plan=True),
            T("कुछ छोटा रास्ता है?", REFINE, plan=True, faster=True),
            T("Building Web APIs से पहले क्या चाहिए?", REQ, cite_any=["lit-prog-101"]),
        ],
        split="tune",
    ),
    D(
        "hi-v9d-ngo-06",
        ["hinglish", "third_person", "implied_plan", "named_course", "area_helpdesk"],
        [
            T(
                "main ek NGO me counsellor hu, ek ladka hai 22 saal ka, IT support job chahta hai, hafte me "
                "8 ghante, paisa bilkul nahi",
                GOAL + CONS,
                goal="helpdesk",
                hours=8,
                budget=(0, "INR"),
                any_lang=True,
            ),
            T("uske liye ek plan bana dijiye", PLAN, plan=True, any_lang=True),
            T("IT Help Desk Fundamentals free hai kya?", EXPLAIN, cite_any=["glcc-help-201"], any_lang=True),
            T("usse pehle kya karna padega?", REQ, cite_any=["glcc-solve-105"], any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v9d-cloud-07",
        ["languages", "implied_plan", "followup", "area_cloudsec"],
        [
            T("मुझे क्लाउड सिक्योरिटी सीखनी है लेकिन जर्मन नहीं आती", GOAL + CONS, goal="cloudsec"),
            T("हफ्ते में 5 घंटे, अब प्लान बताओ", PLAN + CONS, hours=5, plan=True, plan_langs=["en", "hi"]),
            T("पहला कोर्स कितने का है?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
]

# v9-nlu (session 9, understanding round): see en.py; written before reading the rule files, committed
# before any run.
_N9_CYBER = [
    "bvca-soc-101",
    "bvca-cert-defence",
    "bvca-ir-203",
    "bvca-hard-202",
    "bvca-pentest-201",
    "bvca-forensics-201",
    "inl-cyber-201",
    "ccna-netsec-204",
    "bvca-vuln-204",
    "bvca-siem-201",
]
_N9_NET = [
    "ccna-net-101",
    "ccna-fondements-101",
    "ccna-route-201",
    "ccna-netsec-204",
    "lcsi-ne-201",
    "ccna-netmon-202",
    "ccna-hw-102",
    "ccna-cert-netops",
]
_N9_CLOUD = [
    "hrd-cloud-101",
    "hrd-cloudsec-201",
    "lcsi-cloudops-205",
    "hrd-clouddev-204",
    "ccna-hybrid-303",
    "hrd-cloudmig-301",
    "hrd-cloudarch-302",
    "hrd-cert-cloudsec",
    "hrd-clouddb-303",
    "hrd-cloudnet-203",
]
_N9_CLOUDSEC = ["hrd-cloudsec-201", "hrd-cert-cloudsec", "hrd-iam-202", "hrd-cloudnet-203", "hrd-cloudir-301"]
_N9_PY = ["lit-prog-101", "glcc-code-107", "ual-python-201", "diaa-ml-201", "diaa-viz-204"]
_N9_SQL = ["nda-dba-201", "ual-sql-102", "hrd-clouddb-303", "nda-model-102", "nda-cert-dba", "ual-cert-datos"]
_N9_ML = ["diaa-ml-201", "diaa-ai-101", "diaa-cert-aml", "diaa-dl-202", "diaa-math-102", "ual-ia-101"]
_N9_WEB = ["lit-web-201", "lit-fw-203", "lit-cert-web", "lit-webstd-202", "lit-api-204"]
_N9_LINUX = ["hrd-linux-101", "hrd-cert-sysadmin", "bvca-hard-202"]
_N9_SHEET = ["glcc-office-106", "ual-datos-101"]
_N9_VIZ = ["diaa-viz-204", "ual-visual-203"]
DIALOGUES += [
    D(
        "hi-v9n-kya-cyber-01",
        ["search", "area_cyber", "area_network"],
        [
            T("क्या आपके पास साइबर सुरक्षा पर कोई कोर्स है?", SEARCH, cite_any=_N9_CYBER),
            T("और नेटवर्किंग पर?", SEARCH, cite_any=_N9_NET),
        ],
        split="tune",
    ),
    D(
        "hi-v9n-ml-hinglish-02",
        ["search", "hinglish", "no_punctuation"],
        [T("machine learning ka course chahiye online", SEARCH, cite_any=_N9_ML, any_lang=True)],
        split="tune",
    ),
    D(
        "hi-v9n-excel-office-03",
        ["search"],
        [T("मुझे ऑफिस के काम के लिए Excel सीखना है", SEARCH, cite_any=_N9_SHEET)],
        split="tune",
    ),
    D(
        "hi-v9n-bank-04",
        ["skills", "area_data"],
        [
            T(
                "मैं 3 साल से बैंक में काम कर रहा हूँ, Excel और थोड़ा Python आता है",
                SKILLS,
                skills=["python", "spreadsheet"],
            ),
            T("अब डेटा एनालिस्ट बनना चाहता हूँ", GOAL + PLAN, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "hi-v9n-cloud-limits-05",
        ["multi_intent", "constraint_time", "constraint_budget", "area_cloud"],
        [
            T(
                "लक्ष्य: क्लाउड इंजीनियर, हफ्ते में 6 घंटे, बजट 20000 रुपये",
                GOAL + PLAN,
                goal="cloud",
                hours=6,
                budget=(20000, "INR"),
            ),
            T("अब प्लान दिखाइए", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v9n-websites-06",
        ["goal", "indirect", "hinglish", "area_web"],
        [T("mujhe websites banane ka kaam karna hai", GOAL + EXPLORE, goal="web", any_lang=True)],
        split="tune",
    ),
    D(
        "hi-v9n-java-web-07",
        ["multi_intent", "area_web"],
        [
            T(
                "मुझे Java आती है, क्या वेब डेवलपमेंट के कोर्स हैं?",
                SEARCH + SKILLS,
                cite_any=_N9_WEB,
                skills=["java"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v9n-cyber-analyst-08",
        ["plan", "area_cyber"],
        [
            T(
                "साइबर सिक्योरिटी एनालिस्ट बनने के लिए कौन कौन से कोर्स करने होंगे?",
                PLAN + GOAL,
                goal="cyber",
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v9n-man-nahi-09",
        ["vague"],
        [T("समझ नहीं आ रहा क्या सीखूँ, नौकरी में मन नहीं लगता", EXPLORE)],
        split="tune",
    ),
]

# v10-frozen (session 10): a second blind frozen batch, written from docs/, the catalogue and the taxonomy
# only, without reading the assistant's code, rules, tests, training lines, results, or any frozen dialogue,
# and committed before any run; the lead scores it once at the end. Ids `<lang>-v10f-…`, tag `v10_frozen`.
# Romanised Hinglish turns leave the reply language unchecked (`any_lang`).
import v10f_lists as _V10  # noqa: E402
from dates import HOLI as _HOLI10  # noqa: E402

_EN_ML10 = [c for c in _V10.ML + _V10.DATA if not c.startswith("ual-")]
_CYBER_NEXT10 = [
    "bvca-siem-201",
    "bvca-hard-202",
    "bvca-pentest-201",
    "bvca-forensics-201",
    "bvca-vuln-204",
    "bvca-cert-defence",
]
DIALOGUES += [
    D(
        "hi-v10f-cashier-bore-01",
        ["v10_frozen", "vague", "hinglish", "career_change", "constraint_budget", "area_data"],
        [
            T(
                "yaar 5 saal se bank me cashier hu, bore ho gaya hu, kuch naya seekhna hai par samajh "
                "nahi aa "
                "raha kya",
                EXPLORE,
                any_lang=True,
            ),
            T(
                "computer me interest hai, excel acha aata hai",
                GOAL + EXPLORE + SKILLS,
                goal_not=["cashier", "bank"],
                any_lang=True,
            ),
            T(
                "data analyst ban sakta hu kya? roz 1-2 ghante de sakta hu",
                GOAL + CONS,
                goal="data_analyst",
                hours=(10, 0.45),
                any_lang=True,
            ),
            T(
                "budget 20 hazaar hai, plan bana ke dikhao",
                PLAN + CONS,
                budget=(20000, "INR"),
                plan=True,
                plan_cost=(20000, "INR"),
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-btech-ml-02",
        ["v10_frozen", "constraint_deadline", "skip", "area_ml"],
        [
            T(
                "मैं बी.टेक (कंप्यूटर साइंस) कर चुका हूँ और मशीन लर्निंग इंजीनियर बनना चाहता हूँ। हफ्ते में 10 घंटे हैं।",
                GOAL + CONS,
                goal="ml",
                hours=10,
            ),
            T(
                "मुझे पूरा रास्ता दिखाइए, दिवाली तक खत्म करना है",
                PLAN + CONS,
                plan=True,
                deadline=_V10.DIWALI,
            ),
            T(
                "Mathematics for Machine Learning मैंने कॉलेज में कर लिया था, उसे हटा दीजिए",
                SKIP + SKILLS,
                held=["diaa-math-102"],
                not_rejected=["diaa-math-102"],
                plan_excl=["diaa-math-102"],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-counsellor-elearn-03",
        ["v10_frozen", "third_person", "constraint_budget", "constraint_time", "area_microcred"],
        [
            T(
                "मेरी एक क्लाइंट हैं, 38 साल की, पहले स्कूल में पढ़ाती थीं। अब ऑनलाइन कोर्स डिज़ाइन करना "
                "चाहती हैं। "
                "बजट 30,000 रुपये।",
                GOAL + CONS,
                goal="microcred",
                goal_not=["secondary school"],
                budget=(30000, "INR"),
            ),
            T("उन्हें कहाँ से शुरू करना चाहिए?", PLAN, plan=True, plan_cost=(30000, "INR")),
            T("हफ्ते में सिर्फ 3 घंटे हैं उनके पास", CONS + REFINE, hours=3, plan=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-cyber-free-04",
        ["v10_frozen", "hinglish", "search", "named_course", "area_cyber"],
        [
            T(
                "cyber security me career banana hai, koi free course hai kya starting ke liye?",
                SEARCH + GOAL,
                cite_any=_V10.CYBER,
                any_lang=True,
            ),
            T(
                "Security Operations Fundamentals ki fees kitni hai rupees me?",
                EXPLAIN,
                cite_any=["bvca-soc-101"],
                any_lang=True,
            ),
            T("uske baad kya karu?", EXPLAIN + REQ + SEARCH + PLAN, cite_any=_CYBER_NEXT10, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-papa-upi-05",
        ["v10_frozen", "third_person", "languages", "area_dlit"],
        [
            T(
                "मेरे पापा 65 साल के हैं, उन्हें UPI और ऑनलाइन बैंकिंग सिखाना है। कोई आसान कोर्स है?",
                SEARCH + GOAL,
                cite_any=_V10.DLIT,
            ),
            T("उन्हें अंग्रेज़ी ठीक से नहीं आती, हिंदी में कुछ है?", REFINE + CONS + SEARCH),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-network-holi-06",
        ["v10_frozen", "hinglish", "constraint_deadline", "nonexistent", "area_network"],
        [
            T(
                "Networking seekhna hai, CCNA type. Holi se pehle basics ho jaaye bas",
                SEARCH + GOAL + CONS,
                cite_any=_V10.NET,
                deadline=_HOLI10,
                any_lang=True,
            ),
            T("hafte me 5 ghante", CONS, hours=5, any_lang=True),
            T(
                "toh kaunsa course pehle?",
                PLAN + SELECT + EXPLAIN,
                cite_any=["ccna-net-101", "ccna-fondements-101", "ccna-hw-102"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-iit-hpc-07",
        ["v10_frozen", "search", "named_course", "area_hpc"],
        [
            T(
                "मैं IIT में रिसर्च स्कॉलर हूँ, सिमुलेशन के लिए HPC और GPU प्रोग्रामिंग सीखनी है। कौन से कोर्स हैं?",
                SEARCH,
                cite_any=_V10.HPC,
            ),
            T("GPU Computing for Simulation and AI के लिए पहले क्या चाहिए?", REQ, cite_any=["padr-par-201"]),
            T(
                "इन सबको मिलाकर एक प्लान बना दीजिए, हफ्ते में 6 घंटे",
                PLAN + CONS,
                hours=6,
                plan=True,
                plan_incl=["padr-gpu-301", "padr-par-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-nptel-08",
        ["v10_frozen", "hinglish", "nonexistent", "languages", "area_ml"],
        [
            T(
                "NPTEL ka 'Data Science for Engineers' course hai aapke paas?",
                EXPLAIN + SEARCH,
                cite_any=_V10.ML + _V10.DATA,
                any_lang=True,
            ),
            T(
                "achha, toh iske jaisa koi English me online?",
                SEARCH + REFINE,
                cite_any=_EN_ML10,
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-12th-web-09",
        ["v10_frozen", "hinglish", "student", "constraint_budget", "area_web"],
        [
            T(
                "12th ke baad web developer banna hai, college nahi jaana. paisa kam hai, 10k max",
                GOAL + CONS,
                goal="web",
                budget=(10000, "INR"),
                any_lang=True,
            ),
            T("roz 4 ghante free hu", CONS, hours=(24, 0.2), any_lang=True),
            T("roadmap do", PLAN, plan=True, plan_cost=(10000, "INR"), any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-cloud-courses-10",
        ["v10_frozen", "languages", "participation", "area_cloud"],
        [
            T(
                "क्लाउड इंजीनियर बनने के लिए कौन-कौन से कोर्स करने होंगे?",
                PLAN + GOAL,
                goal="cloud",
                cite_any=_V10.CLOUD,
            ),
            T(
                "जर्मन वाले कोर्स मेरे काम के नहीं, मुझे जर्मन नहीं आती",
                REFINE + CONS,
                plan_excl=_V10.GERMAN_ONLY,
            ),
            T("सिर्फ ऑनलाइन वाले रखिए", REFINE + CONS, part=["online"], plan_part=["online"]),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-hr-gdpr-11",
        ["v10_frozen", "hinglish", "current_job", "languages", "area_dgov"],
        [
            T(
                "hamari company me GDPR aur data privacy ka kaam mujhe diya gaya hai, main HR me hu. kya "
                "padhu?",
                GOAL + SEARCH + PLAN,
                cite_any=_V10.DGOV,
                goal_not=["human resources"],
                any_lang=True,
            ),
            T(
                "french nahi aati mujhe",
                REFINE + CONS,
                cite_any=["diaa-resp-205", "nda-cdo-401", "padr-fair-203"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-govt-teacher-ai-12",
        ["v10_frozen", "educator", "constraint_budget", "area_ai"],
        [
            T(
                "मैं सरकारी स्कूल में कंप्यूटर टीचर हूँ। बच्चों को AI के बारे में पढ़ाना है, पहले खुद सीखना है। कुछ मुफ्त मिलेगा?",
                SEARCH + GOAL,
                cite_any=["diaa-ai-101", "ual-ia-101"],
            ),
            T("AI Foundations कितने घंटे का है?", EXPLAIN, cite_any=["diaa-ai-101"]),
        ],
        split="frozen",
    ),
    D(
        "hi-v10f-cricket-python-13",
        ["v10_frozen", "off_topic", "hinglish", "search", "area_software"],
        [
            T("aaj India ka match kaun jeetega?", OOS + SMALL, any_lang=True),
            T(
                "chalo chhodo, mujhe python seekhna hai bilkul basic se",
                SEARCH + GOAL,
                cite_any=_V10.PYTHON,
                any_lang=True,
            ),
            T("kya ye certificate deta hai?", EXPLAIN + SELECT, cite_min=1, any_lang=True),
        ],
        split="frozen",
    ),
]

# v10-dlg (session 10, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: searches in Hindi and Hinglish for subjects the catalogue has in English or
# German ("क्लाउड सुरक्षा का कोर्स", "networking ke course hai kya"), "पहले कौन सा?", implied plans ("ठीक है,
# अब क्या करूँ?"), a budget or hours said after a list, courses just shown asked about, titles, a course that
# does not exist, "sabse tough kaunsa". Area lists in `v10d_lists.py`. For tune.
import v10d_lists as _L10  # noqa: E402

DIALOGUES += [
    D(
        "hi-v10d-cloud-suraksha-01",
        ["search", "crosslang", "followup", "budget_after_list", "area_cloudsec"],
        [
            T("क्लाउड सुरक्षा का कोर्स", SEARCH, cite_any=_L10.CLOUDSEC),
            T("पहले कौन सा करना चाहिए?", SELECT + PLAN + REQ, cite_any=["hrd-cloud-101"]),
            T("दूसरा वाला ऑनलाइन है क्या?", SELECT, cite_min=1),
            T("मेरा बजट 50 हज़ार रुपये है", _L10.COR, budget=(50000, "INR"), cite_min=1),
        ],
        split="tune",
    ),
    D(
        "hi-v10d-bank-data-02",
        ["implied_plan", "followup", "area_data"],
        [
            T(
                "मैं बैंक में क्लर्क हूँ और डेटा एनालिस्ट बनना चाहता हूँ, हफ्ते में 5 घंटे दे सकता हूँ",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["clerk"],
                hours=5,
            ),
            T("ठीक है, अब क्या करूँ?", PLAN, plan=True),
            T("पहला कोर्स कितने घंटे का है?", SELECT, cite_min=1),
            T("ये बहुत महंगा है, सस्ता रास्ता बताइए", REFINE, plan=True, cheaper=True),
        ],
        split="tune",
    ),
    D(
        "hi-v10d-networking-03",
        ["search", "hinglish", "hours_after_list", "area_network"],
        [
            T("networking ke course hai kya", SEARCH, cite_any=_L10.NETWORK, any_lang=True),
            T("mere paas hafte me sirf 3 ghante hai", _L10.COR, hours=3, cite_min=1, any_lang=True),
            T("sabse aasan wala kaunsa hai", SELECT + COMPARE, cite_any=_L10.NETWORK_EASY, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v10d-mlnet-04",
        ["named_course", "followup", "area_ainet"],
        [
            T(
                "Machine Learning for Network Traffic Analysis कोर्स के बारे में बताइए",
                EXPLAIN + SEARCH,
                cite_any=["lcsi-mlnet-203"],
            ),
            T("इससे पहले क्या पढ़ना होगा?", REQ, cite_any=["lcsi-ne-201"]),
            T("यह किस सर्टिफिकेट का हिस्सा है?", EXPLAIN + REQ, cite_any=["lcsi-cert-ainet"]),
        ],
        split="tune",
    ),
    D(
        "hi-v10d-ceh-05",
        ["nonexistent", "followup", "area_cyber"],
        [
            T("क्या आपके पास CEH कोर्स है?", EXPLAIN + SEARCH, cite_any=_L10.CYBER),
            T("तो उसके सबसे करीब कौन सा है?", SEARCH + SELECT, cite_any=_L10.OFFENSIVE),
            T("उसकी फीस कितनी है?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "hi-v10d-counsellor-teacher-06",
        ["third_person", "implied_plan", "followup", "area_ict_teacher"],
        [
            T(
                "मैं करियर काउंसलर हूँ। मेरी क्लाइंट एक स्कूल टीचर है जो बच्चों को कंप्यूटर पढ़ाना चाहती है। "
                "उसके पास हफ्ते में 4 घंटे हैं।",
                GOAL + CONS,
                goal=_L10.TEACHER,
                hours=4,
            ),
            T("उसे पहले क्या करना चाहिए?", PLAN, plan=True),
            T(
                "उसे सिर्फ ऑनलाइन कोर्स चाहिए",
                REFINE + CONS,
                part=["online"],
                plan=True,
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10d-ai-tough-07",
        ["search", "hinglish", "budget_after_list", "area_ai"],
        [
            T("AI wale courses dikhao", SEARCH, cite_any=_L10.ML, any_lang=True),
            T("inme sabse tough kaunsa hai", SELECT + COMPARE, cite_min=1, any_lang=True),
            T("budget 20 hazaar hai bas", _L10.COR, budget=(20000, "INR"), cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
]

# v10-nlu (session 10, understanding round): see en.py; written before reading the rule files, committed
# before any run.
DIALOGUES += [
    D(
        "hi-v10n-call-centre-01",
        ["current_role", "goal", "area_helpdesk"],
        [
            T(
                "मैं कॉल सेंटर में काम करता हूँ, मुझे कंप्यूटर पसंद हैं, आईटी सपोर्ट में जाना चाहता हूँ",
                GOAL,
                goal="helpdesk",
                goal_not=["computer scientist"],
            )
        ],
        split="tune",
    ),
    D(
        "hi-v10n-excel-02",
        ["search", "need", "hinglish"],
        [
            T(
                "office ke kaam ke liye excel achhe se seekhna hai, koi course hai?",
                SEARCH,
                cite_any=["glcc-office-106", "ual-datos-101"],
                any_lang=True,
            )
        ],
        split="tune",
    ),
    D(
        "hi-v10n-roadmap-03",
        ["plan", "area_ds"],
        [T("डेटा साइंटिस्ट बनने का रोडमैप दीजिए", PLAN + GOAL, goal="data_scientist")],
        split="tune",
    ),
]

# v10-asia (session 10, vi/hi/bn round): see vi.py; written before reading the rule files, committed before
# any run.
from dates import DIWALI as _DIWALI10  # noqa: E402
from dates import HOLI as _HOLI10  # noqa: E402

_A10_HPC = [
    "padr-hpc-101",
    "padr-par-201",
    "padr-gpu-301",
    "padr-perf-202",
    "padr-sched-302",
    "padr-cert-hpc",
]
_A10_CYBER_CHEAP = ["bvca-soc-101", "inl-cyber-201", "ccna-netsec-204", "bvca-vuln-204", "glcc-safe-104"]
DIALOGUES += [
    D(
        "hi-v10a-bcom-data-01",
        ["goal", "student", "constraint_time", "area_data"],
        [
            T(
                "मैं B.Com final year में हूँ, data analyst बनना है, कहाँ से शुरू करूँ?",
                GOAL + PLAN + EXPLORE,
                goal="data_analyst",
            ),
            # widened (session 12): a limit said after a plan or list is noted and what was shown re-run
            T("रोज़ शाम 1 घंटा दे सकता हूँ", CONS + REFINE, hours=(6, 0.2)),
            T("प्लान बना दो", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-aws-hinglish-02",
        ["search", "hinglish", "slang", "area_cloud"],
        [
            T(
                "bhai cloud computing ke courses hai kya? AWS type kuch",
                SEARCH,
                cite_any=_N9_CLOUD,
                any_lang=True,
            )
        ],
        split="tune",
    ),
    D(
        "hi-v10a-lakh-03",
        ["goal", "hinglish", "constraint_budget", "area_software"],
        [
            T("main software developer banna chahta hoon", GOAL + PLAN, goal="software", any_lang=True),
            T("budget 1 lakh tak hai", CONS, budget=(100000, "INR"), any_lang=True),
            T("ab plan dikhao", PLAN, plan=True, plan_cost=(100000, "INR"), any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-cyber-hazar-04",
        ["search", "followup", "constraint_budget", "area_cyber"],
        [
            T("साइबर सिक्योरिटी के कोर्स दिखाओ", SEARCH, cite_any=_N9_CYBER),
            T(
                "इनमें से 50 हज़ार से कम वाले कौन से हैं?",
                CONS + REFINE + SEARCH,
                budget=(50000, "INR"),
                cite_any=_A10_CYBER_CHEAP,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-diwali-weekend-05",
        ["multi_intent", "hinglish", "constraint_deadline", "constraint_time", "area_network"],
        [
            T(
                "diwali tak networking me koi certificate mil jaye, weekends only 4 ghante",
                GOAL + CONS + PLAN + SEARCH,
                goal="network",
                deadline=_DIWALI10,
                hours=(6, 0.35),
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-behen-elearning-06",
        ["third_person", "goal", "area_elearning"],
        [
            T(
                "मेरी बहन स्कूल में कंप्यूटर पढ़ाती है, उसे ऑनलाइन कोर्स बनाना सीखना है",
                GOAL + SEARCH + EXPLORE,
                goal="elearning",
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-support-skills-07",
        ["skills", "goal", "area_cloud"],
        [
            T(
                "मुझे Java, SQL और थोड़ा Linux आता है, 2 साल support में काम किया है",
                SKILLS,
                skills=["java", "sql"],
            ),
            T("अब DevOps या cloud में जाना है", GOAL + PLAN, goal="cloud"),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-ml-fees-08",
        ["named_course", "followup", "stacking"],
        [
            T("Applied Machine Learning with Python की फीस कितनी है?", SELECT, cite_any=["diaa-ml-201"]),
            T("इसको करने के बाद आगे कौन सा कोर्स लूँ?", EXPLAIN + SELECT + PLAN + REQ, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-dl-nlp-09",
        ["compare", "hinglish", "named_course", "area_ai"],
        [
            T(
                "Deep Learning and Neural Networks aur Natural Language Processing me kya farak hai",
                COMPARE,
                cite_min=2,
                cite_any=["diaa-dl-202", "diaa-nlp-302"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-callcenter-10",
        ["vague", "hinglish", "area_data"],
        [
            T(
                "yaar job boring ho gayi hai, call center me 4 saal se hoon, "
                "kuch naya seekhna hai par pata nahi kya",
                EXPLORE,
                any_lang=True,
            ),
            T("computer ka basic aata hai, data entry bhi ki hai", SKILLS + EXPLORE, any_lang=True),
            T("data wala kaam theek rahega", GOAL + EXPLORE + PLAN, goal="data_analyst", any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-holi-python-11",
        ["multi_intent", "constraint_deadline", "constraint_budget"],
        [
            T(
                "मुझे होली से पहले Python का कोई छोटा कोर्स करना है, फ्री हो तो बढ़िया",
                SEARCH + CONS,
                deadline=_HOLI10,
                cite_any=["lit-prog-101", "glcc-code-107"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-iit-hpc-12",
        ["search", "area_hpc"],
        [
            T(
                "IIT में research assistant हूँ, parallel programming और GPU के कोर्स चाहिए",
                SEARCH,
                cite_any=_A10_HPC,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-net-skip-13",
        ["goal", "skip", "hinglish", "area_network"],
        [
            T(
                "goal: network engineer, hafte me 6 ghante",
                GOAL + PLAN,
                goal="network",
                hours=6,
                any_lang=True,
            ),
            T("to plan bana do bhai", PLAN, plan=True, any_lang=True),
            T(
                "Networking Fundamentals maine pehle hi kar liya hai",
                SKIP + SKILLS,
                held=["ccna-net-101"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-mahina-14",
        ["goal", "constraint_time", "area_de"],
        [
            T("मैं डेटा इंजीनियर बनना चाहती हूँ", GOAL + PLAN, goal="de"),
            T("महीने में 20 घंटे पढ़ सकती हूँ", CONS, hours=(4.6, 0.15)),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-hazaar-web-15",
        ["multi_intent", "hinglish", "constraint_budget", "area_web"],
        [
            T(
                "mera budget 30 hazaar rupay hai aur mujhe web development seekhna hai",
                GOAL + CONS + SEARCH + PLAN,
                budget=(30000, "INR"),
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-counsellor-16",
        ["third_person", "adviser", "constraint_time", "area_cyber"],
        [
            T(
                "मैं करियर काउंसलर हूँ, मेरी एक क्लाइंट अकाउंटेंट है और साइबर सिक्योरिटी में जाना चाहती है",
                GOAL + PLAN,
                goal="cyber",
                goal_not=["accountant"],
            ),
            T("उसके पास हफ्ते में सिर्फ 3 घंटे हैं", CONS, hours=3),
            T("उसके लिए प्लान बताइए", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v10a-ml-sasta-17",
        ["goal", "hinglish", "refine", "area_ml"],
        [
            T("ML engineer banna hai, 10 ghante hafte me", GOAL + PLAN, goal="ml", hours=10, any_lang=True),
            T("plan?", PLAN, plan=True, any_lang=True),
            T("thoda sasta option hai kya", REFINE, plan=True, cheaper=True, any_lang=True),
        ],
        split="tune",
    ),
]

# v11-frozen (session 11, third blind frozen batch): see en.py; written blind, committed before any run.
import v11f_lists as _V11  # noqa: E402

DIALOGUES += [
    D(
        "hi-v11f-naukri-gayi-01",
        ["v11_frozen", "vague", "lost_job", "constraint_time", "area_helpdesk"],
        [
            T("मेरी नौकरी चली गई, 8 साल कॉल सेंटर में था। अब समझ नहीं आ रहा क्या करूँ", _V11.OPENING + _V11.ROLE),
            T("कंप्यूटर पर काम करना अच्छा लगता है, टाइपिंग और एक्सेल आता है", _V11.ROLE_GOAL),
            T(
                "आईटी सपोर्ट में जाना चाहता हूँ, रोज़ 2 घंटे पढ़ सकता हूँ",
                _V11.GOAL_CONS,
                goal="helpdesk",
                goal_not=["call", "कॉल"],
                hours=(12, 0.25),
            ),
            T("प्लान दिखाइए", _V11.PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-bcom-data-hinglish-02",
        ["v11_frozen", "hinglish", "constraint_budget", "constraint_deadline", "area_data"],
        [
            T(
                "bhai mujhe data analyst banna hai, BCom kiya hai, excel aata hai. budget 50k tak",
                _V11.GOAL_CONS + _V11.SKILLS,
                goal="data_analyst",
                budget=(50000, "INR"),
                any_lang=True,
            ),
            T(
                "Diwali tak ho jayega kya? hafte me 8 ghante de sakta hu",
                _V11.CONS + _V11.PLAN + _V11.EXPLAIN,
                deadline=_V11.DIWALI,
                hours=8,
                any_lang=True,
            ),
            T("plan dikhao", _V11.PLAN, plan=True, plan_cost=(50000, "INR"), any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-btech-ml-03",
        ["v11_frozen", "student", "named_course", "cheaper", "area_ai"],
        [
            T(
                "मैं B.Tech कर रहा हूँ, मशीन लर्निंग इंजीनियर बनना है। Python और थोड़ा maths आता है",
                _V11.GOAL + _V11.SKILLS + _V11.PLAN,
                goal="ml",
                skills=["python", "Python"],
            ),
            T(
                "Mathematics for Machine Learning करना ज़रूरी है क्या?",
                _V11.REQ + _V11.NAMED,
                cite_any=["diaa-math-102", "diaa-ml-201"],
            ),
            T("रोडमैप दिखाओ, हफ्ते में 10 घंटे", _V11.PLAN + _V11.CONS, plan=True, hours=10),
            T("सबसे सस्ता रास्ता क्या है?", _V11.CHEAPER, plan=True, cheaper=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-sarkari-teacher-04",
        ["v11_frozen", "educator", "hinglish", "area_dlit_teacher"],
        [
            T(
                "main ek sarkari school me computer teacher hu, bachon ko digital literacy padhana hai, koi "
                "course "
                "hai mere liye?",
                _V11.SEARCH + _V11.GOAL,
                cite_any=_V11.DLIT_TEACH,
                any_lang=True,
            ),
            T(
                "free wala konsa hai",
                _V11.WHICH + _V11.SEARCH,
                cite_any=["aec-dlteach-104", "aec-hw-105", "aec-elearn-100", "glcc-dl-101", "glcc-cert-df"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-counsellor-hr-cyber-05",
        ["v11_frozen", "third_person", "adviser", "constraint_budget", "area_cyber"],
        [
            T(
                "मैं करियर काउंसलर हूँ। मेरी क्लाइंट 30 साल की है, HR में काम करती है, साइबर सिक्योरिटी में "
                "जाना "
                "चाहती है। हफ्ते में 5 घंटे, 1 लाख तक का बजट",
                _V11.GOAL_CONS,
                goal="cyber",
                goal_not=["human resource", "counsel"],
                hours=5,
                budget=(100000, "INR"),
            ),
            T("उसे पहले क्या करना चाहिए?", _V11.START, cite_any=_V11.CYBER_START),
            T("दूसरा कोर्स ऑनलाइन है?", _V11.PICK, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-supercomputing-06",
        ["v11_frozen", "search", "area_hpc"],
        [
            T("HPC या सुपरकंप्यूटिंग पर कोई कोर्स है?", _V11.SEARCH, cite_any=_V11.HPC),
            T("सबसे छोटा कौन सा है?", _V11.WHICH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-noc-aiops-07",
        ["v11_frozen", "hinglish", "skills", "constraint_deadline", "area_ainet"],
        [
            T(
                "main telecom company me NOC engineer hu, AI based network monitoring seekhna hai",
                _V11.GOAL + _V11.SKILLS + _V11.SEARCH,
                any_lang=True,
            ),
            T(
                "iska certificate milta hai kya?",
                _V11.AFTER,
                cite_any=["ccna-cert-netops", "lcsi-cert-ainet"],
                any_lang=True,
            ),
            T(
                "Holi se pehle ho sakta hai? hafte me 6 ghante",
                _V11.CONS + _V11.PLAN + _V11.EXPLAIN,
                deadline=_V11.HOLI,
                hours=6,
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-google-automation-08",
        ["v11_frozen", "nonexistent", "area_software"],
        [
            T(
                "क्या आपके पास Coursera का Google IT Automation with Python कोर्स है?",
                _V11.NAMED,
                cite_any=_V11.PROG_START + ["ccna-netauto-203", "hrd-iac-202"],
            ),
            T("तो इसके जैसा कुछ बताइए", _V11.SEARCH + _V11.WHICH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-beti-web-09",
        ["v11_frozen", "third_person", "languages", "constraint_deadline", "area_web"],
        [
            T(
                "मेरी बेटी 12वीं के बाद web developer बनना चाहती है, उसे अंग्रेज़ी अच्छी आती है",
                _V11.GOAL + _V11.SKILLS,
                goal="web",
                langs=["en"],
            ),
            T(
                "हफ्ते में 15 घंटे, मानसून से पहले",
                _V11.CONS + _V11.PLAN,
                hours=15,
                deadline=_V11.BEFORE_MONSOON,
            ),
            T("रास्ता बताइए", _V11.PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-cloudsec-angrezi-10",
        ["v11_frozen", "goal", "languages", "area_cloudsec"],
        [
            T("क्लाउड सिक्योरिटी इंजीनियर बनने के लिए कौन से कोर्स करने होंगे?", _V11.GOAL_PLAN, goal="cloudsec"),
            T(
                "मुझे जर्मन नहीं आती, सिर्फ हिंदी और अंग्रेज़ी",
                _V11.SKILLS + _V11.CONS + _V11.REFINE,
                langs=["hi", "en"],
            ),
            T(
                "तो अंग्रेज़ी वाले कोर्स से प्लान बनाइए",
                _V11.PLAN + _V11.REFINE,
                plan=True,
                plan_langs=["en", "hi"],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-java-dev-11",
        ["v11_frozen", "cv", "hinglish", "skip", "area_software"],
        [
            T(
                "Skills: Java 2 saal, Spring Boot, thoda SQL. software tester se developer banna hai",
                _V11.SKILLS + _V11.GOAL,
                goal="software",
                goal_not=["tester"],
                any_lang=True,
            ),
            T("plan do, 7 ghante per week", _V11.PLAN + _V11.CONS, plan=True, hours=7, any_lang=True),
            T(
                "Java wala course skip karo, already aata hai",
                _V11.SKIP + _V11.SKILLS,
                held=["lit-oop-102"],
                plan=True,
                plan_excl=["lit-oop-102"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-cricket-de-12",
        ["v11_frozen", "off_topic", "hinglish", "search", "area_de"],
        [
            T("kal ka India vs Australia match dekha?", _V11.OFF, dead_ok=True, any_lang=True),
            T(
                "accha chhodo, mujhe data engineering seekhni hai, koi course?",
                _V11.SEARCH + _V11.GOAL,
                cite_any=_V11.DE,
                any_lang=True,
            ),
            T("pehla wala kitne ka hai", _V11.PICK, cite_min=1, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v11f-bank-data-governance-13",
        ["v11_frozen", "search", "area_dgov"],
        [
            T(
                "डेटा गवर्नेंस और डेटा क्वालिटी पर कोर्स चाहिए, मैं एक बैंक में डेटा टीम में हूँ",
                _V11.SEARCH + _V11.SKILLS + _V11.GOAL,
                cite_any=_V11.DGOV,
            ),
            T("इनमें से कौन सा सबसे सस्ता है?", _V11.WHICH, cite_min=1),
        ],
        split="frozen",
    ),
]

# v11-dlg (session 11, reply/policy round): life events, follow-ups in context, named courses; written before
# reading the policy files, committed before any run. Lists in `v11d_lists.py`. For tune.
import v11d_lists as _L11  # noqa: E402

DIALOGUES += [
    D(
        "hi-v11d-naukri-01",
        ["life_event", "vague", "implied_plan", "area_data"],
        [
            T(
                "मेरी दुकान वाली नौकरी छूट गई है, समझ नहीं आ रहा अब क्या सीखूं",
                EXPLORE,
                goal_not=["retail", "sales", "shop"],
            ),
            T("कंप्यूटर में थोड़ी रुचि है, डेटा एनालिसिस का काम कैसा रहेगा", GOAL + EXPLORE, goal="data_analyst"),
            T("हफ्ते में 5 घंटे दे सकता हूं, प्लान बना दो", PLAN + CONS, plan=True, hours=5),
        ],
        split="tune",
    ),
    D(
        "hi-v11d-sasta-02",
        ["search", "followup", "area_ml"],
        [
            T("मशीन लर्निंग के कोर्स दिखाओ", SEARCH, cite_any=_L11.ML),
            T("इनमें सबसे सस्ता कौन सा है", SELECT + COMPARE + REFINE, cite_any=["diaa-ai-101", "ual-ia-101"]),
            T("उसके बाद क्या करूं", REQ + PLAN + EXPLAIN, cite_any=_L11.ML),
        ],
        split="tune",
    ),
    D(
        "hi-v11d-counsellor-03",
        ["third_person", "refine", "area_cyber"],
        [
            T(
                "मैं करियर काउंसलर हूं, मेरा क्लाइंट बैंक में क्लर्क था और अब साइबर सिक्योरिटी में जाना चाहता है, हफ्ते में 8 घंटे",
                GOAL + CONS,
                goal="cyber",
                goal_not=["clerk"],
                hours=8,
            ),
            T("उसके लिए प्लान बनाओ", PLAN, plan=True),
            T("कुछ सस्ता है क्या", REFINE, plan=True, cheaper=True),
        ],
        split="tune",
    ),
    D(
        "hi-v11d-ai-foundations-04",
        ["named_course", "followup", "area_ai"],
        [
            T("AI Foundations कोर्स के बारे में बताओ, क्या ये फ्री है", EXPLAIN + SELECT, cite_any=["diaa-ai-101"]),
            T("इसके बाद कौन सा कोर्स लूं", REQ + PLAN + EXPLAIN, cite_any=_L11.ML_AFTER_AI),
        ],
        split="tune",
    ),
]

# v11-dlg, second part (written after the round's fixes, before any run on it; not blind). For tune.
DIALOGUES += [
    D(
        "hi-v11d-h01-ghante",
        ["implied_plan", "area_cyber"],
        [
            T("मुझे साइबर सुरक्षा विशेषज्ञ बनना है", GOAL, goal="cyber"),
            T("हफ्ते में 6 घंटे पढ़ूं तो कितना समय लगेगा?", PLAN + CONS, plan=True, hours=6),
        ],
        split="tune",
    ),
]

# v11-asia (session 11, vi/hi/bn round): written before any run of this batch; lists from the catalogue files.
import v10f_lists as _V11  # noqa: E402
from dates import BEFORE_MONSOON as _MONSOON11  # noqa: E402

_V11_DLIT_FREE = [
    "glcc-dl-101",
    "glcc-comm-102",
    "glcc-safe-104",
    "glcc-solve-105",
    "glcc-cert-df",
    "inl-pix-101",
]
_V11_OPS = ["system administrator", "9e2e6e1e", "sysadmin", "help desk", "helpdesk", "support", "technician"]
DIALOGUES += [
    D(
        "hi-v11a-teacher-datasci-01",
        ["goal", "hinglish", "role_vs_goal", "area_data"],
        [
            T(
                "Main ek school teacher hu, mujhe data science seekhna hai taaki career badal sakun",
                GOAL + PLAN + SEARCH + EXPLORE,
                goal="data_scientist",
                goal_not=["teacher"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-clerk-cyber-02",
        ["goal", "constraint_time", "constraint_budget", "area_cyber", "long_message"],
        [
            T(
                "मैं एक बैंक में क्लर्क हूँ और साइबर सिक्योरिटी में करियर बनाना चाहता हूँ। "
                "हफ्ते में 6 घंटे पढ़ सकता हूँ, बजट 25,000 रुपये है।",
                GOAL + CONS + PLAN,
                goal="cyber",
                goal_not=["clerk", "क्लर्क"],
                hours=6,
                budget=(25000, "INR"),
            ),
            T("प्लान बनाइए", PLAN, plan=True, plan_incl=_V11.CYBER),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-cloudsec-lakh-diwali-03",
        ["goal", "hinglish", "constraint_budget", "constraint_deadline", "area_cloudsec"],
        [
            T(
                "cloud security seekhna hai, budget 1.5 lakh, Diwali tak khatam karna hai",
                GOAL + CONS + PLAN,
                goal="cloudsec",
                budget=(150000, "INR"),
                deadline=_V11.DIWALI,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-hpc-gpu-04",
        ["search", "area_hpc"],
        [
            T(
                "क्या आपके पास हाई परफॉर्मेंस कंप्यूटिंग या GPU प्रोग्रामिंग का कोई कोर्स है?",
                SEARCH,
                cite_any=_V11.HPC,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-client-grihini-05",
        ["third_person", "adviser", "dlit", "constraint_budget"],
        [
            T(
                "मेरी क्लाइंट एक गृहिणी है, 35 साल की, उसे कंप्यूटर बिल्कुल नहीं आता, उसे डिजिटल साक्षरता से शुरुआत करनी है",
                SEARCH + GOAL + EXPLORE + PLAN,
            ),
            T("उसके लिए मुफ़्त कोर्स दिखाइए", SEARCH + REFINE + CONS, cite_any=_V11_DLIT_FREE),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-ainet-cert-06",
        ["named_course", "requirements", "hinglish", "area_ainet"],
        [
            T(
                "AI driven networking mein koi specialist certificate hai kya? "
                "uske liye kya kya karna padega",
                REQ + SEARCH,
                cite_any=["lcsi-cert-ainet", "ccna-cert-netops"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-python-ml-07",
        ["skills", "goal", "followup", "area_ml"],
        [
            T("मुझे Python, pandas और SQL आता है", SKILLS, skills=["python", "sql"]),
            T("अब मशीन लर्निंग इंजीनियर बनना है", GOAL + PLAN, goal="ml"),
            T("कितना समय लगेगा?", PLAN + EXPLAIN + WHY, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-ml-prereq-08",
        ["named_course", "requirements", "area_ml"],
        [
            T(
                "Applied Machine Learning with Python करने से पहले क्या आना चाहिए?",
                REQ,
                cite_any=["diaa-ml-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-de-monsoon-09",
        ["goal", "hinglish", "constraint_deadline", "constraint_time", "area_de"],
        [
            T(
                "monsoon se pehle data engineering ka course khatam karna hai, roz 2 ghante padh sakta hu",
                GOAL + CONS + PLAN + SEARCH,
                goal="de",
                deadline=_MONSOON11,
                hours=(14, 0.2),
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-man-nahi-10",
        ["vague", "followup", "area_web"],
        [
            T("समझ नहीं आ रहा क्या सीखूँ, नौकरी में मन नहीं लगता", EXPLORE),
            T("मुझे डिज़ाइन और वेबसाइट बनाना पसंद है", GOAL + EXPLORE + SEARCH + PLAN),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-web-sasta-11",
        ["goal", "hinglish", "refine", "area_web"],
        [
            T("mujhe web developer banna hai", GOAL + PLAN, goal="web", any_lang=True),
            T("plan dikhao", PLAN, plan=True, any_lang=True),
            T("isse sasta option hai kya?", REFINE, plan=True, cheaper=True, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-data-online-12",
        ["goal", "constraint_participation", "area_data"],
        [
            T("मैं डेटा विश्लेषण सीखना चाहती हूँ", GOAL + SEARCH + PLAN, goal="data_analyst"),
            T("मैं सिर्फ़ ऑनलाइन पढ़ सकती हूँ, घर से", CONS + REFINE, part=["online"]),
            T("अब रास्ता दिखाइए", PLAN, plan=True, plan_part=["online"]),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-polytechnic-microcred-13",
        ["search", "hinglish", "microcred"],
        [
            T(
                "hum ek polytechnic mein micro-credentials design kar rahe hain, "
                "faculty ke liye koi training hai?",
                SEARCH + GOAL + PLAN,
                cite_any=_V11.MICROCRED,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-nlp-cv-14",
        ["compare", "hinglish", "area_ai"],
        [
            T(
                "NLP aur Computer Vision wale course mein kya fark hai",
                COMPARE,
                cite_any=["diaa-nlp-302", "diaa-cv-301"],
                cite_min=2,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-cricket-15",
        ["out_of_scope"],
        [T("आज के मैच का स्कोर क्या है?", OOS)],
        split="tune",
    ),
    D(
        "hi-v11a-netadmin-skip-16",
        ["goal", "skip", "followup", "area_network"],
        [
            T("मुझे नेटवर्क एडमिनिस्ट्रेटर बनना है", GOAL + PLAN, goal="netadmin"),
            T("रास्ता बताइए", PLAN, plan=True),
            T("पहला कोर्स मैं पहले ही कर चुका हूँ", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
        split="tune",
    ),
    D(
        "hi-v11a-bca-callcenter-17",
        ["goal", "hinglish", "long_message", "constraint_time", "constraint_budget"],
        [
            T(
                "Hello sir, mera naam Ravi hai, Pune se. Maine 2022 mein BCA kiya, abhi ek call center mein "
                "night shift karta hoon. Mujhe IT support ya system admin ki job "
                "chahiye. Weekends pe 8 ghante "
                "de sakta hoon, fees 40 hazaar tak chalegi.",
                GOAL + PLAN + CONS,
                goal=_V11_OPS,
                hours=8,
                budget=(40000, "INR"),
                any_lang=True,
            ),
        ],
        split="tune",
    ),
]

# v12-frozen (session 12, fourth blind frozen batch): written in one sitting without reading the
# assistant's code or rules, any result, or any other frozen dialogue; never run by its writer. Course
# lists and deadline windows in `v12f_lists.py`. Split frozen. Romanised Hinglish: reply language unchecked.
import v12f_lists as _L12  # noqa: E402

DIALOGUES += [
    D(
        "hi-v12f-beta-12th-01",
        ["v12_frozen", "third_person", "hinglish", "vague", "area_network"],
        [
            T(
                "mera beta 12th ke baad ghar baitha hai, computer mein mann lagta hai uska. kuch aisa course "
                "batao jisse naukri lage, zyada paise nahi hain hamare paas",
                EXPLORE + SEARCH + GOAL,
                any_lang=True,
            ),
            T(
                "usko networking mein interest hai, cable wable lagana, router set karna",
                GOAL + SEARCH,
                cite_any=_L12.NETWORK,
                any_lang=True,
            ),
            T("free wala koi hai?", REFINE + SEARCH, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-dubai-accountant-02",
        ["v12_frozen", "hinglish", "current_role", "language_denied", "area_data"],
        [
            T(
                "main Dubai mein 6 saal se accountant hoon, data analytics mein shift hona chahta hoon. "
                "hafte mein 7-8 ghante nikal sakta hoon",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["accountant"],
                hours=(7.5, 0.15),
                any_lang=True,
            ),
            T("theek hai plan dikhao", PLAN, plan=True, plan_incl=_L12.DATA, any_lang=True),
            T(
                "spanish wale hata do, mujhe spanish nahi aati",
                REFINE + CONS + PLAN,
                plan=True,
                plan_langs=["en", "hi"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-bank-it-cloudsec-03",
        ["v12_frozen", "languages_spoken", "language_denied", "area_cloudsec"],
        [
            T(
                "मैं एक बैंक में IT ऑफिसर हूं, क्लाउड सिक्योरिटी सीखनी है। जर्मन नहीं आती, सिर्फ हिंदी और अंग्रेज़ी",
                GOAL + SEARCH + SKILLS + CONS,
                langs=["hi", "en"],
            ),
            T(
                "तो अंग्रेज़ी में इसके लिए क्या है?",
                SEARCH + REFINE,
                cite_any=[
                    "ccna-netsec-204",
                    "bvca-soc-101",
                    "bvca-hard-202",
                    "lcsi-cloudops-205",
                    "ccna-hybrid-303",
                    "hrd-iac-202",
                    "hrd-clouddev-204",
                    "hrd-cloudmig-301",
                    "lcsi-anom-301",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-deep-learning-fees-04",
        ["v12_frozen", "named_course", "certificate_totals", "recognition", "area_ml"],
        [
            T(
                "Deep Learning and Neural Networks कोर्स की फीस कितनी है और इसके लिए पहले क्या करना पड़ेगा?",
                EXPLAIN + REQ,
                cite_any=["diaa-dl-202", "diaa-ml-201"],
            ),
            T(
                "पूरा Post-Graduate Certificate in Applied Machine Learning कुल मिलाकर कितने का पड़ेगा?",
                EXPLAIN + REQ,
                cite_any=_L12.AML_CERT_PARTS,
            ),
            T(
                "क्या ये AICTE या UGC से मान्यता प्राप्त है?",
                EXPLAIN + SELECT,
                cite_any=["diaa-cert-aml", "diaa-dl-202"],
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-rakhi-web-05",
        ["v12_frozen", "hinglish", "student", "constraint_deadline", "hours_per_day", "area_web"],
        [
            T(
                "Rakhi tak web development ki basics seekhni hai, roz 2 ghante de sakti hoon, main B.A. "
                "second year mein hoon",
                GOAL + CONS + SEARCH,
                deadline=_L12.RAKHI,
                hours=(12, 0.2),
                any_lang=True,
            ),
            T(
                "kaunsa pehle karun",
                PLAN + REQ + SELECT,
                cite_any=["lit-prog-101", "lit-web-201"],
                any_lang=True,
            ),
            T("aur total kitne paise lagenge", EXPLAIN + PLAN + REQ, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-ngo-trainer-06",
        ["v12_frozen", "teach_digital", "constraint_deadline", "free", "area_dlit_teacher"],
        [
            T(
                "मैं एक NGO में महिलाओं को मोबाइल और इंटरनेट चलाना सिखाती हूं। खुद एक बेहतर ट्रेनर बनना "
                "चाहती हूं, नवरात्रि से पहले कोई कोर्स पूरा करना है",
                GOAL + SEARCH + CONS,
                deadline=_L12.NAVRATRI,
                cite_any=_L12.TEACH_DLIT,
            ),
            T(
                "ऑनलाइन वाला चाहिए, मुफ्त हो तो और अच्छा",
                REFINE + CONS + SEARCH,
                cite_any=["aec-dlteach-104", "aec-hw-105", "aec-elearn-100"],
            ),
            T("पहला वाला कितने घंटे का है?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-simplilearn-07",
        ["v12_frozen", "hinglish", "nonexistent", "price_inr", "area_cyber"],
        [
            T(
                "Simplilearn ka Cyber Security Expert masters program hai kya aapke paas?",
                EXPLAIN + SEARCH,
                cite_any=_L12.CYBER,
                any_lang=True,
            ),
            T(
                "uske jaisa koi beginner wala batao",
                SEARCH + SELECT,
                cite_any=_L12.CYBER_START,
                any_lang=True,
            ),
            T(
                "Security Operations Fundamentals kitne ka hai rupees mein",
                EXPLAIN + SELECT,
                cite_any=["bvca-soc-101"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-pune-supervisor-08",
        ["v12_frozen", "runon", "current_role", "why", "area_dba"],
        [
            T(
                "नमस्ते मैं पुणे में एक फैक्ट्री में सुपरवाइजर हूं और मेरी कंपनी अब सब कुछ ऑटोमेशन और डेटा पर "
                "ले जा रही है तो मैं सोच रहा हूं कि डेटाबेस का काम सीखूं ताकि नौकरी बनी रहे हफ्ते में पांच छह "
                "घंटे मिलते हैं",
                GOAL + CONS,
                goal="dba",
                goal_not=["supervisor"],
                hours=(5.5, 0.15),
            ),
            T("ठीक है प्लान दिखाइए", PLAN, plan=True, plan_incl=_L12.DBA),
            T("दूसरा स्टेप क्यों है?", WHY + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-muhurat-testing-09",
        ["v12_frozen", "off_topic", "search", "area_tester"],
        [
            T("मुझे शादी के लिए अच्छा मुहूर्त बताओ", OOS + SMALL),
            T("अच्छा, तो सॉफ्टवेयर टेस्टिंग के कोर्स बताओ", SEARCH, cite_any=_L12.TESTER),
            T("पहला कोर्स किस भाषा में है", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-counsellor-rahul-10",
        ["v12_frozen", "stored_profile", "third_person", "held", "budget_inr", "area_cyber"],
        [
            T(
                "मेरे क्लाइंट राहुल ने Penetration Testing Foundations पूरा कर लिया है, अब आगे क्या?",
                SKILLS + PLAN + REQ + SKIP,
                held=["bvca-pentest-201"],
                cite_any=_L12.PENTEST_AFTER,
            ),
            T("उसका बजट अब सिर्फ 60 हज़ार रुपये बचा है", CONS + REFINE, budget=(60000, "INR")),
            T("इस बजट में प्लान बनाइए", PLAN, plan=True, plan_cost=(60000, "INR")),
        ],
        profile={
            "id": "v12f-rahul",
            "name": "Rahul",
            "skills": [],
            "credentials": [],
            "goal": {
                "occupation_uri": "http://data.europa.eu/esco/occupation/76ef0a87-6afe-4560-b5d0-9a086abe45c5",
                "label": "ethical hacker",
                "skills": [],
                "job_advert": None,
            },
            "current_role": None,
            "languages": ["hi", "en"],
            "constraints": {
                "hours_per_week": 8,
                "weeks": None,
                "deadline": None,
                "budget": 150000,
                "currency": "INR",
                "languages": [],
                "participation": [],
                "max_eqf": None,
                "providers": [],
                "countries": [],
            },
            "preferences": {"prefer_stacks": True, "pinned": [], "rejected": []},
            "version": 0,
        },
        split="frozen",
    ),
    D(
        "hi-v12f-mba-compare-11",
        ["v12_frozen", "hinglish", "compare", "area_data"],
        [
            T(
                "Data Visualisation with Python aur Statistical Software Development in R mein se kaunsa lu? "
                "main MBA finance kar raha hu",
                COMPARE + EXPLAIN,
                cite_any=["diaa-viz-204", "diaa-statsw-203"],
                cite_min=2,
                any_lang=True,
            ),
            T("dono ka total kitna hoga", EXPLAIN + COMPARE + REQ, cite_min=1, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-hr-analytics-april-12",
        ["v12_frozen", "hinglish", "constraint_deadline", "budget_inr", "area_data"],
        [
            T(
                "April se pehle HR analytics jaisa kuch seekhna hai, company 25k tak reimburse karegi",
                SEARCH + GOAL + CONS,
                deadline=_L12.END_Q1,
                budget=(25000, "INR"),
                cite_any=_L12.DATA,
                any_lang=True,
            ),
            T(
                "plan bhi dikha do, hafte mein 4 ghante",
                PLAN + CONS,
                plan=True,
                hours=4,
                plan_cost=(25000, "INR"),
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "hi-v12f-sql-chhote-13",
        ["v12_frozen", "hinglish", "short_replies", "language_wanted", "area_dba"],
        [
            T(
                "SQL ka course",
                SEARCH,
                cite_any=["ual-sql-102", "nda-model-102", "nda-dba-201", "hrd-clouddb-303", "ual-olap-302"]
                + ["ual-visual-203", "nda-nosql-205", "nda-dbphys-302"],
                any_lang=True,
            ),
            T("hindi mein hai?", REFINE + SEARCH + SELECT, any_lang=True),
            T(
                "theek hai english chalega, sabse sasta?",
                SELECT + COMPARE + REFINE,
                cite_min=1,
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
]


# v12u (session 12, helper "followups"): short follow-ups about what was just shown - a course card ("is it
# online / recognised / in German?"), a certificate after "skip X, I did it" (what is left and its cost), two
# courses compared (together, in between, which first), a filter after a plan (a re-plan) and an interest
# stated as an activity. Written by the helper who built `assistant/followups_shown.py`, from its hand probes,
# AFTER the code: a check of that work, not a blind measure. For tune.
from dsl import COMPARE, EXPLAIN, EXPLORE, GOAL, PLAN, REFINE, REQ, SEARCH, SELECT, SKIP, D, T  # noqa: E402
from dsl import CONS as _CONS12  # noqa: E402

DIALOGUES += [
    D(
        "hi-v12u-card-01",
        ["named_course", "followup", "v12u"],
        [
            T(
                "Network Security Essentials ke baare mein batao",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                any_lang=True,
            ),
            T(
                "kya yeh online hai?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
                any_lang=True,
            ),
            T(
                "kya yeh sarkari manyata prapt hai?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
                any_lang=True,
            ),
            T(
                "kya yeh German mein bhi hai?",
                EXPLAIN + SELECT + SEARCH,
                cite_any=["hrd-cloudnet-203", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloud-101"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v12u-cert-02",
        ["certificate", "skip", "followup", "v12u"],
        [
            T(
                "Certificate in Database Administration ke liye kya chahiye?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
                any_lang=True,
            ),
            T(
                "Data Modelling Essentials skip karo, maine kar liya hai",
                REQ + SKIP,
                held=["nda-model-102"],
                cite_any=["nda-dbphys-302"],
                any_lang=True,
            ),
            T(
                "toh baaki kya hai aur kitna kharcha hoga?",
                REQ + EXPLAIN,
                cite_any=["nda-dbphys-302"],
                any_lang=True,
            ),
            T(
                "aur baaki 5 ghante hafte mein kitne time mein hoga?",
                REQ + EXPLAIN + _CONS12,
                cite_any=["nda-dbphys-302"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v12u-pair-03",
        ["named_course", "compare", "followup", "v12u"],
        [
            T(
                "Networking Fundamentals aur AI-Driven Network Operations compare karo",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-aiops-301"],
                any_lang=True,
            ),
            T(
                "dono milakar kitne ghante hain?",
                EXPLAIN + COMPARE,
                cite_any=["ccna-aiops-301"],
                cite_none=["ccna-route-201"],
                any_lang=True,
            ),
            T("toh beech mein kya karun?", EXPLAIN + PLAN, cite_any=["ccna-netmon-202"], any_lang=True),
            T(
                "pehle kaunsa karun? main backend dev hoon aur Python aata hai",
                COMPARE + EXPLAIN,
                cite_any=["ccna-net-101"],
                cite_none=["glcc-code-107", "lit-prog-101"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v12u-plan-online-04",
        ["plan", "refine", "participation", "v12u"],
        [
            T(
                "मैं नेटवर्क इंजीनियर बनना चाहता हूँ, मेरे पास हफ्ते में 6 घंटे हैं",
                GOAL + PLAN + _CONS12,
                goal="network",
                plan=True,
            ),
            T(
                "jo online nahi hai wo hata do",
                REFINE + _CONS12,
                plan=True,
                part=["online"],
                plan_part=["online"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v12u-interest-05",
        ["vague", "interest", "area_helpdesk", "v12u"],
        [
            T("mujhe nahi pata kya seekhun", EXPLORE, any_lang=True),
            T(
                "mujhe logon ki computer problems solve karna accha lagta hai",
                GOAL + EXPLORE,
                goal="helpdesk",
                any_lang=True,
            ),
        ],
        split="tune",
    ),
]

# v13u, part b (session 13, blind tune batch): written without reading the assistant's code or rules, from the
# catalogue, the taxonomy and docs only, before any run. Lists and deadline windows in `v13ub_lists.py`.
import v13ub_lists as _U13  # noqa: E402

_HI13_PROFILE = {
    "id": "hi-v13u-07-rakesh",
    "name": "Rakesh",
    "skills": [],
    "credentials": [],
    "goal": {
        "occupation_uri": "http://data.europa.eu/esco/occupation/9e2e6e1e-363b-4e1b-a673-7bc0f7343300",
        "label": "ICT system administrator",
        "skills": [],
        "job_advert": None,
    },
    "languages": ["hi", "en"],
    "constraints": {
        "hours_per_week": 6,
        "languages": [],
        "participation": [],
        "providers": [],
        "countries": [],
    },
    "preferences": {"prefer_stacks": True, "pinned": [], "rejected": []},
    "version": 0,
}

DIALOGUES += [
    D(
        "hi-v13u-01",
        ["v13u", "hinglish", "shopkeeper", "deadline", "area_data"],
        [
            T(
                "bhai mai ek kirana store chalata hu, GST billing computer pe khud karta hu. ab data "
                "analysis seekhna hai, free ya sasta kuch ho to batao",
                GOAL + SEARCH + EXPLORE + SKILLS + CONS,
                goal="data_analyst",
                cite_any=_U13.DATA + _U13.DATA_FREE,
                any_lang=True,
            ),
            T("roz 1 ghanta de sakta hu", CONS, hours=(7, 0.2), any_lang=True),
            T(
                "plan bana do, Republic Day tak ho jaye to best",
                PLAN + CONS,
                plan=True,
                deadline=_U13.REPUBLIC_DAY,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-02",
        ["v13u", "compare", "price_local_currency", "area_cyber"],
        [
            T(
                "मैं डाकघर में काम करता हूं, साइबर सिक्योरिटी में जाना है। अंग्रेज़ी ठीक-ठाक पढ़ लेता हूं",
                GOAL + SKILLS + CONS,
                goal="cyber",
                goal_not=["postal", "post office", "mail"],
            ),
            T(
                "Security Operations Fundamentals और Network Security Essentials में क्या फर्क है",
                COMPARE + EXPLAIN,
                cite_any=["bvca-soc-101", "ccna-netsec-204"],
            ),
            T("पहला वाला कितने रुपये का पड़ेगा", SELECT + EXPLAIN, cite_any=["bvca-soc-101"]),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-03",
        ["v13u", "hinglish", "third_person", "parent", "certificate_total", "area_ml"],
        [
            T(
                "meri beti B.Sc maths final year me hai, usko AI/ML me career banana hai, konsa course pehle "
                "kare?",
                GOAL + EXPLORE + SEARCH,
                goal="ml",
                cite_any=_U13.ML_START,
                any_lang=True,
            ),
            T(
                "poore certificate ki total fees kitni lagegi",
                REQ + EXPLAIN + PLAN,
                cite_any=_U13.ML_CERT,
                any_lang=True,
            ),
            T("budget bas 50 hazaar hai", CONS + REFINE, budget=(50000, "INR"), any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-04",
        ["v13u", "named_course", "typo", "prerequisite", "area_cloud"],
        [
            T("Cloud Migration Planing वाला कोर्स ऑनलाइन है?", EXPLAIN + SELECT, cite_any=["hrd-cloudmig-301"]),
            T("इससे पहले क्या आना चाहिए", REQ, cite_min=1),
            T(
                "ठीक है, इसको मिलाकर हफ्ते के 6 घंटे के हिसाब से प्लान बना दो",
                PLAN + CONS,
                plan=True,
                hours=6,
                plan_incl=["hrd-cloudmig-301"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-05",
        ["v13u", "hinglish", "short_reply", "followup", "area_web"],
        [
            T("web development ke courses?", SEARCH, cite_any=_U13.WEB + _U13.WEB_START, any_lang=True),
            T("2nd wala", SELECT, cite_min=1, any_lang=True),
            T("iske baad?", REQ + EXPLAIN + PLAN, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-06",
        ["v13u", "long_message", "several_intents", "skip", "online", "area_web"],
        [
            T(
                "नमस्ते, मैं प्रिंटिंग प्रेस में DTP ऑपरेटर हूं, वेब डेवलपर बनना चाहता हूं। हफ्ते में 12 "
                "घंटे, बजट 30 हज़ार रुपये, सिर्फ ऑनलाइन। पूरा रास्ता बताइए",
                GOAL + CONS + PLAN,
                goal="web",
                goal_not=["printing", "dtp", "desktop publish"],
                hours=12,
                budget=(30000, "INR"),
                part=["online"],
                plan=True,
                plan_part=["online"],
                plan_cost=(30000, "INR"),
            ),
            T(
                "Front-End Web Development मैंने YouTube से सीख लिया है, उसे हटा दो",
                SKIP + SKILLS + REFINE + PLAN,
                plan=True,
                plan_excl=["lit-web-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-07",
        ["v13u", "stored_profile", "returning", "language", "area_sysadmin"],
        [
            T(
                "फिर से आया हूँ। sysadmin वाले प्लान में जो कोर्स सिर्फ जर्मन में हैं वो मेरे किसी काम के "
                "नहीं, उन्हें हटाकर नया प्लान दो",
                REFINE + CONS + PLAN,
                plan=True,
                plan_langs=["en", "hi"],
            ),
            T("ये 15 अगस्त तक पूरा हो जाएगा?", PLAN + EXPLAIN + CONS + REFINE),
        ],
        profile=_HI13_PROFILE,
        split="tune",
    ),
    D(
        "hi-v13u-08",
        ["v13u", "hinglish", "not_in_catalogue", "language", "area_dpo"],
        [
            T(
                "DPDP Act 2023 ke liye koi course hai kya? company me compliance ka kaam dekhta hu",
                SEARCH + GOAL + EXPLORE,
                cite_any=_U13.DPO + _U13.DPO_EN,
                any_lang=True,
            ),
            T(
                "french nahi aati yaar, english me kuch hai?",
                REFINE + CONS + SEARCH,
                cite_min=1,
                any_lang=True,
            ),
            T(
                "theek hai, ek plan bana do, hafte me 4 ghante",
                PLAN + CONS,
                plan=True,
                hours=4,
                plan_langs=["en", "hi"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-09",
        ["v13u", "hinglish", "researcher", "eqf_ects", "area_hpc"],
        [
            T(
                "IIT se M.Tech kar raha hu, CFD simulations ke liye parallel programming seekhni hai, MPI "
                "bilkul nahi aata",
                SEARCH + GOAL + SKILLS + EXPLORE,
                cite_any=_U13.HPC,
                any_lang=True,
            ),
            T(
                "ECTS kya hota hai? aur ye course kitne ghante ka hai",
                EXPLAIN + SELECT,
                cite_min=1,
                any_lang=True,
            ),
            T(
                "MPI wala course blended hai na? mai Delhi me hu, pura online wala koi option hai?",
                REFINE + CONS + SEARCH + EXPLAIN,
                cite_min=1,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-v13u-10",
        ["v13u", "hinglish", "off_topic", "hours_month", "implied_plan", "area_helpdesk"],
        [
            T("kal IPL auction dekha kya?", SMALL + OOS, dead_ok=True, any_lang=True),
            T(
                "acha chhodo, mujhe IT support ki job chahiye, 12th pass hu bas",
                GOAL + EXPLORE,
                goal="helpdesk",
                any_lang=True,
            ),
            T("mahine ke 40 ghante nikal sakta hu", CONS, hours=(9.3, 0.2), any_lang=True),
            T("plan?", PLAN, plan=True, any_lang=True),
        ],
        split="tune",
    ),
]


# t9named (session 14, helper "t9named"): questions about a named or pointed-at course, written BEFORE the
# fixes from the classes of the lead's trial 9 (tune now): a fit question about a named course (its level and
# prerequisites against what the learner knows, never a goal), "and before it?" / "after it?" relative to the
# course in focus, "how many weeks/days is X?" (its duration, not a list), "what is EQF 6, like a bachelor?"
# (the framework in a sentence), the ECTS total of the plan shown, and a course named by its subject ("skip
# the maths one"). Written by the helper who fixes them: a check of that work, not a blind measure.
# For tune.
from dsl import EXPLAIN as _EX14  # noqa: E402
from dsl import GOAL as _GOAL14
from dsl import REQ as _REQ14
from dsl import SELECT as _SEL14
from dsl import D as _D14  # noqa: E402
from dsl import T as _T14

_ASK14 = _EX14 + _SEL14 + _REQ14
DIALOGUES += [
    _D14(
        "hi-t9named-weeks-01",
        ["t9named", "named_course", "duration", "hinglish"],
        [
            _T14(
                "mujhe HPC seekhna hai, main ek lab mein Python developer hoon",
                _GOAL14 + ["state_skills", "search", "explore"],
                any_lang=True,
            ),
            _T14(
                "MPI wala course kitne hafte ka hai?",
                _ASK14,
                cite_any=["padr-par-201"],
                plan=False,
                any_lang=True,
            ),
            _T14(
                "aur usse pehle kya karna hoga?", _ASK14, cite_any=["padr-hpc-101"], plan=False, any_lang=True
            ),
        ],
        split="tune",
    ),
    _D14(
        "hi-t9named-fit-02",
        ["t9named", "named_course", "fit", "hinglish"],
        [
            _T14(
                "kya Network Security Essentials mere liye sahi rahega? mujhe sirf Excel aata hai",
                _ASK14,
                cite_any=["ccna-netsec-204"],
                no_goal=True,
                plan=False,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
]

# -- session 14 (t9goals): goals read the way people state them; tune, written before the fixes -------------
import t9goals_lists as _G14  # noqa: E402

DIALOGUES += [
    D(
        "hi-t9goals-01",
        ["t9goals", "teacher_title"],
        [
            T(
                "मैं प्राइमरी स्कूल की शिक्षिका हूँ और बच्चों को डिजिटल स्किल्स सिखाना चाहती हूँ",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.TEACHER_ROLE,
                goal=_G14.TEACHING_GOAL,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-t9goals-02",
        ["t9goals", "third_person", "office_work"],
        [
            T(
                "मेरे भाई पहले ट्रक चलाते थे, अब ऑफिस का काम करना चाहते हैं लेकिन उन्हें कंप्यूटर बिल्कुल नहीं आता",
                _G14.GOAL_OR_EXPLORE,
                goal_not=_G14.NOT_PROGRAMMING,
                cite_any=_G14.OFFICE_STARTERS,
            ),
        ],
        split="tune",
    ),
]


# t9profile (session 14, tune, written before the fixes): what a message says about the learner and about
# whom. A field named with a person word ("customer service") is no client; a relative's facts are the
# relative's and "online banking" is a topic, not a format; "X or Y" lists every language accepted; a level
# floor said as a negation ("no beginner courses") is a floor; "which one is for beginners?" is no limit.
from dsl import CONS_OR_REFINE as _CONS9P  # noqa: E402
from dsl import EXPLORE as _EXPLORE9P  # noqa: E402
from dsl import GOAL as _GOAL9P  # noqa: E402
from dsl import GOAL_OR_PLAN as _GOAL_OR_PLAN9P  # noqa: E402
from dsl import SEARCH as _SEARCH9P  # noqa: E402
from dsl import D as _D9P  # noqa: E402
from dsl import T as _T9P  # noqa: E402

DIALOGUES += [
    _D9P(
        "hi-t9p-01",
        ["t9profile", "field_with_person_word", "career_change"],
        [
            _T9P(
                "मैं चार साल से ग्राहक सेवा में काम कर रहा हूँ और अब IT support में जाना चाहता हूँ। क्या सीखूँ?",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="helpdesk",
                reply_excl=["क्लाइंट"],
            ),
            _T9P("हिंदी या अंग्रेज़ी, दोनों चलेगा", _CONS9P, study_langs=["hi", "en"]),
        ],
        split="tune",
    ),
    _D9P(
        "hi-t9p-02",
        ["t9profile", "relative", "topic_not_format"],
        [
            _T9P(
                "मेरे पापा 62 साल के हैं, उन्हें ऑनलाइन बैंकिंग और स्मार्टफोन सुरक्षित तरीके से चलाना सीखना है। "
                "वो सिर्फ़ हिंदी बोलते हैं।",
                _EXPLORE9P + _SEARCH9P + _GOAL9P,
                no_part=True,
                langs=["hi"],
                reply_excl=["आप हिंदी में पढ़ाई"],
            ),
        ],
        split="tune",
    ),
    _D9P(
        "hi-t9p-03",
        ["t9profile", "level_floor"],
        [
            _T9P(
                "main 5 saal se network engineer hoon, cloud security seekhna hai, basic wale nahi chahiye",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="cloudsec",
                min_eqf=5,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
]

# -- session 15 (t10named): questions about a named or pointed course answered, not its card; a subject the
# catalogue lacks said to be missing; the quickest way there. Written BEFORE the fixes by the helper who fixes
# them (a check of that work, not a blind measure), not from the lead's trial 10. For tune.
import t10named_lists as _N15  # noqa: E402
from dsl import EXPLORE as _EXPLORE15  # noqa: E402
from dsl import SEARCH as _SEARCH15  # noqa: E402
from dsl import D as _D15  # noqa: E402
from dsl import T as _T15  # noqa: E402

DIALOGUES += [
    _D15(
        "hi-t10named-hours-01",
        ["t10named", "named_course", "attribute_duration", "attribute_price"],
        [
            _T15("Data Warehouse Design कोर्स के बारे में बताइए", _N15.ASK),
            _T15(
                "यह कितने घंटे का है और इसकी फीस कितनी है?",
                _N15.ASK,
                cite_any=["nda-dwh-202"],
                plan=False,
                reply_excl=_N15.CARD["hi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "hi-t10named-lang-02",
        ["t10named", "pointed_course", "attribute_language"],
        [
            _T15("मुझे क्लाउड सुरक्षा के कोर्स दिखाइए", _N15.OPEN),
            _T15(
                "क्या पहला वाला अंग्रेज़ी में है?",
                _N15.ASK,
                cite_min=1,
                no_study_lang=True,
                plan=False,
                reply_excl=_N15.CARD["hi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "hi-t10named-mandatory-03",
        ["t10named", "named_course", "attribute_mandatory"],
        [
            _T15(
                "मैं मशीन लर्निंग इंजीनियर बनना चाहता हूँ, हफ्ते में 6 घंटे, प्लान बना दो",
                _N15.PLANNED,
                plan=True,
            ),
            _T15(
                "क्या गणित वाला कोर्स ज़रूरी है?",
                _N15.ASK,
                cite_any=["diaa-math-102"],
                plan=False,
                reply_excl=_N15.CARD["hi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "hi-t10named-missing-04",
        ["t10named", "not_in_catalogue"],
        [
            _T15(
                "क्या ब्लॉकचेन पर कोई कोर्स है?",
                _SEARCH15 + _EXPLORE15,
                reply_any=_N15.MISSING["hi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "hi-t10named-prereq-05",
        ["t10named", "named_course", "attribute_prerequisites"],
        [
            _T15("मुझे HPC सीखना है", _N15.OPEN),
            _T15(
                "MPI वाले कोर्स से पहले क्या आना चाहिए?",
                _N15.ASK,
                cite_any=["padr-par-201"],
                plan=False,
                reply_excl=_N15.CARD["hi"],
            ),
        ],
        split="tune",
    ),
]

# -- session 15 (t10search): search topics without filler, follow-ups that keep their word; tune, written
# before the fixes ------------------------------------------------------------------------------------------
import t10search_lists as _S15  # noqa: E402

DIALOGUES += [
    D(
        "hi-t10search-01",
        ["t10search", "cheaper_budget", "hinglish"],
        [
            T("mujhe machine learning ke courses dikhao", _S15.INTENTS_SEARCH, cite_min=1, any_lang=True),
            T("mera budget 10000 rupees hai", _S15.INTENTS_BUDGET, budget=(10000, "INR"), any_lang=True),
            T(
                "kuch sasta hai kya?",
                _S15.INTENTS_CHEAPER,
                budget=(10000, "INR"),
                cite_none=_S15.AI_OVER_10000,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "hi-t10search-02",
        ["t10search", "topic_filler", "search"],
        [
            T(
                "ठीक है। जिसे तकनीक का कोई अनुभव नहीं, ऐसे किसी के लिए साइबर सुरक्षा पर कौन से कोर्स हैं?",
                _S15.INTENTS_SEARCH,
                cite_min=1,
                cite_none=_S15.ADVANCED,
                reply_excl=["अनुभव", "किसी"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-t10search-03",
        ["t10search", "free_languages"],
        [
            T("मैं डेटा एनालिस्ट बनना चाहती हूँ", ["set_goal", "explore", "plan"], goal="data_analyst"),
            T("कोई मुफ़्त कोर्स है?", _S15.INTENTS_FREE, cite_none=_S15.NOT_ENGLISH),
        ],
        split="tune",
    ),
    D(
        "hi-t10search-04",
        ["t10search", "held_no_plan"],
        [
            T("AI के कोर्स दिखाइए", _S15.INTENTS_SEARCH, cite_min=1),
            T(
                "मैंने AI Foundations पहले ही कर लिया है",
                _S15.INTENTS_HELD,
                held=["diaa-ai-101"],
                reply_excl=["दोबारा प्लान"],
            ),
        ],
        split="tune",
    ),
    D(
        "hi-t10search-05",
        ["t10search", "topic_role_words", "hinglish"],
        [
            T(
                "main ek bank mein cashier hoon 6 saal se, cyber security ke courses batao",
                _S15.INTENTS_SEARCH + ["state_skills", "set_goal"],
                cite_min=1,
                reply_excl=["cashier cyber", "saal"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
]


# t10roles (session 15, tune, written BEFORE the fixes by the helper who fixes them): whose facts, and what
# they are. A current role is a job, never a place, an employer or a workplace ("at a bakery in Leeds"), a
# study ("my sister is at university") or a status (retired, a student, out of work); a relative or a
# client spoken of is not the learner; a language named as a subject or written in restricts no study
# language unless asked ("only in Hindi"); a skill stated ("I know basic SQL") marks no course held.
from dsl import CONS_OR_REFINE as _CONS10R  # noqa: E402
from dsl import EXPLORE as _EXPLORE10R  # noqa: E402
from dsl import GOAL_OR_PLAN as _GOAL_OR_PLAN10R  # noqa: E402
from dsl import SEARCH as _SEARCH10R  # noqa: E402
from dsl import SKILLS as _SKILLS10R  # noqa: E402
from dsl import D as _D10R  # noqa: E402
from dsl import T as _T10R  # noqa: E402

_ANY10R = _GOAL_OR_PLAN10R + _SEARCH10R + _SKILLS10R + _EXPLORE10R


DIALOGUES += [
    _D10R(
        "hi-t10roles-01",
        ["t10roles", "status_not_job"],
        [
            _T10R("मैं रिटायर हो चुका हूँ और ऑनलाइन धोखाधड़ी से बचना सीखना चाहता हूँ", _ANY10R, no_role=True),
        ],
        split="tune",
    ),
    _D10R(
        "hi-t10roles-02",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                "मैं लखनऊ में एक बैंक में क्लर्क हूँ, डेटा एनालिस्ट बनना चाहता हूँ",
                _ANY10R,
                role_not=["लखनऊ"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "hi-t10roles-03",
        ["t10roles", "relative", "study_not_job"],
        [
            _T10R(
                "मेरा बेटा कॉलेज में पढ़ता है, उसे साइबर सुरक्षा में करियर बनाना है",
                _ANY10R,
                role_not=["कॉलेज", "पढ़ता", "बेटा"],
                reply_excl=["आप अभी **"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "hi-t10roles-04",
        ["t10roles", "language_subject"],
        [
            _T10R("मैं अंग्रेज़ी की टीचर हूँ और कंप्यूटर की बुनियादी बातें सीखना चाहती हूँ", _ANY10R, no_study_langs=True),
        ],
        split="tune",
    ),
    _D10R(
        "hi-t10roles-05",
        ["t10roles", "skill_not_course", "written_language"],
        [
            _T10R(
                "मुझे एक्सेल अच्छे से आता है, अब डेटा एनालिस्ट बनना है",
                _ANY10R,
                held_not=["ual-datos-101", "glcc-office-106"],
                no_study_langs=True,
            ),
        ],
        split="tune",
    ),
    _D10R(
        "hi-t10roles-06",
        ["t10roles", "language_asked"],
        [
            _T10R("साइबर सुरक्षा के कोर्स सिर्फ हिंदी में चाहिए", _ANY10R + _CONS10R, study_lang=["hi"]),
        ],
        split="tune",
    ),
]

DIALOGUES += [
    _D10R(
        "hi-t10roles-07",
        ["t10roles", "skill_not_course"],
        [
            _T10R("मुझे पहले से बेसिक SQL आता है, डेटाबेस एडमिन बनना है", _ANY10R, held_not=["ual-sql-102"]),
        ],
        split="tune",
    ),
]


# t11own (session 16, tune, written BEFORE the fixes by the helper who fixes them): the learner's own
# language and form searched without a goal, an interest absorbed, a subject not wanted, the gender said
import t11own_lists as _O16  # noqa: E402

DIALOGUES += _O16.dialogues("hi")
# -- session 16 (t11lists): questions over the list or plan just shown - a superlative over what was shown,
# the nth step's card, the plan's total, a shorter entry course after a long plan, a cover letter / CV /
# interview out of scope. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
# blind measure), in phrasings not taken from the lead's trial 11. For tune.
import t11lists_lists as _L16  # noqa: E402
from dsl import D as _D16  # noqa: E402
from dsl import T as _T16  # noqa: E402

DIALOGUES += [
    _D16(
        "hi-t11lists-01",
        ["t11lists", "shown_extreme"],
        [
            _T16("मशीन लर्निंग के कोर्स दिखाओ", _L16.OPEN),
            _T16(
                "इनमें सबसे सस्ता कौन सा है?",
                _L16.PICK,
                cite_any=["diaa-math-102"],
                reply_any=["4,500", "49.50"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "hi-t11lists-02",
        ["t11lists", "plan_step_card"],
        [
            _T16("मुझे डेटा साइंटिस्ट बनना है, हफ्ते में 5 घंटे, प्लान बना दो", _L16.PLANNED, plan=True),
            _T16(
                "दूसरा कोर्स असल में क्या है?",
                _L16.PICK,
                cite_any=["lit-prog-101"],
                reply_any=["Liffey"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "hi-t11lists-03",
        ["t11lists", "plan_total"],
        [
            _T16("मुझे डेटा साइंटिस्ट बनना है, हफ्ते में 5 घंटे, प्लान बना दो", _L16.PLANNED, plan=True),
            _T16("पूरा प्लान कितने का पड़ेगा?", _L16.TOTAL, reply_any=["631.50"], plan=False),
        ],
        split="tune",
    ),
    _D16(
        "hi-t11lists-04",
        ["t11lists", "shorter_start"],
        [
            _T16("मुझे डेटा साइंटिस्ट बनना है, हफ्ते में 5 घंटे, प्लान बना दो", _L16.PLANNED, plan=True),
            _T16("103 हफ्ते बहुत लंबा है, शुरू करने के लिए कोई छोटा कोर्स है?", _L16.SHORTER, cite_min=1, plan=False),
        ],
        split="tune",
    ),
    _D16(
        "hi-t11lists-05",
        ["t11lists", "cover_letter", "interview"],
        [
            _T16(
                "डेटा एनालिस्ट की नौकरी के इंटरव्यू की तैयारी करवा दो",
                _L16.OUT,
                reply_any=_L16.CAN_DO["hi"],
                no_role=True,
            ),
            _T16("ठीक है, तो मुझे डेटा एनालिस्ट बनना है", _L16.PLANNED, goal="data_analyst"),
        ],
        split="tune",
    ),
    _D16(
        "hi-t11lists-06",
        ["t11lists", "plan_step_card"],
        [
            _T16("मुझे डेटा साइंटिस्ट बनना है, हफ्ते में 5 घंटे, प्लान बना दो", _L16.PLANNED, plan=True),
            _T16(
                "आखिरी स्टेप वाला कोर्स क्या है?",
                _L16.PICK,
                cite_any=["diaa-ml-201"],
                reply_any=["Deccan"],
                plan=False,
            ),
        ],
        split="tune",
    ),
]


# t11goal (session 16, tune, written BEFORE the fixes by the helper who fixes them): goals, roles and
# background read as a counsellor would. "from X to Y" keeps X as the job held and Y as the goal; "no degree",
# "I only know Excel", "people say learn data" are facts about the learner, never a subject "not in the
# catalogue"; "that job" is the job named before; a skill said in Hinglish/Banglish links the skill named.
import t11goal_lists as _G11  # noqa: E402
from dsl import D as _D11G  # noqa: E402
from dsl import T as _T11G  # noqa: E402

_DATA11G = ["data", "d3edb8f8", "258e46f9"]

DIALOGUES += [
    _D11G(
        "hi-t11goal-01",
        ["t11goal", "from_to"],
        [
            _T11G(
                "मैं बैंक में क्लर्क हूँ, क्लर्क की नौकरी से साइबर सिक्योरिटी में जाना चाहता हूँ",
                _G11.ANY,
                goal="cyber",
                goal_not=["clerk", "क्लर्क"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "hi-t11goal-02",
        ["t11goal", "background"],
        [
            _T11G(
                "meri koi degree nahi hai, bas Excel aata hai. data seekhna hai",
                _G11.ANY,
                any_lang=True,
                reply_excl=_G11.NOT_IN_CATALOGUE["hi"] + _G11.NOT_IN_CATALOGUE["en"],
                cite_none=_G11.DATA_ADVANCED,
                skills=["spreadsheet"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "hi-t11goal-03",
        ["t11goal", "that_job"],
        [
            _T11G("मुझे नेटवर्क इंजीनियर की नौकरी के लिए CV बनाना है", _G11.ANY_OR_OOS, dead_ok=True),
            _T11G("वो नौकरी पाने के लिए क्या सीखना होगा?", _G11.ANY, goal="network"),
        ],
        split="tune",
    ),
    _D11G(
        "hi-t11goal-04",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "mujhe Python aata hai, data science mein jaana hai",
                _G11.ANY,
                any_lang=True,
                skills=["python"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "hi-t11goal-05",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "bhai C aata hai, physics mein PhD hai, HPC seekhna hai, hafte mein 8 ghante",
                _G11.ANY,
                any_lang=True,
                skills=["computer programming"],
                skills_not=_G11.NOT_THE_GOALS_SKILL,
            ),
            _T11G("ek saal ka plan bana do", ["plan"], any_lang=True, plan=True, plan_incl=_G11.HPC_SECOND),
        ],
        split="tune",
    ),
    _D11G(
        "hi-t11goal-06",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "Excel jaanta hoon, data analyst banna hai",
                _G11.ANY,
                any_lang=True,
                skills=["spreadsheet"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
]
# -- session 17 (t12refs, tune, written BEFORE the fixes by the helper who fixes them): what "it", "that
# one", "the X one" and "after it" refer to - a step named by its subject, what follows a named course, an
# entry picked by its description, why a step (shared in authoring/t12refs_lists.py)
import t12refs_lists as _R17  # noqa: E402

DIALOGUES += _R17.dialogues("hi")


# acts17 (session 17, tune, written BEFORE the fixes by the helper who fixes them): the weakest acts of the
# frozen report in new phrasings - skills held, out-of-scope requests and pay, searches in own words.
# Dialogues 07 and 08 are held back (never trained on, failures not studied): acts17_lists.HELD_BACK.
import acts17_lists as _A17  # noqa: E402
from dsl import D as _D17  # noqa: E402
from dsl import T as _T17  # noqa: E402

DIALOGUES += [
    _D17(
        "hi-acts17-01",
        ["acts17", "skills_held"],
        [
            _T17(
                "मुझे Excel अच्छे से आता है, SQL थोड़ा बहुत, और Python की बेसिक जानकारी है।",
                ["state_skills"],
                skills_all=["spreadsheet", "sql", "python"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "hi-acts17-02",
        ["acts17", "oos"],
        [
            _T17("आज दिल्ली में मौसम कैसा रहेगा?", _A17.OOS_OR_EXPLORE, reply_any=_A17.CAN_DO["hi"]),
        ],
        split="tune",
    ),
    _D17(
        "hi-acts17-03",
        ["acts17", "search"],
        [
            _T17(
                "cloud computing ka koi course hai kya beginners ke liye, online?",
                ["search"],
                cite_any=_A17.CLOUD,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    _D17(
        "hi-acts17-04",
        ["acts17", "skills_held"],
        [
            _T17(
                "मैंने CCNA किया है और 3 साल से नेटवर्क सपोर्ट में काम कर रहा हूँ, Wireshark भी चलाता हूँ",
                ["state_skills"],
                skills_all=["network routing", "wireshark"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "hi-acts17-05",
        ["acts17", "pay"],
        [
            _T17("भारत में डेटा साइंटिस्ट की सैलरी कितनी होती है?", _A17.NEAR, reply_any=_A17.SALARY["hi"]),
        ],
        split="tune",
    ),
    _D17(
        "hi-acts17-06",
        ["acts17", "search"],
        [
            _T17("मशीन लर्निंग के कोर्स दिखाओ, अंग्रेज़ी में चलेगा", ["search"], cite_any=_A17.ML),
        ],
        split="tune",
    ),
    _D17(
        "hi-acts17-07",
        ["acts17", "skills_held", "held_back"],
        [
            _T17(
                "Java aur JavaScript dono aate hain, 4 saal se web development kar raha hoon",
                ["state_skills"],
                skills_all=["java (", "javascript"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    _D17(
        "hi-acts17-08",
        ["acts17", "oos", "held_back"],
        [
            _T17(
                "मेरे बेटे के लिए पर्यावरण पर एक निबंध लिख दो, स्कूल में जमा करना है",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["hi"],
            ),
            _T17("अच्छा, डेटाबेस के कोर्स बताओ", ["search"], cite_any=_A17.DB),
        ],
        split="tune",
    ),
]


# t12goal (session 17, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# goals, subjects and interests read by meaning: a job held plus a subject to learn keeps the job as the role,
# never the goal; an interest points to what it means; constraints alone set no goal; years of experience are
# no deadline; a goal the catalogue barely teaches is never "100 % covered".
import t12goal_lists as _G12  # noqa: E402
from dsl import D as _D12G  # noqa: E402
from dsl import T as _T12G  # noqa: E402

DIALOGUES += [
    _D12G(
        "hi-t12goal-01",
        ["t12goal", "teach_kids"],
        [
            _T12G(
                "मैं प्राइमरी स्कूल में हिंदी पढ़ाती हूँ और बच्चों को कंप्यूटर सिखाना चाहती हूँ",
                _G12.ANY,
                cite_any=_G12.TEACH_KIDS,
                cite_none=_G12.NOT_FOR_TEACHERS,
            ),
            _T12G(
                "हफ्ते में 4 घंटे, ऑनलाइन",
                _G12.ANY,
                goal_not=["computer", "कंप्यूटर", "घंटे"],
                plan_excl=_G12.NOT_FOR_TEACHERS,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "hi-t12goal-02",
        ["t12goal", "experience"],
        [
            _T12G(
                "मुझे नेटवर्किंग में 6 साल का अनुभव है, अब क्लाउड में जाना है",
                _G12.ANY,
                no_deadline=True,
                goal="cloud",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "hi-t12goal-03",
        ["t12goal", "experience"],
        [
            _T12G(
                "mujhe 4 saal ka experience hai IT support me, ab cyber security seekhna hai",
                _G12.ANY,
                any_lang=True,
                no_deadline=True,
                goal="cyber",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "hi-t12goal-04",
        ["t12goal", "job_subject"],
        [
            _T12G(
                "मैं नेटवर्क एडमिन हूँ, मुझे पाइथन से नेटवर्क ऑटोमेशन सीखना है",
                _G12.ANY,
                goal_not=_G12.NETADMIN,
                cite_any=_G12.NET_AUTOMATION,
            ),
        ],
        split="tune",
    ),
]


# t12lang (session 17, tune, written BEFORE the fixes by the helper who fixes them): the language written
# in versus the language studied in - English or the written language by default, a third one never leads;
# "only <language>" a hard limit; "can I do it in <language>?" answered for the course; one subject in eight
# languages
import t12lang_lists as _L17  # noqa: E402

DIALOGUES += _L17.dialogues("hi")


# refs18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): questions about named
# courses and certificates answered from the catalogue (shared in authoring/refs18_lists.py)
import refs18_lists as _Q18  # noqa: E402

DIALOGUES += _Q18.dialogues("hi")


# refine18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): refinements in every
# language after a list, a plan or a "nearest" answer - cheaper/free said in other ways, a question about
# availability is no limit, "free?" over a goal, limits after a plan (shared in authoring/refine18_lists.py)
import refine18_lists as _RF18  # noqa: E402

DIALOGUES += _RF18.dialogues("hi")

# trans18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): passing English
# tune dialogues said again in this language (authoring/trans18.py); 41-60 (vi/hi/bn) are held back.
import trans18 as _TR18  # noqa: E402

DIALOGUES += _TR18.BY_LANG["hi"]


# goal18 (session 18, tune, written BEFORE the fixes by the helper who fixes them, in its own
# phrasings): goals and roles that are what the learner meant - constraints or "pick for me" after an opener
# set no goal of its words, skills held stay out of the goal's label, a group, a comparison or a past job is
# no role or held skill
import goal18_lists as _G18  # noqa: E402

DIALOGUES += _G18.dialogues("hi")


# skills18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): what the learner says
# they know, saved right - levels said in words, every skill of a long message, years of study and primary
# teachers no EQF limit, skills denied or compared, tools named informally
import skills18_lists as _S18  # noqa: E402

DIALOGUES += _S18.dialogues("hi")


# roles19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): goal occupations named in
# any language or informally, primary and adult teachers' goals (the pupils' level no EQF limit), a current
# and a target job in one sentence (shared in authoring/roles19_lists.py)
import roles19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("hi")

# scope19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): out of scope only
# when it is (unrelated requests with what the assistant can do, near-scope ones answered),
# searches in any words
import scope19_lists as _SC19  # noqa: E402

DIALOGUES += _SC19.dialogues("hi")


# vague19 (session 19, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# vague openings set no goal of their words, "you choose for me" picks one direction from what was said,
# "a plan to get to that one" plans towards the entry in focus, a past job invents no held skill
import vague19_lists as _V19  # noqa: E402

DIALOGUES += _V19.dialogues("hi")

# skills19 (session 19, helper skills19, tune): held skills and done courses said any way - the skill before
# its verb, a plan step named by its subject in any language, lists of skills beside jobs and places
import skills19_lists as _S19  # noqa: E402

DIALOGUES += _S19.dialogues("hi")

# refine19 (session 19, issue #12): refinements that change what is shown ("cheaper" over a plan that is
# already the cheapest, a card or a comparison) and questions about a language or format that are not filters
import refine19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("hi")

# skills20 (session 20, issue #12): held skills and held courses - courses not in the catalogue as evidence,
# negation, levels, lists, pronouns, school or degree as background
import skills20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("hi")

# goals20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): goals and labels a
# learner would recognise - workplaces are no roles, labels without typos or the group's words, areas by
# meaning, English titles inside other languages (shared in authoring/goals20_lists.py)
import goals20_lists as _G20  # noqa: E402

DIALOGUES += _G20.dialogues("hi")

# search20 (session 20, issue #12, tune, written BEFORE the fixes by the helper who fixes them): a level in a
# search is a limit on it, totals over a plan, a list or a certificate, searches with limits in es/de/fi/fr
import search20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("hi")

# follow20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): follow-ups that
# keep the thread - the answer after the counsellor's opening and "what do I do first?", "faster?" after a
# plan, a held basics course with a level wish, a plan to the entry in focus (authoring/follow20_lists.py)
import follow20_lists as _F20  # noqa: E402

DIALOGUES += _F20.dialogues("hi")

# which21 (session 21, issue #12, tune, written BEFORE the fixes by the helper who fixes them): "which one
# first, and why?" after a list, a plan, a card, the counsellor's opening or nothing, held skills said beside
# it, an adviser's group (authoring/which21_lists.py)
import which21_lists as _W21  # noqa: E402

DIALOGUES += _W21.dialogues("hi")

# roles21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): current roles and goals
# that read cleanly - spoken copulas, fillers, running/driving/doing a trade, fields of work, interests,
# selling online (authoring/roles21_lists.py)
import roles21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("hi")

# session 22 (goals22): goals and roles read from any sentence - hearsay, places, brackets, a trade and
# a field,
# "ok"/"ready", two goals, advisers, goals the catalogue lacks (authoring/goals22_lists.py)
import goals22_lists as _G22  # noqa: E402

DIALOGUES += _G22.dialogues("hi")
# questions about a plan and its courses (authoring/explain22_lists.py)
import explain22_lists as _E22  # noqa: E402

DIALOGUES += _E22.dialogues("hi")

# skills21 (session 21, reverted at its merge and relanded in session 22 by skills22): skill statements in any
# phrasing - tools for skills, everyday levels, a job said as its work, corrections, an adviser's client,
# skills inside a goal, a plan that skips what is held (authoring/skills21_lists.py)
import skills21_lists as _S21  # noqa: E402

DIALOGUES += _S21.dialogues("hi")

# skills22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): lists of skills with a
# field word ("Linux und Netzwerke"), an adviser's "sie kann Excel", skills inside a goal, tools still not in
# the catalogue by name, a search naming skills is no statement (authoring/skills22_lists.py)
import skills22_lists as _S22  # noqa: E402

DIALOGUES += _S22.dialogues("hi")
# what "that one" points at after a superlative, a swapped plan step, "anything in French?", goals named by
# an area or a need (authoring/refs23_lists.py)
import refs23_lists as _R23  # noqa: E402

DIALOGUES += _R23.dialogues("hi")

# session 23 (days23): a learner's day instead of skills, time questions ("how long until a job?", "can I
# finish by June?", "hours a week for 2 months?"), a degree or study as background (authoring/days23_lists.py)
import days23_lists as _D23  # noqa: E402

DIALOGUES += _D23.dialogues("hi")

# session 24 (directions24): a counsellor's opening that fits the learner - directions from what was said,
# the answer to the opening read, prices in the currency asked (authoring/directions24_lists.py)
import directions24_lists as _DIR24  # noqa: E402

DIALOGUES += _DIR24.dialogues("hi")

# session 24 (acts24): the act decision's largest causes on the tune split - a message about oneself naming no
# skill read as skills held, a first message about something else read as out of scope unsure
# (authoring/acts24_lists.py)
import acts24_lists as _A24  # noqa: E402

DIALOGUES += _A24.dialogues("hi")

# session 24 (loose24): what follows a course toward the goal, only a phone, "how long until I'm ready?",
# goal labels in a stable order (authoring/loose24_lists.py)
import loose24_lists as _L24  # noqa: E402

DIALOGUES += _L24.dialogues("hi")

# session 25 (goalplan25): a stated goal and the plan - a goal stated with its limits and nothing asked is the
# goal, a goal with the way asked for is the plan (authoring/goalplan25_lists.py)
import goalplan25_lists as _GP25  # noqa: E402

DIALOGUES += _GP25.dialogues("hi")

# session 25 (classifier25): turns the intent classifier misreads where no later rule corrects it - a course
# asked for beside something about oneself, a background with a wish, a subject asked in a few words, a
# narrowing after a list, "what could I become with that?" (authoring/classifier25_lists.py)
import classifier25_lists as _C25  # noqa: E402

DIALOGUES += _C25.dialogues("hi")

# session 25 (lead25fix): lead trial 21's classes - background words in the goal, courses in the learner's
# language, a subject excluded, the cheapest plan, how long, the cheapest of a list, routing said
# (authoring/lead25fix_lists.py)
import lead25fix_lists as _LF25  # noqa: E402

DIALOGUES += _LF25.dialogues("hi")

# session 26 (conv26): lead trial 21's follow-up and search classes - which of the courses just shown first,
# an adviser's "where should she start?", how long asked beside a goal, a subject's own courses first
# (authoring/conv26_lists.py)
import conv26_lists as _CV26  # noqa: E402

DIALOGUES += _CV26.dialogues("hi")
# session 26 (trial22fix): lead trial 22's classes - another client named in an adviser's chat
# (authoring/trial22fix_lists.py)
import trial22fix_lists as _T22  # noqa: E402

DIALOGUES += _T22.dialogues("hi")
# session 26 (classifier26): new phrasings of the pairs the intent classifier confuses, written before the
# retrained classifier shipped with the rules it feeds re-measured (authoring/classifier26_lists.py)
import classifier26_lists as _C26  # noqa: E402

DIALOGUES += _C26.dialogues("hi")
# session 27 (trial27): lead trial 22's classes still failing - a language asked after a list, an
# introduction done, cheaper on the subject, hours a week by a date, enrolment, another client in a learner's
# chat (authoring/trial27_lists.py)
import trial27_lists as _T27  # noqa: E402

DIALOGUES += _T27.dialogues("hi")
# session 27 (causes27): the largest general causes of failing tune turns - something asked for on a
# subject beside a circumstance, what work one's skills lead to (authoring/causes27_lists.py)
import causes27_lists as _CA27  # noqa: E402

DIALOGUES += _CA27.dialogues("hi")
# session 27 (roles27): the goal a learner's words mean - an alternative label naming another worker, a
# subject one word short of a job's name, a career changer's entry job, a teacher's subject, a field beside
# its domain (authoring/roles27_lists.py)
import roles27_lists as _R27  # noqa: E402

DIALOGUES += _R27.dialogues("hi")
DIALOGUES += _R27.dialogues("hi", unseen=True)
# session 28 (causes28): a subject wished beside a background (the job held, a lack, the studies)
# went without its goal (authoring/causes28_lists.py)
import causes28_lists as _CA28  # noqa: E402

DIALOGUES += _CA28.dialogues("hi")
# session 28 (trial28): lead trial 23's classes still failing - a later wish or a preference kept beside the
# goal, a plan's whole time, a question about form after a plan, the cheapest with a language accepted, a
# short deadline, a course asked for on a subject, no money (authoring/trial28_lists.py)
import trial28_lists as _T28  # noqa: E402

DIALOGUES += _T28.dialogues("hi")
DIALOGUES += _T28.dialogues("hi", unseen=True)
# session 29 (trial29): lead trial 24's classes still failing - a lack or a job not wanted is no goal,
# "little bit" is basic, what a boss says, no budget beside a goal, what follows a one-step plan, the weeks
# of the first course, a subject the plan already teaches, a budget far below any course
# (authoring/trial29_lists.py)
import trial29_lists as _T29  # noqa: E402

DIALOGUES += _T29.dialogues("hi")
DIALOGUES += _T29.dialogues("hi", unseen=True)
# session 29 (advisers29): career advisers speaking of their clients - the client's facts in their profile,
# several clients in one chat, a wish for a field the catalogue does not name, one Spanish register
# (authoring/advisers29_lists.py)
import advisers29_lists as _A29  # noqa: E402

DIALOGUES += _A29.dialogues("hi")
DIALOGUES += _A29.dialogues("hi", unseen=True)
# session 29 (broad29): general causes of the blind sets 23-25 (tune from session 29) - the certificate a
# course counts towards, the nearest entries after a certificate the catalogue lacks, what follows a course
# just finished (authoring/broad29_lists.py)
import broad29_lists as _B29  # noqa: E402

DIALOGUES += _B29.dialogues("hi")
