"""The roles27 batch (session 27, issues #12 and #14, tune): the goal a learner's words mean, by meaning and
not by a shared word. Written BEFORE the fixes by the helper who fixes them (a check of that work, not a blind
measure), in its own phrasings after reading the verdicts of the lead's trial 22 (t22-02, -05, -11, -17, -18),
all eight languages. Classes (tags):

1. `alt_head`: a job ESCO files only as another occupation's alternative label naming another kind of
   worker ("data engineer" under data scientist): the catalogue's courses for what was said (data
   engineering), never the other worker's whole job;
2. `subject_alt`: a subject that is one word short of an alternative label ("cloud security" of cloud
   engineer's "cloud security engineer"): the goal keeps the subject's own field word (security);
3. `entry_job`: a career changer with no background in the field names the field ("networks", "IT security"):
   the field's entry occupation, not its most senior (architect, manager, chief officer);
4. `teach_subject`: a school teacher who wants to teach a subject an occupation is named for (digital
   literacy): that occupation, not the school's generic ICT teacher;
5. `context_field`: a field of work beside the domain it is for ("data analytics in healthcare", "for
   farms"): courses of the field (data analysis), none about the domain's words (online safety, networks).

Each language module adds `dialogues("<lang>")`; the unseen variants are `dialogues("<lang>", unseen=True)`,
ids `<lang>-roles27u-NN`, written after the fixes and not tuned on."""

from __future__ import annotations

from dsl import OCC, D, T
from t11goal_lists import ANY

DE_COURSES = ["nda-de-101", "nda-etl-201", "nda-cert-de", "nda-dwh-202", "nda-model-102", "nda-stream-301"]
# the catalogue's cloud security courses are German; a learner of another language is shown its languages'
# security courses (widened after the first run: the expectation had missed the language rule)
CLOUDSEC = [
    "hrd-cert-cloudsec",
    "hrd-cloudsec-201",
    "hrd-iam-202",
    "hrd-cloudnet-203",
    "hrd-cloudir-301",
    "ccna-netsec-204",
    "inl-pssi-203",
    "bvca-soc-101",
]
DATA_ANALYSIS = [
    "ual-datos-101",
    "ual-sql-102",
    "ual-python-201",
    "ual-estad-202",
    "ual-visual-203",
    "ual-cert-datos",
    "diaa-viz-204",
    "ual-olap-302",
    "ual-mineria-301",
    "diaa-statsw-203",  # statistics in R (widened after the first run, as CLOUDSEC)
]
OFF_DATA = ["glcc-safe-104", "ccna-netmon-202", "bvca-siem-201", "inl-securite-103"]
SENIOR = ["architect", "manager", "chief", "e0b544dd"]


def _t(text: str, **checks: object) -> T:
    return T(text, ANY, **checks)


def alt_head(text: str) -> T:
    return _t(text, goal_not=["data scientist", "258e46f9"], cite_any=DE_COURSES)


def subject_alt(text: str) -> T:
    return _t(text, goal=["security"], cite_any=CLOUDSEC)


def entry_network(text: str) -> T:
    return _t(text, goal=OCC["network"], goal_not=SENIOR)


def entry_security(text: str) -> T:
    return _t(text, goal=OCC["cyber"], goal_not=SENIOR)


def teach_subject(text: str) -> T:
    return _t(text, goal=["digital literacy", "4588cd69"], goal_not=["secondary", "0d595b87"])


def context_field(text: str) -> T:
    return _t(text, cite_any=DATA_ANALYSIS, cite_none=OFF_DATA)


