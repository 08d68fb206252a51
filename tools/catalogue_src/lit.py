"""Liffey Institute of Technology (IE): software development, testing and web engineering, in English."""

PROVIDER = dict(
    slug="lit", provider="Liffey Institute of Technology", country="IE", domain="liffey-tech.example",
    quality_assurance="Programmes validated under QQI (Quality and Qualifications Ireland) procedures",
    currency="EUR", languages=["en"],
)

ENTRIES = [
    dict(
        id="lit-prog-101", title="Programming Fundamentals in Python", ects=5, eqf_level=4, participation="online",
        cost=0, assessment="Weekly programming exercises and a final mini-project", path="springboard",
        description="A first programming course for career changers. Variables, loops, functions and files, then a "
                    "small project of your own choosing, written in a proper editor with the debugger switched on.",
        learning_outcomes=[
            "write, run and debug small Python programs",
            "break a problem into functions and simple algorithms",
            "use an IDE effectively, including breakpoints and refactoring tools",
        ],
        skills=["computer programming", "Python (computer programming)", "algorithms",
                "integrated development environment software"],
    ),
    dict(
        id="lit-oop-102", title="Object-Oriented Programming in Java", ects=5, eqf_level=5, participation="online",
        cost=650, assessment="Graded project with code review", prerequisites=["lit-prog-101"],
        stacks_into="lit-cert-swe", path="programmes",
        description="Classes, interfaces and the design patterns that keep larger programs understandable. You build a "
                    "library-management system in Java and refactor it twice as the requirements change.",
        learning_outcomes=[
            "design class hierarchies and interfaces for a realistic domain",
            "apply common design patterns and explain the trade-offs",
            "refactor code safely as requirements change",
        ],
        skills=["Java (computer programming)", "use object-oriented programming", "object-oriented modelling",
                "use software design patterns"],
    ),
    dict(
        id="lit-git-103", title="Version Control and Collaborative Development", hours=50, eqf_level=4,
        participation="online", cost=120, assessment="Contribution to a shared repository", path="springboard",
        description="Branches, pull requests, code review etiquette and resolving conflicts without panic. The course is "
                    "done in teams of four on one shared repository.",
        learning_outcomes=[
            "manage changes with branches, commits and tags",
            "review colleagues' code constructively",
            "collaborate on a shared code base using pull requests",
        ],
        skills=["tools for software configuration management", "conduct ICT code review",
                "collaborate through digital technologies"],
    ),
    dict(
        id="lit-test-201", title="Software Testing and Quality", ects=5, eqf_level=5, participation="online", cost=690,
        assessment="Test suite and test report for a provided application", prerequisites=["lit-oop-102"],
        stacks_into="lit-cert-swe", path="programmes",
        description="Unit, integration and system tests, test doubles, coverage and the metrics worth watching. You "
                    "write tests for an inherited application and document what you found.",
        learning_outcomes=[
            "write unit and integration tests at the appropriate level",
            "document test plans and results clearly",
            "use software metrics to focus testing effort",
        ],
        skills=["perform software unit testing", "levels of software testing", "execute software tests",
                "provide software testing documentation", "software metrics"],
    ),
    dict(
        id="lit-debug-202", title="Debugging and Troubleshooting Production Code", ects=3, eqf_level=5,
        participation="online", cost=420, assessment="Debugging challenges with written diagnoses",
        prerequisites=["lit-prog-101"], stacks_into="lit-cert-swe", path="programmes",
        description="Reproducing the bug a customer reported, reading stack traces and logs, and bisecting to the "
                    "change that broke things. Every week brings a new broken system to fix.",
        learning_outcomes=[
            "reproduce customer-reported issues reliably",
            "use debuggers, profilers and logs to locate faults",
            "explain the root cause of an anomaly and its fix",
        ],
        skills=["debug software", "ICT debugging tools", "replicate customer software issues", "software anomalies"],
    ),
    dict(
        id="lit-design-301", title="Software Design and Architecture", ects=5, eqf_level=6, participation="blended",
        cost=890, assessment="Architecture document and oral defence", prerequisites=["lit-oop-102"],
        stacks_into="lit-cert-swe", sessions=[("2027-01-25", "2027-03-19"), ("2027-09-27", "2027-11-19")],
        path="programmes",
        description="Layers, modules, services and the documents that explain them. You design the architecture of a "
                    "ticketing platform, model it in UML and defend your choices to a panel in Dublin.",
        learning_outcomes=[
            "define a software architecture that meets stated quality attributes",
            "document designs with UML and architecture decision records",
            "compare architecture models such as layered, event-driven and microservices",
        ],
        skills=["define software architecture", "create software design", "unified modelling language",
                "software architecture models"],
    ),
    dict(
        id="lit-cert-swe", kind="certificate", title="Certificate in Professional Software Engineering", ects=20,
        eqf_level=6, participation="blended", cost=0, stack_ects_required=18,
        assessment="Awarded when 18 ECTS of the linked modules are passed", path="certificates",
        description="A QQI-validated special-purpose award for developers who want a recognised engineering "
                    "foundation. It is conferred once 18 ECTS of the linked modules are completed.",
        learning_outcomes=[
            "design, build and test maintainable object-oriented software",
            "diagnose and fix defects in production systems",
            "document software architecture",
        ],
        skills=["use software design patterns", "execute software tests", "define software architecture"],
    ),
    dict(
        id="lit-web-201", title="Front-End Web Development", ects=5, eqf_level=5, participation="online", cost=590,
        assessment="Responsive website project", prerequisites=["lit-prog-101"], stacks_into="lit-cert-web",
        path="programmes",
        description="Semantic HTML, modern CSS layout and plain JavaScript before any framework. You build a responsive "
                    "site for a Dublin community centre from the designer's mock-ups.",
        learning_outcomes=[
            "structure content with semantic HTML",
            "implement responsive layouts with CSS grid and flexbox",
            "add interactivity with JavaScript and the DOM",
        ],
        skills=["web programming", "use markup languages", "style sheet languages", "JavaScript",
                "implement front-end website design"],
    ),
    dict(
        id="lit-webstd-202", title="Accessible and Standards-Compliant Web", ects=3, eqf_level=5, participation="online",
        cost=350, assessment="Accessibility audit and fixes", prerequisites=["lit-web-201"], stacks_into="lit-cert-web",
        path="programmes",
        description="WCAG, ARIA and testing with a screen reader. You audit a public website, fix what you can and "
                    "turn design requirements into accessible components.",
        learning_outcomes=[
            "apply W3C standards and WCAG success criteria",
            "test usability and accessibility with assistive technology",
            "translate visual design requirements into accessible markup",
        ],
        skills=["World Wide Web Consortium standards", "application usability", "translate requirements into visual design"],
    ),
    dict(
        id="lit-fw-203", title="Modern JavaScript Frameworks with TypeScript", ects=5, eqf_level=6,
        participation="online", cost=720, assessment="Single-page application project", prerequisites=["lit-web-201"],
        stacks_into="lit-cert-web", path="programmes",
        description="Components, state and routing in a current framework, written in TypeScript. You prototype a "
                    "booking application quickly, then harden it with types and tests.",
        learning_outcomes=[
            "build a single-page application from reusable components",
            "use TypeScript to catch errors before runtime",
            "choose and integrate third-party libraries responsibly",
        ],
        skills=["JavaScript Framework", "TypeScript", "software frameworks", "use software libraries",
                "develop software prototype"],
    ),
    dict(
        id="lit-api-204", title="Building Web APIs", ects=4, eqf_level=6, participation="online", cost=560,
        assessment="API implementation with automated tests", prerequisites=["lit-prog-101"],
        stacks_into="lit-cert-web", path="programmes",
        description="Designing and implementing REST APIs that other teams enjoy using: resources, versioning, "
                    "authentication and an OpenAPI specification written before the code.",
        learning_outcomes=[
            "design component interfaces and write an OpenAPI specification",
            "implement and consume web APIs",
            "analyse a specification for gaps before implementation",
        ],
        skills=["use an application-specific interface", "design component interfaces", "web programming",
                "analyse software specifications"],
    ),
    dict(
        id="lit-cert-web", kind="certificate", title="Certificate in Full-Stack Web Development", ects=17,
        eqf_level=6, participation="online", cost=0, stack_ects_required=15,
        assessment="Awarded when 15 ECTS of the linked modules are passed", path="certificates",
        description="Recognises a complete web path from accessible front ends to APIs. Conferred once 15 ECTS of the "
                    "four linked modules are completed.",
        learning_outcomes=[
            "build accessible, responsive web front ends",
            "develop single-page applications with a modern framework",
            "design and implement web APIs",
        ],
        skills=["web programming", "JavaScript", "implement front-end website design"],
    ),
    dict(
        id="lit-req-105", title="Requirements and Specifications for Developers", ects=3, eqf_level=5,
        participation="online", cost=300, assessment="Specification for a small system", path="programmes",
        description="Turning a vague request into something buildable. You interview a stakeholder, draw flowcharts, "
                    "write acceptance criteria and check specifications for contradictions.",
        learning_outcomes=[
            "interpret technical requirements and ask the right clarifying questions",
            "document processes with flowcharts",
            "define technical requirements with testable acceptance criteria",
        ],
        skills=["interpret technical requirements", "create flowchart diagram", "define technical requirements",
                "analyse software specifications"],
    ),
    dict(
        id="lit-agile-106", title="Agile Delivery with Scrum and Kanban", hours=55, eqf_level=5, participation="online",
        cost=260, assessment="Team sprint simulation", path="programmes",
        description="Sprints, boards, estimates and retrospectives, practised in a simulated product team. The course is "
                    "honest about where agile methods help and where they get in the way.",
        learning_outcomes=[
            "run sprints and Kanban flows in a development team",
            "place agile practices within the systems development life-cycle",
            "choose a project management method suited to an ICT project",
        ],
        skills=["Agile development", "Agile project management", "ICT project management methodologies",
                "systems development life-cycle"],
    ),
    dict(
        id="lit-lead-302", title="Technical Leadership for Senior Developers", ects=4, eqf_level=7,
        participation="blended", cost=980, assessment="Leadership portfolio and reflective essay",
        prerequisites=["lit-design-301"], sessions=[("2027-04-19", "2027-06-11")], path="programmes",
        description="For developers stepping into tech lead roles: steering design, reviewing without micromanaging and "
                    "keeping a project on course when priorities shift.",
        learning_outcomes=[
            "oversee the development of software across a team",
            "design development processes that fit the team",
            "manage scope, risk and schedule of an ICT project",
        ],
        skills=["oversee development of software", "design process", "ICT project management"],
    ),
    dict(
        id="lit-case-205", title="Model-Driven Development with CASE Tools", ects=3, eqf_level=6,
        participation="online", cost=380, assessment="Generated application from a model", prerequisites=["lit-oop-102"],
        path="programmes",
        description="Model first, generate later. You model a system in UML with a CASE tool, generate code from it and "
                    "judge where generation saves time and where it hurts.",
        learning_outcomes=[
            "model a system with UML class and sequence diagrams",
            "use CASE tools to generate and synchronise code",
            "judge the costs and benefits of model-driven development",
        ],
        skills=["utilise computer-aided software engineering tools", "unified modelling language",
                "object-oriented modelling"],
    ),
]
