"""Lion City Skills Institute (SG): AI-driven networking, cloud operations, IoT and ICT strategy, in English."""

PROVIDER = dict(
    slug="lcsi", provider="Lion City Skills Institute", country="SG", domain="lioncity-skills.example",
    quality_assurance="Courses aligned with the Skills Framework for ICT; reviewed annually by an industry panel",
    currency="SGD", languages=["en"],
)

ENTRIES = [
    dict(
        id="lcsi-ne-201", title="Network Engineering for Software Developers", ects=4, eqf_level=5,
        participation="online", cost=1200, assessment="Design exercise and debugging lab", path="courses",
        prerequisite_skills=["computer programming"],
        description="For developers who keep being told 'it's the network'. You design a small network for a "
                    "micro-service application, debug connectivity from the application side and migrate a service "
                    "between segments without downtime.",
        learning_outcomes=[
            "design a network that meets an application's requirements",
            "debug connectivity issues from code and from the network",
            "migrate data and services between network segments safely",
        ],
        skills=["design computer network", "debug software", "migrate existing data", "implement ICT network diagnostic tools"],
    ),
    dict(
        id="lcsi-sdn-202", title="Software-Defined and Intent-Based Networking", ects=5, eqf_level=6,
        participation="online", cost=2400, assessment="Controller application and demo", prerequisites=["lcsi-ne-201"],
        stacks_into="lcsi-cert-ainet", path="courses",
        description="Controllers, northbound APIs and intent: you write an application that turns a business policy into "
                    "network configuration, using well-known design patterns to keep it maintainable.",
        learning_outcomes=[
            "program network behaviour through controller APIs",
            "apply software design patterns to network applications",
            "explain the protocols between controllers and devices",
        ],
        skills=["use an application-specific interface", "use software design patterns", "ICT communications protocols",
                "ICT network routing"],
    ),
    dict(
        id="lcsi-mlnet-203", title="Machine Learning for Network Traffic Analysis", ects=5, eqf_level=6,
        participation="online", cost=2600, assessment="Traffic classification project", prerequisites=["lcsi-ne-201"],
        prerequisite_skills=["Python (computer programming)"], stacks_into="lcsi-cert-ainet", path="courses",
        description="Flow records from a Singapore data centre, a few billion of them. You classify traffic, find the "
                    "flows that matter and explain model decisions to network engineers.",
        learning_outcomes=[
            "analyse large volumes of network telemetry",
            "apply machine learning to classify and forecast traffic",
            "analyse network configuration and performance with data",
        ],
        skills=["utilise machine learning", "analyse big data", "perform data analysis",
                "analyse network configuration and performance"],
    ),
    dict(
        id="lcsi-anom-301", title="AI-Based Anomaly Detection for Network Security", ects=4, eqf_level=6,
        participation="online", cost=2200, assessment="Detection model evaluated on labelled attacks",
        prerequisites=["lcsi-mlnet-203"], stacks_into="lcsi-cert-ainet", path="courses",
        description="Unsupervised models that flag unusual behaviour on a network, tuned so that analysts trust them. "
                    "Includes adversarial attempts to evade detection.",
        learning_outcomes=[
            "build anomaly detectors for network security",
            "identify ICT security risks from model outputs",
            "recommend counter-measures for detected attacks",
        ],
        skills=["identify ICT security risks", "ICT network security risks", "cyber attack counter-measures",
                "utilise machine learning"],
    ),
    dict(
        id="lcsi-5g-204", title="Mobile and 5G Network Essentials", ects=3, eqf_level=5, participation="blended",
        cost=1500, assessment="Lab report on a private 5G testbed", stacks_into="lcsi-cert-ainet",
        sessions=[("2027-04-05", "2027-05-14")], path="courses",
        description="Radio access, core network slicing and what private 5G means for ports and factories, with a lab "
                    "day on a private testbed at a partner campus.",
        learning_outcomes=[
            "explain the architecture of mobile and 5G networks",
            "configure devices and mobile operating systems on a private network",
            "connect IoT devices over cellular networks",
        ],
        skills=["mobile operating systems", "ICT communications protocols", "Internet of Things", "ICT networking hardware"],
    ),
    dict(
        id="lcsi-cert-ainet", kind="certificate", title="Specialist Certificate in AI-Driven Networking", ects=18,
        eqf_level=6, participation="blended", cost=0, stack_ects_required=16,
        assessment="Awarded when 16 ECTS of the linked courses are passed", path="certificates",
        description="Recognises the combination of programmable networks and machine learning that modern network "
                    "teams need. Awarded once 16 ECTS of the four linked courses are passed.",
        learning_outcomes=[
            "program networks through controllers and APIs",
            "apply machine learning to traffic and security data",
            "operate mobile and IoT connectivity",
        ],
        skills=["utilise machine learning", "use an application-specific interface", "ICT communications protocols"],
        valid_until="2029-12-31",
    ),
    dict(
        id="lcsi-edge-302", title="Edge Computing and IoT Platforms", ects=4, eqf_level=6, participation="online",
        cost=1900, assessment="Edge deployment project", prerequisites=["lcsi-5g-204"], path="courses",
        description="Processing sensor data close to where it is produced: edge nodes, synchronisation with the cloud and "
                    "updating thousands of devices safely.",
        learning_outcomes=[
            "design a distributed edge-to-cloud architecture",
            "deploy and update software on fleets of devices",
            "integrate IoT platforms with cloud services",
        ],
        skills=["Internet of Things", "distributed computing", "deploy ICT systems", "cloud technologies"],
    ),
    dict(
        id="lcsi-cloudops-205", title="Cloud Operations and Observability", ects=4, eqf_level=5, participation="online",
        cost=1700, assessment="On-call simulation", path="courses",
        description="Metrics, logs and traces for cloud services, automated runbooks and blameless post-incident reviews. "
                    "You spend a simulated week on call.",
        learning_outcomes=[
            "set up monitoring and reporting for cloud workloads",
            "automate routine cloud operations tasks",
            "respond to and review incidents in cloud services",
        ],
        skills=["cloud monitoring and reporting", "automate cloud tasks", "deploy cloud resource",
                "respond to incidents in cloud"],
    ),
    dict(
        id="lcsi-strategy-401", title="ICT Strategy and Emerging Technology", ects=3, eqf_level=7,
        participation="blended", cost=3800, assessment="Technology roadmap presented to a panel",
        sessions=[("2027-08-02", "2027-09-10")], path="executive",
        description="For architects and IT leaders: scanning emerging technologies, judging hype, and turning the few "
                    "that matter into a roadmap the business will fund.",
        learning_outcomes=[
            "keep track of emerging technologies and assess their maturity",
            "innovate in ICT services with a portfolio approach",
            "design an information architecture that supports the roadmap",
        ],
        skills=["emergent technologies", "keep up with the latest information systems solutions", "innovate in ICT",
                "information architecture"],
    ),
    dict(
        id="lcsi-ba-206", title="Business Analysis for Technology Projects", ects=3, eqf_level=5,
        participation="online", cost=1100, assessment="Requirements package for a case", path="courses",
        description="Eliciting what users need, modelling processes and writing requirements that developers and "
                    "testers can both work from.",
        learning_outcomes=[
            "analyse business requirements with stakeholders",
            "document ICT system user requirements",
            "define technical requirements and model processes",
        ],
        skills=["analyse business requirements", "ICT system user requirements", "define technical requirements",
                "design process"],
    ),
    dict(
        id="lcsi-ux-207", title="UX Research Methods", ects=3, eqf_level=5, participation="online", cost=980,
        assessment="Research plan, findings and prototype", path="courses",
        description="Interviews, diary studies and usability tests for digital services, with a prototype that "
                    "changes because of what you learned.",
        learning_outcomes=[
            "plan and run user research activities",
            "apply user-centred design methods",
            "create prototypes that test design hypotheses",
        ],
        skills=["execute ICT user research activities", "use methodologies for user-centered design",
                "create prototype of user experience solutions", "conduct qualitative research"],
    ),
]
