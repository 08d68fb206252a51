"""More training lines for the intent classifier, built from templates x slot fillers per language (session
21, issue #12): the hand-written lines of `data/utterances.jsonl` name a few jobs and topics in a few
registers, so the classifier learned those words with the act. Here every act the frozen turns miss most
(state_skills, set_goal, search, plan, refine, explain, out_of_scope), and set_constraints and explore beside
them, gets phrasings in all eight languages and Hinglish /
Banglish (Latin script, under `hi` / `bn` as in the utterance file), each filled with several jobs, skills and
topics, in the registers learners write: first person, an adviser's third person ("my client", "she"), a
label ("goal: ..."), long turns, and the same line lower-cased without diacritics or final
punctuation (`plain`). The labels follow the dialogue set's: a bare list of subjects ("html css javascript")
is a search, not a statement of skills, and a new topic after a list ("and about backups?") a search, not a
refinement; the first retrain had templates of both and turned such tune turns (session 21).

Only `train.py` reads them (the classifier's training set, split `train`); the vocabularies built from the
utterance file (`typos`, `umlauts`, `vi_marks`) do not. No line may be a turn of the evaluation sets
(`tests/test_act_templates.py`). Pure and deterministic: the fillers of each template are chosen by a seeded
generator."""

from __future__ import annotations

import random
import unicodedata
from functools import lru_cache
from itertools import product

from pathfinder.assistant.nlu.classifier import load_utterances

PER_TEMPLATE = 3  # filled lines per template
SEED = 21

