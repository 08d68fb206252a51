"""An interest stated as an activity ("I like helping people with their computer problems", "j'aime bien
aider les gens avec leurs problèmes d'ordinateur", "mujhe logon ki computer problems solve karna accha lagta
hai"): the direction it points to, said as the area the catalogue and ESCO know it by, so the goal is that
direction and not one noun of the sentence ("computer"). Pure functions over the message text (issue #12,
session 12).

Each direction is three word families in the eight served languages: liking, an activity, and its object. All
three must be present: "I like computers" alone is no direction (it stays the learner's words)."""

from __future__ import annotations

import re

from pathfinder.assistant.nlu import glossary
from pathfinder.assistant.nlu.denials import affirmed

_LIKE = re.compile(
    r"\b(?:like|love|enjoy|enjoyed|into|passionate|mag|mage|gern|gerne|liebe|spaß|spass|"
    r"gusta|encanta|disfruto|me apasiona|aime|adore|plaît|plait|passionne|"
    r"tykkään|tykkaan|pidän|pidan|nautin|kiinnostaa|"
    r"thích|thich|mê|accha|achha|acha|pasand|psand|bhalo|bhallage|valo|"
    # "would like" is an interest too ("me gustaría arreglar ordenadores y ayudar a la gente", session 16);
    # a bare "want" is not ("tôi muốn học mạng", "वह सीखना चाहती है": 3 tune turns lost their goal to it)
    r"gustaría|gustaria|encantaría|encantaria|aimerais|aimerait|haluaisin)\b|"
    r"अच्छा लगता|पसंद|ভালো লাগে|ভাল লাগে|ভালোবাসি|করতে চাই",
    re.IGNORECASE,
)

_HELPING = re.compile(
    # "help" as a plea ("no idea what job. help", "help me pls") is no activity liked (session 19)
    r"\b(?:help(?!\s*(?:me|pls|plz|please|us)\b|[\s.!?]*$)\w*|assist\w*|support\w*|fix\w*|solv\w*|"
    r"troubleshoot\w*|repair\w*|sort\w* out|"
    r"helfen|helfe|unterstütz\w*|reparier\w*|lösen|löse|behebe\w*|"
    r"ayud\w*|resolv\w*|arregl\w*|repar\w*|"
    r"aider|aide|dépann\w*|depann\w*|répar\w*|résoud\w*|resoud\w*|"
    r"auttaa|auttamaan|auttaminen|autan|korja\w*|ratkais\w*|"
    r"madad|theek|thik|sahayata|shahajjo|sahajjo|"
    r"giúp|giup|sửa|sua|hỗ trợ|ho tro)\b|मदद|ठीक|हल|সাহায্য|ঠিক|সমাধান",
    re.IGNORECASE,
)

# (directions, activity, object): "helping people with computers" points to IT support; "helping people with
# their phones" to IT support too, and to mobile devices and teaching everyday digital skills (session 16: the
# first is the one planned for, the others offered beside it)
_DIRECTIONS: tuple[tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]], ...] = (
    (
        ("IT support", "mobile devices", "digital literacy"),
        _HELPING,
        re.compile(
            r"\b(?:phones?|smartphones?|cell ?phones?|mobiles?|mobile phones?|iphones?|tablets?|"
            r"handys?|telefon\w*|móvil\w*|movil\w*|celular\w*|teléfono\w*|telefono\w*|"
            r"téléphone\w*|telephone\w*|portables?|puhelin\w*|puhelim\w*|kännyk\w*|kannyk\w*|"
            r"älypuhelim\w*|alypuhelim\w*|điện thoại|dien thoai)\b|"
            r"फ़ोन|फोन|मोबाइल|স্মার্টফোন|ফোন|মোবাইল",
            re.IGNORECASE,
        ),
    ),
    (
        ("IT support",),
        _HELPING,
        re.compile(
            r"\b(?:computers?|pcs?|laptops?|tech|technology|it problems?|software|printers?|devices?|"
            r"gadgets?|"
            r"rechner\w*|computerprobleme\w*|ordenador\w*|computadora\w*|ordinateurs?|informatique\w*|"
            r"tietokone\w*|atk|máy tính|may tinh|kampyutar|kompyuter)\b|कंप्यूटर|कम्प्यूटर|কম্পিউটার|ল্যাপটপ",
            re.IGNORECASE,
        ),
    ),
)


def directions_of(text: str) -> tuple[str, ...]:
    """The directions an interest stated as an activity points to, the likeliest first ("helping people with
    their phones": IT support, mobile devices, digital literacy), or ()."""
    if not _LIKE.search(text):
        return ()
    for directions, activity, thing in _DIRECTIONS:
        if activity.search(text) and thing.search(text):
            return directions
    return ()


def direction_of(text: str) -> str | None:
    """The direction an interest stated as an activity points to ("IT support"), or None."""
    return next(iter(directions_of(text)), None)


