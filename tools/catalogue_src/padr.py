"""Politecnico Adriatico (IT): HPC optimisation, research computing and ICT research methods, in English and
Italian."""

PROVIDER = dict(
    slug="padr",
    provider="Politecnico Adriatico",
    country="IT",
    domain="poliadriatico.example",
    quality_assurance="Courses approved by the Academic Senate; quality monitored under the ANVUR AVA system",
    currency="EUR",
    languages=["en"],
)

ENTRIES = [
    dict(
        id="padr-hpc-101",
        title="Introduction to High-Performance Computing",
        ects=3,
        eqf_level=5,
        participation="online",
        cost=0,
        assessment="Graded lab exercises on a teaching cluster",
        path="hpc",
        description="Log in to a real cluster, write your first batch job and learn why a supercomputer "
        "is not simply a faster laptop. The course covers nodes, interconnects, shared file "
        "systems and the etiquette of sharing a machine with hundreds of other users.",
        learning_outcomes=[
            "describe the architecture of a distributed-memory cluster",
            "submit, monitor and cancel batch jobs with a workload manager",
            "write shell scripts that stage data and run parameter sweeps",
        ],
        skills=[
            "distributed computing",
            "operating systems",
            "use scripting programming",
            "ICT infrastructure",
        ],
    ),
    dict(
        id="padr-par-201",
        title="Parallel Programming with MPI and OpenMP",
        ects=5,
        eqf_level=6,
        participation="blended",
        cost=650,
        assessment="Programming assignment with scaling report",
        prerequisites=["padr-hpc-101"],
        prerequisite_skills=["C++"],
        stacks_into="padr-cert-hpc",
        sessions=[("2027-02-22", "2027-04-30")],
        path="hpc",
        description="Domain decomposition, halo exchanges and thread-level parallelism, "
        "taught on a heat-diffusion solver you extend week by week. A three-day "
        "on-site block in Ancona is spent on the cluster with the teaching team.",
        learning_outcomes=[
            "parallelise a stencil code with MPI point-to-point and collective operations",
            "add OpenMP threading inside each process and avoid data races",
            "measure strong and weak scaling and explain the limits you hit",
        ],
        skills=["use concurrent programming", "use threading techniques", "C++", "computer programming"],
    ),
    dict(
        id="padr-perf-202",
        title="Performance Analysis and Profiling of Scientific Codes",
        ects=4,
        eqf_level=6,
        participation="online",
        cost=520,
        assessment="Profiling report on a code of your choice",
        prerequisites=["padr-par-201"],
        stacks_into="padr-cert-hpc",
        path="hpc",
        description="Roofline models, hardware counters and trace viewers: you find "
        "out where a code spends its time before touching a single line. "
        "Participants may bring their own research code or use one of ours.",
        learning_outcomes=[
            "profile a parallel application and locate its hotspots",
            "use the roofline model to decide whether a kernel is memory- or compute-bound",
            "track performance over time with reproducible benchmarks",
        ],
        skills=[
            "ICT performance analysis methods",
            "conduct performance measurement",
            "monitor system performance",
            "ICT debugging tools",
        ],
    ),
    dict(
        id="padr-gpu-301",
        title="GPU Computing for Simulation and AI",
        ects=5,
        eqf_level=7,
        participation="online",
        cost=780,
        assessment="Port of a CPU kernel to GPU with performance comparison",
        prerequisites=["padr-par-201"],
        stacks_into="padr-cert-hpc",
        path="hpc",
        description="Kernels, memory hierarchies and streams on modern accelerators, "
        "then the libraries that hide most of it. The last weeks connect "
        "the same ideas to training neural networks across several GPUs.",
        learning_outcomes=[
            "write and optimise GPU kernels for data-parallel loops",
            "choose between hand-written kernels and vendor libraries",
            "distribute a training job over several GPUs",
        ],
        skills=[
            "use software libraries",
            "use concurrent programming",
            "artificial neural networks",
            "develop data processing applications",
        ],
    ),
    dict(
        id="padr-sched-302",
        title="Cluster Resource Management and Scheduling",
        ects=4,
        eqf_level=6,
        participation="online",
        cost=480,
        assessment="Capacity plan for a departmental cluster",
        prerequisites=["padr-hpc-101"],
        stacks_into="padr-cert-hpc",
        path="hpc",
        description="For the people who keep a cluster running: fair-share policies, partitions, "
        "accounting and planning next year's capacity from this year's usage.",
        learning_outcomes=[
            "configure scheduler partitions, limits and fair-share policies",
            "analyse job accounting data to plan capacity",
            "automate routine administration of compute nodes",
        ],
        skills=[
            "adjust ICT system capacity",
            "administer ICT system",
            "ICT system programming",
            "forecast future ICT network needs",
        ],
    ),
    dict(
        id="padr-cert-hpc",
        kind="certificate",
        title="Certificate in HPC Performance Engineering",
        ects=20,
        eqf_level=7,
        participation="blended",
        cost=0,
        stack_ects_required=18,
        assessment="Awarded on completion of at least 18 ECTS of the linked courses",
        path="certificates",
        description="Recognises a coherent path from parallel programming to GPU computing and cluster "
        "operations. No separate exam: it is awarded once 18 ECTS of the linked courses are passed.",
        learning_outcomes=[
            "develop and optimise parallel scientific software",
            "analyse and improve application performance on clusters and GPUs",
            "plan and run shared HPC resources",
        ],
        skills=["use concurrent programming", "ICT performance analysis methods", "distributed computing"],
    ),
    dict(
        id="padr-numerics-102",
        title="Numerical Methods for Engineers",
        ects=4,
        eqf_level=6,
        participation="online",
        cost=300,
        assessment="Written exam and MATLAB assignments",
        path="hpc",
        description="Linear systems, interpolation, ODE solvers and the errors they introduce, with MATLAB "
        "and a short excursion to Python. A sound base for anyone about to optimise simulation codes.",
        learning_outcomes=[
            "select a numerical method suited to a given engineering problem",
            "estimate and control discretisation and round-off errors",
            "implement and test numerical algorithms in MATLAB",
        ],
        skills=[
            "execute analytical mathematical calculations",
            "MATLAB",
            "algorithms",
            "task algorithmisation",
        ],
    ),
    dict(
        id="padr-fair-203",
        title="Research Data Management and FAIR Principles",
        ects=3,
        eqf_level=6,
        participation="online",
        cost=0,
        assessment="Data management plan for a real project",
        path="research",
        description="Funders now expect a data management plan, and collaborators "
        "expect to find your data again. You write a plan, choose a "
        "repository, add metadata and set up a backup routine you will keep.",
        learning_outcomes=[
            "write a data management plan that meets funder requirements",
            "publish a data set with metadata that makes it findable and reusable",
            "set up versioned backups of research data",
        ],
        skills=[
            "manage research data",
            "manage findable accessible interoperable and reusable data",
            "operate open source software",
            "use back-up and recovery tools",
        ],
    ),
    dict(
        id="padr-ricerca-401",
        title="Metodologia della ricerca in informatica",
        ects=10,
        eqf_level=7,
        participation="blended",
        cost=400,
        languages=["it", "en"],
        assessment="Proposta di ricerca e discussione orale",
        sessions=[("2027-10-11", "2027-12-17")],
        path="ricerca",
        description="Corso in italiano con materiali in inglese. Dalla domanda di ricerca "
        "al disegno dello studio: esperimenti controllati, studi con utenti, "
        "analisi quantitative e qualitative, etica e integrità scientifica.",
        learning_outcomes=[
            "formulare domande di ricerca verificabili in ambito informatico",
            "progettare uno studio quantitativo o qualitativo con utenti",
            "applicare i principi di etica e integrità della ricerca",
        ],
        skills=[
            "scientific research methodology",
            "conduct quantitative research",
            "conduct qualitative research",
            "apply research ethics and scientific integrity principles in research activities",
            "execute ICT user research activities",
        ],
    ),
    dict(
        id="padr-reverse-302",
        title="Reverse Engineering Legacy Scientific Software",
        ects=4,
        eqf_level=7,
        participation="online",
        cost=560,
        assessment="Documented reconstruction of an undocumented code",
        prerequisites=["padr-par-201"],
        path="hpc",
        description="Many simulation codes are older than their users. You learn to recover "
        "the structure and intent of an undocumented Fortran and C code base, "
        "write tests that pin its behaviour, then modernise it safely.",
        learning_outcomes=[
            "reconstruct the design of an undocumented program from its sources and behaviour",
            "write characterisation tests before changing legacy code",
            "identify numerical and logical anomalies in existing software",
        ],
        skills=[
            "apply reverse engineering",
            "software anomalies",
            "debug software",
            "use an application-specific interface",
        ],
    ),
    dict(
        id="padr-innov-303",
        title="Innovazione e trasferimento tecnologico nell'ICT",
        ects=3,
        eqf_level=7,
        participation="online",
        cost=350,
        languages=["it"],
        assessment="Business case di un risultato di ricerca",
        path="ricerca",
        description="Come un risultato di laboratorio diventa un prodotto o un servizio. Il "
        "corso tratta scouting tecnologico, brevetti, spin-off e collaborazione "
        "con le imprese, con casi tratti dal territorio marchigiano.",
        learning_outcomes=[
            "monitorare le tecnologie emergenti rilevanti per il proprio ambito",
            "valutare il potenziale di trasferimento di un risultato di ricerca",
            "redigere un business case per un'innovazione ICT",
        ],
        skills=[
            "innovate in ICT",
            "innovation processes",
            "emergent technologies",
            "keep up with the latest information systems solutions",
        ],
    ),
    dict(
        id="padr-ux-204",
        title="User-Centred Prototyping for Research Software",
        ects=3,
        eqf_level=6,
        participation="online",
        cost=280,
        assessment="Prototype and usability test report",
        path="research",
        description="Research tools often fail because nobody can use them. You interview scientists, "
        "sketch and test a clickable prototype, and turn what you observe into changes that matter.",
        learning_outcomes=[
            "plan and run user interviews and usability tests",
            "build low- and high-fidelity prototypes of an interface",
            "prioritise design changes from observed user behaviour",
        ],
        skills=[
            "use methodologies for user-centered design",
            "create prototype of user experience solutions",
            "application usability",
            "develop software prototype",
        ],
    ),
    dict(
        id="padr-green-205",
        title="Energy-Efficient Computing",
        hours=50,
        eqf_level=6,
        participation="online",
        cost=0,
        assessment="Energy audit of a workload",
        digcomp_areas=["4"],
        path="hpc",
        description="How much energy does your simulation really use, and how much could it save? The "
        "course measures power draw on CPUs and GPUs and compares tuning options by energy to solution.",
        learning_outcomes=[
            "measure the energy consumption of a computing workload",
            "choose hardware settings and job sizes that cut energy to solution",
            "report the environmental footprint of a computing project",
        ],
        skills=[
            "protect the environment from the impact of the digital technologies",
            "monitor system performance",
            "conduct performance measurement",
        ],
    ),
]