# {lang: {slot: [fillers]}}; {skill} and {skill2} draw from "skill", {job} from "job", {topic} from "topic"
FILLERS: dict[str, dict[str, list[str]]] = {
    "en": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["200", "500", "800", "1000"],
        "job": [
            "network technician",
            "software tester",
            "business analyst",
            "web designer",
            "data analyst",
            "systems administrator",
            "security analyst",
            "helpdesk technician",
            "cloud developer",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "C#", "Tableau", "bash", "HTML"],
        "topic": [
            "cloud computing",
            "databases",
            "Linux administration",
            "web development",
            "project management",
            "artificial intelligence",
            "cyber security",
            "data visualisation",
            "network security",
        ],
        "role": ["teacher", "cashier", "warehouse worker", "bookkeeper", "nurse", "call centre agent"],
    },
    "de": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["200", "500", "800", "1000"],
        "job": [
            "Netzwerktechniker",
            "Softwaretester",
            "Business Analyst",
            "Webdesignerin",
            "Datenanalyst",
            "Systemadministrator",
            "IT-Sicherheitsanalystin",
            "Fachinformatiker",
            "Cloud-Entwickler",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "C#", "Tableau", "Bash", "HTML"],
        "topic": [
            "Cloud Computing",
            "Datenbanken",
            "Linux-Administration",
            "Webentwicklung",
            "Projektmanagement",
            "künstliche Intelligenz",
            "IT-Sicherheit",
            "Datenvisualisierung",
            "Netzwerksicherheit",
        ],
        "role": ["Lehrerin", "Kassierer", "Lagerarbeiter", "Buchhalterin", "Krankenpfleger", "Verkäuferin"],
    },
    "es": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["200", "500", "800", "1000"],
        "job": [
            "técnico de redes",
            "tester de software",
            "analista de negocio",
            "diseñadora web",
            "analista de datos",
            "administrador de sistemas",
            "analista de seguridad",
            "desarrollador cloud",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "C#", "Tableau", "bash", "HTML"],
        "topic": [
            "computación en la nube",
            "bases de datos",
            "administración de Linux",
            "desarrollo web",
            "gestión de proyectos",
            "inteligencia artificial",
            "ciberseguridad",
            "visualización de datos",
        ],
        "role": ["profesora", "cajero", "mozo de almacén", "contable", "enfermera", "teleoperador"],
    },
    "fr": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["200", "500", "800", "1000"],
        "job": [
            "technicien réseau",
            "testeur logiciel",
            "analyste métier",
            "webdesigneuse",
            "analyste de données",
            "administrateur systèmes",
            "analyste sécurité",
            "développeur cloud",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "C#", "Tableau", "bash", "HTML"],
        "topic": [
            "cloud computing",
            "bases de données",
            "administration Linux",
            "développement web",
            "gestion de projet",
            "intelligence artificielle",
            "cybersécurité",
            "visualisation de données",
        ],
        "role": ["professeure", "caissier", "magasinier", "comptable", "infirmière", "conseiller clientèle"],
    },
    "fi": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["200", "500", "800", "1000"],
        "job": [
            "verkkoasentajaksi",
            "ohjelmistotestaajaksi",
            "liiketoiminta-analyytikoksi",
            "verkkosuunnittelijaksi",
            "data-analyytikoksi",
            "järjestelmäasiantuntijaksi",
            "tietoturva-analyytikoksi",
            "pilvikehittäjäksi",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "C#", "Tableau", "bash", "HTML"],
        "topic": [
            "pilvipalveluista",
            "tietokannoista",
            "Linux-ylläpidosta",
            "web-kehityksestä",
            "projektinhallinnasta",
            "tekoälystä",
            "kyberturvallisuudesta",
            "datan visualisoinnista",
        ],
        "role": [
            "opettaja",
            "kassa",
            "varastotyöntekijä",
            "kirjanpitäjä",
            "sairaanhoitaja",
            "asiakaspalvelija",
        ],
    },
    "vi": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["2", "3", "5", "10"],
        "job": [
            "kỹ thuật viên mạng",
            "kiểm thử phần mềm",
            "chuyên viên phân tích nghiệp vụ",
            "thiết kế web",
            "chuyên viên phân tích dữ liệu",
            "quản trị hệ thống",
            "chuyên viên bảo mật",
            "lập trình viên cloud",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "C#", "Tableau", "bash", "HTML"],
        "topic": [
            "điện toán đám mây",
            "cơ sở dữ liệu",
            "quản trị Linux",
            "phát triển web",
            "quản lý dự án",
            "trí tuệ nhân tạo",
            "an toàn thông tin",
            "trực quan hóa dữ liệu",
        ],
        "role": ["giáo viên", "thu ngân", "công nhân kho", "kế toán", "y tá", "nhân viên tổng đài"],
    },
    "hi": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["2", "3", "5", "10"],
        "job": [
            "नेटवर्क टेक्नीशियन",
            "सॉफ्टवेयर टेस्टर",
            "बिज़नेस एनालिस्ट",
            "वेब डिज़ाइनर",
            "डेटा एनालिस्ट",
            "सिस्टम एडमिनिस्ट्रेटर",
            "सिक्योरिटी एनालिस्ट",
            "क्लाउड डेवलपर",
        ],
        "skill": ["Excel", "SQL", "जावा", "लिनक्स", "JavaScript", "Power BI", "C#", "Tableau", "HTML"],
        "topic": [
            "क्लाउड कंप्यूटिंग",
            "डेटाबेस",
            "लिनक्स एडमिनिस्ट्रेशन",
            "वेब डेवलपमेंट",
            "प्रोजेक्ट मैनेजमेंट",
            "आर्टिफिशियल इंटेलिजेंस",
            "साइबर सुरक्षा",
            "डेटा विज़ुअलाइज़ेशन",
        ],
        "role": ["शिक्षक", "कैशियर", "गोदाम कर्मचारी", "अकाउंटेंट", "नर्स", "कॉल सेंटर एजेंट"],
    },
    "bn": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["2", "3", "5", "10"],
        "job": [
            "নেটওয়ার্ক টেকনিশিয়ান",
            "সফটওয়্যার টেস্টার",
            "বিজনেস অ্যানালিস্ট",
            "ওয়েব ডিজাইনার",
            "ডেটা অ্যানালিস্ট",
            "সিস্টেম অ্যাডমিনিস্ট্রেটর",
            "সিকিউরিটি অ্যানালিস্ট",
            "ক্লাউড ডেভেলপার",
        ],
        "skill": ["Excel", "SQL", "জাভা", "লিনাক্স", "JavaScript", "Power BI", "C#", "Tableau", "HTML"],
        "topic": [
            "ক্লাউড কম্পিউটিং",
            "ডেটাবেস",
            "লিনাক্স অ্যাডমিনিস্ট্রেশন",
            "ওয়েব ডেভেলপমেন্ট",
            "প্রজেক্ট ম্যানেজমেন্ট",
            "আর্টিফিশিয়াল ইন্টেলিজেন্স",
            "সাইবার নিরাপত্তা",
            "ডেটা ভিজ্যুয়ালাইজেশন",
        ],
        "role": ["শিক্ষক", "ক্যাশিয়ার", "গুদাম কর্মী", "হিসাবরক্ষক", "নার্স", "কল সেন্টার এজেন্ট"],
    },
    "hi-Latn": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["2", "3", "5", "10"],
        "job": [
            "network technician",
            "software tester",
            "business analyst",
            "web designer",
            "data analyst",
            "system admin",
            "security analyst",
            "cloud developer",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "C#", "Tableau", "HTML"],
        "topic": [
            "cloud computing",
            "database",
            "linux admin",
            "web development",
            "project management",
            "AI",
            "cyber security",
            "data visualisation",
        ],
        "role": ["teacher", "cashier", "warehouse worker", "accountant", "nurse", "call centre agent"],
    },
    "bn-Latn": {
        "hours": ["3", "4", "6", "8", "10"],
        "money": ["200", "500", "800", "1000"],
        "job": [
            "network technician",
            "software tester",
            "business analyst",
            "web designer",
            "data analyst",
            "system admin",
            "security analyst",
        ],
        "skill": ["Excel", "SQL", "Java", "Linux", "JavaScript", "Power BI", "HTML"],
        "topic": [
            "cloud computing",
            "database",
            "linux admin",
            "web development",
            "project management",
            "AI",
            "cyber security",
        ],
        "role": ["teacher", "cashier", "accountant", "nurse", "call centre agent"],
    },
}

