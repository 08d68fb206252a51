"""Institut Numérique de Lyon (FR): data governance and protection, cybersecurity, citizen digital skills — in
French."""

PROVIDER = dict(
    slug="inl",
    provider="Institut Numérique de Lyon",
    country="FR",
    domain="inl-formation.example",
    quality_assurance="Certification Qualiopi ; modules validés par "
    "le conseil de perfectionnement de l'institut",
    currency="EUR",
    languages=["fr"],
)

ENTRIES = [
    dict(
        id="inl-rgpd-101",
        title="Les fondamentaux du RGPD",
        ects=3,
        eqf_level=5,
        participation="online",
        cost=0,
        assessment="Quiz en ligne et étude de cas courte",
        stacks_into="inl-cert-gouv",
        path="formations",
        description="Base légale, minimisation, durée de conservation : ce module pose les "
        "principes du règlement à partir de situations de terrain (un fichier "
        "clients, une vidéoprotection, un formulaire de recrutement). Il "
        "s'adresse aux personnes qui traitent des données sans être juristes.",
        learning_outcomes=[
            "identifier la base légale adaptée à un traitement de données personnelles",
            "appliquer les principes de minimisation et de limitation de conservation",
            "tenir à jour une fiche du registre des traitements",
        ],
        skills=[
            "GDPR",
            "data protection",
            "respect data protection principles",
            "protect personal data and privacy",
        ],
    ),
    dict(
        id="inl-dpo-201",
        title="Piloter la conformité : le métier de DPO",
        ects=5,
        eqf_level=6,
        participation="blended",
        cost=1250,
        assessment="Dossier professionnel et soutenance orale",
        prerequisites=["inl-rgpd-101"],
        stacks_into="inl-cert-gouv",
        sessions=[("2027-01-18", "2027-03-26"), ("2027-09-13", "2027-11-19")],
        path="formations",
        description="Trois journées à Lyon et six semaines à distance pour prendre la fonction de "
        "délégué à la protection des données. On y apprend à organiser la veille juridique, "
        "à répondre aux demandes d'exercice de droits et à rendre compte à la direction.",
        learning_outcomes=[
            "construire un plan de mise en conformité et le suivre dans la durée",
            "organiser une veille sur les évolutions législatives et la doctrine de la CNIL",
            "traiter une demande d'accès ou d'effacement dans les délais légaux",
            "présenter un bilan annuel de conformité à la direction",
        ],
        skills=[
            "information governance compliance",
            "ensure compliance with legal requirements",
            "monitor legislation developments",
            "ensure information privacy",
            "internal risk management policy",
        ],
    ),
    dict(
        id="inl-aipd-202",
        title="Conduire une analyse d'impact (AIPD)",
        ects=4,
        eqf_level=6,
        participation="online",
        cost=780,
        assessment="Rédaction d'une AIPD complète sur un cas fourni",
        prerequisites=["inl-rgpd-101"],
        stacks_into="inl-cert-gouv",
        path="formations",
        description="Quand un traitement présente un risque élevé, l'analyse d'impact devient "
        "obligatoire. Vous la menez de bout en bout sur un projet de "
        "télésurveillance médicale, de la description du traitement au plan d'action.",
        learning_outcomes=[
            "déterminer si une analyse d'impact est requise",
            "évaluer la gravité et la vraisemblance des risques pour les personnes",
            "proposer des mesures de sécurité proportionnées et justifiées",
        ],
        skills=[
            "perform risk analysis",
            "information confidentiality",
            "apply information security policies",
            "data protection",
        ],
    ),
    dict(
        id="inl-pssi-203",
        title="Politique de sécurité des systèmes d'information",
        ects=5,
        eqf_level=6,
        participation="online",
        cost=890,
        assessment="Rédaction d'une PSSI et revue par les pairs",
        stacks_into="inl-cert-gouv",
        path="formations",
        description="Une PSSI utile tient en quelques pages lues par tous. Le module "
        "part de la norme ISO 27001 et du guide d'hygiène de l'ANSSI pour "
        "rédiger une politique adaptée à une collectivité de taille moyenne.",
        learning_outcomes=[
            "définir une stratégie de sécurité alignée sur les objectifs de l'organisation",
            "rédiger des règles de sécurité compréhensibles et vérifiables",
            "situer les exigences des normes ISO 27001 et 27002",
        ],
        skills=[
            "information security strategy",
            "develop information security strategy",
            "define security policies",
            "ICT security standards",
        ],
    ),
    dict(
        id="inl-cert-gouv",
        kind="certificate",
        title="Certificat Gouvernance et protection des données",
        ects=18,
        eqf_level=6,
        participation="blended",
        cost=0,
        stack_ects_required=16,
        assessment="Délivré après validation d'au moins 16 ECTS parmi les modules associés",
        path="certificats",
        description="Le certificat atteste d'un parcours complet vers les fonctions "
        "de DPO ou de référent conformité. Il est délivré sans examen "
        "supplémentaire dès que 16 ECTS des modules associés sont acquis.",
        learning_outcomes=[
            "piloter la conformité d'une organisation au RGPD",
            "évaluer les risques d'un traitement et choisir les mesures adaptées",
            "articuler protection des données et sécurité de l'information",
        ],
        skills=["GDPR", "information governance compliance", "develop information security strategy"],
        valid_from="2026-09-01",
    ),
    dict(
        id="inl-qualite-201",
        title="Qualité des données : mesurer et améliorer",
        ects=4,
        eqf_level=5,
        participation="online",
        cost=520,
        assessment="Projet sur un jeu de données réel",
        path="formations",
        prerequisite_skills=["use spreadsheets software"],
        description="Doublons, valeurs manquantes, codes incohérents : vous définissez des "
        "indicateurs de qualité pour un référentiel fournisseurs, vous les mesurez "
        "puis vous mettez en place un circuit de correction qui implique les métiers.",
        learning_outcomes=[
            "définir des critères de qualité mesurables pour un jeu de données",
            "nettoyer et normaliser des données issues de plusieurs sources",
            "mettre en place un processus récurrent de contrôle qualité",
        ],
        skills=[
            "data quality assessment",
            "define data quality criteria",
            "implement data quality processes",
            "perform data cleansing",
            "normalise data",
        ],
    ),
    dict(
        id="inl-classif-301",
        title="Cartographie et classification des données",
        ects=3,
        eqf_level=6,
        participation="online",
        cost=450,
        assessment="Cartographie commentée d'un système d'information",
        prerequisites=["inl-rgpd-101"],
        path="formations",
        description="Savoir où sont les données et ce qu'elles valent. Vous "
        "cartographiez les flux d'un système d'information hospitalier, "
        "attribuez des niveaux de sensibilité et désignez des propriétaires.",
        learning_outcomes=[
            "cartographier les flux de données d'une organisation",
            "attribuer un niveau de classification et un propriétaire à chaque ensemble de données",
            "proposer une architecture de données qui respecte ces niveaux",
        ],
        skills=[
            "manage ICT data classification",
            "manage ICT data architecture",
            "information structure",
            "manage data",
        ],
    ),
    dict(
        id="inl-pix-101",
        title="Compétences numériques du quotidien",
        hours=30,
        eqf_level=3,
        participation="online",
        cost=0,
        assessment="Positionnement en ligne aligné sur DigComp",
        digcomp_areas=["1", "2"],
        path="citoyens",
        description="Un parcours gratuit pour gagner en aisance : chercher une information "
        "fiable, trier ses fichiers, échanger avec une administration en "
        "ligne. Les exercices reprennent des démarches réelles.",
        learning_outcomes=[
            "formuler une recherche efficace et filtrer les résultats",
            "juger la fiabilité d'une source d'information en ligne",
            "ranger, nommer et sauvegarder ses documents numériques",
            "partager un document en choisissant le bon niveau d'accès",
        ],
        skills=[
            "browse, search and filter data, information and digital content",
            "evaluate data, information and digital content",
            "manage data, information and digital content",
            "share through digital technologies",
            "interact through digital technologies",
        ],
    ),
    dict(
        id="inl-citoyen-102",
        title="Citoyenneté numérique et nétiquette",
        hours=28,
        eqf_level=3,
        participation="online",
        cost=0,
        assessment="Portfolio de trois mises en situation",
        digcomp_areas=["2"],
        path="citoyens",
        description="Participer à une consultation publique en ligne, travailler à "
        "plusieurs sur un document, soigner son image sur les réseaux "
        ": ce module court aborde la vie civique et sociale en ligne.",
        learning_outcomes=[
            "utiliser les services publics en ligne pour exercer ses droits",
            "collaborer sur un document partagé en respectant les règles de la nétiquette",
            "maîtriser les informations publiques associées à son identité numérique",
        ],
        skills=[
            "engage in citizenship through digital technologies",
            "use online conventions of netiquette",
            "manage digital identity",
            "collaborate through digital technologies",
        ],
    ),
    dict(
        id="inl-securite-103",
        title="Se protéger en ligne : appareils, données et bien-être",
        hours=35,
        eqf_level=3,
        participation="online",
        cost=0,
        assessment="Quiz et auto-diagnostic de ses appareils",
        digcomp_areas=["4"],
        path="citoyens",
        description="Mots de passe, mises à jour, hameçonnage, temps d'écran et sobriété numérique. Chaque "
        "séquence se termine par une action concrète à faire sur son propre téléphone ou ordinateur.",
        learning_outcomes=[
            "sécuriser ses appareils avec des mises à jour, un "
            "verrouillage et un gestionnaire de mots de passe",
            "reconnaître une tentative d'hameçonnage et réagir",
            "adopter des pratiques numériques respectueuses de sa santé et de l'environnement",
        ],
        skills=[
            "protect ICT devices",
            "protect personal data and privacy",
            "protect health and well-being while using digital technologies",
            "protect the environment from the impact of the digital technologies",
        ],
    ),
    dict(
        id="inl-cyber-201",
        title="Initiation à la cybersécurité pour les PME",
        ects=3,
        eqf_level=4,
        participation="online",
        cost=290,
        assessment="Étude de cas et QCM",
        prerequisites=["inl-securite-103"],
        path="formations",
        description="Rançongiciels, fraude au président, compromission de messagerie "
        ": vous apprenez comment ces attaques se déroulent dans une "
        "petite entreprise et quelles protections simples les arrêtent.",
        learning_outcomes=[
            "décrire les principaux vecteurs d'attaque visant les PME",
            "mettre en place un antivirus géré et des sauvegardes hors ligne",
            "rédiger une fiche réflexe en cas d'incident",
        ],
        skills=[
            "cyber security",
            "attack vectors",
            "cyber attack counter-measures",
            "implement anti-virus software",
        ],
    ),
    dict(
        id="inl-audit-302",
        title="Audit de sécurité des systèmes d'information",
        ects=6,
        eqf_level=7,
        participation="blended",
        cost=1400,
        assessment="Mission d'audit encadrée et rapport",
        prerequisites=["inl-pssi-203"],
        sessions=[("2027-05-10", "2027-07-02")],
        path="formations",
        description="Pour les professionnels confirmés qui veulent conduire un audit "
        "organisationnel et technique. Vous préparez un programme d'audit, menez "
        "des entretiens et rédigez un rapport avec des constats hiérarchisés.",
        learning_outcomes=[
            "préparer un programme d'audit à partir d'un référentiel",
            "conduire des entretiens et des vérifications techniques",
            "rédiger des constats hiérarchisés et des recommandations réalistes",
        ],
        skills=[
            "audit techniques",
            "execute ICT audits",
            "manage IT security compliances",
            "ICT quality policy",
            "ensure adherence to organisational ICT standards",
        ],
    ),
    dict(
        id="inl-crise-303",
        title="Continuité d'activité et gestion de crise cyber",
        ects=4,
        eqf_level=6,
        participation="on-site",
        cost=980,
        assessment="Exercice de crise simulé et retour d'expérience",
        prerequisites=["inl-pssi-203"],
        sessions=[("2027-06-14", "2027-06-18")],
        path="formations",
        description="Une semaine en présentiel autour d'un exercice de crise grandeur "
        "nature. Les participants tiennent tour à tour les rôles de "
        "cellule de crise, de communication et d'équipe technique.",
        learning_outcomes=[
            "élaborer un plan de continuité d'activité",
            "animer un exercice de crise et en tirer les enseignements",
            "intégrer les risques numériques dans la gestion des risques de l'organisation",
        ],
        skills=[
            "maintain plan for continuity of operations",
            "lead disaster recovery exercises",
            "implement ICT risk management",
            "risk management",
        ],
    ),
    dict(
        id="inl-sensib-104",
        title="Sensibiliser ses équipes à la confidentialité",
        hours=40,
        eqf_level=5,
        participation="online",
        cost=240,
        assessment="Conception d'une action de sensibilisation",
        path="formations",
        description="Pour les référents et managers chargés de faire passer le message. Vous concevez une "
        "courte action de sensibilisation, la testez auprès de collègues et mesurez son effet.",
        learning_outcomes=[
            "expliquer simplement les règles de confidentialité de l'organisation",
            "concevoir une action de sensibilisation adaptée à un public",
            "mesurer l'effet d'une campagne de sensibilisation",
        ],
        skills=[
            "educate on data confidentiality",
            "information confidentiality",
            "apply information security policies",
        ],
    ),
]
