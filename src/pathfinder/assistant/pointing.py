"""Which of the entries shown a message points at by what sets it apart (issue #12, session 13): "the German
one", "der auf Spanisch", "el presencial", "celui en espagnol", "se saksankielinen", "khóa tiếng Đức", "German
wala", "জার্মান টা", "the Uni C one", "el de R", "which of those is EQF 6?".

One reading for the act and the reply: an attribute (a language, a format, free, a level, a provider, a word
of one title) said of ONE entry in the singular, that exactly one entry shown has, is a selection of that
entry; an attribute several entries keep, or one said of a group ("the German ones", "only online"), is a
filter of the list (`refine`), never decided here. Pure: the message, its slots and the credentials shown.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pathfinder.assistant.nlu.glossary import english
from pathfinder.assistant.nlu.vocab import STOPWORDS
from pathfinder.domain import Credential
from pathfinder.domain.taxonomy import normalise_label
from pathfinder.planner.assumed import assumed_skills

# one entry in the singular: "the/that ... one", "der/dem/den ...", "el/la/ese ...", "celui/celle", Finnish
# singular adjectives and "se", Vietnamese "cái" (not "khóa": "khóa miễn phí" is free courses), Hindi "vala",
# Bengali "-ṭa/-ṭi", a which-word of one
# ("which one", "welcher", "cuál", "lequel", "mikä", "cái nào", "कौन सा", "কোনটা")
_SINGULAR = re.compile(
    r"\b(?:the|that|this)\s+(?:[\w-]+\s+){0,3}(?:one|course|programme|program)\b|\bwhich (?:one\b|\w+ is\b)|"
    r"\b(?:der|den|dem|dieser|diesen|welcher|welchen)\b|\b(?:el|la|ese|esa|este|esta|cu[aá]l)\b|"
    r"\b(?:celui|celle|lequel|laquelle|le cours)\b|"
    r"\b(?:se|tuo|tämä)\s+[\w-]+(?:inen|kurssi)\b|\b(?:sitä|siitä|siinä|mikä|kumpi)\b|"
    r"kielinen\b|kielisen\b|kielisestä\b|kielistä\b|"
    r"\b(?:cái|cai)\b|"
    r"वाला|वाली|\bwala\b|\bwali\b|\bvala\b|कौन सा|कौनसा|\bkaun ?sa\b|"
    r"\b(?:ta|ti|tai)\b|কোনটা|কোনটি|\bkonta\b",
    re.IGNORECASE,
)
# a group or a limit: "the German ones", "only online", "die auf Deutsch", "los de", "ceux", "ne", "những",
# "वाले"
_GROUP = re.compile(
    r"\b(?:ones|those|these|them|all|any|only|just)\b|\bwhich (?:ones|are)\b|"
    r"\b(?:die|alle|nur|welche)\b|\b(?:los|las|esos|esas|cu[aá]les|solo|sólo|solamente)\b|"
    r"\b(?:ceux|celles|les|lesquels|lesquelles|seulement|que des)\b|"
    r"\b(?:ne|niistä|vain|ainoastaan|mitkä|kaikki)\b|kieliset\b|kielisiä\b|"
    r"\b(?:những|các|mấy|chỉ|toàn)\b|\b(?:có|co)\b.*\b(?:nào|nao)\b|"
    r"\b(?:koi|kono|irgend\w*|alg[uú]n\w*)\b|कोई|কোনো|"
    r"वाले|\bwale\b|सिर्फ|केवल|\bsirf\b|গুলো|গুলি|\bgulo\b|শুধু|\bshudhu\b",
    re.IGNORECASE,
)
# one of a group asked for ("which of those is EQF 6?", "welcher davon ist", "cuál de esos es", "lequel
# d'entre eux est", "mikä niistä on", "cái nào trong số đó là", "इनमें से कौन सा", "এগুলোর মধ্যে কোনটা")
_ONE_OF = re.compile(
    r"\bwhich (?:one )?of (?:those|these|them) is\b|\bwelche[rs]? davon ist\b|"
    r"\bcu[aá]l de (?:esos|esas|ellos|ellas|estos|estas) es\b|"
    r"\blequel (?:d'entre eux |de ceux-ci |de ceux-là )?est\b|\blaquelle (?:d'entre elles )?est\b|"
    r"\b(?:mikä|kumpi) (?:niistä|näistä) on\b|(?:cái|khóa|khoá) nào trong (?:số )?(?:đó|này)|"
    r"(?:इनमें|उनमें) से कौन ?सा|\binme se kaun ?sa\b|(?:এগুলোর|ওগুলোর) মধ্যে কোনটা|\begulor moddhe konta\b",
    re.IGNORECASE,
)
# a word marked as a title's ("the R one", "el de R", "le cours de SQL", "der SQL-Kurs", "SQL-kurssi", "khóa
# SQL", "SQL wala", "SQL এর টা"): it points at the one title shown that has it
_TITLE_WORD = re.compile(
    r"\bthe ([\w+#-]+) (?:one|course)\b|\b(?:el|la) (?:curso )?de ([\w+#-]+)|\b(?:le cours|celui|celle) de "
    r"([\w+#-]+)|\b([\w+#]+)-kurs\b|\b([\w+#]+)-kurssi|\b(?:khóa|khoá|khoa|môn) ([\w+#]+)|"
    r"([\w+#]+) (?:वाला|वाली|wala|wali)|([\w+#]+)\s*(?:এর\s*)?(?:টা|টি)(?!\w)",
    re.IGNORECASE,
)


# one entry pointed at by a demonstrative ("is THAT one free?", "ist DER online?", "ese", "celui-là", "se",
# "cái đó", "वह", "সেটা"; Vietnamese typed without diacritics: "cai do", "khoa nay"): what the message says of
# it is asked, not what picks it
_DEMONSTRATIVE = re.compile(
    r"\b(?:that|this)\b(?! (?:is|are|was) (?:the|a) )|\b(?:der|das) (?:da|hier)\b|"
    r"^\W*(?:ist|war) (?:der|das)\b|"  # "ist der kostenlos?": "is that one free?" (the lead, integration)
    r"\b(?:dieser|diesen|diesem)\b|\b(?:ese|esa|este|esta|eso)\b|"
    r"\b(?:celui-là|celle-là|celui-ci|celle-ci|ce cours)\b|\b(?:tämä|tuo)\b|"
    r"\b(?:cái|cai|khóa|khoá|khoa|môn|mon) (?:đó|đấy|này|do|day|nay)\b|"
    r"(?<!\w)(?:यह|वह|इसका|उसका|ये|वो)(?!\w)|এটা|এটি|সেটা|সেটি|ওটা",
    re.IGNORECASE,
)


def demonstrates(text: str) -> bool:
    """Whether a message points at one entry with a demonstrative and at no group ("is that one free?",
    "cai do mien phi ha"): the entry in focus or listed first, whatever it says of it."""
    return bool(_DEMONSTRATIVE.search(text)) and not _GROUP.search(text)


_CERTIFICATE = re.compile(
    r"\bcertificate\b|\bcert\b|zertifikat|certificado|\bcertificat\b|todistu|sertifikaat|chứng chỉ|"
    r"\bchung chi\b|bằng cấp|văn bằng|सर्टिफिकेट|प्रमाणपत्र|সার্টিফিকেট|সনদ",
    re.IGNORECASE,
)


def names_certificate(text: str) -> bool:
    """Whether a message speaks of "the certificate" without naming one ("is the certificate accredited?")."""
    return bool(_CERTIFICATE.search(text))


def without_certificate_word(text: str) -> str:
    """The message with its certificate words blanked, for a certificate asked OF an entry ("¿ese tiene
    certificado oficial?"), so the word names no certificate title (nor is "chứng chỉ" the "chỉ" of
    "only")."""
    return _CERTIFICATE.sub(" ", text)


# a pronoun standing for the one entry just talked about, beside the demonstratives: "does IT have", "from
# it", German "der/den/dem" with no noun after it ("hat der ein Zertifikat?", "gibt es für den ..."),
# Spanish "lo", Finnish "se/sen/siitä/sillä/siinä", Vietnamese "nó", Hindi "उसका/उसके/उसमें/usme/uska/woh/wo",
# Bengali "ওইটা/ওটার/সেটার/এটার/এর"
_PRONOUN_OF_ONE = re.compile(
    r"\b[Ii]t\b|\b[Dd](?:er|en|em)\b(?=\s+(?:[a-zäöüß]|$)|\s*[?!.,]|$)|\blo\b|"
    r"\b(?:se|sen|siitä|sillä|siinä|sitä|siihen)\b|\b(?:nó|no)\b(?= có| co)|"
    r"(?<!\w)(?:उसका|उसकी|उसके|उसमें|इसमें|इसकी|इसके)(?!\w)|\b(?:uska|uski|uske|usme|isme|iska|woh|wo|ye)\b|"
    r"ওইটা|ওটার|সেটার|এটার|ওটায়|সেটায়|(?<!\w)ওর(?!\w)",
)
# the certificate word is what the demonstrative or article picks ("is THAT certificate recognised?", "ese
# certificado", "ce certificat", "dieses Zertifikat", "chứng chỉ đó", "वह सर्टिफिकेट", "ওই সার্টিফিকেট"): the
# certificate is named, not asked of the entry in focus
_CERTIFICATE_PICKED = re.compile(
    r"\b(?:that|this|the)\s+(?:\w+(?:ed|al)\s+)?(?:certificate|cert)\b|"
    r"\b(?:dieses|diesem|das|dem|des)\s+(?:\w+e[nrs]?\s+)?zertifikat|"
    r"\b(?:ese|este|el|del|al)\s+certificado|\b(?:ce|cet|le|du)\s+certificat\b|"
    r"\b(?:tämä|tuo|se)\s+(?:\w+\s+)?todistus\b|(?:chứng chỉ|chung chi)\s+(?:đó|này|ấy|do|nay)\b|"
    r"(?<!\w)(?:वह|यह|वो|ये|उस|इस)\s+(?:सर्टिफिकेट|प्रमाणपत्र)|(?:ওই|এই|সেই)\s*(?:সার্টিফিকেট|সনদ)",
    re.IGNORECASE,
)


def points_at_one(text: str) -> bool:
    """Whether a message points back at the one entry just talked about (a demonstrative or a pronoun of
    one, and no group): "does that one have a recognised certificate?", "ese tiene certificado?", "onko
    siitä todistusta?", "क्या वो मान्य है?", "ওটার কি সার্টিফিকেট আছে?" (refs23, lead trial 18)."""
    text = without_certificate_word(text)
    pointed = bool(_DEMONSTRATIVE.search(text) or _PRONOUN_OF_ONE.search(text))
    return pointed and not _GROUP.search(text)