# {lang: {act: [templates]}}
TEMPLATES: dict[str, dict[str, list[str]]] = {
    "en": {
        "set_constraints": [
            "I only have {hours} hours a week for this",
            "my budget is around {money} euros, and I need to finish by summer",
            "she can study evenings only, about {hours} hours weekly",
        ],
        "explore": [
            "I have no idea which direction to take",
            "my client is lost and doesn't know what to study",
            "what could someone like me do next, career-wise?",
        ],
        "state_skills": [
            "I'm good at {skill} and I know some {skill2}",
            "my client knows {skill} and has used {skill2} at work for years",
            "she has solid {skill} skills and some {skill2}",
            "worked as a {role} for 5 years, I use {skill} every day and picked up {skill2} on my own",
            "i already have experience with {skill} and {skill2}",
            "skills: {skill}, {skill2}",
        ],
        "set_goal": [
            "I'd like to work as a {job} one day",
            "my client wants to become a {job}",
            "target job: {job}",
            "i want to switch to being a {job}",
            "he is aiming for a {job} role next year",
            "currently a {role} but i really want to be a {job}",
        ],
        "search": [
            "do you have courses about {topic}?",
            "looking for training in {topic}",
            "{topic} courses",
            "something on {topic} for my colleague please",
            "are there any classes on {topic} for beginners",
            "find me a certificate in {topic}",
        ],
        "plan": [
            "which courses should I take, in what order, to become a {job}?",
            "give me a step by step learning path to {job}",
            "ok, now build the plan",
            "what do I do first, then next?",
            "lay out the route to {job} for my client",
            "so where do i begin",
        ],
        "refine": [
            "only the cheaper ones",
            "any that are shorter?",
            "just the ones in German",
            "show only part-time options",
            "less than 30 hours please",
        ],
        "explain": [
            "tell me more about that course",
            "what does the third one teach?",
            "what will I learn in it",
            "more details on the first one please",
            "what's the content of that certificate",
        ],
        "out_of_scope": [
            "what time is it in Tokyo",
            "tell me a funny joke",
            "how do I fix my washing machine",
            "translate this into Italian for me",
            "what's the capital of Peru",
            "any good movies on tonight?",
        ],
    },
    "de": {
        "set_constraints": [
            "ich habe nur {hours} Stunden pro Woche dafür",
            "mein Budget liegt bei etwa {money} Euro und ich muss bis zum Sommer fertig sein",
            "sie kann nur abends lernen, etwa {hours} Stunden die Woche",
        ],
        "explore": [
            "ich weiß nicht, in welche Richtung ich gehen soll",
            "meine Klientin ist orientierungslos und weiß nicht, was sie lernen soll",
            "was könnte jemand wie ich beruflich machen?",
        ],
        "state_skills": [
            "ich kann gut {skill} und ein bisschen {skill2}",
            "mein Klient beherrscht {skill} und arbeitet seit Jahren mit {skill2}",
            "sie hat solide Kenntnisse in {skill} und etwas {skill2}",
            "ich war 5 Jahre {role}, nutze täglich {skill} und habe mir {skill2} selbst beigebracht",
            "ich habe schon Erfahrung mit {skill} und {skill2}",
            "Kenntnisse: {skill}, {skill2}",
        ],
        "set_goal": [
            "ich würde gern irgendwann als {job} arbeiten",
            "mein Klient möchte {job} werden",
            "Zielberuf: {job}",
            "ich will umsteigen und {job} werden",
            "er strebt nächstes Jahr eine Stelle als {job} an",
            "bin zurzeit {role}, möchte aber unbedingt {job} werden",
        ],
        "search": [
            "habt ihr Kurse über {topic}?",
            "ich suche eine Weiterbildung in {topic}",
            "Kurse {topic}",
            "etwas zu {topic} für meine Kollegin bitte",
            "gibt es Einsteigerkurse zu {topic}",
            "such mir ein Zertifikat in {topic}",
        ],
        "plan": [
            "welche Kurse soll ich in welcher Reihenfolge machen, um {job} zu werden?",
            "gib mir einen Lernpfad Schritt für Schritt zum {job}",
            "ok, jetzt erstell den Plan",
            "was mache ich zuerst und was danach?",
            "zeig den Weg zum {job} für meinen Klienten",
            "wo fange ich also an",
        ],
        "refine": [
            "nur die günstigeren",
            "gibt es kürzere?",
            "nur die auf Englisch",
            "nur Teilzeit-Angebote zeigen",
            "weniger als 30 Stunden bitte",
        ],
        "explain": [
            "erzähl mir mehr über diesen Kurs",
            "was lernt man im dritten?",
            "was lerne ich da",
            "mehr Details zum ersten bitte",
            "was ist der Inhalt dieses Zertifikats",
        ],
        "out_of_scope": [
            "wie spät ist es in Tokio",
            "erzähl mir einen Witz",
            "wie repariere ich meine Waschmaschine",
            "übersetz das bitte ins Italienische",
            "was ist die Hauptstadt von Peru",
            "läuft heute ein guter Film?",
        ],
    },
    "es": {
        "set_constraints": [
            "solo tengo {hours} horas a la semana para esto",
            "mi presupuesto es de unos {money} euros y tengo que terminar antes del verano",
            "ella solo puede estudiar por las tardes, unas {hours} horas semanales",
        ],
        "explore": [
            "no sé qué dirección tomar",
            "mi cliente está perdido y no sabe qué estudiar",
            "¿qué podría hacer alguien como yo profesionalmente?",
        ],
        "state_skills": [
            "se manejar bien {skill} y algo de {skill2}",
            "mi cliente domina {skill} y lleva años usando {skill2} en el trabajo",
            "ella tiene buenos conocimientos de {skill} y algo de {skill2}",
            "fui {role} 5 años, uso {skill} a diario y aprendí {skill2} por mi cuenta",
            "ya tengo experiencia con {skill} y {skill2}",
            "conocimientos: {skill}, {skill2}",
        ],
        "set_goal": [
            "me gustaría trabajar de {job} algún día",
            "mi cliente quiere ser {job}",
            "puesto objetivo: {job}",
            "quiero cambiar y ser {job}",
            "él aspira a un puesto de {job} el año que viene",
            "ahora soy {role} pero de verdad quiero ser {job}",
        ],
        "search": [
            "¿tenéis cursos sobre {topic}?",
            "busco formación en {topic}",
            "cursos {topic}",
            "algo de {topic} para mi compañera por favor",
            "hay cursos de {topic} para principiantes",
            "encuéntrame un certificado en {topic}",
        ],
        "plan": [
            "¿qué cursos hago y en qué orden para ser {job}?",
            "dame una ruta de aprendizaje paso a paso para {job}",
            "vale, ahora arma el plan",
            "¿qué hago primero y qué después?",
            "traza el camino a {job} para mi cliente",
            "entonces por dónde empiezo",
        ],
        "refine": [
            "solo los más baratos",
            "¿hay alguno más corto?",
            "solo los que son en inglés",
            "muestra solo opciones a tiempo parcial",
            "menos de 30 horas por favor",
        ],
        "explain": [
            "cuéntame más de ese curso",
            "¿qué se enseña en el tercero?",
            "qué voy a aprender ahí",
            "más detalles del primero por favor",
            "cuál es el contenido de ese certificado",
        ],
        "out_of_scope": [
            "qué hora es en Tokio",
            "cuéntame un chiste",
            "cómo arreglo mi lavadora",
            "tradúceme esto al italiano",
            "cuál es la capital de Perú",
            "¿echan alguna peli buena esta noche?",
        ],
    },
    "fr": {
        "set_constraints": [
            "je n'ai que {hours} heures par semaine pour ça",
            "mon budget est d'environ {money} euros et je dois finir avant l'été",
            "elle ne peut étudier que le soir, environ {hours} heures par semaine",
        ],
        "explore": [
            "je ne sais pas quelle direction prendre",
            "ma cliente est perdue et ne sait pas quoi étudier",
            "qu'est-ce que quelqu'un comme moi pourrait faire comme métier ?",
        ],
        "state_skills": [
            "je me débrouille bien en {skill} et un peu en {skill2}",
            "mon client maîtrise {skill} et utilise {skill2} au travail depuis des années",
            "elle a de bonnes bases en {skill} et un peu de {skill2}",
            "j'ai été {role} 5 ans, j'utilise {skill} tous les jours et j'ai appris {skill2} seul",
            "j'ai déjà de l'expérience avec {skill} et {skill2}",
            "compétences : {skill}, {skill2}",
        ],
        "set_goal": [
            "j'aimerais travailler comme {job} un jour",
            "mon client veut devenir {job}",
            "métier visé : {job}",
            "je veux me reconvertir en {job}",
            "il vise un poste de {job} l'an prochain",
            "je suis {role} mais je veux vraiment devenir {job}",
        ],
        "search": [
            "vous avez des formations sur {topic} ?",
            "je cherche une formation en {topic}",
            "formations {topic}",
            "un truc sur {topic} pour ma collègue svp",
            "il y a des cours de {topic} pour débutants",
            "trouve-moi un certificat en {topic}",
        ],
        "plan": [
            "quelles formations suivre et dans quel ordre pour devenir {job} ?",
            "donne-moi un parcours étape par étape vers {job}",
            "ok, maintenant fais le plan",
            "je fais quoi d'abord, et ensuite ?",
            "trace le chemin vers {job} pour mon client",
            "du coup je commence où",
        ],
        "refine": [
            "seulement les moins chères",
            "il y en a des plus courtes ?",
            "juste celles en anglais",
            "montre seulement les options à temps partiel",
            "moins de 30 heures svp",
        ],
        "explain": [
            "dis-m'en plus sur cette formation",
            "qu'est-ce qu'on apprend dans la troisième ?",
            "je vais apprendre quoi dedans",
            "plus de détails sur la première svp",
            "c'est quoi le contenu de ce certificat",
        ],
        "out_of_scope": [
            "quelle heure est-il à Tokyo",
            "raconte-moi une blague",
            "comment réparer ma machine à laver",
            "traduis ça en italien",
            "quelle est la capitale du Pérou",
            "il y a un bon film ce soir ?",
        ],
    },
    "fi": {
        "set_constraints": [
            "minulla on tähän vain {hours} tuntia viikossa",
            "budjettini on noin {money} euroa ja pitää valmistua kesään mennessä",
            "hän voi opiskella vain iltaisin, noin {hours} tuntia viikossa",
        ],
        "explore": [
            "en tiedä mihin suuntaan lähtisin",
            "asiakkaani on hukassa eikä tiedä mitä opiskella",
            "mitä minunlaiseni voisi tehdä työkseen?",
        ],
        "state_skills": [
            "osaan hyvin {skill}:n ja vähän {skill2}:ta",
            "asiakkaani hallitsee {skill}:n ja on käyttänyt {skill2}:ta töissä vuosia",
            "hänellä on hyvä {skill}-osaaminen ja vähän {skill2}:ta",
            "olin {role} 5 vuotta, käytän {skill}:ia päivittäin ja opettelin {skill2}:n itse",
            "minulla on jo kokemusta {skill}:stä ja {skill2}:sta",
            "osaaminen: {skill}, {skill2}",
        ],
        "set_goal": [
            "haluaisin joskus töihin {job}",
            "asiakkaani haluaa {job}",
            "tavoiteammatti: {job}",
            "haluan vaihtaa alaa ja ryhtyä {job}",
            "hän tähtää ensi vuonna {job}",
            "olen nyt {role} mutta haluan tosissani {job}",
        ],
        "search": [
            "löytyykö teiltä kursseja {topic}?",
            "etsin koulutusta {topic}",
            "kurssit {topic}",
            "jotain {topic} kollegalleni kiitos",
            "onko aloittelijoille kursseja {topic}",
            "etsi minulle sertifikaatti {topic}",
        ],
        "plan": [
            "mitkä kurssit ja missä järjestyksessä, jotta pääsen {job}?",
            "anna askel askeleelta opintopolku {job}",
            "ok, tee nyt suunnitelma",
            "mitä teen ensin ja mitä sen jälkeen?",
            "piirrä asiakkaalleni reitti {job}",
            "mistä siis aloitan",
        ],
        "refine": [
            "vain halvemmat",
            "onko lyhyempiä?",
            "vain englanninkieliset",
            "näytä vain osa-aikaiset",
            "alle 30 tuntia kiitos",
        ],
        "explain": [
            "kerro lisää siitä kurssista",
            "mitä kolmannessa opetetaan?",
            "mitä siinä opin",
            "lisätietoja ensimmäisestä kiitos",
            "mikä on sen sertifikaatin sisältö",
        ],
        "out_of_scope": [
            "paljonko kello on Tokiossa",
            "kerro vitsi",
            "miten korjaan pesukoneeni",
            "käännä tämä italiaksi",
            "mikä on Perun pääkaupunki",
            "tuleeko tänään hyvää leffaa?",
        ],
    },
    "vi": {
        "set_constraints": [
            "tôi chỉ có {hours} tiếng mỗi tuần cho việc này",
            "ngân sách của tôi khoảng {money} triệu và phải học xong trước mùa hè",
            "chị ấy chỉ rảnh buổi tối, tầm {hours} tiếng một tuần",
        ],
        "explore": [
            "tôi không biết nên đi theo hướng nào",
            "học viên của tôi đang mông lung, không biết học gì",
            "người như tôi thì có thể làm nghề gì?",
        ],
        "state_skills": [
            "tôi dùng {skill} tốt và biết một ít {skill2}",
            "khách hàng của tôi thành thạo {skill} và đã dùng {skill2} nhiều năm ở công ty",
            "chị ấy có kiến thức {skill} vững và biết chút {skill2}",
            "em làm {role} 5 năm, dùng {skill} hằng ngày và tự học {skill2}",
            "tôi đã có kinh nghiệm với {skill} và {skill2}",
            "kỹ năng: {skill}, {skill2}",
        ],
        "set_goal": [
            "tôi muốn sau này làm {job}",
            "khách hàng của tôi muốn trở thành {job}",
            "nghề mục tiêu: {job}",
            "em muốn chuyển sang làm {job}",
            "anh ấy nhắm tới vị trí {job} vào năm sau",
            "hiện em là {role} nhưng rất muốn làm {job}",
        ],
        "search": [
            "có khóa nào về {topic} không?",
            "tôi đang tìm khóa đào tạo {topic}",
            "khóa học {topic}",
            "tìm giúp đồng nghiệp tôi khóa về {topic}",
            "có lớp {topic} cho người mới không",
            "tìm cho tôi chứng chỉ {topic}",
        ],
        "plan": [
            "nên học những khóa nào và theo thứ tự nào để làm {job}?",
            "cho tôi lộ trình từng bước để thành {job}",
            "ok, giờ lập kế hoạch đi",
            "em làm gì trước, rồi làm gì sau?",
            "vạch lộ trình {job} cho học viên của tôi",
            "vậy tôi bắt đầu từ đâu",
        ],
        "refine": [
            "chỉ những khóa rẻ hơn",
            "có khóa nào ngắn hơn không?",
            "chỉ khóa bằng tiếng Anh",
            "chỉ hiện các lựa chọn bán thời gian",
            "dưới 30 giờ thôi",
        ],
        "explain": [
            "nói thêm về khóa đó",
            "khóa thứ ba dạy gì?",
            "học khóa đó thì được gì",
            "cho thêm chi tiết về khóa đầu tiên",
            "nội dung của chứng chỉ đó là gì",
        ],
        "out_of_scope": [
            "ở Tokyo bây giờ là mấy giờ",
            "kể cho tôi một câu chuyện cười",
            "sửa máy giặt thế nào",
            "dịch câu này sang tiếng Ý giúp tôi",
            "thủ đô của Peru là gì",
            "tối nay có phim gì hay không?",
        ],
    },
    "hi": {
        "set_constraints": [
            "मेरे पास इसके लिए हफ्ते में सिर्फ {hours} घंटे हैं",
            "मेरा बजट लगभग {money} हज़ार रुपये है और गर्मियों तक पूरा करना है",
            "वह सिर्फ शाम को पढ़ सकती हैं, हफ्ते में करीब {hours} घंटे",
        ],
        "explore": [
            "मुझे नहीं पता किस दिशा में जाऊँ",
            "मेरा क्लाइंट उलझन में है, उसे नहीं पता क्या पढ़े",
            "मेरे जैसा कोई आगे क्या काम कर सकता है?",
        ],
        "state_skills": [
            "मुझे {skill} अच्छी तरह आता है और थोड़ा {skill2} भी",
            "मेरे क्लाइंट को {skill} आता है और वह सालों से काम पर {skill2} इस्तेमाल करते हैं",
            "उन्हें {skill} की अच्छी जानकारी है और थोड़ा {skill2}",
            "मैं 5 साल {role} रहा, रोज़ {skill} चलाता हूँ और {skill2} खुद सीखा",
            "मुझे पहले से {skill} और {skill2} का अनुभव है",
            "कौशल: {skill}, {skill2}",
        ],
        "set_goal": [
            "मैं एक दिन {job} के रूप में काम करना चाहूँगा",
            "मेरा क्लाइंट {job} बनना चाहता है",
            "लक्ष्य नौकरी: {job}",
            "मैं बदलकर {job} बनना चाहती हूँ",
            "वह अगले साल {job} की नौकरी चाहते हैं",
            "अभी मैं {role} हूँ लेकिन सच में {job} बनना चाहता हूँ",
        ],
        "search": [
            "क्या {topic} पर कोर्स हैं?",
            "मैं {topic} की ट्रेनिंग ढूंढ रहा हूँ",
            "{topic} कोर्स",
            "मेरे सहकर्मी के लिए {topic} पर कुछ दिखाइए",
            "क्या शुरुआती लोगों के लिए {topic} की क्लास है",
            "मेरे लिए {topic} का सर्टिफिकेट ढूंढो",
        ],
        "plan": [
            "{job} बनने के लिए कौन से कोर्स किस क्रम में करूँ?",
            "{job} तक का कदम दर कदम रास्ता दीजिए",
            "ठीक है, अब प्लान बनाओ",
            "पहले क्या करूँ और फिर क्या?",
            "मेरे क्लाइंट के लिए {job} तक का रास्ता बनाइए",
            "तो मैं कहाँ से शुरू करूँ",
        ],
        "refine": [
            "सिर्फ सस्ते वाले",
            "कोई छोटा कोर्स है?",
            "सिर्फ अंग्रेज़ी वाले",
            "सिर्फ पार्ट टाइम वाले दिखाओ",
            "30 घंटे से कम वाले",
        ],
        "explain": [
            "उस कोर्स के बारे में और बताइए",
            "तीसरे वाले में क्या पढ़ाते हैं?",
            "इसमें मैं क्या सीखूँगा",
            "पहले वाले की और जानकारी दीजिए",
            "उस सर्टिफिकेट में क्या-क्या है",
        ],
        "out_of_scope": [
            "टोक्यो में अभी क्या समय है",
            "एक चुटकुला सुनाओ",
            "मेरी वॉशिंग मशीन कैसे ठीक करूँ",
            "इसका इटालियन में अनुवाद करो",
            "पेरू की राजधानी क्या है",
            "आज रात कोई अच्छी फिल्म है?",
        ],
    },
    "bn": {
        "set_constraints": [
            "এর জন্য আমার সপ্তাহে মাত্র {hours} ঘণ্টা আছে",
            "আমার বাজেট প্রায় {money} হাজার টাকা আর গরমের আগে শেষ করতে হবে",
            "উনি শুধু সন্ধ্যায় পড়তে পারেন, সপ্তাহে প্রায় {hours} ঘণ্টা",
        ],
        "explore": [
            "আমি জানি না কোন দিকে যাব",
            "আমার ক্লায়েন্ট দিশেহারা, কী পড়বেন জানেন না",
            "আমার মতো কেউ পেশায় কী করতে পারে?",
        ],
        "state_skills": [
            "আমি {skill} ভালো পারি আর একটু {skill2} জানি",
            "আমার ক্লায়েন্ট {skill} জানেন আর বহু বছর ধরে কাজে {skill2} ব্যবহার করছেন",
            "ওনার {skill} এ ভালো দখল আছে আর একটু {skill2}",
            "আমি ৫ বছর {role} ছিলাম, রোজ {skill} ব্যবহার করি আর নিজে {skill2} শিখেছি",
            "আমার আগে থেকেই {skill} আর {skill2} এর অভিজ্ঞতা আছে",
            "দক্ষতা: {skill}, {skill2}",
        ],
        "set_goal": [
            "আমি একদিন {job} হিসেবে কাজ করতে চাই",
            "আমার ক্লায়েন্ট {job} হতে চান",
            "লক্ষ্য চাকরি: {job}",
            "আমি পেশা বদলে {job} হতে চাই",
            "উনি আগামী বছর {job} পদে যেতে চান",
            "এখন আমি {role} কিন্তু সত্যিই {job} হতে চাই",
        ],
        "search": [
            "{topic} নিয়ে কোর্স আছে?",
            "আমি {topic} এর প্রশিক্ষণ খুঁজছি",
            "{topic} কোর্স",
            "আমার সহকর্মীর জন্য {topic} নিয়ে কিছু দেখান",
            "নতুনদের জন্য {topic} এর ক্লাস আছে কি",
            "আমার জন্য {topic} এর সার্টিফিকেট খুঁজে দাও",
        ],
        "plan": [
            "{job} হতে কোন কোর্সগুলো কোন ক্রমে করব?",
            "{job} হওয়ার ধাপে ধাপে পথ দিন",
            "ঠিক আছে, এবার প্ল্যানটা বানাও",
            "প্রথমে কী করব আর তারপর কী?",
            "আমার ক্লায়েন্টের জন্য {job} হওয়ার পথ সাজিয়ে দিন",
            "তাহলে আমি কোথা থেকে শুরু করি",
        ],
        "refine": [
            "শুধু সস্তাগুলো",
            "আরও ছোট কোনো কোর্স আছে?",
            "শুধু ইংরেজিতে যেগুলো",
            "শুধু পার্ট টাইম গুলো দেখাও",
            "৩০ ঘণ্টার কম",
        ],
        "explain": [
            "ওই কোর্সটা সম্পর্কে আরও বলুন",
            "তৃতীয়টায় কী পড়ায়?",
            "এটাতে আমি কী শিখব",
            "প্রথমটার আরও বিস্তারিত দিন",
            "ওই সার্টিফিকেটে কী কী আছে",
        ],
        "out_of_scope": [
            "টোকিওতে এখন কটা বাজে",
            "একটা জোকস বলো",
            "আমার ওয়াশিং মেশিন কীভাবে ঠিক করব",
            "এটা ইতালীয় ভাষায় অনুবাদ করো",
            "পেরুর রাজধানী কী",
            "আজ রাতে ভালো সিনেমা আছে?",
        ],
    },
    "hi-Latn": {
        "set_constraints": [
            "hafte me bas {hours} ghante nikal sakta hu",
            "budget {money} hazaar tak hai",
        ],
        "explore": [
            "pata nahi kis direction me jau",
            "mere jaisa banda aage kya kar sakta hai",
        ],
        "state_skills": [
            "mujhe {skill} acche se aata hai aur thoda {skill2}",
            "mere client ko {skill} aata hai aur kaam pe {skill2} use karte hai",
            "maine 5 saal {role} ka kaam kiya, roz {skill} use karta hu",
            "mujhe pehle se {skill} aur {skill2} ka experience hai",
        ],
        "set_goal": [
            "mujhe aage chalke {job} banna hai",
            "mera client {job} banna chahta hai",
            "abhi {role} hu par {job} banna chahta hu",
            "main {job} ki job karna chahti hu",
        ],
        "search": [
            "{topic} ke courses hai kya",
            "{topic} ki training dhoondh raha hu",
            "{topic} pe kuch dikhao",
            "beginners ke liye {topic} class hai kya",
        ],
        "plan": [
            "{job} banne ke liye kaunse course kis order me karu",
            "{job} ka step by step rasta batao",
            "ab plan bana do",
            "pehle kya karu phir kya",
        ],
        "refine": [
            "sirf saste wale",
            "chhote wale hai kya",
            "sirf part time wale dikhao",
            "30 ghante se kam wale",
        ],
        "explain": [
            "us course ke baare me aur batao",
            "teesre wale me kya padhate hai",
            "isme kya seekhunga",
        ],
        "out_of_scope": [
            "tokyo me abhi kitne baje hai",
            "ek joke sunao",
            "washing machine kaise theek karu",
            "peru ki capital kya hai",
        ],
    },
    "bn-Latn": {
        "set_constraints": [
            "amar hate shoptahe {hours} ghonta ache",
        ],
        "explore": [
            "ki korbo bujhte parchi na",
        ],
        "state_skills": [
            "ami {skill} bhalo pari ar ektu {skill2} jani",
            "amar {skill} ar {skill2} er experience ache",
        ],
        "set_goal": [
            "ami future e {job} hote chai",
            "amar client {job} hote chay",
        ],
        "search": [
            "{topic} niye course ache?",
            "{topic} er course dekhao",
        ],
        "plan": [
            "{job} hote kon course kon order e korbo",
            "ekta plan baniye dao",
        ],
        "refine": [
            "shudhu shosta gulo",
            "choto kono course ache?",
        ],
        "explain": [
            "oi course ta niye aro bolo",
            "tritiyo ta te ki shekhay",
        ],
        "out_of_scope": [
            "ekta joke bolo",
            "peru r rajdhani ki",
        ],
    },
}


