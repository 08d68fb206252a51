"""Vietnamese dialogues: with diacritics, some typed without (không dấu), English tech terms mixed in."""

from dates import BEFORE_JUNE, HALF_YEAR, IN_3_MONTHS, TET
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

LANG = "vi"

DIALOGUES = [
    D(
        "vi-vague-01",
        ["vague"],
        [
            T("Em không biết nên bắt đầu học gì nữa", EXPLORE),
            T(
                "em đang làm nhân viên kho, thích máy tính",
                SKILLS + EXPLORE,
                role=["kho", "warehouse", "logisti"],
                goal_not=["kho", "warehouse"],
            ),
            T("có khóa nào phù hợp với em không ạ?", SEARCH + PLAN + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "vi-ai-02",
        ["area_ai", "multi_intent"],
        [
            T(
                "Tôi muốn trở thành kỹ sư machine learning. Mỗi tuần tôi học được 6 tiếng. Nên học gì trước?",
                PLAN,
                goal="ml",
                hours=6,
                plan=True,
                cite_min=1,
            ),
            T("còn cách nào nhanh hơn không?", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "vi-nodiacritics-03",
        ["typo", "no_diacritics", "area_data"],
        [
            T("toi muon hoc phan tich du lieu", GOAL + SEARCH, cite_min=1),
            T("khoa nao mien phi", REFINE + SEARCH, cite_min=1),
        ],
    ),
    D(
        "vi-budget-04",
        ["constraint_budget", "area_cyber"],
        [
            T(
                "Tôi muốn học an ninh mạng, ngân sách tối đa 5 triệu đồng",
                GOAL + SEARCH + CONS,
                budget=(5000000, "VND"),
                goal="cyber",
            ),
            T("lập lộ trình giúp tôi", PLAN, plan=True),
        ],
    ),
    D(
        "vi-tet-05",
        ["constraint_deadline", "area_network"],
        [
            T(
                "trước Tết em muốn nắm được kiến thức mạng máy tính cơ bản",
                GOAL + SEARCH + CONS,
                deadline=TET,
                cite_any=["ccna-net-101", "lcsi-ne-201"],
            ),
        ],
    ),
    D(
        "vi-named-06",
        ["named_course"],
        [
            T("Khóa AI Foundations học những gì vậy?", EXPLAIN, cite_any=["diaa-ai-101"]),
            T("học xong thì học tiếp gì?", EXPLAIN + REQ + SEARCH + PLAN, cite_min=1),
        ],
    ),
    D(
        "vi-advisor-07",
        ["third_person", "area_dlit"],
        [
            T(
                "Tôi là cán bộ tư vấn việc làm. Học viên của tôi là "
                "giáo viên tiểu học muốn dạy kỹ năng số cho người lớn",
                GOAL + SKILLS,
                goal="dlit_teacher",
                role=["giáo viên", "teacher"],
            ),
            T("đề xuất lộ trình cho cô ấy, 3 tiếng mỗi tuần", PLAN + CONS, hours=3, plan=True, cite_min=1),
        ],
    ),
    D(
        "vi-oos-08",
        ["out_of_scope"],
        [
            T("hôm nay giá vàng bao nhiêu?", OOS),
        ],
    ),
    D(
        "vi-greet-09",
        ["greeting"],
        [
            T("xin chào", SMALL),
            T("bạn giúp được gì cho tôi?", SMALL),
        ],
    ),
    D(
        "vi-nonexistent-10",
        ["nonexistent"],
        [
            T("có khóa học 'Blockchain cho người mới bắt đầu' không?", EXPLAIN + SEARCH),
        ],
    ),
    D(
        "vi-skip-11",
        ["skip", "followup"],
        [
            T(
                "lập kế hoạch để trở thành lập trình viên web, 8 tiếng một tuần",
                PLAN,
                goal="web",
                hours=8,
                plan=True,
            ),
            T("bỏ qua bước đầu tiên, tôi học rồi", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
    ),
    D(
        "vi-halfyear-12",
        ["constraint_deadline"],
        [
            T("tôi muốn xong trong vòng nửa năm", CONS, deadline=HALF_YEAR, goal_not=["xong"]),
            T("mục tiêu là kỹ sư điện toán đám mây", GOAL, goal="cloud"),
            T("kế hoạch thế nào?", PLAN, plan=True),
        ],
    ),
    D(
        "vi-day-13",
        ["constraint_time"],
        [
            T("mỗi ngày em chỉ học được 1 tiếng", CONS, hours=7),
            T("em muốn làm quản trị cơ sở dữ liệu", GOAL, goal="dba"),
        ],
    ),
    D(
        "vi-compare-14",
        ["compare", "named_course"],
        [
            T(
                "so sánh Natural Language Processing và Computer Vision Engineering giúp mình",
                COMPARE,
                cite_any=["diaa-nlp-302", "diaa-cv-301"],
                cite_min=2,
            ),
        ],
    ),
    D(
        "vi-req-15",
        ["requirements", "named_course"],
        [
            T(
                "muốn học MLOps: Deploying and Monitoring Models thì cần học gì trước?",
                REQ,
                cite_any=["diaa-ml-201"],
            ),
        ],
    ),
    D(
        "vi-online-16",
        ["participation", "languages"],
        [
            T("tôi chỉ học online được, và tiếng Anh thôi", CONS, part=["online"], study_lang=["en"]),
            T("có khóa nào về dữ liệu lớn không", SEARCH, cite_any=["nda-stream-301", "ual-mineria-301"]),
        ],
    ),
    D(
        "vi-microcred-17",
        ["area_microcred"],
        [
            T(
                "trường tôi muốn thiết kế chứng chỉ vi mô (micro-credential), có khóa nào hướng dẫn không?",
                SEARCH + GOAL,
                cite_any=["aec-mcd-101", "aec-cert-dld"],
            ),
        ],
    ),
    D(
        "vi-why-18",
        ["why", "area_ai"],
        [
            T("lên lộ trình trở thành chuyên gia thị giác máy tính", PLAN, plan=True, goal="cv"),
            T("sao lại có khóa toán?", WHY, cite_min=0),
        ],
    ),
]

DIALOGUES += [
    D(
        "vi-flow-19",
        ["followup", "area_data"],
        [
            T(
                "chào bạn, mình là kế toán, muốn chuyển sang làm phân tích dữ liệu",
                GOAL + SKILLS,
                goal="data_analyst",
                role=["kế toán", "accountant", "bookkeep"],
                goal_not=["kế toán"],
            ),
            T("mỗi tuần mình học được 5 tiếng, muốn xong trước tháng 6", CONS, hours=5, deadline=BEFORE_JUNE),
            T("nên học gì, theo thứ tự nào?", PLAN, plan=True, cite_min=1),
            T("có lộ trình rẻ hơn không?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "vi-flow-20",
        ["followup", "area_ainet"],
        [
            T(
                "tôi là kỹ sư mạng, muốn học về mạng thông minh ứng dụng AI",
                GOAL + SEARCH,
                goal="ainet",
                cite_any=[
                    "lcsi-cert-ainet",
                    "ccna-aiops-301",
                    "lcsi-mlnet-203",
                    "lcsi-anom-301",
                    "lcsi-sdn-202",
                ],
            ),
            T("lập kế hoạch 4 tiếng mỗi tuần", PLAN + CONS, hours=4, plan=True),
            T("tại sao bước đầu tiên lại cần?", WHY, cite_min=1),
        ],
    ),
    D(
        "vi-flow-21",
        ["followup", "third_person", "area_microcred"],
        [
            T(
                "đồng nghiệp của tôi là giảng viên đại học, cần học cách viết chuẩn đầu ra cho khóa học",
                SEARCH + GOAL,
                cite_any=["aec-outcomes-102", "aec-mcd-101"],
            ),
            T("khóa đó cần học gì trước?", REQ, cite_any=["aec-mcd-101"]),
            T("học online được không?", EXPLAIN + SELECT, cite_min=1),
        ],
    ),
]

DIALOGUES += [
    D(
        "vi-health-22",
        ["area_health"],
        [
            T(
                "tôi là điều dưỡng, muốn chuyển sang làm dữ liệu y tế",
                GOAL + SKILLS,
                goal="health_data",
                role=["điều dưỡng", "nurse"],
                goal_not=["điều dưỡng", "nurse"],
            ),
            T("nên bắt đầu từ đâu?", PLAN + SEARCH + EXPLORE, cite_min=1),
        ],
    ),
    D(
        "vi-hpc-23",
        ["area_hpc"],
        [
            T(
                "có khóa nào về tính toán hiệu năng cao (HPC) không?",
                SEARCH,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-cert-hpc"],
            ),
            T("khóa đầu tiên có miễn phí không?", SELECT + EXPLAIN, cite_min=1),
        ],
    ),
    D(
        "vi-month-24",
        ["constraint_time", "constraint_deadline"],
        [
            T(
                "mỗi tháng em có khoảng 20 tiếng, muốn xong trong 3 tháng",
                CONS,
                hours=4.6,
                deadline=IN_3_MONTHS,
            ),
            T(
                "em muốn học lập trình Python",
                GOAL + SEARCH,
                cite_any=["lit-prog-101", "ual-python-201", "glcc-code-107"],
            ),
        ],
    ),
    D(
        "vi-select-25",
        ["select", "followup"],
        [
            T("cho tôi xem các khóa về an ninh mạng", SEARCH, cite_min=1),
            T("kể thêm về khóa thứ hai", SELECT, cite_min=1),
            T("so sánh khóa 1 và 2", COMPARE, cite_min=2),
        ],
    ),
]

DIALOGUES += [
    D(
        "vi-profile-26",
        ["profile_start"],
        [
            T("bước tiếp theo của tôi là gì?", PLAN, plan=True, cite_min=1, plan_excl=["diaa-ai-101"]),
            T("có thể rẻ hơn không?", REFINE, plan=True, cheaper=True),
        ],
        profile={
            "id": "p-vi-26",
            "goal": {
                "label": "ICT intelligent systems designer",
                "occupation_uri": "http://data.europa.eu/esco/occupation/35553663-deab-4d9a-bf22-15c1625d28e8",
            },
            "credentials": [{"id": "diaa-ai-101", "title": "AI Foundations"}],
            "languages": ["vi", "en"],
            "constraints": {"hours_per_week": 6},
        },
    ),
]

DIALOGUES += [
    D(
        "vi-nodiacritics-27",
        ["no_diacritics", "third_person", "area_cyber"],
        [
            T(
                "ban toi lam ke toan muon chuyen sang an ninh mang, nen hoc gi",
                GOAL + PLAN + SEARCH,
                goal="cyber",
                cite_min=1,
            ),
            T("ban ay chi hoc duoc 3 tieng 1 tuan", CONS, hours=3),
        ],
    ),
    D(
        "vi-compare-28",
        ["compare", "named_course"],
        [
            T(
                "Log Analysis and SIEM Engineering với System "
                "Hardening for Windows and Linux khác nhau thế nào?",
                COMPARE,
                cite_any=["bvca-siem-201", "bvca-hard-202"],
                cite_min=2,
            ),
        ],
    ),
]

# Session 5, weak-languages round (#12): written before any run on them.
_CLOUD = ["hrd-cloud-101", "lcsi-cloudops-205", "hrd-clouddev-204", "hrd-cloudmig-301", "ccna-hybrid-303"]
_HPC = ["padr-hpc-101", "padr-par-201", "padr-cert-hpc", "padr-gpu-301", "padr-perf-202"]
_DGOV = ["inl-cert-gouv", "inl-qualite-201", "inl-classif-301", "nda-cdo-401", "inl-rgpd-101", "inl-dpo-201"]

DIALOGUES += [
    D(
        "vi-cheaper-29",
        ["followup", "no_diacritics", "area_data"],
        [
            T(
                "minh muon lam data analyst, moi tuan hoc dc 4 tieng",
                GOAL + PLAN + CONS,
                goal="data_analyst",
                hours=4,
            ),
            T("lên lộ trình đi bạn", PLAN, plan=True, cite_min=1),
            T("re hon khong?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "vi-req-30",
        ["requirements", "named_course"],
        [
            T(
                "muốn học Deep Learning and Neural Networks thì cần học gì trước?",
                REQ,
                cite_any=["diaa-dl-202", "diaa-ml-201", "diaa-math-102"],
            ),
            T("mấy khóa đó tốn bao nhiêu tiền?", EXPLAIN + REQ, cite_min=1),
        ],
    ),
    D(
        "vi-search-31",
        ["search", "slang", "no_diacritics", "area_cloud"],
        [
            T("co khoa nao ve cloud ko b?", SEARCH, cite_any=_CLOUD),
            T("cái nào miễn phí?", REFINE + SEARCH + SELECT, cite_min=1),
        ],
    ),
    D(
        "vi-job-32",
        ["vague", "area_cyber"],
        [
            T(
                "em đang làm IT helpdesk, muốn lên làm chuyên viên bảo mật",
                GOAL + SKILLS,
                goal="cyber",
                role=["help desk", "helpdesk", "support", "technician"],
                goal_not=["help desk", "helpdesk"],
            ),
            T("cần học gì trước ạ?", REQ + PLAN, cite_min=1),
        ],
    ),
    D(
        "vi-hpc-33",
        ["area_hpc"],
        [
            T("tôi làm nghiên cứu, muốn học tính toán hiệu năng cao (HPC)", GOAL + SEARCH, cite_any=_HPC),
            T("lập lộ trình cho tôi, mỗi tuần 5 tiếng", PLAN + CONS, hours=5, plan=True),
        ],
    ),
    D(
        "vi-typo-34",
        ["typo", "no_diacritics", "area_ai"],
        [
            T("toi muon tro thanh ky su AI, hoc tu dau?", GOAL + PLAN + EXPLORE, goal="ai", cite_min=1),
            T("len ke hoach hoc 10 tieng/tuan", PLAN + CONS, hours=10, plan=True),
            T("nhanh hơn được ko", REFINE, plan=True, faster=True),
        ],
    ),
    D(
        "vi-online-35",
        ["participation", "area_web"],
        [
            T(
                "mình muốn học lập trình web nhưng chỉ học online thôi",
                GOAL + CONS,
                goal="web",
                part=["online"],
            ),
            T("gợi ý lộ trình giúp mình", PLAN, plan=True, plan_part=["online"]),
        ],
    ),
    D(
        "vi-budget-36",
        ["constraint_budget", "area_dgov"],
        [
            T(
                "tôi muốn làm về quản trị dữ liệu (data governance), có khóa nào không?",
                SEARCH + GOAL,
                cite_any=_DGOV,
            ),
            T("ngân sách của tôi dưới 10 triệu", CONS + REFINE, budget=(10000000, "VND")),
        ],
    ),
    D(
        "vi-advisor-37",
        ["third_person", "area_cloud"],
        [
            T(
                "học viên của tôi đang làm kế toán, muốn chuyển sang làm kỹ sư cloud",
                GOAL + SKILLS,
                goal="cloud",
                role=["kế toán", "accountant", "bookkeep"],
                goal_not=["kế toán", "accountant"],
            ),
            T("cô ấy cần học gì trước?", REQ + PLAN, cite_min=1),
        ],
    ),
    D(
        "vi-level-38",
        ["named_course", "level", "area_hpc"],
        [
            T(
                "khóa Introduction to High-Performance Computing có khó không, trình độ EQF mấy?",
                EXPLAIN,
                cite_any=["padr-hpc-101"],
            ),
            T("có học bằng tiếng Việt không?", EXPLAIN + SEARCH),
        ],
    ),
]

# v6 (session 6): written before any run on it, from how people write (README "How it was written").
from dates import BEFORE_JULY  # noqa: E402

DIALOGUES += [
    D(
        "vi-v6-vague-39",
        ["vague", "no_diacritics"],
        [
            T("chao ban, minh dang chan cong viec qua ma ko biet hoc gi", EXPLORE),
            T(
                "minh lam nhan vien ban hang, thich may tinh",
                SKILLS + EXPLORE,
                role=["bán hàng", "ban hang", "sales", "shop", "retail"],
                goal_not=["bán hàng", "ban hang", "sales"],
            ),
            T("co khoa nao phu hop ko", SEARCH + EXPLORE + PLAN, cite_min=1),
        ],
    ),
    D(
        "vi-v6-thang-40",
        ["constraint_time", "constraint_budget", "area_data"],
        [
            T(
                "em muốn làm data analyst, mỗi tháng học được khoảng 20 tiếng",
                GOAL + CONS,
                goal="data_analyst",
                hours=(4.6, 0.2),
            ),
            T("ngân sách tối đa 500 đô", CONS, budget=(500, "USD")),
            T("lên lộ trình giúp em", PLAN, plan=True, plan_cost=(500, "USD")),
        ],
    ),
    D(
        "vi-v6-named-41",
        ["named_course", "area_ai", "stacking"],
        [
            T("khóa AI Foundations học những gì vậy?", EXPLAIN, cite_any=["diaa-ai-101"]),
            T("học xong thì học tiếp gì?", EXPLAIN + REQ + PLAN + SEARCH, cite_min=1),
        ],
    ),
    D(
        "vi-v6-tuvan-42",
        ["third_person", "area_cloudsec", "languages"],
        [
            T(
                "tôi là tư vấn viên, khách hàng của tôi là lập trình viên muốn chuyển sang bảo mật đám mây",
                GOAL + SKILLS,
                goal="cloudsec",
                role=["lập trình", "developer", "programmer", "software"],
            ),
            # widened (session 12): a limit said after a plan or list is noted and what was shown re-run
            T("anh ấy chỉ học được bằng tiếng Anh", CONS + REFINE, study_lang=["en"]),
            T("gợi ý lộ trình cho anh ấy", PLAN, plan=True, plan_langs=["en"]),
        ],
    ),
    D(
        "vi-v6-thang7-43",
        ["constraint_deadline", "constraint_time", "area_software"],
        [
            T(
                "tôi cần học xong trước tháng 7 để xin việc lập trình viên",
                GOAL + CONS,
                goal="software",
                deadline=BEFORE_JULY,
            ),
            T("mỗi ngày 2 tiếng", CONS + REFINE, hours=(12, 0.2)),
            T("kế hoạch thế nào?", PLAN, plan=True),
        ],
    ),
    D(
        "vi-v6-compare-44",
        ["compare", "named_course", "area_network"],
        [
            T(
                "so sánh giúp mình Network Security Essentials với Network Monitoring and Diagnostics",
                COMPARE,
                cite_min=2,
                cite_any=["ccna-netsec-204", "ccna-netmon-202"],
            ),
        ],
    ),
]

# v6, second part (same session, also before any run).
from dates import BEFORE_SUMMER as _BEFORE_SUMMER  # noqa: E402

DIALOGUES += [
    D(
        "vi-v6-dai-45",
        ["long", "multi_intent", "area_ai", "constraint_budget", "followup"],
        [
            T(
                "Chào bạn, mình là giáo viên toán cấp 3, muốn chuyển sang làm machine learning. Mỗi tuần "
                "mình "
                "học được 8 tiếng, ngân sách khoảng 20 triệu. Nên học gì và theo thứ tự nào?",
                PLAN,
                goal="ml",
                role=["giáo viên", "teacher"],
                goal_not=["giáo viên", "teacher"],
                hours=8,
                budget=(20000000, "VND"),
                plan=True,
                cite_min=1,
            ),
            T("rẻ hơn được không?", REFINE, plan=True, cheaper=True),
        ],
    ),
    D(
        "vi-v6-mienphi-46",
        ["constraint_budget", "area_software", "no_diacritics"],
        [
            T("co khoa hoc python mien phi ko", SEARCH, cite_any=["lit-prog-101", "glcc-code-107"]),
        ],
    ),
    D(
        "vi-v6-chungchi-47",
        ["named_course", "stacking", "area_cloudsec"],
        [
            T(
                "muốn lấy Hochschulzertifikat Cloud Security Engineering thì cần học những khóa nào, theo "
                "thứ "
                "tự nào?",
                REQ + PLAN,
                cite_min=2,
                cite_any=["hrd-cert-cloudsec", "hrd-cloud-101", "hrd-cloudsec-201", "hrd-iam-202"],
            ),
        ],
    ),
    D(
        "vi-v6-mangonline-48",
        ["constraint_deadline", "area_network", "participation"],
        [
            T(
                "tôi muốn trở thành kỹ sư mạng trước mùa hè, học online thôi",
                GOAL + CONS,
                goal="network",
                deadline=_BEFORE_SUMMER,
                part=["online"],
            ),
            T("cho tôi xem lộ trình", PLAN, plan=True, plan_part=["online"]),
        ],
    ),
    D(
        "vi-v6-khongco-49",
        ["nonexistent", "area_cloud"],
        [
            T("có khóa AWS Certified Cloud Practitioner không?", EXPLAIN + SEARCH),
            T("vậy khóa nào gần giống nhất?", SEARCH, cite_min=1),
        ],
    ),
]

# v6 (session 6): follow-ups after a plan or a list, named-course questions, comparisons; written for tune.
DIALOGUES += [
    D(
        "vi-fu-cyber-50",
        ["followup", "area_cyber", "constraint_time"],
        [
            T(
                "Tôi muốn làm chuyên viên an ninh mạng, mỗi tuần học được 5 tiếng. Lập lộ trình giúp tôi",
                PLAN,
                goal="cyber",
                hours=5,
                plan=True,
            ),
            T("có cách nào rẻ hơn không?", REFINE, plan=True, cheaper=True),
            T("còn nếu mỗi tuần 10 tiếng thì sao?", REFINE + CONS, hours=10, plan=True, plan_hours=10),
        ],
        split="tune",
    ),
    D(
        "vi-fu-stack-51",
        ["named_course", "stacking", "area_hpc"],
        [
            T(
                "Khóa Parallel Programming with MPI and OpenMP có thuộc chứng chỉ lớn hơn nào không?",
                EXPLAIN + REQ,
                cite_any=["padr-cert-hpc"],
            ),
            T(
                "học xong khóa đó thì học tiếp gì?",
                EXPLAIN + SEARCH + REQ,
                cite_any=["padr-perf-202", "padr-gpu-301", "padr-reverse-302", "padr-cert-hpc"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-fu-compare-52",
        ["compare", "named_course", "area_ai"],
        [
            T(
                "So sánh giúp mình AI Foundations và Mathematics for Machine Learning",
                COMPARE,
                cite_any=["diaa-ai-101", "diaa-math-102"],
                cite_min=2,
            ),
            T("khóa nào rẻ hơn?", COMPARE + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
]

# v7 (session 7): whole sessions (vague opening, counsellor questions, goal, plan, follow-ups, adviser notes);
# written for tune before any run on them.
DIALOGUES += [
    D(
        "vi-v7-phien-50",
        ["vague", "followup", "area_data", "participation"],
        [
            T("Chào bạn, mình thấy công việc hiện tại bế tắc quá, không biết nên học gì", EXPLORE),
            T(
                "Mình làm kế toán, thích làm việc với số liệu, mỗi tuần rảnh khoảng 5 tiếng",
                EXPLORE + SKILLS + CONS + GOAL,
                hours=5,
            ),
            T("Mình muốn trở thành chuyên viên phân tích dữ liệu", GOAL + PLAN, goal="data_analyst"),
            T("Lên lộ trình giúp mình nhé", PLAN, plan=True),
            T("Có cách nào rẻ hơn không?", REFINE, plan=True, cheaper=True),
            T(
                "Mình chỉ học online được thôi",
                REFINE,
                plan=True,
                plan_part=["online"],
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v7-tuvan-51",
        ["third_person", "area_cyber", "followup", "quality"],
        [
            T(
                "Tôi là chuyên viên tư vấn nghề nghiệp. Khách hàng của tôi là thợ "
                "điện, muốn chuyển sang an ninh "
                "mạng",
                GOAL,
                goal="cyber",
                goal_not=["điện", "electric"],
            ),
            T("Anh ấy có 6 tiếng mỗi tuần", CONS, hours=6),
            T("Lập lộ trình học cho anh ấy", PLAN, plan=True),
            T(
                "Khóa Security Operations Fundamentals có được công nhận không?",
                EXPLAIN,
                cite_any=["bvca-soc-101"],
            ),
            T(
                "Anh ấy đã học xong khóa đầu tiên trong lộ trình rồi",
                SKIP,
                plan=True,
                held_prev_step=1,
                plan_excl_prev_step=1,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v7-mang-52",
        ["vague", "compare", "area_network", "constraint_time", "stacking"],
        [
            T("Bắt đầu học mạng máy tính từ đâu?", EXPLORE + SEARCH, cite_min=1),
            T(
                "So sánh Networking Fundamentals và Network Security Essentials",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-netsec-204"],
                cite_min=2,
            ),
            T(
                "Tôi muốn làm kỹ sư mạng, 4 tiếng mỗi tuần, lên kế hoạch giúp tôi",
                PLAN,
                goal="network",
                hours=4,
                plan=True,
            ),
            T("Nếu chỉ có 2 tiếng mỗi tuần thì sao?", REFINE + CONS, hours=2, plan=True, plan_hours=2),
            T(
                "Sau Networking Fundamentals thì học gì tiếp?",
                EXPLAIN + REQ,
                cite_any=["ccna-route-201", "ccna-netmon-202", "ccna-netauto-203", "ccna-netsec-204"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v7-ai-53",
        ["vague", "area_ai", "languages", "followup"],
        [
            T("AI đang hot, mình có nên học không?", EXPLORE + SEARCH),
            T("Mình là lập trình viên Java", SKILLS + EXPLORE),
            T("Mục tiêu là kỹ sư học máy, mỗi tuần 10 tiếng", GOAL + PLAN, goal="ml", hours=10),
            T("Lên lộ trình đi", PLAN, plan=True),
            T("Học bằng tiếng Anh cũng được", CONS + REFINE, study_lang=["en"]),
            T("Cảm ơn nhiều nha, hữu ích lắm", SMALL),
        ],
        split="tune",
    ),
    D(
        "vi-v7-tatca-54",
        ["vague", "area_data", "level", "named_course"],
        [
            T("Bên bạn có những khóa học gì?", SEARCH + EXPLORE, cite_min=1),
            T("Cho mình xem tất cả", SEARCH, cite_min=3),
            T("Có khóa nào về dữ liệu không?", SEARCH, cite_min=1),
            T(
                "Data Warehouse Design ở trình độ EQF mấy? Có khó quá với người mới không?",
                EXPLAIN,
                cite_any=["nda-dwh-202"],
            ),
            T("Cần học gì trước khóa đó?", REQ, cite_any=["nda-model-102"]),
        ],
        split="tune",
    ),
]

# v7-nlu (session 7, understanding round): written before reading the rule files, before any run; for tune.
DIALOGUES += [
    D(
        "vi-v7-skills-01",
        ["area_data"],
        [
            T(
                "Mình biết dùng Excel cơ bản và đã học một khóa SQL trên Coursera",
                SKILLS,
                skills=["spreadsheet", "sql", "query"],
            ),
            T(
                "mình muốn làm việc với dữ liệu, kiểu phân tích số liệu",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v7-cv-02",
        ["long", "multi_intent", "area_cloud"],
        [
            T(
                "Em làm quản trị hệ thống 4 năm, chủ yếu Linux và mạng nội bộ. Giờ em muốn chuyển sang "
                "làm kỹ sư điện toán đám mây.",
                SKILLS + GOAL,
                role="sysadmin",
                goal="cloud",
            ),
            T("lộ trình thế nào ạ, em có khoảng 6 tiếng mỗi tuần", PLAN + CONS, hours=6, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v7-search-03",
        ["no_diacritics", "area_cyber"],
        [
            T(
                "co khoa nao ve an ninh mang khong",
                SEARCH,
                cite_any=[
                    "bvca-soc-101",
                    "ccna-netsec-204",
                    "inl-cyber-201",
                    "glcc-safe-104",
                    "bvca-cert-defence",
                ],
            ),
            T(
                "còn khóa học về học máy thì sao?",
                SEARCH,
                cite_any=["diaa-ml-201", "diaa-ai-101", "diaa-dl-202", "lcsi-mlnet-203", "diaa-cert-aml"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v7-oos-04",
        ["out_of_scope"],
        [
            T("thời tiết Hà Nội ngày mai thế nào?", OOS),
            T("cho mình công thức nấu phở bò với", OOS),
        ],
        split="tune",
    ),
    D(
        "vi-v7-req-05",
        ["named_course", "stacking", "area_ai"],
        [
            T(
                "Cần học gì để lấy Post-Graduate Certificate in Applied Machine Learning?",
                REQ,
                cite_any=["diaa-cert-aml", "diaa-ml-201", "diaa-ai-101", "diaa-math-102"],
            ),
            T(
                "nên học theo thứ tự nào?",
                REQ + PLAN,
                cite_any=["diaa-ai-101", "diaa-math-102", "diaa-ml-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v7-tuvan-06",
        ["third_person", "area_software"],
        [
            T(
                "Tôi đang tư vấn cho một bạn làm kế toán muốn chuyển sang lập trình phần mềm",
                GOAL,
                goal="software",
                goal_not=["kế toán", "accountant", "accounting"],
            ),
            T("bạn ấy đã tự học Python được vài tháng", SKILLS, skills=["python", "programming"]),
            T("gợi ý lộ trình cho bạn ấy", PLAN, plan=True),
        ],
        split="tune",
    ),
]

# v8-lang (session 8, languages round): teen-code, no diacritics, VND/"k"/"triệu", Tết, hours per day,
# languages spoken and wanted; written before reading the rule files and committed before any run; for tune.
from dates import BEFORE_SEPTEMBER as _BEFORE_SEPT8  # noqa: E402
from dates import BEFORE_SUMMER as _BEFORE_SUMMER8  # noqa: E402

DIALOGUES += [
    D(
        "vi-v8l-teencode-01",
        ["slang", "no_diacritics", "area_data"],
        [
            T(
                "mk muon hoc phan tich du lieu ma ko bit bat dau tu dau",
                GOAL + EXPLORE + SEARCH + PLAN,
                goal="data_analyst",
            ),
            T("mk dc khoang 1 tieng moi ngay thoi", CONS, hours=7),
            T("vay lam lo trinh cho mk di", PLAN, plan=True, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-trieu-02",
        ["constraint_budget", "area_cloud"],
        [
            T(
                "Em muốn học về điện toán đám mây nhưng chỉ có tầm 3 triệu thôi ạ",
                GOAL + SEARCH + CONS,
                goal="cloud",
                budget=(3000000, "VND"),
            ),
            T(
                "có khóa nào free ko ạ",
                SEARCH + REFINE + CONS,
                cite_any=["hrd-cloud-101", "hrd-cert-cloudsec"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-k-03",
        ["constraint_budget", "no_diacritics", "area_web", "slang"],
        [
            T(
                "minh co 500k thoi, muon hoc lam web",
                GOAL + CONS + SEARCH,
                budget=(500000, "VND"),
                goal="web",
            ),
            T("hoc online dc ko", CONS + REFINE + SEARCH, no_part=True, cite_min=1),  # a question (refine19)
        ],
        split="tune",
    ),
    D(
        "vi-v8l-tet-04",
        ["constraint_deadline", "area_network"],
        [
            T(
                "Tôi là kỹ thuật viên IT, muốn làm quản trị mạng, cần xong trước Tết",
                GOAL + CONS + SKILLS,
                goal="netadmin",
                deadline=TET,
            ),
            T("mỗi tuần tôi học được khoảng 8 tiếng", CONS, hours=8),
            T("lên lộ trình đi", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-sautet-05",
        ["constraint_deadline", "no_diacritics", "area_cyber"],
        [
            T("sau tet minh moi bat dau hoc duoc, muon hoc bao mat", GOAL + CONS + SEARCH, goal="cyber"),
            T("hoan thanh truoc thang 9 nam sau nhe", CONS, deadline=_BEFORE_SEPT8),
            T("cho minh xem lo trinh", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-ngonngu-06",
        ["languages", "area_cyber"],
        [
            T(
                "Tôi nói tiếng Việt và tiếng Anh khá tốt, tiếng Đức thì chưa biết gì",
                CONS + SKILLS,
                langs=["vi", "en"],
            ),
            T(
                "tôi muốn tìm khóa dạy bằng tiếng Anh về an ninh mạng",
                SEARCH + GOAL + CONS,
                study_lang=["en"],
                cite_min=1,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-gio-07",
        ["constraint_hours", "area_ai", "followup"],
        [
            T("Mình muốn thành kỹ sư AI", GOAL, goal="ai"),
            T("ngày thường mình học 2 tiếng mỗi tối", CONS, hours=(12, 0.25)),
            T("lộ trình ra sao?", PLAN, plan=True),
            T("nếu chỉ 3 tiếng một tuần thì sao", REFINE, plan=True, hours=3),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-kynang-08",
        ["state_skills", "no_diacritics", "area_data"],
        [
            T(
                "minh biet Python voi SQL, lam bao cao bang Excel 2 nam roi",
                SKILLS,
                skills=["python", "sql", "spreadsheet"],
            ),
            T("gio muon len data engineer", GOAL, goal="de"),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-timkiem-09",
        ["search", "slang", "no_diacritics"],
        [
            T(
                "co khoa nao ve Linux ko ad",
                SEARCH,
                cite_any=["hrd-linux-101", "hrd-cert-sysadmin", "glcc-sys-202"],
            ),
            T("con docker voi container thi sao", SEARCH, cite_any=["hrd-virt-201"]),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-tieptheo-10",
        ["followup", "area_software"],
        [
            T(
                "Tôi muốn trở thành lập trình viên phần mềm, tuần học 6 tiếng",
                GOAL + CONS + PLAN,
                goal="software",
                hours=6,
            ),
            T("lộ trình cho tôi", PLAN, plan=True),
            T("có cách nào rẻ hơn không", REFINE, plan=True, cheaper=True),
            T("chỉ học trực tuyến thôi nha", REFINE + CONS, part=["online"], plan=True, plan_part=["online"]),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-tenkhoa-11",
        ["named_course"],
        [
            T(
                "khóa Network Security Essentials học mất bao lâu, giá bao nhiêu?",
                EXPLAIN,
                cite_any=["ccna-netsec-204"],
            ),
            T("học xong khóa đó thì học tiếp gì", EXPLAIN + SEARCH + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-chan-12",
        ["vague", "no_punctuation", "no_diacritics"],
        [
            T("chan cong viec hien tai qua muon doi nghe ma chua biet lam gi", EXPLORE),
            T(
                "minh lam ke toan 5 nam, thich con so",
                SKILLS + EXPLORE + GOAL,
                role=["account", "kế toán", "ke toan", "bookkeep"],
            ),
            T("hoc phan tich du lieu co hop ko", GOAL + EXPLORE + SEARCH + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-huongnghiep-13",
        ["third_person", "constraint_budget", "area_web"],
        [
            T(
                "Tôi là giáo viên hướng nghiệp, học sinh của tôi muốn học lập trình web, "
                "ngân sách khoảng 10 triệu",
                GOAL + CONS,
                goal="web",
                budget=(10000000, "VND"),
            ),
            T("em ấy chỉ học được cuối tuần, mỗi tuần 4 tiếng", CONS, hours=4),
            T("gợi ý lộ trình cho em ấy", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-muahe-14",
        ["constraint_deadline", "no_diacritics", "area_data"],
        [
            T(
                "toi can hoc xong truoc mua he, muc tieu la chuyen vien phan tich du lieu",
                GOAL + CONS,
                goal="data_analyst",
                deadline=_BEFORE_SUMMER8,
            ),
            T("trong vong 3 thang duoc ko?", REFINE + CONS, deadline=IN_3_MONTHS),
        ],
        split="tune",
    ),
    D(
        "vi-v8l-kho-15",
        ["named_course", "level", "area_ai"],
        [
            T(
                "Khóa Deep Learning and Neural Networks có khó không, mình mới biết chút Python",
                EXPLAIN + SKILLS,
                cite_any=["diaa-dl-202"],
            ),
            T(
                "vậy nên học khóa nào trước",
                REQ + PLAN,
                cite_any=["diaa-ml-201", "diaa-ai-101", "diaa-math-102"],
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
        "vi-v8n-tim-01",
        ["search", "slang", "area_web", "no_punctuation"],
        [
            T("có khoá nào về lập trình web không ạ", SEARCH, cite_any=_N8_WEB),
            T("còn về API backend thì sao", SEARCH, cite_any=["lit-api-204", "lit-cert-web"]),
        ],
        split="tune",
    ),
    D(
        "vi-v8n-danhsach-02",
        ["search", "no_punctuation", "area_data"],
        [
            T(
                "sql python phân tích dữ liệu",
                SEARCH,
                cite_any=["ual-sql-102", "ual-python-201", "ual-cert-datos", "diaa-viz-204", "ual-datos-101"],
            ),
            T(
                "có khoá nào về trực quan hoá dữ liệu không",
                SEARCH,
                cite_any=["diaa-viz-204", "ual-visual-203"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v8n-kynang-03",
        ["no_diacritics", "area_data"],
        [
            T("minh lam excel may nam roi, biet chut sql", SKILLS, skills=["spreadsheet", "sql"]),
            T("muon lam gi do lien quan den du lieu", GOAL + PLAN + EXPLORE + SEARCH, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "vi-v8n-cloudsec-04",
        ["multi_intent", "area_cloudsec", "constraint_time"],
        [
            T(
                "Em đang làm quản trị mạng, biết Linux cơ bản. Em muốn chuyển sang bảo mật đám mây, mỗi tuần "
                "học được khoảng 6 tiếng.",
                SKILLS + GOAL + CONS,
                goal="cloudsec",
                hours=6,
            ),
            T("lập lộ trình giúp em", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v8n-nguoigia-05",
        ["area_dlit", "vague"],
        [
            T(
                "tôi muốn giúp người cao tuổi biết dùng internet và điện thoại",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
            ),
            T("có khoá nào phù hợp không", PLAN + SEARCH, cite_any=_N8_DLIT),
        ],
        split="tune",
    ),
    D(
        "vi-v8n-microcred-06",
        ["area_microcred", "constraint_time"],
        [
            T(
                "tôi là giảng viên, muốn hướng dẫn đồng nghiệp thiết kế chứng chỉ vi mô (micro-credential)",
                GOAL,
                goal="microcred",
            ),
            T("cho tôi lộ trình 3 giờ mỗi tuần", PLAN + CONS, hours=3, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v8n-mang-07",
        ["search", "slang", "area_network", "area_cyber"],
        [
            T(
                "khoá học mạng máy tính cho người mới",
                SEARCH,
                cite_any=["ccna-net-101", "ccna-fondements-101"],
            ),
            T(
                "thế còn an ninh mạng",
                SEARCH,
                cite_any=["ccna-netsec-204", "bvca-soc-101", "inl-cyber-201", "bvca-pentest-201"],
            ),
        ],
        split="tune",
    ),
]

# v8-dlg (session 8, reply/policy round): whole conversations with context-bound follow-ups, implied plan
# requests, named courses by title, courses that do not exist. Written before reading the policy files and
# committed before any run; for tune.
DIALOGUES += [
    D(
        "vi-v8d-ketoan-01",
        ["long", "multi_intent", "followup", "area_data"],
        [
            T(
                "Chào bạn, mình là kế toán 6 năm, muốn chuyển sang phân tích dữ liệu. Mỗi tuần mình học được "
                "khoảng 6 tiếng, muốn xong trước tháng 6, ngân sách tầm 10 triệu đồng.",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                goal_not=["accountant", "kế toán"],
                hours=6,
                deadline=BEFORE_JUNE,
                budget=(10000000, "VND"),
            ),
            T("cho mình xem lộ trình đi", PLAN, plan=True),
            T("sao lại theo thứ tự đó?", WHY, cite_min=1),
            T("dài quá", REFINE, plan=True, faster=True),
            T("còn khóa thứ hai thì học gì?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v8d-giaovien-02",
        ["third_person", "participation", "followup", "area_dlit"],
        [
            T(
                "Tôi là tư vấn viên hướng nghiệp. Học viên của tôi là giáo viên tiểu học, muốn dạy tin học "
                "cho người lớn.",
                GOAL,
                goal="dlit_teacher",
            ),
            T("cô ấy nên học gì trước?", PLAN + SEARCH + REQ, cite_min=1),
            T("chỉ học online thôi nhé", REFINE + CONS, part=["online"]),
            T(
                "có khóa miễn phí không?",
                REFINE + SEARCH + CONS,
                cite_any=["aec-dlteach-104", "aec-elearn-100", "aec-hw-105"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v8d-google-03",
        ["nonexistent", "named_course", "followup", "area_cyber"],
        [
            T("Có khóa 'Google Cybersecurity Certificate' không bạn?", EXPLAIN + SEARCH, cite_min=1),
            T(
                "vậy khóa Security Operations Fundamentals thì sao, học bao lâu?",
                EXPLAIN,
                cite_any=["bvca-soc-101"],
            ),
            T(
                "học xong thì học tiếp gì?",
                EXPLAIN + REQ,
                cite_any=[
                    "bvca-siem-201",
                    "bvca-hard-202",
                    "bvca-pentest-201",
                    "bvca-forensics-201",
                    "bvca-vuln-204",
                    "bvca-cert-defence",
                ],
            ),
            T(
                "làm lộ trình an ninh mạng cho mình, 5 tiếng mỗi tuần",
                PLAN + GOAL,
                goal="cyber",
                hours=5,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v8d-web-04",
        ["followup", "constraint_deadline", "quality", "area_web"],
        [
            T(
                "em muốn làm lập trình viên web, biết chút html css, mỗi tuần 10 tiếng",
                GOAL + SKILLS + CONS,
                goal="web",
                hours=10,
            ),
            T("lên lộ trình giúp em", PLAN, plan=True),
            T("dưới 3 tháng được không ạ", CONS + REFINE, deadline=IN_3_MONTHS, plan=True),
            T("bỏ bước đầu, em học rồi", SKIP, held_prev_step=1, plan_excl_prev_step=1),
            T(
                "còn bằng Full-Stack thì có được công nhận không?",
                EXPLAIN,
                cite_any=["lit-cert-web"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v8d-cloud-05",
        ["languages", "followup", "area_cloud"],
        [
            T(
                "Mình nói tiếng Việt và tiếng Anh. Muốn học về điện toán đám mây",
                SKILLS + SEARCH + GOAL,
                langs=["vi", "en"],
            ),
            T(
                "chỉ khóa tiếng Anh thôi nhé",
                REFINE + CONS,
                study_lang=["en"],
                cite_any=[
                    "hrd-clouddev-204",
                    "hrd-cloudmig-301",
                    "lcsi-cloudops-205",
                    "hrd-iac-202",
                    "ccna-hybrid-303",
                ],
            ),
            T("khóa rẻ nhất là khóa nào?", REFINE + SELECT, cite_min=1),
            T(
                "ok lên kế hoạch trở thành kỹ sư cloud, 8 tiếng/tuần",
                PLAN + GOAL,
                goal="cloud",
                hours=8,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v8d-banhang-06",
        ["vague", "followup", "area_data"],
        [
            T("mình chán công việc bán hàng quá, không biết học gì", EXPLORE),
            T(
                "mình thích làm việc với số liệu, Excel dùng khá",
                SKILLS + GOAL + EXPLORE,
                skills=["spreadsheet", "excel"],
            ),
            T("vậy chắc phân tích dữ liệu", GOAL, goal="data_analyst", goal_not=["sales", "bán"]),
            T("thế mình phải học những gì? tuần 5 tiếng", PLAN + CONS, hours=5, plan=True),
        ],
        split="tune",
    ),
]

# v9-frozen (session 9): blind frozen batch, see en.py; split frozen, tag v9_frozen.
import v9f_lists as _F9  # noqa: E402
from dates import TET as _TET9  # noqa: E402

DIALOGUES += [
    D(
        "vi-v9f-ketoan-01",
        ["v9_frozen", "vague", "no_diacritics", "slang", "followup", "area_data", "constraint_hours"],
        [
            T(
                "e lam ke toan 5 nam r, chan qua ma ko bit hoc j",
                EXPLORE + GOAL,
                goal_not=["ke toan", "kế toán", "accountant"],
            ),
            T(
                "e thich may tinh, hay lam excel voi macro cho ca phong",
                EXPLORE + SKILLS + GOAL,
                goal_not=["ke toan", "kế toán", "accountant"],
            ),
            T(
                "vay chac e theo phan tich du lieu, moi tuan dc tam 6 tieng",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                hours=6,
            ),
            T("v e hoc cai nao truoc a", PLAN, plan=True),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-tuvan-02",
        ["v9_frozen", "third_person", "area_cloudsec", "constraint_budget", "languages", "followup"],
        [
            T(
                "Mình là chuyên viên tư vấn nghề nghiệp. Học viên của mình đang làm quản trị mạng ở ngân "
                "hàng, "
                "muốn chuyển sang bảo mật đám mây. Ngân sách khoảng 20 triệu đồng.",
                GOAL + CONS,
                goal="cloudsec",
                goal_not=["network administrator", "81480b40"],
                budget=(20000000, "VND"),
            ),
            T("Bạn ấy nên học gì trước?", PLAN, plan=True, plan_cost=(20000000, "VND")),
            T(
                "bạn ấy chỉ đọc được tiếng Anh thôi",
                CONS + REFINE + SKILLS,
                plan=True,
                plan_langs=["en"],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-nlp-03",
        ["v9_frozen", "search", "no_diacritics", "area_ai", "followup"],
        [
            T(
                "co khoa nao ve xu ly ngon ngu tu nhien ko",
                SEARCH,
                cite_any=["diaa-nlp-302", "ual-texto-303", "diaa-cert-aml"],
            ),
            T("khóa đó cần học gì trước?", REQ, cite_any=["diaa-dl-202", "ual-python-201"]),
            T("bao nhiêu tiền vậy", EXPLAIN + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-freelance-04",
        ["v9_frozen", "state_skills", "area_web", "constraint_hours", "followup", "skip"],
        [
            T(
                "Kỹ năng: HTML, CSS, một chút React. Đã làm freelance 1 năm. Muốn thành lập trình viên web "
                "chuyên nghiệp.",
                SKILLS + GOAL,
                goal="web",
                skills=["html", "css"],
            ),
            T("lập kế hoạch giúp mình, tối đa 8 tiếng/tuần", PLAN + CONS, hours=8, plan=True, plan_hours=8),
            T("bỏ bước đầu đi, mình học rồi", SKIP, held_prev_step=1, plan_excl_prev_step=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-netauto-05",
        ["v9_frozen", "named_course", "typo", "stacking", "area_network", "followup"],
        [
            T("khoá Network Automation with Pyhton học những gì", EXPLAIN, cite_any=["ccna-netauto-203"]),
            T("có phải học Networking Fundamentals trước ko", REQ + EXPLAIN, cite_any=["ccna-net-101"]),
            T("học xong thì lấy được chứng chỉ gì", EXPLAIN + REQ, cite_any=["ccna-cert-netops"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-cka-06",
        ["v9_frozen", "nonexistent", "named_course", "area_cloud", "languages", "participation"],
        [
            T(
                "có khóa luyện thi CKA (Kubernetes) không ạ",
                EXPLAIN + SEARCH,
                cite_any=[
                    "hrd-virt-201",
                    "hrd-cloud-101",
                    "lcsi-cloudops-205",
                    "hrd-iac-202",
                    "hrd-clouddev-204",
                    "hrd-cloudmig-301",
                ],
            ),
            T(
                "thế cái gần giống nhất mà học online bằng tiếng Anh",
                SEARCH + REFINE + CONS,
                cite_any=[
                    "lcsi-cloudops-205",
                    "hrd-iac-202",
                    "hrd-clouddev-204",
                    "hrd-cloudmig-301",
                    "ccna-hybrid-303",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-tet-07",
        ["v9_frozen", "third_person", "constraint_deadline", "constraint_budget", "area_dlit", "followup"],
        [
            T(
                "bố mình 60 tuổi muốn học dùng máy tính cơ bản, gửi email, zalo. trước Tết có khóa nào "
                "miễn phí "
                "ko",
                SEARCH + CONS,
                deadline=_TET9,
                cite_any=[
                    "glcc-dl-101",
                    "glcc-comm-102",
                    "glcc-safe-104",
                    "glcc-solve-105",
                    "glcc-cert-df",
                    "inl-pix-101",
                    "ual-problemas-103",
                    "ual-digital-101",
                ],
            ),
            T("khóa đầu tiên học mấy tiếng", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-gpu-08",
        ["v9_frozen", "area_hpc", "constraint_hours", "followup"],
        [
            T(
                "Em là nghiên cứu sinh, chạy mô phỏng trên GPU, muốn học tính toán hiệu năng cao bài bản. "
                "Mỗi "
                "ngày em học được khoảng 1 tiếng rưỡi.",
                GOAL + CONS + SKILLS,
                goal="hpc",
                hours=(9, 0.2),
            ),
            T("cho em xin lộ trình", PLAN, plan=True),
            T("nếu chỉ 5 tiếng một tuần thì sao", REFINE + CONS, hours=5, plan=True, plan_hours=5),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-sosanh-09",
        ["v9_frozen", "compare", "named_course", "area_ai"],
        [
            T(
                "So sánh giúp mình Deep Learning and Neural Networks với Computer Vision Engineering",
                COMPARE,
                cite_min=2,
                cite_any=["diaa-dl-202", "diaa-cv-301"],
            ),
            T("cái nào học trước", COMPARE + WHY + REQ, cite_any=["diaa-dl-202"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-giangvien-10",
        ["v9_frozen", "area_microcred", "languages", "constraint_budget", "constraint_time"],
        [
            T(
                "Tôi là giảng viên đại học, trường đang muốn triển khai chứng chỉ vi mô "
                "(micro-credential). Tôi "
                "cần học cách thiết kế. Tôi đọc tiếng Anh tốt.",
                GOAL + SKILLS + CONS,
                goal="microcred",
                langs=["en"],
            ),
            T(
                "ngân sách 10 triệu, 4 tiếng mỗi tuần, làm kế hoạch giúp tôi",
                PLAN + CONS,
                budget=(10000000, "VND"),
                hours=4,
                plan=True,
                plan_cost=(10000000, "VND"),
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-giavang-11",
        ["v9_frozen", "out_of_scope", "mixed_language", "area_de", "followup"],
        [
            T("hôm nay giá vàng bao nhiêu", OOS, dead_ok=True),
            T("thôi. mình muốn học data engineering, có gì ko", SEARCH + GOAL, cite_any=_F9.DATA_ENG),
            T("cái rẻ nhất", REFINE + SELECT, cite_min=1),
        ],
        split="frozen",
    ),
]

# v9-frozen, second part (same sitting, before any run).
from dates import HALF_YEAR as _HALF_YEAR9  # noqa: E402

DIALOGUES += [
    D(
        "vi-v9f-giaovien-12",
        ["v9_frozen", "long", "multi_intent", "area_ai", "constraint_budget", "followup"],
        [
            T(
                "Chào bạn, mình 30 tuổi, đang làm giáo viên tiếng Anh, biết chút Python, muốn chuyển sang "
                "làm AI. "
                "Mỗi tuần học được 10 tiếng, ngân sách 15 triệu, muốn xong trong 6 tháng.",
                GOAL + CONS + SKILLS,
                goal="ai",
                goal_not=["teacher"],
                hours=10,
                budget=(15000000, "VND"),
                deadline=_HALF_YEAR9,
            ),
            T("cho mình xem kế hoạch", PLAN, plan=True, plan_cost=(15000000, "VND")),
            T("ngắn hơn được không", REFINE, plan=True, faster=True),
        ],
        split="frozen",
    ),
    D(
        "vi-v9f-vanphong-13",
        ["v9_frozen", "slang", "no_diacritics", "constraint_budget", "participation", "area_dlit"],
        [
            T(
                "mk mun hoc tin hoc van phong co ban, tam 500k thoi",
                SEARCH + GOAL + CONS,
                budget=(500000, "VND"),
                cite_any=_F9.DLIT,
            ),
            T(
                "co khoa nao hoc truc tiep ko",
                REFINE + CONS + SEARCH,
                part=["on-site", "blended"],
                cite_any=["glcc-dl-101", "glcc-cert-df", "glcc-alfab-108", "ual-digital-101"],
            ),
        ],
        split="frozen",
    ),
]

# v9-dlg (session 9, reply/policy round): whole conversations as learners and career advisers go (a client's
# hours, budget and area in one line, plans implied, refinements in context, questions about a course just
# shown, named courses by partial title without diacritics, a course that does not exist). Written before
# reading the policy files and committed before any run; for tune.
from dates import BEFORE_JUNE as _BEFORE_JUNE9  # noqa: E402
from dsl import CONS_OR_REFINE as _COR9  # noqa: E402

DIALOGUES += [
    D(
        "vi-v9d-tuvan-01",
        ["third_person", "followup", "implied_plan", "area_data"],
        [
            T(
                "Mình là chuyên viên tư vấn hướng nghiệp. Học viên của mình đang làm kế toán, muốn chuyển "
                "sang phân tích dữ liệu, mỗi tuần học được 4 tiếng, ngân sách khoảng 5 triệu đồng.",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["kế toán", "accountant"],
                hours=4,
                budget=(5000000, "VND"),
            ),
            T("vậy bạn ấy nên bắt đầu từ đâu?", PLAN, plan=True),
            T("đắt quá", REFINE, plan=True, cheaper=True),
            T("khóa thứ hai có học online không?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v9d-lamluon-02",
        ["implied_plan", "followup", "constraint_deadline", "area_web"],
        [
            T("em muốn làm lập trình viên web, đã biết html css cơ bản", GOAL + SKILLS, goal="web"),
            T("tuần em học được 8 tiếng", CONS, hours=8),
            T("ok làm luôn đi", PLAN, plan=True),
            T("nếu em có 12 tiếng thì sao?", REFINE + CONS, hours=12, plan=True),
            T("trước tháng 6 được không?", _COR9, deadline=_BEFORE_JUNE9, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v9d-tenkhoa-03",
        ["named_course", "no_diacritics", "followup", "area_ml"],
        [
            T(
                "khóa Machine Learning ung dung voi Python có không ạ",
                EXPLAIN + SEARCH,
                cite_any=["diaa-ml-201"],
            ),
            T("khóa đó bao nhiêu tín chỉ ECTS?", EXPLAIN, cite_any=["diaa-ml-201"]),
            T("cần học gì trước nó?", REQ, cite_any=["diaa-ai-101", "diaa-math-102"]),
            T(
                "học xong thì học tiếp gì?",
                EXPLAIN + REQ,
                cite_any=["diaa-dl-202", "diaa-mlops-303", "diaa-isd-304", "diaa-cert-aml"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9d-khongco-04",
        ["nonexistent", "followup", "area_cloud"],
        [
            T("có khóa chứng chỉ AWS Solutions Architect không ad?", EXPLAIN + SEARCH, cite_min=1),
            # widened (session 12): after the closest list, the closest one's card is as right as the list
            T("thế khóa nào gần giống nhất?", SEARCH + SELECT + EXPLAIN, cite_min=1),
            T("cái đầu tiên học bằng tiếng gì?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v9d-mang-05",
        ["implied_plan", "participation", "followup", "languages", "area_network"],
        [
            T(
                "Tôi muốn trở thành kỹ sư mạng, mỗi tuần 6 tiếng, chỉ học trực tuyến.",
                GOAL + CONS,
                goal="network",
                hours=6,
                part=["online"],
            ),
            T("lập lịch học cho tôi", PLAN, plan=True, plan_part=["online"]),
            T("có lộ trình nào ngắn hơn không?", REFINE, plan=True, faster=True),
            T("bỏ khóa tiếng Pháp đi", REFINE + SKIP + CONS, plan_excl=["ccna-fondements-101"]),
        ],
        split="tune",
    ),
    D(
        "vi-v9d-cloud-06",
        ["languages", "implied_plan", "named_course", "area_cloudsec"],
        [
            T(
                "Tôi là quản trị hệ thống, muốn học bảo mật đám mây. Nhưng tôi không biết tiếng Đức.",
                GOAL + CONS,
                goal="cloudsec",
                goal_not=["system administrator"],
            ),
            T("vậy tôi nên học gì trước?", PLAN, plan=True, plan_langs=["en", "vi"]),
            T(
                "khóa Cloud Operations and Observability có cần học gì trước không?",
                REQ,
                cite_any=["lcsi-cloudops-205"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9d-vanphong-07",
        ["third_person", "named_course", "constraint_budget", "area_dlit"],
        [
            T(
                "Anh tôi 40 tuổi làm tài xế, muốn học tin học văn phòng để xin việc. Mỗi tuần 3 tiếng, miễn "
                "phí thì tốt.",
                GOAL + CONS + SEARCH,
                hours=3,
            ),
            T("anh ấy nên bắt đầu bằng khóa nào?", PLAN + SEARCH, cite_min=1),
            T("khóa Spreadsheets có mất phí không?", EXPLAIN, cite_any=["glcc-office-106"]),
        ],
        split="tune",
    ),
]

# v9-lang (session 9, languages round): Vietnamese with and without diacritics, Northern and Southern words
# (tui, hông, nè; em/mình/tôi), teen-code (mun, ko, bik, dc, tr), English tech words, Tết and Trung thu as
# deadlines, đô and triệu; written before reading the rule files and committed before any run; for tune.
from dates import IN_4_MONTHS as _IN4_9  # noqa: E402
from dates import MID_AUTUMN as _MID_AUTUMN9  # noqa: E402
from dates import TET as _TET9  # noqa: E402

DIALOGUES += [
    D(
        "vi-v9l-codau-01",
        ["search", "constraint_budget", "area_data"],
        [
            T(
                "Mình muốn học về phân tích dữ liệu, có khóa nào miễn phí không?",
                SEARCH + CONS,
                cite_any=[
                    "ual-datos-101",
                    "ual-sql-102",
                    "ual-python-201",
                    "diaa-viz-204",
                    "ual-visual-203",
                    "nda-model-102",
                ],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-khongdau-02",
        ["no_diacritics", "constraint_time", "area_cloud"],
        [
            T(
                "minh muon tro thanh ky su cloud, moi tuan hoc duoc khoang 6 tieng",
                GOAL + CONS,
                goal="cloud",
                hours=6,
            ),
            T("cho minh xem lo trinh", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-teencode-03",
        ["teencode", "no_diacritics", "constraint_budget", "area_cyber"],
        [
            T(
                "ad oi e mun hoc an ninh mang ma ko bik bat dau tu dau",
                GOAL + EXPLORE + SEARCH + PLAN,
                goal="cyber",
            ),
            T("e chi co tam 3tr thoi", CONS, budget=(3000000, "VND")),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-mienbac-04",
        ["northern", "constraint_time", "area_data"],
        [
            T(
                "Em đang làm kế toán, muốn chuyển sang làm phân tích dữ liệu, mỗi tối học được 2 tiếng",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["accountant", "kế toán"],
                hours=(12, 0.2),
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-miennam-05",
        ["southern", "area_netadmin"],
        [
            T(
                "Tui làm IT helpdesk mấy năm rồi, giờ muốn lên quản trị mạng nè, có lộ trình nào hông?",
                GOAL + PLAN,
                goal="netadmin",
                goal_not=["help desk"],
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-tet-06",
        ["constraint_deadline", "participation", "area_cloud"],
        [
            T(
                "Trước Tết mình muốn học xong một khóa cơ bản về cloud",
                CONS + GOAL + SEARCH,
                deadline=_TET9,
            ),
            T("ko cần chứng chỉ đâu, chỉ cần học online", CONS + REFINE + SEARCH, part=["online"]),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-trungthu-07",
        ["constraint_deadline", "constraint_budget", "area_cyber"],
        [
            T(
                "Mục tiêu của em là kỹ sư bảo mật, hoàn thành trước Trung thu năm sau",
                GOAL + CONS,
                goal="cyber",
                deadline=_MID_AUTUMN9,
            ),
            T("Ngân sách khoảng 20 triệu", CONS, budget=(20000000, "VND")),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-kynang-08",
        ["skills", "mixed_language", "area_data"],
        [
            T("Em biết Python, SQL và có dùng Power BI ở công ty", SKILLS, skills=["python", "sql"]),
            T("Em muốn làm data engineer", GOAL, goal="de"),
            T("lộ trình cho em với", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-ngonngu-09",
        ["languages", "search", "area_ml"],
        [
            T(
                "Tôi chỉ đọc được tiếng Việt và tiếng Anh, khóa học bằng tiếng Anh cũng được",
                CONS + SKILLS,
                langs=["vi", "en"],
                study_lang=["en"],
            ),
            T(
                "có khóa nào về machine learning không",
                SEARCH,
                cite_any=["diaa-ml-201", "diaa-ai-101", "lcsi-mlnet-203", "diaa-dl-202", "nda-dataset-204"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-giaovien-10",
        ["no_diacritics", "long", "search", "area_elearning"],
        [
            T(
                "chao ban, toi la giao vien tin hoc cap 2, muon hoc them ve e-learning de day online, co "
                "khoa nao phu hop khong",
                SEARCH + GOAL,
                cite_any=[
                    "aec-elearn-100",
                    "aec-online-201",
                    "aec-blended-204",
                    "aec-scorm-202",
                    "aec-media-208",
                    "aec-csteach-207",
                ],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-followup-11",
        ["followup", "area_web"],
        [
            T(
                "Lên kế hoạch giúp mình để thành web developer, 8 tiếng mỗi tuần",
                GOAL + PLAN,
                goal="web",
                hours=8,
                plan=True,
            ),
            T("rẻ hơn được không", REFINE, plan=True, cheaper=True),
            T("bỏ bước đầu đi, mình học Python rồi", SKIP, held_prev_step=1, plan_excl_prev_step=1),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-tuvan-12",
        ["third_person", "area_dlit"],
        [
            T(
                "Tôi là tư vấn viên, học viên của tôi là công nhân nhà máy, muốn học kỹ năng số cơ bản",
                GOAL + SEARCH + EXPLORE + PLAN,
            ),
            T(
                "Gợi ý vài khóa cho bạn ấy",
                SEARCH + PLAN,
                cite_any=[
                    "glcc-dl-101",
                    "glcc-cert-df",
                    "glcc-solve-105",
                    "glcc-safe-104",
                    "glcc-comm-102",
                    "glcc-office-106",
                    "inl-pix-101",
                    "ual-digital-101",
                    "aec-dlteach-104",
                ],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-thang-13",
        ["constraint_time", "search", "area_hpc"],
        [
            T("mỗi tháng mình rảnh khoảng 20 giờ thôi", CONS, hours=(4.6, 0.2)),
            T(
                "học HPC thì bắt đầu từ đâu",
                SEARCH + PLAN + EXPLORE + GOAL,
                cite_any=["padr-hpc-101", "padr-par-201", "padr-cert-hpc"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-usd-14",
        ["constraint_budget", "constraint_deadline", "area_tester"],
        [
            T(
                "budget tầm 500 đô, học xong trong 4 tháng, muốn làm tester",
                GOAL + CONS,
                goal="tester",
                budget=(500, "USD"),
                deadline=_IN4_9,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9l-sosanh-15",
        ["compare", "named_course", "area_data"],
        [
            T(
                "Khóa Data Engineering Foundations với Data Modelling Essentials khác nhau chỗ nào?",
                COMPARE,
                cite_any=["nda-de-101", "nda-model-102"],
                cite_min=2,
            ),
        ],
        split="tune",
    ),
]

# v9-nlu (session 9, understanding round): see en.py; written before reading the rule files, committed
# before any run.
from dates import BEFORE_JUNE as _BEFORE_JUNE9  # noqa: E402

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
        "vi-v9n-anninh-01",
        ["search", "area_cyber"],
        [
            T("bên mình có khóa nào về an ninh mạng không?", SEARCH, cite_any=_N9_CYBER),
            T("còn về điều tra số thì sao", SEARCH, cite_any=["bvca-forensics-201", "bvca-netfor-302"]),
        ],
        split="tune",
    ),
    D(
        "vi-v9n-python-khongdau-02",
        ["search", "no_diacritics", "no_punctuation"],
        [T("khoa hoc lap trinh python online", SEARCH, cite_any=_N9_PY)],
        split="tune",
    ),
    D(
        "vi-v9n-sql-sep-03",
        ["search", "area_data"],
        [T("em cần học SQL cho công việc, sếp bắt làm báo cáo", SEARCH, cite_any=_N9_SQL)],
        split="tune",
    ),
    D(
        "vi-v9n-ketoan-04",
        ["skills", "area_data"],
        [
            T(
                "mình làm kế toán 6 năm, dùng Excel hằng ngày, biết chút Power BI",
                SKILLS,
                skills=["spreadsheet"],
            ),
            T("giờ muốn chuyển sang phân tích dữ liệu", GOAL + PLAN + EXPLORE, goal="data_analyst"),
        ],
        split="tune",
    ),
    D(
        "vi-v9n-kysumang-05",
        ["multi_intent", "constraint_time", "area_network"],
        [
            T(
                "mục tiêu kỹ sư mạng, mỗi tuần 5 tiếng, trước tháng 6",
                GOAL + PLAN,
                goal="network",
                hours=5,
                deadline=_BEFORE_JUNE9,
            ),
            T("lên lộ trình giúp mình nhé", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v9n-hacker-06",
        ["goal", "indirect", "area_cyber"],
        [T("sau này em muốn bảo vệ hệ thống của công ty khỏi hacker", GOAL + EXPLORE, goal="cyber")],
        split="tune",
    ),
    D(
        "vi-v9n-html-js-07",
        ["multi_intent", "area_web", "no_punctuation"],
        [
            T(
                "mình biết HTML CSS rồi, có khóa nào về JavaScript không",
                SEARCH + SKILLS,
                cite_any=_N9_WEB,
                skills=["html"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v9n-kysudulieu-08",
        ["plan", "area_de"],
        [T("muốn làm kỹ sư dữ liệu thì cần học những khóa nào", PLAN + GOAL, goal="de")],
        split="tune",
    ),
    D(
        "vi-v9n-chan-09",
        ["vague", "no_diacritics", "slang"],
        [T("ko biet nen hoc gi nua, chan qua", EXPLORE)],
        split="tune",
    ),
]

# v10-frozen (session 10): a second blind frozen batch, written from docs/, the catalogue and the taxonomy
# only, without reading the assistant's code, rules, tests, training lines, results, or any frozen dialogue,
# and committed before any run; the lead scores it once at the end. Ids `<lang>-v10f-…`, tag `v10_frozen`.
import v10f_lists as _V10  # noqa: E402

DIALOGUES += [
    D(
        "vi-v10f-ke-toan-chan-01",
        ["v10_frozen", "vague", "career_change", "constraint_budget", "area_data"],
        [
            T("em làm kế toán 4 năm rồi, chán lắm, muốn đổi nghề mà không biết nên học gì", EXPLORE),
            T(
                "em thích làm việc với số liệu, excel thì cũng khá",
                GOAL + EXPLORE + SKILLS,
                goal_not=["kế toán", "accountant"],
            ),
            T(
                "chắc là phân tích dữ liệu ạ. mỗi tuần em học được 6 tiếng, ngân sách tầm 10 triệu",
                GOAL + CONS,
                goal="data_analyst",
                hours=6,
                budget=(10000000, "VND"),
            ),
            T("lộ trình cụ thể thế nào ạ?", PLAN, plan=True, plan_cost=(10000000, "VND")),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-khong-dau-cloud-02",
        ["v10_frozen", "no_diacritics", "search", "languages", "area_cloudsec"],
        [
            T("minh muon hoc ve bao mat dam may, co khoa nao online ko", SEARCH, cite_any=_V10.CLOUDSEC),
            T("tieng duc thi minh chiu, co khoa tieng anh ko", REFINE + CONS + SEARCH),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-sinh-vien-ai-03",
        ["v10_frozen", "student", "teencode", "constraint_time", "area_ai"],
        [
            T(
                "e là sv năm 3 CNTT, muốn làm AI engineer sau khi ra trường. hè này rảnh, mỗi ngày học đc "
                "3 tiếng",
                GOAL + CONS,
                goal="ai",
                hours=(18, 0.2),
            ),
            T("lên lộ trình giúp e vs", PLAN, plan=True),
            T("sao phải học toán trước z ad?", WHY),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-giao-vien-so-04",
        ["v10_frozen", "educator", "named_course", "area_dlit_teacher"],
        [
            T(
                "Tôi là giáo viên tiểu học ở Đà Nẵng, muốn dạy kỹ năng số cho học sinh và phụ huynh. Có "
                "khóa nào "
                "phù hợp không?",
                SEARCH + GOAL,
                cite_any=_V10.DLIT_TEACH + _V10.DLIT,
            ),
            T(
                "khóa Teaching Digital Literacy to Adults có mất phí không?",
                EXPLAIN,
                cite_any=["aec-dlteach-104"],
            ),
            T(
                "học xong khóa đó thì học gì tiếp?",
                EXPLAIN + REQ + SEARCH,
                cite_any=["aec-csteach-207", "aec-trainer-103", "aec-elearn-100", "aec-media-208"],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-me-bim-sua-05",
        ["v10_frozen", "parent_returning", "vague", "participation", "area_web"],
        [
            T(
                "Mình nghỉ ở nhà chăm con 3 năm, giờ muốn đi làm lại. Trước làm hành chính văn phòng. Có "
                "nên học "
                "gì về IT không?",
                EXPLORE + GOAL,
                goal_not=["hành chính", "office", "clerk"],
            ),
            T(
                "mình chỉ học được buổi tối, khoảng 1 tiếng mỗi tối, và chỉ học online thôi",
                CONS,
                hours=(6, 0.2),
                part=["online"],
            ),
            T("thế học làm web có được không?", GOAL + EXPLORE + SEARCH + PLAN, cite_any=_V10.WEB),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-truoc-tet-mang-06",
        ["v10_frozen", "constraint_deadline", "languages", "area_network"],
        [
            T(
                "anh làm IT support ở công ty logistics, muốn chuyển sang quản trị mạng. trước Tết có học "
                "xong "
                "được gì không?",
                GOAL + CONS + PLAN,
                goal="netadmin",
                goal_not=["support"],
                deadline=_V10.TET,
            ),
            T("mỗi tuần 8 tiếng", CONS, hours=8),
            T("ok làm plan đi", PLAN, plan=True),
            T("bỏ khóa tiếng Pháp ra nhé", REFINE + CONS + SKIP, plan_excl=["ccna-fondements-101"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-hpc-khong-dau-07",
        ["v10_frozen", "no_diacritics", "search", "followup", "area_hpc"],
        [
            T("co khoa nao ve tinh toan hieu nang cao (HPC) khong ad", SEARCH, cite_any=_V10.HPC),
            T("khoa MPI voi OpenMP can biet gi truoc", REQ, cite_any=["padr-hpc-101"]),
            T("hoc phi bao nhieu", EXPLAIN, cite_any=["padr-par-201"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-google-it-08",
        ["v10_frozen", "nonexistent", "area_helpdesk"],
        [
            T("có khóa Google IT Support Certificate không ạ?", EXPLAIN + SEARCH, cite_any=_V10.HELPDESK),
            T(
                "vậy khóa nào gần giống nhất mà rẻ?",
                SEARCH + REFINE,
                cite_any=_V10.HELPDESK + ["glcc-dl-101", "glcc-safe-104", "glcc-comm-102"],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-truoc-30-4-dataeng-09",
        ["v10_frozen", "skills", "constraint_deadline", "constraint_budget", "area_dataeng"],
        [
            T(
                "Em là dev backend (Java, SQL), muốn chuyển sang data engineer, học xong trước 30/4, mỗi "
                "tuần "
                "10 tiếng, budget 15tr",
                GOAL + CONS + SKILLS,
                goal="de",
                hours=10,
                deadline=_V10.REUNIFICATION,
                budget=(15000000, "VND"),
            ),
            T("lên plan giúp em", PLAN, plan=True, plan_cost=(15000000, "VND")),
            T("khóa thứ 2 là gì, sao lại cần?", SELECT + WHY, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-teencode-web-10",
        ["v10_frozen", "teencode", "no_diacritics", "implied_plan", "area_web"],
        [
            T("ad oi, mk mun hc lap trinh web ma ko bik bat dau tu dau", GOAL + EXPLORE + SEARCH + PLAN),
            T("mk co 5h/tuan thoi", CONS, hours=5),
            T("vay hc j truoc", PLAN + SELECT, plan=True),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-tu-van-vien-11",
        ["v10_frozen", "third_person", "languages", "constraint_time", "area_ainet"],
        [
            T(
                "Tôi là tư vấn viên hướng nghiệp. Học viên của tôi 35 tuổi, đang làm bán hàng, muốn học "
                "về AI "
                "cho mạng viễn thông. Anh ấy đọc tiếng Anh tốt.",
                GOAL + SKILLS + CONS,
                goal="ainet",
                goal_not=["bán hàng", "sales"],
                langs=["en"],
            ),
            T("anh ấy nên bắt đầu từ đâu?", PLAN, plan=True),
            T("nếu anh ấy chỉ có 3 tiếng một tuần thì sao?", REFINE + CONS, hours=3, plan=True),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-chung-chi-vi-mo-12",
        ["v10_frozen", "educator", "constraint_budget", "area_microcred"],
        [
            T(
                "Trường mình đang xây dựng chứng chỉ vi mô (micro-credential), mình phụ trách thiết kế. "
                "Cần học "
                "gì?",
                GOAL + SEARCH + PLAN,
                cite_any=_V10.MICROCRED,
            ),
            T("khóa nào miễn phí?", REFINE + SEARCH, cite_any=["aec-mcd-101", "aec-elearn-100"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v10f-mua-sql-13",
        ["v10_frozen", "off_topic", "search", "languages", "area_data"],
        [
            T("hôm nay Hà Nội có mưa không?", OOS + SMALL),
            T("thôi, tìm cho mình khóa SQL cơ bản đi", SEARCH, cite_any=_V10.SQL),
            T("cái đầu tiên học bằng tiếng gì?", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
]

# v10-dlg (session 10, reply/policy round): whole conversations written before reading the policy files and
# committed before any run: searches in Vietnamese (with and without diacritics) for subjects the catalogue
# has in English or Spanish, "nên học cái nào trước?", implied plans ("rồi giờ sao ạ?", "lên lịch học giúp
# mình", "ok chốt vậy đi"), a budget or hours said after a list, courses just shown asked about, titles, a
# course that does not exist, "khóa khó nhất". Area lists in `v10d_lists.py`. For tune.
import v10d_lists as _L10  # noqa: E402

DIALOGUES += [
    D(
        "vi-v10d-dulieu-01",
        ["search", "crosslang", "followup", "hours_after_list", "area_data"],
        [
            T("khóa học phân tích dữ liệu", SEARCH, cite_any=_L10.DATA),
            T("nên học cái nào trước?", SELECT + PLAN + REQ, cite_any=_L10.DATA_START),
            T("cái thứ hai có học online không?", SELECT, cite_min=1),
            T("mình chỉ có 4 tiếng mỗi tuần thôi", _L10.COR, hours=4, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v10d-ketoan-baomat-02",
        ["implied_plan", "followup", "area_cyber"],
        [
            T(
                "em đang làm kế toán, muốn chuyển sang an ninh mạng, mỗi tuần được khoảng 6 tiếng",
                GOAL + CONS,
                goal="cyber",
                goal_not=["account", "bookkeep"],
                hours=6,
            ),
            T("rồi giờ sao ạ?", PLAN, plan=True),
            T("đắt quá, có lộ trình rẻ hơn không?", REFINE, plan=True, cheaper=True),
            T("ok chốt vậy đi", PLAN + _L10.APPLY, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v10d-mang-ngansach-03",
        ["search", "crosslang", "budget_after_list", "area_network"],
        [
            T("có khóa nào về mạng máy tính không", SEARCH, cite_any=_L10.NETWORK),
            T("ngân sách của mình tầm 10 triệu", _L10.COR, budget=(10000000, "VND"), cite_min=1),
            T("khóa khó nhất là khóa nào?", SELECT + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v10d-deeplearning-04",
        ["named_course", "partial_title", "followup", "area_ai"],
        [
            T(
                "khoá Deep Learning and Neural Network học những gì?",
                EXPLAIN + SEARCH,
                cite_any=["diaa-dl-202"],
            ),
            T("cần học gì trước?", REQ, cite_any=["diaa-ml-201"]),
            T("khóa deep learning đó kéo dài bao lâu?", SELECT, cite_any=["diaa-dl-202"]),
        ],
        split="tune",
    ),
    D(
        "vi-v10d-aws-05",
        ["nonexistent", "followup", "area_cloud"],
        [
            T("bên mình có khóa AWS Cloud Practitioner không?", EXPLAIN + SEARCH, cite_any=_L10.CLOUD),
            T("vậy khóa nào gần giống nhất?", SEARCH + SELECT, cite_any=_L10.CLOUD),
            T("khóa đó dạy bằng tiếng Anh hả?", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v10d-tuvan-06",
        ["third_person", "implied_plan", "followup", "area_helpdesk"],
        [
            T(
                "Mình là tư vấn viên hướng nghiệp. Học viên của mình là công nhân nhà máy, muốn học để làm "
                "kỹ thuật viên hỗ trợ IT, mỗi tuần 5 tiếng.",
                GOAL + CONS,
                goal="helpdesk",
                goal_not=["factory", "machine operator"],
                hours=5,
            ),
            T("bạn ấy nên bắt đầu từ đâu?", PLAN, plan=True),
            T("lên lịch học giúp mình nhé", PLAN, plan=True),
            T(
                "bạn ấy chỉ học online được thôi",
                REFINE + CONS,
                part=["online"],
                plan=True,
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v10d-python-khongdau-07",
        ["search", "no_diacritics", "followup", "area_software"],
        [
            T("hoc python o dau", SEARCH, cite_any=_L10.PROG),
            T("cai nao ngan nhat", SELECT + COMPARE, cite_min=1),
            T("co mien phi ko", SELECT + REFINE, cite_min=1),
        ],
        split="tune",
    ),
]

# v10-nlu (session 10, understanding round): see en.py; written before reading the rule files, committed
# before any run.
DIALOGUES += [
    D(
        "vi-v10n-ketoan-01",
        ["current_role", "constraint_time", "area_data"],
        [
            T(
                "Em làm kế toán 5 năm rồi, giờ muốn chuyển sang phân tích dữ liệu, mỗi tuần học được khoảng "
                "6 tiếng",
                GOAL + CONS + PLAN,
                goal="data_analyst",
                hours=6,
            )
        ],
        split="tune",
    ),
    D(
        "vi-v10n-excel-02",
        ["search", "need"],
        [
            T(
                "có khoá nào giúp em dùng excel giỏi hơn cho công việc không",
                SEARCH,
                cite_any=["glcc-office-106", "ual-datos-101"],
            )
        ],
        split="tune",
    ),
    D(
        "vi-v10n-lotrinh-03",
        ["plan", "area_network"],
        [T("cho mình lộ trình học để trở thành kỹ sư mạng", PLAN + GOAL, goal="network")],
        split="tune",
    ),
]

# v10-asia (session 10, vi/hi/bn round): written before reading the rule files or running anything on it,
# committed before any run; first-look figure in docs/BENCHMARKS.md.
from dates import BEFORE_APRIL_30 as _APR30_10  # noqa: E402
from dates import TET as _TET10  # noqa: E402

_A10_CLOUD = _N9_CLOUD
_A10_NET = _N9_NET
_A10_PY = ["lit-prog-101", "glcc-code-107", "ual-python-201"]
_A10_HPC = [
    "padr-hpc-101",
    "padr-par-201",
    "padr-gpu-301",
    "padr-perf-202",
    "padr-sched-302",
    "padr-cert-hpc",
]
_A10_DLIT = ["glcc-dl-101", "glcc-comm-102", "glcc-cert-df", "inl-pix-101", "glcc-safe-104", "glcc-solve-105"]
DIALOGUES += [
    D(
        "vi-v10a-sv3-data-01",
        ["goal", "student", "constraint_time", "area_data"],
        [
            T(
                "em là sinh viên năm 3 ngành kinh tế, sau này muốn làm data analyst, giờ nên học gì trước ạ",
                GOAL + PLAN + EXPLORE,
                goal="data_analyst",
            ),
            # widened (session 12): a limit said after a plan or list is noted and what was shown re-run
            T("mỗi tối em học được 1 tiếng thôi", CONS + REFINE, hours=(6, 0.2)),
            T("vậy lộ trình cụ thể thế nào ạ", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-ketoan-khongdau-02",
        ["multi_intent", "no_diacritics", "constraint_budget", "area_data"],
        [
            T(
                "minh lam ke toan 5 nam, excel thanh thao, gio muon chuyen qua mang phan tich du lieu",
                GOAL + SKILLS + PLAN + EXPLORE,
                goal="data_analyst",
                goal_not=["accountant", "ke toan"],
            ),
            T("hoc phi tam 5 trieu thoi nha", CONS, budget=(5000000, "VND")),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-cloud-hocphi-03",
        ["search", "followup", "constraint_budget", "area_cloud"],
        [
            T("có khóa nào về cloud không ạ", SEARCH, cite_any=_A10_CLOUD),
            T(
                "học phí tầm 3 triệu đổ lại thôi",
                CONS + REFINE + SEARCH,
                budget=(3000000, "VND"),
                cite_any=["hrd-cloud-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-python-teen-04",
        ["search", "slang", "teen_code", "followup"],
        [
            T("có khóa python nào free hông ad", SEARCH, cite_any=_A10_PY),
            T("khóa đầu tiên học mất bao lâu v", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-nhansu-long-05",
        ["long", "multi_intent", "constraint_budget", "constraint_deadline", "area_data"],
        [
            T(
                "Chào bạn, mình 32 tuổi, đang làm nhân sự ở một công ty sản xuất ở Bình Dương, dạo này "
                "công ty chuyển đổi số nên mình muốn học phân tích dữ liệu để tự làm báo cáo nhân sự, "
                "mỗi tuần chắc được khoảng 4-5 tiếng, ngân sách tầm 10 triệu, mong là xong trước Tết",
                GOAL + PLAN + CONS,
                goal="data_analyst",
                hours=(4.5, 0.15),
                budget=(10000000, "VND"),
                deadline=_TET10,
            ),
            T("ok lên lộ trình đi bạn", PLAN, plan=True, plan_cost=(10000000, "VND")),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-anhhai-mang-06",
        ["third_person", "southern", "constraint_time", "area_network"],
        [
            T(
                "anh hai em đang làm kỹ thuật viên mạng, ảnh muốn lên kỹ sư mạng, có khoá nào hông",
                GOAL + SEARCH + PLAN + EXPLORE,
                goal="network",
            ),
            T("ảnh chỉ rảnh cuối tuần, mỗi ngày 3 tiếng", CONS, hours=6),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-baomat-online-07",
        ["goal", "participation", "area_cyber"],
        [
            T("làm sao để trở thành chuyên viên bảo mật thông tin vậy", GOAL + PLAN, goal="cyber"),
            # widened (session 12): a limit said after a plan or list is noted and what was shown re-run
            T("em ở Đà Nẵng nên chỉ học online được thôi", CONS + REFINE, part=["online"]),
            T("cho em xin lộ trình", PLAN, plan=True, plan_part=["online"]),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-viz-named-08",
        ["named_course", "followup", "requirements"],
        [
            T("khóa Data Visualisation with Python giá bao nhiêu vậy", SELECT, cite_any=["diaa-viz-204"]),
            T("có cần biết python trước không", REQ, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-compare-ai-09",
        ["compare", "named_course", "area_ai"],
        [
            T(
                "AI Foundations với Applied Machine Learning with Python khác nhau ra sao, "
                "nên học cái nào trước",
                COMPARE,
                cite_min=2,
                cite_any=["diaa-ai-101", "diaa-ml-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-blockchain-10",
        ["nonexistent", "named_course"],
        [T("bên bạn có khóa Blockchain cho Fintech không ạ", SEARCH + EXPLAIN)],
        split="tune",
    ),
    D(
        "vi-v10a-giaovien-11",
        ["goal", "dlit_teacher", "constraint_budget"],
        [
            T(
                "tôi là giáo viên tiểu học, muốn đi dạy tin học cơ bản cho người lớn tuổi ở phường",
                GOAL + EXPLORE + PLAN,
                goal="dlit_teacher",
            ),
            T("khóa miễn phí thì tốt quá", CONS + REFINE, budget=(0, "VND")),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-django-12",
        ["skills", "goal", "area_de"],
        [
            T(
                "em biết Python với SQL cơ bản, từng làm project web bằng Django",
                SKILLS,
                skills=["python", "sql"],
            ),
            T("giờ em muốn làm kỹ sư dữ liệu", GOAL + PLAN, goal="de"),
            T("học hết chắc mất bao lâu ạ", PLAN + EXPLAIN + WHY, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-hpc-13",
        ["search", "area_hpc"],
        [T("có khóa nào về tính toán hiệu năng cao, HPC hay lập trình GPU không", SEARCH, cite_any=_A10_HPC)],
        split="tune",
    ),
    D(
        "vi-v10a-web-usd-14",
        ["goal", "constraint_budget", "area_web"],
        [
            T("mục tiêu của mình là lập trình viên web", GOAL + PLAN, goal="web"),
            T("ngân sách dưới 200 đô thôi", CONS, budget=(200, "USD")),
            T("xếp lộ trình giúp mình", PLAN),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-devops-5tr-15",
        ["goal", "constraint_budget", "constraint_time", "area_cloud"],
        [
            T("muốn học cloud để sau này làm devops", GOAL + PLAN + EXPLORE, goal="cloud"),
            T("ngân sách 5 tr, 1 tuần học 3 buổi mỗi buổi 2 tiếng", CONS, budget=(5000000, "VND"), hours=6),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-excel-nghin-16",
        ["search", "followup", "constraint_budget"],
        [
            T("có khóa excel nào cho dân văn phòng không", SEARCH, cite_any=_N9_SHEET),
            T("tối đa 800 nghìn thôi", CONS + REFINE + SEARCH, budget=(800000, "VND")),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-cloud-followups-17",
        ["followup", "refine", "skip", "area_cloud"],
        [
            T("mình muốn trở thành kỹ sư cloud, mỗi tuần 8 tiếng", GOAL + PLAN, goal="cloud", hours=8),
            T("lên lộ trình đi", PLAN, plan=True),
            T("có lộ trình nào rẻ hơn ko", REFINE, plan=True, cheaper=True),
            T("bỏ khóa đầu đi, mình học rồi", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-tiengviet-18",
        ["languages", "search"],
        [T("có khóa nào dạy bằng tiếng Việt không vậy", SEARCH + CONS + EXPLAIN)],
        split="tune",
    ),
    D(
        "vi-v10a-me-maytinh-19",
        ["third_person", "search", "dlit"],
        [
            T(
                "mẹ em 55 tuổi, muốn học dùng máy tính cơ bản để nhắn tin, gọi video với con cháu",
                SEARCH + GOAL + EXPLORE,
                cite_any=_A10_DLIT,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-sale-chan-20",
        ["vague", "slang", "no_diacritics", "area_web"],
        [
            T("lam sale 3 nam roi chan qua, muon chuyen qua IT ma ko biet bat dau tu dau", EXPLORE),
            T("em thích làm web, ở nhà có laptop", GOAL + EXPLORE + PLAN, goal="web"),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-dba-304-21",
        ["goal", "constraint_deadline"],
        [
            T("em muốn làm quản trị cơ sở dữ liệu", GOAL + PLAN, goal="dba"),
            T("cần xong trước 30/4 năm sau", CONS, deadline=_APR30_10),
        ],
        split="tune",
    ),
    D(
        "vi-v10a-ai-khongdau-22",
        ["goal", "no_diacritics", "student", "area_ai"],
        [T("lam sao de lam ve AI, em hoc CNTT nam 2", GOAL + PLAN + EXPLORE, goal="ai")],
        split="tune",
    ),
    D(
        "vi-v10a-soc-stack-23",
        ["named_course", "stacking", "area_cyber"],
        [
            T(
                "khóa Security Operations Fundamentals có nằm trong chứng chỉ nào lớn hơn không",
                EXPLAIN + REQ,
                cite_any=["bvca-soc-101", "bvca-cert-defence"],
            ),
        ],
        split="tune",
    ),
]

# v11-frozen (session 11, third blind frozen batch): see en.py; written blind, committed before any run.
import v11f_lists as _V11  # noqa: E402

_V11_FREE_ONLINE_DLIT = [
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
        "vi-v11f-mat-viec-ke-toan-kho-01",
        ["v11_frozen", "vague", "lost_job", "constraint_budget", "area_data"],
        [
            T(
                "em vừa bị cho nghỉ việc ở xưởng may, làm kế toán kho 6 năm. giờ chẳng biết làm gì nữa ad ạ",
                _V11.OPENING + _V11.ROLE,
            ),
            T("em thích làm với số liệu, excel em dùng khá tốt", _V11.ROLE_GOAL + _V11.SEARCH),
            T(
                "chắc em muốn làm phân tích dữ liệu. mỗi tuần em học được 10 tiếng, ngân sách khoảng 5 triệu",
                _V11.GOAL_CONS,
                goal=["data"],
                goal_not=["kế toán", "accountant", "kho"],
                hours=10,
                budget=(5000000, "VND"),
            ),
            T("lên lộ trình giúp em", _V11.PLAN, plan=True, plan_cost=(5000000, "VND")),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-khong-dau-cloud-02",
        ["v11_frozen", "search", "no_diacritics", "teencode", "languages", "area_cloudsec"],
        [
            T("ad oi co khoa nao ve bao mat cloud ko, hoc online dc ko", _V11.SEARCH, cite_any=_V11.CLOUDSEC),
            T("khoa dau tien hoc bao lau", _V11.PICK, cite_min=1),
            T(
                "co khoa nao bang tieng anh ko, mk ko biet tieng duc",
                _V11.REFINE + _V11.SEARCH + _V11.CONS,
                cite_any=_V11.CLOUD_EN,
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-sinh-vien-ml-03",
        ["v11_frozen", "student", "constraint_deadline", "skip", "area_ai"],
        [
            T(
                "mình là sinh viên năm 3 CNTT, muốn theo hướng AI/machine learning. biết python rồi",
                _V11.GOAL + _V11.SKILLS + _V11.PLAN,
                goal="ml",
                skills=["python", "Python"],
            ),
            T(
                "lộ trình trước Tết được không, mỗi tuần 12 tiếng",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=12,
                deadline=_V11.TET,
            ),
            T(
                "bỏ khóa AI Foundations đi, mình học rồi",
                _V11.SKIP + _V11.SKILLS,
                held=["diaa-ai-101"],
                plan=True,
                plan_excl=["diaa-ai-101"],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-giao-vien-nguoi-gia-04",
        ["v11_frozen", "educator", "area_dlit_teacher"],
        [
            T(
                "Chào bạn, tôi là giáo viên tin học cấp 2 ở Đà Nẵng, muốn học cách dạy kỹ năng số cho người "
                "lớn tuổi",
                _V11.SEARCH + _V11.GOAL,
                cite_any=_V11.DLIT_TEACH,
            ),
            T("khóa đó có mất phí không?", _V11.PICK, cite_min=1),
            T(
                "sau khóa đó thì học gì tiếp?",
                _V11.AFTER,
                cite_any=[
                    "aec-csteach-207",
                    "aec-trainer-103",
                    "aec-elearn-100",
                    "aec-media-208",
                    "aec-hw-105",
                ],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-tu-van-le-tan-05",
        ["v11_frozen", "third_person", "adviser", "constraint_time", "area_web"],
        [
            T(
                "Tôi là tư vấn viên hướng nghiệp. Học viên của tôi 27 tuổi, đang làm lễ tân khách sạn, muốn "
                "chuyển sang lập trình web. Bạn ấy học được 2 tiếng mỗi tối",
                _V11.GOAL_CONS,
                goal="web",
                goal_not=["lễ tân", "receptionist", "hotel"],
                hours=(12, 0.25),
            ),
            T("bạn ấy nên học gì trước?", _V11.START, cite_any=_V11.WEB),
            T("khóa thứ hai là gì vậy", _V11.PICK, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-song-song-gpu-06",
        ["v11_frozen", "search", "no_diacritics", "area_hpc"],
        [
            T("co khoa nao ve lap trinh song song hay GPU ko a", _V11.SEARCH, cite_any=_V11.HPC),
            T("khóa GPU cần học gì trước?", _V11.REQ, cite_any=["padr-gpu-301", "padr-par-201"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-ky-su-mang-ai-07",
        ["v11_frozen", "skills", "constraint_deadline", "area_ainet"],
        [
            T(
                "anh làm kỹ sư mạng ở Viettel 5 năm, muốn học thêm về AI cho vận hành mạng",
                _V11.GOAL + _V11.SKILLS + _V11.SEARCH,
                goal="ainet",
            ),
            T("có chứng chỉ nào không em", _V11.AFTER, cite_any=["ccna-cert-netops", "lcsi-cert-ainet"]),
            T(
                "làm lộ trình lấy chứng chỉ đó, mỗi tuần 6 tiếng, xong trước 2/9",
                _V11.PLAN + _V11.CONS,
                plan=True,
                hours=6,
                deadline=_V11.NATIONAL_DAY_VN,
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-aws-practitioner-08",
        ["v11_frozen", "nonexistent", "followup", "area_cloud"],
        [
            T("bên mình có khóa AWS Certified Cloud Practitioner không ạ", _V11.NAMED, cite_any=_V11.CLOUD),
            T("vậy cái nào giống nhất", _V11.SEARCH + _V11.WHICH, cite_any=_V11.CLOUD),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-me-bim-di-lam-lai-09",
        ["v11_frozen", "returning_parent", "constraint_participation", "area_dlit"],
        [
            T(
                "mình nghỉ ở nhà chăm con 4 năm rồi, trước làm nhân viên văn phòng. giờ muốn đi làm lại mà "
                "sợ "
                "tụt hậu công nghệ quá",
                _V11.ROLE_GOAL + _V11.SEARCH + _V11.SMALL,
            ),
            T(
                "tin học văn phòng với kỹ năng số cơ bản thì có khóa nào không",
                _V11.SEARCH,
                cite_any=_V11.DLIT,
            ),
            T(
                "chỉ học online thôi, có cái nào miễn phí không",
                _V11.REFINE + _V11.SEARCH + _V11.CONS,
                cite_any=_V11_FREE_ONLINE_DLIT,
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-cv-dba-10",
        ["v11_frozen", "cv", "constraint_budget", "area_dba"],
        [
            T(
                "Kỹ năng: SQL Server 3 năm, viết stored procedure, backup. Mục tiêu: quản trị cơ sở dữ liệu",
                _V11.SKILLS + _V11.GOAL,
                goal="dba",
                skills=["SQL", "sql"],
            ),
            T(
                "mình có 15 triệu, đủ không",
                _V11.CONS + _V11.PLAN + _V11.EXPLAIN,
                budget=(15000000, "VND"),
            ),
            T("lên kế hoạch đi", _V11.PLAN, plan=True, plan_cost=(15000000, "VND")),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-so-sanh-model-dwh-11",
        ["v11_frozen", "compare", "named_course", "area_dwh"],
        [
            T(
                "so sánh giúp mình Data Modelling Essentials với Data Warehouse Design",
                _V11.COMPARE,
                cite_any=["nda-model-102", "nda-dwh-202"],
                cite_min=2,
            ),
            T("cái nào dễ hơn cho người mới", _V11.WHICH, cite_any=["nda-model-102"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-bong-da-tester-12",
        ["v11_frozen", "off_topic", "goal", "what_if", "area_testing"],
        [
            T("tối qua Việt Nam đá hay quá", _V11.OFF, dead_ok=True),
            T("thôi quay lại, mình muốn làm tester phần mềm", _V11.GOAL + _V11.SEARCH, goal="tester"),
            T(
                "nếu mỗi tuần chỉ 4 tiếng thì mất bao lâu",
                _V11.REPLAN + _V11.EXPLAIN,
                hours=4,
                cite_min=1,
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v11f-gdpr-tieng-phap-13",
        ["v11_frozen", "search", "languages", "area_dgov"],
        [
            T(
                "công ty em ở Pháp yêu cầu học về bảo vệ dữ liệu cá nhân GDPR, em đọc được tiếng Pháp",
                _V11.SEARCH + _V11.GOAL + _V11.SKILLS,
                cite_any=_V11.DGOV,
                langs=["fr"],
            ),
            T(
                "khóa nền tảng là khóa nào, bao nhiêu tiền",
                _V11.PICK + _V11.SEARCH,
                cite_any=["inl-rgpd-101"],
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
        "vi-v11d-mat-viec-01",
        ["life_event", "vague", "implied_plan", "area_helpdesk"],
        [
            T(
                "em vừa bị mất việc bán hàng ở siêu thị, giờ không biết nên học gì nữa",
                EXPLORE,
                goal_not=["retail", "sales", "shop"],
            ),
            T("em thích máy tính, chắc là làm hỗ trợ IT được không ạ", GOAL + EXPLORE, goal="helpdesk"),
            T("lên lộ trình cho em với, mỗi tuần em học được 6 tiếng", PLAN + CONS, plan=True, hours=6),
        ],
        split="tune",
    ),
    D(
        "vi-v11d-re-hon-02",
        ["search", "refine", "followup", "area_ml"],
        [
            T("có khóa nào về học máy không ạ", SEARCH, cite_any=_L11.ML),
            T("có cái nào rẻ hơn không", REFINE + SEARCH, cite_any=_L11.ML_CHEAP + ["diaa-ml-201"]),
            T("cái nào ngắn nhất", SELECT + COMPARE, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v11d-tu-van-03",
        ["third_person", "skip", "area_data"],
        [
            T(
                "tôi là tư vấn viên, khách hàng của tôi là kế toán muốn chuyển sang phân tích dữ liệu, "
                "5 tiếng mỗi tuần",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["accountant", "bookkeep"],
                hours=5,
            ),
            T("lập kế hoạch cho chị ấy", PLAN, plan=True),
            T(
                "có bước nào bỏ qua được không, chị ấy giỏi excel rồi",
                SKIP + SKILLS + REFINE + PLAN,
                plan=True,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11d-khoa-04",
        ["named_course", "partial", "followup", "area_network"],
        [
            T("khoá Networking Fundamental học mất bao lâu", EXPLAIN + SELECT, cite_any=["ccna-net-101"]),
            T("học xong thì học tiếp gì", REQ + EXPLAIN + PLAN, cite_any=_L11.NETWORK_AFTER),
        ],
        split="tune",
    ),
]

# v11-dlg, second part (written after the round's fixes, before any run on it; not blind). For tune.
DIALOGUES += [
    D(
        "vi-v11d-h01-re-nhat",
        ["search", "followup", "area_data", "no_diacritics"],
        [
            T("co khoa nao ve phan tich du lieu ko", SEARCH, cite_any=_L11.DATA),
            T("cai nao re nhat", SELECT + COMPARE + REFINE, cite_min=1),
        ],
        split="tune",
    ),
]

# v11-asia (session 11, vi/hi/bn round): written before any run of this batch; lists from the catalogue files.
import v10f_lists as _V11  # noqa: E402

_V11_SHEET = ["glcc-office-106", "ual-datos-101"]
_V11_FREE_PY = ["lit-prog-101", "glcc-code-107"]
DIALOGUES += [
    D(
        "vi-v11a-kysu-mang-aiops-01",
        ["goal", "long_message", "area_ainet", "constraint_time"],
        [
            T(
                "Chào anh chị, em là kỹ sư mạng ở một nhà mạng được 4 năm, chủ yếu cấu hình router switch. "
                "Sếp muốn team chuyển sang vận hành mạng bằng AI nên em muốn học bài bản về mảng này. "
                "Mỗi tuần em dành được khoảng 5 tiếng. Em nên học gì ạ?",
                GOAL + PLAN + SEARCH,
                goal="ainet",
                hours=5,
            ),
            T("lập lộ trình cho em với", PLAN, plan=True, plan_incl=_V11.AINET),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-ketoan-khongdau-02",
        ["goal", "no_diacritics", "area_data", "constraint_time"],
        [
            T(
                "minh dang lam ke toan cho cty may, muon chuyen sang phan tich du lieu thi hoc o dau",
                GOAL + PLAN + EXPLORE + SEARCH,
                goal="data_analyst",
                goal_not=["ke toan", "kế toán", "accountant"],
            ),
            T("moi tuan dc tam 4 tieng thoi", CONS, hours=4),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-teencode-python-03",
        ["search", "teen_code", "no_diacritics", "constraint_budget"],
        [T("ad oi e mun hoc lap trinh python, co khoa nao free hk ak", SEARCH + CONS, cite_any=_V11_FREE_PY)],
        split="tune",
    ),
    D(
        "vi-v11a-sysadmin-cloudsec-04",
        ["goal", "southern", "area_cloudsec", "languages"],
        [
            T(
                "Dạ em đang làm sysadmin á, giờ muốn chuyển qua mảng bảo mật "
                "cloud, học cái gì trước vậy anh?",
                GOAL + PLAN + SEARCH,
                goal="cloudsec",
            ),
            T("em không đọc được tiếng Đức đâu, chỉ tiếng Anh thôi", CONS + REFINE, study_lang=["en"]),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-vatly-hpc-05",
        ["search", "student", "area_hpc", "followup"],
        [
            T(
                "Em là sinh viên năm 3 ngành Vật lý, thầy hướng dẫn bảo phải biết "
                "chạy mô phỏng trên siêu máy tính. "
                "Bên mình có khóa nào về HPC hay MPI không ạ?",
                SEARCH + GOAL + PLAN,
                cite_any=_V11.HPC,
            ),
            T("khóa đầu tiên học mất bao lâu vậy ạ", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-giangvien-microcred-06",
        ["search", "microcred", "named_course"],
        [
            T(
                "Tôi là giảng viên cao đẳng, trường đang muốn thiết kế các chứng "
                "chỉ vi mô (micro-credential) "
                "cho sinh viên. Tôi nên học khóa nào?",
                SEARCH + GOAL + PLAN,
                cite_any=_V11.MICROCRED,
            ),
            T(
                "khóa Designing Micro-Credentials: Foundations có mất phí không",
                EXPLAIN + SELECT,
                cite_any=["aec-mcd-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-ai-trieu-tet-07",
        ["goal", "constraint_budget", "constraint_deadline", "area_ai"],
        [
            T(
                "Mình muốn học AI, ngân sách khoảng 3 triệu, học xong trước Tết",
                GOAL + CONS + SEARCH + PLAN,
                goal="ai",
                budget=(3000000, "VND"),
                deadline=_V11.TET,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-excel-500k-08",
        ["search", "constraint_budget", "slang"],
        [
            T(
                "budget 500k thôi, có khóa excel nào ko",
                SEARCH + CONS,
                budget=(500000, "VND"),
                cite_any=_V11_SHEET,
            )
        ],
        split="tune",
    ),
    D(
        "vi-v11a-tuvan-thungan-09",
        ["third_person", "adviser", "area_helpdesk", "constraint_time"],
        [
            T(
                "Tôi là cán bộ tư vấn việc làm. Khách hàng của tôi là một chị 40 tuổi làm thu ngân siêu thị, "
                "muốn chuyển sang làm hỗ trợ kỹ thuật IT (help desk).",
                GOAL + PLAN + EXPLORE,
                goal="helpdesk",
            ),
            T("chị ấy chỉ học được buổi tối, khoảng 3 tiếng mỗi tuần", CONS, hours=3),
            T("lên lộ trình cho chị ấy", PLAN, plan=True, plan_incl=_V11.HELPDESK),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-bo-60-maytinh-10",
        ["third_person", "search", "dlit", "northern"],
        [
            T(
                "Bố tôi năm nay 60 tuổi, muốn học dùng máy vi tính, lên mạng cho an "
                "toàn. Có khóa nào dễ không?",
                SEARCH + EXPLORE + GOAL,
                cite_any=_V11.DLIT,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-linux-devops-11",
        ["skills", "goal", "area_cloud"],
        [
            T(
                "em biết Linux với Docker, có chứng chỉ CCNA rồi",
                SKILLS,
                skills=["linux", "docker", "container"],
            ),
            T("giờ muốn làm devops cloud thì còn thiếu gì ạ", GOAL + PLAN, goal="cloud"),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-data-followups-12",
        ["goal", "followup", "refine", "area_data"],
        [
            T(
                "mục tiêu: chuyên viên phân tích dữ liệu, tuần 10 tiếng",
                GOAL + PLAN,
                goal="data_analyst",
                hours=10,
            ),
            T("cho xem lộ trình", PLAN, plan=True),
            T("nếu mỗi tuần chỉ 4 tiếng thì sao", REFINE + CONS, hours=4, plan=True),
            T("khóa thứ 2 là gì vậy", SELECT, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-mang-ai-khongdau-13",
        ["search", "no_diacritics", "area_ainet"],
        [T("co khoa nao ve mang AI, tu dong hoa mang bang python khong", SEARCH, cite_any=_V11.AINET)],
        split="tune",
    ),
    D(
        "vi-v11a-kubernetes-khongco-14",
        ["nonexistent", "named_course"],
        [T("Có khóa 'Kubernetes nâng cao cho DevOps' không bạn", SEARCH + EXPLAIN)],
        split="tune",
    ),
    D(
        "vi-v11a-sosanh-dl-cv-15",
        ["compare", "named_course", "area_ai"],
        [
            T(
                "So sánh giúp mình khóa Deep Learning and Neural Networks với Computer Vision Engineering",
                COMPARE,
                cite_min=2,
                cite_any=["diaa-dl-202", "diaa-cv-301"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-chan-viec-16",
        ["vague", "followup"],
        [
            T("chán công việc hiện tại quá, không biết học gì để đổi nghề", EXPLORE),
            T("mình thích làm việc với số liệu, con số", GOAL + EXPLORE + SEARCH + PLAN),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-attt-online-17",
        ["goal", "constraint_participation", "area_cyber"],
        [
            T(
                "em muốn học an toàn thông tin, chỉ học online được thôi vì em đi làm ca",
                GOAL + CONS + SEARCH + PLAN,
                goal="cyber",
                part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-dataeng-304-18",
        ["goal", "constraint_time", "constraint_deadline", "area_de"],
        [
            T("em muốn làm data engineer", GOAL + PLAN, goal="de"),
            T(
                "mỗi tối từ thứ 2 đến thứ 6 học được 2 tiếng, muốn xong trước 30/4",
                CONS,
                hours=10,
                deadline=_V11.REUNIFICATION,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-cloud-tet-khongdau-19",
        ["goal", "no_diacritics", "constraint_deadline", "area_cloud"],
        [
            T(
                "minh muon hoc xong chung chi ve cloud truoc tet",
                GOAL + CONS + PLAN,
                goal="cloud",
                deadline=_V11.TET,
            )
        ],
        split="tune",
    ),
    D(
        "vi-v11a-hpc-tiep-20",
        ["named_course", "stacking", "area_hpc"],
        [
            T(
                "học xong Introduction to High-Performance Computing thì nên học tiếp khóa gì",
                EXPLAIN + REQ + SEARCH + PLAN,
                cite_any=["padr-par-201", "padr-perf-202", "padr-gpu-301", "padr-sched-302", "padr-cert-hpc"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-web-skip-21",
        ["goal", "skip", "followup", "area_web"],
        [
            T("mình muốn làm front-end developer", GOAL + PLAN, goal="web"),
            T("xếp lộ trình đi bạn", PLAN, plan=True),
            T("khóa đầu mình học rồi, bỏ qua nhé", SKIP, held_prev_step=1, plan_excl_prev_step=1, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-camon-thoitiet-22",
        ["smalltalk", "out_of_scope", "search"],
        [
            T("có khóa nào về SQL cho người mới không", SEARCH, cite_any=_V11.SQL),
            T("ok cảm ơn bạn nhiều nha", SMALL),
            T("à mà thời tiết Hà Nội mai thế nào", OOS),
        ],
        split="tune",
    ),
    D(
        "vi-v11a-cyber-re-hon-23",
        ["goal", "refine", "constraint_budget", "area_cyber"],
        [
            T("anh muốn làm chuyên viên SOC, lên lộ trình giúp anh", GOAL + PLAN, goal="cyber", plan=True),
            T(
                "có lộ trình nào rẻ hơn không, tối đa 10 triệu thôi",
                REFINE + CONS,
                plan=True,
                cheaper=True,
                budget=(10000000, "VND"),
            ),
        ],
        split="tune",
    ),
]

# v12-frozen (session 12, fourth blind frozen batch): written in one sitting without reading the
# assistant's code or rules, any result, or any other frozen dialogue; never run by its writer. Course
# lists and deadline windows in `v12f_lists.py`. Split frozen.
import v12f_lists as _L12  # noqa: E402

DIALOGUES += [
    D(
        "vi-v12f-shipper-01",
        ["v12_frozen", "vague", "no_diacritics", "budget_vnd", "area_helpdesk"],
        [
            T(
                "e lam shipper grab 3 nam roi, chay ngoai duong met qua, muon hoc cai gi do ve may tinh de "
                "lam van phong ma ko biet bat dau tu dau",
                EXPLORE + GOAL + SEARCH,
                goal_not=["shipper", "courier", "driver", "delivery"],
            ),
            T("e thich sua may tinh, cai win cho ban be hoai", GOAL + EXPLORE + SEARCH + SKILLS),
            T(
                "ok vay ho tro IT di a. moi ngay e hoc dc 1 tieng thoi, tien thi tam 2 cu",
                GOAL + CONS,
                goal="helpdesk",
                hours=(6, 0.2),
                budget=(2000000, "VND"),
            ),
            T("vay e hoc cai nao truoc", PLAN + SEARCH + REQ + SELECT, cite_any=_L12.HELPDESK),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-ra-truong-02",
        ["v12_frozen", "student", "constraint_deadline", "skills", "area_de"],
        [
            T(
                "Em là sinh viên năm cuối ngành hệ thống thông tin, tháng 7 ra trường. Em muốn làm data "
                "engineer, trước khi ra trường muốn học xong vài khoá. Em biết SQL cơ bản với Python",
                GOAL + CONS + SKILLS,
                goal="de",
                deadline=_L12.GRADUATION_JULY,
                skills=["SQL", "sql", "python", "Python"],
            ),
            T(
                "lộ trình cụ thể thế nào ạ, mỗi tuần em dành được 8 tiếng",
                PLAN + CONS,
                plan=True,
                hours=8,
                plan_incl=_L12.DE,
            ),
            T(
                "khoá Building Reliable Data Pipelines có học online được không ạ?",
                EXPLAIN + SELECT,
                cite_any=["nda-etl-201"],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-chi-hai-tap-hoa-03",
        ["v12_frozen", "third_person", "languages_spoken", "free", "area_dlit"],
        [
            T(
                "chị hai em bán tạp hóa ở Cần Thơ, muốn học mấy kỹ năng số cơ bản để bán hàng online, mà "
                "chỉ biết tiếng Việt thôi",
                SEARCH + EXPLORE + GOAL,
            ),
            T("vậy có khoá nào free hông, em dịch giùm chỉ", REFINE + SEARCH, cite_any=_L12.DLIT_FREE),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-noc-so-sanh-04",
        ["v12_frozen", "compare", "prerequisites", "certificate_totals", "area_ainet"],
        [
            T(
                "Cho mình hỏi khoá Machine Learning for Network Traffic Analysis với AI-Based Anomaly "
                "Detection for Network Security khác nhau sao? Mình đang làm NOC ở nhà mạng",
                COMPARE + EXPLAIN,
                cite_any=["lcsi-mlnet-203", "lcsi-anom-301"],
                cite_min=2,
            ),
            T("cái thứ 2 cần học gì trước", REQ, cite_any=["lcsi-mlnet-203", "lcsi-ne-201"]),
            T(
                "hai cái đó nằm trong chứng chỉ nào, tổng hết bao nhiêu tiền",
                EXPLAIN + REQ,
                cite_any=_L12.AINET_CERT_PARTS,
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-lop12-web-05",
        ["v12_frozen", "teen_code", "student", "cheapest", "area_web"],
        [
            T(
                "ad oi co khoa hoc lam web nao hok, e hoc lop 12, nghe ns lam web kiem dc tien",
                SEARCH + GOAL,
                cite_any=_L12.WEB,
            ),
            T("rẻ nhất là cái nào v ad", SELECT + COMPARE + REFINE, cite_any=_L12.WEB),
            T("co hoc online dc ko ad", SELECT + EXPLAIN, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-hr-logistics-06",
        ["v12_frozen", "third_person", "group", "budget_vnd", "area_cyber"],
        [
            T(
                "Mình là HR ở công ty logistics, sếp muốn 5 bạn nhân viên văn phòng học về an toàn thông tin "
                "cơ bản, ngân sách mỗi người tầm 5 triệu, học online",
                SEARCH + CONS,
                cite_any=_L12.CYBER_START,
                budget=(5000000, "VND"),
            ),
            T("khoá nào ngắn nhất", SELECT + COMPARE, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-oracle-oca-07",
        ["v12_frozen", "nonexistent", "prerequisites", "held", "area_dba"],
        [
            T(
                "bên mình có dạy Oracle OCA hông? mình muốn làm DBA",
                EXPLAIN + SEARCH + GOAL,
                cite_any=_L12.DBA,
            ),
            T("vậy Relational Database Administration cần biết gì trước", REQ, cite_any=["nda-model-102"]),
            T("cái đó mình học rồi, bỏ qua đi", SKIP + SKILLS, held=["nda-model-102"]),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-gv-thcs-hue-08",
        ["v12_frozen", "teacher", "constraint_deadline", "plan", "area_microcred"],
        [
            T(
                "Mình là giáo viên tin học THCS ở Huế, trường yêu cầu đến cuối quý 1 năm sau phải có chứng "
                "chỉ về thiết kế bài giảng trực tuyến",
                GOAL + CONS + SEARCH,
                deadline=_L12.END_Q1,
            ),
            T(
                "tuần mình học được 5 tiếng, lập kế hoạch giúp mình",
                PLAN + CONS,
                hours=5,
                plan=True,
                plan_incl=_L12.MICROCRED + _L12.TEACH_DLIT,
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-xo-so-cloud-09",
        ["v12_frozen", "off_topic", "search", "language_wanted", "area_cloud"],
        [
            T("xổ số miền nam hôm nay ra số mấy vậy", OOS + SMALL),
            T(
                "hihi thôi. cho em hỏi khoá học điện toán đám mây cho người mới",
                SEARCH,
                cite_any=_L12.CLOUD,
            ),
            T(
                "cái nào học bằng tiếng Anh ạ",
                REFINE + SEARCH + SELECT,
                cite_any=_L12.CLOUD_EN,
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-vien-vat-ly-10",
        ["v12_frozen", "no_diacritics", "search", "ects", "area_hpc"],
        [
            T(
                "minh lam nghien cuu o vien vat ly, can chay mo phong tren cum may tinh. co khoa nao ve lap "
                "lich tac vu tren cluster ko",
                SEARCH,
                cite_any=_L12.HPC,
            ),
            T("khoa do bao nhieu tin chi ECTS, trinh do EQF may", EXPLAIN + REQ, cite_min=1),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-quay-lai-11",
        ["v12_frozen", "stored_profile", "refine", "skip", "totals", "area_data"],
        [
            T(
                "chào bạn, mình quay lại nè. tháng này mình bận, chỉ học được 3 tiếng/tuần thôi, tính lại "
                "giúp mình",
                CONS + REFINE + PLAN,
                hours=3,
                plan=True,
                plan_hours=3,
            ),
            T(
                "bỏ khoá đầu tiên đi, mình học ở trường rồi",
                SKIP + SKILLS,
                held_prev_step=1,
                plan_excl_prev_step=1,
            ),
            T("giờ tổng cộng hết bao nhiêu tiền", EXPLAIN + PLAN + REQ),
        ],
        profile={
            "id": "v12f-quay-lai",
            "name": "Thảo",
            "skills": [],
            "credentials": [],
            "goal": {
                "occupation_uri": "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30",
                "label": "data scientist",
                "skills": [],
                "job_advert": None,
            },
            "current_role": None,
            "languages": ["vi", "en"],
            "constraints": {
                "hours_per_week": 6,
                "weeks": None,
                "deadline": None,
                "budget": 10000000,
                "currency": "VND",
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
        "vi-v12f-phap-che-fintech-12",
        ["v12_frozen", "southern", "languages_spoken", "named_course", "what_after", "area_dpo"],
        [
            T(
                "anh ơi em làm pháp chế ở công ty fintech, sếp kêu em tìm hiểu về bảo vệ dữ liệu cá nhân. "
                "em đọc được tiếng Anh, tiếng Pháp thì chút chút",
                SEARCH + GOAL + SKILLS,
                cite_any=_L12.DPO,
                langs=["en"],
            ),
            T("cái Les fondamentaux du RGPD là miễn phí hả anh", EXPLAIN + SELECT, cite_any=["inl-rgpd-101"]),
            T(
                "học xong cái đó thì học gì tiếp để làm DPO",
                REQ + PLAN + EXPLAIN + SEARCH,
                cite_any=["inl-dpo-201", "inl-aipd-202", "inl-classif-301", "inl-cert-gouv"],
            ),
        ],
        split="frozen",
    ),
    D(
        "vi-v12f-ngan-ai-13",
        ["v12_frozen", "short_replies", "what_after", "area_ai"],
        [
            T("khoá AI", SEARCH, cite_any=_L12.ML),
            T("cái 2", SELECT, cite_min=1),
            T("học xong làm gì tiếp", REQ + EXPLAIN + PLAN + SEARCH, cite_min=1),
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
        "vi-v12u-card-01",
        ["named_course", "followup", "v12u"],
        [
            T(
                "cho tôi biết về khóa Network Security Essentials",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
            ),
            T(
                "khóa đó có học online không?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "khóa đó có được công nhận chính thức không?",
                EXPLAIN + SELECT,
                cite_any=["ccna-netsec-204"],
                cite_none=["ccna-net-101"],
            ),
            T(
                "khóa đó có bằng tiếng Đức không?",
                EXPLAIN + SELECT + SEARCH,
                cite_any=["hrd-cloudnet-203", "hrd-cloudsec-201", "hrd-iam-202", "hrd-cloud-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v12u-cert-02",
        ["certificate", "skip", "followup", "v12u"],
        [
            T(
                "tôi cần gì để lấy Certificate in Database Administration?",
                REQ,
                cite_any=["nda-model-102", "nda-dba-201"],
            ),
            T(
                "bỏ qua Data Modelling Essentials, tôi đã học xong rồi",
                REQ + SKIP,
                held=["nda-model-102"],
                cite_any=["nda-dbphys-302"],
            ),
            T("vậy còn lại gì và bao nhiêu tiền?", REQ + EXPLAIN, cite_any=["nda-dbphys-302"]),
            T(
                "phần còn lại mất bao lâu nếu học 5 giờ mỗi tuần?",
                REQ + EXPLAIN + _CONS12,
                cite_any=["nda-dbphys-302"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v12u-pair-03",
        ["named_course", "compare", "followup", "v12u"],
        [
            T(
                "so sánh Networking Fundamentals và AI-Driven Network Operations",
                COMPARE,
                cite_any=["ccna-net-101", "ccna-aiops-301"],
            ),
            T(
                "cả hai tổng cộng bao nhiêu giờ?",
                EXPLAIN + COMPARE,
                cite_any=["ccna-aiops-301"],
                cite_none=["ccna-route-201"],
            ),
            T("vậy tôi nên học gì ở giữa?", EXPLAIN + PLAN, cite_any=["ccna-netmon-202"]),
            T(
                "học cái nào trước? tôi là lập trình viên backend và biết Python",
                COMPARE + EXPLAIN,
                cite_any=["ccna-net-101"],
                cite_none=["glcc-code-107", "lit-prog-101"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v12u-plan-online-04",
        ["plan", "refine", "participation", "v12u"],
        [
            T(
                "Tôi muốn trở thành kỹ sư mạng, tôi có 6 giờ mỗi tuần",
                GOAL + PLAN + _CONS12,
                goal="network",
                plan=True,
            ),
            T(
                "chỉ những khóa online thôi",
                REFINE + _CONS12,
                plan=True,
                part=["online"],
                plan_part=["online"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v12u-interest-05",
        ["vague", "interest", "area_helpdesk", "v12u"],
        [
            T("em không biết nên học gì", EXPLORE),
            T("em thích giúp mọi người sửa máy tính", GOAL + EXPLORE, goal="helpdesk"),
        ],
        split="tune",
    ),
]

# v13u, part b (session 13, blind tune batch): written without reading the assistant's code or rules, from the
# catalogue, the taxonomy and docs only, before any run. Lists and deadline windows in `v13ub_lists.py`.
import v13ub_lists as _U13  # noqa: E402
from dates import BEFORE_SUMMER as _BEFORE_SUMMER13  # noqa: E402
from dates import TET as _TET13  # noqa: E402
from dsl import OCC as _OCC13  # noqa: E402

_VI13_PROFILE = {
    "id": "vi-v13u-07-anh-khoa",
    "name": "Anh Khoa (khách hàng tư vấn)",
    "skills": [],
    "credentials": [],
    "goal": {
        "occupation_uri": "http://data.europa.eu/esco/occupation/349ee6f6-c295-4c38-9b98-48765b55280e",
        "label": "cloud engineer",
        "skills": [],
        "job_advert": None,
    },
    "languages": ["vi", "en"],
    "constraints": {
        "hours_per_week": 4,
        "budget": 20000000,
        "currency": "VND",
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
        "vi-v13u-01",
        ["v13u", "teen_code", "no_diacritics", "implied_plan", "area_network"],
        [
            T(
                "e la tho sua dt o quan 10, muon hoc ve mang may tinh de lam ky thuat vien mang, co khoa nao "
                "hok ad",
                GOAL + SEARCH + EXPLORE,
                goal="network",
                cite_any=_U13.NETWORK_START + _U13.NETWORK,
            ),
            T("e chi hoc dc toi thu 7 vs cn thoi, moi buoi 3 tieng", CONS, hours=(6, 0.2)),
            T("lên lộ trình giúp e với", PLAN, plan=True),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-02",
        ["v13u", "third_person", "parent", "constraint_budget", "online", "area_data"],
        [
            T(
                "con gái tôi mới ra trường ngành kế toán, nó muốn làm data analyst. Ngân sách khoảng 10 "
                "triệu, chỉ học online thôi",
                GOAL + CONS,
                goal="data_analyst",
                goal_not=["accountant", "bookkeep"],
                budget=(10000000, "VND"),
                part=["online"],
            ),
            T("nó đọc tiếng Anh tốt, tiếng Tây Ban Nha thì không", CONS + REFINE + SKILLS),
            T(
                "vậy làm kế hoạch luôn cho nó",
                PLAN,
                plan=True,
                plan_part=["online"],
                plan_cost=(10000000, "VND"),
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-03",
        ["v13u", "not_in_catalogue", "language", "area_cloud"],
        [
            T("khoá AWS Solutions Architect bên mình có ko", SEARCH + EXPLAIN, cite_any=_U13.CLOUD),
            T(
                "cái nào gần giống nhất mà học bằng tiếng Anh",
                SELECT + SEARCH + REFINE + CONS,
                cite_any=_U13.CLOUD_EN,
            ),
            T("ok, cái đó giá bao nhiêu tiền Việt", SELECT + EXPLAIN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-04",
        ["v13u", "eqf_ects", "named_course", "prerequisite", "course_done", "area_ml"],
        [
            T(
                "EQF level 6 là tương đương gì vậy? khoá Deep Learning and Neural Networks có phải "
                "level đó ko",
                EXPLAIN + SELECT,
                cite_any=["diaa-dl-202"],
            ),
            T("học nó cần biết gì trước", REQ, cite_any=_U13.DL_BEFORE + ["diaa-dl-202"]),
            T(
                "cái Applied Machine Learning thì em học xong rồi nha",
                SKIP + SKILLS + REFINE,
                held=["diaa-ml-201"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-05",
        ["v13u", "educator", "digital_literacy", "area_dlit_teacher"],
        [
            T(
                "mình là giáo viên tiểu học, trường giao dạy kỹ năng số cho phụ huynh vào buổi tối. Có khoá "
                "nào dạy cách dạy người lớn không",
                SEARCH + GOAL + EXPLORE,
                cite_any=_U13.DLIT_TEACH,
            ),
            T("cai do mien phi ha", SELECT + EXPLAIN, cite_min=1),
            T("ok lên kế hoạch cho mình, mỗi tuần 2 tiếng thôi", PLAN + CONS, plan=True, hours=2),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-06",
        ["v13u", "long_message", "several_intents", "why", "faster", "area_de"],
        [
            T(
                "chào ad, anh 38t, làm nhân viên bảo hiểm 10 năm, biết excel với chút SQL, giờ muốn chuyển "
                "qua data engineer. tối đa 5 tiếng/tuần, xong trước hè năm sau, tầm 15 triệu. lên giúp "
                "anh lộ trình",
                GOAL + SKILLS + CONS + PLAN,
                goal="de",
                goal_not=["insurance"],
                hours=5,
                deadline=_BEFORE_SUMMER13,
                budget=(15000000, "VND"),
                plan=True,
            ),
            T("sao bước 1 lại là cái đó vậy", WHY, cite_min=1),
            T("nhanh hơn được ko em", REFINE + PLAN, plan=True, faster=True),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-07",
        ["v13u", "stored_profile", "adviser", "more_hours", "language", "area_cloud"],
        [
            T(
                "tư vấn viên đây. khách của tôi giờ rảnh hơn rồi, 10 tiếng một tuần, cập nhật giúp và làm "
                "lại lộ trình",
                CONS + PLAN + REFINE,
                hours=10,
                plan=True,
            ),
            T(
                "bỏ mấy khoá tiếng Đức đi, anh ấy không biết tiếng Đức",
                REFINE + CONS,
                plan=True,
                plan_langs=["en", "vi"],
            ),
        ],
        profile=_VI13_PROFILE,
        split="tune",
    ),
    D(
        "vi-v13u-08",
        ["v13u", "search", "short_reply", "followup", "area_cyber"],
        [
            T("co khoa bao mat nao mien phi ko", SEARCH, cite_any=_U13.CYBER_FREE + _U13.CYBER),
            T("cái đầu", SELECT, cite_min=1),
            T("xong cái đó thì học gì tiếp", REQ + EXPLAIN + PLAN, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-09",
        ["v13u", "recognition", "certificate_total", "area_software"],
        [
            T(
                "Certificate in Professional Software Engineering có được công nhận ở VN ko, ai cấp vậy",
                EXPLAIN + REQ + SELECT,
                cite_any=["lit-cert-swe"],
            ),
            T(
                "tổng chi phí với thời gian học hết là bao nhiêu",
                REQ + EXPLAIN + PLAN,
                cite_any=_U13.SWE_CERT,
            ),
            T("đắt quá, có cái nào rẻ hơn mà vẫn học lập trình được ko", REFINE + SEARCH, cite_min=1),
        ],
        split="tune",
    ),
    D(
        "vi-v13u-10",
        ["v13u", "advanced", "mixed_english", "deadline", "area_ai"],
        [
            T(
                "e muốn làm AI engineer, level advanced rồi, đã có Applied Machine Learning with Python, "
                "đừng gợi ý mấy khoá cơ bản nha",
                GOAL + SKILLS + CONS,
                goal=_OCC13["ai"] + _OCC13["ml"],
                held=["diaa-ml-201"],
            ),
            T(
                "cho e lộ trình 8h/tuần, xong trước Tết",
                PLAN + CONS,
                plan=True,
                hours=8,
                deadline=_TET13,
                plan_excl=["diaa-ml-201", "diaa-ai-101", "ual-ia-101"],
            ),
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
        "vi-t9named-weeks-01",
        ["t9named", "named_course", "duration"],
        [
            _T14(
                "khóa Data Warehouse Design học mất bao nhiêu tuần?",
                _ASK14,
                cite_any=["nda-dwh-202"],
                plan=False,
            ),
            _T14("trước khóa đó tôi cần học gì?", _ASK14, cite_any=["nda-model-102"], plan=False),
        ],
        split="tune",
    ),
    _D14(
        "vi-t9named-fit-02",
        ["t9named", "named_course", "fit"],
        [
            _T14(
                "khóa Deep Learning and Neural Networks có hợp với tôi không? tôi chỉ biết Excel",
                _ASK14,
                cite_any=["diaa-dl-202"],
                no_goal=True,
                plan=False,
            ),
        ],
        split="tune",
    ),
]

# -- session 14 (t9goals): goals read the way people state them; tune, written before the fixes -------------
import t9goals_lists as _G14  # noqa: E402
from dsl import PLAN as _PLAN14  # noqa: E402

DIALOGUES += [
    D(
        "vi-t9goals-01",
        ["t9goals", "teacher_title"],
        [
            T(
                "Tôi là cô giáo tiểu học, muốn học cách dạy kỹ năng số cho học sinh",
                _G14.GOAL_OR_EXPLORE,
                role=_G14.TEACHER_ROLE + ["cô giáo"],
                goal=_G14.TEACHING_GOAL,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-t9goals-02",
        ["t9goals", "third_person", "answer_verbs"],
        [
            T(
                "Tôi là chuyên viên tư vấn nghề. Khách hàng của tôi là kế toán, muốn chuyển sang làm chuyên "
                "viên phân tích dữ liệu, có 5 tiếng mỗi tuần.",
                _G14.GOAL_OR_EXPLORE,
                goal="data_analyst",
            ),
            T(
                "Cho tôi một lộ trình để in ra cho chị ấy nhé",
                _PLAN14,
                plan=True,
                goal="data_analyst",
                goal_not=_G14.NOT_PRINT,
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
        "vi-t9p-01",
        ["t9profile", "field_with_person_word", "career_change"],
        [
            _T9P(
                "Em làm chăm sóc khách hàng 3 năm rồi, giờ muốn chuyển sang hỗ trợ IT thì nên học gì ạ?",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="helpdesk",
                reply_excl=["khách hàng của bạn"],
            ),
            _T9P("tiếng Việt hoặc tiếng Anh đều được ạ", _CONS9P, study_langs=["vi", "en"]),
        ],
        split="tune",
    ),
    _D9P(
        "vi-t9p-02",
        ["t9profile", "level_floor"],
        [
            _T9P(
                "Mình là kỹ sư mạng, muốn học bảo mật đám mây, không cần khóa cơ bản nhé",
                _GOAL_OR_PLAN9P + _SEARCH9P,
                goal="cloudsec",
                min_eqf=5,
            ),
        ],
        split="tune",
    ),
    _D9P(
        "vi-t9p-03",
        ["t9profile", "relative", "topic_not_format"],
        [
            _T9P(
                "Bố mình 62 tuổi, muốn học cách dùng ngân hàng trực tuyến an toàn trên điện thoại",
                _EXPLORE9P + _SEARCH9P + _GOAL9P,
                no_part=True,
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
        "vi-t10named-lang-01",
        ["t10named", "named_course", "attribute_language"],
        [
            _T15("Tôi muốn tìm khóa học về bảo vệ dữ liệu cá nhân", _N15.OPEN),
            _T15(
                "khóa RGPD đó có dạy bằng tiếng Anh không?",
                _N15.ASK,
                cite_any=["inl-rgpd-101"],
                no_study_lang=True,
                plan=False,
                reply_excl=_N15.CARD["vi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "vi-t10named-format-02",
        ["t10named", "named_course", "attribute_format"],
        [
            _T15("Cho tôi biết về khóa Parallel Programming with MPI and OpenMP", _N15.ASK),
            _T15(
                "khóa này học online được không hay phải đến lớp?",
                _N15.ASK,
                cite_any=["padr-par-201"],
                no_part=True,
                plan=False,
                reply_excl=_N15.CARD["vi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "vi-t10named-mandatory-03",
        ["t10named", "named_course", "attribute_mandatory"],
        [
            _T15(
                "Tôi muốn trở thành kỹ sư học máy, mỗi tuần 6 tiếng, lập kế hoạch giúp tôi",
                _N15.PLANNED,
                plan=True,
            ),
            _T15(
                "khóa toán có bắt buộc không?",
                _N15.ASK,
                cite_any=["diaa-math-102"],
                plan=False,
                reply_excl=_N15.CARD["vi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "vi-t10named-missing-04",
        ["t10named", "not_in_catalogue"],
        [
            _T15(
                "Có khóa học nào về blockchain không?",
                _SEARCH15 + _EXPLORE15,
                reply_any=_N15.MISSING["vi"],
            ),
        ],
        split="tune",
    ),
    _D15(
        "vi-t10named-fastest-05",
        ["t10named", "fastest_path"],
        [
            _T15("Tôi muốn trở thành chuyên viên phân tích dữ liệu", _N15.PLANNED),
            _T15("con đường nhanh nhất là gì?", _PLAN15, plan=True),
        ],
        split="tune",
    ),
]

# -- session 15 (t10search): search topics without filler, follow-ups that keep their word; tune, written
# before the fixes ------------------------------------------------------------------------------------------
import t10search_lists as _S15  # noqa: E402

DIALOGUES += [
    D(
        "vi-t10search-01",
        ["t10search", "topic_filler", "search"],
        [
            T(
                "ok được. có khóa nào về an ninh mạng cho người không có nền tảng kỹ thuật không?",
                _S15.INTENTS_SEARCH,
                cite_min=1,
                cite_none=_S15.ADVANCED,
                reply_excl=["nền tảng kỹ thuật", "người không"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-t10search-02",
        ["t10search", "free_languages"],
        [
            T(
                "em là sinh viên năm cuối, muốn làm lập trình viên web",
                ["set_goal", "explore", "plan"],
                goal="web",
            ),
            T("có khóa nào free không ạ?", _S15.INTENTS_FREE, cite_none=_S15.NOT_ENGLISH),
        ],
        split="tune",
    ),
    D(
        "vi-t10search-03",
        ["t10search", "cheaper_budget"],
        [
            T("cho mình xem các khóa về điện toán đám mây", _S15.INTENTS_SEARCH, cite_min=1),
            T("ngân sách của mình là 500 đô", _S15.INTENTS_BUDGET, budget=(500, "USD")),
            T(
                "có cái nào rẻ hơn nữa không?",
                _S15.INTENTS_CHEAPER,
                budget=(500, "USD"),
                cite_none=_S15.CLOUD_OVER_460,
            ),
        ],
        split="tune",
    ),
    D(
        "vi-t10search-04",
        ["t10search", "held_no_plan"],
        [
            T("có khóa học máy nào không?", _S15.INTENTS_SEARCH, cite_min=1),
            T(
                "mình đã học xong AI Foundations rồi",
                _S15.INTENTS_HELD,
                held=["diaa-ai-101"],
                reply_excl=["lập lại lộ trình"],
            ),
        ],
        split="tune",
    ),
    D(
        "vi-t10search-05",
        ["t10search", "topic_role_words"],
        [
            T(
                "mình là giáo viên tiểu học 10 năm rồi, có khóa nào về kỹ năng số không?",
                _S15.INTENTS_SEARCH + ["state_skills", "set_goal"],
                cite_min=1,
                reply_excl=["tiểu học kỹ năng", "năm rồi"],
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
        "vi-t10roles-01",
        ["t10roles", "status_not_job"],
        [
            _T10R(
                "Tôi đã nghỉ hưu, muốn học cách dùng điện thoại an toàn khi chuyển tiền",
                _ANY10R,
                no_role=True,
            ),
        ],
        split="tune",
    ),
    _D10R(
        "vi-t10roles-02",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                "Em làm kế toán ở một công ty may ở Bình Dương, muốn học phân tích dữ liệu",
                _ANY10R,
                role_not=["bình dương", "công ty"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "vi-t10roles-03",
        ["t10roles", "relative", "study_not_job"],
        [
            _T10R(
                "Em gái tôi đang học đại học, muốn học lập trình web. Nên bắt đầu từ đâu?",
                _ANY10R,
                role_not=["đại học", "em gái"],
                reply_excl=["hiện bạn đang làm", "**nền tảng của bạn**"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "vi-t10roles-04",
        ["t10roles", "role_whole"],
        [
            _T10R(
                "Tôi là giáo viên tiểu học, muốn tìm hiểu về trí tuệ nhân tạo",
                _ANY10R,
                role=["tiểu học", "primary"],
            ),
        ],
        split="tune",
    ),
    _D10R(
        "vi-t10roles-05",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "Mình biết Excel cơ bản rồi, giờ muốn trở thành chuyên viên phân tích dữ liệu",
                _ANY10R,
                held_not=["ual-datos-101", "glcc-office-106"],
                goal="data_analyst",
            ),
        ],
        split="tune",
    ),
    _D10R(
        "vi-t10roles-06",
        ["t10roles", "place_not_job"],
        [
            _T10R(
                "Tôi là kỹ sư phần mềm tại một công ty ở Đà Nẵng, muốn chuyển sang học máy",
                _ANY10R,
                role_not=["đà nẵng", "công ty"],
            ),
        ],
        split="tune",
    ),
]

DIALOGUES += [
    _D10R(
        "vi-t10roles-07",
        ["t10roles", "skill_not_course"],
        [
            _T10R(
                "Tôi đã biết SQL cơ bản, muốn làm quản trị cơ sở dữ liệu", _ANY10R, held_not=["ual-sql-102"]
            ),
        ],
        split="tune",
    ),
]


# t11own (session 16, tune, written BEFORE the fixes by the helper who fixes them): the learner's own
# language and form searched without a goal, an interest absorbed, a subject not wanted, the gender said
import t11own_lists as _O16  # noqa: E402

DIALOGUES += _O16.dialogues("vi")
# -- session 16 (t11lists): questions over the list or plan just shown - a superlative over what was shown,
# the nth step's card, the plan's total, a shorter entry course after a long plan, a cover letter / CV /
# interview out of scope. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a
# blind measure), in phrasings not taken from the lead's trial 11. For tune.
import t11lists_lists as _L16  # noqa: E402
from dsl import D as _D16  # noqa: E402
from dsl import T as _T16  # noqa: E402

DIALOGUES += [
    _D16(
        "vi-t11lists-01",
        ["t11lists", "shown_extreme"],
        [
            _T16("có khóa nào về thiết kế bài giảng e-learning không?", _L16.OPEN),
            _T16(
                "cái nào ngắn nhất vậy?",
                _L16.PICK,
                cite_any=["aec-elearn-100"],
                reply_any=["40 h"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "vi-t11lists-02",
        ["t11lists", "plan_step_card"],
        [
            _T16(
                "tôi muốn làm kỹ sư an ninh mạng, 6 giờ mỗi tuần, lập kế hoạch giúp tôi",
                _L16.PLANNED,
                plan=True,
            ),
            _T16(
                "bước đầu tiên cụ thể là khóa gì?",
                _L16.PICK,
                cite_any=["bvca-soc-101"],
                reply_any=["Baltic-Vistula"],
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "vi-t11lists-03",
        ["t11lists", "plan_total"],
        [
            _T16(
                "tôi muốn làm kỹ sư an ninh mạng, 6 giờ mỗi tuần, lập kế hoạch giúp tôi",
                _L16.PLANNED,
                plan=True,
            ),
            _T16("tổng chi phí của lộ trình này là bao nhiêu?", _L16.TOTAL, reply_any=["759"], plan=False),
        ],
        split="tune",
    ),
    _D16(
        "vi-t11lists-04",
        ["t11lists", "shorter_start"],
        [
            _T16(
                "tôi muốn trở thành nhà phân tích dữ liệu, mỗi tuần 4 giờ, lập lộ trình cho tôi",
                _L16.PLANNED,
                plan=True,
            ),
            _T16(
                "90 tuần lâu quá, có khóa nào ngắn hơn để bắt đầu không?",
                _L16.SHORTER,
                cite_min=1,
                plan=False,
            ),
        ],
        split="tune",
    ),
    _D16(
        "vi-t11lists-05",
        ["t11lists", "cover_letter"],
        [
            _T16(
                "viết giúp tôi thư xin việc vị trí kỹ sư mạng",
                _L16.OUT,
                reply_any=["không thể viết"],
                no_role=True,
            ),
            _T16("vậy tôi muốn làm kỹ sư mạng", _L16.PLANNED, goal="network"),
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
        "vi-t11goal-01",
        ["t11goal", "from_to"],
        [
            _T11G(
                "Tôi muốn chuyển từ giáo viên toán sang làm về dữ liệu",
                _G11.ANY,
                goal=_DATA11G,
                goal_not=["teacher", "giáo viên"],
            ),
        ],
        split="tune",
    ),
    _D11G(
        "vi-t11goal-02",
        ["t11goal", "background"],
        [
            _T11G(
                "Tôi không có bằng cấp gì, chỉ biết dùng Excel. Mọi người bảo tôi nên học dữ liệu",
                _G11.ANY,
                reply_excl=_G11.NOT_IN_CATALOGUE["vi"],
                cite_none=_G11.DATA_ADVANCED,
            ),
        ],
        split="tune",
    ),
    _D11G(
        "vi-t11goal-03",
        ["t11goal", "that_job"],
        [
            _T11G("Tôi định nộp đơn vào vị trí chuyên viên phân tích dữ liệu", _G11.ANY_OR_OOS, dead_ok=True),
            _T11G("Tôi cần học gì để có công việc đó?", _G11.ANY, goal="data_analyst"),
        ],
        split="tune",
    ),
    _D11G(
        "vi-t11goal-04",
        ["t11goal", "skill_held"],
        [
            _T11G(
                "Tôi biết lập trình C và Python, muốn học tính toán hiệu năng cao",
                _G11.ANY,
                skills=["python"],
                skills_not=_G11.NOT_THE_GOALS_SKILL,
            ),
        ],
        split="tune",
    ),
]
# -- session 17 (t12refs, tune, written BEFORE the fixes by the helper who fixes them): what "it", "that
# one", "the X one" and "after it" refer to - a step named by its subject, what follows a named course, an
# entry picked by its description, why a step (shared in authoring/t12refs_lists.py)
import t12refs_lists as _R17  # noqa: E402

DIALOGUES += _R17.dialogues("vi")


# acts17 (session 17, tune, written BEFORE the fixes by the helper who fixes them): the weakest acts of the
# frozen report in new phrasings - skills held, out-of-scope requests and pay, searches in own words.
# Dialogues 07 and 08 are held back (never trained on, failures not studied): acts17_lists.HELD_BACK.
import acts17_lists as _A17  # noqa: E402
from dsl import D as _D17  # noqa: E402
from dsl import T as _T17  # noqa: E402

DIALOGUES += [
    _D17(
        "vi-acts17-01",
        ["acts17", "skills_held"],
        [
            _T17(
                "Mình biết Excel khá tốt, SQL cơ bản, có dùng Python một chút và Tableau để làm báo cáo.",
                ["state_skills"],
                skills_all=["spreadsheet", "sql", "python", "business intelligence"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "vi-acts17-02",
        ["acts17", "oos"],
        [
            _T17("Thời tiết Hà Nội ngày mai thế nào?", _A17.OOS_OR_EXPLORE, reply_any=_A17.CAN_DO["vi"]),
        ],
        split="tune",
    ),
    _D17(
        "vi-acts17-03",
        ["acts17", "search"],
        [
            _T17(
                "có khóa nào về an ninh mạng cho người mới không, học online", ["search"], cite_any=_A17.CYBER
            ),
        ],
        split="tune",
    ),
    _D17(
        "vi-acts17-04",
        ["acts17", "skills_held"],
        [
            _T17(
                "em đã học xong khoá Programming Fundamentals in Python và biết dùng HTML, CSS",
                ["state_skills", "skip_step"],
                held=["lit-prog-101"],
                skills_all=["markup", "css"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "vi-acts17-05",
        ["acts17", "pay"],
        [
            _T17(
                "Lương của kỹ sư dữ liệu ở Việt Nam khoảng bao nhiêu?", _A17.NEAR, reply_any=_A17.SALARY["vi"]
            ),
        ],
        split="tune",
    ),
    _D17(
        "vi-acts17-06",
        ["acts17", "search"],
        [
            _T17("khoa hoc ve du lieu lon (big data) bang tieng Anh", ["search"], cite_any=_A17.DATA),
        ],
        split="tune",
    ),
    _D17(
        "vi-acts17-07",
        ["acts17", "skills_held", "held_back"],
        [
            _T17(
                "Tôi làm kế toán 7 năm, dùng Excel hằng ngày, biết một chút Power BI và SQL",
                ["state_skills"],
                skills_all=["spreadsheet", "business intelligence", "sql"],
            ),
        ],
        split="tune",
    ),
    _D17(
        "vi-acts17-08",
        ["acts17", "oos", "held_back"],
        [
            _T17(
                "Viết giúp mình bài văn tả mẹ cho con học lớp 5 với",
                _A17.OOS_OR_EXPLORE,
                reply_any=_A17.CAN_DO["vi"],
            ),
            _T17("thôi, cho mình xem khóa học về AI cơ bản", ["search"], cite_any=_A17.AI),
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
        "vi-t12goal-01",
        ["t12goal", "job_subject"],
        [
            _T12G(
                "Tôi đang làm quản trị mạng, sếp muốn tôi học tự động hóa mạng bằng Python",
                _G12.ANY,
                goal_not=_G12.NETADMIN,
                cite_any=_G12.NET_AUTOMATION,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "vi-t12goal-02",
        ["t12goal", "experience"],
        [
            _T12G(
                "mình có 4 năm kinh nghiệm quản trị hệ thống, giờ muốn chuyển sang bảo mật",
                _G12.ANY,
                no_deadline=True,
                goal="cyber",
            ),
        ],
        split="tune",
    ),
    _D12G(
        "vi-t12goal-03",
        ["t12goal", "teach_kids"],
        [
            _T12G(
                "Tôi là giáo viên toán tiểu học, muốn học để dạy tin học cho các em học sinh",
                _G12.ANY,
                cite_any=_G12.TEACH_KIDS,
                cite_none=_G12.NOT_FOR_TEACHERS,
            ),
        ],
        split="tune",
    ),
    _D12G(
        "vi-t12goal-04",
        ["t12goal", "thin_goal"],
        [
            _T12G(
                (
                    "Tôi tư vấn cho 4 điều dưỡng muốn chuyển sang tin học y tế. "
                    "Mỗi tuần 3 giờ, không có ngân sách."
                ),
                _G12.ANY,
                reply_excl=_G12.FULL_COVER,
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

DIALOGUES += _L17.dialogues("vi")


# refs18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): questions about named
# courses and certificates answered from the catalogue (shared in authoring/refs18_lists.py)
import refs18_lists as _Q18  # noqa: E402

DIALOGUES += _Q18.dialogues("vi")


# refine18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): refinements in every
# language after a list, a plan or a "nearest" answer - cheaper/free said in other ways, a question about
# availability is no limit, "free?" over a goal, limits after a plan (shared in authoring/refine18_lists.py)
import refine18_lists as _RF18  # noqa: E402

DIALOGUES += _RF18.dialogues("vi")

# trans18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): passing English
# tune dialogues said again in this language (authoring/trans18.py); 41-60 (vi/hi/bn) are held back.
import trans18 as _TR18  # noqa: E402

DIALOGUES += _TR18.BY_LANG["vi"]


# goal18 (session 18, tune, written BEFORE the fixes by the helper who fixes them, in its own
# phrasings): goals and roles that are what the learner meant - constraints or "pick for me" after an opener
# set no goal of its words, skills held stay out of the goal's label, a group, a comparison or a past job is
# no role or held skill
import goal18_lists as _G18  # noqa: E402

DIALOGUES += _G18.dialogues("vi")


# skills18 (session 18, tune, written BEFORE the fixes by the helper who fixes them): what the learner says
# they know, saved right - levels said in words, every skill of a long message, years of study and primary
# teachers no EQF limit, skills denied or compared, tools named informally
import skills18_lists as _S18  # noqa: E402

DIALOGUES += _S18.dialogues("vi")


# roles19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): goal occupations named in
# any language or informally, primary and adult teachers' goals (the pupils' level no EQF limit), a current
# and a target job in one sentence (shared in authoring/roles19_lists.py)
import roles19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("vi")

# scope19 (session 19, tune, written BEFORE the fixes by the helper who fixes them): out of scope only
# when it is (unrelated requests with what the assistant can do, near-scope ones answered),
# searches in any words
import scope19_lists as _SC19  # noqa: E402

DIALOGUES += _SC19.dialogues("vi")


# vague19 (session 19, tune, written BEFORE the fixes by the helper who fixes them, in its own phrasings):
# vague openings set no goal of their words, "you choose for me" picks one direction from what was said,
# "a plan to get to that one" plans towards the entry in focus, a past job invents no held skill
import vague19_lists as _V19  # noqa: E402

DIALOGUES += _V19.dialogues("vi")

# skills19 (session 19, helper skills19, tune): held skills and done courses said any way - the skill before
# its verb, a plan step named by its subject in any language, lists of skills beside jobs and places
import skills19_lists as _S19  # noqa: E402

DIALOGUES += _S19.dialogues("vi")

# refine19 (session 19, issue #12): refinements that change what is shown ("cheaper" over a plan that is
# already the cheapest, a card or a comparison) and questions about a language or format that are not filters
import refine19_lists as _R19  # noqa: E402

DIALOGUES += _R19.dialogues("vi")

# skills20 (session 20, issue #12): held skills and held courses - courses not in the catalogue as evidence,
# negation, levels, lists, pronouns, school or degree as background
import skills20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("vi")

# goals20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): goals and labels a
# learner would recognise - workplaces are no roles, labels without typos or the group's words, areas by
# meaning, English titles inside other languages (shared in authoring/goals20_lists.py)
import goals20_lists as _G20  # noqa: E402

DIALOGUES += _G20.dialogues("vi")

# search20 (session 20, issue #12, tune, written BEFORE the fixes by the helper who fixes them): a level in a
# search is a limit on it, totals over a plan, a list or a certificate, searches with limits in es/de/fi/fr
import search20_lists as _S20  # noqa: E402

DIALOGUES += _S20.dialogues("vi")

# follow20 (session 20, tune, written BEFORE the fixes by the helper who fixes them): follow-ups that
# keep the thread - the answer after the counsellor's opening and "what do I do first?", "faster?" after a
# plan, a held basics course with a level wish, a plan to the entry in focus (authoring/follow20_lists.py)
import follow20_lists as _F20  # noqa: E402

DIALOGUES += _F20.dialogues("vi")

# which21 (session 21, issue #12, tune, written BEFORE the fixes by the helper who fixes them): "which one
# first, and why?" after a list, a plan, a card, the counsellor's opening or nothing, held skills said beside
# it, an adviser's group (authoring/which21_lists.py)
import which21_lists as _W21  # noqa: E402

DIALOGUES += _W21.dialogues("vi")

# roles21 (session 21, tune, written BEFORE the fixes by the helper who fixes them): current roles and goals
# that read cleanly - spoken copulas, fillers, running/driving/doing a trade, fields of work, interests,
# selling online (authoring/roles21_lists.py)
import roles21_lists as _R21  # noqa: E402

DIALOGUES += _R21.dialogues("vi")

# session 22 (goals22): goals and roles read from any sentence - hearsay, places, brackets, a trade and
# a field,
# "ok"/"ready", two goals, advisers, goals the catalogue lacks (authoring/goals22_lists.py)
import goals22_lists as _G22  # noqa: E402

DIALOGUES += _G22.dialogues("vi")
# questions about a plan and its courses (authoring/explain22_lists.py)
import explain22_lists as _E22  # noqa: E402

DIALOGUES += _E22.dialogues("vi")

# skills21 (session 21, reverted at its merge and relanded in session 22 by skills22): skill statements in any
# phrasing - tools for skills, everyday levels, a job said as its work, corrections, an adviser's client,
# skills inside a goal, a plan that skips what is held (authoring/skills21_lists.py)
import skills21_lists as _S21  # noqa: E402

DIALOGUES += _S21.dialogues("vi")

# skills22 (session 22, tune, written BEFORE the fixes by the helper who fixes them): lists of skills with a
# field word ("Linux und Netzwerke"), an adviser's "sie kann Excel", skills inside a goal, tools still not in
# the catalogue by name, a search naming skills is no statement (authoring/skills22_lists.py)
import skills22_lists as _S22  # noqa: E402

DIALOGUES += _S22.dialogues("vi")
# what "that one" points at after a superlative, a swapped plan step, "anything in French?", goals named by
# an area or a need (authoring/refs23_lists.py)
import refs23_lists as _R23  # noqa: E402

DIALOGUES += _R23.dialogues("vi")

# session 23 (days23): a learner's day instead of skills, time questions ("how long until a job?", "can I
# finish by June?", "hours a week for 2 months?"), a degree or study as background (authoring/days23_lists.py)
import days23_lists as _D23  # noqa: E402

DIALOGUES += _D23.dialogues("vi")

# session 24 (directions24): a counsellor's opening that fits the learner - directions from what was said,
# the answer to the opening read, prices in the currency asked (authoring/directions24_lists.py)
import directions24_lists as _DIR24  # noqa: E402

DIALOGUES += _DIR24.dialogues("vi")

# session 24 (acts24): the act decision's largest causes on the tune split - a message about oneself naming no
# skill read as skills held, a first message about something else read as out of scope unsure
# (authoring/acts24_lists.py)
import acts24_lists as _A24  # noqa: E402

DIALOGUES += _A24.dialogues("vi")

# session 24 (loose24): what follows a course toward the goal, only a phone, "how long until I'm ready?",
# goal labels in a stable order (authoring/loose24_lists.py)
import loose24_lists as _L24  # noqa: E402

DIALOGUES += _L24.dialogues("vi")

# session 25 (goalplan25): a stated goal and the plan - a goal stated with its limits and nothing asked is the
# goal, a goal with the way asked for is the plan (authoring/goalplan25_lists.py)
import goalplan25_lists as _GP25  # noqa: E402

DIALOGUES += _GP25.dialogues("vi")

# session 25 (classifier25): turns the intent classifier misreads where no later rule corrects it - a course
# asked for beside something about oneself, a background with a wish, a subject asked in a few words, a
# narrowing after a list, "what could I become with that?" (authoring/classifier25_lists.py)
import classifier25_lists as _C25  # noqa: E402

DIALOGUES += _C25.dialogues("vi")

# session 25 (lead25fix): lead trial 21's classes - background words in the goal, courses in the learner's
# language, a subject excluded, the cheapest plan, how long, the cheapest of a list, routing said
# (authoring/lead25fix_lists.py)
import lead25fix_lists as _LF25  # noqa: E402

DIALOGUES += _LF25.dialogues("vi")

# session 26 (conv26): lead trial 21's follow-up and search classes - which of the courses just shown first,
# an adviser's "where should she start?", how long asked beside a goal, a subject's own courses first
# (authoring/conv26_lists.py)
import conv26_lists as _CV26  # noqa: E402

DIALOGUES += _CV26.dialogues("vi")
# session 26 (trial22fix): lead trial 22's classes - another client named in an adviser's chat
# (authoring/trial22fix_lists.py)
import trial22fix_lists as _T22  # noqa: E402

DIALOGUES += _T22.dialogues("vi")
# session 26 (classifier26): new phrasings of the pairs the intent classifier confuses, written before the
# retrained classifier shipped with the rules it feeds re-measured (authoring/classifier26_lists.py)
import classifier26_lists as _C26  # noqa: E402

DIALOGUES += _C26.dialogues("vi")
# session 27 (trial27): lead trial 22's classes still failing - a language asked after a list, an
# introduction done, cheaper on the subject, hours a week by a date, enrolment, another client in a learner's
# chat (authoring/trial27_lists.py)
import trial27_lists as _T27  # noqa: E402

DIALOGUES += _T27.dialogues("vi")
# session 27 (causes27): the largest general causes of failing tune turns - something asked for on a
# subject beside a circumstance, what work one's skills lead to (authoring/causes27_lists.py)
import causes27_lists as _CA27  # noqa: E402

DIALOGUES += _CA27.dialogues("vi")
# session 27 (roles27): the goal a learner's words mean - an alternative label naming another worker, a
# subject one word short of a job's name, a career changer's entry job, a teacher's subject, a field beside
# its domain (authoring/roles27_lists.py)
import roles27_lists as _R27  # noqa: E402

DIALOGUES += _R27.dialogues("vi")
DIALOGUES += _R27.dialogues("vi", unseen=True)
# session 28 (causes28): a subject wished beside a background (the job held, a lack, the studies)
# went without its goal (authoring/causes28_lists.py)
import causes28_lists as _CA28  # noqa: E402

DIALOGUES += _CA28.dialogues("vi")
# session 28 (trial28): lead trial 23's classes still failing - a later wish or a preference kept beside the
# goal, a plan's whole time, a question about form after a plan, the cheapest with a language accepted, a
# short deadline, a course asked for on a subject, no money (authoring/trial28_lists.py)
import trial28_lists as _T28  # noqa: E402

DIALOGUES += _T28.dialogues("vi")
DIALOGUES += _T28.dialogues("vi", unseen=True)
# session 29 (trial29): lead trial 24's classes still failing - a lack or a job not wanted is no goal,
# "little bit" is basic, what a boss says, no budget beside a goal, what follows a one-step plan, the weeks
# of the first course, a subject the plan already teaches, a budget far below any course
# (authoring/trial29_lists.py)
import trial29_lists as _T29  # noqa: E402

DIALOGUES += _T29.dialogues("vi")
DIALOGUES += _T29.dialogues("vi", unseen=True)
# session 29 (advisers29): career advisers speaking of their clients - the client's facts in their profile,
# several clients in one chat, a wish for a field the catalogue does not name, one Spanish register
# (authoring/advisers29_lists.py)
import advisers29_lists as _A29  # noqa: E402

DIALOGUES += _A29.dialogues("vi")
DIALOGUES += _A29.dialogues("vi", unseen=True)
# session 29 (broad29): general causes of the blind sets 23-25 (tune from session 29) - the certificate a
# course counts towards, the nearest entries after a certificate the catalogue lacks, what follows a course
# just finished (authoring/broad29_lists.py)
import broad29_lists as _B29  # noqa: E402

DIALOGUES += _B29.dialogues("vi")
