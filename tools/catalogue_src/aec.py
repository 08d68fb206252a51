"""Aurora EdTech Collective (FI): micro-credential and digital learning design for educators, in English."""

PROVIDER = dict(
    slug="aec", provider="Aurora EdTech Collective", country="FI", domain="aurora-edtech.example",
    quality_assurance="Offered with a partner university of applied sciences; audited by FINEEC (Finnish Education Evaluation Centre)",
    currency="EUR", languages=["en"],
)

ENTRIES = [
    dict(
        id="aec-elearn-100", title="E-Learning Essentials for Teachers", hours=40, eqf_level=5, participation="online",
        cost=0, assessment="Reflective journal and short quiz", path="learn",
        description="A gentle start for teachers who suddenly own an online course. You tour the main learning platforms, "
                    "try the tools your learners will use and decide which ones are worth the effort.",
        learning_outcomes=[
            "describe the building blocks of an e-learning environment",
            "compare learning management systems for a given context",
            "support colleagues taking their first steps in e-learning",
        ],
        skills=["e-learning", "learning technologies", "learning management systems", "provide training on e-learning"],
    ),
    dict(
        id="aec-mcd-101", title="Designing Micro-Credentials: Foundations", ects=2, eqf_level=6, participation="online",
        cost=0, assessment="Draft micro-credential specification reviewed by peers", stacks_into="aec-cert-dld",
        path="learn",
        description="What makes a micro-credential more than a short course? Using the EU Council Recommendation's "
                    "elements, you specify one of your own: outcomes, workload, level, assessment and how it can stack.",
        learning_outcomes=[
            "specify a micro-credential with all elements of the EU Recommendation",
            "place a micro-credential at an appropriate EQF level and workload",
            "plan how a micro-credential stacks into a larger curriculum",
        ],
        skills=["instructional design models", "curriculum objectives", "plan learning curriculum", "assessment processes"],
    ),
    dict(
        id="aec-outcomes-102", title="Writing Learning Outcomes and Aligned Assessment", ects=3, eqf_level=6,
        participation="online", cost=290, assessment="Assessment plan with rubrics", prerequisites=["aec-mcd-101"],
        stacks_into="aec-cert-dld", path="learn",
        description="Outcomes that can actually be assessed, and assessments that actually check them. You rewrite "
                    "outcomes for a real module, design rubrics and practise feedback that learners can use.",
        learning_outcomes=[
            "write observable, level-appropriate learning outcomes",
            "design assessments and rubrics aligned with those outcomes",
            "give constructive feedback that moves learning forward",
        ],
        skills=["assessment processes", "assess students", "curriculum objectives", "give constructive feedback"],
    ),
    dict(
        id="aec-online-201", title="Designing Web-Based Courses", ects=5, eqf_level=6, participation="online",
        cost=540, assessment="Published course module evaluated against a quality rubric",
        prerequisites=["aec-mcd-101"], stacks_into="aec-cert-dld", path="learn",
        description="From syllabus to a working online module in Moodle: structure, activities, pacing and the "
                    "materials learners need. Each participant publishes one complete module.",
        learning_outcomes=[
            "design the structure and activities of an online course",
            "develop digital educational materials for self-paced study",
            "configure a virtual learning environment for a course",
        ],
        skills=["design web-based courses", "develop digital educational materials", "work with virtual learning environments",
                "Moodle", "learning management systems"],
    ),
    dict(
        id="aec-scorm-202", title="Authoring Interactive Content and SCORM Packages", ects=4, eqf_level=6,
        participation="online", cost=480, assessment="SCORM package tested in two platforms",
        prerequisites=["aec-online-201"], stacks_into="aec-cert-dld", path="learn",
        description="Branching scenarios, interactive video and quizzes built with authoring tools, then packaged so they "
                    "run in any standards-compliant platform and report results back.",
        learning_outcomes=[
            "build interactive learning content with authoring software",
            "package content as SCORM and test it across platforms",
            "apply e-learning standards for tracking and interoperability",
        ],
        skills=["create SCORM packages", "authoring software", "standards for web-based e-learning",
                "provide multimedia content"],
    ),
    dict(
        id="aec-needs-203", title="Training Needs Analysis for Professional Learning", ects=3, eqf_level=6,
        participation="online", cost=260, assessment="Needs analysis report for a real organisation",
        stacks_into="aec-cert-dld", path="learn",
        description="Before designing anything, find out what people need to learn and why. You run a needs analysis "
                    "with interviews, surveys and skills data, and evaluate an existing training offer.",
        learning_outcomes=[
            "identify training needs from interviews, surveys and skills data",
            "analyse users' needs for digital learning tools",
            "evaluate training against the needs it was meant to meet",
        ],
        skills=["identify training needs", "identify ICT user needs", "evaluate training"],
    ),
    dict(
        id="aec-cert-dld", kind="certificate", title="Certificate in Digital Learning and Micro-Credential Design",
        ects=18, eqf_level=6, participation="online", cost=0, stack_ects_required=15,
        assessment="Awarded when 15 ECTS of the linked modules are passed", path="certificates",
        description="For teachers, trainers and learning designers who build stackable, digital learning. Awarded once "
                    "15 ECTS of the five linked modules are completed.",
        learning_outcomes=[
            "design micro-credentials with aligned outcomes and assessment",
            "build and publish interactive online courses",
            "base learning design on analysed needs",
        ],
        skills=["instructional design models", "design web-based courses", "create SCORM packages"],
        valid_from="2026-08-15",
    ),
    dict(
        id="aec-blended-204", title="Blended Learning in Practice", ects=3, eqf_level=6, participation="blended",
        cost=320, assessment="Teaching observation and redesigned lesson sequence",
        sessions=[("2027-01-11", "2027-02-26"), ("2027-08-16", "2027-10-01")], path="learn",
        description="Mixing online and face-to-face time so that each does what it does best. Two days in Oulu are spent "
                    "observing each other teach and redesigning a lesson sequence together.",
        learning_outcomes=[
            "design a blended sequence that uses classroom time for active learning",
            "adapt teaching strategies to different groups of learners",
            "ground design choices in pedagogical principles",
        ],
        skills=["apply blended learning", "apply teaching strategies", "adapt teaching to target group", "pedagogy"],
    ),
    dict(
        id="aec-elplan-301", title="Planning an Institutional E-Learning Strategy", ects=4, eqf_level=7,
        participation="online", cost=690, assessment="Strategy document presented to peers",
        prerequisites=["aec-online-201"], path="learn",
        description="For heads of digital learning: platform choices, infrastructure, support models and the plan that "
                    "ties them together. You write an e-learning strategy for your own institution.",
        learning_outcomes=[
            "develop an e-learning plan aligned with institutional goals",
            "identify technological needs and specify the supporting infrastructure",
            "monitor the performance of learning systems in use",
        ],
        skills=["develop e-learning plan", "e-learning software infrastructure", "identify technological needs",
                "design information system", "monitor system performance"],
    ),
    dict(
        id="aec-content-205", title="Managing Content Development Projects", ects=3, eqf_level=6, participation="online",
        cost=340, assessment="Project plan and quality checklist", path="learn",
        description="Course content is a project with authors, reviewers, deadlines and metadata. You plan a content "
                    "production, set up quality checks and decide how and where it will be published.",
        learning_outcomes=[
            "manage a content development project from brief to release",
            "set up content quality assurance and metadata conventions",
            "choose a publishing strategy for learning content",
        ],
        skills=["manage content development projects", "content development processes", "publishing strategy",
                "manage content metadata", "conduct content quality assurance"],
    ),
    dict(
        id="aec-cogpsy-206", title="Cognitive Psychology for Learning Designers", ects=2, eqf_level=6,
        participation="online", cost=180, assessment="Critique and redesign of a lesson", path="learn",
        description="Working memory, retrieval practice and cognitive load, and what they mean for slides, videos and "
                    "exercises. You critique a real lesson and restructure it.",
        learning_outcomes=[
            "explain how memory and attention shape learning",
            "structure information to reduce unnecessary cognitive load",
            "translate subject-matter concepts into well-sequenced content",
        ],
        skills=["cognitive psychology", "structure information", "translate requirement concepts into content"],
    ),
    dict(
        id="aec-trainer-103", title="Train the Trainer: Running Effective ICT Workshops", ects=3, eqf_level=5,
        participation="on-site", cost=450, assessment="Delivered workshop observed by a mentor",
        sessions=[("2027-03-08", "2027-03-12"), ("2027-11-08", "2027-11-12")], path="learn",
        description="A week in Helsinki for IT staff who teach colleagues. You prepare materials, run a workshop, get "
                    "observed and learn to evaluate whether anyone's work changed afterwards.",
        learning_outcomes=[
            "organise and deliver hands-on ICT training sessions",
            "create training materials for adult learners",
            "evaluate training outcomes and improve the next session",
        ],
        skills=["organise training", "create training materials", "evaluate training", "apply teaching strategies",
                "pedagogy"],
    ),
    dict(
        id="aec-dlteach-104", title="Teaching Digital Literacy to Adults", ects=3, eqf_level=5, participation="online",
        cost=0, assessment="Lesson plan and recorded micro-teaching", digcomp_areas=["1", "2", "3", "4", "5"],
        path="learn",
        description="For librarians, adult educators and volunteers. Using DigComp as a map, you plan lessons on office "
                    "tools, online services and safety for learners who are new to computers.",
        learning_outcomes=[
            "plan digital literacy lessons across the five DigComp areas",
            "prepare lesson content that suits adult beginners",
            "teach everyday IT tools and office software step by step",
        ],
        skills=["teach digital literacy", "prepare lesson content", "use IT tools", "office software",
                "adapt teaching to target group"],
    ),
    dict(
        id="aec-csteach-207", title="Teaching Computer Science in Secondary School", ects=4, eqf_level=6,
        participation="online", cost=380, assessment="Course outline and two lesson plans",
        prerequisites=["aec-dlteach-104"], path="learn",
        description="Algorithms, data and programming for teenagers. You write a course outline, plan unplugged and "
                    "programming lessons, and learn the misconceptions students bring.",
        learning_outcomes=[
            "develop a course outline for secondary computer science",
            "teach programming and computational thinking concepts",
            "anticipate common student misconceptions",
        ],
        skills=["teach computer science", "computer science", "develop course outline", "prepare lesson content"],
    ),
    dict(
        id="aec-hw-105", title="ICT Hardware and Software for the Classroom", ects=2, eqf_level=4,
        participation="online", cost=0, assessment="Classroom equipment plan", path="learn",
        description="Choosing, setting up and fixing the computers, tablets and software a classroom depends on, so that "
                    "a lesson is not lost to a frozen projector.",
        learning_outcomes=[
            "compare hardware and software specifications for classroom use",
            "perform basic maintenance of classroom computers",
            "troubleshoot common classroom ICT problems",
        ],
        skills=["ICT hardware specifications", "ICT software specifications", "computer technology",
                "maintain computer hardware", "perform ICT troubleshooting"],
    ),
    dict(
        id="aec-media-208", title="Multimedia for Learning", ects=2, eqf_level=5, participation="online", cost=150,
        assessment="Short multimedia learning object", path="learn",
        description="Short videos, audio and graphics that teach rather than decorate. You storyboard, produce and "
                    "integrate a multimedia learning object into a course page.",
        learning_outcomes=[
            "produce multimedia content for a learning purpose",
            "integrate media into course pages and output formats",
            "turn a visual brief into a coherent design",
        ],
        skills=["provide multimedia content", "integrate content into output media", "apply tools for content development",
                "translate requirements into visual design"],
    ),
]