# "something with computers", "irgendwas mit Computern", "algo con computadoras", "quelque chose dans
# l'informatique", "jotain tietokoneiden parissa", "cái gì đó về máy tính", "कंप्यूटर से जुड़ा कुछ",
# "কম্পিউটার নিয়ে কিছু": a vague wish ("something", "anything") about a broad field, which names no direction
_VAGUE = re.compile(
    r"\b(?:something|anything|some kind of|some sort of|a job|etwas|irgendwas|irgendetwas|was mit|"
    r"algo|alguna cosa|algún trabajo|quelque chose|un truc|un boulot|un métier|jotain|jotakin|"
    r"cái gì đó|gì đó|việc gì đó|một công việc|kuch|kichu)\b|कुछ|কিছু",
    re.IGNORECASE,
)


def vague_wish(text: str) -> bool:
    """Whether the message wishes for "something" or "anything" ("algo", "etwas", "jotain", "kuch")."""
    return bool(_VAGUE.search(text))


# the broad IT field: computers, IT, technology, digital ("IT" in capitals only: "it" is a pronoun)
_BROAD_IT = re.compile(
    r"\b(?:computers?|pcs?|tech|technology|computern?|informatik|rechnern?|informática|informatica|"
    r"ordenador\w*|computadora\w*|tecnología|tecnologia|informatique|ordinateurs?|"
    r"tietokone\w*|tietotekniik\w*|it-ala\w*|atk|máy tính|may tinh|công nghệ|cong nghe|cntt|"
    r"kampyutar|kompyuter|computer)\b|कंप्यूटर|कम्प्यूटर|आईटी|কম্পিউটার|আইটি|টেক",
    re.IGNORECASE,
)
_IT = re.compile(r"\bIT\b")
IT_DIRECTIONS = ("IT support", "web developer", "data analyst")


def broad_field(text: str) -> tuple[str, ...]:
    """The directions a vague wish about a broad field opens ("something with computers": IT support, web
    development, data analysis), to offer as a counsellor would; () when the message names no such field or
    states an activity that points to one direction (`direction_of`)."""
    if direction_of(text) or not _VAGUE.search(text) or not (_BROAD_IT.search(text) or _IT.search(text)):
        return ()
    # a subject named besides the field ("algo de forense digital", "une formation en data science ... quelque
    # chose de gratuit"): no vague wish
    terms = (glossary.english(text, None, only_terms=True) or "").casefold().split()
    if any(w not in _FIELD_TERMS for w in terms):
        return ()
    return IT_DIRECTIONS


# the broad field's own words among a message's domain terms in English (`glossary.english`)
_FIELD_TERMS = frozenset("computer computers computern it tech technology information".split())


