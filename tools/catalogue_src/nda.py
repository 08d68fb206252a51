"""Noordzee Data Academy (NL): data engineering, databases and data warehousing, in English."""

PROVIDER = dict(
    slug="nda", provider="Noordzee Data Academy", country="NL", domain="noordzee-data.example",
    quality_assurance="Registered with the CRKBO (Dutch register of training providers); external exam board",
    currency="EUR", languages=["en"],
)

ENTRIES = [
    dict(
        id="nda-model-102", title="Data Modelling Essentials", ects=3, eqf_level=5, participation="online", cost=390,
        assessment="Modelling assignment with feedback call", stacks_into="nda-cert-dba", path="programmes",
        description="Entities, relationships, keys and normal forms, practised on the messy order system of a "
                    "Rotterdam wholesaler. You leave able to read any schema diagram and to argue for your own.",
        learning_outcomes=[
            "build a conceptual and logical data model from interviews and documents",
            "draw and explain entity-relationship diagrams",
            "normalise a schema and justify deliberate denormalisation",
        ],
        skills=["create data models", "data models", "information structure", "create database diagrams"],
    ),
    dict(
        id="nda-de-101", title="Data Engineering Foundations", ects=3, eqf_level=5, participation="online", cost=450,
        assessment="Multiple-choice exam and a small pipeline exercise", stacks_into="nda-cert-de",
        path="programmes",
        description="Where data engineering sits between source systems and analysts. You map the flow of data in a "
                    "logistics company, choose storage for each stage and set up the first automated ingestion.",
        learning_outcomes=[
            "describe batch and streaming architectures and when each fits",
            "design a data collection process with clear ownership",
            "choose suitable storage for raw, cleaned and published data",
        ],
        skills=["establish data processes", "data storage", "collect ICT data", "manage data collection systems"],
    ),
    dict(
        id="nda-etl-201", title="Building Reliable Data Pipelines", ects=5, eqf_level=6, participation="blended",
        cost=980, assessment="Pipeline project with code review", prerequisites=["nda-de-101"],
        prerequisite_skills=["Python (computer programming)", "SQL"], stacks_into="nda-cert-de",
        sessions=[("2027-03-08", "2027-04-30"), ("2027-09-20", "2027-11-12")], path="programmes",
        description="Idempotent loads, schema evolution, data contracts and alerting when yesterday's file never "
                    "arrived. Two workshop days in Utrecht are spent breaking each other's pipelines on purpose.",
        learning_outcomes=[
            "build an orchestrated ELT pipeline in Python and SQL",
            "agree and enforce data contracts between producing and consuming teams",
            "integrate data from APIs, files and databases into one platform",
        ],
        skills=["develop data processing applications", "integrate ICT data", "manage standards for data exchange",
                "Python (computer programming)", "use an application-specific interface"],
    ),
    dict(
        id="nda-dwh-202", title="Data Warehouse Design", ects=5, eqf_level=6, participation="online", cost=890,
        assessment="Warehouse design document and oral defence", prerequisites=["nda-model-102"],
        stacks_into="nda-cert-de", path="programmes",
        description="Star schemas, slowly changing dimensions and the trade-offs of a lakehouse. You design a warehouse "
                    "for a hospital group and compare three products against its requirements.",
        learning_outcomes=[
            "design a dimensional model for analytical workloads",
            "handle history with slowly changing dimensions",
            "evaluate warehouse products against business requirements",
        ],
        skills=["data warehouse", "design database scheme", "identify software for warehouse management",
                "analyse business requirements", "create software design"],
    ),
    dict(
        id="nda-migr-203", title="Data Migration and Integration", ects=5, eqf_level=6, participation="online",
        cost=760, assessment="Migration runbook and automated test suite", prerequisites=["nda-de-101"],
        stacks_into="nda-cert-de", path="programmes",
        description="Moving twenty years of records to a new platform without losing a single one. The course covers "
                    "mapping, reconciliation, XML and JSON exchange formats, and automating repeated test migrations.",
        learning_outcomes=[
            "plan a migration with mapping rules and reconciliation checks",
            "automate repeatable migration runs",
            "exchange data using XML and JSON standards",
        ],
        skills=["migrate existing data", "develop automated migration methods", "use markup languages",
                "manage standards for data exchange"],
    ),
    dict(
        id="nda-cert-de", kind="certificate", title="Professional Certificate in Data Engineering", ects=20,
        eqf_level=6, participation="blended", cost=0, stack_ects_required=17,
        assessment="Awarded when at least 17 ECTS of the linked modules are passed", path="certificates",
        description="A stackable certificate for analysts and developers moving into data engineering. It is awarded "
                    "once 17 ECTS from the four linked modules are completed.",
        learning_outcomes=[
            "design and run reliable data pipelines",
            "model and build an analytical data warehouse",
            "migrate and integrate data between systems",
        ],
        skills=["develop data processing applications", "data warehouse", "migrate existing data"],
        valid_from="2026-09-01", valid_until="2029-08-31",
    ),
    dict(
        id="nda-dba-201", title="Relational Database Administration", ects=5, eqf_level=5, participation="online",
        cost=690, assessment="Hands-on lab exam", prerequisites=["nda-model-102"], stacks_into="nda-cert-dba",
        path="programmes",
        description="Installing, configuring and keeping PostgreSQL healthy: users and roles, vacuuming, indexes, "
                    "replication and the monitoring queries every DBA keeps at hand.",
        learning_outcomes=[
            "install and configure a relational database server",
            "manage users, roles and schemas",
            "keep a database fast with indexes, statistics and maintenance jobs",
        ],
        skills=["operate relational database management system", "database management systems", "manage database",
                "maintain database performance", "administer ICT system"],
    ),
    dict(
        id="nda-dbsec-301", title="Database Security and Backup", ects=3, eqf_level=6, participation="online",
        cost=480, assessment="Security review and restore drill", prerequisites=["nda-dba-201"],
        stacks_into="nda-cert-dba", path="programmes",
        description="Encryption at rest, auditing, least privilege and point-in-time recovery. Every participant "
                    "restores a production-sized database under time pressure at least once.",
        learning_outcomes=[
            "harden a database server and audit access to sensitive tables",
            "specify backup schedules that meet recovery objectives",
            "perform a point-in-time recovery",
        ],
        skills=["maintain database security", "design database backup specifications", "perform backups",
                "system backup best practice"],
    ),
    dict(
        id="nda-dbphys-302", title="Physical Database Design and Tuning", ects=4, eqf_level=6, participation="online",
        cost=560, assessment="Tuning report on a provided workload", prerequisites=["nda-dba-201"],
        stacks_into="nda-cert-dba", path="programmes",
        description="Partitioning, storage layout, query plans and resource limits. You tune a slow reporting "
                    "workload and balance it against the transactions that share the same server.",
        learning_outcomes=[
            "define the physical structure of a database for its workload",
            "read query plans and remove bottlenecks",
            "balance resources between competing database workloads",
        ],
        skills=["define database physical structure", "balance database resources", "maintain database performance",
                "distributed computing"],
    ),
    dict(
        id="nda-cert-dba", kind="certificate", title="Certificate in Database Administration", ects=15, eqf_level=6,
        participation="online", cost=0, stack_ects_required=15,
        assessment="Awarded when all four linked modules are passed", path="certificates",
        description="Recognises the complete database administration track, from modelling to tuning and recovery.",
        learning_outcomes=[
            "administer, secure and tune relational databases",
            "plan and test backup and recovery",
            "model data for operational systems",
        ],
        skills=["manage database", "maintain database security", "create data models"],
    ),
    dict(
        id="nda-stream-301", title="Streaming and Big Data Processing", ects=5, eqf_level=7, participation="online",
        cost=950, assessment="Streaming application and design review", prerequisites=["nda-etl-201"],
        prerequisite_skills=["Python (computer programming)"], path="programmes",
        description="Sensor data from a wind farm arrives every second and never stops. You process it with a "
                    "distributed engine, handle late events and keep results consistent when nodes fail.",
        learning_outcomes=[
            "process unbounded data streams with windowing and watermarks",
            "run distributed computations over large data sets",
            "design for fault tolerance in data processing",
        ],
        skills=["analyse big data", "Scala", "distributed computing", "Hadoop"],
    ),
    dict(
        id="nda-graph-302", title="Linked Data and Knowledge Graphs", ects=4, eqf_level=6, participation="online",
        cost=640, assessment="Knowledge graph with documented queries", prerequisites=["nda-model-102"],
        path="programmes",
        description="RDF, ontologies and SPARQL applied to a heritage collection. You connect sources that were never "
                    "meant to meet and query them as one graph.",
        learning_outcomes=[
            "model a domain as an RDF graph with a light ontology",
            "query linked data with SPARQL",
            "integrate heterogeneous sources through shared vocabularies",
        ],
        skills=["resource description framework query language", "SPARQL", "manage ICT semantic integration",
                "create semantic trees", "information categorisation"],
    ),
    dict(
        id="nda-dataset-204", title="Curating Training Data Sets for Machine Learning", ects=3, eqf_level=6,
        participation="online", cost=420, assessment="Data set card and quality report", path="programmes",
        description="Models are only as good as their data. You assemble, label and document a data set, measure its "
                    "quality and bias, and publish it with a data set card.",
        learning_outcomes=[
            "assemble and label a data set fit for a stated purpose",
            "measure label quality and coverage",
            "document a data set so that others can judge its use",
        ],
        skills=["create data sets", "implement data quality processes", "manage data collection systems",
                "data quality assessment"],
    ),
    dict(
        id="nda-nosql-205", title="NoSQL Databases in Practice", ects=3, eqf_level=5, participation="online", cost=380,
        assessment="Practical assignment", path="programmes",
        description="Document, key-value, column and graph stores compared on the same product catalogue. You learn "
                    "when each shines and when a plain relational database is still the right call.",
        learning_outcomes=[
            "model data for document and key-value stores",
            "choose a database type from access patterns",
            "query and index a document database",
        ],
        skills=["NoSQL", "database", "use databases", "data storage"],
    ),
    dict(
        id="nda-cdo-401", title="Data Strategy for Leaders", ects=3, eqf_level=7, participation="blended", cost=1450,
        assessment="Data strategy paper presented to a panel", sessions=[("2027-05-17", "2027-06-25")],
        path="executive",
        description="For heads of data and aspiring chief data officers: data as an asset, operating models, "
                    "architecture choices and how to fund data quality work that nobody sees.",
        learning_outcomes=[
            "set a data strategy aligned with business goals",
            "define a target data architecture and governance roles",
            "use data to support executive decisions",
        ],
        skills=["manage ICT data architecture", "manage data", "decision support systems", "define data quality criteria"],
    ),
]
