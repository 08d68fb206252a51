"""Write evals/skill_uploads15_{tune,frozen}.jsonl: realistic upload rows with the skills a maintainer expects."""
import csv, json, sys
tax = {r["label"]: r["uri"] for r in csv.DictReader(open("src/pathfinder/corpus/taxonomy/skills.csv"))}
ROWS = [
("en-01","en","AI for Network Operations","Detect anomalies in network traffic with machine learning, analyse telemetry from routers and switches and predict outages.",["machine learning","utilise machine learning","analyse network configuration and performance"]),
("en-02","en","SQL for Data Analysts","Write queries to filter, join and aggregate tables in a relational database, then report the results to your team.",["SQL","use query languages","use databases"]),
("en-03","en","Securing Small Office Networks","Configure a firewall, set up a VPN for remote staff and keep antivirus software up to date.",["implement a firewall","implement a virtual private network","implement anti-virus software"]),
("en-04","en","Teaching Online: Designing Your First Course","Plan a blended course, build engaging e-learning activities in Moodle and assess students fairly online.",["design web-based courses","apply blended learning","Moodle","assess students"]),
("en-05","en","Python Scripting for Automation","Automate everyday admin tasks with Python scripts: files, folders and scheduled jobs.",["Python (computer programming)","use scripting programming"]),
("en-06","en","Excel for Office Workers","Build spreadsheets with formulas, charts and pivot tables to summarise monthly figures.",["use spreadsheets software"]),
("en-07","en","Cloud Fundamentals on AWS","Deploy virtual machines and storage in the cloud, automate routine tasks and keep costs under control.",["cloud technologies","deploy cloud resource","automate cloud tasks"]),
("en-08","en","Agile Project Management with Scrum","Run sprints, manage a backlog and lead a small team through iterative delivery of software.",["Agile project management","project management"]),
("de-01","de","KI im Netzwerkbetrieb","Anomalien im Netzwerkverkehr mit maschinellem Lernen erkennen, Telemetrie auswerten und Störungen vorhersagen.",["machine learning","utilise machine learning","analyse network configuration and performance"]),
("de-02","de","Datenbanken mit SQL","Sie lernen, relationale Datenbanken zu entwerfen und mit SQL-Abfragen Daten auszuwerten.",["SQL","design database scheme","use query languages"]),
("de-03","de","IT-Sicherheit für kleine Unternehmen","Firewall einrichten, Virenschutz verwalten und Mitarbeitende für Phishing sensibilisieren. Grundlagen der DSGVO inklusive.",["implement a firewall","implement anti-virus software","GDPR"]),
("de-04","de","Webentwicklung mit HTML und CSS","Erstellen Sie Ihre erste Website: Seitenstruktur mit HTML, Gestaltung mit CSS und responsive Layouts.",["use markup languages","CSS","implement front-end website design"]),
("de-05","de","Projektmanagement in der IT","Planen Sie IT-Projekte, steuern Sie Termine und Risiken und arbeiten Sie mit agilen Methoden wie Scrum.",["ICT project management","risk management","Agile project management"]),
("de-06","de","Datenanalyse mit Python","Daten bereinigen, statistisch auswerten und mit Diagrammen darstellen – mit Python und pandas.",["Python (computer programming)","perform data cleansing","perform data analysis","deliver visual presentation of data"]),
("de-07","de","Linux-Serveradministration","Server installieren, Benutzer verwalten, Backups einrichten und Probleme im Betrieb beheben.",["maintain ICT server","perform backups","operating systems","perform ICT troubleshooting"]),
("de-08","de","E-Learning-Inhalte erstellen","Lernmodule mit Autorensoftware gestalten, als SCORM-Paket exportieren und in die Lernplattform einbinden.",["authoring software","create SCORM packages","learning management systems"]),
("es-01","es","Ciberseguridad para pymes","Aprende a identificar riesgos de seguridad, configurar un cortafuegos y responder a incidentes.",["identify ICT security risks","implement a firewall","cyber security"]),
("es-02","es","Análisis de datos con Excel","Limpia datos, crea tablas dinámicas y gráficos y presenta los resultados a tu equipo.",["use spreadsheets software","perform data cleansing","deliver visual presentation of data"]),
("es-03","es","Introducción al aprendizaje automático","Entrena modelos de clasificación y regresión con Python y evalúa su rendimiento.",["machine learning","utilise machine learning","Python (computer programming)"]),
("es-04","es","Redes informáticas: diseño y mantenimiento","Diseña una red local, configura routers y direcciones IP y diagnostica problemas de conectividad.",["design computer network","maintain internet protocol configuration","ICT network routing"]),
("es-05","es","Desarrollo web con JavaScript","Crea páginas interactivas con JavaScript, manipula el DOM y consume APIs.",["JavaScript","web programming"]),
("es-06","es","Docencia en línea","Diseña cursos virtuales, crea materiales didácticos digitales y evalúa a tus estudiantes en la plataforma.",["design web-based courses","develop digital educational materials","assess students"]),
("es-07","es","Bases de datos NoSQL con MongoDB","Modela documentos, realiza consultas y administra una base de datos MongoDB.",["NoSQL","use databases"]),
("es-08","es","Gestión de proyectos ágiles","Aplica Scrum y Kanban para planificar iteraciones y coordinar equipos de desarrollo.",["Agile project management","Agile development"]),
("fr-01","fr","Supervision réseau et intelligence artificielle","Analyser les performances du réseau, surveiller le trafic et détecter les anomalies grâce à l'apprentissage automatique.",["analyse network configuration and performance","machine learning","utilise machine learning"]),
("fr-02","fr","Protection des données personnelles et RGPD","Comprendre le RGPD, protéger les données personnelles et mettre l'entreprise en conformité.",["GDPR","data protection","protect personal data and privacy"]),
("fr-03","fr","Programmation Java orientée objet","Classes, héritage et interfaces : apprenez la programmation orientée objet en Java.",["Java (computer programming)","use object-oriented programming"]),
("fr-04","fr","Tableaux de bord et visualisation de données","Créer des tableaux de bord clairs, choisir les bons graphiques et présenter des données aux décideurs.",["deliver visual presentation of data","visual presentation techniques"]),
("fr-05","fr","Tests logiciels automatisés","Écrire des tests unitaires, automatiser les tests d'intégration et rédiger les rapports de test.",["perform software unit testing","develop automated software tests","execute integration testing","report test findings"]),
("fr-06","fr","Support informatique aux utilisateurs","Répondre aux demandes via un outil de tickets, diagnostiquer les pannes et aider les utilisateurs.",["provide ICT support","use ICT ticketing system","support ICT system users","perform ICT troubleshooting"]),
("fr-07","fr","Conception d'interfaces utilisateur","Prototyper une interface, mener des tests d'utilisabilité et appliquer les principes de conception centrée utilisateur.",["design user interface","create prototype of user experience solutions","measure software usability","use methodologies for user-centered design"]),
("fr-08","fr","Cloud et virtualisation","Gérer des machines virtuelles, déployer des ressources cloud et planifier une migration vers le cloud.",["manage ICT virtualisation environments","deploy cloud resource","plan migration to cloud"]),
("fi-01","fi","Tekoäly verkon valvonnassa","Opit tunnistamaan poikkeamia verkkoliikenteestä koneoppimisen avulla ja analysoimaan verkon suorituskykyä.",["machine learning","utilise machine learning","analyse network configuration and performance"]),
("fi-02","fi","SQL-tietokannat","Suunnittele relaatiotietokanta ja hae tietoa SQL-kyselyillä.",["SQL","design database scheme","use query languages"]),
("fi-03","fi","Tietoturvan perusteet","Tunnista tietoturvauhat, suojaa laitteet ja toimi oikein tietoturvaloukkauksen sattuessa.",["identify ICT security risks","protect ICT devices","cyber security"]),
("fi-04","fi","Verkkokurssin suunnittelu opettajille","Suunnittele verkko-opetusta, tuota digitaalista oppimateriaalia ja käytä oppimisalustaa.",["design web-based courses","develop digital educational materials","learning management systems"]),
("fi-05","fi","Python-ohjelmoinnin alkeet","Opi ohjelmoinnin perusteet Pythonilla: muuttujat, silmukat ja funktiot.",["Python (computer programming)","computer programming"]),
("fi-06","fi","Pilvipalvelut yrityksille","Ota pilvipalvelut käyttöön, hallitse tallennustilaa ja huolehdi pilven tietoturvasta.",["cloud technologies","manage cloud data and storage","cloud security and compliance"]),
("fi-07","fi","Taulukkolaskenta Excelillä","Laske kaavoilla, tee kaavioita ja analysoi dataa taulukkolaskentaohjelmalla.",["use spreadsheets software","perform data analysis"]),
("fi-08","fi","Ketterä ohjelmistokehitys","Scrum-menetelmä, sprinttien suunnittelu ja ohjelmistojen testaus tiimissä.",["Agile development","Agile project management"]),
("vi-01","vi","AI trong vận hành mạng","Phát hiện bất thường trong lưu lượng mạng bằng học máy, phân tích dữ liệu đo từ xa và dự đoán sự cố.",["machine learning","utilise machine learning","analyse network configuration and performance"]),
("vi-02","vi","Lập trình web với PHP và MySQL","Xây dựng trang web động bằng PHP và lưu dữ liệu trong cơ sở dữ liệu MySQL.",["PHP","MySQL","web programming"]),
("vi-03","vi","An ninh mạng cơ bản","Nhận diện các mối đe dọa an ninh, cấu hình tường lửa và bảo vệ dữ liệu cá nhân.",["cyber security","implement a firewall","protect personal data and privacy"]),
("vi-04","vi","Phân tích dữ liệu với Python","Làm sạch dữ liệu, phân tích thống kê và trực quan hóa kết quả bằng Python.",["Python (computer programming)","perform data cleansing","apply statistical analysis techniques","deliver visual presentation of data"]),
("vi-05","vi","Quản lý dự án CNTT","Lập kế hoạch dự án phần mềm, quản lý rủi ro và áp dụng phương pháp Agile.",["ICT project management","risk management","Agile project management"]),
("vi-06","vi","Thiết kế bài giảng điện tử","Soạn bài giảng e-learning, tạo nội dung đa phương tiện và đánh giá học viên trực tuyến.",["e-learning","develop digital educational materials","assess students"]),
("vi-07","vi","Quản trị hệ thống Linux","Cài đặt máy chủ, quản lý người dùng, sao lưu dữ liệu và xử lý sự cố hệ thống.",["maintain ICT server","perform backups","administer ICT system"]),
("vi-08","vi","Điện toán đám mây cho người mới bắt đầu","Tìm hiểu các dịch vụ đám mây, triển khai ứng dụng lên đám mây và quản lý chi phí.",["cloud technologies","deploy cloud resource"]),
("hi-01","hi","नेटवर्क संचालन में एआई","मशीन लर्निंग से नेटवर्क ट्रैफ़िक में विसंगतियाँ पहचानें, टेलीमेट्री का विश्लेषण करें और खराबी का पूर्वानुमान लगाएँ।",["machine learning","utilise machine learning","analyse network configuration and performance"]),
("hi-02","hi","एसक्यूएल और डेटाबेस","रिलेशनल डेटाबेस बनाना और एसक्यूएल क्वेरी से डेटा निकालना सीखें।",["SQL","use databases","use query languages"]),
("hi-03","hi","साइबर सुरक्षा की बुनियादी बातें","सुरक्षा जोखिम पहचानें, फ़ायरवॉल लगाएँ और वायरस से कंप्यूटर की रक्षा करें।",["cyber security","identify ICT security risks","implement a firewall","implement anti-virus software"]),
("hi-04","hi","ऑनलाइन शिक्षण के लिए पाठ्यक्रम डिज़ाइन","ई-लर्निंग पाठ्यक्रम की योजना बनाएँ, डिजिटल शिक्षण सामग्री तैयार करें और छात्रों का मूल्यांकन करें।",["design web-based courses","develop digital educational materials","assess students"]),
("hi-05","hi","पायथन प्रोग्रामिंग","पायथन में प्रोग्रामिंग की मूल बातें: चर, लूप और फ़ंक्शन।",["Python (computer programming)","computer programming"]),
("hi-06","hi","डेटा विश्लेषण और विज़ुअलाइज़ेशन","डेटा को साफ़ करें, सांख्यिकीय विश्लेषण करें और चार्ट से परिणाम प्रस्तुत करें।",["perform data cleansing","apply statistical analysis techniques","deliver visual presentation of data"]),
("hi-07","hi","क्लाउड कंप्यूटिंग","क्लाउड संसाधन तैनात करें, भंडारण प्रबंधित करें और क्लाउड सुरक्षा लागू करें।",["cloud technologies","deploy cloud resource","manage cloud data and storage","implement cloud security and compliance"]),
("hi-08","hi","वेब डिज़ाइन: एचटीएमएल और सीएसएस","एचटीएमएल और सीएसएस से वेबसाइट बनाएँ और उसे मोबाइल के अनुकूल बनाएँ।",["use markup languages","CSS","implement front-end website design"]),
("bn-01","bn","নেটওয়ার্ক পরিচালনায় কৃত্রিম বুদ্ধিমত্তা","মেশিন লার্নিং দিয়ে নেটওয়ার্ক ট্র্যাফিকের অস্বাভাবিকতা শনাক্ত করুন, টেলিমেট্রি বিশ্লেষণ করুন এবং বিভ্রাট আগেভাগে অনুমান করুন।",["machine learning","utilise machine learning","analyse network configuration and performance"]),
("bn-02","bn","ডেটাবেস ও এসকিউএল","রিলেশনাল ডেটাবেস ডিজাইন করুন এবং এসকিউএল কোয়েরি দিয়ে তথ্য খুঁজুন।",["SQL","design database scheme","use query languages"]),
("bn-03","bn","সাইবার নিরাপত্তা পরিচিতি","নিরাপত্তা ঝুঁকি চিহ্নিত করুন, ফায়ারওয়াল কনফিগার করুন এবং ব্যক্তিগত তথ্য সুরক্ষিত রাখুন।",["cyber security","identify ICT security risks","implement a firewall","protect personal data and privacy"]),
("bn-04","bn","অনলাইন শিক্ষাদান","ভার্চুয়াল ক্লাস পরিচালনা করুন, ডিজিটাল শিক্ষা উপকরণ তৈরি করুন এবং শিক্ষার্থীদের মূল্যায়ন করুন।",["deliver online training","develop digital educational materials","assess students"]),
("bn-05","bn","পাইথন দিয়ে ডেটা বিশ্লেষণ","পাইথন ব্যবহার করে ডেটা পরিষ্কার, বিশ্লেষণ এবং গ্রাফে উপস্থাপন করুন।",["Python (computer programming)","perform data cleansing","perform data analysis","deliver visual presentation of data"]),
("bn-06","bn","ওয়েব ডেভেলপমেন্ট: জাভাস্ক্রিপ্ট","জাভাস্ক্রিপ্ট দিয়ে ইন্টারঅ্যাকটিভ ওয়েব পেজ তৈরি করুন।",["JavaScript","web programming"]),
("bn-07","bn","প্রকল্প ব্যবস্থাপনা","প্রকল্পের পরিকল্পনা, সময়সূচি, বাজেট ও ঝুঁকি ব্যবস্থাপনা শিখুন।",["project management","risk management"]),
("bn-08","bn","কম্পিউটার হার্ডওয়্যার রক্ষণাবেক্ষণ","কম্পিউটারের যন্ত্রাংশ চিনুন, হার্ডওয়্যার মেরামত করুন এবং সমস্যা সমাধান করুন।",["maintain computer hardware","hardware components","perform ICT troubleshooting"]),
]
out = {"tune": [], "frozen": []}
for rid, lang, title, desc, labels in ROWS:
    missing = [l for l in labels if l not in tax]
    assert not missing, (rid, missing)
    part = "tune" if int(rid[-2:]) <= 5 else "frozen"
    out[part].append({"id": f"upload15-{rid}", "title": title, "description": desc, "languages": [lang],
                      "skills": [tax[l] for l in labels], "labels": labels})
for part, rows in out.items():
    with open(f"evals/skill_uploads15_{part}.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(part, len(rows))
