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
    r"\b(?:help\w*|assist\w*|support\w*|fix\w*|solv\w*|troubleshoot\w*|repair\w*|sort\w* out|"
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
