"""Universidad Abierta de Levante (ES): data analysis, AI foundations and digital skills for adults — in
Spanish."""

PROVIDER = dict(
    slug="ual",
    provider="Universidad Abierta de Levante",
    country="ES",
    domain="ual-formacion.example",
    quality_assurance="Títulos propios aprobados por el Consejo de Gobierno; "
    "seguimiento por la Unidad de Calidad (AUDIT)",
    currency="EUR",
    languages=["es"],
)

ENTRIES = [
    dict(
        id="ual-datos-101",
        title="Introducción al análisis de datos con hojas de cálculo",
        ects=3,
        eqf_level=4,
        participation="online",
        cost=0,
        assessment="Ejercicios autocorregidos y una tarea final",
        path="cursos",
        description="Un primer contacto con los datos sin instalar nada especial: tablas dinámicas, "
        "funciones de búsqueda y estadísticas descriptivas sobre datos abiertos del paro "
        "registrado. Pensado para personal administrativo que quiere dar el salto al análisis.",
        learning_outcomes=[
            "importar y ordenar datos abiertos en una hoja de cálculo",
            "resumir un conjunto de datos con medidas de tendencia central y dispersión",
            "interpretar tablas dinámicas y explicar lo que muestran",
        ],
        skills=["use spreadsheets software", "statistics", "interpret current data", "collect ICT data"],
    ),
    dict(
        id="ual-sql-102",
        title="SQL para el análisis de datos",
        ects=4,
        eqf_level=5,
        participation="online",
        cost=320,
        assessment="Prueba práctica con consultas sobre una base de datos real",
        stacks_into="ual-cert-datos",
        path="cursos",
        description="Consultas, uniones, agregaciones y funciones de ventana sobre "
        "la base de datos de una cadena de librerías. Se insiste en leer "
        "bien un modelo de datos antes de escribir la primera consulta.",
        learning_outcomes=[
            "escribir consultas SQL con uniones, agrupaciones y subconsultas",
            "leer un modelo entidad-relación y localizar la información necesaria",
            "usar funciones de ventana para rankings y acumulados",
        ],
        skills=["SQL", "query languages", "use databases", "data models"],
    ),
    dict(
        id="ual-python-201",
        title="Python para el análisis de datos",
        ects=5,
        eqf_level=5,
        participation="online",
        cost=420,
        assessment="Proyecto con cuaderno Jupyter evaluado por rúbrica",
        prerequisites=["ual-datos-101"],
        stacks_into="ual-cert-datos",
        path="cursos",
        description="De la hoja de cálculo a pandas. Limpiará y transformará datos reales "
        "de calidad del aire, con valores perdidos y formatos mezclados, y "
        "dejará un flujo reproducible que otra persona pueda ejecutar.",
        learning_outcomes=[
            "cargar, filtrar y transformar datos tabulares con pandas",
            "detectar y tratar valores perdidos, duplicados y atípicos",
            "normalizar variables y documentar cada paso del tratamiento",
        ],
        skills=[
            "Python (computer programming)",
            "use data processing techniques",
            "perform data cleansing",
            "normalise data",
            "process data",
        ],
    ),
    dict(
        id="ual-estad-202",
        title="Estadística aplicada con R",
        ects=5,
        eqf_level=6,
        participation="blended",
        cost=480,
        assessment="Examen práctico y breve informe",
        prerequisites=["ual-datos-101"],
        stacks_into="ual-cert-datos",
        sessions=[("2027-02-15", "2027-04-09")],
        path="cursos",
        description="Contrastes de hipótesis, regresión y diseño de muestras con R, con "
        "dos sesiones presenciales en el campus de Alicante. Los ejemplos "
        "proceden de encuestas sanitarias y de satisfacción de clientes.",
        learning_outcomes=[
            "elegir y aplicar el contraste estadístico adecuado a una pregunta",
            "ajustar e interpretar un modelo de regresión lineal",
            "comunicar la incertidumbre de un resultado sin tecnicismos",
        ],
        skills=[
            "apply statistical analysis techniques",
            "statistics",
            "execute analytical mathematical calculations",
            "R",
            "develop statistical software",
        ],
    ),
    dict(
        id="ual-visual-203",
        title="Visualización de datos y cuadros de mando",
        ects=4,
        eqf_level=5,
        participation="online",
        cost=360,
        assessment="Cuadro de mando publicado y defensa en vídeo",
        prerequisites=["ual-sql-102"],
        stacks_into="ual-cert-datos",
        path="cursos",
        description="Qué gráfico elegir, cómo evitar los que engañan y cómo montar "
        "un cuadro de mando que alguien quiera abrir cada lunes. El "
        "proyecto final usa datos de ventas de una cooperativa agrícola.",
        learning_outcomes=[
            "seleccionar el tipo de gráfico adecuado para cada mensaje",
            "diseñar un cuadro de mando interactivo para un público directivo",
            "redactar un informe de resultados claro y honesto",
        ],
        skills=[
            "visual presentation techniques",
            "deliver visual presentation of data",
            "business intelligence",
            "report analysis results",
        ],
    ),
    dict(
        id="ual-cert-datos",
        kind="certificate",
        title="Experto Universitario en Análisis de Datos",
        ects=20,
        eqf_level=6,
        participation="blended",
        cost=0,
        stack_ects_required=18,
        assessment="Se obtiene al superar al menos 18 ECTS de los cursos asociados",
        path="titulos",
        description="Título propio que reconoce un itinerario completo de análisis "
        "de datos, desde SQL hasta la visualización. No tiene examen "
        "adicional: basta con reunir 18 ECTS de los cursos asociados.",
        learning_outcomes=[
            "analizar datos de principio a fin con SQL, Python y R",
            "aplicar métodos estadísticos y comunicar resultados",
            "construir cuadros de mando útiles para la toma de decisiones",
        ],
        skills=["apply statistical analysis techniques", "SQL", "deliver visual presentation of data"],
    ),
    dict(
        id="ual-mineria-301",
        title="Minería de datos y big data",
        ects=5,
        eqf_level=6,
        participation="online",
        cost=540,
        assessment="Proyecto en grupo con memoria técnica",
        prerequisites=["ual-python-201"],
        path="cursos",
        description="Agrupamiento, reglas de asociación y detección de anomalías sobre millones "
        "de registros de transporte público. Se trabaja en un clúster compartido y "
        "se discute cuándo el volumen justifica herramientas distribuidas.",
        learning_outcomes=[
            "aplicar técnicas de agrupamiento y reglas de asociación",
            "procesar grandes volúmenes de datos en un entorno distribuido",
            "extraer patrones de datos no estructurados y semiestructurados",
        ],
        skills=["data mining", "perform data mining", "analyse big data", "Hadoop", "unstructured data"],
    ),
    dict(
        id="ual-olap-302",
        title="Inteligencia de negocio y análisis OLAP",
        ects=4,
        eqf_level=6,
        participation="online",
        cost=450,
        assessment="Caso práctico evaluado",
        prerequisites=["ual-sql-102"],
        path="cursos",
        description="Cubos, dimensiones y medidas para responder preguntas de "
        "negocio en segundos. Integrará datos de tres sistemas distintos "
        "en un modelo común y lo pondrá al servicio de la dirección.",
        learning_outcomes=[
            "diseñar un cubo OLAP con dimensiones y jerarquías",
            "integrar datos de varias fuentes en un modelo analítico común",
            "apoyar decisiones con un sistema de información directiva",
        ],
        skills=[
            "online analytical processing",
            "integrate ICT data",
            "decision support systems",
            "utilise decision support system",
        ],
    ),
    dict(
        id="ual-ia-101",
        title="Fundamentos de la inteligencia artificial",
        hours=50,
        eqf_level=4,
        participation="online",
        cost=0,
        assessment="Cuestionarios y un pequeño experimento guiado",
        path="cursos",
        description="Qué es y qué no es la inteligencia artificial. Se repasan búsqueda, "
        "aprendizaje automático y redes neuronales con ejemplos visuales, "
        "sin necesidad de programar, y se debaten sus límites y riesgos.",
        learning_outcomes=[
            "explicar los principales enfoques de la inteligencia artificial",
            "distinguir aprendizaje supervisado, no supervisado y por refuerzo",
            "describir a grandes rasgos cómo funciona un algoritmo de clasificación",
        ],
        skills=["principles of artificial intelligence", "machine learning", "algorithms"],
    ),
    dict(
        id="ual-texto-303",
        title="Extracción de información de textos",
        ects=4,
        eqf_level=6,
        participation="online",
        cost=460,
        assessment="Proyecto de extracción evaluado con métricas",
        prerequisites=["ual-python-201"],
        path="cursos",
        description="Reconocimiento de entidades, clasificación de documentos y extracción de relaciones "
        "en textos jurídicos en castellano. Se comparan reglas, modelos clásicos y modelos de lenguaje.",
        learning_outcomes=[
            "extraer entidades y relaciones de textos no estructurados",
            "clasificar documentos en categorías definidas",
            "evaluar un sistema de extracción con precisión y exhaustividad",
        ],
        skills=[
            "information extraction",
            "natural language processing",
            "information categorisation",
            "utilise regular expressions",
        ],
    ),
    dict(
        id="ual-recom-304",
        title="Sistemas de recomendación",
        ects=5,
        eqf_level=7,
        participation="online",
        cost=610,
        assessment="Artículo técnico breve y prototipo",
        prerequisites=["ual-python-201", "ual-estad-202"],
        path="cursos",
        description="Filtrado colaborativo, factorización de matrices y evaluación fuera de línea con "
        "datos de una plataforma de lectura. Un curso avanzado para quien ya domina Python y estadística.",
        learning_outcomes=[
            "construir un sistema de recomendación basado en filtrado colaborativo",
            "evaluar recomendaciones con métricas fuera de línea",
            "discutir sesgos y efectos de burbuja en recomendaciones",
        ],
        skills=["build recommender systems", "machine learning", "perform dimensionality reduction"],
    ),
    dict(
        id="ual-digital-101",
        title="Competencias digitales para buscar empleo",
        hours=25,
        eqf_level=3,
        participation="blended",
        cost=0,
        assessment="Portafolio con currículum en línea y candidatura enviada",
        digcomp_areas=["1", "2", "3"],
        sessions=[("2027-01-11", "2027-02-05"), ("2027-04-05", "2027-04-30")],
        path="empleo",
        description="Taller gratuito con sesiones en bibliotecas municipales: buscar "
        "ofertas, preparar un currículum en línea, cuidar la presencia "
        "en redes profesionales y presentarse a una entrevista por vídeo.",
        learning_outcomes=[
            "buscar y filtrar ofertas de empleo en portales fiables",
            "elaborar un currículum digital y adaptarlo a cada oferta",
            "cuidar la identidad digital profesional",
        ],
        skills=[
            "browse, search and filter data, information and digital content",
            "develop digital content",
            "manage digital identity",
            "interact through digital technologies",
        ],
    ),
    dict(
        id="ual-contenidos-102",
        title="Crear contenidos digitales: textos, imágenes y licencias",
        hours=45,
        eqf_level=3,
        participation="online",
        cost=0,
        assessment="Tres producciones evaluadas por pares",
        digcomp_areas=["3"],
        path="empleo",
        description="Aprenderá a producir una infografía, un vídeo corto y una presentación, a reutilizar "
        "materiales ajenos respetando sus licencias y a publicar los suyos con Creative Commons.",
        learning_outcomes=[
            "crear contenidos sencillos en varios formatos",
            "reutilizar y modificar contenidos respetando las licencias",
            "elegir una licencia adecuada para publicar su trabajo",
        ],
        skills=[
            "develop digital content",
            "integrate and re-elaborate digital content",
            "copyright and licenses related to digital content",
            "digital content creation",
        ],
    ),
    dict(
        id="ual-problemas-103",
        title="Resolver problemas con la tecnología",
        hours=40,
        eqf_level=3,
        participation="online",
        cost=0,
        assessment="Diario de retos resueltos",
        digcomp_areas=["5"],
        path="empleo",
        description="Cuando algo no funciona: diagnosticar un fallo del ordenador, elegir la herramienta "
        "adecuada para una tarea y saber qué competencia digital le conviene reforzar a continuación.",
        learning_outcomes=[
            "diagnosticar y resolver problemas técnicos habituales",
            "elegir herramientas digitales adecuadas a una necesidad",
            "identificar sus propias carencias digitales y planificar cómo cubrirlas",
        ],
        skills=[
            "solve technical problems",
            "identify technological needs",
            "creatively use digital technologies",
            "identify digital competence gaps",
            "problem-solving with digital tools",
        ],
    ),
]