def asks_certificate_of_one(text: str) -> bool:
    """Whether a message asks whether the one entry it points back at gives (a recognised) certificate,
    rather than naming a certificate: "does that one have a recognised certificate?", "¿ese da un
    certificado reconocido?", "hat der ein anerkanntes Zertifikat?" - not "is that certificate recognised?"
    (refs23, lead trial 18: "ese" is the course just picked, not a certificate of an older list)."""
    return points_at_one(text) and not _CERTIFICATE_PICKED.search(text)


@dataclass(frozen=True)
class Attributes:
    """What a message says of the entry it means: study languages, formats, free, an EQF range."""

    languages: tuple[str, ...] = ()
    participation: tuple[str, ...] = ()
    free: bool = False
    eqf: tuple[int, int] | None = None

    def __bool__(self) -> bool:
        return bool(self.languages or self.participation or self.free or self.eqf)


# the Bengali classifier of one ("ফ্রি টা", "জার্মান টি"), which ends other words too ("মোটামুটি": "fairly"): it
# counts in a question or a request about the entry ("কেমন?", "কত দিনের", "সম্পর্কে বলুন")
_BN_ONE = re.compile(r"(?:টা|টি|টো)(?!\w)")
_BN_ASKS = re.compile(r"[?？]|কি|কী|কোন|কত|কেমন|বলুন|বলো|বলেন|কেন")