# What a vague opening leans towards (session 19, issue #12: "I like games and computers, no idea what job",
# then "what would you pick for me?"): interests named as things or activities, in the eight languages
# (word starts, so "videojuegos", "Computerspiele", "pelaamaan" match), each pointing to one direction the
# catalogue serves. Held skills' English labels are read the same way ("use spreadsheets software": data).
_LEANINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "software developer",
        re.compile(
            r"\b(?:gam(?:e|es|ing|er)|video ?games?|xbox|playstation|ps[45]|nintendo|consoles?|konsole\w*|"
            r"consola\w*|coding|code|program\w*|apps?|"
            r"zock\w*|computerspiel\w*|videospiel\w*|gamen|programmier\w*|"
            r"videojuego\w*|juegos?|jugar|programar|programaci\w*|"
            r"jeux?|jouer|gaming|programm\w*|coder|codage|"
            r"pel(?:i|it|ata|aan|aamaan|aaminen|eja|ien)|pelaa\w*|koodaa\w*|koodi\w*|ohjelmoi\w*|"
            r"chơi game|choi game|lập trình|lap trinh|"
            r"khel\w*|coding)\b|गेम|गेमिंग|कोडिंग|प्रोग्रामिंग|গেম|কোডিং|প্রোগ্রামিং",
            re.IGNORECASE,
        ),
    ),
    (
        "data analyst",
        re.compile(
            r"\b(?:numbers?|figures|maths?|mathematics|statistic\w*|spreadsheets?|excel\w*|charts?|"
            r"zahlen|mathe\w*|rechnen|statistik\w*|tabellen\w*|"
            r"n[úu]meros?|matem[áa]tica\w*|estad[íi]stica\w*|hojas? de c[áa]lculo|"
            r"chiffres?|math[ée]matique\w*|statistique\w*|tableurs?|"
            r"numero\w*|luku\w*|lukuj\w*|matematiik\w*|matikka\w*|tilasto\w*|taulukko\w*|"
            r"con số|số liệu|so lieu|toán|toan|thống kê|thong ke|"
            r"ganit|hisab)\b|नंबर|संख्या|गणित|आंकड़|एक्सेल|সংখ্যা|অঙ্ক|গণিত|হিসাব|এক্সেল",
            re.IGNORECASE,
        ),
    ),
    (
        "web developer",
        re.compile(
            r"\b(?:draw\w*|design\w*|art|arts|artist\w*|creative|graphics?|websites?|"
            r"zeichn\w*|gestalt\w*|kreativ\w*|kunst|webseite\w*|"
            r"dibuj\w*|diseñ\w*|disen\w*|arte|creativ\w*|p[áa]ginas? web|"
            r"dessin\w*|graphi\w*|créati\w*|creati\w*|sites? web|"
            r"piirt\w*|taide\w*|luova\w*|verkkosivu\w*|"
            r"vẽ|ve tranh|thiết kế|thiet ke|"
            r"drawing)\b|ड्रॉइंग|चित्र|डिज़ाइन|डिजाइन|আঁকা|আঁকতে|ছবি আঁক|ডিজাইন",
            re.IGNORECASE,
        ),
    ),
    (
        "cyber security",
        re.compile(
            r"\b(?:secur\w*|hack\w*|privacy|cyber\w*|"
            r"sicherheit\w*|seguridad|ciberseguridad|s[ée]curit[ée]|tietoturva\w*|kyber\w*|"
            r"bảo mật|bao mat|an ninh)\b|सुरक्षा|हैक|সুরক্ষা|নিরাপত্তা|হ্যাক",
            re.IGNORECASE,
        ),
    ),
    (
        "IT support",
        re.compile(
            r"\b(?:fix\w*|repair\w*|troubleshoot\w*|reparier\w*|arregl\w*|repar\w*|r[ée]par\w*|d[ée]pann\w*|"
            r"korja\w*|sửa|sua)\b|मरम्मत|ठीक कर|মেরামত|ঠিক কর",
            re.IGNORECASE,
        ),
    ),
    (
        "ICT network administrator",
        re.compile(
            r"\b(?:network\w*|netzwerk\w*|redes|r[ée]seaux?|verko\w*|mạng)\b|नेटवर्क|নেটওয়ার্ক",
            re.IGNORECASE,
        ),
    ),
    # people, and the computer itself: the people-facing start of IT, last so that any other interest said
    # beside them leads ("games and computers": software; "numbers and my computer": data)
    (
        "IT support",
        re.compile(
            r"\b(?:people|helping|talk\w*|leute|menschen|helfen|gente|personas|ayudar|hablar|gens|aider|"
            r"parler|ihmis\w*|auttaa\w*|jutella|mọi người|người khác|giúp người|giúp đỡ|logon|logo)\b|"
            r"लोग|मदद|মানুষ|সাহায্য|"
            r"\b(?:computers?|pcs?|laptops?|technology|tech|technik|rechner\w*|computern?|ordenador\w*|"
            r"computadora\w*|informática|informatica|tecnolog\w*|ordinateurs?|informatique|tietokone\w*|"
            r"koneella|koneet|tekniikka\w*|máy tính|may tinh|công nghệ|kampyutar|kompyuter|computer)\b|"
            r"कंप्यूटर|कम्प्यूटर|কম্পিউটার|ল্যাপটপ",
            re.IGNORECASE,
        ),
    ),
)

# what a direction is searched by for its first courses: its area in the catalogue's words (the name alone,
# "software developer", finds spreadsheets and classroom hardware)
DIRECTION_QUERIES = {
    "software developer": "programming software development",
    "data analyst": "data analysis spreadsheets statistics",
    "web developer": "web development front-end websites",
    "cyber security": "cyber security operations",
    "IT support": "IT help desk support troubleshooting",
    "ICT network administrator": "networking fundamentals network administration",
}

# the directions a counsellor's opening offers when nothing leans anywhere (session 24, issue #12): a spread
# from where anyone can enter (help desk, everyday tech problems, spreadsheets) to a first programming step;
# each shown only with a course the learner could start (`CounsellorReplies._fitted_directions`)
DIRECTION_SPREAD = ("IT support", "data analyst", "web developer", "software developer", "cyber security")


def _affirmed(text: str) -> list[str]:
    """The clauses of `text` that deny nothing: a skill lacked or a thing not wanted leans nowhere
    ("Programmierkenntnisse hat sie keine" is no wish for software development; session 29)."""
    from pathfinder.assistant.nlu.understand import clauses  # the clause reader is understand's

    return affirmed(clauses(text) or [text])


def leanings(texts: list[str]) -> list[tuple[str, list[str]]]:
    """The directions `texts` lean towards, the most named first (ties in the table's order), each with the
    words of the texts that point to it as written ("videojuegos", "Excel"); [] when none does."""
    counts: dict[str, list[str]] = {}
    for text in texts:
        for clause in _affirmed(text):
            for name, pattern in _LEANINGS:
                for m in pattern.finditer(clause):
                    counts.setdefault(name, []).append(m.group(0))
    order = [name for name, _ in _LEANINGS]
    ranked = sorted(
        counts.items(),
        key=lambda kv: (-len(kv[1]), order.index(kv[0]) if kv[0] in order else len(order)),
    )
    return [(name, list(dict.fromkeys(words))) for name, words in ranked]
