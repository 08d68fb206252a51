"""Deccan Institute of Applied AI (IN): AI foundations, applied machine learning, vision and language, in English."""

PROVIDER = dict(
    slug="diaa", provider="Deccan Institute of Applied AI", country="IN", domain="deccan-ai.example",
    quality_assurance="Courses approved by the institute's Board of Studies; NAAC-accredited parent university",
    currency="INR", languages=["en"],
)

ENTRIES = [
    dict(
        id="diaa-ai-101", title="AI Foundations", hours=45, eqf_level=4, participation="online", cost=0,
        assessment="Auto-graded quizzes", path="programs",
        description="Search, reasoning, learning and the history of the field in six weeks. No programming required; "
                    "the emphasis is on what AI systems can and cannot do.",
        learning_outcomes=[
            "explain core approaches of artificial intelligence",
            "describe how a learning algorithm improves with data",
            "decompose a task into steps a program could follow",
        ],
        skills=["principles of artificial intelligence", "machine learning", "algorithms", "task algorithmisation"],
    ),
    dict(
        id="diaa-math-102", title="Mathematics for Machine Learning", ects=4, eqf_level=5, participation="online",
        cost=4500, assessment="Problem sets and a proctored exam", path="programs",
        description="The linear algebra, calculus and probability behind the models, taught with code rather than "
                    "proofs. Ends with principal component analysis built from scratch.",
        learning_outcomes=[
            "carry out the matrix and probability calculations used in ML",
            "explain gradient-based optimisation",
            "reduce the dimensionality of data with PCA",
        ],
        skills=["execute analytical mathematical calculations", "statistics", "perform dimensionality reduction"],
    ),
    dict(
        id="diaa-ml-201", title="Applied Machine Learning with Python", ects=5, eqf_level=5, participation="online",
        cost=12000, assessment="Kaggle-style project with written report", prerequisites=["diaa-ai-101", "diaa-math-102"],
        stacks_into="diaa-cert-aml", path="programs",
        description="From a raw CSV to a validated model: feature preparation, model selection, cross-validation and "
                    "honest reporting. Case studies come from agriculture and retail in India.",
        learning_outcomes=[
            "prepare and normalise data for machine learning",
            "train, tune and validate supervised models",
            "assemble a labelled data set for a prediction task",
        ],
        skills=["utilise machine learning", "machine learning", "Python (computer programming)", "create data sets",
                "normalise data"],
    ),
    dict(
        id="diaa-dl-202", title="Deep Learning and Neural Networks", ects=5, eqf_level=6, participation="online",
        cost=15000, assessment="Model implementation and ablation report", prerequisites=["diaa-ml-201"],
        stacks_into="diaa-cert-aml", path="programs",
        description="Feed-forward, convolutional and transformer networks built with a mainstream library. You prototype "
                    "quickly, then run careful ablations to learn what really matters.",
        learning_outcomes=[
            "design and train neural networks with a deep learning library",
            "prototype models quickly and evaluate them rigorously",
            "explain the building blocks of modern architectures",
        ],
        skills=["artificial neural networks", "use software libraries", "develop software prototype", "machine learning"],
    ),
    dict(
        id="diaa-cv-301", title="Computer Vision Engineering", ects=5, eqf_level=6, participation="blended",
        cost=18000, assessment="Vision system deployed on an edge device", prerequisites=["diaa-dl-202"],
        stacks_into="diaa-cert-aml", sessions=[("2027-07-05", "2027-08-27")], path="programs",
        description="Classical image processing and deep vision models applied to crop-disease detection. The on-campus "
                    "week in Hyderabad is spent deploying your model on a camera in the field.",
        learning_outcomes=[
            "process and augment images for vision models",
            "train and evaluate detection and classification models",
            "build a data processing application around a vision model",
        ],
        skills=["computer vision", "digital image processing", "develop data processing applications",
                "integrated development environment software"],
    ),
    dict(
        id="diaa-nlp-302", title="Natural Language Processing", ects=5, eqf_level=6, participation="online",
        cost=16000, assessment="NLP pipeline for multilingual documents", prerequisites=["diaa-dl-202"],
        stacks_into="diaa-cert-aml", path="programs",
        description="Tokenisation, embeddings, sequence labelling and retrieval-augmented generation, applied to "
                    "documents in English and Indian languages.",
        learning_outcomes=[
            "build NLP pipelines for classification and extraction",
            "work with unstructured and multilingual text",
            "evaluate language models on a realistic task",
        ],
        skills=["natural language processing", "information extraction", "unstructured data", "information categorisation"],
    ),
    dict(
        id="diaa-cert-aml", kind="certificate", title="Post-Graduate Certificate in Applied Machine Learning", ects=25,
        eqf_level=7, participation="blended", cost=0, stack_ects_required=18,
        assessment="Awarded when 18 ECTS of the linked courses are passed", path="certificates",
        description="A stackable post-graduate certificate for engineers moving into ML roles. Awarded once 18 ECTS of "
                    "the four linked courses are passed.",
        learning_outcomes=[
            "develop and evaluate machine learning and deep learning models",
            "apply ML to vision or language problems",
            "deliver ML solutions as working software",
        ],
        skills=["machine learning", "artificial neural networks", "computer vision"],
    ),
    dict(
        id="diaa-mlops-303", title="MLOps: Deploying and Monitoring Models", ects=4, eqf_level=6, participation="online",
        cost=14000, assessment="Deployed model with monitoring dashboard", prerequisites=["diaa-ml-201"],
        path="programs",
        description="Packaging models, serving them in the cloud, tracking data drift and retraining on schedule. A "
                    "model that is not monitored is a model that is quietly getting worse.",
        learning_outcomes=[
            "deploy a model as a service on cloud resources",
            "monitor model and system performance in production",
            "establish reproducible training and data processes",
        ],
        skills=["DevOps", "deploy cloud resource", "monitor system performance", "establish data processes"],
    ),
    dict(
        id="diaa-statsw-203", title="Statistical Software Development in R", ects=3, eqf_level=6,
        participation="online", cost=6000, assessment="Published R package", path="programs",
        description="Writing statistical methods as tested, documented R packages that colleagues can install and "
                    "trust.",
        learning_outcomes=[
            "develop statistical software as reusable packages",
            "apply and validate statistical analysis techniques",
            "document and test analytical code",
        ],
        skills=["develop statistical software", "R", "apply statistical analysis techniques"],
    ),
    dict(
        id="diaa-isd-304", title="Designing Intelligent Systems", ects=5, eqf_level=7, participation="online",
        cost=17000, assessment="System design dossier", prerequisites=["diaa-ml-201"], path="programs",
        description="Where the model meets the organisation: requirements, information architecture, human oversight and "
                    "system-level trade-offs for AI products.",
        learning_outcomes=[
            "analyse business requirements for an AI-enabled system",
            "design the information architecture and processes of an intelligent system",
            "apply systems theory to reason about AI in its context",
        ],
        skills=["design process", "apply ICT systems theory", "information architecture", "analyse business requirements",
                "principles of artificial intelligence"],
    ),
    dict(
        id="diaa-kbs-305", title="Knowledge-Based Systems and Ontologies", ects=3, eqf_level=6, participation="online",
        cost=7000, assessment="Ontology and rule base for a domain", path="programs",
        description="Capturing expert knowledge in ontologies and rules, and integrating it with data-driven models. "
                    "Examples come from agronomy advisory services.",
        learning_outcomes=[
            "build taxonomies and ontologies for a domain",
            "elicit and assess expert knowledge",
            "integrate semantic resources with other systems",
        ],
        skills=["create semantic trees", "assess ICT knowledge", "manage ICT semantic integration", "information structure"],
    ),
    dict(
        id="diaa-viz-204", title="Data Visualisation with Python", ects=2, eqf_level=5, participation="online",
        cost=3000, assessment="Visual report", path="programs",
        description="Plots that explain models and data to non-specialists, built with Python libraries and checked "
                    "against common perception pitfalls.",
        learning_outcomes=[
            "choose visual encodings suited to the data and audience",
            "deliver visual presentations of analysis results",
            "visualise model behaviour and errors",
        ],
        skills=["visual presentation techniques", "deliver visual presentation of data", "Python (computer programming)"],
    ),
    dict(
        id="diaa-resp-205", title="Responsible AI: Law, Privacy and Risk", hours=40, eqf_level=6,
        participation="online", cost=2500, assessment="Risk assessment of an AI system", path="programs",
        description="The EU AI Act, India's data protection law and practical risk assessment for AI systems, with "
                    "attention to confidentiality of training data.",
        learning_outcomes=[
            "classify an AI system under emerging AI regulation",
            "assess privacy and confidentiality risks of training data",
            "document mitigations in a proportionate risk assessment",
        ],
        skills=["ICT security legislation", "information confidentiality", "perform risk analysis"],
    ),
]