def in_the_singular(text: str) -> bool:
    """Whether a message speaks of one entry and of no group ("the German one", "celui en espagnol", "khóa
    tiếng Đức", "জার্মান টা"; not "the German ones", "only online", "những khóa", "वाले")."""
    singular = bool(_SINGULAR.search(text)) or bool(_BN_ONE.search(text) and _BN_ASKS.search(text))
    return bool(_ONE_OF.search(text)) or singular and not _GROUP.search(text)


def keeps(c: Credential, said: Attributes) -> bool:
    """Whether an entry has everything the message says of the one it means."""
    return (
        all(code in c.languages for code in said.languages)
        and all(c.participation == form for form in said.participation)
        and (not said.free or (c.cost == 0 and c.kind != "certificate"))
        and (said.eqf is None or said.eqf[0] <= (c.eqf_level or 0) <= said.eqf[1])
    )


def _by_provider(text: str, shown: Sequence[Credential]) -> list[Credential]:
    """The entries whose provider the message names ("the Uni C one", "el de OpenEd")."""
    low = f" {text.casefold()} "
    return [c for c in shown if len(c.provider) >= 3 and f" {c.provider.casefold()} " in low]


def _by_title_word(text: str, shown: Sequence[Credential]) -> list[Credential]:
    """The one entry whose title has the word marked as a title's ("el de R", "the SQL one"); [] when no
    such word, or when several titles shown have it. Of several, the one about that tool beats those using
    it as their medium (session 14: "the python one" of Programming Fundamentals in Python and Data
    Visualisation with Python, `planner.assumed`)."""
    for m in _TITLE_WORD.finditer(text):
        word = next(g for g in m.groups() if g).casefold()
        having = [c for c in shown if word in re.findall(r"[\w+#]+", c.title.casefold())]
        if len(having) > 1:
            having = [c for c in having if not any(word in a.quote.casefold() for a in assumed_skills(c))]
        if len(having) == 1:
            return having
    return []


