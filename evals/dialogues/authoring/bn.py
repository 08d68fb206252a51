"""Bengali dialogues: Bengali script (Bangladesh and West Bengal), taka and rupees, English terms mixed in."""

from dates import HALF_YEAR, IN_3_MONTHS, JUNE
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

LANG = "bn"

DIALOGUES = [
    D(
        "bn-vague-01",
        ["vague"],
        [
            T("কোথা থেকে শুরু করব বুঝতে পারছি না", EXPLORE),
            T(
                "আমি একটা গার্মেন্টসে সুপারভাইজার, কম্পিউটার একটু জানি",
                SKILLS + EXPLORE,
                role=["সুপারভাইজার", "supervisor", "গার্মেন্ট"],
                goal_not=["সুপারভাইজার", "supervisor"],
            ),
            T("আইটিতে কী করা যায়?", EXPLORE + SEARCH + GOAL, cite_min=1),
        ],
    ),
    D(
        "bn-data-02",
        ["area_data", "multi_intent"],
        [
            T(
                "আমি ডেটা অ্যানালিস্ট হতে চাই। সপ্তাহে ৫ ঘণ্টা সময় আছে। কী শিখব আর কোন ক্রমে?",
                PLAN,
                goal="data_analyst",
                hours=5,
                plan=True,
                cite_min=1,
            ),
            T("আরও কম খরচে হয়?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "bn-budget-03",
        ["constraint_budget", "area_ai"],
        [
            T("আমার বাজেট ১০,০০০ টাকা, এআই শিখতে চাই", CONS + GOAL + SEARCH, budget=(10000, "BDT")),
            T("একটা পরিকল্পনা দিন", PLAN, plan=True),
        ],
    ),
    D(
        "bn-named-04",
        ["named_course"],
        [
            T("Data Visualisation with Python কোর্সে কী শেখায়?", EXPLAIN, cite_any=["diaa-viz-204"]),
            T("এটার দাম কত?", EXPLAIN + SELECT, cite_any=["diaa-viz-204"]),
        ],
    ),
    D(
        "bn-advisor-05",
        ["third_person", "area_dlit"],
        [
            T(
                "আমার ক্লায়েন্ট একজন গৃহিণী, কখনো কম্পিউটার ব্যবহার করেননি, চাকরি খুঁজছেন",
                SKILLS + EXPLORE + SEARCH,
                dead_ok=False,
            ),
            T(
                "বিনামূল্যে কোনো কোর্স আছে তাঁর জন্য?",
                SEARCH,
                cite_min=1,
                cite_any=["glcc-dl-101", "glcc-solve-105", "glcc-safe-104", "glcc-comm-102", "glcc-cert-df"],
            ),
        ],
    ),
    D(
        "bn-deadline-06",
        ["constraint_deadline", "area_web"],
        [
            T("ছয় মাসের মধ্যে ওয়েব ডেভেলপার হতে চাই", GOAL + CONS, goal="web", deadline=HALF_YEAR),
            T("পরিকল্পনা দেখান", PLAN, plan=True),
        ],
    ),
    D(
        "bn-oos-07",
        ["out_of_scope"],
        [
            T("আজকের আবহাওয়া কেমন?", OOS),
        ],
    ),
    D(
        "bn-greet-08",
        ["greeting"],
        [
            T("আসসালামু আলাইকুম", SMALL),
            T("আপনি কী কী করতে পারেন?", SMALL),
        ],
    ),
    D(
        "bn-nonexistent-09",
        ["nonexistent"],
        [
            T("আপনাদের কাছে 'Freelancing with Fiverr' কোর্স আছে?", EXPLAIN + SEARCH),
        ],
    ),
    D(
        "bn-skip-10",
        ["skip", "followup"],
        [
            T("নেটওয়ার্ক ইঞ্জিনিয়ার হওয়ার পরিকল্পনা করে দিন, সপ্তাহে ৬ ঘণ্টা", PLAN, goal="network", hours=6, plan=True),
            T("প্রথমটা আমি আগেই করেছি", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
    ),
    D(
        "bn-day-11",
        ["constraint_time"],
        [
            T("প্রতিদিন ১ ঘণ্টা পড়তে পারব", CONS, hours=7),
            T("সাইবার সিকিউরিটিতে ক্যারিয়ার করতে চাই", GOAL, goal="cyber"),
            T("কী কী কোর্স করতে হবে?", PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "bn-compare-12",
        ["compare", "named_course"],
        [
            T(
                "AI Foundations আর Mathematics for Machine Learning এর মধ্যে পার্থক্য কী?",
                COMPARE,
                cite_any=["diaa-ai-101", "diaa-math-102"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "bn-req-13",
        ["requirements", "named_course"],
        [
            T(
                "Post-Graduate Certificate in Applied Machine Learning পেতে কী কী লাগবে, কোন ক্রমে?",
                REQ + PLAN,
                cite_any=["diaa-cert-aml"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "bn-online-14",
        ["participation"],
        [
            T("শুধু অনলাইন কোর্স চাই", CONS, part=["online"]),
            T("ক্লাউড নিয়ে কী আছে?", SEARCH, cite_min=1),
        ],
    ),
    D(
        "bn-why-15",
        ["why"],
        [
            T("ডেটা ইঞ্জিনিয়ার হওয়ার রোডম্যাপ দিন", PLAN + GOAL, plan=True, goal="de"),
            T("প্রথম ধাপটা কেন?", WHY, cite_min=1),
        ],
    ),
    D(
        "bn-langs-16",
        ["languages"],
        [
            T("আমি বাংলা আর ইংরেজি জানি", SKILLS, langs=["bn", "en"]),
            T("প্রোগ্রামিং শিখতে চাই", GOAL + SEARCH, cite_any=["lit-prog-101", "glcc-code-107"]),
        ],
    ),
    D(
        "bn-teacher-17",
        ["area_microcred"],
        [
            T(
                "আমি বিশ্ববিদ্যালয়ের শিক্ষক, মাইক্রো-ক্রেডেনশিয়াল ডিজাইন করা শিখতে চাই",
                GOAL + SEARCH,
                cite_any=["aec-mcd-101", "aec-cert-dld", "aec-outcomes-102"],
                role=["শিক্ষক", "teacher", "lecturer"],
            ),
        ],
    ),
    D(
        "bn-select-18",
        ["select", "followup"],
        [
            T("ডেটাবেস নিয়ে কোর্স দেখান", SEARCH, cite_min=1),
            T("দ্বিতীয়টা সম্পর্কে বলুন", SELECT, cite_min=1),
        ],
    ),
]

DIALOGUES += [
    D(
        "bn-flow-19",
        ["followup", "area_ai"],
        [
            T(
                "আমি একজন ব্যাংক কর্মকর্তা, মেশিন লার্নিং ইঞ্জিনিয়ার হতে চাই",
                GOAL + SKILLS,
                goal="ml",
                role=["ব্যাংক", "bank", "কর্মকর্তা", "officer"],
                goal_not=["ব্যাংক", "bank"],
            ),
            T("সপ্তাহে ৬ ঘণ্টা, জুনের মধ্যে শেষ করতে চাই", CONS, hours=6, deadline=JUNE),
            T("কী কী শিখব, কোন ক্রমে?", PLAN, plan=True, cite_min=1),
            T("সবচেয়ে দ্রুত কোনটা?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "bn-flow-20",
        ["followup", "area_dlit", "third_person"],
        [
            T(
                "আমি একটা এনজিওতে কাজ করি, গ্রামের নারীদের ডিজিটাল সাক্ষরতা শেখাতে চাই",
                GOAL + SEARCH,
                goal="dlit_teacher",
                cite_any=["aec-dlteach-104", "glcc-dl-101", "glcc-cert-df"],
            ),
            T(
                "শিক্ষকদের জন্য কোনো কোর্স আছে?",
                SEARCH,
                cite_any=["aec-dlteach-104", "aec-trainer-103", "aec-elearn-100"],
            ),
            T("এটা কি অনলাইনে করা যায়?", EXPLAIN + SELECT, cite_min=1),
        ],
    ),
    D(
        "bn-flow-21",
        ["followup", "area_cyber"],
        [
            T(
                "Incident Handling and Threat Hunting কোর্সের আগে কী করতে হবে?",
                REQ,
                cite_any=["bvca-siem-201"],
            ),
            T("এটা কোন বড় সার্টিফিকেটের অংশ?", EXPLAIN + REQ, cite_any=["bvca-cert-defence"]),
            T("পুরো সার্টিফিকেটে কত ঘণ্টা লাগবে?", EXPLAIN + REQ, cite_min=1),
        ],
    ),
]

DIALOGUES += [
    D(
        "bn-health-22",
        ["area_health"],
        [
            T(
                "আমি একজন নার্স, স্বাস্থ্য ডেটা নিয়ে কাজ করতে চাই",
                GOAL + SKILLS,
                goal="health_data",
                role=["নার্স", "nurse"],
                goal_not=["নার্স", "nurse"],
            ),
            T("কোথা থেকে শুরু করব?", PLAN + SEARCH + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "bn-budget-23",
        ["constraint_budget", "area_web"],
        [
            T(
                "৳৫০০০ এর মধ্যে ওয়েব ডেভেলপমেন্ট শিখতে চাই",
                CONS + GOAL + SEARCH,
                budget=(5000, "BDT"),
                goal="web",
            ),
            T("সপ্তাহে ৮ ঘণ্টা দিয়ে একটা পরিকল্পনা দিন", PLAN + CONS, hours=8, plan=True),
        ],
    ),
    D(
        "bn-deadline-24",
        ["constraint_deadline", "area_data"],
        [
            T(
                "তিন মাসের মধ্যে SQL শিখতে চাই",
                SEARCH + CONS + GOAL,
                deadline=IN_3_MONTHS,
                cite_any=["ual-sql-102", "nda-model-102", "nda-dba-201"],
            ),
        ],
    ),
    D(
        "bn-oos-25",
        ["out_of_scope"],
        [
            T("বিরিয়ানি রান্নার রেসিপি দিন", OOS),
            T("আচ্ছা, তাহলে ডেটা সায়েন্সের কোর্স দেখান", SEARCH, cite_min=1),
        ],
    ),
]

DIALOGUES += [
    D(
        "bn-profile-26",
        ["profile_start"],
        [
            T("আমার পরের ধাপ কী?", PLAN, plan=True, cite_min=1, plan_excl=["glcc-dl-101"]),
            T("সপ্তাহে ২ ঘণ্টা হলে কী হবে?", REFINE + CONS, hours=2, plan=True),
        ],
        profile={
            "id": "p-bn-26",
            "goal": {
                "label": "digital literacy teacher",
                "occupation_uri": "http://data.europa.eu/esco/occupation/4588cd69-e6a5-4668-94c7-f02a3d86a649",
            },
            "credentials": [{"id": "glcc-dl-101", "title": "Digital Literacy Essentials"}],
            "languages": ["bn", "en"],
            "constraints": {"hours_per_week": 4},
        },
    ),
]

DIALOGUES += [
    D(
        "bn-compare-27",
        ["compare", "named_course"],
        [
            T(
                "Software Testing and Quality আর Debugging and "
                "Troubleshooting Production Code — কোনটা আগে করব?",
                COMPARE + REQ,
                cite_any=["lit-test-201", "lit-debug-202"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "bn-third-28",
        ["third_person", "area_cyber"],
        [
            T(
                "আমার ভাই একটা দোকানে কাজ করে, ও সাইবার সিকিউরিটি শিখতে চায়",
                GOAL + SKILLS,
                goal="cyber",
                goal_not=["দোকান", "shop"],
            ),
            T("ওর জন্য একটা পরিকল্পনা করে দিন, সপ্তাহে ৪ ঘণ্টা", PLAN + CONS, hours=4, plan=True),
        ],
    ),
]

# v6 (session 6): written before any run on it, from how people write (README "How it was written").
from dates import JULY  # noqa: E402

DIALOGUES += [
    D(
        "bn-v6-vague-29",
        ["vague"],
        [
            T("চাকরিতে একদম আটকে গেছি, কী শিখব বুঝতে পারছি না", EXPLORE),
            T(
                "আমি একটা অফিসে রিসেপশনিস্ট",
                SKILLS + EXPLORE,
                role=["রিসেপশনিস্ট", "receptionist"],
                goal_not=["receptionist", "রিসেপশনিস্ট"],
            ),
            T("কম্পিউটারের কাজ শিখতে চাই", GOAL + SEARCH + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "bn-v6-mash-30",
        ["constraint_time", "area_ai", "followup"],
        [
            T("আমি এআই ইঞ্জিনিয়ার হতে চাই, মাসে ৩০ ঘণ্টা সময় দিতে পারব", GOAL + CONS, goal="ai", hours=(7, 0.2)),
            T("একটা পরিকল্পনা বানিয়ে দিন", PLAN, plan=True),
            T("আরও তাড়াতাড়ি শেষ করা যায়?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "bn-v6-named-31",
        ["named_course", "quality", "area_data"],
        [
            T("Data Engineering Foundations কোর্সটা কি স্বীকৃত?", EXPLAIN, cite_any=["nda-de-101"]),
            T("এটা শেষ করার পর কী করতে পারি?", EXPLAIN + REQ + SEARCH, cite_min=1),
        ],
    ),
    D(
        "bn-v6-student-32",
        ["third_person", "area_network", "constraint_budget"],
        [
            T(
                "আমার ছাত্র একজন ইলেকট্রিশিয়ান, সে নেটওয়ার্ক টেকনিশিয়ান হতে চায়",
                GOAL + SKILLS,
                goal="network",
                role=["ইলেকট্রিশিয়ান", "electrician"],
                goal_not=["electrician"],
            ),
            T("তার বাজেট ২০,০০০ টাকা", CONS, budget=(20000, "BDT")),
            T("তার জন্য একটা পথ দেখান", PLAN, plan=True),
        ],
    ),
    D(
        "bn-v6-july-33",
        ["constraint_deadline", "area_web", "participation"],
        [
            T("আমি জুলাইয়ের মধ্যে ওয়েব ডেভেলপার হতে চাই", GOAL + CONS, goal="web", deadline=JULY),
            T("শুধু অনলাইনে পড়ব", CONS, part=["online"]),
            T("প্ল্যান দেখাও", PLAN, plan=True, plan_part=["online"]),
        ],
    ),
    D(
        "bn-v6-free-34",
        ["constraint_budget", "mixed_language", "area_software"],
        [
            T("ফ্রি তে python শেখার কোর্স আছে?", SEARCH, cite_any=["lit-prog-101", "glcc-code-107"]),
        ],
    ),
]

# v6, second part (same session, also before any run).
DIALOGUES += [
    D(
        "bn-v6-lamba-35",
        ["long", "multi_intent", "area_cloud", "constraint_budget"],
        [
            T(
                "আমি একটা ব্যাংকে কাস্টমার সার্ভিসে কাজ করি, ক্লাউড ইঞ্জিনিয়ার হতে চাই। সপ্তাহে ৬ ঘণ্টা "
                "পড়তে পারব, "
                "বাজেট ৫০,০০০ টাকা। কোথা থেকে শুরু করব?",
                PLAN + GOAL,
                goal="cloud",
                role=["কাস্টমার", "customer"],
                goal_not=["customer", "কাস্টমার"],
                hours=6,
                budget=(50000, "BDT"),
                cite_min=1,
            ),
            T("পরিকল্পনাটা দেখান", PLAN, plan=True),
        ],
    ),
    D(
        "bn-v6-khoroch-36",
        ["followup", "area_cyber", "constraint_time"],
        [
            T("সাইবার সিকিউরিটি শেখার একটা প্ল্যান দিন, সপ্তাহে ৮ ঘণ্টা", PLAN, goal="cyber", hours=8, plan=True),
            T("খরচ কমানো যায়?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "bn-v6-compare-37",
        ["compare", "named_course", "area_web"],
        [
            T(
                "Front-End Web Development আর Building Web APIs এর মধ্যে পার্থক্য কী?",
                COMPARE,
                cite_min=2,
                cite_any=["lit-web-201", "lit-api-204"],
            ),
        ],
    ),
    D(
        "bn-v6-online-38",
        ["participation", "area_data"],
        [
            T("ডেটা ইঞ্জিনিয়ারিং কোর্স দেখান, শুধু অনলাইন", SEARCH + CONS, part=["online"], cite_min=1),
        ],
    ),
    D(
        "bn-v6-nei-39",
        ["nonexistent", "area_software"],
        [
            T("আপনাদের কাছে কি Oracle Database Administrator কোর্স আছে?", EXPLAIN + SEARCH),
            T("তাহলে কাছাকাছি কী আছে?", SEARCH, cite_min=1),
        ],
    ),
]

# v6 (session 6): follow-ups after a plan or a list, named-course questions, comparisons; written for tune.
DIALOGUES += [
    D(
        "bn-fu-analyst-40",
        ["followup", "area_data", "constraint_time"],
        [
            T(
                "আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৫ ঘণ্টা সময় আছে। একটা পরিকল্পনা দাও",
                PLAN,
                goal="data_analyst",
                hours=5,
                plan=True,
            ),
            T("এর চেয়ে সস্তা কিছু আছে?", REFINE, plan=True, cheaper=True),
            T("সপ্তাহে ২ ঘণ্টা হলে কী হবে?", REFINE + CONS, hours=2, plan=True, plan_hours=2),
        ],
        split="tune",
    ),
    D(
        "bn-fu-quality-41",
        ["quality", "named_course", "stacking"],
        [
            T(
                "Certificate in Database Administration কি স্বীকৃত? কারা মান যাচাই করে?",
                EXPLAIN,
                cite_any=["nda-cert-dba"],
            ),
            T(
                "এর মধ্যে কোন কোন কোর্স আছে?",
                EXPLAIN + REQ + SEARCH,
                cite_any=["nda-model-102", "nda-dba-201", "nda-dbsec-301", "nda-dbphys-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-fu-compare-42",
        ["compare", "named_course", "area_cyber"],
        [
            T(
                "Network Security Essentials আর Security Operations Fundamentals এর মধ্যে পার্থক্য কী?",
                COMPARE,
                cite_any=["ccna-netsec-204", "bvca-soc-101"],
                cite_min=2,
            ),
            T("কোনটা আগে করা উচিত?", COMPARE + REQ + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
]

# v7 (session 7): whole sessions (vague opening, counsellor questions, goal, plan, follow-ups, adviser notes);
# written for tune before any run on them.
DIALOGUES += [
    D(
        "bn-v7-sesh-50",
        ["vague", "followup", "area_data", "participation"],
        [
            T("হ্যালো, আমি চাকরিতে আটকে আছি, কী শিখব বুঝতে পারছি না", EXPLORE),
            T(
                "আমি হিসাবরক্ষক, সংখ্যা নিয়ে কাজ করতে ভালো লাগে, সপ্তাহে ৫ ঘণ্টা সময় আছে",
                EXPLORE + SKILLS + CONS + GOAL,
                hours=5,
            ),
            T("ঠিক আছে, আমি ডেটা অ্যানালিস্ট হতে চাই", GOAL + PLAN, goal="data_analyst"),
            T("এবার আমার জন্য একটা পরিকল্পনা বানাও", PLAN, plan=True),
            T("এর থেকে আরও সস্তা কিছু হবে?", REFINE, plan=True, cheaper=True),
            T(
                "শুধু অনলাইন কোর্স চাই",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v7-poramorsho-51",
        ["third_person", "area_cyber", "quality", "stacking"],
        [
            T(
                "আমি একজন ক্যারিয়ার পরামর্শদাতা। আমার ক্লায়েন্ট একজন গার্মেন্টস কর্মী, সে সাইবার নিরাপত্তায় যেতে চায়",
                GOAL,
                goal="cyber",
                goal_not=["garment", "গার্মেন্টস"],
            ),
            T("তার সপ্তাহে ৬ ঘণ্টা সময় আছে", CONS, hours=6),
            T("তার জন্য একটা শেখার পথ তৈরি করুন", PLAN, plan=True),
            T("Security Operations Fundamentals কি স্বীকৃত?", EXPLAIN, cite_any=["bvca-soc-101"]),
            T(
                "এটার পরে সে কী করতে পারবে?",
                EXPLAIN + REQ,
                cite_any=["bvca-cert-defence", "bvca-siem-201", "bvca-hard-202", "bvca-pentest-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v7-web-52",
        ["vague", "area_web", "followup", "constraint_time", "languages"],
        [
            T("কোথা থেকে শুরু করব বুঝতে পারছি না, ওয়েব ডেভেলপমেন্ট শিখতে চাই", EXPLORE + SEARCH + GOAL, cite_min=1),
            T(
                "আমি ওয়েব ডেভেলপার হতে চাই, সপ্তাহে ৮ ঘণ্টা, একটা পরিকল্পনা দাও",
                PLAN,
                goal="web",
                hours=8,
                plan=True,
            ),
            T("Programming Fundamentals in Python আমি আগেই করেছি", SKIP + SKILLS, held=["lit-prog-101"]),
            T("সপ্তাহে ২ ঘণ্টা হলে কেমন হবে?", REFINE + CONS, hours=2, plan=True),
            T("ইংরেজিতে পড়তে আমার সমস্যা নেই", CONS + REFINE, study_lang=["en"]),
        ],
        split="tune",
    ),
    D(
        "bn-v7-tulona-53",
        ["vague", "compare", "area_cloud", "named_course"],
        [
            T("আপনাদের কী কী কোর্স আছে?", SEARCH + EXPLORE, cite_min=1),
            T("সব দেখান", SEARCH, cite_min=3),
            T(
                "Cloud Operations and Observability আর Developing with Cloud Services এর পার্থক্য কী?",
                COMPARE,
                cite_any=["lcsi-cloudops-205", "hrd-clouddev-204"],
                cite_min=2,
            ),
            T("কোনটা সস্তা?", COMPARE + EXPLAIN + SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v7-ai-54",
        ["vague", "area_ai", "level", "followup"],
        [
            T("এআই নিয়ে কিছু শিখতে চাই, কোথা থেকে শুরু করব?", EXPLORE + SEARCH, cite_min=1),
            T("AI Foundations কোন EQF স্তরের? নতুনদের জন্য কঠিন?", EXPLAIN, cite_any=["diaa-ai-101"]),
            T(
                "আমি মেশিন লার্নিং ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ১০ ঘণ্টা, পরিকল্পনা দাও",
                PLAN,
                goal="ml",
                hours=10,
                plan=True,
            ),
            T("খরচ কমানো যায়?", REFINE, plan=True, cheaper=True),
            T("অনেক ধন্যবাদ ভাই", SMALL),
        ],
        split="tune",
    ),
]

# v7-nlu (session 7, understanding round): written before reading the rule files, before any run; for tune.
DIALOGUES += [
    D(
        "bn-v7-skills-01",
        ["area_data"],
        [
            T(
                "আমি একটু আধটু Excel পারি, আর Coursera তে SQL এর একটা কোর্স করেছি",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T(
                "ডেটা নিয়ে কাজ করতে চাই, যেমন ডেটা বিশ্লেষণ",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v7-cv-02",
        ["long", "multi_intent", "area_network"],
        [
            T(
                "আমি ৩ বছর ধরে একটা আইএসপি তে হেল্পডেস্কে কাজ করি, রাউটার কনফিগার করতে পারি। এখন নেটওয়ার্ক "
                "ইঞ্জিনিয়ার হতে চাই।",
                SKILLS + GOAL,
                goal="network",
                goal_not=["help desk", "helpdesk"],
            ),
            T("সপ্তাহে ৫ ঘণ্টা সময় দিতে পারব, একটা পরিকল্পনা দিন", PLAN + CONS, hours=5, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v7-search-03",
        ["area_web"],
        [
            T(
                "ওয়েব ডেভেলপমেন্টের কোনো কোর্স আছে?",
                SEARCH,
                cite_any=["lit-web-201", "lit-fw-203", "lit-api-204", "lit-webstd-202", "lit-cert-web"],
            ),
            T(
                "আর ডেটাবেস নিয়ে কিছু?",
                SEARCH,
                cite_any=["nda-dba-201", "nda-model-102", "nda-nosql-205", "hrd-clouddb-303", "nda-cert-dba"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v7-oos-04",
        ["out_of_scope"],
        [
            T("আজ ঢাকায় বৃষ্টি হবে কি?", OOS),
            T("কাল বাংলাদেশ ক্রিকেট ম্যাচ কে জিতেছে?", OOS),
        ],
        split="tune",
    ),
    D(
        "bn-v7-req-05",
        ["named_course", "stacking", "area_data"],
        [
            T(
                "Professional Certificate in Data Engineering পেতে কী কী লাগবে?",
                REQ,
                cite_any=["nda-cert-de", "nda-de-101", "nda-etl-201"],
            ),
            T("কোনটা দিয়ে শুরু করব?", REQ + PLAN, cite_any=["nda-de-101", "nda-model-102"]),
        ],
        split="tune",
    ),
    D(
        "bn-v7-banglish-06",
        ["mixed_language", "third_person", "area_ai"],
        [
            T(
                "amar choto bhai AI engineer hote chay, o python ektu jane",
                GOAL + SKILLS,
                goal="ai",
                any_lang=True,
            ),
            T("oke ki ki course korte hobe?", PLAN + SEARCH, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
]

# v8-lang (session 8, languages round): Banglish in Latin script and Bengali script with Bengali digits,
# taka/hajar, Durga Puja and Pohela Boishakh as deadlines, hours per day, languages spoken; written before
# reading the rule files and committed before any run; for tune.
from dates import BEFORE_PUJA as _BEFORE_PUJA8  # noqa: E402
from dates import BOISHAKH as _BOISHAKH8  # noqa: E402

DIALOGUES += [
    D(
        "bn-v8l-banglish-01",
        ["banglish", "area_data", "constraint_hours"],
        [
            T(
                "ami data analyst hote chai, kothay theke shuru korbo?",
                GOAL + PLAN + EXPLORE,
                goal="data_analyst",
                any_lang=True,
            ),
            T("protidin 2 ghonta porte pari", CONS, hours=14, any_lang=True),
            T("plan dao", PLAN, plan=True, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-taka-02",
        ["constraint_budget", "area_cyber"],
        [
            T(
                "আমি সাইবার নিরাপত্তা শিখতে চাই, বাজেট ৫০ হাজার টাকা",
                GOAL + CONS + SEARCH,
                goal="cyber",
                budget=(50000, "BDT"),
            ),
            T("কোন কোর্সগুলো করা যায়?", SEARCH + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-digits-03",
        ["constraint_hours", "area_web"],
        [
            T(
                "আমি ওয়েব ডেভেলপার হতে চাই। সপ্তাহে ৮ ঘণ্টা সময় দিতে পারব",
                GOAL + CONS + PLAN,
                goal="web",
                hours=8,
            ),
            T("আমাকে একটা রোডম্যাপ বানিয়ে দিন", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-puja-04",
        ["constraint_deadline", "banglish", "area_cloud", "participation"],
        [
            T(
                "pujor age cloud er course sesh korte chai",
                GOAL + CONS + SEARCH,
                goal="cloud",
                deadline=_BEFORE_PUJA8,
                any_lang=True,
            ),
            T("shudhu online hole bhalo", CONS + REFINE, part=["online"], any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-boishakh-05",
        ["constraint_deadline", "area_network"],
        [
            T(
                "পহেলা বৈশাখের আগে নেটওয়ার্কিং শিখে ফেলতে চাই",
                GOAL + CONS + SEARCH,
                goal="network",
                deadline=_BOISHAKH8,
            ),
            T("সপ্তাহে ৬ ঘণ্টা", CONS, hours=6),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-bhasha-06",
        ["languages"],
        [
            T("আমি বাংলা আর ইংরেজি জানি, হিন্দিও একটু বুঝি", CONS + SKILLS, langs=["bn", "en"]),
            T("ইংরেজিতে কোর্স হলে সমস্যা নেই", CONS + REFINE, study_lang=["en"]),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-skills-07",
        ["state_skills", "banglish", "area_web"],
        [
            T(
                "ami 2 bochor dhore PHP ar MySQL e kaj korchi",
                SKILLS,
                skills=["php", "sql"],
                any_lang=True,
            ),
            T("ekhon full stack developer hote chai", GOAL, goal="web", any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-search-08",
        ["search", "area_dba"],
        [
            T(
                "ডেটাবেস নিয়ে কোনো কোর্স আছে?",
                SEARCH,
                cite_any=[
                    "nda-dba-201",
                    "nda-cert-dba",
                    "nda-model-102",
                    "nda-dbsec-301",
                    "nda-dbphys-302",
                    "nda-nosql-205",
                    "hrd-clouddb-303",
                ],
            ),
            T("free kono course ache?", SEARCH + REFINE + CONS, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-followup-09",
        ["followup", "area_ai"],
        [
            T(
                "আমি এআই ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ১০ ঘণ্টা পড়তে পারি",
                GOAL + CONS + PLAN,
                goal="ai",
                hours=10,
            ),
            T("পরিকল্পনা দেখান", PLAN, plan=True),
            T("আরও কম খরচে হয় না?", REFINE, plan=True, cheaper=True),
            T("সপ্তাহে ৫ ঘণ্টা হলে?", REFINE + CONS, hours=5, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8l-bhai-10",
        ["third_person", "banglish", "constraint_budget", "area_dlit"],
        [
            T(
                "amar chhoto bhai garments e kaj kore, computer shikhte chay, budget 5 hajar taka",
                GOAL + SEARCH + EXPLORE + CONS + PLAN,
                budget=(5000, "BDT"),
                any_lang=True,
            ),
            T(
                "or jonno free course dekhao",
                SEARCH + CONS + REFINE,
                cite_any=["glcc-dl-101", "glcc-comm-102", "glcc-safe-104", "glcc-solve-105", "glcc-cert-df"],
                any_lang=True,
            ),
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
        "bn-v8n-khoj-01",
        ["search", "area_web"],
        [
            T("ওয়েব ডেভেলপমেন্টের কোনো কোর্স আছে?", SEARCH, cite_any=_N8_WEB),
            T("জাভাস্ক্রিপ্ট ফ্রেমওয়ার্ক নিয়ে কিছু?", SEARCH, cite_any=["lit-fw-203", "lit-web-201", "lit-cert-web"]),
        ],
        split="tune",
    ),
    D(
        "bn-v8n-talika-02",
        ["search", "no_punctuation", "area_ai", "constraint_budget"],
        [
            T(
                "মেশিন লার্নিং পাইথন ডিপ লার্নিং",
                SEARCH,
                cite_any=["diaa-ml-201", "diaa-dl-202", "diaa-cert-aml", "diaa-ai-101"],
            ),
            T(
                "বিনামূল্যে কিছু আছে",
                SEARCH + CONS + REFINE,
                cite_any=["diaa-ai-101", "ual-ia-101", "lit-prog-101", "glcc-code-107"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v8n-dokkhota-03",
        ["area_data"],
        [
            T("আমি অনেক বছর ধরে এক্সেল ব্যবহার করি, একটু এসকিউএলও জানি", SKILLS, skills=["spreadsheet", "sql"]),
            T("ডেটা নিয়ে কিছু করতে চাই", GOAL + PLAN + EXPLORE + SEARCH, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "bn-v8n-cloudsec-04",
        ["multi_intent", "area_cloudsec", "constraint_time"],
        [
            T(
                "আমি সিস্টেম অ্যাডমিন, লিনাক্স জানি। ক্লাউড সিকিউরিটিতে যেতে চাই, সপ্তাহে ৫ ঘণ্টা সময় আছে।",
                SKILLS + GOAL + CONS,
                goal="cloudsec",
                goal_not=["system administrator"],
                hours=5,
            ),
            T("একটা প্ল্যান দাও", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8n-boyosko-05",
        ["area_dlit", "vague"],
        [
            T("আমি বয়স্কদের ইন্টারনেট ব্যবহার শেখাতে সাহায্য করতে চাই", GOAL + EXPLORE + PLAN, goal="dlit_teacher"),
            T("কোন কোর্সগুলো করব", PLAN + SEARCH, cite_any=_N8_DLIT),
        ],
        split="tune",
    ),
    D(
        "bn-v8n-microcred-06",
        ["area_microcred", "constraint_time"],
        [
            T(
                "আমি একটি পলিটেকনিকের প্রশিক্ষক, অন্য শিক্ষকদের মাইক্রো-ক্রেডেনশিয়াল ডিজাইন করা শেখাতে চাই",
                GOAL,
                goal="microcred",
            ),
            T("সপ্তাহে ৩ ঘণ্টা দিয়ে একটা প্ল্যান", PLAN + CONS, hours=3, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8n-banglish-07",
        ["slang", "area_cyber", "mixed_language"],
        [
            T(
                "cyber security niye kichu course ache?",
                SEARCH,
                cite_any=[
                    "bvca-soc-101",
                    "inl-cyber-201",
                    "ccna-netsec-204",
                    "bvca-pentest-201",
                    "bvca-cert-defence",
                ],
                any_lang=True,
            ),
            T("ami networking er basic jani", SKILLS, skills=["network"], any_lang=True),
        ],
        split="tune",
    ),
]

# v8-dlg (session 8, reply/policy round): whole conversations with context-bound follow-ups, implied plan
# requests, named courses by title, courses that do not exist. Written before reading the policy files and
# committed before any run; for tune.
DIALOGUES += [
    D(
        "bn-v8d-garments-01",
        ["long", "multi_intent", "followup", "area_data"],
        [
            T(
                "আমি ৪ বছর ধরে একটা গার্মেন্টস কারখানায় সুপারভাইজার, এখন ডেটা অ্যানালিস্ট হতে চাই। সপ্তাহে ৬ ঘণ্টা "
                "সময় দিতে পারব, বাজেট ৩০০০০ টাকা।",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["supervisor", "garment"],
                hours=6,
                budget=(30000, "BDT"),
            ),
            T("একটা প্ল্যান দেখাও", PLAN, plan=True),
            T("এই ক্রমে কেন?", WHY, cite_min=1),
            T("অনেক লম্বা", REFINE, plan=True, faster=True),
            T("দ্বিতীয়টা কী নিয়ে?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v8d-teacher-02",
        ["third_person", "followup", "named_course", "area_web"],
        [
            T(
                "আমি একজন ক্যারিয়ার কাউন্সেলর। আমার ক্লায়েন্ট স্কুলে পড়ায়, সে ওয়েব ডেভেলপার হতে চায়।",
                GOAL,
                goal="web",
                goal_not=["teacher"],
            ),
            T("ওর কী কী পড়তে হবে? সপ্তাহে ৮ ঘণ্টা", PLAN + CONS, hours=8, plan=True),
            T(
                "Programming Fundamentals in Python ও আগেই করেছে",
                SKIP + SKILLS,
                held=["lit-prog-101"],
                plan_excl=["lit-prog-101"],
            ),
            T("এর পরে কী?", EXPLAIN + REQ + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v8d-ccna-03",
        ["nonexistent", "named_course", "followup", "area_network"],
        [
            T("আপনাদের কাছে 'Cisco CCNA' কোর্স আছে?", EXPLAIN + SEARCH, cite_min=1),
            T("Networking Fundamentals কত টাকা?", EXPLAIN, cite_any=["ccna-net-101"]),
            T(
                "এটার পরে কী করা যায়?",
                EXPLAIN + REQ,
                cite_any=["ccna-route-201", "ccna-netmon-202", "ccna-netauto-203", "ccna-netsec-204"],
            ),
            T(
                "নেটওয়ার্ক অ্যাডমিন হওয়ার প্ল্যান দাও, সপ্তাহে ৫ ঘণ্টা",
                PLAN + GOAL,
                goal="netadmin",
                hours=5,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v8d-cloudsec-04",
        ["followup", "languages", "constraint_deadline", "area_cloudsec"],
        [
            T(
                "আমি ক্লাউড সিকিউরিটি শিখতে চাই, সপ্তাহে ১০ ঘণ্টা, ৩ মাসের মধ্যে শেষ করতে চাই",
                GOAL + CONS,
                goal="cloudsec",
                hours=10,
                deadline=IN_3_MONTHS,
            ),
            T("প্ল্যান দেখাও", PLAN, plan=True),
            T(
                "শুধু ইংরেজি কোর্স, জার্মান পারি না",
                REFINE + CONS,
                study_lang=["en"],
                plan=True,
                plan_langs=["en"],
            ),
            T("প্রথম ধাপ বাদ দাও, ওটা করা আছে", SKIP, held_prev_step=1, plan_excl_prev_step=1),
        ],
        split="tune",
    ),
    D(
        "bn-v8d-banglish-05",
        ["mixed_language", "vague", "followup", "area_ai"],
        [
            T(
                "ami AI shikhte chai kintu math e durbol, kothay theke shuru korbo?",
                SEARCH + EXPLORE + GOAL + PLAN,
                cite_any=["diaa-ai-101", "ual-ia-101", "diaa-math-102"],
                any_lang=True,
            ),
            T(
                "free kono course ache?",
                REFINE + SEARCH + CONS,
                cite_any=["diaa-ai-101", "ual-ia-101"],
                any_lang=True,
            ),
            T("prothom ta koto ghonta?", SELECT, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v8d-typing-06",
        ["vague", "followup", "area_helpdesk"],
        [
            T("আমি কী শিখব বুঝতে পারছি না, অফিসে শুধু টাইপিং করি", EXPLORE),
            T("কম্পিউটার নিয়ে আরও জানতে চাই, হয়তো আইটি সাপোর্ট", GOAL, goal="helpdesk"),
            T("শুরু কোথা থেকে করব? সপ্তাহে ৪ ঘণ্টা", PLAN + CONS, hours=4, plan=True),
            T("সবচেয়ে সহজটা কোনটা?", SELECT + REFINE + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
]

# v9-frozen (session 9): blind frozen batch, see en.py; split frozen, tag v9_frozen.
import v9f_lists as _F9  # noqa: E402
from dates import BOISHAKH as _BOISHAKH9  # noqa: E402
from dates import EID as _EID9  # noqa: E402

DIALOGUES += [
    D(
        "bn-v9f-ngo-01",
        ["v9_frozen", "vague", "followup", "area_web", "constraint_hours"],
        [
            T(
                "আমি ৬ বছর ধরে একটা এনজিওতে হিসাবরক্ষক, কাজটা আর ভালো লাগছে না। কী শিখব বুঝতে পারছি না।",
                EXPLORE + GOAL,
                goal_not=["accountant", "bookkeep", "হিসাব"],
            ),
            T(
                "কম্পিউটারে কাজ করতে ভালো লাগে, ওয়েবসাইট কীভাবে বানায় সেটা দেখতে মজা লাগে",
                EXPLORE + GOAL + SKILLS,
                goal_not=["accountant", "bookkeep", "হিসাব"],
            ),
            T("ঠিক আছে, ওয়েব ডেভেলপার হব। সপ্তাহে ৭ ঘণ্টা সময় আছে", GOAL + CONS, goal="web", hours=7),
            T("কোনটা দিয়ে শুরু করা উচিত?", PLAN + REQ + SEARCH, cite_any=_F9.WEB),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-merchandiser-02",
        ["v9_frozen", "third_person", "banglish", "area_data", "constraint_budget", "languages", "followup"],
        [
            T(
                "ami career counselor, amar ekjon client garments factory te merchandiser, data analyst hote "
                "chay. budget 40 hajar taka, saptahe 5 ghonta",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["merchandis"],
                budget=(40000, "BDT"),
                hours=5,
                any_lang=True,
            ),
            T("or jonno plan ta dekhao", PLAN, plan=True, plan_cost=(40000, "BDT"), any_lang=True),
            T(
                "Spanish course gulo bad dao, o Spanish jane na",
                REFINE + CONS + SKILLS,
                plan=True,
                plan_langs=["en", "bn", "hi"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-cloudsec-03",
        ["v9_frozen", "search", "languages", "area_cloudsec"],
        [
            T("ক্লাউড সিকিউরিটি নিয়ে কী কী কোর্স আছে?", SEARCH, cite_any=_F9.CLOUDSEC),
            T("এগুলো তো জার্মান ভাষায়! ইংরেজিতে কিছু নেই?", REFINE + SEARCH + CONS, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-django-04",
        ["v9_frozen", "state_skills", "banglish", "area_ai", "followup", "skip"],
        [
            T(
                "Python 3 bochor, Django te backend kori, ektu numpy pandas. ekhon AI engineer hote chai",
                SKILLS + GOAL,
                goal="ai",
                skills=["python"],
                any_lang=True,
            ),
            T(
                "saptahe 10 ghonta dite parbo, ekta roadmap banao",
                PLAN + CONS,
                hours=10,
                plan=True,
                any_lang=True,
            ),
            T(
                "AI Foundations ta already korechi",
                SKIP + SKILLS,
                held=["diaa-ai-101"],
                not_rejected=["diaa-ai-101"],
                plan_excl=["diaa-ai-101"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-routing-05",
        ["v9_frozen", "named_course", "participation", "area_network", "followup"],
        [
            T(
                "Routing, Switching and Network Design কোর্সটা কি অনলাইনে করা যায়?",
                EXPLAIN,
                cite_any=["ccna-route-201"],
            ),
            T("এটার আগে কী করতে হবে?", REQ, cite_any=["ccna-net-101"]),
            T("আর এটার দাম বাংলাদেশি টাকায় কত পড়বে?", EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-networkplus-06",
        ["v9_frozen", "nonexistent", "named_course", "area_network", "constraint_budget"],
        [
            T("আপনাদের কাছে CompTIA Network+ কোর্স আছে?", EXPLAIN + SEARCH, cite_any=_F9.NET),
            T("তাহলে সবচেয়ে কাছাকাছি কোনটা, যেটা কম খরচের?", SEARCH + REFINE + CONS, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-eid-07",
        ["v9_frozen", "third_person", "banglish", "constraint_deadline", "area_dlit", "participation"],
        [
            T(
                "amar ammu ke smartphone chalano shikhate chai, Eid er age kono free course ache?",
                SEARCH + CONS,
                deadline=_EID9,
                cite_any=[
                    "glcc-dl-101",
                    "glcc-comm-102",
                    "glcc-safe-104",
                    "glcc-solve-105",
                    "glcc-cert-df",
                    "inl-pix-101",
                    "ual-problemas-103",
                ],
                any_lang=True,
            ),
            T(
                "shudhu online gulo dekhao",
                REFINE + CONS,
                part=["online"],
                cite_any=[
                    "glcc-comm-102",
                    "glcc-safe-104",
                    "glcc-solve-105",
                    "inl-pix-101",
                    "ual-problemas-103",
                ],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-buet-08",
        ["v9_frozen", "area_hpc", "constraint_hours", "followup"],
        [
            T(
                "আমি বুয়েটে মাস্টার্স করছি, আমাদের সিমুলেশন কোড অনেক ধীরে চলে। হাই পারফরম্যান্স কম্পিউটিং "
                "শিখতে "
                "চাই। প্রতিদিন ১ ঘণ্টা পড়তে পারব।",
                GOAL + CONS + SKILLS,
                goal="hpc",
                hours=(6, 0.25),
            ),
            T("আমার জন্য একটা পরিকল্পনা করে দিন", PLAN, plan=True),
            T("দ্বিতীয় ধাপে কী শিখব?", SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-outcomes-09",
        ["v9_frozen", "compare", "named_course", "stacking", "area_microcred"],
        [
            T(
                "Writing Learning Outcomes and Aligned Assessment আর Training Needs Analysis for "
                "Professional "
                "Learning – কোনটা আগে করা উচিত?",
                COMPARE + WHY + REQ,
                cite_min=2,
                cite_any=["aec-outcomes-102", "aec-needs-203"],
            ),
            T("দুটোই কি একই সার্টিফিকেটের অংশ?", EXPLAIN + REQ, cite_any=["aec-cert-dld"]),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-telecom-10",
        ["v9_frozen", "constraint_deadline", "languages", "area_ainet", "followup"],
        [
            T(
                "আমি একটা টেলিকম কোম্পানিতে নেটওয়ার্ক ইঞ্জিনিয়ার। এআই দিয়ে নেটওয়ার্ক চালানো শিখতে চাই, "
                "পহেলা "
                "বৈশাখের আগে। বাংলা আর ইংরেজি বুঝি।",
                GOAL + CONS + SKILLS,
                deadline=_BOISHAKH9,
                langs=["bn", "en"],
            ),
            T("সপ্তাহে ১২ ঘণ্টা, একটা প্ল্যান দেখান", PLAN + CONS, hours=12, plan=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-brishti-11",
        ["v9_frozen", "out_of_scope", "banglish", "area_data", "languages"],
        [
            T("aaj Dhaka te brishti hobe?", OOS, dead_ok=True, any_lang=True),
            T(
                "accha bad dao. SQL shikhte chai, kono course?",
                SEARCH,
                cite_any=["ual-sql-102", "nda-model-102", "nda-dba-201", "ual-olap-302", "hrd-clouddb-303"],
                any_lang=True,
            ),
            T("English e kono ache?", REFINE + SEARCH + CONS, cite_min=1, any_lang=True),
        ],
        split="frozen",
    ),
]

# v9-frozen, second part (same sitting, before any run).
DIALOGUES += [
    D(
        "bn-v9f-lakh-12",
        ["v9_frozen", "constraint_budget", "area_ai", "followup"],
        [
            T(
                "আমি মেশিন লার্নিং ইঞ্জিনিয়ার হতে চাই, বাজেট ১ লাখ টাকা, সপ্তাহে ৮ ঘণ্টা",
                GOAL + CONS,
                goal="ml",
                budget=(100000, "BDT"),
                hours=8,
            ),
            T("প্ল্যানটা দেখাও তো", PLAN, plan=True, plan_cost=(100000, "BDT")),
            T("আরো তাড়াতাড়ি শেষ করা যায়?", REFINE, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v9f-ccnatype-13",
        ["v9_frozen", "banglish", "mixed_language", "participation", "area_network", "compare"],
        [
            T(
                "networking shikhbo, CCNA type kichu, online e, budget kom",
                SEARCH + CONS + GOAL,
                part=["online"],
                cite_any=_F9.NET,
                any_lang=True,
            ),
            T("prothom ta r ditio ta compare koro", COMPARE, cite_min=2, any_lang=True),
        ],
        split="frozen",
    ),
]

# v9-dlg (session 9, reply/policy round): whole conversations as learners and career counsellors go, in
# Bengali script and Banglish (a client's hours, budget and area in one line, plans implied, refinements in
# context, questions about a course just shown, named courses by title, a course that does not exist).
# Written before reading the policy files and committed before any run; for tune.
from dates import JUNE as _JUNE9  # noqa: E402
from dsl import CONS_OR_REFINE as _COR9  # noqa: E402

DIALOGUES += [
    D(
        "bn-v9d-poramorsho-01",
        ["third_person", "followup", "implied_plan", "area_data"],
        [
            T(
                "আমি একজন ক্যারিয়ার কাউন্সেলর। আমার ক্লায়েন্ট ব্যাংকে ক্যাশিয়ার, ডেটা অ্যানালিস্ট হতে চান। সপ্তাহে "
                "৪ ঘণ্টা, বাজেট ১৫০০০ টাকা।",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["cashier"],
                hours=4,
                budget=(15000, "BDT"),
            ),
            # session 28: the plan is shown at turn 1; its first step, cited, answers (session 26's design,
            # as fr-v9d-conseillere-01#2; was: the plan again)
            T("উনি কোথা থেকে শুরু করবেন?", PLAN + EXPLAIN + SELECT, cite_prev_step=1),
            T("এটা অনেক দামি", REFINE, plan=True, cheaper=True),
            T("দ্বিতীয় কোর্সটা কি অনলাইনে?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v9d-shuru-02",
        ["banglish", "implied_plan", "followup", "area_cyber"],
        [
            T(
                "ami cyber security te jete chai, ekhon call center e kaj kori",
                GOAL + SKILLS,
                goal="cyber",
                goal_not=["call cent", "contact cent"],
                any_lang=True,
            ),
            T("soptahe 6 ghonta dite parbo", CONS, hours=6, any_lang=True),
            T("thik ache shuru kori", PLAN, plan=True, any_lang=True),
            T("jodi 10 ghonta dei?", REFINE + CONS, hours=10, plan=True, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v9d-course-03",
        ["named_course", "followup", "area_network"],
        [
            T("Network Automation with Python কোর্সটা সম্পর্কে বলুন", EXPLAIN, cite_any=["ccna-netauto-203"]),
            T("এটা কত ECTS?", EXPLAIN, cite_any=["ccna-netauto-203"]),
            T("এর আগে কী করতে হবে?", REQ, cite_any=["ccna-net-101"]),
            T("এটা কি কোনো সার্টিফিকেটের অংশ?", EXPLAIN + REQ, cite_any=["ccna-cert-netops"]),
        ],
        split="tune",
    ),
    D(
        "bn-v9d-nei-04",
        ["nonexistent", "followup", "area_network"],
        [
            T("আপনাদের কাছে কি Cisco CCNP কোর্স আছে?", EXPLAIN + SEARCH, cite_min=1),
            # widened (session 12): after the closest list, the closest one's card is as right as the list
            T("তাহলে সবচেয়ে কাছাকাছি কোনটা?", SEARCH + SELECT + EXPLAIN, cite_min=1),
            T("প্রথমটার দাম কত টাকা?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v9d-web-05",
        ["implied_plan", "followup", "constraint_deadline", "area_web"],
        [
            T(
                "আমি ওয়েব ডেভেলপার হতে চাই, একটু HTML জানি, সপ্তাহে ৮ ঘণ্টা সময় আছে",
                GOAL + SKILLS + CONS,
                goal="web",
                hours=8,
            ),
            T("আমাকে একটা সময়সূচি বানিয়ে দিন", PLAN, plan=True),
            T("জুনের মধ্যে হবে?", _COR9, deadline=_JUNE9, plan=True),
            T("আরও ছোট কিছু আছে?", REFINE, plan=True, faster=True),
        ],
        split="tune",
    ),
    D(
        "bn-v9d-teacher-06",
        ["implied_plan", "named_course", "followup", "area_dlit"],
        [
            T("আমি স্কুলের শিক্ষক, বয়স্কদের ডিজিটাল সাক্ষরতা শেখাতে চাই", GOAL, goal="dlit_teacher"),
            T("তাহলে প্রথমে কী করব?", PLAN, plan=True),
            T("Teaching Digital Literacy to Adults কোর্সটা কি ফ্রি?", EXPLAIN, cite_any=["aec-dlteach-104"]),
            T("এর পরে কী করা যায়?", EXPLAIN + REQ, cite_any=["aec-csteach-207"]),
        ],
        split="tune",
    ),
    D(
        "bn-v9d-mpi-07",
        ["banglish", "named_course", "followup", "area_hpc"],
        [
            T(
                "amar boss bollo MPI ar OpenMP shikhte, kono course ache?",
                SEARCH,
                cite_any=["padr-par-201"],
                any_lang=True,
            ),
            T("oita online naki?", SELECT, cite_any=["padr-par-201"], any_lang=True),
            T("er age ki korte hobe?", REQ, cite_any=["padr-hpc-101"], any_lang=True),
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
        "bn-v9n-cloud-01",
        ["search", "area_cloud", "area_sysadmin"],
        [
            T("আপনাদের কাছে ক্লাউড নিয়ে কোনো কোর্স আছে?", SEARCH, cite_any=_N9_CLOUD),
            T("আর লিনাক্স?", SEARCH, cite_any=_N9_LINUX),
        ],
        split="tune",
    ),
    D(
        "bn-v9n-web-bare-02",
        ["search", "no_punctuation", "area_web"],
        [T("ওয়েব ডেভেলপমেন্ট কোর্স অনলাইন", SEARCH, cite_any=_N9_WEB)],
        split="tune",
    ),
    D(
        "bn-v9n-viz-office-03",
        ["search", "area_data"],
        [T("অফিসের কাজের জন্য আমাকে ডেটা ভিজুয়ালাইজেশন শিখতে হবে", SEARCH, cite_any=_N9_VIZ)],
        split="tune",
    ),
    D(
        "bn-v9n-helpdesk-04",
        ["skills", "area_network"],
        [
            T("আমি ৫ বছর ধরে হেল্প ডেস্কে কাজ করছি, উইন্ডোজ আর নেটওয়ার্কিং জানি", SKILLS),
            T("এখন নেটওয়ার্ক ইঞ্জিনিয়ার হতে চাই", GOAL + PLAN, goal="network"),
        ],
        split="tune",
    ),
    D(
        "bn-v9n-ds-limits-05",
        ["multi_intent", "constraint_time", "area_data"],
        [
            T(
                "লক্ষ্য ডেটা সায়েন্টিস্ট, সপ্তাহে ৮ ঘণ্টা, ছয় মাসের মধ্যে",
                GOAL + PLAN,
                goal="data_scientist",
                hours=8,
                deadline=HALF_YEAR,
            ),
            T("একটা পরিকল্পনা বানিয়ে দিন", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v9n-school-teach-06",
        ["goal", "indirect", "banglish", "area_teacher"],
        [T("ami school e computer shekhate chai", GOAL + EXPLORE, goal="ict_teacher", any_lang=True)],
        split="tune",
    ),
    D(
        "bn-v9n-py-ml-07",
        ["multi_intent", "area_ml"],
        [
            T(
                "আমি পাইথন জানি, মেশিন লার্নিং এর কোর্স আছে?",
                SEARCH + SKILLS,
                cite_any=_N9_ML,
                skills=["python"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v9n-dba-08",
        ["plan", "area_dba"],
        [T("ডেটাবেস অ্যাডমিনিস্ট্রেটর হতে গেলে কী কী কোর্স করতে হবে?", PLAN + GOAL, goal="dba")],
        split="tune",
    ),
    D(
        "bn-v9n-poramorsho-09",
        ["vague"],
        [T("কী শিখব বুঝতে পারছি না, কিছু পরামর্শ দিন", EXPLORE)],
        split="tune",
    ),
]

# v10-frozen (session 10): a second blind frozen batch, written from docs/, the catalogue and the taxonomy
# only, without reading the assistant's code, rules, tests, training lines, results, or any frozen dialogue,
# and committed before any run; the lead scores it once at the end. Ids `<lang>-v10f-…`, tag `v10_frozen`.
# Romanised Banglish turns leave the reply language unchecked (`any_lang`).
import v10f_lists as _V10  # noqa: E402
from dates import BOISHAKH as _BOISHAKH10  # noqa: E402

_EN_DGOV10 = ["diaa-resp-205", "nda-cdo-401", "padr-fair-203"]
_FREE_ONLINE_DLIT10 = [
    "glcc-comm-102",
    "glcc-safe-104",
    "glcc-solve-105",
    "inl-pix-101",
    "inl-citoyen-102",
    "inl-securite-103",
    "ual-contenidos-102",
    "ual-problemas-103",
    "bvca-awareness-101",
]
DIALOGUES += [
    D(
        "bn-v10f-merchandiser-01",
        ["v10_frozen", "vague", "banglish", "career_change", "constraint_budget", "area_data"],
        [
            T(
                "ami 6 bochor dhore garments e merchandiser, ar bhalo lagche na. ki shikhbo bujhte parchi na",
                EXPLORE,
                any_lang=True,
            ),
            T(
                "computer e kaj korte bhalo lage, excel e report banai",
                GOAL + EXPLORE + SKILLS,
                goal_not=["merchandis", "garment"],
                any_lang=True,
            ),
            T(
                "data analysis e jete chai. shoptahe 6 ghonta, 30 hajar taka",
                GOAL + CONS,
                goal=["data"],
                hours=6,
                budget=(30000, "BDT"),
                any_lang=True,
            ),
            T("plan dao", PLAN, plan=True, plan_cost=(30000, "BDT"), any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-du-cse-ai-02",
        ["v10_frozen", "student", "constraint_deadline", "named_course", "area_ai"],
        [
            T(
                "আমি ঢাকা বিশ্ববিদ্যালয়ে CSE তে পড়ি, AI নিয়ে ক্যারিয়ার করতে চাই। সপ্তাহে ৮ ঘণ্টা সময় আছে।",
                GOAL + CONS,
                goal="ai",
                hours=8,
            ),
            T("রোজার আগে কী কী শেষ করা যাবে?", PLAN + CONS, plan=True, deadline=_V10.RAMADAN),
            T("Deep Learning কোর্সটার আগে কী লাগবে?", REQ, cite_any=["diaa-ml-201"]),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-adviser-designer-03",
        ["v10_frozen", "third_person", "constraint_budget", "followup", "area_web"],
        [
            T(
                "আমার একজন ক্লায়েন্ট, ২৮ বছর, গ্রাফিক ডিজাইনার, ওয়েব ডেভেলপমেন্টে যেতে চায়। বাজেট ১ "
                "লাখ টাকা, "
                "সপ্তাহে ১০ ঘণ্টা।",
                GOAL + CONS,
                goal="web",
                goal_not=["graphic"],
                budget=(100000, "BDT"),
                hours=10,
            ),
            T("ওর জন্য একটা পরিকল্পনা দিন", PLAN, plan=True, plan_cost=(100000, "BDT")),
            T("আরেকটু কম খরচে হয় না?", REFINE, plan=True, cheaper=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-cloudsec-banglish-04",
        ["v10_frozen", "banglish", "search", "languages", "area_cloudsec"],
        [
            T(
                "cloud security niye kono course ache? online hole bhalo",
                SEARCH,
                cite_any=_V10.CLOUDSEC,
                any_lang=True,
            ),
            T("German e hobe na, English e kichu nei?", REFINE + SEARCH + CONS, any_lang=True),
            T(
                "accha Cloud-Sicherheit und Compliance er jonno age ki lagbe",
                REQ,
                cite_any=["hrd-cloud-101"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-ma-teacher-basics-05",
        ["v10_frozen", "third_person", "constraint_budget", "area_dlit"],
        [
            T(
                "আমার মা একটা স্কুলে পড়ান, উনি কম্পিউটার একদম পারেন না। বেসিক কিছু শেখার কোর্স আছে?",
                SEARCH + GOAL,
                cite_any=_V10.DLIT,
            ),
            T("বিনামূল্যে আর অনলাইনে হলে ভালো", REFINE + CONS, cite_any=_FREE_ONLINE_DLIT10),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-network-puja-06",
        ["v10_frozen", "constraint_deadline", "followup", "area_network"],
        [
            T(
                "নেটওয়ার্ক ইঞ্জিনিয়ার হতে চাই, পুজোর আগে শেষ করতে চাই। সপ্তাহে ৫ ঘণ্টা",
                GOAL + CONS,
                goal="network",
                deadline=_V10.PUJA,
                hours=5,
            ),
            T("তাহলে শুরু করব কোথা থেকে?", PLAN, plan=True),
            T("দ্বিতীয় কোর্সটা কি অনলাইনে?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-hpc-07",
        ["v10_frozen", "search", "followup", "area_hpc"],
        [
            T("উচ্চ ক্ষমতার কম্পিউটিং (HPC) নিয়ে কোনো কোর্স আছে?", SEARCH, cite_any=_V10.HPC),
            T("প্রথম কোর্সটার খরচ কেমন?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-ibm-ds-08",
        ["v10_frozen", "banglish", "nonexistent", "area_ml"],
        [
            T(
                "IBM Data Science Professional Certificate ache apnader?",
                EXPLAIN + SEARCH,
                cite_any=_V10.ML + _V10.DATA,
                any_lang=True,
            ),
            T(
                "kachakachi kichu dekhao, kom dame",
                SEARCH + REFINE,
                cite_any=_V10.ML + _V10.DATA,
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-polytechnic-mcd-09",
        ["v10_frozen", "educator", "named_course", "stacking", "area_microcred"],
        [
            T(
                "আমি একটা পলিটেকনিকে পড়াই। আমাদের প্রতিষ্ঠান মাইক্রো-ক্রেডেনশিয়াল চালু করতে চায়, কোর্স ডিজাইন শিখতে চাই।",
                GOAL + SEARCH,
                cite_any=_V10.MICROCRED,
            ),
            T("Designing Web-Based Courses করার আগে কী করতে হবে?", REQ, cite_any=["aec-mcd-101"]),
            T("পুরো সার্টিফিকেটে কত ECTS লাগে?", EXPLAIN, cite_any=["aec-cert-dld"]),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-gp-aiops-10",
        ["v10_frozen", "banglish", "constraint_deadline", "area_ainet"],
        [
            T(
                "ami Grameenphone e network operations e kaj kori. AI diye network monitoring shikhte chai. "
                "Boishakh er age kichu korte chai",
                GOAL + SEARCH + CONS,
                deadline=_BOISHAKH10,
                any_lang=True,
            ),
            T(
                "shoptahe 4 ghonta, plan banao",
                PLAN + CONS,
                hours=4,
                plan=True,
                plan_incl=_V10.AINET,
                any_lang=True,
            ),
            T("keno eta age?", WHY, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-ngo-data-11",
        ["v10_frozen", "indirect", "languages", "area_dgov"],
        [
            T(
                "আমাদের এনজিওতে উপকারভোগীদের তথ্য সুরক্ষার দায়িত্ব আমাকে দেওয়া হয়েছে। কী শিখব?",
                GOAL + SEARCH + EXPLORE + PLAN,
                cite_any=_V10.DGOV,
            ),
            T(
                "ফরাসি জানি না, শুধু বাংলা আর ইংরেজি",
                CONS + REFINE + SKILLS,
                langs=["en"],
                cite_any=_EN_DGOV10,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-cv-tester-12",
        ["v10_frozen", "banglish", "cv_lines", "skip", "area_testing"],
        [
            T(
                "Skills: Python, Django, PostgreSQL, 2 bochor experience. ekhon software tester hote chai",
                SKILLS + GOAL,
                goal="tester",
                goal_not=["software developer"],
                skills=["python", "Python"],
                any_lang=True,
            ),
            T("shoptahe 7 ghonta. plan?", PLAN + CONS, hours=7, plan=True, any_lang=True),
            T(
                "Object-Oriented Programming in Java ta already korechi, bad dao",
                SKIP + SKILLS,
                held=["lit-oop-102"],
                not_rejected=["lit-oop-102"],
                plan_excl=["lit-oop-102"],
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v10f-biryani-db-13",
        ["v10_frozen", "off_topic", "search", "followup", "area_dba"],
        [
            T("বিরিয়ানি রান্নার একটা সহজ রেসিপি দিন", OOS + SMALL),
            T("আচ্ছা বাদ দিন, ডাটাবেস নিয়ে কোর্স খুঁজছি", SEARCH, cite_any=_V10.SQL),
            T("সবচেয়ে সস্তা কোনটা?", REFINE + SELECT + SEARCH, cite_min=1),
        ],
        split="frozen",
    ),
]

# v10-dlg (session 10, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: searches in Bengali and Banglish for subjects the catalogue has in English or
# Spanish, "কোনটা আগে?", implied plans ("আচ্ছা, এখন কী করব?", "একটা সময়সূচি বানিয়ে দিন", "ঠিক আছে, এটাই
# করি"), a budget or hours said after a list, courses just shown asked about, titles, a course that does not
# exist, "sobcheye shohoj konta". Area lists in `v10d_lists.py`. For tune.
import v10d_lists as _L10  # noqa: E402

DIALOGUES += [
    D(
        "bn-v10d-data-01",
        ["search", "crosslang", "followup", "budget_after_list", "area_data"],
        [
            T("ডেটা অ্যানালাইসিসের কোর্স", SEARCH, cite_any=_L10.DATA),
            T("কোনটা আগে করা উচিত?", SELECT + PLAN + REQ, cite_any=_L10.DATA_START),
            T("দ্বিতীয়টা কি অনলাইনে?", SELECT, cite_min=1),
            T("আমার বাজেট ২০ হাজার টাকা", _L10.COR, budget=(20000, "BDT"), cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v10d-garments-cyber-02",
        ["implied_plan", "followup", "area_cyber"],
        [
            T(
                "আমি একটা গার্মেন্টসে অফিস সহকারী, সাইবার সিকিউরিটিতে যেতে চাই। সপ্তাহে ৬ ঘণ্টা সময় আছে।",
                GOAL + CONS,
                goal="cyber",
                hours=6,
            ),
            T("আচ্ছা, এখন কী করব?", PLAN, plan=True),
            T("অনেক সময় লাগছে, আরও তাড়াতাড়ি হয় না?", REFINE, plan=True, faster=True),
            T("ঠিক আছে, এটাই করি", PLAN + _L10.APPLY, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v10d-network-03",
        ["search", "crosslang", "hours_after_list", "area_network"],
        [
            T("নেটওয়ার্কিং শেখার কোর্স আছে?", SEARCH, cite_any=_L10.NETWORK),
            T("সপ্তাহে মাত্র ৩ ঘণ্টা পারব", _L10.COR, hours=3, cite_min=1),
            T("প্রথমটা কত ঘণ্টার?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v10d-de-title-04",
        ["named_course", "partial_title", "followup", "area_de"],
        [
            T("Data Engineering Foundation কোর্সটা সম্পর্কে বলুন", EXPLAIN + SEARCH, cite_any=["nda-de-101"]),
            T("এরপর কোনটা করব?", EXPLAIN + REQ + PLAN, cite_any=_L10.DE_AFTER),
            T("এটা কি কোনো সার্টিফিকেটের অংশ?", EXPLAIN + REQ, cite_any=["nda-cert-de"]),
        ],
        split="tune",
    ),
    D(
        "bn-v10d-google-05",
        ["nonexistent", "followup", "area_data"],
        [
            T("আপনাদের কাছে Google Data Analytics সার্টিফিকেট আছে?", EXPLAIN + SEARCH, cite_any=_L10.DATA),
            T("তাহলে সবচেয়ে কাছাকাছি কোনটা?", SEARCH + SELECT, cite_any=_L10.DATA),
            T("সেটা কি ইংরেজিতে পড়ানো হয়?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v10d-adviser-cashier-06",
        ["third_person", "implied_plan", "followup", "area_web"],
        [
            T(
                "আমি একজন ক্যারিয়ার কাউন্সেলর। আমার ক্লায়েন্ট একজন দোকানের ক্যাশিয়ার, সে ওয়েব ডেভেলপার হতে চায়। "
                "সপ্তাহে ৮ ঘণ্টা সময় দিতে পারবে।",
                GOAL + CONS,
                goal="web",
                goal_not=["cashier"],
                hours=8,
            ),
            # session 28: the plan is shown at turn 1; its first step, cited, answers (session 26's design,
            # as fr-v9d-conseillere-01#2; was: the plan again)
            T("ও কোনটা দিয়ে শুরু করবে?", PLAN + EXPLAIN + SELECT, cite_prev_step=1),
            T("ওর জন্য একটা সময়সূচি বানিয়ে দিন", PLAN, plan=True),
            T("আর যদি সপ্তাহে ৪ ঘণ্টা হয়?", REFINE + CONS, hours=4, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v10d-banglish-python-07",
        ["search", "banglish", "followup", "area_software"],
        [
            T("python shikhte chai, kono course ache?", SEARCH, cite_any=_L10.PROG, any_lang=True),
            T("sobcheye shohoj konta", SELECT + COMPARE, cite_any=_L10.PROG_EASY, any_lang=True),
            T("oita ki free?", SELECT, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
]

# v10-nlu (session 10, understanding round): see en.py; written before reading the rule files, committed
# before any run.
DIALOGUES += [
    D(
        "bn-v10n-shikkhok-01",
        ["current_role", "goal", "area_teacher"],
        [T("আমি স্কুলে গণিত পড়াই, এখন কম্পিউটার বিজ্ঞান পড়াতে চাই", GOAL, goal="ict_teacher")],
        split="tune",
    ),
    D(
        "bn-v10n-python-02",
        ["search", "question"],
        [
            T(
                "পাইথন শেখার জন্য ভালো কোর্স আছে?",
                SEARCH,
                cite_any=["lit-prog-101", "glcc-code-107", "ual-python-201"],
            )
        ],
        split="tune",
    ),
    D(
        "bn-v10n-nirapotta-03",
        ["goal", "constraint_time", "area_cyber"],
        [T("আমি সাইবার নিরাপত্তা নিয়ে কাজ করতে চাই, সপ্তাহে ৫ ঘণ্টা সময় আছে", GOAL + CONS, goal="cyber", hours=5)],
        split="tune",
    ),
]

# v10-asia (session 10, vi/hi/bn round): see vi.py; written before reading the rule files, committed before
# any run.
from dates import BEFORE_PUJA as _PUJA10  # noqa: E402
from dates import EID as _EID10  # noqa: E402

_A10_AI = ["diaa-ai-101", "ual-ia-101", "diaa-math-102", "diaa-ml-201"]
DIALOGUES += [
    D(
        "bn-v10a-cse-ds-01",
        ["goal", "student", "constraint_time", "area_data"],
        [
            T(
                "আমি CSE তে ৩য় বর্ষে পড়ি, ডাটা সায়েন্টিস্ট হতে চাই, কোথা থেকে শুরু করবো?",
                GOAL + PLAN + EXPLORE,
                goal="data_scientist",
            ),
            T("প্রতিদিন ২ ঘণ্টা দিতে পারবো", CONS, hours=14),
            T("রোডম্যাপটা দেখান", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-banglish-cyber-02",
        ["search", "banglish", "participation", "area_cyber"],
        [
            T(
                "cyber security er kono course ache? online hole bhalo",
                SEARCH + CONS,
                cite_any=_N9_CYBER,
                any_lang=True,
            )
        ],
        split="tune",
    ),
    D(
        "bn-v10a-20k-taka-03",
        ["goal", "banglish", "constraint_budget", "area_web"],
        [
            T("ami web developer hote chai", GOAL + PLAN, goal="web", any_lang=True),
            T("budget 20k taka er moddhe", CONS, budget=(20000, "BDT"), any_lang=True),
            T("ekta plan den", PLAN, plan=True, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-net-hajar-04",
        ["search", "followup", "constraint_budget", "area_network"],
        [
            T("নেটওয়ার্কিং এর কোর্সগুলো দেখান", SEARCH, cite_any=_N9_NET),
            T("৫০ হাজার টাকার মধ্যে কোনটা হবে?", CONS + REFINE + SEARCH, budget=(50000, "BDT"), cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-eid-python-05",
        ["multi_intent", "constraint_deadline"],
        [
            T(
                "ঈদের আগে একটা Python কোর্স শেষ করতে চাই",
                SEARCH + CONS + GOAL + PLAN,
                deadline=_EID10,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-garments-06",
        ["long", "multi_intent", "constraint_budget", "constraint_time", "area_data"],
        [
            T(
                "আমি গার্মেন্টসে মার্চেন্ডাইজার হিসেবে ৫ বছর কাজ করছি, Excel এ ভালো, এখন ডাটা এনালাইসিস শিখে "
                "ক্যারিয়ার বদলাতে চাই, সপ্তাহে ৬ ঘণ্টা আর বাজেট ৩০ হাজার টাকা",
                GOAL + SKILLS + CONS + PLAN,
                goal="data_analyst",
                goal_not=["merchandis"],
                hours=6,
                budget=(30000, "BDT"),
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-nurse-07",
        ["third_person", "goal", "area_health_data"],
        [
            T(
                "আমার ছোট বোন নার্স, হাসপাতালের ডাটা নিয়ে কাজ করতে চায়",
                GOAL + EXPLORE + PLAN,
                goal="health_data",
                goal_not=["nurse"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-netsec-named-08",
        ["named_course", "followup", "requirements"],
        [
            T("Network Security Essentials কোর্সটা কত ঘণ্টার?", SELECT, cite_any=["ccna-netsec-204"]),
            T("এটার জন্য আগে কী জানা লাগবে?", REQ, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-linux-compare-09",
        ["compare", "banglish", "named_course"],
        [
            T(
                "Linux-Systemadministration kompakt ar System Hardening for Windows and Linux "
                "er moddhe parthokko ki",
                COMPARE,
                cite_min=2,
                cite_any=["hrd-linux-101", "bvca-hard-202"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-cashier-10",
        ["vague", "skills", "area_cyber"],
        [
            T("চাকরিতে আর ভালো লাগে না, ব্যাংকে ক্যাশিয়ার, নতুন কিছু শিখতে চাই", EXPLORE),
            T("কম্পিউটার মোটামুটি পারি, প্রোগ্রামিং কখনো করিনি", SKILLS + EXPLORE),
            T("তাহলে সাইবার সিকিউরিটি নিয়ে এগোতে চাই", GOAL + PLAN, goal="cyber"),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-puja-cloud-11",
        ["goal", "banglish", "constraint_deadline", "constraint_time", "area_cloud"],
        [
            T("cloud engineer hobo", GOAL + PLAN, goal="cloud", any_lang=True),
            T(
                "pujor age shesh korte chai, mase 16 ghonta dite parbo",
                CONS,
                deadline=_PUJA10,
                hours=(3.7, 0.15),
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-ai-math-12",
        ["search", "level", "area_ai"],
        [T("AI শিখতে চাই কিন্তু গণিতে দুর্বল, কোন কোর্স ভালো হবে?", SEARCH + PLAN + EXPLORE, cite_any=_A10_AI)],
        split="tune",
    ),
    D(
        "bn-v10a-lakh-ml-13",
        ["goal", "constraint_budget", "area_ml"],
        [
            T("মেশিন লার্নিং ইঞ্জিনিয়ার হতে চাই", GOAL + PLAN, goal="ml"),
            T("১ লাখ টাকা পর্যন্ত খরচ করতে পারবো", CONS, budget=(100000, "BDT")),
            T("প্ল্যানটা দিন", PLAN, plan=True, plan_cost=(100000, "BDT")),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-de-skip-14",
        ["goal", "banglish", "skip", "area_de"],
        [
            T("amar goal data engineer, soptahe 8 ghonta", GOAL + PLAN, goal="de", hours=8, any_lang=True),
            T("plan dekhan", PLAN, plan=True, any_lang=True),
            T(
                "prothom ta ami kore felechi",
                SKIP,
                held_prev_step=1,
                plan_excl_prev_step=1,
                plan=True,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-teacher-village-15",
        ["goal", "banglish", "dlit_teacher"],
        [
            T(
                "ami ekjon school teacher, gramer meyeder computer shekhate chai",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-langs-cloudsec-16",
        ["languages", "goal", "area_cloudsec"],
        [
            T("ক্লাউড সিকিউরিটি শিখতে চাই", GOAL + SEARCH + PLAN, goal="cloudsec"),
            T("আমি শুধু ইংরেজি আর বাংলা জানি, জার্মান কোর্স দেখাবেন না", CONS + SKILLS, langs=["bn", "en"]),
            T("প্ল্যান দিন", PLAN, plan=True, plan_langs=["en", "bn"]),
        ],
        split="tune",
    ),
    D(
        "bn-v10a-ux-faster-17",
        ["goal", "banglish", "refine", "area_ux"],
        [
            T("ami UX designer hote chai", GOAL + PLAN, goal="ux", any_lang=True),
            T("plan", PLAN, plan=True, any_lang=True),
            T("aro taratari shesh kora jay?", REFINE, plan=True, faster=True, any_lang=True),
        ],
        split="tune",
    ),
]

# v11-frozen (session 11, third blind frozen batch): see en.py; written blind, committed before any run.
import v11f_lists as _V11  # noqa: E402

DIALOGUES += [
    D(
        "bn-v11f-garments-bondho-01",
        ["v11_frozen", "vague", "lost_job", "constraint_budget", "area_data"],
        [
            T(
                "গার্মেন্টসে ১০ বছর কোয়ালিটি ইন্সপেক্টর ছিলাম, ফ্যাক্টরি বন্ধ হয়ে গেছে। এখন কী করব বুঝতে পারছি না",
                _V11.OPENING + _V11.ROLE,
            ),
            T("কম্পিউটারে কাজ করতে ভালো লাগে, একটু একটু এক্সেল পারি", _V11.ROLE_GOAL),
            T(
                "ডেটা নিয়ে কাজ করতে চাই। সপ্তাহে ১২ ঘণ্টা সময় দিতে পারব, বাজেট ২০ হাজার টাকা",
                _V11.GOAL_CONS,
                goal=["data"],
                goal_not=["quality", "inspector", "ইন্সপেক্টর"],
                hours=12,
                budget=(20000, "BDT"),
            ),
            T("একটা পরিকল্পনা দেখান", _V11.PLAN, plan=True, plan_cost=(20000, "BDT")),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-banglish-cyber-free-02",
        ["v11_frozen", "banglish", "constraint_budget", "area_cyber"],
        [
            T(
                "ami cyber security te career korte chai, kothay theke shuru korbo? free kichu ache?",
                _V11.GOAL + _V11.SEARCH + _V11.PLAN + _V11.EXPLORE,
                cite_any=["glcc-safe-104", "inl-securite-103", "bvca-awareness-101"],
                any_lang=True,
            ),
            T("eta shesh korle porer step ki", _V11.AFTER + _V11.PLAN, cite_min=1, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-polytechnic-microcred-03",
        ["v11_frozen", "educator", "area_microcred"],
        [
            T(
                "আমি একটা পলিটেকনিকের শিক্ষক। আমাদের প্রতিষ্ঠানে মাইক্রো-ক্রেডেনশিয়াল চালু করতে চাই, কীভাবে "
                "ডিজাইন করতে হয় শিখতে চাই",
                _V11.SEARCH + _V11.GOAL + _V11.PLAN + _V11.EXPLORE,
                cite_any=_V11.MICROCRED,
            ),
            T("প্রথম কোর্সটা কত দিনের?", _V11.PICK, cite_min=1),
            T(
                "পুরো সার্টিফিকেটের জন্য প্ল্যান দিন, সপ্তাহে ৪ ঘণ্টা",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=4,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-cashier-cloud-04",
        ["v11_frozen", "third_person", "adviser", "constraint_deadline", "languages", "area_cloud"],
        [
            T(
                "আমি একজন ক্যারিয়ার পরামর্শদাতা। আমার ক্লায়েন্ট ২৫ বছর, ব্যাংকে ক্যাশিয়ার, ক্লাউড "
                "ইঞ্জিনিয়ার হতে "
                "চায়। সে সপ্তাহে ৮ ঘণ্টা পড়তে পারবে, ঈদুল আজহার আগে শেষ করতে চায়",
                _V11.GOAL_CONS,
                goal="cloud",
                goal_not=["cashier", "ক্যাশিয়ার", "counsel"],
                hours=8,
                deadline=_V11.EID_ADHA,
            ),
            T("ওর জন্য পরিকল্পনা বানান", _V11.PLAN, plan=True),
            T(
                "সে জার্মান জানে না, শুধু বাংলা আর ইংরেজি",
                _V11.SKILLS + _V11.CONS + _V11.REFINE,
                langs=["bn", "en"],
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-hpc-mpi-05",
        ["v11_frozen", "search", "named_course", "area_hpc"],
        [
            T("উচ্চ ক্ষমতার কম্পিউটিং (HPC) নিয়ে কোনো কোর্স আছে?", _V11.SEARCH, cite_any=_V11.HPC),
            T(
                "Parallel Programming with MPI কোর্সটার আগে কী লাগবে?",
                _V11.REQ,
                cite_any=["padr-hpc-101", "padr-par-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-cse-web-mase-06",
        ["v11_frozen", "banglish", "student", "constraint_time", "area_web"],
        [
            T(
                "ami CSE 2nd year e pori, web development shikhte chai, mase 40 ghonta time dite parbo",
                _V11.GOAL + _V11.SEARCH + _V11.CONS,
                hours=(9.2, 0.15),
                any_lang=True,
            ),
            T("roadmap dao", _V11.PLAN, plan=True, any_lang=True),
            T("2nd step ta ki niye", _V11.PICK, cite_min=1, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-isp-ai-network-07",
        ["v11_frozen", "skills", "constraint_deadline", "area_ainet"],
        [
            T(
                "আমি একটা আইএসপিতে নেটওয়ার্ক ইঞ্জিনিয়ার, এআই দিয়ে নেটওয়ার্ক চালানো শিখতে চাই",
                _V11.GOAL + _V11.SKILLS + _V11.SEARCH,
                goal="ainet",
            ),
            T(
                "পহেলা বৈশাখের আগে শেষ করা যাবে? সপ্তাহে ১০ ঘণ্টা",
                _V11.CONS + _V11.PLAN + _V11.EXPLAIN,
                deadline=_V11.BOISHAKH,
                hours=10,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-cyberops-08",
        ["v11_frozen", "nonexistent", "followup", "area_cyber"],
        [
            T("আপনাদের কাছে Cisco CyberOps Associate কোর্স আছে?", _V11.NAMED, cite_any=_V11.CYBER),
            T("তাহলে কাছাকাছি কোনটা?", _V11.SEARCH + _V11.WHICH, cite_any=_V11.CYBER),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-ma-smartphone-09",
        ["v11_frozen", "third_person", "digital_literacy", "area_dlit"],
        [
            T(
                "আমার মা ৫৫ বছর, স্মার্টফোন আর অনলাইনে বিল দেওয়া শিখতে চান, সহজ কিছু আছে?",
                _V11.SEARCH + _V11.GOAL,
                cite_any=_V11.DLIT,
            ),
            T("মায়ের জন্য এটায় কি টাকা লাগবে?", _V11.PICK + _V11.SEARCH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-cv-dba-10",
        ["v11_frozen", "cv", "constraint_budget", "area_dba"],
        [
            T(
                "দক্ষতা: MySQL, PHP, ৩ বছর ওয়েব ডেভেলপার হিসেবে কাজ। লক্ষ্য: ডাটাবেস অ্যাডমিনিস্ট্রেটর",
                _V11.SKILLS + _V11.GOAL,
                goal="dba",
                goal_not=["web"],
            ),
            T(
                "প্ল্যান দিন, বাজেট ২ লাখ টাকা",
                _V11.PLAN + _V11.CONS,
                plan=True,
                budget=(200000, "BDT"),
                plan_cost=(200000, "BDT"),
            ),
            T("এর মধ্যে কোনটা সবচেয়ে কঠিন হবে?", _V11.WHICH, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-de-faster-11",
        ["v11_frozen", "skills", "faster", "area_de"],
        [
            T(
                "ডেটা ইঞ্জিনিয়ার হতে চাই, Python আর SQL জানি",
                _V11.GOAL + _V11.SKILLS,
                goal="de",
                skills=["python", "Python", "SQL", "sql"],
            ),
            T("পরিকল্পনা দেখান", _V11.PLAN, plan=True),
            T("এত লম্বা? আরও তাড়াতাড়ি শেষ করার উপায় আছে?", _V11.CHEAPER, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-cricket-ai-12",
        ["v11_frozen", "off_topic", "banglish", "search", "area_ai"],
        [
            T("kalker Bangladesh er match ta dekhecho?", _V11.OFF, dead_ok=True, any_lang=True),
            T(
                "accha, AI niye kono course ache? bangla ba english e",
                _V11.SEARCH,
                cite_any=_V11.AI,
                any_lang=True,
            ),
            T("sob cheye shohoj konta", _V11.WHICH, cite_any=["diaa-ai-101", "ual-ia-101"], any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v11f-kolkata-dpo-puja-13",
        ["v11_frozen", "goal", "constraint_deadline", "languages", "area_dgov"],
        [
            T(
                "আমি কলকাতায় একটা আইটি কোম্পানিতে কাজ করি, ডেটা প্রোটেকশন অফিসার হতে চাই। পুজোর আগে একটা সার্টিফিকেট চাই",
                _V11.GOAL + _V11.CONS + _V11.PLAN,
                goal="dpo",
                deadline=_V11.BEFORE_PUJA,
            ),
            T(
                "কোর্সগুলো কি ফরাসি ভাষায়? আমি ফরাসি জানি না",
                _V11.PICK + _V11.REFINE + _V11.CONS + _V11.SEARCH + _V11.EXPLAIN + _V11.SKILLS,
            ),
        ],
        split="frozen",
    ),
]

# v11-dlg (session 11, reply/policy round): life events, follow-ups in context, named courses; written before
# reading the policy files, committed before any run. Lists in `v11d_lists.py`. For tune.
import v11d_lists as _L11  # noqa: E402

DIALOGUES += [
    D(
        "bn-v11d-chakri-01",
        ["life_event", "vague", "implied_plan", "area_network"],
        [
            T(
                "আমার গার্মেন্টসের চাকরি চলে গেছে, এখন কী শিখব বুঝতে পারছি না",
                EXPLORE,
                goal_not=["garment", "textile", "sewing"],
            ),
            T("কম্পিউটার নেটওয়ার্কিং নিয়ে কাজ করতে চাই", GOAL + SEARCH, goal="network"),
            T("সপ্তাহে ৬ ঘণ্টা দিতে পারব, একটা প্ল্যান দাও", PLAN + CONS, plan=True, hours=6),
        ],
        split="tune",
    ),
    D(
        "bn-v11d-kom-dam-02",
        ["search", "followup", "area_data"],
        [
            T("ডেটা অ্যানালাইসিসের কোনো কোর্স আছে?", SEARCH, cite_any=_L11.DATA),
            T("সবচেয়ে ছোট কোনটা", SELECT + COMPARE, cite_min=1),
            T("এর চেয়ে কম দামের কিছু আছে?", REFINE + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v11d-counsellor-03",
        ["third_person", "step_question", "area_web"],
        [
            T(
                "আমি একজন ক্যারিয়ার কাউন্সেলর, আমার ক্লায়েন্ট একজন স্কুল শিক্ষক যিনি ওয়েব ডেভেলপার হতে চান, সপ্তাহে ১০ ঘণ্টা",
                GOAL + CONS,
                goal="web",
                goal_not=["teacher"],
                hours=10,
            ),
            T("তার জন্য একটা পরিকল্পনা করুন", PLAN, plan=True),
            T("প্রথম ধাপটা কী নিয়ে?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "bn-v11d-modelling-04",
        ["named_course", "followup", "area_de"],
        [
            T("Data Modelling Essentials কোর্সটা কেমন, কত খরচ", EXPLAIN + SELECT, cite_any=["nda-model-102"]),
            T("এরপর কী করব", REQ + PLAN + EXPLAIN, cite_any=_L11.DBA_AFTER),
        ],
        split="tune",
    ),
]

# v11-asia (session 11, vi/hi/bn round): written before any run of this batch; lists from the catalogue files.
import v10f_lists as _V11  # noqa: E402
from dates import BEFORE_PUJA as _PUJA11  # noqa: E402
from dates import BOISHAKH as _BOISHAKH11  # noqa: E402

_V11_FREE_PY = ["lit-prog-101", "glcc-code-107"]
DIALOGUES += [
    D(
        "bn-v11a-teacher-ai-banglish-01",
        ["goal", "banglish", "role_vs_goal", "area_ai"],
        [
            T(
                "ami ekjon high school teacher, AI niye shikhte chai jate class e kaje lagate pari",
                GOAL + SEARCH + PLAN + EXPLORE,
                role=["teacher", "shikkhok", "শিক্ষক"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-merchandiser-data-02",
        ["goal", "constraint_time", "area_data", "role_vs_goal"],
        [
            T(
                "আমি একজন গার্মেন্টস মার্চেন্ডাইজার, ডেটা অ্যানালিস্ট হতে চাই। সপ্তাহে ৫ ঘণ্টা সময় দিতে পারব।",
                GOAL + PLAN + CONS,
                goal="data_analyst",
                goal_not=["merchandis", "মার্চেন্ডাইজার"],
                hours=5,
            ),
            T("রোডম্যাপ দেখান", PLAN, plan=True, plan_incl=_V11.DATA),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-cyber-15k-03",
        ["search", "constraint_budget", "area_cyber"],
        [
            T(
                "বাজেট ১৫ হাজার টাকা, সাইবার সিকিউরিটির কোনো কোর্স আছে?",
                SEARCH + CONS,
                budget=(15000, "BDT"),
                cite_any=_V11.CYBER,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-cloud-puja-banglish-04",
        ["goal", "banglish", "constraint_deadline", "area_cloud"],
        [
            T(
                "cloud engineer hote chai, pujor age shesh korte chai",
                GOAL + CONS + PLAN,
                goal="cloud",
                deadline=_PUJA11,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-hpc-research-05",
        ["goal", "search", "area_hpc", "student"],
        [
            T(
                "বিশ্ববিদ্যালয়ের গবেষণার জন্য হাই পারফরম্যান্স কম্পিউটিং শিখতে চাই, কোথা থেকে শুরু করব?",
                GOAL + SEARCH + PLAN + EXPLORE,
                goal="hpc",
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-client-dgov-06",
        ["third_person", "adviser", "area_dgov", "languages"],
        [
            T(
                "আমার ক্লায়েন্ট একজন ব্যাংক কর্মকর্তা, তিনি ডেটা গভর্নেন্স আর ডেটা প্রাইভেসি নিয়ে কাজ করতে চান",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal="dgov",
            ),
            T("তিনি শুধু ইংরেজিতে পড়তে পারেন", CONS + REFINE, study_lang=["en"]),
            T("তার জন্য একটা পরিকল্পনা বানান", PLAN, plan=True, plan_langs=["en"]),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-dlit-teacher-07",
        ["goal", "dlit_teacher", "search"],
        [
            T(
                "আমি প্রাথমিক স্কুলের শিক্ষক, গ্রামের মহিলাদের ডিজিটাল সাক্ষরতা শেখাতে চাই",
                GOAL + SEARCH + PLAN,
                goal="dlit_teacher",
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-excel-de-08",
        ["skills", "goal", "banglish", "area_de"],
        [
            T(
                "ami Excel, Power BI ar ektu SQL pari",
                SKILLS,
                skills=["sql", "excel", "spreadsheet"],
                any_lang=True,
            ),
            T("ekhon data engineer hote chai", GOAL + PLAN, goal="de", any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-dba-named-09",
        ["named_course", "explain"],
        [
            T(
                "Relational Database Administration কোর্সটা কত দিনের আর খরচ কত?",
                EXPLAIN + SELECT,
                cite_any=["nda-dba-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-fullstack-cert-10",
        ["named_course", "requirements", "stacking", "area_web"],
        [
            T(
                "Certificate in Full-Stack Web Development পেতে কোন কোন কোর্স করতে হবে, কোনটা আগে?",
                REQ,
                cite_any=["lit-cert-web", "lit-web-201", "lit-api-204", "lit-fw-203", "lit-webstd-202"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-vague-banglish-11",
        ["vague", "banglish"],
        [T("kichu bujhte parchi na ki shikhbo, chakri ta r bhalo lagche na", EXPLORE, any_lang=True)],
        split="tune",
    ),
    D(
        "bn-v11a-network-followups-12",
        ["goal", "followup", "refine", "area_network"],
        [
            T("নেটওয়ার্ক ইঞ্জিনিয়ার হতে চাই", GOAL + PLAN, goal="network"),
            T("পরিকল্পনা দেখাও", PLAN, plan=True),
            T("আরও তাড়াতাড়ি শেষ করার কোনো উপায় আছে?", REFINE, plan=True, faster=True),
            T("শুধু অনলাইন কোর্স রাখো", REFINE + CONS, plan=True, plan_part=["online"], part=["online"]),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-free-prog-13",
        ["search", "constraint_budget"],
        [T("প্রোগ্রামিং শেখার জন্য ফ্রি কোর্স আছে?", SEARCH + CONS, cite_any=_V11_FREE_PY)],
        split="tune",
    ),
    D(
        "bn-v11a-sap-none-14",
        ["nonexistent", "named_course"],
        [T("SAP ERP এর কোনো কোর্স আছে আপনাদের?", SEARCH + EXPLAIN)],
        split="tune",
    ),
    D(
        "bn-v11a-ml-boishakh-15",
        ["goal", "constraint_deadline", "constraint_time", "area_ml"],
        [
            T(
                "পহেলা বৈশাখের আগে মেশিন লার্নিং এর বেসিক শেষ করতে চাই, প্রতিদিন ১ ঘণ্টা করে",
                GOAL + CONS + PLAN + SEARCH,
                goal="ml",
                deadline=_BOISHAKH11,
                hours=(7, 0.2),
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-sql-thanks-16",
        ["search", "smalltalk"],
        [
            T("SQL শেখার ভালো কোর্স কোনটা?", SEARCH, cite_any=_V11.SQL),
            T("ধন্যবাদ ভাই, অনেক উপকার হলো", SMALL),
        ],
        split="tune",
    ),
    D(
        "bn-v11a-aws-cloudsec-banglish-17",
        ["goal", "banglish", "constraint_time", "area_cloudsec"],
        [
            T(
                "amar 3 bochor er AWS experience ache, ekhon cloud security te jete "
                "chai. mashe 20 ghonta time dite parbo",
                GOAL + CONS + PLAN,
                goal="cloudsec",
                hours=(4.6, 0.2),
                any_lang=True,
            ),
        ],
        split="tune",
    ),
]

# v12-frozen (session 12, fourth blind frozen batch): written in one sitting without reading the
# assistant's code or rules, any result, or any other frozen dialogue; never run by its writer. Course
# lists and deadline windows in `v12f_lists.py`. Split frozen. Romanised Banglish: reply language unchecked.
import v12f_lists as _L12  # noqa: E402

DIALOGUES += [
    D(
        "bn-v12f-probashi-01",
        ["v12_frozen", "vague", "life_event", "free", "area_dlit"],
        [
            T(
                "আমি ৭ বছর মালয়েশিয়াতে কন্সট্রাকশনে কাজ করেছি, এখন দেশে ফিরেছি। কম্পিউটারের কিছু শিখে "
                "চাকরি করতে চাই, কিন্তু কিছুই জানি না",
                EXPLORE + GOAL + SEARCH,
                goal_not=["construction", "builder"],
            ),
            T("একদম শুরু থেকে, সহজ কিছু", SEARCH + REFINE + GOAL, cite_any=_L12.DLIT + _L12.HELPDESK),
            T("ফ্রি গুলো কোনগুলো?", REFINE + SEARCH + SELECT, cite_any=_L12.DLIT_FREE),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-ekushey-data-02",
        ["v12_frozen", "constraint_deadline", "budget_bdt", "language_denied", "area_data"],
        [
            T(
                "একুশে ফেব্রুয়ারির আগে ডেটা অ্যানালাইসিসের বেসিক শেষ করতে চাই, সপ্তাহে ১০ ঘণ্টা, বাজেট বারো হাজার টাকা",
                GOAL + CONS + SEARCH,
                deadline=_L12.EKUSHEY,
                hours=10,
                budget=(12000, "BDT"),
            ),
            T(
                "প্ল্যানটা দেখান",
                PLAN,
                plan=True,
                plan_incl=_L12.DATA,
                plan_cost=(12000, "BDT"),
            ),
            T(
                "স্প্যানিশ কোর্স আমি পড়তে পারব না",
                CONS + REFINE + PLAN,
                plan=True,
                plan_langs=["en", "bn"],
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-kolkata-teacher-03",
        ["v12_frozen", "banglish", "teacher", "what_after", "certificate_totals", "area_microcred"],
        [
            T(
                "ami kolkata te ekta school e computer porai, ebar amader school er jonno micro-credential "
                "design korte chai. kothay shuru korbo?",
                GOAL + SEARCH + PLAN + EXPLORE,
                cite_any=_L12.MICROCRED,
                any_lang=True,
            ),
            T(
                "Designing Micro-Credentials: Foundations er por ki?",
                REQ + EXPLAIN + PLAN,
                cite_any=["aec-outcomes-102", "aec-online-201", "aec-cert-dld"],
                any_lang=True,
            ),
            T(
                "certificate ta nite mot koto taka lagbe?",
                EXPLAIN + REQ,
                cite_any=_L12.DLD_CERT_PARTS,
                any_lang=True,
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-chhoto-bhai-network-04",
        ["v12_frozen", "third_person", "languages_spoken", "online_only", "area_network"],
        [
            T(
                "আমার ছোট ভাই পলিটেকনিকে ইলেকট্রিক্যাল পড়ে, কিন্তু ও নেটওয়ার্কিং এর দিকে যেতে চায়",
                GOAL + SEARCH,
                goal_not=["electric"],
            ),
            T(
                "ও শুধু বাংলা আর ইংরেজি জানে, আর অনলাইনে করতে চায়",
                CONS + SKILLS + REFINE,
                part=["online"],
            ),
            T(
                "ওর জন্য একটা প্ল্যান বানিয়ে দিন, সপ্তাহে ৬ ঘণ্টা",
                PLAN + CONS,
                plan=True,
                hours=6,
                plan_incl=_L12.NETWORK,
                plan_part=["online"],
                plan_langs=["bn", "en"],
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-incident-typo-05",
        ["v12_frozen", "named_course", "typo", "prerequisites", "sessions", "area_cyber"],
        [
            T(
                "Incident Handeling and Thret Hunting কোর্সটা কি অনলাইনে?",
                EXPLAIN + SELECT,
                cite_any=["bvca-ir-203"],
            ),
            T("এর আগে কি কি করতে হবে?", REQ, cite_any=["bvca-siem-201", "bvca-soc-101"]),
            T("কবে শুরু হয়?", EXPLAIN + SELECT, cite_any=["bvca-ir-203"]),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-jam-ml-06",
        ["v12_frozen", "off_topic", "skills", "what_if_hours", "area_ml"],
        [
            T("আজকে ঢাকায় জ্যাম কেমন?", OOS + SMALL),
            T(
                "আচ্ছা, মেশিন লার্নিং শিখতে চাই, পাইথন পারি",
                GOAL + SKILLS + SEARCH,
                cite_any=_L12.ML,
            ),
            T("সপ্তাহে ৪ ঘণ্টা দিলে কতদিন লাগবে?", PLAN + CONS + EXPLAIN, hours=4),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-basis-sqa-07",
        ["v12_frozen", "nonexistent", "price_bdt", "prerequisites", "area_tester"],
        [
            T("BASIS এর SQA কোর্স আছে আপনাদের?", EXPLAIN + SEARCH, cite_any=_L12.TESTER),
            T("Software Testing and Quality এর দাম কত, টাকায় বলেন", EXPLAIN + SELECT, cite_any=["lit-test-201"]),
            T("এটার আগে কী লাগবে", REQ, cite_any=["lit-oop-102"]),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-ctg-port-clerk-08",
        ["v12_frozen", "banglish", "runon", "current_role", "budget_bdt", "area_dba"],
        [
            T(
                "ami chittagong port e clerk hisebe kaj kori 4 bochor dhore amar boss bollo data entry theke "
                "upore uthte hole database shikhte hobe ami shoptahe 5 ghonta dite parbo r 20 hajar takar "
                "moddhe",
                GOAL + CONS,
                goal=["database", "data"],
                goal_not=["clerk"],
                hours=5,
                budget=(20000, "BDT"),
                any_lang=True,
            ),
            T("plan ta dekhan", PLAN, plan=True, plan_incl=_L12.DBA + _L12.DATA, any_lang=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-fire-ashlam-09",
        ["v12_frozen", "stored_profile", "held", "online_only", "area_ml"],
        [
            T(
                "আমি আবার এসেছি। Applied Machine Learning with Python গত মাসে শেষ করেছি। এখন কী করব?",
                SKILLS + PLAN + REQ + SKIP,
                held=["diaa-ml-201"],
                cite_any=["diaa-dl-202", "diaa-cv-301", "diaa-cert-aml", "diaa-mlops-303", "diaa-isd-304"],
            ),
            T(
                "Computer Vision Engineering কি অনলাইনে? আমি ঢাকার বাইরে যেতে পারব না",
                EXPLAIN + SELECT + CONS,
                cite_any=["diaa-cv-301"],
            ),
            T(
                "তাহলে শুধু অনলাইন কোর্স দিয়ে প্ল্যান দিন",
                PLAN + CONS + REFINE,
                plan=True,
                part=["online"],
                plan_part=["online"],
            ),
        ],
        profile={
            "id": "v12f-fire-ashlam",
            "name": "Tanvir",
            "skills": [
                {
                    "uri": "http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d",
                    "label": "Python (computer programming)",
                    "level": "intermediate",
                    "source": "self-declared",
                }
            ],
            "credentials": [
                {
                    "id": "diaa-ai-101",
                    "title": "AI Foundations",
                    "awarding_body": "Deccan Institute of Applied AI",
                    "issued": "2026-03-15",
                    "ects": None,
                    "eqf_level": 4,
                    "skills": [],
                }
            ],
            "goal": {
                "occupation_uri": "http://data.europa.eu/esco/occupation/1c5a45b9-440e-4726-b565-16a952abd341",
                "label": "computer vision engineer",
                "skills": [],
                "job_advert": None,
            },
            "current_role": None,
            "languages": ["bn", "en"],
            "constraints": {
                "hours_per_week": 8,
                "weeks": None,
                "deadline": None,
                "budget": 60000,
                "currency": "BDT",
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
        "bn-v12f-khala-online-class-10",
        ["v12_frozen", "third_person", "teacher", "easiest", "area_dlit_teacher"],
        [
            T(
                "আমার খালা প্রাইমারি স্কুলের টিচার, উনি অনলাইনে ক্লাস নেওয়া শিখতে চান। ইংরেজি মোটামুটি বোঝেন",
                SEARCH + EXPLORE + GOAL,
                cite_any=_L12.TEACH_DLIT + _L12.MICROCRED,
            ),
            T("সবচেয়ে সহজটা কোনটা?", SELECT + COMPARE, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-buet-gpu-11",
        ["v12_frozen", "student", "named_course", "ects", "prerequisites", "area_hpc"],
        [
            T(
                "BUET এ মাস্টার্স করছি, থিসিসে GPU দিয়ে সিমুলেশন চালাতে হবে। HPC নিয়ে কী আছে?",
                SEARCH,
                cite_any=_L12.HPC,
            ),
            T(
                "Introduction to High-Performance Computing কি ফ্রি? কত ECTS?",
                EXPLAIN + SELECT,
                cite_any=["padr-hpc-101"],
            ),
            T(
                "এরপরে GPU এর কোর্সটা করতে কী কী লাগবে?",
                REQ + PLAN + EXPLAIN,
                cite_any=["padr-par-201", "padr-gpu-301"],
            ),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-december-cloud-12",
        ["v12_frozen", "constraint_deadline", "faster", "area_cloud"],
        [
            T(
                "আগামী বছরের ডিসেম্বরের মধ্যে ক্লাউড ইঞ্জিনিয়ার হওয়ার জন্য যা যা লাগে শেষ করতে চাই, সপ্তাহে আট ঘণ্টা",
                GOAL + CONS + PLAN,
                plan=True,
                goal="cloud",
                deadline=_L12.BY_DECEMBER_NEXT,
                hours=8,
            ),
            T("আরও দ্রুত করা যায়?", REFINE, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "bn-v12f-cyber-chhoto-13",
        ["v12_frozen", "short_replies", "search", "area_cyber"],
        [
            T("সাইবার সিকিউরিটি কোর্স", SEARCH, cite_any=_L12.CYBER),
            T("৩ নম্বরটা", SELECT, cite_min=1),
            T("ধন্যবাদ ভাই", SMALL, dead_ok=True),
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
        "bn-v12u-card-01",
        ["named_course", "followup", "v12u"],
        [
            T("Network Security Essentials সম্পর্কে বলুন", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"]),
            T("এটা কি অনলাইনে?", EXPLAIN + SELECT, cite_any=["ccna-netsec-204"], cite_none=["ccna-net-101"]),
            T(
                "এটা কি সরকারি স্বীকৃত?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "এটা কি জার্মান ভাষাতেও আছে?",
                EXPLAIN + SELECT + SEARCH,
                cite_any=["hrd-cloudnet-203", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloud-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v12u-cert-02",
        ["certificate", "skip", "followup", "v12u"],
        [
            T(
                "Certificate in Database Administration এর জন্য কী লাগবে?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
            ),
            T(
                "Data Modelling Essentials বাদ দিন, আমি করে ফেলেছি",
                REQ + SKIP,
                held=["nda-model-102"],
                cite_any=["nda-dbphys-302"],
            ),
            T("তাহলে বাকি কী আর খরচ কত?", REQ + EXPLAIN, cite_any=["nda-dbphys-302"]),
            T("সপ্তাহে ৫ ঘণ্টা করে বাকিগুলো কত দিন লাগবে?", REQ + EXPLAIN + _CONS12, cite_any=["nda-dbphys-302"]),
        ],
        split="tune",
    ),
    D(
        "bn-v12u-pair-03",
        ["named_course", "compare", "followup", "v12u"],
        [
            T(
                "Networking Fundamentals আর AI-Driven Network Operations তুলনা করুন",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-aiops-301"],
            ),
            T(
                "দুটো মিলিয়ে কত ঘণ্টা?",
                EXPLAIN + COMPARE,
                cite_any=["ccna-aiops-301"],
                cite_none=["ccna-route-201"],
            ),
            T("তাহলে মাঝে কী করব?", EXPLAIN + PLAN, cite_any=["ccna-netmon-202"]),
            T(
                "কোনটা আগে করব? আমি ব্যাকএন্ড ডেভেলপার, পাইথন জানি",
                COMPARE + EXPLAIN,
                cite_any=["ccna-net-101"],
                cite_none=["glcc-code-107", "lit-prog-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v12u-plan-online-04",
        ["plan", "refine", "participation", "v12u"],
        [
            T(
                "আমি নেটওয়ার্ক ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ৬ ঘণ্টা সময় আছে",
                GOAL + PLAN + _CONS12,
                goal="network",
                plan=True,
            ),
            T("সব কি অনলাইনে করা যায়?", REFINE + _CONS12, plan=True, part=["online"], plan_part=["online"]),
        ],
        split="tune",
    ),
    D(
        "bn-v12u-interest-05",
        ["vague", "interest", "area_helpdesk", "v12u"],
        [
            T("কী শিখব কিছুই বুঝতে পারছি না", EXPLORE),
            T("মানুষের কম্পিউটারের সমস্যা ঠিক করতে আমার ভালো লাগে", GOAL + EXPLORE, goal="helpdesk"),
        ],
        split="tune",
    ),
]

# v13u, part b (session 13, blind tune batch): written without reading the assistant's code or rules, from the
# catalogue, the taxonomy and docs only, before any run. Lists and deadline windows in `v13ub_lists.py`.
import v13ub_lists as _U13  # noqa: E402
from dates import IN_3_MONTHS as _IN_3_MONTHS13  # noqa: E402
from dates import JUNE as _JUNE13  # noqa: E402

_BN13_PROFILE = {
    "id": "bn-v13u-07-riaz",
    "name": "Riaz (counselling client)",
    "skills": [],
    "credentials": [
        {
            "id": "nda-model-102",
            "title": "Data Modelling Essentials",
            "awarding_body": "Noordzee Data Academy",
            "issued": "2026-06-30",
            "ects": 3,
            "eqf_level": 5,
            "skills": [],
        }
    ],
    "goal": {
        "occupation_uri": "http://data.europa.eu/esco/occupation/8c57af09-719c-42b3-be40-6ed4946236cc",
        "label": "database administrator",
        "skills": [],
        "job_advert": None,
    },
    "languages": ["bn", "en"],
    "constraints": {
        "hours_per_week": 8,
        "budget": 60000,
        "currency": "BDT",
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
        "bn-v13u-01",
        ["v13u", "banglish", "skills_held", "free", "area_data"],
        [
            T(
                "ami ekta rickshaw garage er hisab rakhi, excel mota muti jani. data analyst hote chai, mase "
                "2000 takar beshi khoroch korte parbo na",
                GOAL + SKILLS + CONS,
                goal="data_analyst",
                goal_not=["bookkeep", "accountant", "garage"],
                any_lang=True,
            ),
            T("free kichu ache?", REFINE + SEARCH, cite_any=_U13.DATA + _U13.DATA_FREE, any_lang=True),
            T(
                "ok spreadsheet er ta diye shuru kori, tarpor?",
                REQ + EXPLAIN + PLAN,
                cite_min=1,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-02",
        ["v13u", "third_person", "parent", "digital_literacy", "area_dlit"],
        [
            T(
                "আমার বাবা অবসরপ্রাপ্ত স্কুলের হেডমাস্টার, স্মার্টফোন আর ইমেইল ঠিকমতো চালানো শিখতে চান। ওনার জন্য সহজ কিছু আছে?",
                SEARCH + EXPLORE + GOAL,
                cite_any=_U13.DLIT,
            ),
            T("উনি ইংরেজি মোটামুটি পড়তে পারেন, অনলাইনে হলেই ভালো", CONS + REFINE, cite_min=1),
            T("ঠিক আছে, ওনার জন্য একটা ছোট প্ল্যান করে দিন, সপ্তাহে ৩ ঘণ্টা", PLAN + CONS, plan=True, hours=3),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-03",
        ["v13u", "not_in_catalogue", "prerequisite", "course_done", "area_network"],
        [
            T("CCNA করতে চাই, আপনাদের কাছে আছে?", SEARCH + EXPLAIN + GOAL, cite_any=_U13.NETWORK),
            T(
                "Routing, Switching and Network Design এর আগে কী করতে হবে",
                REQ,
                cite_any=["ccna-net-101", "ccna-fondements-101", "ccna-route-201"],
            ),
            T(
                "Networking Fundamentals আমি already করে ফেলেছি",
                SKILLS + SKIP,
                held=["ccna-net-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-04",
        ["v13u", "banglish", "short_reply", "language", "cheaper", "area_cloudsec"],
        [
            T("cloud security course", SEARCH, cite_any=_U13.CLOUDSEC + _U13.CLOUD, any_lang=True),
            T("english e?", REFINE + CONS + SEARCH, cite_min=1, any_lang=True),
            T("sobcheye kom dam er ta kon ta", SELECT + COMPARE + REFINE, cite_min=1, any_lang=True),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-05",
        ["v13u", "educator", "eqf_ects", "hours_total", "area_microcred"],
        [
            T(
                "আমি একটা প্রাইভেট ইউনিভার্সিটির লেকচারার, আমাদের মাইক্রো-ক্রেডেনশিয়াল চালু করতে হবে। ECTS "
                "আর লার্নিং আউটকাম কীভাবে ঠিক করে সেটা শিখতে চাই",
                SEARCH + EXPLORE + GOAL,
                cite_any=_U13.MICROCRED,
            ),
            T(
                "পুরো সার্টিফিকেটটা করতে কত সময় লাগবে, সপ্তাহে ৫ ঘণ্টা দিলে?",
                PLAN + CONS + REQ + EXPLAIN,
                hours=5,
                cite_any=_U13.MICROCRED_CERT,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-06",
        ["v13u", "change_mind", "hours_day", "implied_plan", "area_software"],
        [
            T(
                "software tester হতে চাই... না আসলে ডেভেলপার, টেস্টিং ভালো লাগে না",
                GOAL,
                goal="software",
                goal_not=["tester", "testing"],
            ),
            T("প্রতিদিন সন্ধ্যায় দুই ঘণ্টা, শুক্রবার বাদে", CONS, hours=(12, 0.2)),
            T("তাহলে আমার জন্য একটা রোডম্যাপ বানিয়ে দিন তো", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-07",
        ["v13u", "stored_profile", "adviser", "course_done", "area_dba"],
        [
            T("আমার ক্লায়েন্ট রিয়াজের প্ল্যানটা দেখান", PLAN, plan=True, plan_excl=["nda-model-102"]),
            T(
                "ও Relational Database Administration টাও গত মাসে শেষ করেছে",
                SKIP + SKILLS + REFINE + PLAN,
                held=["nda-dba-201"],
            ),
            T("বাকিটা করতে মোট কত টাকা লাগবে", REQ + EXPLAIN + PLAN, cite_min=1),
        ],
        profile=_BN13_PROFILE,
        split="tune",
    ),
    D(
        "bn-v13u-08",
        ["v13u", "banglish", "prerequisite", "certificate_total", "area_ainet"],
        [
            T(
                "ami ekta ISP te field technician, AI diye network er anomaly detect kora shikhte chai. "
                "python mota muti pari",
                GOAL + SKILLS + SEARCH + EXPLORE,
                goal="ainet",
                cite_any=_U13.AINET,
                any_lang=True,
            ),
            T(
                "Machine Learning for Network Traffic Analysis er prerequisite ki?",
                REQ,
                cite_any=["lcsi-mlnet-203"],
                any_lang=True,
            ),
            T(
                "pura certificate ta shesh korte total koto taka lagbe",
                REQ + EXPLAIN + PLAN,
                cite_any=_U13.AINET_CERT,
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-09",
        ["v13u", "voice_typed", "skills_held", "deadline", "area_web"],
        [
            T(
                "আমি ফাইভারে লোগো ডিজাইন করি কিন্তু অর্ডার কমে গেছে তাই ভাবছি ওয়েবসাইট বানানো শিখব HTML CSS "
                "একটু জানি জাভাস্ক্রিপ্ট জানি না কোনটা দিয়ে শুরু করব",
                GOAL + SKILLS + EXPLORE + SEARCH,
                goal="web",
                cite_any=_U13.WEB_START + _U13.WEB,
            ),
            T(
                "ঠিক আছে, জুনের মধ্যে পুরো ফুল স্ট্যাক সার্টিফিকেট শেষ করা যাবে? সপ্তাহে ১৫ ঘণ্টা দিতে পারব",
                PLAN + CONS + REQ + EXPLAIN,
                hours=15,
                deadline=_JUNE13,
                cite_min=1,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-v13u-10",
        ["v13u", "banglish", "third_person", "sibling", "online", "area_ml"],
        [
            T(
                "amar choto bon CSE 3rd year e, ML e internship er jonno ready hote chay. 3 mash time ache, "
                "shudhu online",
                GOAL + CONS,
                goal="ml",
                deadline=_IN_3_MONTHS13,
                part=["online"],
                any_lang=True,
            ),
            T("ok plan den", PLAN, plan=True, plan_part=["online"], any_lang=True),
            T("eta te total koto khoroch porbe?", REQ + EXPLAIN + PLAN, cite_min=1, any_lang=True),
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
from dsl import REQ as _REQ14
from dsl import SELECT as _SEL14
from dsl import D as _D14  # noqa: E402
from dsl import T as _T14

_ASK14 = _EX14 + _SEL14 + _REQ14
DIALOGUES += [
    _D14(
        "bn-t9named-days-01",
        ["t9named", "named_course", "duration"],
        [
            _T14(
                "Teaching Digital Literacy to Adults কোর্সটা সম্পর্কে বলুন", _ASK14, cite_any=["aec-dlteach-104"]
            ),
            _T14("কোর্সটা কত দিনের?", _ASK14, cite_any=["aec-dlteach-104"], plan=False),
            _T14("এর পরে কী করব?", _ASK14, cite_any=["aec-csteach-207"]),
        ],
        split="tune",
    ),
    _D14(
        "bn-t9named-eqf-02",
        ["t9named", "concept"],
        [
            _T14("EQF লেভেল ৬ মানে কী? এটা কি স্নাতক ডিগ্রির মতো?", _EX14, no_goal=True, plan=False),
        ],
        split="tune",
    ),
]

# -- session 14 (t9goals): goals read the way people state them; tune, written before the fixes -------------
import t9goals_lists as _G14  # noqa: E402

DIALOGUES += [
    D(
        "bn-t9goals-01",
        ["t9goals", "teacher_title"],
        [
            T(
                "আমি প্রাথমিক বিদ্যালয়ের শিক্ষিকা, ছাত্রছাত্রীদের ডিজিটাল দক্ষতা শেখাতে চাই",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.TEACHER_ROLE,
                goal=_G14.TEACHING_GOAL,
            ),
        ],
        split="tune",
    ),
    D(
        "bn-t9goals-02",
        ["t9goals", "domain_worker_ai"],
        [
            T(
                "আমি একজন নার্স, হাসপাতালে এআই কীভাবে ব্যবহার হয় বুঝতে চাই, খুব টেকনিক্যাল কিছু না",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.NURSE_ROLE,
                goal_not=_G14.NOT_ICT_AI_JOB,
                cite_any=_G14.AI_BASICS,
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
from dsl import GOAL_OR_PLAN as _GOAL_OR_PLAN9P  # noqa: E402
from dsl import SEARCH as _SEARCH9P  # noqa: E402
from dsl import D as _D9P  # noqa: E402
from dsl import T as _T9P  # noqa: E402

DIALOGUES += [
    _D9P(
        "bn-t9p-01",
        ["t9profile", "field_with_person_word", "career_change"],
        [
            _T9P(
                "আমি তিন বছর ধরে গ্রাহক সেবায় কাজ করছি, এখন আইটি সাপোর্টে যেতে চাই। কী শিখব?",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="helpdesk",
                reply_excl=["ক্লায়েন্ট"],
            ),
            _T9P("বাংলায় বা ইংরেজিতে হলে চলবে", _CONS9P, study_langs=["bn", "en"]),
        ],
        split="tune",
    ),
    _D9P(
        "bn-t9p-02",
        ["t9profile", "level_floor"],
        [
            _T9P(
                "আমি নেটওয়ার্ক ইঞ্জিনিয়ার, ক্লাউড সিকিউরিটি শিখতে চাই, বেসিক কোর্স লাগবে না",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="cloudsec",
                min_eqf=5,
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
from dsl import PLAN as _PLAN15  # noqa: E402
from dsl import SEARCH as _SEARCH15  # noqa: E402
from dsl import D as _D15  # noqa: E402
from dsl import T as _T15  # noqa: E402

DIALOGUES += [
    _D15(
        "bn-t10named-lang-01",
        ["t10named", "named_course", "attribute_language"],
        [
            _T15("ডেটা প্রোটেকশন নিয়ে কোর্স দেখান", _N15.OPEN),
            _T15(
                "RGPD কোর্সটা কি ইংরেজিতে পড়ানো হয়?",
                _N15.ASK,
                cite_any=["inl-rgpd-101"],
                no_study_lang=True,
                plan=False,
                reply_excl=_N15.CARD["bn"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "bn-t10named-price-02",
        ["t10named", "named_course", "attribute_price", "attribute_format"],
        [
            _T15("Data Warehouse Design কোর্সটা সম্পর্কে বলুন", _N15.ASK),
            _T15(
                "এটার দাম কত আর অনলাইনে করা যায়?",
                _N15.ASK,
                cite_any=["nda-dwh-202"],
                no_part=True,
                plan=False,
                reply_excl=_N15.CARD["bn"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "bn-t10named-mandatory-03",
        ["t10named", "named_course", "attribute_mandatory"],
        [
            _T15(
                "আমি মেশিন লার্নিং ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ৬ ঘণ্টা, একটা পরিকল্পনা দিন",
                _N15.PLANNED,
                plan=True,
            ),
            _T15(
                "গণিতের কোর্সটা কি বাধ্যতামূলক?",
                _N15.ASK,
                cite_any=["diaa-math-102"],
                plan=False,
                reply_excl=_N15.CARD["bn"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "bn-t10named-missing-04",
        ["t10named", "not_in_catalogue"],
        [
            _T15(
                "কোয়ান্টাম কম্পিউটিং নিয়ে কোনো কোর্স আছে?",
                _SEARCH15 + _EXPLORE15,
                reply_any=_N15.MISSING["bn"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "bn-t10named-fastest-05",
        ["t10named", "fastest_path"],
        [
            _T15("আমি একজন ডেটা অ্যানালিস্ট হতে চাই", _N15.PLANNED),
            _T15("সবচেয়ে কম সময়ের পথ কোনটা?", _PLAN15, plan=True),
        ],
        split="tune",
    ),
]

# -- session 15 (t10search): search topics without filler, follow-ups that keep their word; tune, written
# before the fixes ------------------------------------------------------------------------------------------
import t10search_lists as _S15  # noqa: E402

DIALOGUES += [
    D(
        "bn-t10search-01",
        ["t10search", "topic_filler", "search"],
        [
            T(
                "ঠিক আছে। যার কোনো টেকনিক্যাল অভিজ্ঞতা নেই তার জন্য ডেটা অ্যানালাইসিসের কী কোর্স আছে?",
                _S15.INTENTS_SEARCH,
                cite_min=1,
                cite_none=_S15.ADVANCED,
                reply_excl=["অভিজ্ঞতা", "টেকনিক্যাল"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-t10search-02",
        ["t10search", "free_languages"],
        [
            T("আমি একজন ওয়েব ডেভেলপার হতে চাই", ["set_goal", "explore", "plan"], goal="web"),
            T("ফ্রি কোনো কোর্স আছে?", _S15.INTENTS_FREE, cite_none=_S15.NOT_ENGLISH),
        ],
        split="tune",
    ),
    D(
        "bn-t10search-03",
        ["t10search", "cheaper_budget"],
        [
            T("ক্লাউড কম্পিউটিং কোর্স দেখাও", _S15.INTENTS_SEARCH, cite_min=1),
            T("আমার বাজেট ৫০,০০০ টাকা", _S15.INTENTS_BUDGET, budget=(50000, "BDT")),
            T("আরো সস্তা কিছু আছে?", _S15.INTENTS_CHEAPER, budget=(50000, "BDT"), cite_none=_S15.CLOUD_OVER_460),
        ],
        split="tune",
    ),
    D(
        "bn-t10search-04",
        ["t10search", "held_no_plan"],
        [
            T("পাইথন কোর্স আছে?", _S15.INTENTS_SEARCH, cite_min=1),
            T(
                "আমি Programming Fundamentals in Python আগেই করেছি",
                _S15.INTENTS_HELD,
                held=["lit-prog-101"],
                reply_excl=["নতুন করে পরিকল্পনা"],
            ),
        ],
        split="tune",
    ),
    D(
        "bn-t10search-05",
        ["t10search", "topic_role_words", "banglish"],
        [
            T(
                "ami ekta garments office e merchandiser, data analysis er kono course ache?",
                _S15.INTENTS_SEARCH + ["state_skills", "set_goal"],
                cite_min=1,
                reply_excl=["merchandiser data", "garments"],
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
from dsl import EXPLORE as _EXPLORE10R  # noqa: E402
from dsl import GOAL_OR_PLAN as _GOAL_OR_PLAN10R  # noqa: E402
from dsl import SEARCH as _SEARCH10R  # noqa: E402
from dsl import SKILLS as _SKILLS10R  # noqa: E402
from dsl import D as _D10R  # noqa: E402
from dsl import T as _T10R  # noqa: E402

_ANY10R = _GOAL_OR_PLAN10R + _SEARCH10R + _SKILLS10R + _EXPLORE10R


DIALOGUES += [
    _D10R(
        "bn-t10roles-01",
        ["t10roles", "status_not_job"],
        [
            _T10R("আমি অবসরপ্রাপ্ত, মোবাইলে নিরাপদে টাকা পাঠানো শিখতে চাই", _ANY10R, no_role=True),
        ],
        split="tune",
    ),
    _D10R(
        "bn-t10roles-02",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                "আমি চট্টগ্রামে একটা শিপিং কোম্পানিতে হিসাবরক্ষক, ডেটা অ্যানালিস্ট হতে চাই",
                _ANY10R,
                role_not=["চট্টগ্রাম", "কোম্পানি"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "bn-t10roles-03",
        ["t10roles", "relative", "study_not_job"],
        [
            _T10R(
                ("আমার বোন বিশ্ববিদ্যালয়ে পড়ে, ওয়েব ডেভেলপমেন্ট শিখতে চায়। কোথা থেকে শুরু করবে?"),
                _ANY10R,
                role_not=["পড়ে", "বোন"],
                reply_excl=["আপনি এখন **", "**আপনার পটভূমি**"],
            ),
            _T10R("ও জাভাস্ক্রিপ্ট শিখতে চায়", _ANY10R, reply_excl=["আপনি এখন **"]),
        ],
        split="tune",
    ),
    _D10R(
        "bn-t10roles-04",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "আমি পাইথন একটু জানি, ডেটা সায়েন্টিস্ট হতে চাই",
                _ANY10R,
                held_not=["lit-prog-101", "ual-python-201"],
                goal="data_scientist",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "bn-t10roles-05",
        ["t10roles", "language_subject"],
        [
            _T10R("আমি স্কুলে ইংরেজি পড়াই, কম্পিউটারের প্রাথমিক বিষয়গুলো শিখতে চাই", _ANY10R, no_study_langs=True),
        ],
        split="tune",
    ),
    _D10R(
        "bn-t10roles-06",
        ["t10roles", "status_not_job"],
        [
            _T10R("আমি বেকার, সাইবার নিরাপত্তা শিখতে চাই", _ANY10R, no_role=True, goal="cyber"),
        ],
        split="tune",
    ),
]

DIALOGUES += [
    _D10R(
        "bn-t10roles-07",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "আমি আগে থেকেই লিনাক্সের বেসিক জানি, সিস্টেম অ্যাডমিন হতে চাই", _ANY10R, held_not=["hrd-linux-101"]
            ),
        ],
        split="tune",
    ),
]


# t11own (session 16, tune, written BEFORE the fixes by the helper who fixes them): the learner's own
# language and form searched without a goal, an interest absorbed, a subject not wanted, the gender said
import t11own_lists as _O16  # noqa: E402

DIALOGUES += _O16.dialogues("bn")
# -- session 16 (t11lists): questions over the list or plan just shown - a superlative over what was shown,
# the nth step's card, the plan's total, a shorter entry course after a long plan, a cover letter / CV /
# interview out of scope. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
# blind measure), in phrasings not taken from the lead's trial 11. For tune.
import t11lists_lists as _L16  # noqa: E402
from dsl import D as _D16  # noqa: E402
from dsl import T as _T16  # noqa: E402

DIALOGUES += [
    _D16(
        "bn-t11lists-01",
        ["t11lists", "shown_extreme"],
        [
            _T16("ডেটা অ্যানালিটিক্সের কোর্স দেখাও", _L16.OPEN),
            _T16(
                "এগুলোর মধ্যে সবচেয়ে ছোট কোনটা?",
                _L16.PICK,
                cite_least="hours",
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "bn-t11lists-02",
        ["t11lists", "plan_step_card"],
        [
            _T16("আমি ক্লাউড ইঞ্জিনিয়ার হতে চাই, সপ্তাহে ৫ ঘণ্টা, একটা প্ল্যান দাও", _L16.PLANNED, plan=True),
            _T16(
                "প্রথম কোর্সটা ঠিক কী?",
                _L16.PICK,
                cite_any=["lcsi-cloudops-205"],
                reply_any=["Lion City"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "bn-t11lists-03",
        ["t11lists", "plan_total"],
        [
            _T16("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৪ ঘণ্টা, প্ল্যান বানিয়ে দাও", _L16.PLANNED, plan=True),
            _T16("সব মিলিয়ে খরচ কত হবে?", _L16.TOTAL, prev_total="cost", plan=False),
        ],
        split="tune",
    ),
    _D16(
        "bn-t11lists-04",
        ["t11lists", "shorter_start"],
        [
            _T16("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৪ ঘণ্টা, প্ল্যান বানিয়ে দাও", _L16.PLANNED, plan=True),
            _T16("৯০ সপ্তাহ অনেক বেশি, শুরু করার জন্য ছোট কোনো কোর্স আছে?", _L16.SHORTER, cite_min=1, plan=False),
        ],
        split="tune",
    ),
    _D16(
        "bn-t11lists-05",
        ["t11lists", "cover_letter"],
        [
            _T16(
                "একটা ডেটা অ্যানালিস্ট চাকরির জন্য কভার লেটার লিখে দাও",
                _L16.OUT,
                reply_any=["লিখতে পারি না"],
                no_role=True,
            ),
            _T16("আচ্ছা, তাহলে আমি ডেটা অ্যানালিস্ট হতে চাই", _L16.PLANNED, goal="data_analyst"),
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
        "bn-t11goal-01",
        ["t11goal", "from_to"],
        [
            _T11G(
                "আমি স্কুলে পড়াই, শিক্ষকতা থেকে ডেটা অ্যানালাইসিসে যেতে চাই",
                _G11.ANY,
                goal=_DATA11G,
                goal_not=["teacher", "শিক্ষক"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "bn-t11goal-02",
        ["t11goal", "from_to"],
        [
            _T11G(
                "আমি হিসাবরক্ষক থেকে ক্লাউডে যেতে চাই",
                _G11.ANY,
                goal="cloud",
                goal_not=["accountant", "হিসাবরক্ষক"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "bn-t11goal-03",
        ["t11goal", "background"],
        [
            _T11G(
                "আমার কোনো ডিগ্রি নেই, শুধু Excel পারি। ডেটা শিখতে চাই",
                _G11.ANY,
                reply_excl=_G11.NOT_IN_CATALOGUE["bn"],
                cite_none=_G11.DATA_ADVANCED,
            ),
        ],
        split="tune",
    ),
    _D11G(
        "bn-t11goal-04",
        ["t11goal", "that_job"],
        [
            _T11G("একটা সফটওয়্যার টেস্টার চাকরির বিজ্ঞাপন দেখলাম", _G11.ANY_OR_OOS, dead_ok=True),
            _T11G("ওই চাকরি পেতে কী শিখতে হবে?", _G11.ANY, goal="tester"),
        ],
        split="tune",
    ),
    _D11G(
        "bn-t11goal-05",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "ami Excel pari, data analysis shikhte chai",
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

DIALOGUES += _R17.dialogues("bn")


# acts17 (session 17, tune, written BEFORE the fixes by the helper who fixes them): the weakest acts of the
# frozen report in new phrasings - skills held, out-of-scope requests and pay, searches in own words.
# Dialogues 07 and 08 are held back (never trained on, failures not studied): acts17_lists.HELD_BACK.
import acts17_lists as _A17  # noqa: E402
from dsl import D as _D17  # noqa: E402
from dsl import T as _T17  # noqa: E402

DIALOGUES += [
    _D17(
        "bn-acts17-01",
        ["acts17", "skills_held"],
        [
            _T17(
                "আমি Excel ভালো পারি, SQL মোটামুটি, আর Python এর বেসিক জানি।",
                ["state_skills"],
                skills_all=["spreadsheet", "sql", "python"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "bn-acts17-02",
        ["acts17", "oos"],
        [
            _T17("কাল চট্টগ্রামে বৃষ্টি হবে?", _A17.OOS_OR_EXPLORE, reply_any=_A17.CAN_DO["bn"]),
        ],
        split="tune",
    ),
    _D17(
        "bn-acts17-03",
        ["acts17", "search"],
        [
            _T17(
                "সাইবার নিরাপত্তা নিয়ে নতুনদের জন্য কোনো কোর্স আছে? অনলাইনে হলে ভালো", ["search"], cite_any=_A17.CYBER
            ),
        ],
        split="tune",
    ),
    _D17(
        "bn-acts17-04",
        ["acts17", "skills_held"],
        [
            _T17(
                "আমি ৫ বছর ধরে Linux সার্ভার চালাই, Docker আর AWS ও ব্যবহার করি",
                ["state_skills"],
                skills_all=["operating systems", "virtualisation", "cloud technologies"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "bn-acts17-05",
        ["acts17", "pay"],
        [
            _T17("বাংলাদেশে একজন সফটওয়্যার ইঞ্জিনিয়ারের বেতন কত?", _A17.NEAR, reply_any=_A17.SALARY["bn"]),
        ],
        split="tune",
    ),
    _D17(
        "bn-acts17-06",
        ["acts17", "search"],
        [
            _T17("ডেটা এনালাইসিসের কোর্স আছে? ইংরেজিতে হলেও চলবে", ["search"], cite_any=_A17.DATA),
        ],
        split="tune",
    ),
    _D17(
        "bn-acts17-07",
        ["acts17", "skills_held", "held_back"],
        [
            _T17(
                "ami photoshop ar illustrator e 3 bochor kaj korchi, ektu wordpress o pari",
                ["state_skills"],
                skills_all=["photoshop", "illustrator"],
                any_lang=True,
            ),
        ],
        split="tune",
    ),
    _D17(
        "bn-acts17-08",
        ["acts17", "oos", "held_back"],
        [
            _T17(
                "আইনি পরামর্শ দরকার, বাড়িওয়ালা ভাড়া অনেক বাড়িয়ে দিয়েছে, কী করব?",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["bn"],
            ),
            _T17("ঠিক আছে, তাহলে ক্লাউড কম্পিউটিং এর কোর্স দেখাও", ["search"], cite_any=_A17.CLOUD),
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
        "bn-t12goal-01",
        ["t12goal", "experience"],
        [
            _T12G(
                "সিস্টেম অ্যাডমিন হিসেবে আমার ৫ বছরের অভিজ্ঞতা আছে, এখন ক্লাউডে যেতে চাই",
                _G12.ANY,
                no_deadline=True,
                goal="cloud",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "bn-t12goal-02",
        ["t12goal", "job_subject"],
        [
            _T12G(
                "আমি নেটওয়ার্ক অ্যাডমিন, পাইথন দিয়ে নেটওয়ার্ক অটোমেশন শিখতে চাই",
                _G12.ANY,
                goal_not=_G12.NETADMIN,
                cite_any=_G12.NET_AUTOMATION,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "bn-t12goal-03",
        ["t12goal", "interest"],
        [
            _T12G(
                "আমি কম্পিউটার সারাতে আর মানুষকে তাদের সমস্যায় সাহায্য করতে ভালোবাসি",
                _G12.ANY,
                goal="helpdesk",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "bn-t12goal-04",
        ["t12goal", "constraints_only"],
        [
            _T12G("হ্যালো, কিছু কোর্স খুঁজছি", _G12.ANY, dead_ok=True),
            _T12G("সপ্তাহে ৫ ঘণ্টা, অনলাইনে", _G12.ANY, no_goal=True, hours=5),
        ],
        split="tune",
    ),
    _D12G(
        "bn-t12goal-05",
        ["t12goal", "experience"],
        [
            _T12G(
                "amar 3 bochorer experience ache web developer hishebe, ekhon data science shikhte chai",
                _G12.ANY,
                any_lang=True,
                no_deadline=True,
                goal="data_scientist",
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

DIALOGUES += _L17.dialogues("bn")


# refs18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): questions about named
# courses and certificates answered from the catalogue (shared in authoring/refs18_lists.py)
import refs18_lists as _Q18  # noqa: E402

DIALOGUES += _Q18.dialogues("bn")


# refine18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): refinements in every
# language after a list, a plan or a "nearest" answer - cheaper/free said in other ways, a question about
# availability is no limit, "free?" over a goal, limits after a plan (shared in authoring/refine18_lists.py)
import refine18_lists as _RF18  # noqa: E402

DIALOGUES += _RF18.dialogues("bn")

# trans18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): passing English
# tune dialogues said again in this language (authoring/trans18.py); 41-60 (vi/hi/bn) are held back.
import trans18 as _TR18  # noqa: E402

DIALOGUES += _TR18.BY_LANG["bn"]


# goal18 (session 18, tune, written BEFORE the fixes by the helper who fixes them, in its own
# phrasings): goals and roles that are what the learner meant - constraints or "pick for me" after an opener
# set no goal of its words, skills held stay out of the goal's label, a group, a comparison or a past job is
# no role or held skill
import goal18_lists as _G18  # noqa: E402

DIALOGUES += _G18.dialogues("bn")


# skills18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): what the learner says
# they know, saved right - levels said in words, every skill of a long message, years of study and primary
# teachers no EQF limit, skills denied or compared, tools named informally
import skills18_lists as _S18  # noqa: E402

DIALOGUES += _S18.dialogues("bn")


# roles19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): goal occupations named in
# any language or informally, primary and adult teachers' goals (the pupils' level no EQF limit), a current
# and a target job in one sentence (shared in authoring/roles19_lists.py)
import roles19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("bn")

# scope19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): out of scope only
# when it is (unrelated requests with what the assistant can do, near-scope ones answered),
# searches in any words
import scope19_lists as _SC19  # noqa: E402

DIALOGUES += _SC19.dialogues("bn")


# vague19 (session 19, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# vague openings set no goal of their words, "you choose for me" picks one direction from what was said,
# "a plan to get to that one" plans towards the entry in focus, a past job invents no held skill
import vague19_lists as _V19  # noqa: E402

DIALOGUES += _V19.dialogues("bn")

# skills19 (session 19, helper skills19, tune): held skills and done courses said any way - the skill before
# its verb, a plan step named by its subject in any language, lists of skills beside jobs and places
import skills19_lists as _S19  # noqa: E402

DIALOGUES += _S19.dialogues("bn")

# refine19 (session 19, issue #12): refinements that change what is shown ("cheaper" over a plan that is
# already the cheapest, a card or a comparison) and questions about a language or format that are not filters
import refine19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("bn")

# skills20 (session 20, issue #12): held skills and held courses - courses not in the catalogue as evidence,
# negation, levels, lists, pronouns, school or degree as background
import skills20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("bn")

# goals20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): goals and labels a
# learner would recognise - workplaces are no roles, labels without typos or the group's words, areas by
# meaning, English titles inside other languages (shared in authoring/goals20_lists.py)
import goals20_lists as _G20  # noqa: E402

DIALOGUES += _G20.dialogues("bn")

# search20 (session 20, issue #12, tune, written BEFORE the fixes by the helper who fixes them): a level in a
# search is a limit on it, totals over a plan, a list or a certificate, searches with limits in es/de/fi/fr
import search20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("bn")

# follow20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): follow-ups that
# keep the thread - the answer after the counsellor's opening and "what do I do first?", "faster?" after a
# plan, a held basics course with a level wish, a plan to the entry in focus (authoring/follow20_lists.py)
import follow20_lists as _F20  # noqa: E402

DIALOGUES += _F20.dialogues("bn")

# which21 (session 21, issue #12, tune, written BEFORE the fixes by the helper who fixes them): "which one
# first, and why?" after a list, a plan, a card, the counsellor's opening or nothing, held skills said beside
# it, an adviser's group (authoring/which21_lists.py)
import which21_lists as _W21  # noqa: E402

DIALOGUES += _W21.dialogues("bn")

# roles21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): current roles and goals
# that read cleanly - spoken copulas, fillers, running/driving/doing a trade, fields of work, interests,
# selling online (authoring/roles21_lists.py)
import roles21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("bn")

# session 22 (goals22): goals and roles read from any sentence - hearsay, places, brackets, a trade and
# a field,
# "ok"/"ready", two goals, advisers, goals the catalogue lacks (authoring/goals22_lists.py)
import goals22_lists as _G22  # noqa: E402

DIALOGUES += _G22.dialogues("bn")
# questions about a plan and its courses (authoring/explain22_lists.py)
import explain22_lists as _E22  # noqa: E402

DIALOGUES += _E22.dialogues("bn")

# skills21 (session 21, reverted at its merge and relanded in session 22 by skills22): skill statements in any
# phrasing - tools for skills, everyday levels, a job said as its work, corrections, an adviser's client,
# skills inside a goal, a plan that skips what is held (authoring/skills21_lists.py)
import skills21_lists as _S21  # noqa: E402

DIALOGUES += _S21.dialogues("bn")

# skills22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): lists of skills with a
# field word ("Linux und Netzwerke"), an adviser's "sie kann Excel", skills inside a goal, tools still not in
# the catalogue by name, a search naming skills is no statement (authoring/skills22_lists.py)
import skills22_lists as _S22  # noqa: E402

DIALOGUES += _S22.dialogues("bn")
# what "that one" points at after a superlative, a swapped plan step, "anything in French?", goals named by
# an area or a need (authoring/refs23_lists.py)
import refs23_lists as _R23  # noqa: E402

DIALOGUES += _R23.dialogues("bn")

# session 23 (days23): a learner's day instead of skills, time questions ("how long until a job?", "can I
# finish by June?", "hours a week for 2 months?"), a degree or study as background (authoring/days23_lists.py)
import days23_lists as _D23  # noqa: E402

DIALOGUES += _D23.dialogues("bn")

# session 24 (directions24): a counsellor's opening that fits the learner - directions from what was said,
# the answer to the opening read, prices in the currency asked (authoring/directions24_lists.py)
import directions24_lists as _DIR24  # noqa: E402

DIALOGUES += _DIR24.dialogues("bn")

# session 24 (acts24): the act decision's largest causes on the tune split - a message about oneself naming no
# skill read as skills held, a first message about something else read as out of scope unsure
# (authoring/acts24_lists.py)
import acts24_lists as _A24  # noqa: E402

DIALOGUES += _A24.dialogues("bn")

# session 24 (loose24): what follows a course toward the goal, only a phone, "how long until I'm ready?",
# goal labels in a stable order (authoring/loose24_lists.py)
import loose24_lists as _L24  # noqa: E402

DIALOGUES += _L24.dialogues("bn")

# session 25 (goalplan25): a stated goal and the plan - a goal stated with its limits and nothing asked is the
# goal, a goal with the way asked for is the plan (authoring/goalplan25_lists.py)
import goalplan25_lists as _GP25  # noqa: E402

DIALOGUES += _GP25.dialogues("bn")

# session 25 (classifier25): turns the intent classifier misreads where no later rule corrects it - a course
# asked for beside something about oneself, a background with a wish, a subject asked in a few words, a
# narrowing after a list, "what could I become with that?" (authoring/classifier25_lists.py)
import classifier25_lists as _C25  # noqa: E402

DIALOGUES += _C25.dialogues("bn")

# session 25 (lead25fix): lead trial 21's classes - background words in the goal, courses in the learner's
# language, a subject excluded, the cheapest plan, how long, the cheapest of a list, routing said
# (authoring/lead25fix_lists.py)
import lead25fix_lists as _LF25  # noqa: E402

DIALOGUES += _LF25.dialogues("bn")

# session 26 (conv26): lead trial 21's follow-up and search classes - which of the courses just shown first,
# an adviser's "where should she start?", how long asked beside a goal, a subject's own courses first
# (authoring/conv26_lists.py)
import conv26_lists as _CV26  # noqa: E402

DIALOGUES += _CV26.dialogues("bn")
# session 26 (trial22fix): lead trial 22's classes - another client named in an adviser's chat
# (authoring/trial22fix_lists.py)
import trial22fix_lists as _T22  # noqa: E402

DIALOGUES += _T22.dialogues("bn")
# session 26 (classifier26): new phrasings of the pairs the intent classifier confuses, written before the
# retrained classifier shipped with the rules it feeds re-measured (authoring/classifier26_lists.py)
import classifier26_lists as _C26  # noqa: E402

DIALOGUES += _C26.dialogues("bn")
# session 27 (trial27): lead trial 22's classes still failing - a language asked after a list, an
# introduction done, cheaper on the subject, hours a week by a date, enrolment, another client in a learner's
# chat (authoring/trial27_lists.py)
import trial27_lists as _T27  # noqa: E402

DIALOGUES += _T27.dialogues("bn")
# session 27 (causes27): the largest general causes of failing tune turns - something asked for on a
# subject beside a circumstance, what work one's skills lead to (authoring/causes27_lists.py)
import causes27_lists as _CA27  # noqa: E402

DIALOGUES += _CA27.dialogues("bn")
# session 27 (roles27): the goal a learner's words mean - an alternative label naming another worker, a
# subject one word short of a job's name, a career changer's entry job, a teacher's subject, a field beside
# its domain (authoring/roles27_lists.py)
import roles27_lists as _R27  # noqa: E402

DIALOGUES += _R27.dialogues("bn")
DIALOGUES += _R27.dialogues("bn", unseen=True)
# session 28 (causes28): a subject wished beside a background (the job held, a lack, the studies)
# went without its goal (authoring/causes28_lists.py)
import causes28_lists as _CA28  # noqa: E402

DIALOGUES += _CA28.dialogues("bn")
# session 28 (trial28): lead trial 23's classes still failing - a later wish or a preference kept beside the
# goal, a plan's whole time, a question about form after a plan, the cheapest with a language accepted, a
# short deadline, a course asked for on a subject, no money (authoring/trial28_lists.py)
import trial28_lists as _T28  # noqa: E402

DIALOGUES += _T28.dialogues("bn")
DIALOGUES += _T28.dialogues("bn", unseen=True)
# session 29 (trial29): lead trial 24's classes still failing - a lack or a job not wanted is no goal,
# "little bit" is basic, what a boss says, no budget beside a goal, what follows a one-step plan, the weeks
# of the first course, a subject the plan already teaches, a budget far below any course
# (authoring/trial29_lists.py)
import trial29_lists as _T29  # noqa: E402

DIALOGUES += _T29.dialogues("bn")
DIALOGUES += _T29.dialogues("bn", unseen=True)
# session 29 (advisers29): career advisers speaking of their clients - the client's facts in their profile,
# several clients in one chat, a wish for a field the catalogue does not name, one Spanish register
# (authoring/advisers29_lists.py)
import advisers29_lists as _A29  # noqa: E402

DIALOGUES += _A29.dialogues("bn")
DIALOGUES += _A29.dialogues("bn", unseen=True)
# session 29 (broad29): general causes of the blind sets 23-25 (tune from session 29) - the certificate a
# course counts towards, the nearest entries after a certificate the catalogue lacks, what follows a course
# just finished (authoring/broad29_lists.py)
import broad29_lists as _B29  # noqa: E402

DIALOGUES += _B29.dialogues("bn")
