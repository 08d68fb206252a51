"""Cascadia Cloud & Network Academy (CA): networking, AI-driven network operations and integration, in English and French."""

PROVIDER = dict(
    slug="ccna", provider="Cascadia Cloud & Network Academy", country="CA", domain="cascadia-academy.example",
    quality_assurance="Designated learning provider under the BC Private Training Institutions Branch; industry advisory board review",
    currency="CAD", languages=["en"],
)

ENTRIES = [
    dict(
        id="ccna-net-101", title="Networking Fundamentals", ects=4, eqf_level=4, participation="online", cost=495,
        assessment="Packet-tracer labs and a proctored exam", path="tracks",
        description="How data actually gets from a laptop in Vancouver to a server in Montréal. Addressing, subnetting, "
                    "switching and routing basics, practised on simulated and real equipment.",
        learning_outcomes=[
            "plan IPv4 and IPv6 addressing for a small network",
            "explain how common protocols move data across networks",
            "configure basic routing between network segments",
        ],
        skills=["ICT network routing", "maintain internet protocol configuration", "ICT communications protocols",
                "ICT networking hardware"],
    ),
    dict(
        id="ccna-fondements-101", title="Fondements des réseaux informatiques", ects=4, eqf_level=4,
        participation="online", cost=495, languages=["fr"], assessment="Laboratoires simulés et examen surveillé",
        path="parcours",
        description="La version française de notre cours d'introduction, offerte aux apprenantes et apprenants du Québec "
                    "et du Nouveau-Brunswick : adressage, commutation, routage et protocoles usuels.",
        learning_outcomes=[
            "planifier l'adressage IPv4 et IPv6 d'un petit réseau",
            "expliquer le rôle des principaux protocoles de communication",
            "configurer un routage de base entre segments",
        ],
        skills=["ICT network routing", "maintain internet protocol configuration", "ICT communications protocols"],
    ),
    dict(
        id="ccna-route-201", title="Routing, Switching and Network Design", ects=5, eqf_level=5, participation="blended",
        cost=1290, assessment="Network design project and practical exam", prerequisites=["ccna-net-101"],
        stacks_into="ccna-cert-netops", sessions=[("2027-02-01", "2027-03-26"), ("2027-09-13", "2027-11-05")],
        path="tracks",
        description="Designing a campus network for a mid-sized hospital: VLANs, dynamic routing, redundancy and where "
                    "each device goes. Lab weekends in Burnaby put the design onto real hardware.",
        learning_outcomes=[
            "design a redundant campus network with documented design policies",
            "configure dynamic routing protocols and VLANs",
            "plan the physical placement of network hardware",
        ],
        skills=["design computer network", "ICT network routing", "define ICT network design policies",
                "design ICT hardware placement"],
    ),
    dict(
        id="ccna-netmon-202", title="Network Monitoring and Diagnostics", ects=4, eqf_level=5, participation="online",
        cost=990, assessment="Troubleshooting scenarios graded live", prerequisites=["ccna-net-101"],
        stacks_into="ccna-cert-netops", path="tracks",
        description="Telemetry, SNMP, flow data and packet captures: you build a monitoring stack and use it to track down "
                    "slowdowns that users describe only as 'the internet is slow'.",
        learning_outcomes=[
            "deploy network management and monitoring tools",
            "diagnose performance problems with flow data and packet captures",
            "analyse bandwidth requirements of applications",
        ],
        skills=["network management system tools", "implement ICT network diagnostic tools",
                "analyse network configuration and performance", "analyse network bandwidth requirements"],
    ),
    dict(
        id="ccna-netauto-203", title="Network Automation with Python and APIs", ects=4, eqf_level=6,
        participation="online", cost=1090, assessment="Automation project in a Git repository",
        prerequisites=["ccna-net-101"], prerequisite_skills=["Python (computer programming)"],
        stacks_into="ccna-cert-netops", path="tracks",
        description="Stop configuring switches by hand. You drive network devices through their APIs with Python and "
                    "Ansible, validate changes before deployment and roll them out safely.",
        learning_outcomes=[
            "automate device configuration through vendor APIs",
            "write scripts that validate network state before and after changes",
            "deploy network changes through a controlled pipeline",
        ],
        skills=["use scripting programming", "use an application-specific interface", "Python (computer programming)",
                "solution deployment", "Ansible"],
    ),
    dict(
        id="ccna-aiops-301", title="AI-Driven Network Operations", ects=5, eqf_level=6, participation="online",
        cost=1490, assessment="Forecasting and anomaly-detection project on real telemetry",
        prerequisites=["ccna-netmon-202"], stacks_into="ccna-cert-netops", path="tracks",
        description="Machine learning applied to the network itself: forecasting link utilisation, spotting anomalies in "
                    "telemetry and deciding when an automated fix is safer than waking someone up.",
        learning_outcomes=[
            "forecast network demand from historical telemetry",
            "apply machine learning to detect performance anomalies",
            "evaluate when AI-driven remediation is appropriate",
        ],
        skills=["utilise machine learning", "forecast future ICT network needs", "ICT performance analysis methods",
                "analyse network configuration and performance"],
    ),
    dict(
        id="ccna-cert-netops", kind="certificate", title="Certificate in Intelligent Network Operations", ects=20,
        eqf_level=6, participation="blended", cost=0, stack_ects_required=18,
        assessment="Awarded when 18 credits' worth (ECTS) of linked courses are passed", path="certificates",
        description="Our flagship network track, from design to AI-assisted operations. Awarded once 18 ECTS of the "
                    "four linked courses are completed.",
        learning_outcomes=[
            "design, monitor and automate enterprise networks",
            "apply machine learning to network operations",
            "diagnose network performance problems",
        ],
        skills=["design computer network", "utilise machine learning", "network management system tools"],
    ),
    dict(
        id="ccna-netsec-204", title="Network Security Essentials", ects=4, eqf_level=5, participation="online",
        cost=890, assessment="Firewall and VPN lab", prerequisites=["ccna-net-101"], path="tracks",
        description="Firewalls, VPNs and segmentation for people who run networks rather than security teams. Includes "
                    "the policies behind internet use and who governs the internet's core resources.",
        learning_outcomes=[
            "implement firewall policies and define rule sets",
            "configure remote-access and site-to-site VPNs",
            "explain internet governance bodies and their effect on operations",
        ],
        skills=["implement a firewall", "define firewall rules", "implement a virtual private network",
                "ICT network security risks", "internet governance"],
    ),
    dict(
        id="ccna-hw-102", title="Network Hardware Installation and Maintenance", ects=2, eqf_level=4,
        participation="on-site", cost=650, assessment="Practical assessment in the lab",
        sessions=[("2027-05-03", "2027-05-07")], path="tracks",
        description="A hands-on week with racks, cabling, optics and power. You install, label and maintain network "
                    "hardware and learn to read a vendor datasheet critically.",
        learning_outcomes=[
            "install and cable network equipment to standard",
            "maintain and replace network hardware components",
            "plan equipment placement for airflow and access",
        ],
        skills=["maintain information network hardware", "ICT networking hardware", "hardware components",
                "design ICT hardware placement"],
    ),
    dict(
        id="ccna-capacity-302", title="Network Capacity Planning", ects=3, eqf_level=6, participation="online",
        cost=790, assessment="Capacity plan for a growing organisation", prerequisites=["ccna-netmon-202"],
        path="tracks",
        description="Growth, seasonality and new applications all eat bandwidth. You model demand, size links and "
                    "servers, and present a three-year capacity plan with its costs.",
        learning_outcomes=[
            "forecast network and system capacity needs",
            "adjust capacity of networks and systems to demand",
            "justify capacity investments in business terms",
        ],
        skills=["forecast future ICT network needs", "adjust ICT system capacity", "analyse network bandwidth requirements"],
    ),
    dict(
        id="ccna-email-103", title="Email and Collaboration Services Administration", ects=2, eqf_level=4,
        participation="online", cost=350, assessment="Administration tasks in a sandbox tenant", path="tracks",
        description="Mailboxes, domains, spam filtering and shared calendars for a small organisation, plus the usage "
                    "policies users actually read.",
        learning_outcomes=[
            "administer an email hosting service and its domains",
            "apply and communicate system usage policies",
            "support users with common collaboration tool problems",
        ],
        skills=["manage email hosting service", "apply ICT system usage policies", "support ICT system users",
                "apply system organisational policies"],
    ),
    dict(
        id="ccna-hybrid-303", title="Hybrid Cloud Networking", ects=4, eqf_level=6, participation="online", cost=1190,
        assessment="Hybrid connectivity design and lab", prerequisites=["ccna-route-201"], path="tracks",
        description="Connecting on-premises networks to two public clouds with private links and VPNs, and keeping "
                    "routing predictable when something fails.",
        learning_outcomes=[
            "design network connectivity between data centres and clouds",
            "integrate cloud and on-premises systems securely",
            "plan failover for hybrid connectivity",
        ],
        skills=["design cloud networks", "implement a virtual private network", "cloud technologies",
                "ICT system integration"],
    ),
    dict(
        id="ccna-sysint-304", title="Systems Integration Engineering", ects=5, eqf_level=6, participation="online",
        cost=1350, assessment="Integration plan and technical documentation", path="tracks",
        description="Getting systems from different vendors to work as one: integration strategies, interface "
                    "contracts, deployment and the documentation the operations team will rely on.",
        learning_outcomes=[
            "define an integration strategy for a multi-vendor system",
            "integrate and deploy system components",
            "write technical documentation for operations",
            "capture system user requirements for integration",
        ],
        skills=["define integration strategy", "integrate system components", "deploy ICT systems",
                "ICT system user requirements", "provide technical documentation"],
    ),
    dict(
        id="ccna-ops-205", title="IT Service Operations", ects=3, eqf_level=5, participation="online", cost=690,
        assessment="Case-based assignments", path="tracks",
        description="Incidents, problems and changes handled the way a well-run service desk does it, with a light "
                    "touch of ITIL and plenty of real tickets.",
        learning_outcomes=[
            "apply problem management techniques to recurring incidents",
            "plan and control changes to ICT systems",
            "organise system testing and quality checks before release",
        ],
        skills=["ICT problem management techniques", "manage changes in ICT system", "manage system testing",
                "attend to ICT systems quality", "maintain ICT system"],
    ),
]