_BATCH: dict[str, list[tuple[str, T]]] = {
    "en": [
        ("alt_head", alt_head("my plan is to work as a data engineer in two years, building pipelines")),
        ("subject_alt", subject_alt("I'd like to specialise in cloud security, I already know some Linux")),
        ("entry_job", entry_network("I'm a plumber and want to switch to IT, networking sounds good to me")),
        ("teach_subject", teach_subject("I teach at a village school and want to teach digital literacy")),
        (
            "context_field",
            context_field("I work in a hospital lab, interested in data analytics for healthcare"),
        ),
    ],
    "de": [
        ("alt_head", alt_head("Ich möchte als Data Engineer arbeiten, was brauche ich dafür?")),
        ("subject_alt", subject_alt("Mich interessiert Cloud-Sicherheit, ich will mich da weiterbilden")),
        (
            "entry_job",
            entry_security("Ich bin Koch und will in die IT-Sicherheit wechseln, keine Vorkenntnisse"),
        ),
        (
            "teach_subject",
            teach_subject("Ich bin Lehrer an einer Hauptschule und will digitale Kompetenz unterrichten"),
        ),
        (
            "context_field",
            context_field("Ich bin Pflegekraft und möchte Datenanalyse im Gesundheitswesen lernen"),
        ),
    ],
    "es": [
        ("alt_head", alt_head("quiero trabajar de ingeniero de datos, hacer pipelines y esas cosas")),
        ("subject_alt", subject_alt("me gustaría aprender seguridad en la nube")),
        ("entry_job", entry_network("soy camarero y quiero pasarme a la informática, sobre todo redes")),
        (
            "teach_subject",
            teach_subject("soy maestra en una escuela pública y quiero enseñar alfabetización digital"),
        ),
        ("context_field", context_field("soy enfermera y me interesa el análisis de datos en salud")),
    ],
    "fr": [
        ("alt_head", alt_head("je voudrais devenir data engineer, par où commencer ?")),
        ("subject_alt", subject_alt("je veux me former à la sécurité du cloud")),
        (
            "entry_job",
            entry_network("je suis boulanger et je veux me reconvertir dans les réseaux informatiques"),
        ),
        (
            "teach_subject",
            teach_subject("je suis enseignant dans un collège et je veux enseigner la littératie numérique"),
        ),
        (
            "context_field",
            context_field("je suis aide-soignante, l'analyse de données dans la santé m'intéresse"),
        ),
    ],
    "fi": [
        ("alt_head", alt_head("haluan töihin data engineeriksi, mistä aloitan?")),
        ("subject_alt", subject_alt("haluan opiskella pilvipalveluiden tietoturvaa")),
        ("entry_job", entry_network("olen kokki ja haluan vaihtaa IT-alalle, verkot kiinnostaa")),
        ("teach_subject", teach_subject("olen opettaja koulussa ja haluan opettaa digitaitoja")),
        (
            "context_field",
            context_field("olen sairaanhoitaja ja haluaisin oppia data-analytiikkaa terveydenhuollossa"),
        ),
    ],
    "vi": [
        ("alt_head", alt_head("mình muốn làm kỹ sư dữ liệu, xây dựng pipeline dữ liệu")),
        ("subject_alt", subject_alt("tôi muốn học về bảo mật đám mây")),
        ("entry_job", entry_network("mình là thợ điện, muốn chuyển sang IT, thích mảng mạng máy tính")),
        ("teach_subject", teach_subject("tôi là giáo viên ở trường làng, muốn dạy kỹ năng số cho học sinh")),
        ("context_field", context_field("em là điều dưỡng, muốn học phân tích dữ liệu trong y tế")),
    ],
    "hi": [
        ("alt_head", alt_head("मुझे डेटा इंजीनियर की नौकरी करनी है, कहाँ से शुरू करूँ?")),
        ("subject_alt", subject_alt("मैं क्लाउड सिक्योरिटी सीखना चाहता हूँ")),
        ("entry_job", entry_network("मैं बिजली मिस्त्री हूँ, आईटी में जाना चाहता हूँ, नेटवर्किंग में")),
        ("teach_subject", teach_subject("मैं गाँव के स्कूल में पढ़ाती हूँ और डिजिटल साक्षरता पढ़ाना चाहती हूँ")),
        ("context_field", context_field("मैं नर्स हूँ, स्वास्थ्य क्षेत्र में डेटा एनालिटिक्स सीखना चाहती हूँ")),
    ],
    "bn": [
        ("alt_head", alt_head("আমি ডেটা ইঞ্জিনিয়ার হিসেবে কাজ করতে চাই, কী শিখব?")),
        ("subject_alt", subject_alt("আমি ক্লাউড সিকিউরিটি শিখতে চাই")),
        ("entry_job", entry_network("আমি দোকানে কাজ করি, আইটিতে যেতে চাই, নেটওয়ার্কিং পছন্দ")),
        ("teach_subject", teach_subject("আমি একটি সরকারি স্কুলের শিক্ষক, ডিজিটাল সাক্ষরতা পড়াতে চাই")),
        ("context_field", context_field("আমি নার্স, স্বাস্থ্যখাতে ডেটা অ্যানালিটিক্স শিখতে চাই")),
    ],
}


def subject_security(text: str) -> T:
    """A security subject one job word short of another name ("network security administrator")."""
    return _t(text, goal=["security"], goal_not=["administrator", "chief", "officer"])


def entry_data(text: str) -> T:
    return _t(text, goal=["data"], goal_not=SENIOR)


