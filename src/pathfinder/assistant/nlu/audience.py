"""Who a course is asked for, said around the subject ("AI for someone with no tech background", "für
jemanden ohne technischen Hintergrund", "cho người không có nền tảng kỹ thuật"): those words describe the
learner, never the subject searched (pure, the eight languages)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from pathfinder.assistant.nlu.skill_use import says_using
from pathfinder.assistant.nlu.slots import tokens

# Words that open the description of the learner a course is for; the description runs to the end of its
# clause. Hindi and Bengali put it before the subject: a relative word opens it and "के लिए" / "জন্য" ends it.
_OPENERS = {
    "en": (
        "for someone",
        "for somebody",
        "for a person",
        "for people",
        "for anyone",
        "for a beginner who",
        "for beginners who",
        "who has never",
        "who have never",
    ),
    "de": ("für jemanden", "für jemand", "für leute", "für menschen", "für eine person"),
    "es": ("para alguien", "para gente", "para personas", "para una persona"),
    "fr": ("pour quelqu'un", "pour quelqu’un", "pour une personne", "pour des gens", "pour les gens"),
    "fi": ("jollekulle", "jollekin", "ihmiselle", "sellaiselle", "jolla ei", "joilla ei", "joka ei"),
    "vi": (
        "cho người",
        "cho ai",
        "cho những người",
        "dành cho người",
        "không có nền tảng",
        "chưa có nền tảng",
    ),
    "hi": ("जिसे", "जिसको", "जिनको", "जिसके", "जिनके", "jisko", "jise", "jinko"),
    "bn": ("যার", "যাদের", "যিনি", "jar", "jader"),
}
# Words of lacking ("with no tech background", "sin formación técnica", "ohne Vorkenntnisse", "बिना अनुभव"):
# the few words after them describe the learner (at most `_LACKING_SPAN`), not the whole clause; Bengali "ছাড়া"
# follows its noun ("অভিজ্ঞতা ছাড়া").
_LACKING = {
    "en": ("with no", "with little", "without"),
    "de": ("ohne",),
    "es": ("sin",),
    "fr": ("sans",),
    "fi": ("ilman",),
    "vi": ("không có kinh nghiệm",),
    "hi": ("बिना", "bina"),
    "bn": (),
}
_LACKING_SPAN = 3
_AFTER_ITS_NOUN = ("ছাড়া", "chara", "chhara")
_CLOSERS = {"hi": ("के लिए", "ke liye", "ke lie"), "bn": ("জন্য", "jonno", "jonyo")}
_CLAUSE_END = regex.compile(r"[,.;:!?¿¡।]")


def described_learner(message: str, lang: str | None) -> frozenset[str]:
    """The words of `message` (as `slots.tokens` reads them, lower case) that describe the learner a course is
    for; an English reading also tries Hinglish and Banglish openers."""
    langs = (lang,) if lang not in (None, "en") else ("en", "hi", "bn")
    words: set[str] = set()
    for clause in _CLAUSE_END.split(message.casefold()):
        toks = tokens(clause)
        for code in langs:
            closers = [tuple(tokens(c)) for c in _CLOSERS.get(code or "", ())]
            for opener in (tuple(tokens(o)) for o in _OPENERS.get(code or "", ())):
                for i in _starts(toks, opener):
                    end = next(
                        (j for j in range(i, len(toks)) for c in closers if _at(toks, j, c)), len(toks)
                    )
                    words.update(toks[i:end])
            for opener in (tuple(tokens(o)) for o in _LACKING.get(code or "", ())):
                for i in _starts(toks, opener):
                    words.update(toks[i : i + len(opener) + _LACKING_SPAN])
            if code == "bn":
                for i in _starts(toks, _AFTER_ITS_NOUN):
                    words.update(toks[max(0, i - 2) : i + 1])
    return frozenset(words)


def _at(toks: list[str], i: int, phrase: tuple[str, ...]) -> bool:
    return tuple(toks[i : i + len(phrase)]) == phrase


def _starts(toks: list[str], phrase: tuple[str, ...] | tuple[str, ...]) -> list[int]:
    """Where `phrase` (or, for a tuple of single words, any of them) starts in `toks`."""
    if phrase is _AFTER_ITS_NOUN:
        return [i for i, t in enumerate(toks) if t in phrase]
    return [i for i in range(len(toks)) if phrase and _at(toks, i, phrase)]


# words of lacking inside the description of the learner: "for someone with no tech background" is a
# beginner, "for someone who already codes" is not
_NONE = frozenset(
    "no never without little nothing zero null cero ohne kein keine keinen keiner nie sin ningún ninguna "
    "nunca sans "
    "aucun aucune jamais rien ilman ei mitään không chưa नहीं बिना nahi nahin bina নেই না ছাড়া nei na".split()
)


# a learner saying they know nothing or little of it yet, in the served languages (lead trial 17: "no sé
# programar nada", "मुझे खुद भी ज़्यादा नहीं आता" after a goal were read as a search and a plan)
_KNOWS_LITTLE = re.compile(
    r"\bknow (?:nothing|very little|next to nothing)\b|"
    r"\b(?:do ?n[o']t|don't|dont) know (?:anything|much|how to (?:code|program|use))\b|"
    r"\bnever (?:coded|programmed|used a computer|written (?:a line of )?code)\b|"
    r"\b(?:can't|cannot|can not) (?:code|program)\b|\bno (?:idea|clue) (?:about|of|how)\b|"
    r"\b(?:zero|no|0|little) (?:experience|knowledge|background)\b|"
    r"\bcomplete(?:ly)? (?:beginner|new|newbie)\b|"
    r"\bkann (?:noch )?(?:gar )?nichts\b|\bkeine (?:ahnung|erfahrung|vorkenntnisse)\b|"
    r"\bkann (?:nicht|kein) (?:programmieren|coden)\b|\bnoch nie (?:programmiert|gecodet)\b|"
    r"\bno s[ée] (?:nada|casi nada|mucho|programar|usar)\b|"
    r"\bno tengo (?:ni idea|experiencia|conocimientos)\b|"
    r"\bn'y connais rien\b|\bne (?:connais|sais) rien\b|\bne sais pas (?:programmer|coder)\b|"
    r"\baucune (?:expérience|connaissance|notion)\b|\bn'ai jamais (?:codé|programmé)\b|"
    r"\ben (?:osaa|tiedä|ymmärrä) (?:mitään|yhtään|ohjelmoida|koodata)\b|\bei (?:mitään )?kokemusta\b|"
    r"\ben ole koskaan (?:ohjelmoinut|koodannut)\b|"
    r"(?:chưa|không) biết (?:gì|lập trình|nhiều)|chua biet gi|khong biet gi|chưa có kinh nghiệm|"
    r"(?:कुछ|ज्यादा|ज्यादा|जरा|जरा भी) नहीं आता|कोई अनुभव नहीं|"
    r"\b(?:kuch|zyada|jyada) nahi aata\b|"
    r"কিছুই (?:জানি|পারি) না|(?:বেশি|তেমন) (?:জানি|পারি) না|কোনো অভিজ্ঞতা নেই|\bkichu(?:i)? jani na\b",
    re.IGNORECASE,
)


def _knows_little(message: str) -> bool:
    """Whether a learner says they know nothing or little yet ("I know nothing about computers", "no sé
    programar nada", "je n'y connais rien", "kann noch gar nichts", "en osaa mitään", "chưa biết gì", "मुझे
    ज़्यादा नहीं आता", "কিছুই জানি না"): a beginner's background."""
    text = unicodedata.normalize("NFD", message.casefold().replace("’", "'")).replace("\u093c", "")
    return bool(_KNOWS_LITTLE.search(unicodedata.normalize("NFC", text)))  # Hindi read without the nukta


def _describes_a_beginner(message: str, lang: str | None) -> bool:
    """Whether the learner a course is asked for is described as lacking a background ("AI for someone with no
    tech background", "para alguien sin formación técnica", "যার কোনো টেকনিক্যাল অভিজ্ঞতা নেই"), or the learner
    says so of themselves ("No degree", "I only know Excel": `own_background`)."""
    return bool(described_learner(message, lang) & _NONE) or bool(own_background(message))


# a qualification or schooling, said as lacking ("No degree", "I have no qualifications", "sin estudios", "pas
# de diplôme", "ei tutkintoa", "không có bằng cấp", "कोई डिग्री नहीं", "কোনো ডিগ্রি নেই")
_QUALIFICATIONS = frozenset(
    "degree degrees qualification qualifications qualifs diploma diplomas schooling abschluss abschlüsse "
    "abschluß studium ausbildung berufsausbildung estudios título titulo títulos titulos carrera "
    "bachillerato diplôme diplome diplômes diplomes études etudes bac tutkinto tutkintoa koulutus "
    "koulutusta ammattitutkintoa cấp डिग्री योग्यता पढ़ाई डिप्लोमा ডিগ্রি পড়াশোনা ডিপ্লোমা".split()
)
_LACK = _NONE | frozenset("pas koi कोई কোনো kono not".split())
# knowing only one tool ("I only know Excel", "ich kann nur Excel", "solo sé Excel", "je ne connais qu'Excel",
# "osaan vain Excelin", "chỉ biết Excel", "बस Excel आता है", "শুধু Excel পারি"): a beginner's background
_ONLY = frozenset(
    "only just nur bloß solo sólo solamente seulement qu' vain pelkästään ainoastaan chỉ सिर्फ़ सिर्फ बस sirf "
    "bas শুধু shudhu sudhu".split()
)
_KNOW = frozenset(
    "know knows kann kenne beherrsche sé conozco manejo connais connait connaît maîtrise osaan tunnen biết "
    "आता आती jaanta janta jaanti aata aati পারি জানি pari jani".split()
)
_BACKGROUND_SPAN = (
    3  # words between a word of lacking and the qualification ("no formal degree", "কোনো ডিগ্রি নেই")
)


# asking from one's own background ("is that a real thing for someone like me?", "alguien como yo", "আমার মতো
# কেউ"): a learner new to the field asks where to begin; and advice others gave ("people keep telling me to
# learn data", "mọi người bảo tôi nên học dữ liệu"): its words are no subject, the field advised is
_LIKE_ME = (
    "someone like me", "somebody like me", "people like me", "jemand wie ich", "jemanden wie mich",
    "alguien como yo", "gente como yo", "quelqu'un comme moi", "kaltaiseni", "minun kaltaiselle",
    "người như tôi", "मेरे जैसे", "मेरे जैसा", "mere jaise", "আমার মতো", "amar moto",
)  # fmt: skip
_TOLD = (
    "people keep telling me", "people keep saying", "everyone says", "everyone keeps saying",
    "everyone tells me", "people tell me", "people say", "alle sagen", "man sagt mir", "me dicen",
    "todos dicen", "on me dit", "tout le monde dit", "kaikki sanovat", "mọi người bảo", "mọi người nói",
    "log kehte", "sab kehte", "লোকে বলে", "সবাই বলে",
)  # fmt: skip


def own_background(message: str) -> frozenset[str]:
    """The words in which a learner says a fact about their own background, never a subject or a course name:
    a qualification lacked ("No degree", "keinen Abschluss", "meri koi degree nahi hai") and the word "only"
    with a verb of knowing ("I only know Excel", "solo sé Excel"; the tool itself stays a skill held)."""
    words: set[str] = set()
    for clause in _CLAUSE_END.split(message.casefold().replace("’", "'")):
        toks = tokens(clause.replace("qu'", "qu' "))
        for i, tok in enumerate(toks):
            if tok not in _QUALIFICATIONS or (tok == "cấp" and (i == 0 or toks[i - 1] != "bằng")):
                continue  # Vietnamese "bằng cấp" (a qualification), not "cấp" (a level) alone
            near = range(max(0, i - _BACKGROUND_SPAN), min(len(toks), i + _BACKGROUND_SPAN + 1))
            lacking = [j for j in near if toks[j] in _LACK]
            if lacking:
                words.update(toks[min(i, *lacking) : max(i, *lacking) + 1])
        if set(toks) & _ONLY and set(toks) & _KNOW:
            words.update(t for t in toks if t in _ONLY or t in _KNOW)
        low = f" {' '.join(toks)} "
        for phrase in (*_LIKE_ME, *_TOLD):
            if f" {' '.join(tokens(phrase))} " in low:
                words.update(tokens(phrase))
    return frozenset(words)


# computers in general, in the served languages ("computers", "PC", "kompyuter", "tietokone", "máy tính")
_COMPUTERS = frozenset(
    "computer computers computing pc pcs laptop computern rechner ordenador ordenadores computadora "
    "computadoras ordinateur ordinateurs d'ordinateur l'ordinateur informatique tietokone tietokoneen "
    "tietokonetta tietokoneita tietokoneista tietokoneiden tietokoneella tietokoneilla máy "
    "tính kompyuter कंप्यूटर कम्प्यूटर ল্যাপটপ কম্পিউটার কম্পিউটারের কম্পিউটারে "
    # computing in general ("keine Ahnung von EDV", "ni idea de informática": session 22)
    "edv informatik informática informatica computación computacion "
    # the short and spoken forms ("la compu", "l'ordi", "el PC", "der Laptop": session 24)
    "compu compus ordi ordis laptops "
    # the internet used little ("casi nunca he usado internet", "never really used the internet": session 25,
    # lead25fix: "internet" became the goal and planned networking)
    "internet l'internet netti nettiä internetiä इंटरनेट ইন্টারনেট".split()
)
# knowledge of computers said in one word ("kaum Computerkenntnisse", "keine IT-Kenntnisse"): both the
# computers and the knowing (session 22, dees22)
_COMPUTER_KNOWLEDGE = frozenset(
    "computerkenntnisse pc-kenntnisse edv-kenntnisse it-kenntnisse informatikkenntnisse "
    "computer-kenntnisse".split()
)
# "IT" in capitals: computing in general (the lower-case English pronoun is no such word)
_IT = regex.compile(r"\bIT\b")


def computers_only(topic: str) -> bool:
    """Whether a topic is computers in general and nothing else ("computer", "কম্পিউটার", "tietokone"): no
    subject to list courses on for one who says they know it (lead trial 17: "কম্পিউটার মোটামুটি পারি"
    listed Energy-Efficient Computing first)."""
    toks = set(tokens(topic))
    return bool(toks & _COMPUTERS) and len(toks) <= 3  # "কম্পিউটার মোটামুটি": computers and a word of degree


# knowing little ("not much", "zyada nahi", "wenig", "poco", "peu", "vähän", "ít", "বেশি না"), with `_NONE`
_LITTLE = frozenset(
    "much well little bit wenig kaum poco mucho peu bien vähän juuri ít lắm ज़्यादा ज्यादा zyada jyada "
    "বেশি beshi".split()
)

_NOT = frozenset("not don't dont doesn't doesnt didn't didnt pas nicht nada".split())
# using a computer ("never really (used) a computer", "nie einen Computer benutzt", "nunca he usado un
# ordenador", "jamais utilisé d'ordinateur", "en ole käyttänyt tietokonetta", "chưa bao giờ dùng máy tính",
# "kabhi computer nahi chalaya", "কখনো কম্পিউটার চালাইনি"): denied, a beginner's own start (session 20)
_NEVER = frozenset("koskaan কখনো কখনও".split())
# (the verbs of using are `skill_use.says_using`'s; these are of running a computer, in Hindi and Bengali)
_OPERATE = frozenset("chalaya chalana chalata चलाया चलाना चलाता চালাইনি চালাই".split())
_BARELY = frozenset("kaum barely hardly apenas guère tuskin".split())
_KNOWING = frozenset("knowledge idea ahnung jaanta janta जानता जानती জানি biết aus".split())
# being good or at ease with computers, denied ("not good with computers", "mit Computern nicht so fit", "no
# se me dan bien los ordenadores", "pas douée en informatique", "en oo hyvä tietokoneiden kanssa", "không
# rành máy tính", "कंप्यूटर में अच्छा नहीं", "কম্পিউটারে ভালো না"), and being bad at them said outright ("bad
# with computers", "schlecht mit Computern", "malo con la computadora", "nulle en informatique", "huono
# tietokoneiden kanssa", "kém máy tính", "कंप्यूटर में कमजोर", "কম্পিউটারে দুর্বল") (session 24)
_GOOD_AT = frozenset(
    "good great fit gut bueno buena buenos bien bon bonne doué douée doue douee l'aise aise hyvä hyva "
    "giỏi gioi rành ranh thạo thao अच्छा अच्छी accha achha acha ভালো ভাল valo bhalo".split()
)
_BAD_AT = frozenset(
    "bad terrible hopeless useless schlecht mies malo mala malísimo malísima malisimo malisima pésimo "
    "pésima pesimo pesima nul nulle mauvais mauvaise "
    "huono heikko kém kem dở kamzor कमजोर कमज़ोर দুর্বল kharap খারাপ".split()
)


def _new_to_computers(message: str) -> bool:
    """Whether learners say they know little or nothing of computers in general ("I know nothing about
    computers", "कंप्यूटर के बारे में ज़्यादा नहीं जानता", "je ne connais pas bien l'ordinateur"): their start is
    their own digital skills, not a course on some computing subject."""
    clauses = _CLAUSE_END.split(message.replace("’", "'"))
    for n, said in enumerate(clauses):
        clause = said.casefold()
        toks = set(tokens(clause))
        knows = toks & (_KNOW | _KNOWING | _COMPUTER_KNOWLEDGE)
        denied = toks & (_NONE | _NOT | _NEVER)
        computers = toks & (_COMPUTERS | _COMPUTER_KNOWLEDGE) or _IT.search(said)
        used = toks & _OPERATE or says_using(clause)
        if computers and (denied and (knows or toks & _LITTLE or used) or knows and toks & _BARELY):
            return True
        # "quiero algo con ordenadores, pero no sé nada", "something with computers, but I know nothing":
        # a short clause of knowing nothing right after the computers is said of them (trial 22's 03)
        after = set(tokens(clauses[n + 1].casefold())) if n + 1 < len(clauses) else set()
        if computers and 0 < len(after) <= _SHORT_AFTER and _knows_little(clauses[n + 1]):
            return True
    return False


_SHORT_AFTER = 5


def _uneasy_with_computers(message: str) -> bool:
    """Whether learners say they are not good (or bad) with computers ("not good with computers", "mit
    Computern nicht so fit", "pas douée en informatique", "en oo hyvä tietokoneiden kanssa", "không rành máy
    tính", "कंप्यूटर में अच्छा नहीं", "কম্পিউটারে ভালো না", "bad with computers")."""
    for said in _CLAUSE_END.split(message.replace("’", "'")):
        toks = set(tokens(said.casefold()))
        if not (toks & _COMPUTERS or _IT.search(said)):
            continue
        # (Finnish denies with a verb: "en oo / en ole hyvä")
        denied = toks & (_NONE | _NOT | _NEVER) or (toks & {"oo", "ole"} and toks & {"en", "et"})
        if denied and toks & _GOOD_AT or toks & _BAD_AT or toks & _AFRAID:
            return True
    return False


# afraid of computers ("very anxious about computers", "hat Angst vor Computern", "le dan miedo los
# ordenadores", "a peur de l'ordinateur", "pelkää tietokoneita", "sợ máy tính", "कंप्यूटर से डर लगता है",
# "কম্পিউটারে ভয় পায়"):
# uneasy with them, their start is their own digital skills (session 26, lead trial 22's 19)
_AFRAID = frozenset(
    "anxious afraid scared nervous frightened fear fears intimidated overwhelmed terrified "
    "angst ängstlich aengstlich nervös miedo asusta asustan nerviosa nervioso temor "
    "peur angoisse angoissée angoissé stressée stressé pelkää pelkään pelko jännittää "
    "sợ ngại डर डरती डरता घबराहट घबराती घबराता ভয় ভয়ে ভয়পায়".split()
)


# a phone, in the served languages ("smartphone", "Handy", "celular", "portable", "kännykkä", "điện thoại",
# "मोबाइल", "ফোন"); Vietnamese "điện thoại" is read by its second word, which nothing else has
_PHONES = frozenset(
    "phone phones smartphone smartphones cellphone cellphones mobile mobiles iphone android handy handys "
    "smartfon mobiltelefon telefon móvil movil celular celu cel teléfono telefono smartphone téléphone "
    "telephone portable portables puhelin puhelinta puhelimella puhelimen puhelimeen kännykkä kännykkää "
    "kännykällä kannykka älypuhelin älypuhelinta älypuhelimella thoại thoai फ़ोन फोन मोबाइल ফোন মোবাইল "
    "phone-e fone mobail "
    # session 24, after the unseen variants: the smartphone in Devanagari and Bengali script, the short and
    # spoken forms ("only got her cell", "känny", "luuri", "chỉ có đt")
    "स्मार्टफोन स्मार्टफ़ोन স্মার্টফোন ফোনটা ফোনই cell cells känny kännyä luuri luuria đt dt".split()
)
# a computer of one's own, besides `_COMPUTERS` ("no compu", "sin computador", "kein Notebook")
_OWN_COMPUTERS = _COMPUTERS | frozenset(
    "compu computador computadores notebook portátil portatil desktop ordi kone konetta ল্যাপটপ लैपटॉप".split()
)
# "only" before the phone ("solo tiene celular", "nur ein Handy", "je n'ai qu'un téléphone", "chỉ có điện
# thoại", "sirf mobile hai", "শুধু মোবাইল"): a few words apart at most
_ONLY_A = _ONLY | frozenset(
    "qu'un qu'une chi merely solamente únicamente unicamente pelkkä mỗi केवल kewal keval শুধুমাত্র "
    "কেবল kebol".split()
)
_DEVICE_SPAN = 3


def _only_a_phone(message: str) -> bool:
    """Whether learners (or an adviser's client) say a phone is their only device ("I only have a
    smartphone", "solo tiene celular, no compu", "hat nur ein Handy", "chỉ có điện thoại", "mere paas sirf
    mobile hai", "শুধু মোবাইল আছে", "minulla on vain puhelin", "je n'ai qu'un téléphone"): an "only" a few
    words before the phone, or a phone beside a computer denied ("Handy ja, PC nein", "laptop nahi hai"). A
    device of theirs, never a subject to search nor a job (lead trial 19's 12)."""
    toks = tokens(message.replace("’", "'").casefold())
    phones = [i for i, w in enumerate(toks) if w in _PHONES]
    if not phones:
        return False
    if any(w in _ONLY_A for i in phones for w in toks[max(0, i - _DEVICE_SPAN) : i]):
        return True
    computers = [i for i, w in enumerate(toks) if w in _OWN_COMPUTERS]
    return any(
        w in _NONE or w in _NOT or w == "nein"
        for i in computers
        for w in toks[max(0, i - 2) : i + _DEVICE_SPAN]
    )


def device_sentence(text: str) -> str | None:
    """The first sentence of a catalogue text that names a phone or a computer ("Each unit ends with a
    five-minute check-up on your own phone or laptop."), else None: what the catalogue itself says of the
    device a course uses, quoted, never guessed (session 24)."""
    for sentence in regex.split(r"(?<=[.!?।])\s+", text):
        toks = set(tokens(sentence.replace("’", "'").casefold()))
        if toks & (_PHONES | _OWN_COMPUTERS | _DEVICES):
            return sentence.strip()
    return None


# devices named in catalogue texts besides phones and computers ("tablets", "your own device")
_DEVICES = frozenset(
    "tablet tablets tableta tablette tabletti device devices gerät dispositivo appareil".split()
)


@dataclass(frozen=True)
class Lacked:
    """What a message says the learner lacks, the one reading of "the learner is a beginner" (every caller
    reads its field from `learner_lacks`)."""

    computers: bool
    """Computers in general: "I know nothing about computers", "never really used a computer", "कंप्यूटर के
    बारे में ज़्यादा नहीं जानता" (their start is their own digital skills, not a course on a computing subject)."""
    knowledge: bool
    """Knowing the subject or programming, said of oneself: "I know nothing", "no sé programar nada", "je n'y
    connais rien", "en osaa mitään", "chưa biết gì", "मुझे ज़्यादा नहीं आता", "কিছুই জানি না"."""
    background: bool
    """A background or a qualification, of the learner a course is asked for ("AI for someone with no tech
    background", "para alguien sin formación técnica") or of oneself ("No degree", "I only know Excel")."""
    computer_ease: bool = False
    """Ease with computers, denied ("not good with computers", "mit Computern nicht so fit", "không rành máy
    tính", "কম্পিউটারে ভালো না", "bad with computers"): a self-rating, not a subject left unnamed - starting
    directions at a beginner's level, while "I need Excel for my new job, I'm not good with computers" stays
    a search for Excel (session 24)."""
    computer: bool = False
    """A computer, said as the device they lack: only a phone ("I only have a smartphone", "solo tiene
    celular, no compu", "nur ein Handy", "chỉ có điện thoại"; session 24). They are a beginner on a phone:
    their start is their own digital skills, online first (`digital_start`)."""

    @property
    def digital_start(self) -> bool:
        """Whether their start is their own digital skills: new to computers, or only a phone."""
        return self.computers or self.computer

    @property
    def beginner(self) -> bool:
        """Whether the learner is a beginner in the subject: knowing little of it or lacking a background."""
        return self.knowledge or self.background


@lru_cache(maxsize=512)
def learner_lacks(message: str, lang: str | None = None) -> Lacked:
    """What `message` says the learner lacks (`Lacked`); `lang` is the language it was read in (the
    description of the learner a course is for is read with that language's words)."""
    return Lacked(
        computers=_new_to_computers(message),
        computer_ease=_uneasy_with_computers(message),
        knowledge=_knows_little(message),
        background=_describes_a_beginner(message, lang),
        computer=_only_a_phone(message),
    )