def singled_out(text: str, said: Attributes, shown: Sequence[Credential]) -> Credential | None:
    """The one entry shown that the message points at by what sets it apart, or None: nothing said of one
    entry, or what is said fits several entries (a filter) or none (nothing to point at)."""
    if len(shown) < 2 or not in_the_singular(text) or demonstrates(text):
        return None
    for found in (_by_provider(text, shown), _by_title_word(text, shown)):
        if len(found) == 1:
            return found[0]  # "el de R es presencial?": named by its title, the format is asked
    kept = [c for c in shown if keeps(c, said)] if said else []
    return kept[0] if len(kept) == 1 else None


# school subjects a course is named by in the learner's language ("den Mathe-Kurs", "matematiikan kurssi",
# "khóa toán", "phần toán", "गणित वाला कोर्स", "গণিতের কোর্সটা", "অঙ্কের কোর্সটা"): the English word catalogue
# titles use (session 15; "toán" and "অঙ্ক" alone, session 17)
SUBJECTS = (
    (
        re.compile(
            r"\bmaths?\b|\bmathe\w*|\bmatem[aá]tica\w*|\bmath[ée]matique\w*|\bmatematiik\w*|\bmatik(?:ka|an|aa)\w*|"
            r"(?<!\w)toán(?!\w)|\b(?:khoa|mon|phan|hoc) toan\b|गणित|\bganit\b|গণিত|\bgonit\b|অঙ্ক",
            re.IGNORECASE,
        ),
        "mathematics",
    ),
    (
        re.compile(
            r"\bstatisti\w*|\bestad[ií]stica\w*|\btilasto\w*|thống kê|\bthong ke\b|सांख्यिकी|পরিসংখ্যান",
            re.IGNORECASE,
        ),
        "statistics",
    ),
)
# what a title says in other words or another language, one English word for each meaning (session 19): "KI",
# "l'IA", "tekoäly", "এআই" are the "AI" of "AI Foundations"; "Grundlagen", "l'intro", "perusteet", "cơ bản",
# "बुनियादी", "বেসিক" the entry level "Foundations", "Fundamentals", "Introduction", "Essentials" say;
# "প্রোগ্রামিং", "lập trình", "ohjelmointi" programming. Read on both sides, the message and the titles shown
MEANINGS = (
    (
        re.compile(
            r"\bki\b|\bia\b|artificial intelligence|k[üu]nstliche\w* intelligenz|"
            r"intelligence artificielle|inteligencia artificial|\btekoäly\w*|trí tuệ nhân tạo|"
            r"\btri tue nhan tao\b|एआई|कृत्रिम बुद्धि\w*|এআই|কৃত্রিম বুদ্ধি\w*",
            re.IGNORECASE,
        ),
        "ai",
    ),
    (
        re.compile(
            r"\bintro\w*|\bbasics?\b|\bfundamentals?\b|\bfoundations?\b|\bessentials\b|grundlagen\w*|"
            r"grundkurs\w*|\beinführung\w*|\bfundamentos?\b|\bintroducci[oó]n\b|\bfondamentaux\b|"
            r"\bfondements\b|\binitiation\b|\bperuste\w*|peruskurs\w*|\balkeet\b|\bjohdanto\w*|"
            r"cơ bản|\bco ban\b|nhập môn|\bnhap mon\b|बुनियादी|बेसिक|शुरुआती|বেসিক|মৌলিক|প্রাথমিক",
            re.IGNORECASE,
        ),
        "basics",
    ),
    (
        re.compile(
            r"\bprogramm\w*|\bprogramaci[oó]n\b|\bohjelmoin\w*|lập trình|\blap trinh\b|प्रोग्रामिंग|"
            r"প্রোগ্রামিং",
            re.IGNORECASE,
        ),
        "programming",
    ),
)
SHORTEST_SUBJECT = 4  # letters: a shorter word names no subject ("data" does, "the" does not)
SHORT_SUBJECTS = frozenset({"ai", "ml", "ux", "bi"})  # ... but these short names (matched whole)
SHARED_STEM = 7  # letters two words begin with alike: one word inflected ("sensibilisation", "sensibiliser")