# session 22: two conventions of the hand-written lines and the dialogue set that the templates above lacked,
# so the template-trained model read them against the set (docs/BENCHMARKS.md, session 22): a wish to learn
# a subject is a goal (the field), not a search ("I want to learn web development properly"); asking what one
# can do after a course is about that course (explain), not a plan ("was kann ich danach machen?"). Filled
# after the lines above with their own seed, so those stay as they were.
CONVENTIONS: dict[str, dict[str, list[str]]] = {
    "en": {
        "set_goal": ["I want to learn {topic}", "my goal is to get into {topic}, starting from zero"],
        "explain": [
            "what can I do once I've finished the {topic} course?",
            "where does the {topic} course lead afterwards?",
        ],
    },
    "de": {
        "set_goal": ["ich will {topic} lernen", "mein Ziel ist, in {topic} reinzukommen, ganz von vorn"],
        "explain": ["was kann ich nach dem Kurs zu {topic} machen?", "wohin führt der {topic}-Kurs danach?"],
    },
    "es": {
        "set_goal": ["quiero aprender {topic}", "mi meta es meterme en {topic} empezando de cero"],
        "explain": [
            "¿qué puedo hacer cuando termine el curso de {topic}?",
            "¿y después del curso de {topic} a qué me lleva?",
        ],
    },
    "fr": {
        "set_goal": [
            "j'aimerais bien me former en {topic} cette année",
            "mon objectif : me lancer dans {topic} en partant de zéro",
        ],
        "explain": [
            "qu'est-ce que je peux faire après la formation {topic} ?",
            "et après le cours de {topic}, ça mène à quoi ?",
        ],
    },
    "fi": {
        "set_goal": [
            "olen kiinnostunut {topic} ja haluan oppia alan",
            "tavoitteeni on päästä alalle, olen innostunut {topic}",
        ],
        "explain": [
            "kun olen käynyt kurssin {topic}, mitä sen jälkeen voin tehdä?",
            "mihin kurssi {topic} johtaa sen jälkeen?",
        ],
    },
    "vi": {
        "set_goal": ["tôi muốn học {topic}", "mục tiêu của em là theo {topic} từ con số 0"],
        "explain": [
            "học xong khóa {topic} thì tôi có thể làm gì?",
            "khóa {topic} xong rồi thì dẫn tới đâu?",
        ],
    },
    "hi": {
        "set_goal": ["मैं {topic} सीखना चाहता हूँ", "मेरा लक्ष्य शुरू से {topic} में जाना है"],
        "explain": [
            "{topic} कोर्स पूरा करने के बाद मैं क्या कर सकता हूँ?",
            "{topic} वाले कोर्स के बाद वह कहाँ ले जाता है?",
        ],
    },
    "bn": {
        "set_goal": ["আমি {topic} শিখতে চাই", "আমার লক্ষ্য একদম শুরু থেকে {topic} শেখা"],
        "explain": [
            "{topic} কোর্স শেষ করার পর আমি কী করতে পারি?",
            "{topic} কোর্সের পরে সেটা কোথায় নিয়ে যায়?",
        ],
    },
    "hi-Latn": {
        "set_goal": ["mujhe {topic} seekhna hai zero se"],
        "explain": ["{topic} course khatam karke main kya kar sakta hu"],
    },
    "bn-Latn": {
        "set_goal": ["ami {topic} shikhte chai ekdom shuru theke"],
        "explain": ["{topic} course shesh kore ami ki korte pari"],
    },
}
CONVENTIONS_SEED = 22


