"""Baltic-Vistula Cyber Academy (PL): cyber defence, offensive security and forensics, in English (one course in Polish)."""

PROVIDER = dict(
    slug="bvca", provider="Baltic-Vistula Cyber Academy", country="PL", domain="bv-cyber.example",
    quality_assurance="Courses listed in the Polish Integrated Qualifications Register (ZRK); annual external review",
    currency="PLN", languages=["en"],
)

ENTRIES = [
    dict(
        id="bvca-soc-101", title="Security Operations Fundamentals", ects=3, eqf_level=4, participation="online",
        cost=900, assessment="Scenario-based online exam", stacks_into="bvca-cert-defence", path="academy",
        description="What a security operations centre actually does all day. You follow alerts from detection to "
                    "closure, learn the common attack paths into a company network and the controls that stop them.",
        learning_outcomes=[
            "describe common attack vectors and the kill chain",
            "triage security alerts and escalate correctly",
            "explain the main network security risks of a typical office",
        ],
        skills=["cyber security", "attack vectors", "ICT network security risks", "cyber attack counter-measures"],
    ),
    dict(
        id="bvca-siem-201", title="Log Analysis and SIEM Engineering", ects=5, eqf_level=5, participation="online",
        cost=2400, assessment="Detection rules graded against recorded attacks", prerequisites=["bvca-soc-101"],
        stacks_into="bvca-cert-defence", path="academy",
        description="Collecting the right logs, parsing them and writing detections that fire on real attacks but not on "
                    "every Monday-morning login storm. You tune rules against a recorded intrusion.",
        learning_outcomes=[
            "onboard log sources and normalise their events",
            "write and tune detection rules with few false positives",
            "analyse event data to reconstruct what happened on a system",
        ],
        skills=["perform data analysis", "identify ICT security risks", "analyse ICT system",
                "implement ICT network diagnostic tools", "utilise regular expressions"],
    ),
    dict(
        id="bvca-hard-202", title="System Hardening for Windows and Linux", ects=4, eqf_level=5, participation="online",
        cost=1900, assessment="Hardening lab checked by an automated benchmark", prerequisites=["bvca-soc-101"],
        stacks_into="bvca-cert-defence", path="academy",
        description="Benchmarks, baselines and the settings attackers love to find unchanged. You harden a small "
                    "Windows domain and a Linux fleet, then prove it with an automated compliance scan.",
        learning_outcomes=[
            "apply security baselines to servers and workstations",
            "deploy and manage endpoint protection",
            "find and fix configuration weaknesses with automated scans",
        ],
        skills=["manage system security", "implement ICT safety policies", "implement anti-virus software",
                "operating systems", "identify ICT system weaknesses"],
    ),
    dict(
        id="bvca-ir-203", title="Incident Handling and Threat Hunting", ects=5, eqf_level=6, participation="blended",
        cost=3200, assessment="Live incident simulation and written report", prerequisites=["bvca-siem-201"],
        stacks_into="bvca-cert-defence", sessions=[("2027-03-15", "2027-05-07"), ("2027-10-04", "2027-11-26")],
        path="academy",
        description="Hypothesis-driven hunting and calm incident handling. The course ends with a two-day live exercise "
                    "in Gdańsk where teams defend a simulated port operator against an active intruder.",
        learning_outcomes=[
            "lead the response to a security incident from detection to lessons learned",
            "hunt for threats with hypotheses drawn from threat intelligence",
            "write a prevention plan that closes the gaps an incident revealed",
        ],
        skills=["cyber attack counter-measures", "assessment of risks and threats", "establish an ICT security prevention plan",
                "solve ICT system problems"],
    ),
    dict(
        id="bvca-cert-defence", kind="certificate", title="Cyber Defence Practitioner Certificate", ects=17,
        eqf_level=6, participation="blended", cost=0, stack_ects_required=15,
        assessment="Awarded when 15 ECTS of the linked courses are passed", path="certificates",
        description="For analysts who want proof of a complete blue-team path: monitoring, hardening and incident "
                    "handling. Awarded once 15 ECTS of the four linked courses are passed.",
        learning_outcomes=[
            "monitor, detect and respond to attacks on an organisation",
            "harden systems against common threats",
            "improve defences after incidents",
        ],
        skills=["cyber attack counter-measures", "identify ICT security risks", "manage system security"],
    ),
    dict(
        id="bvca-pentest-201", title="Penetration Testing Foundations", ects=5, eqf_level=5, participation="online",
        cost=2600, assessment="Practical exam in an isolated lab network", prerequisites=["bvca-soc-101"],
        stacks_into="bvca-cert-offensive", path="academy",
        description="Reconnaissance, scanning, exploitation of known vulnerabilities and privilege escalation, all inside "
                    "an isolated lab. Rules of engagement and legal limits are covered before the first scan.",
        learning_outcomes=[
            "plan a penetration test within agreed rules of engagement",
            "use standard penetration testing tools to find and exploit weaknesses",
            "escalate privileges on a compromised host",
        ],
        skills=["penetration testing tool", "Kali Linux", "perform ICT security testing", "identify ICT system weaknesses"],
    ),
    dict(
        id="bvca-web-202", title="Web Application Security Testing", ects=4, eqf_level=6, participation="online",
        cost=2200, assessment="Test report on a deliberately vulnerable application", prerequisites=["bvca-pentest-201"],
        stacks_into="bvca-cert-offensive", path="academy",
        description="Injection, broken access control, SSRF and the business-logic flaws scanners never see. You test a "
                    "deliberately vulnerable shop and automate the boring checks.",
        learning_outcomes=[
            "test a web application against the OWASP Top 10",
            "automate repeatable security tests in a pipeline",
            "distinguish scanner findings from real, exploitable issues",
        ],
        skills=["web application security threats", "perform ICT security testing", "execute software tests",
                "tools for ICT test automation"],
    ),
    dict(
        id="bvca-exploit-301", title="Exploit Development", ects=5, eqf_level=7, participation="online", cost=3400,
        assessment="Working exploit with write-up", prerequisites=["bvca-pentest-201"],
        prerequisite_skills=["C++"], stacks_into="bvca-cert-offensive", path="academy",
        description="Memory corruption from first principles: stack and heap overflows, mitigations and how they are "
                    "bypassed. You analyse binaries, find the bug and write a reliable exploit.",
        learning_outcomes=[
            "analyse compiled programs with a disassembler and debugger",
            "identify memory-safety defects and judge their exploitability",
            "develop a working exploit against a mitigated target",
        ],
        skills=["develop code exploits", "apply reverse engineering", "software anomalies", "C++"],
    ),
    dict(
        id="bvca-redteam-302", title="Red Team Operations and Reporting", ects=4, eqf_level=7, participation="blended",
        cost=3100, assessment="Team engagement and executive report", prerequisites=["bvca-web-202"],
        stacks_into="bvca-cert-offensive", sessions=[("2027-06-07", "2027-07-16")], path="academy",
        description="A full engagement against a fictional bank, from phishing to domain admin, followed by the hardest "
                    "part: a report that executives read and engineers can act on.",
        learning_outcomes=[
            "run an objective-based red team engagement",
            "stay within legal and contractual limits",
            "report findings with evidence, risk and remediation",
        ],
        skills=["execute ICT audits", "report test findings", "legal requirements of ICT products",
                "identify ICT security risks"],
    ),
    dict(
        id="bvca-cert-offensive", kind="certificate", title="Offensive Security Specialist Certificate", ects=18,
        eqf_level=7, participation="blended", cost=0, stack_ects_required=16,
        assessment="Awarded when 16 ECTS of the linked courses are passed", path="certificates",
        description="The academy's advanced offensive track, from the first scan to red-team reporting. Awarded once "
                    "16 ECTS of the four linked courses are passed.",
        learning_outcomes=[
            "test networks and applications as an attacker would",
            "develop exploits for memory-safety bugs",
            "report offensive findings responsibly",
        ],
        skills=["perform ICT security testing", "develop code exploits", "report test findings"],
    ),
    dict(
        id="bvca-forensics-201", title="Digital Forensics and Evidence Handling", ects=5, eqf_level=6,
        participation="on-site", cost=2800, assessment="Forensic case with court-style report",
        prerequisites=["bvca-soc-101"], sessions=[("2027-04-12", "2027-04-23")], path="academy",
        description="Two weeks in the Warsaw lab: imaging disks and phones, keeping a chain of custody, and writing "
                    "findings that survive cross-examination.",
        learning_outcomes=[
            "acquire and preserve evidence from computers and mobile devices",
            "maintain chain of custody and evidence integrity",
            "analyse artefacts and present findings for legal proceedings",
        ],
        skills=["computer forensics", "perform forensic preservations of digital devices",
                "gather data for forensic purposes", "use software for data preservation", "manage data for legal matters"],
    ),
    dict(
        id="bvca-netfor-302", title="Network Forensics", ects=3, eqf_level=6, participation="online", cost=1500,
        assessment="Packet capture investigation", prerequisites=["bvca-forensics-201"], path="academy",
        description="Reconstructing an intrusion from packet captures and flow records. You query large captures, "
                    "extract transferred files and build a timeline.",
        learning_outcomes=[
            "analyse packet captures and flow data",
            "reconstruct an attacker's activity as a timeline",
            "query large evidence sets efficiently",
        ],
        skills=["implement ICT network diagnostic tools", "computer forensics", "query languages",
                "ICT network security risks"],
    ),
    dict(
        id="bvca-iot-203", title="Securing IoT and Mobile Devices", ects=3, eqf_level=5, participation="online",
        cost=1300, assessment="Device assessment report", path="academy",
        description="Cameras, sensors and company phones are easy targets. The course covers mobile device "
                    "management, firmware risks and segmenting IoT devices from the rest of the network.",
        learning_outcomes=[
            "enrol and manage mobile devices with policies",
            "assess the security of an IoT device",
            "segment and protect device networks",
        ],
        skills=["Internet of Things", "mobile device management", "mobile operating systems", "protect ICT devices"],
    ),
    dict(
        id="bvca-awareness-101", title="Bezpieczeństwo w sieci dla pracowników", hours=28, eqf_level=3,
        participation="online", cost=0, languages=["pl"], assessment="Test online", digcomp_areas=["4"],
        path="szkolenia",
        description="Krótki kurs dla wszystkich pracowników: rozpoznawanie phishingu, bezpieczne hasła, aktualizacje "
                    "i ochrona danych osobowych w codziennej pracy.",
        learning_outcomes=[
            "rozpoznawać próby phishingu i właściwie na nie reagować",
            "chronić swoje urządzenia i konta silnym uwierzytelnianiem",
            "bezpiecznie postępować z danymi osobowymi",
        ],
        skills=["protect ICT devices", "protect personal data and privacy", "safeguard online privacy and identity"],
    ),
    dict(
        id="bvca-ciso-401", title="Security Leadership for CISOs", ects=5, eqf_level=7, participation="blended",
        cost=5400, assessment="Security programme plan defended before a board panel",
        prerequisites=["bvca-ir-203"], sessions=[("2027-09-13", "2027-11-05")], path="executive",
        description="Running security as a programme, not a list of tools: risk appetite, standards, budgets, NIS2 "
                    "duties and how to report to a board that has ten minutes for you.",
        learning_outcomes=[
            "set up a security programme aligned with risk appetite",
            "map obligations from NIS2 and ISO 27001 to organisational controls",
            "report security posture to the board with decision-ready options",
        ],
        skills=["internal risk management policy", "ICT security standards", "manage IT security compliances",
                "ensure adherence to organisational ICT standards", "utilise decision support system"],
    ),
    dict(
        id="bvca-vuln-204", title="Vulnerability Management", ects=3, eqf_level=5, participation="online", cost=1200,
        assessment="Remediation plan for a scanned environment", prerequisites=["bvca-soc-101"], path="academy",
        description="Thousands of findings and a small team: how to scan, prioritise by real risk and get fixes "
                    "deployed, with metrics that show progress rather than noise.",
        learning_outcomes=[
            "run authenticated vulnerability scans",
            "prioritise findings by exploitability and business impact",
            "track remediation with meaningful metrics",
        ],
        skills=["identify ICT system weaknesses", "implement ICT risk management", "report test findings",
                "ICT security standards"],
    ),
]