# a French pronoun elided before its verb ("j'ai un diplôme", "je n'ai pas", "s'il", "t'as"): a verb, never a
# subject ("j'ai" is no "AI"); "l'IA", "d'IA" are articles before a noun and stay (session 18)
_PRONOUN_VERB = re.compile(r"\b[jmnst]['’]\w+", re.IGNORECASE)


def subject_words(*phrases: str) -> set[str]:
    """The subject words of some phrases: 4 letters or more (or a subject's short name, "AI", "ML"), no stop
    words nor numbers, a plural -s dropped. A set, for matching; to show them, `subject_words_in_order`."""
    return set(subject_words_in_order(*phrases))


def subject_words_in_order(*phrases: str) -> list[str]:
    """`subject_words` in the order they are said, each once: the one form to join into a label shown (a
    set's order changes with the hash seed: "computing parallel" for "parallel computing", session 24)."""
    words = [w for phrase in phrases for w in normalise_label(_PRONOUN_VERB.sub(" ", phrase)).split()]
    kept = (
        w[:-1] if w.endswith("s") and len(w) > SHORTEST_SUBJECT + 1 else w
        for w in words
        if (len(w) >= SHORTEST_SUBJECT or w in SHORT_SUBJECTS) and w not in STOPWORDS and not w.isdigit()
    )
    return list(dict.fromkeys(kept))


# a course word ending a compound ("verkkokurssilla", "Netzwerkkurs", "Datenbankkurse"): the subject before
_COURSE_SUFFIX = re.compile(r"(\w{4,}?)-?(?:kurssi\w*|kurse?n?)\b", re.IGNORECASE)


def _said_words(text: str, topic: str, lang: str | None) -> tuple[set[str], set[str]]:
    """The subject words a message says, as said (its topic's words, a Finnish compound's subject before its
    course word, a school subject's English) and as the glossary's English of its domain terms."""
    subjects = [word for pattern, word in (*SUBJECTS, *MEANINGS) if pattern.search(text)]
    # "verkkokurssilla", "Netzwerkkurs": the subject before the course word
    text = _COURSE_SUFFIX.sub(r"\1 ", text)
    said = subject_words(topic, text if lang == "fi" else "", *subjects)
    return said, subject_words(english(text, lang, only_terms=True) or "")