def plain(text: str) -> str:
    """The line as typed in a hurry: lower case, no diacritics (Latin script only), no final punctuation."""
    low = text.casefold().rstrip(" ?!.")
    if any(unicodedata.category(c) == "Lo" for c in low):  # Devanagari, Bengali: marks are letters there
        return low
    decomposed = unicodedata.normalize("NFD", low)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare).replace("đ", "d")


def _fills(template: str, fillers: dict[str, list[str]], rng: random.Random) -> list[str]:
    names = ("job", "skill", "skill2", "topic", "role", "hours", "money")
    slots = [s for s in names if "{" + s + "}" in template]
    if not slots:
        return [template]
    choices = [fillers["skill" if s == "skill2" else s] for s in slots]
    combos = [c for c in product(*choices) if len(set(c)) == len(c)]
    picked = rng.sample(combos, min(PER_TEMPLATE, len(combos)))
    return [template.format(**dict(zip(slots, c))) for c in picked]


@lru_cache(maxsize=1)
def generated() -> tuple[dict[str, str], ...]:
    """The template lines as utterance rows ({"text", "intent", "lang", "split": "train"}), each once and none
    a hand-written line; every second filled line also in its `plain` form."""
    seen = {r["text"].strip().casefold() for r in load_utterances()}  # a hand-written line is there already
    out: list[dict[str, str]] = []
    for table, seed in ((TEMPLATES, SEED), (CONVENTIONS, CONVENTIONS_SEED)):
        rng = random.Random(seed)
        for lang, acts in table.items():
            code = lang.split("-")[0]
            for act, templates in acts.items():
                for n, template in enumerate(templates):
                    for k, text in enumerate(_fills(template, FILLERS[lang], rng)):
                        variants = [text, plain(text)] if (n + k) % 2 == 0 else [text]
                        for v in variants:
                            if v.strip().casefold() not in seen:
                                seen.add(v.strip().casefold())
                                out.append({"text": v, "intent": act, "lang": code, "split": "train"})
    return tuple(out)
