"""Great Lakes Community College (US): digital literacy across the DigComp areas and IT support, in English and Spanish."""

PROVIDER = dict(
    slug="glcc", provider="Great Lakes Community College", country="US", domain="greatlakes-cc.example",
    quality_assurance="Regionally accredited college; non-credit workforce courses approved by the curriculum committee",
    currency="USD", languages=["en"],
)

ENTRIES = [
    dict(
        id="glcc-dl-101", title="Digital Literacy Essentials", ects=4, eqf_level=3, participation="blended", cost=0,
        assessment="Skills checklist completed with an instructor", digcomp_areas=["1"], stacks_into="glcc-cert-df",
        sessions=[("2027-01-19", "2027-03-12"), ("2027-08-31", "2027-10-22")], path="workforce",
        description="Weekly evening classes at the Toledo campus for adults who want to feel at home on a computer. "
                    "Searching the web, judging what to trust, and keeping files where you can find them again.",
        learning_outcomes=[
            "search the web effectively and filter results",
            "judge whether an online source is trustworthy",
            "organise, name and back up personal files",
        ],
        skills=["browse, search and filter data, information and digital content",
                "evaluate data, information and digital content", "manage data, information and digital content",
                "digital data processing", "use IT tools"],
    ),
    dict(
        id="glcc-comm-102", title="Communicating and Collaborating Online", ects=3, eqf_level=3, participation="online",
        cost=0, assessment="Collaborative project with classmates", digcomp_areas=["2"], stacks_into="glcc-cert-df",
        path="workforce",
        description="Video calls, shared documents, team chat and the unwritten rules that make them work. You run a "
                    "small project with classmates you never meet in person.",
        learning_outcomes=[
            "communicate through video, chat and email appropriately",
            "share and co-edit documents with a team",
            "follow netiquette in professional online spaces",
        ],
        skills=["interact through digital technologies", "share through digital technologies",
                "collaborate through digital technologies", "use online conventions of netiquette",
                "digital communication and collaboration"],
    ),
    dict(
        id="glcc-create-103", title="Creating Digital Content for Work", ects=4, eqf_level=3, participation="online",
        cost=49, assessment="Portfolio of three work documents", digcomp_areas=["3"], prerequisites=["glcc-dl-101"],
        stacks_into="glcc-cert-df", path="workforce",
        description="Flyers, slide decks, a simple web page and a first taste of block-based coding. You also learn what "
                    "you may and may not copy from the internet.",
        learning_outcomes=[
            "create documents, presentations and a simple web page",
            "edit and combine existing content legally",
            "write a small program with blocks",
        ],
        skills=["develop digital content", "integrate and re-elaborate digital content",
                "copyright and licenses related to digital content", "computer programming"],
    ),
    dict(
        id="glcc-safe-104", title="Staying Safe Online", ects=3, eqf_level=3, participation="online", cost=0,
        assessment="Security check-up of your own devices", digcomp_areas=["4"], stacks_into="glcc-cert-df",
        path="workforce",
        description="Scams, passwords, privacy settings and screen-time habits. Each unit ends with a five-minute check-up "
                    "on your own phone or laptop.",
        learning_outcomes=[
            "protect devices with updates, locks and backups",
            "adjust privacy settings and protect personal information",
            "recognise scams and report them",
            "keep healthy habits around screen time",
        ],
        skills=["protect ICT devices", "protect personal data and privacy", "safeguard online privacy and identity",
                "protect health and well-being while using digital technologies", "ICT safety"],
    ),
    dict(
        id="glcc-solve-105", title="Solving Everyday Tech Problems", ects=3, eqf_level=3, participation="online",
        cost=0, assessment="Troubleshooting log", digcomp_areas=["5"], stacks_into="glcc-cert-df", path="workforce",
        description="The printer is offline, the update failed, the app will not install. You learn a calm, step-by-step "
                    "way to fix things and to know which skills you want to build next.",
        learning_outcomes=[
            "troubleshoot common hardware and software problems",
            "choose a digital tool that fits a task",
            "identify your own digital skills gaps and plan to close them",
        ],
        skills=["solve technical problems", "identify technological needs", "identify digital competence gaps",
                "problem-solving with digital tools", "perform ICT troubleshooting"],
    ),
    dict(
        id="glcc-cert-df", kind="certificate", title="Certificate of Digital Fluency", ects=15, eqf_level=3,
        participation="blended", cost=0, stack_ects_required=15, digcomp_areas=["1", "2", "3", "4", "5"],
        assessment="Awarded when 15 ECTS-equivalent of the linked courses are completed", path="certificates",
        description="A workforce certificate covering all five DigComp areas, recognised by regional employers. Awarded "
                    "once 15 ECTS-equivalent of the five linked courses are completed.",
        learning_outcomes=[
            "use digital tools confidently for work and daily life",
            "communicate, create and stay safe online",
            "solve everyday technology problems",
        ],
        skills=["browse, search and filter data, information and digital content", "protect ICT devices",
                "solve technical problems"],
    ),
    dict(
        id="glcc-help-201", title="IT Help Desk Fundamentals", ects=5, eqf_level=4, participation="blended", cost=399,
        assessment="Ticket simulation and practical exam", prerequisites=["glcc-solve-105"],
        sessions=[("2027-04-06", "2027-06-01")], path="workforce",
        description="The first step into an IT career: supporting users by phone and ticket, fixing common PC and "
                    "account problems, and knowing when to escalate.",
        learning_outcomes=[
            "support users with hardware, software and account problems",
            "solve common ICT system problems with a structured method",
            "document tickets clearly for colleagues",
        ],
        skills=["support ICT system users", "perform ICT troubleshooting", "solve ICT system problems", "hardware components"],
    ),
    dict(
        id="glcc-office-106", title="Spreadsheets and Office Software for the Workplace", ects=2, eqf_level=3,
        participation="online", cost=29, assessment="Practical tasks", path="workforce",
        description="Word processing, spreadsheets and presentations at the level most office jobs expect, including "
                    "formulas, charts and mail merge.",
        learning_outcomes=[
            "produce well-formatted documents and presentations",
            "build spreadsheets with formulas and charts",
            "keep shared office files organised",
        ],
        skills=["office software", "use spreadsheets software", "manage data, information and digital content"],
    ),
    dict(
        id="glcc-code-107", title="Intro to Coding with Scratch and Python", ects=2, eqf_level=3,
        participation="online", cost=0, assessment="Two small projects", prerequisites=["glcc-dl-101"],
        path="workforce",
        description="From animated Scratch stories to a first Python script that renames a folder of photos. A friendly "
                    "taste of programming for adults and teenagers alike.",
        learning_outcomes=[
            "write short programs with loops and conditions",
            "automate a simple everyday task with Python",
            "use programming creatively to make something of your own",
        ],
        skills=["computer programming", "Python (computer programming)", "creatively use digital technologies"],
    ),
    dict(
        id="glcc-alfab-108", title="Alfabetización digital para la vida diaria", ects=2, eqf_level=3,
        participation="on-site", cost=0, languages=["es"], assessment="Lista de habilidades revisada con la instructora",
        digcomp_areas=["1", "2", "4"], sessions=[("2027-02-02", "2027-03-23")], path="comunidad",
        description="Clases en español en el centro comunitario: correo electrónico, trámites en línea, videollamadas con "
                    "la familia y cómo evitar estafas por teléfono y mensaje.",
        learning_outcomes=[
            "crear y usar una cuenta de correo electrónico",
            "hacer trámites y videollamadas en línea",
            "reconocer estafas y proteger sus datos personales",
        ],
        skills=["interact through digital technologies", "browse, search and filter data, information and digital content",
                "protect personal data and privacy"],
    ),
    dict(
        id="glcc-sys-202", title="Desktop Operating Systems Support", ects=3, eqf_level=4, participation="online",
        cost=249, assessment="Configuration labs", prerequisites=["glcc-help-201"], path="workforce",
        description="Installing, configuring and securing Windows and macOS machines for a small business, and writing "
                    "the usage policy its staff sign.",
        learning_outcomes=[
            "install and configure desktop operating systems",
            "apply organisational policies to user devices",
            "gather user requirements before rolling out changes",
        ],
        skills=["operating systems", "apply system organisational policies", "ICT system user requirements",
                "software components libraries"],
    ),
]