def _names(word: str, other: str) -> bool:
    """Whether a word said names a word of a title or skill: the same word, one beginning the other (a clipped
    "math" of "mathematics", "datenbank" of "datenbanken"), or both inflections of one stem."""
    if word == other:
        return True
    if len(word) < SHORTEST_SUBJECT or len(other) < SHORTEST_SUBJECT:
        return False  # "ai" names "AI", never "aiming"
    if other.startswith(word) or len(other) >= 5 and word.startswith(other):
        return True
    shared = next((i for i, (a, b) in enumerate(zip(word, other)) if a != b), min(len(word), len(other)))
    return shared >= SHARED_STEM


def subject_score(said: set[str], fields: Sequence[str]) -> int:
    """How many of the subject words said name a word of these fields (a title, skill labels)."""
    words = {w for f in fields for w in normalise_label(f).split() if len(w) >= SHORTEST_SUBJECT}
    words = (
        words | {w for f in fields for w in normalise_label(f).split() if w in SHORT_SUBJECTS}
    ) - STOPWORDS
    return sum(any(_names(w, o) for o in words) for w in said)


def on_subject(text: str, topic: str, lang: str | None, shown: Sequence[Credential]) -> list[Credential]:
    """Every entry shown on the subject a message names ("anything about machine learning": each title
    naming it, Mathematics for Machine Learning as well as Applied Machine Learning), else every entry whose
    skills name it; [] when none does. Unlike `named_by_subject`, which picks the one step meant, a whole
    subject ruled out takes all of them (lead trial 21's 14)."""
    said, in_english = _said_words(text, topic, lang)
    # all the words of the subject's name ("machine learning": not the e-learning titles); its English terms
    # first, the words as said (with any verb of removing them) only when the glossary knows none
    words = in_english or said
    if not words:
        return []
    for fields in (lambda c: [c.title, *meanings(c.title)], lambda c: [s.label for s in c.skills]):
        found = [c for c in shown if subject_score(words, fields(c)) == len(words)]
        if found:
            return found
    return []


def meanings(text: str) -> list[str]:
    """The English words of the meanings a text says in any language (`MEANINGS`): "KI-Grundlagen" ->
    ["ai", "basics"]."""
    return [word for pattern, word in MEANINGS if pattern.search(text)]


def says_basics(text: str) -> bool:
    """Whether a text names the entry level of a subject ("the AI basics", "l'intro à l'IA", "tekoälyn
    perusteet", "KI-Grundlagen"): a course, as "the ... one" points at one."""
    return "basics" in meanings(text)


def named_by_subject(
    text: str, topic: str, lang: str | None, shown: Sequence[Credential]
) -> list[Credential]:
    """The entries shown (a plan's steps, a list) that a message names by their subject, in any language ("I
    already did the maths, skip that one" -> Mathematics for Machine Learning; "den Datenbank-Kurs kann ich
    weglassen" -> Datenbanken in der Cloud; "phần toán tôi biết rồi"): those whose title shares most of the
    subject words said (the message's topic, the glossary's English of its terms, a school subject's English),
    else whose skills do. [] when none does; several when they share it alike ("the machine learning one" of
    two titles saying it: which one is asked, never guessed). Pure: the message and the entries shown."""
    said, in_english = _said_words(text, topic, lang)
    if not (said or in_english) or not shown:
        return []
    # the words as said name a title first ("le cours sur le RGPD": Les fondamentaux du RGPD), then their
    # English ("Datenbank": Database ...), then the skills either names
    for words, fields in (
        (said, lambda c: [c.title, *meanings(c.title)]),
        (in_english, lambda c: [c.title, *meanings(c.title)]),
        (said | in_english, lambda c: [s.label for s in c.skills]),
    ):
        scored = [(subject_score(words, fields(c)), c) for c in shown]
        best = max(n for n, _ in scored)
        if best:
            named = [c for n, c in scored if n == best]
            # a certificate carries its courses' skills: a subject names the course, "the certificate" it
            courses = [c for c in named if c.kind != "certificate"]
            return courses or named
    return []