# written after the fixes, not tuned on
_UNSEEN: dict[str, list[tuple[str, T]]] = {
    "en": [
        (
            "alt_head",
            alt_head("thinking about becoming a data engineer, is that something you can help with?"),
        ),
        ("subject_alt", subject_security("I want to get better at network security")),
        (
            "entry_job",
            entry_security("I drive a delivery van, no IT experience, but cyber security interests me"),
        ),
        ("teach_subject", teach_subject("as a primary school teacher I'd like to teach digital literacy")),
        ("context_field", context_field("data analysis for agriculture, I run a farm co-op")),
    ],
    "de": [
        ("alt_head", alt_head("Ich will Dateningenieur werden")),
        (
            "subject_alt",
            subject_security("Ich möchte mich in Netzwerksicherheit weiterbilden lassen, was gibt es?"),
        ),
        (
            "entry_job",
            entry_network("Bin Maurer, will umschulen in Richtung Netzwerktechnik, null Erfahrung"),
        ),
        (
            "teach_subject",
            teach_subject("Ich unterrichte an einer Gesamtschule und möchte digitale Grundbildung lehren"),
        ),
        ("context_field", context_field("Ich arbeite in der Logistik und will Datenanalyse lernen")),
    ],
    "es": [
        ("alt_head", alt_head("me gustaría ser ingeniera de datos")),
        ("subject_alt", subject_security("quiero formarme en seguridad de redes")),
        (
            "entry_job",
            entry_security(
                "trabajo de cajera, nunca he hecho nada de informática, me llama la ciberseguridad"
            ),
        ),
        (
            "teach_subject",
            teach_subject("doy clases en un instituto y quiero enseñar alfabetización digital"),
        ),
        (
            "context_field",
            context_field("trabajo en un banco y quiero aprender análisis de datos para finanzas"),
        ),
    ],
    "fr": [
        ("alt_head", alt_head("mon objectif : devenir ingénieure data")),
        ("subject_alt", subject_security("j'aimerais apprendre la sécurité des réseaux")),
        (
            "entry_job",
            entry_network("je suis maçon, aucune expérience en informatique, les réseaux m'attirent"),
        ),
        (
            "teach_subject",
            teach_subject("je suis professeure des écoles et je voudrais enseigner la littératie numérique"),
        ),
        (
            "context_field",
            context_field(
                "je travaille dans le commerce de détail et je veux apprendre l'analyse de données"
            ),
        ),
    ],
    "fi": [
        ("alt_head", alt_head("tavoitteena olla data engineer")),
        ("subject_alt", subject_security("haluan oppia verkkoturvallisuutta")),
        ("entry_job", entry_security("olen siivooja, ei IT-taustaa, mutta kyberturvallisuus kiinnostaa")),
        ("teach_subject", teach_subject("olen alakoulun opettaja ja haluan opettaa digitaitoja oppilaille")),
        ("context_field", context_field("työskentelen maataloudessa ja haluan oppia data-analytiikkaa")),
    ],
    "vi": [
        ("alt_head", alt_head("tôi định trở thành data engineer")),
        ("subject_alt", subject_security("tôi muốn học bảo mật mạng")),
        ("entry_job", entry_network("em làm phụ hồ, chưa biết gì về IT, muốn theo mảng mạng")),
        ("teach_subject", teach_subject("cô là giáo viên tiểu học, muốn dạy kỹ năng số cho các em")),
        ("context_field", context_field("tôi làm ngân hàng, muốn học phân tích dữ liệu tài chính")),
    ],
    "hi": [
        ("alt_head", alt_head("मैं डाटा इंजीनियर बनना चाहता हूँ")),
        ("subject_alt", subject_security("मुझे नेटवर्क सिक्योरिटी सीखनी है")),
        ("entry_job", entry_security("मैं ड्राइवर हूँ, कंप्यूटर का कोई अनुभव नहीं, साइबर सिक्योरिटी में जाना है")),
        ("teach_subject", teach_subject("मैं प्राइमरी स्कूल में शिक्षिका हूँ, बच्चों को डिजिटल साक्षरता सिखाना चाहती हूँ")),
        ("context_field", context_field("मैं खेती से जुड़ा काम करता हूँ, डेटा एनालिसिस सीखना चाहता हूँ")),
    ],
    "bn": [
        ("alt_head", alt_head("ডাটা ইঞ্জিনিয়ার হওয়ার ইচ্ছা আছে")),
        ("subject_alt", subject_security("আমি নেটওয়ার্ক সিকিউরিটি শিখতে চাই")),
        ("entry_job", entry_network("আমি রিকশা চালাই, কম্পিউটার জানি না, নেটওয়ার্কিং শিখতে চাই")),
        ("teach_subject", teach_subject("আমি প্রাথমিক স্কুলের শিক্ষিকা, ডিজিটাল সাক্ষরতা শেখাতে চাই")),
        ("context_field", context_field("আমি ব্যাংকে কাজ করি, ডেটা অ্যানালাইসিস শিখতে চাই")),
    ],
}


def dialogues(lang: str, unseen: bool = False) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-roles27-NN` (`<lang>-roles27u-NN`: unseen)."""
    name = "roles27u" if unseen else "roles27"
    batch = (_UNSEEN if unseen else _BATCH).get(lang, [])
    return [
        D(f"{lang}-{name}-{n:02d}", [name, tag], [turn], split="tune")
        for n, (tag, turn) in enumerate(batch, start=1)
    ]
