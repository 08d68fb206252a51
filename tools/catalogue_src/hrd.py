"""Hochschule Rheinland-Digital (DE): cloud security and system administration, mostly in German."""

PROVIDER = dict(
    slug="hrd", provider="Hochschule Rheinland-Digital", country="DE", domain="hrd-weiterbildung.example",
    quality_assurance="Systemakkreditierte Hochschule; Module durch den Prüfungsausschuss der Hochschule genehmigt",
    currency="EUR", languages=["de"],
)

ENTRIES = [
    dict(
        id="hrd-cloud-101", title="Grundlagen des Cloud Computing", ects=3, eqf_level=4, participation="online",
        cost=0, assessment="Online-Test mit offenen und geschlossenen Fragen", path="kurse",
        description="Der Einstiegskurs erklärt, was IaaS, PaaS und SaaS im Alltag eines Betriebs bedeuten und wann sich "
                    "eine Cloud-Lösung überhaupt lohnt. Sie richten einen eigenen virtuellen Server ein und vergleichen "
                    "die Kostenmodelle dreier Anbieter an einem Beispiel aus dem Mittelstand.",
        learning_outcomes=[
            "Servicemodelle (IaaS, PaaS, SaaS) und Bereitstellungsmodelle voneinander abgrenzen",
            "einen virtuellen Linux-Server in einer öffentlichen Cloud starten, absichern und wieder löschen",
            "die laufenden Kosten eines kleinen Cloud-Projekts abschätzen und begründen",
        ],
        skills=["cloud technologies", "SaaS (service-oriented modelling)", "operating systems", "deploy cloud resource"],
    ),
    dict(
        id="hrd-cloudsec-201", title="Cloud-Sicherheit und Compliance", ects=5, eqf_level=5, participation="online",
        cost=690, assessment="Fallstudie mit schriftlicher Ausarbeitung", prerequisites=["hrd-cloud-101"],
        stacks_into="hrd-cert-cloudsec", path="kurse",
        description="Wer trägt in der Cloud wofür Verantwortung? Das Modul arbeitet das Shared-Responsibility-Modell an "
                    "realen Vorfällen auf und übersetzt BSI C5, ISO 27017 und die DSGVO in prüfbare Konfigurationen. "
                    "Schlüsselverwaltung und Verschlüsselung ruhender Daten werden praktisch geübt.",
        learning_outcomes=[
            "Sicherheitsanforderungen aus C5 und ISO 27017 auf eine konkrete Cloud-Umgebung abbilden",
            "Schlüssel in einem Key-Management-Dienst anlegen, rotieren und Zugriffe darauf protokollieren",
            "Compliance-Abweichungen mit Richtlinien-Scannern erkennen und priorisieren",
            "rechtliche Vorgaben zur Auftragsverarbeitung in Verträge mit Cloud-Anbietern einbringen",
        ],
        skills=["cloud security and compliance", "implement cloud security and compliance",
                "manage keys for data protection", "ICT security legislation", "ICT encryption"],
    ),
    dict(
        id="hrd-iam-202", title="Identitäts- und Zugriffsmanagement in der Cloud", ects=4, eqf_level=5,
        participation="online", cost=540, assessment="Praktische Prüfung in einer Laborumgebung",
        prerequisites=["hrd-cloud-101"], stacks_into="hrd-cert-cloudsec", path="kurse",
        description="Die meisten Cloud-Einbrüche beginnen mit zu großzügigen Rechten. Sie entwerfen ein Rollenkonzept nach "
                    "dem Least-Privilege-Prinzip, binden einen Verzeichnisdienst per Single Sign-on an und prüfen "
                    "Berechtigungen automatisiert.",
        learning_outcomes=[
            "ein rollenbasiertes Berechtigungskonzept für mehrere Teams entwerfen",
            "Mehrfaktor-Authentifizierung und Single Sign-on für Cloud-Konten einrichten",
            "überflüssige Berechtigungen mit Analysewerkzeugen finden und entziehen",
        ],
        skills=["maintain ICT identity management", "use access control software", "manage system security",
                "manage digital identity"],
    ),
    dict(
        id="hrd-cloudnet-203", title="Sichere Cloud-Netzwerke entwerfen", ects=5, eqf_level=6, participation="blended",
        cost=790, assessment="Entwurfsprojekt mit Fachgespräch", prerequisites=["hrd-cloud-101"],
        stacks_into="hrd-cert-cloudsec", sessions=[("2027-03-01", "2027-04-16"), ("2027-09-06", "2027-10-22")],
        path="kurse",
        description="Virtuelle Netze, Subnetze, Sicherheitsgruppen und private Endpunkte: Sie planen die Netzwerkschicht "
                    "einer Drei-Schichten-Anwendung und verbinden sie per VPN mit einem Firmenstandort. Zwei "
                    "Präsenztage in Köln sind dem gemeinsamen Review der Entwürfe gewidmet.",
        learning_outcomes=[
            "eine segmentierte Netzarchitektur für eine Cloud-Anwendung entwerfen und dokumentieren",
            "Firewall-Regeln und Sicherheitsgruppen nach dem Prinzip der minimalen Öffnung festlegen",
            "eine Site-to-Site-VPN-Verbindung zwischen Rechenzentrum und Cloud einrichten",
            "Netzwerkentwürfe anderer Teams begründet bewerten",
        ],
        skills=["design cloud networks", "implement a firewall", "define firewall rules",
                "implement a virtual private network", "ICT network security risks"],
    ),
    dict(
        id="hrd-cloudir-301", title="Incident Response in Cloud-Umgebungen", ects=5, eqf_level=6, participation="online",
        cost=820, assessment="Simulationsübung (Tabletop) mit Abschlussbericht",
        prerequisites=["hrd-cloudsec-201"], stacks_into="hrd-cert-cloudsec", path="kurse",
        description="Ein kompromittierter Zugangsschlüssel um drei Uhr nachts: In simulierten Vorfällen üben Sie Erkennung, "
                    "Eindämmung und Wiederanlauf. Sie bauen Alarme auf Basis von Cloud-Logs und schreiben ein "
                    "Notfallhandbuch, das auch unter Zeitdruck lesbar bleibt.",
        learning_outcomes=[
            "Sicherheitsrelevante Ereignisse aus Cloud-Protokollen überwachen und Alarme definieren",
            "einen Sicherheitsvorfall in der Cloud eindämmen und Beweise sichern",
            "einen Wiederanlaufplan erstellen und in einer Übung erproben",
        ],
        skills=["respond to incidents in cloud", "cloud monitoring and reporting", "manage disaster recovery plans",
                "lead disaster recovery exercises"],
    ),
    dict(
        id="hrd-cert-cloudsec", kind="certificate", title="Hochschulzertifikat Cloud Security Engineering", ects=20,
        eqf_level=6, participation="blended", cost=0, stack_ects_required=18,
        assessment="Vergabe nach Abschluss der zugehörigen Module; kein eigener Prüfungsteil",
        path="zertifikate",
        description="Das Zertifikat bündelt vier Module zu einem Profil für Cloud-Sicherheit. Es wird vergeben, sobald "
                    "mindestens 18 ECTS aus den zugeordneten Modulen nachgewiesen sind; die Modulgebühren decken es ab.",
        learning_outcomes=[
            "Cloud-Umgebungen sicher planen, betreiben und prüfen",
            "auf Sicherheitsvorfälle in der Cloud strukturiert reagieren",
            "Compliance-Anforderungen in technische Maßnahmen übersetzen",
        ],
        skills=["cloud security and compliance", "respond to incidents in cloud", "design cloud networks"],
        valid_from="2026-10-01",
    ),
    dict(
        id="hrd-linux-101", title="Linux-Systemadministration kompakt", ects=4, eqf_level=4, participation="on-site",
        cost=450, assessment="Praktische Prüfung am Rechner", stacks_into="hrd-cert-sysadmin",
        sessions=[("2027-02-08", "2027-02-19"), ("2027-06-07", "2027-06-18")], path="kurse",
        description="Zwei intensive Wochen im Labor in Köln: Benutzer, Dienste, Paketverwaltung, Protokolle und "
                    "Shell-Skripte. Am Ende betreuen Sie einen kleinen Server selbstständig und automatisieren "
                    "wiederkehrende Aufgaben mit Bash.",
        learning_outcomes=[
            "Benutzer, Gruppen und Dateirechte auf einem Linux-System verwalten",
            "Systemdienste starten, überwachen und Fehler anhand von Protokollen eingrenzen",
            "wiederkehrende Verwaltungsaufgaben mit Shell-Skripten automatisieren",
        ],
        skills=["operating systems", "administer ICT system", "use scripting programming", "solve ICT system problems",
                "maintain ICT system"],
    ),
    dict(
        id="hrd-backup-102", title="Datensicherung und Wiederherstellung", hours=55, eqf_level=4, participation="online",
        cost=220, assessment="Praktische Aufgabe mit Wiederherstellungstest", stacks_into="hrd-cert-sysadmin",
        path="kurse",
        description="Ein Backup ist erst so gut wie die letzte erfolgreiche Wiederherstellung. Der Kurs behandelt die "
                    "3-2-1-Regel, Versionierung gegen Ransomware und das regelmäßige Testen von Restores.",
        learning_outcomes=[
            "eine Sicherungsstrategie mit Aufbewahrungsfristen für ein kleines Unternehmen festlegen",
            "Sicherungen mit gängigen Werkzeugen einrichten und ihre Integrität prüfen",
            "eine vollständige Wiederherstellung durchführen und die Dauer dokumentieren",
        ],
        skills=["perform backups", "use back-up and recovery tools", "system backup best practice",
                "implement ICT recovery system"],
    ),
    dict(
        id="hrd-virt-201", title="Virtualisierung und Container-Plattformen", ects=5, eqf_level=5, participation="blended",
        cost=640, assessment="Projektarbeit mit Präsentation", prerequisites=["hrd-linux-101"],
        stacks_into="hrd-cert-sysadmin", sessions=[("2027-04-12", "2027-05-28")], path="kurse",
        description="Von der klassischen Hypervisor-Umgebung zu Containern: Sie betreiben virtuelle Maschinen und "
                    "Container nebeneinander, planen Ressourcen und spielen Updates ohne Ausfallzeit ein.",
        learning_outcomes=[
            "virtuelle Maschinen und Container auf einer gemeinsamen Infrastruktur betreiben",
            "Rechen- und Speicherkapazität nach Lastprofilen planen und anpassen",
            "Änderungen an der Plattform nachvollziehbar planen und zurückrollen",
        ],
        skills=["manage ICT virtualisation environments", "ICT infrastructure", "adjust ICT system capacity",
                "manage changes in ICT system"],
    ),
    dict(
        id="hrd-iac-202", title="Infrastructure as Code with Ansible", ects=4, eqf_level=5, participation="online",
        cost=560, languages=["en", "de"], assessment="Graded automation project (Git repository review)",
        prerequisites=["hrd-linux-101"], stacks_into="hrd-cert-sysadmin", path="courses",
        description="Taught in English with German support sessions. You turn a hand-built server into reproducible "
                    "playbooks, keep them in version control and run them from a pipeline, so that rebuilding a "
                    "machine becomes a routine job rather than an adventure.",
        learning_outcomes=[
            "write idempotent Ansible playbooks and roles for common server tasks",
            "keep infrastructure code under version control with reviews and tags",
            "trigger provisioning from a CI pipeline and read its failures",
        ],
        skills=["Ansible", "automate cloud tasks", "DevOps", "tools for software configuration management"],
    ),
    dict(
        id="hrd-cert-sysadmin", kind="certificate", title="Zertifikat Systemadministration (Linux & Virtualisierung)",
        ects=15, eqf_level=5, participation="blended", cost=0, stack_ects_required=15,
        assessment="Vergabe nach Abschluss aller vier zugeordneten Module", path="zertifikate",
        description="Ein kompaktes Profil für angehende Administratorinnen und Administratoren. Es wird vergeben, wenn "
                    "alle vier Module mit zusammen 15 ECTS bestanden sind.",
        learning_outcomes=[
            "Linux-Server und virtuelle Umgebungen zuverlässig betreiben",
            "Datensicherung und Wiederherstellung planen und testen",
            "Infrastruktur automatisiert und reproduzierbar bereitstellen",
        ],
        skills=["administer ICT system", "manage ICT virtualisation environments", "perform backups"],
    ),
    dict(
        id="hrd-cloudmig-301", title="Cloud Migration Planning", ects=5, eqf_level=6, participation="online", cost=750,
        languages=["en"], assessment="Migration plan and peer review", prerequisites=["hrd-cloud-101", "hrd-virt-201"],
        path="courses",
        description="An English-language module for teams moving legacy workloads. You assess an application portfolio, "
                    "choose between rehosting and refactoring for each system, and script the data transfer so that "
                    "the cut-over weekend holds no surprises.",
        learning_outcomes=[
            "classify workloads with the common migration strategies and justify the choice",
            "plan and automate the transfer of existing data with a rollback path",
            "refactor a monolithic component into a managed cloud service",
        ],
        skills=["plan migration to cloud", "migrate existing data", "do cloud refactoring",
                "develop automated migration methods"],
    ),
    dict(
        id="hrd-cloudarch-302", title="Cloud-Architekturen für komplexe Organisationen", ects=8, eqf_level=7,
        participation="blended", cost=1150, assessment="Architekturentwurf mit Verteidigung vor einer Jury",
        prerequisites=["hrd-cloudsec-201", "hrd-cloudmig-301"], sessions=[("2027-10-04", "2027-12-10")],
        valid_until="2028-09-30", path="kurse",
        description="Für erfahrene Fachkräfte: mehrere Konten, Regionen und Geschäftsbereiche unter einem Dach. Sie "
                    "entwerfen eine Landing Zone mit Governance-Regeln und stimmen Softwarearchitektur und "
                    "Betriebsmodell aufeinander ab.",
        learning_outcomes=[
            "eine Multi-Account-Architektur mit zentralen Leitplanken entwerfen",
            "Softwarearchitektur und Zielplattform aufeinander abstimmen",
            "Architekturentscheidungen mit Blick auf Organisation, Kosten und Risiko begründen",
        ],
        skills=["design cloud architecture", "design for organisational complexity",
                "align software with system architectures", "systems theory", "systems development life-cycle"],
    ),
    dict(
        id="hrd-clouddb-303", title="Datenbanken in der Cloud", ects=4, eqf_level=5, participation="online", cost=480,
        assessment="Laborprüfung", prerequisites=["hrd-cloud-101"], path="kurse",
        description="Verwaltete relationale Datenbanken, Objektspeicher und Schlüssel-Wert-Speicher im Vergleich. Sie "
                    "entwerfen ein Datenmodell für einen Webshop, wählen den passenden Speicherdienst und richten "
                    "Replikation sowie Sicherungen ein.",
        learning_outcomes=[
            "den passenden Speicher- oder Datenbankdienst für ein Nutzungsprofil auswählen",
            "eine Datenbank in der Cloud mit Replikation und Sicherung betreiben",
            "Lebenszyklusregeln für Objektspeicher festlegen",
        ],
        skills=["design database in the cloud", "manage cloud data and storage", "database development tools", "NoSQL"],
    ),
    dict(
        id="hrd-clouddev-204", title="Developing with Cloud Services", ects=5, eqf_level=5, participation="online",
        cost=620, languages=["en"], assessment="Programming project with code review", prerequisites=["hrd-cloud-101"],
        prerequisite_skills=["Python (computer programming)"], path="courses",
        description="You build a small event-driven application from managed services: functions, queues, object storage "
                    "and an API gateway. Debugging in a distributed setting and writing a clear service specification "
                    "get as much attention as the code itself.",
        learning_outcomes=[
            "build a serverless application from managed cloud services",
            "debug a distributed application with logs and traces",
            "read a service specification and turn it into working integrations",
            "build a working prototype quickly and decide what to harden",
        ],
        skills=["develop with cloud services", "debug software", "ICT system integration", "develop software prototype",
                "analyse software specifications"],
    ),
]
