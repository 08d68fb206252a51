"""Domain terms of the served languages in English: `english(phrase, lang)` turns a goal such as
"kyberturvallisuusalalle", "gouvernance des données", "an ninh mang" or "SOC analyst" into words the
English taxonomy and catalogue use ("cybersecurity", "data governance", "cybersecurity analyst"). The terms
are our own list in `data/glossary.tsv`; matching ignores case and diacritics, and a term word ending in `*`
matches any word it begins (Finnish and German compounds and case endings)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex

from pathfinder.assistant.nlu import inflection, loanwords, vocab
from pathfinder.assistant.nlu.slots import tokens

GLOSSARY = Path(__file__).parent / "data" / "glossary.tsv"
OCCUPATION_HEADS = Path(__file__).parent / "data" / "occupation_heads.txt"  # tools/build_occupation_heads.py
_HEAD_FIRST = ("fr", "es", "vi")  # languages that name the job before its field
NOT_A_TERM = "-"  # a row that keeps a word from a shorter term's reading ("verkkokurssi" is not "verkko*")


@dataclass(frozen=True)
class Term:
    lang: str
    words: tuple[str, ...]  # folded; a trailing "*" marks a prefix
    english: str
    nearest: bool = False  # "~" in the file: the nearest ESCO occupation, not a translation ("BI developer")
    marks: tuple[str, ...] = ()  # Vietnamese rows: each word's diacritics (`vietnamese_marks`), "" for none
    # "=" in the file: a product's name written in another script ("जीरा" = Jira): translated, but no English
    # domain word (as one it took away "Cisco is not in the catalogue by name" in a German search; session 22)
    name_only: bool = False


def fold(word: str) -> str:
    """Lower case without Latin diacritics ("dữ liệu" -> "du lieu", "données" -> "donnees"); the vowel signs
    of Devanagari and Bengali stay, but the marks English loanwords are spelt with or without do not count
    (`_INDIC_VARIANTS`)."""
    decomposed = unicodedata.normalize("NFD", word.casefold().replace("đ", "d"))
    bare = "".join(ch for ch in decomposed if not "\u0300" <= ch <= "\u036f")
    return _INDIC_VARIANTS.sub(lambda m: _INDIC_SAME[m.group(0)], unicodedata.normalize("NFC", bare))


def vietnamese_marks(word: str) -> str:
    """The diacritics of a word, in no order ("mảng" -> hook above, "mạng" -> dot below, "khóa" and "khoá"
    alike; "đ" counts): two Vietnamese words typed with diacritics are the same word only with the same marks,
    while a word typed without any matches every spelling."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    marks = [ch for ch in decomposed if "\u0300" <= ch <= "\u036f"] + ["đ"] * decomposed.count("đ")
    return "".join(sorted(marks))


# English loanwords in Devanagari and Bengali script are spelt several ways ("ভিজ্যুয়ালাইজেশন" and
# "ভিজুয়ালাইজেশন", "অ্যানালিস্ট" and "এনালিস্ট", "विज़ुअलाइज़ेशन" and "विजुअलाइजेशन", "ऐनालिटिक्स" and
# "एनालिटिक्स"): the nukta, the ya-phala, zero-width joiners and the "a" of "analyst" fold to one spelling
_INDIC_SAME = {"\u093c": "", "\u09bc": "", "\u200c": "", "\u200d": "", "্য": "", "অ্যা": "এ", "ऐ": "ए"}
_INDIC_VARIANTS = regex.compile("|".join(sorted(map(regex.escape, _INDIC_SAME), key=len, reverse=True)))


# a job's head word and its chat forms (folded), read in the glossary's terms of two words or more
# (session 19)
_SHORT_HEADS = {
    "developer": ("dev", "devs"),
    "developers": ("devs",),
    "administrator": ("admin",),
    "developpeur": ("dev",),
    "developpeuse": ("dev",),
    "desarrollador": ("dev",),
    "desarrolladora": ("dev",),
    "entwickler": ("dev",),
}


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    out = []
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, term, english = line.split("\t")
        nearest = english.startswith("~")
        name_only = english.startswith("=")
        english = english.removeprefix("~").removeprefix("=")
        words: list[str] = []
        for word in term.split():
            # elided articles apart, as in a message ("bases de l'informatique": "l'", "informatique")
            pieces = [fold(t) for t in _elisions_split(tokens(word.rstrip("*")))]
            if pieces and word.endswith("*"):
                pieces[-1] += "*"
            words += pieces
        marks = tuple(vietnamese_marks(w) for w in tokens(term)) if lang == "vi" else ()
        out.append(
            Term(lang, tuple(words), english, nearest, marks if len(marks) == len(words) else (), name_only)
        )
        if len(words) > 1:
            # "full stack dev", "dev full stack", "network admin": a job's head word as chat shortens it
            for short in _SHORT_HEADS.get(words[-1], ()):
                out.append(Term(lang, (*words[:-1], short), english, nearest))
            for short in _SHORT_HEADS.get(words[0], ()) if lang in _HEAD_FIRST else ():
                out.append(Term(lang, (short, *words[1:]), english, nearest))
        weak = tuple(_weak_grade(w) for w in words) if lang == "fi" else tuple(words)
        if weak != tuple(words):  # "suurteholaskent*" also as "suurteholaskennan", "teknikk*" as "teknikon"
            out.append(Term(lang, weak, english, nearest))
    # longest first: "delegado de protección de datos" before "protección de datos" before "datos"
    return tuple(sorted(out, key=lambda t: (-len(t.words), -sum(len(w) for w in t.words))))


@lru_cache(maxsize=1)
def _vietnamese_pairs() -> frozenset[tuple[str, str]]:
    """The glossary's Vietnamese terms of two syllables, as typed with their marks ("y tá", "y tế")."""
    pairs = set()
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if line.startswith("vi\t"):
            words = tokens(line.split("\t")[1])
            if len(words) == 2:
                pairs.add((words[0], words[1]))
    return frozenset(pairs)


def vietnamese_pair(first: str, second: str) -> bool:
    """Whether two syllables are one Vietnamese term of the glossary ("y tá", a nurse: "y" alone is no word
    to drop as the Spanish "and")."""
    return (first.casefold(), second.casefold()) in _vietnamese_pairs()


# Finnish consonant gradation: a stem's strong grade and the weak one its genitive and other cases take
# ("laskenta" -> "laskennan", "teknikko" -> "teknikon", "tietokanta" -> "tietokannat"); a term's prefix ending
# in a strong cluster also matches the weak one
_WEAK_GRADE = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("nt", "nn"), ("lt", "ll"),
               ("rt", "rr"), ("ht", "hd"))  # fmt: skip


def _weak_grade(word: str) -> str:
    """A Finnish prefix term word ("suurteholaskent*") in its weak grade ("suurteholaskenn*"); any other
    word as it is."""
    if not word.endswith("*"):
        return word
    stem = word[:-1]
    strong = next((pair for pair in _WEAK_GRADE if stem.endswith(pair[0])), None)
    return word if strong is None else f"{stem[: -len(strong[0])]}{strong[1]}*"


ROLE_WORDS = frozenset(
    "analyst engineer developer scientist designer architect manager officer consultant specialist expert "
    "administrator tester technician programmer researcher teacher hacker trainer".split()
)


def names_nearest(phrase: str, lang: str | None = None) -> bool:
    """Whether the phrase names a job the taxonomy has no name for, read as the nearest one ("BI developer":
    a data warehouse developer; the glossary's "~" rows)."""
    near = {t.english for t in terms() if t.nearest}
    return any(english in near for _, english in segments(phrase, lang) if english is not None)


def names_role(english_phrase: str) -> bool:
    """Whether an English phrase names a job ("web developer") rather than an area ("cybersecurity")."""
    return any(w in ROLE_WORDS for w in english_phrase.casefold().split())


@lru_cache(maxsize=1)
def occupation_heads() -> frozenset[str]:
    """English words that end ESCO occupation labels ("nurse", "cashier", "clerk", "supervisor")."""
    lines = OCCUPATION_HEADS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def names_job(phrase: str, lang: str | None = None) -> bool:
    """Whether a phrase read where a job could stand names one: a job word of its own or of its English terms
    ("former nurse", "warehouse supervisor", "contable" -> accountant), not a name, a place or how someone is
    ("Ana is 34", "a call centre", "débutant complet")."""
    if vocab.names_no_job(phrase):
        return False
    found = english(phrase, lang, only_terms=True) or ""
    words = set(tokens(f"{phrase} {found}".casefold()))
    return bool(words & (ROLE_WORDS | occupation_heads()))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Words of the English side (and English rows): kept when they stand in another language's sentence."""
    words = {w.casefold() for t in terms() if not t.name_only for w in t.english.split()}
    words |= {w.rstrip("*") for t in terms() if t.lang == "en" for w in t.words}
    words |= ROLE_WORDS
    # a study format ("online", "remote") is a constraint, never part of a goal or topic ("kỹ sư mạng …, học
    # online thôi" is a network engineer, not an "online network engineer")
    return frozenset(words - vocab.STOPWORDS - set(vocab.PARTICIPATION))


def _word_matches(pattern: str, token: str) -> bool:
    if pattern.endswith("*"):
        stem = pattern[:-1]
        return token.startswith(stem) and len(token) >= len(stem)
    return token == pattern


# Bengali case endings on a term's last word ("ক্লাউডের", "নেটওয়ার্কিংয়ে", "ডাটা এনালাইসিসের"): the genitive,
# locative and classifiers a noun takes in a sentence
_BENGALI_ENDINGS = ("য়ের", "য়ে", "ের", "এর", "েরা", "র", "ে", "তে", "টা", "টি", "গুলো", "কে")


def _inflected_match(pattern: str, token: str, lang: str) -> bool:
    """A word of a term in a sentence: as written, or (terms of several words) with another ending: the
    same German stem, or the same Snowball stem in German, French and Spanish ("bases de datos" for "base de
    datos", "gestion des projets" for "gestion de projet")."""
    if _word_matches(pattern, token):
        return True
    if not lang or pattern.endswith("*"):
        return False
    if lang == "de" and inflection.german_stem(pattern) == inflection.german_stem(token):
        return True
    return lang in _STEMMED and inflection.stem(pattern, lang) == inflection.stem(token, lang)


_STEMMED = frozenset({"de", "fr", "es"})  # Finnish terms end in "*" (its stems cut through gradation)


def _match_at(folded: list[str], i: int, term: Term, marks: list[str] | None = None) -> bool:
    n = len(term.words)
    if i + n > len(folded):
        return False
    if marks is not None and term.marks and not _same_marks(marks[i : i + n], term.marks):
        return False  # "mảng" (a field of work) is not "mạng" (network), though both fold to "mang"
    lang = term.lang if n > 1 else ""
    if all(_inflected_match(p, folded[i + k], lang) for k, p in enumerate(term.words)):
        return True
    last = folded[i + n - 1]
    return (
        term.lang == "bn"
        and all(_word_matches(p, folded[i + k]) for k, p in enumerate(term.words[:-1]))
        and any(last == term.words[-1] + e for e in _BENGALI_ENDINGS)
    )


def _same_marks(written: list[str], term: tuple[str, ...]) -> bool:
    """Whether words as written carry a Vietnamese term's diacritics: a word typed with marks has the term
    word's marks (a term word without any, "ai", "cloud", takes any); a word typed without marks matches."""
    return all(not w or not t or w == t for w, t in zip(written, term))


def segments(phrase: str, lang: str | None) -> list[tuple[str, str | None]]:
    """The phrase as (words as written, English term or None) pieces: each known term is one piece, every
    other token its own."""
    # romanised Hindi/Bengali rows ("hi-Latn") serve any Latin-script reading: such messages are detected as
    # English or as the conversation's Hindi or Bengali
    candidates = [t for t in terms() if lang is None or t.lang in (lang, "en") or t.lang.endswith("-Latn")]
    toks = _compounds_split(_elisions_split(tokens(phrase)), candidates)
    if lang in _ROMANCE_ENDINGS:
        toks = [_romance_base(tok, lang) for tok in toks]
    if lang == "de":
        toks = [
            piece
            for tok in toks
            for part in _course_tail(tok)
            for piece in _closed_compound(part, candidates)
        ]
        toks = [_loanword_base(tok, candidates) for tok in toks]
    if lang in ("de", "fi", None):  # None: any language ("Grundschullehrerin" read by `taught_subject`)
        toks = [piece for tok in toks for piece in _job_compound(tok, candidates)]
    toks = _loanwords_read(toks, candidates)  # "ক্লাউড সিকিউরিটি": "সিকিউরিটি" is "security"
    folded = [fold(t) for t in toks]
    marks = [vietnamese_marks(t) for t in toks]
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(toks):
        if _french_verb(folded, i):  # one piece with its subject, so that no caller reads it as a word
            out[-1] = (f"{out[-1][0]} {toks[i]}", None)
            i += 1
            continue
        term = next((t for t in candidates if _match_at(folded, i, t, marks)), None)
        n = len(term.words) if term is not None else 1
        english = term.english if term is not None and term.english != NOT_A_TERM else None
        if english is not None and n == 1 and term is not None and term.words[0].endswith("*"):
            tail = _tail_term(folded[i][len(term.words[0]) - 1 :], candidates)
            english = f"{english} {tail}" if tail else english  # "verkkoinsinööriksi": network engineer
        out.append((" ".join(toks[i : i + n]), english))
        i += n
    return _linked(out, lang)


def _loanwords_read(toks: list[str], candidates: list[Term]) -> list[str]:
    """English loanwords written in Devanagari or Bengali script that no term of the glossary covers, as the
    English word (`loanwords.english`: "পারফরম্যান্স" -> "performance"); every other token as it is."""
    if not any(loanwords.in_script(t) for t in toks):
        return toks
    folded = [fold(t) for t in toks]
    covered: set[int] = set()
    for i in range(len(toks)):
        term = next((t for t in candidates if _match_at(folded, i, t)), None)
        if term is not None:
            covered.update(range(i, i + len(term.words)))
    vocabulary = english_words()
    return [tok if i in covered else loanwords.english(tok, vocabulary) or tok for i, tok in enumerate(toks)]


_SUBJECT = frozenset(("j'", "n'", "m'", "t'", "je"))


def _french_verb(folded: list[str], i: int) -> bool:
    """French "ai" (I have) after its subject, not AI: "j'ai", "je n'ai pas", "j'en ai marre"."""
    if folded[i] != "ai" or i == 0:
        return False
    before = folded[i - 1]
    return before in _SUBJECT or (before == "en" and i >= 2 and folded[i - 2] in _SUBJECT)


_ELISION = regex.compile(r"((?:l|d|j|qu|n|s|c|m|t)['’])(\p{L}.*)", regex.IGNORECASE)


def _elisions_split(toks: list[str]) -> list[str]:
    """French elided articles and pronouns apart from their word ("l'analyse" -> "l'", "analyse")."""
    out: list[str] = []
    for tok in toks:
        m = _ELISION.fullmatch(tok)
        out += [m.group(1), m.group(2)] if m else [tok]
    return out


def _tail_term(rest: str, candidates: list[Term], depth: int = 0) -> str | None:
    """The English of a one-word term that the rest of a compound is ("insinööriksi" in "verkkoinsinööriksi"),
    when the rest is long enough to be a word of its own; a rest of two terms read as both
    ("sicherheitsspezialistin" in "Netzwerksicherheitsspezialistin": security specialist)."""
    if len(rest) < 4:
        return None
    if rest.startswith("s") and not _known(rest, candidates):
        rest = rest[1:]  # German's linking "s": "Sicherheitsspezialistin" is "Sicherheit" + "Spezialistin"
    term = next((t for t in candidates if len(t.words) == 1 and _word_matches(t.words[0], rest)), None)
    if term is None:  # an English job word with a German ending: "Datenbanktesterin" -> "tester"
        bare = [rest, *(rest[: -len(e)] for e in _GERMAN_ENDINGS if rest.endswith(e))]
        return next((w for w in bare if len(w) >= 4 and w in english_words()), None)
    if term.english == NOT_A_TERM:
        return None
    further = None
    if depth < 2 and term.words[0].endswith("*"):  # a compound of three: the third part too
        further = _tail_term(rest[len(term.words[0]) - 1 :], candidates, depth + 1)
    return f"{term.english} {further}" if further else term.english


@lru_cache(maxsize=1)
def tool_words() -> frozenset[str]:
    """The one-word names of tools and products the curated skill aliases know ("Jira", "Canva", "Tableau",
    `skills.aliases`), folded: domain words in any language's sentence, as the glossary's own are (session 21,
    skills21: "mujhe Jira aur Canva dono aate hain" was cut at "aur" and "Jira" read as a goal). A name
    (capitalised in the file, not a German noun the glossary translates, "Datenanalyse"), four letters at
    least, and never one matched only as written ("REST", "SOC", "C"); an activity, written in lower case
    ("bookkeeping", "buchhaltung"), is none: it would enter search topics."""
    from pathfinder.skills.aliases import BUNDLED_ALIASES, read_aliases

    translated = {fold(w.rstrip("*")) for t in terms() if t.lang != "en" for w in t.words}
    return frozenset(
        fold(a.term)
        for a in read_aliases(BUNDLED_ALIASES)
        if a.term.isascii()
        and a.term.isalpha()
        and a.term[:1].isupper()
        and len(a.term) >= 4
        and not a.exact_case
        and fold(a.term) not in translated
    )


def names_tool(token: str) -> bool:
    """Whether a token is a tool's name (`tool_words`), also with a Finnish case ending ("Jiraa",
    "Dockeria"): read only for years or daily use of a tool (`understand._years_with_a_tool`,
    `understand._daily_with_a_tool`), never as a domain word (session 22)."""
    word, tools = fold(token), tool_words()
    return token.isascii() and (
        word in tools or any(word.endswith(e) and word[: -len(e)] in tools for e in _LOAN_ENDINGS)
    )


def domain_words(token: str) -> bool:
    """Whether a token outside any term is an English domain word ("Data Analyst" in a German sentence), also
    with a Finnish case ending ("Excelin", "Pythonia"). A tool's name (`tool_words`) is none: as a domain
    word it took away "Kubernetes is not in the catalogue by name" (skills21, reverted; session 22)."""
    word = fold(token)
    plural = len(word) > 4 and word.endswith("s") and word[:-1] in english_words()  # "databases"
    return token.isascii() and (word in english_words() or plural or loan_base(token) is not None)


# Finnish case endings on an English loanword ending in a consonant, which takes a linking "i" ("Excelin",
# "Pythonia", "Linuxista", "Javalla"); longest first
_LOAN_ENDINGS = (
    "illä", "illa", "issä", "issa", "ista", "istä", "iksi", "iin", "inä", "ina", "ia", "iä", "in",
    "lla", "llä", "ssa", "ssä", "sta", "stä", "ksi", "a", "ä", "n",
)  # fmt: skip


def loan_base(token: str) -> str | None:
    """The English domain word a Finnish-inflected loanword is ("excelin" -> "excel", "pythonia" -> "python",
    "javalla" -> "java"), or None."""
    word = fold(token)
    if len(word) < 5 or word in english_words():
        return None
    for ending in _LOAN_ENDINGS:
        base = word[: -len(ending)]
        if word.endswith(ending) and len(base) >= 3 and base in english_words():
            return base
    return None


# the words after which a lone "it" names the field ("i wanna work in it"), not the pronoun
_BEFORE_IT_THE_FIELD = frozenset({"in", "into", "im", "en", "dans", "trong", "the"})


def translate(phrase: str, lang: str | None, only_terms: bool = False) -> tuple[str, bool]:
    """(the phrase with each known term in English, whether any term was found). English words stay;
    other unknown words stay only in an English phrase (in another language they are verbs and fillers), and
    none with `only_terms`."""
    out: list[str] = []
    found = False
    pieces = segments(phrase, lang)
    previous = "in" if len(pieces) == 1 else ""  # "IT" alone names the field
    for written, english_term in pieces:
        after, previous = previous, fold(written)
        if english_term is not None:
            out.append(english_term)
            found = True
        elif fold(written) == "it" and after not in _BEFORE_IT_THE_FIELD:
            continue  # "plan it", "do it": the pronoun; "work in IT", "jobs in it": the field
        elif domain_words(written):
            out.append(written)
            found = found or only_terms  # "Data Analyst" in a German sentence: English domain words
        elif lang in (None, "en") and not only_terms:
            out.append(written)
    out = combined(out)
    # "koodariks software developer" (a topic with its English appended): the English words once, in the term
    in_terms = {w for piece in out if " " in piece for w in piece.split()}
    out = [w for w in out if " " in w or w not in in_terms]
    if lang in _HEAD_FIRST and found:
        # "ingénieur cloud", "kỹ sư mạng": the job word comes first; English puts it last
        roles = [w for w in out if names_role(w)]
        out = [w for w in out if not names_role(w)] + roles
    text = " ".join(dict.fromkeys(out))
    return (_english_titles(text) if lang not in (None, "en") else text), found


@lru_cache(maxsize=1)
def _english_title_rows() -> tuple[tuple[str, str], ...]:
    """The English rows of several words that name another title ("full stack developer" -> "web developer"),
    longest first; not a title the row only widens ("network engineer" -> "ICT network engineer") nor one
    read as its nearest occupation ("data engineer", linked as such)."""
    rows = {
        " ".join(t.words): t.english
        for t in terms()
        if t.lang == "en"
        and len(t.words) > 1
        and not t.nearest
        and not any(w.endswith("*") for w in t.words)
        and " ".join(t.words) not in t.english.casefold()
    }
    return tuple(sorted(rows.items(), key=lambda r: -len(r[0])))


def _english_titles(text: str) -> str:
    """Another language's phrase put into English, read by the English rows as an English phrase is: a title
    composed in English ("desarrollador full stack" -> "full stack developer", "ingénieure data" -> "data
    engineer") is the occupation the English title names."""
    padded = f" {text} "
    for words, english in _english_title_rows():
        if f" {words} " in padded.casefold() and f" {english.casefold()} " not in padded.casefold():
            at = padded.casefold().index(f" {words} ")
            padded = f"{padded[:at]} {english} {padded[at + len(words) + 2 :]}"
    return " ".join(padded.split())


# the words that join a term to the term it is said of, in languages that name the thing before what it is
# of ("sécurité des réseaux", "seguridad en redes", "Sicherheit von Netzwerken", "Datenschutz im
# Gesundheitswesen")
_LINKS = {
    "fr": frozenset("de des du d' la le les l' en".split()),
    "es": frozenset("de del la las los el en".split()),
    "de": frozenset("von der des den dem im".split()),
}


def _linked(pieces: list[tuple[str, str | None]], lang: str | None) -> list[tuple[str, str | None]]:
    """Two terms joined by linking words as one piece in English order, what it is of first: "sécurité des
    réseaux" -> "network security", "automatización de redes" -> "network automation"; a job word first
    stays for `translate` to put last ("analyste en cybersécurité")."""
    links = _LINKS.get(lang or "")
    if not links:
        return pieces
    out: list[tuple[str, str | None]] = []
    i = 0
    while i < len(pieces):
        written, first = pieces[i]
        j = i + 1
        while j < len(pieces) and pieces[j][1] is None and fold(pieces[j][0]) in links:
            j += 1
        second = pieces[j][1] if j < len(pieces) and j > i + 1 else None
        if first is None or second is None or names_role(first) or names_role(second):
            out.append(pieces[i])
            i += 1
            continue
        out.append((" ".join(w for w, _ in pieces[i : j + 1]), f"{second} {first}"))
        i = j + 1
    return out


# fields named by two terms, in either order and any language ("vận hành mạng bằng AI", "AI से नेटवर्क",
# "cloud er security", "machine learning for network traffic"): the field both name together
COMBINED_FIELDS = {
    frozenset({"network", "artificial intelligence"}): "AI-driven networking",
    frozenset({"network", "machine learning"}): "AI-driven networking",
    frozenset({"cloud", "security"}): "cloud security",
    frozenset({"cloud", "information security"}): "cloud security",
    frozenset({"cloud", "cybersecurity"}): "cloud security",
    frozenset({"network", "information security"}): "network security",  # "verkkojen tietoturva"
    frozenset({"network", "security"}): "network security",
    frozenset({"network", "automation"}): "network automation",
    # "tự động hóa mạng bằng AI", "use AI to automate our networks": automation by AI is AI-driven networking
    frozenset({"network automation", "artificial intelligence"}): "AI-driven networking",
    frozenset({"network automation", "machine learning"}): "AI-driven networking",
    frozenset({"AI-driven networking", "automation"}): "AI-driven networking",
}


def combined(pieces: list[str]) -> list[str]:
    """The English pieces with two that name one field together (`COMBINED_FIELDS`) as that field, where the
    first of them stood."""
    for pair, field in COMBINED_FIELDS.items():
        if pair <= set(pieces):
            first = min(pieces.index(x) for x in pair)
            pieces = [field if i == first else x for i, x in enumerate(pieces) if x not in pair or i == first]
    return pieces


def _compounds_split(toks: list[str], candidates: list[Term]) -> list[str]:
    """Hyphenated compounds no term names as a whole are read part by part: "data-insinööriksi" is "data"
    and "insinööriksi" (data engineer), while "data-analyytikoksi" stays one term."""
    hyphenated = [t.words[0] for t in candidates if "-" in t.words[0]]
    out: list[str] = []
    for tok in toks:
        parts = [x for x in tok.split("-") if x]
        if len(parts) > 1 and not any(_word_matches(w, fold(tok)) for w in hyphenated):
            out += parts
        else:
            out.append(tok)
    return out


# inflection endings of a German job or field at the end of a compound: "Softwaretesterin", "Cloudarchitekten"
_GERMAN_ENDINGS = ("innen", "in", "en", "n", "s", "e")


def _known(word: str, candidates: list[Term]) -> bool:
    """Whether a word is a one-word term of the language or an English domain word ("cloud", "tester")."""
    if word in english_words():
        return True
    return any(
        len(t.words) == 1 and t.english != NOT_A_TERM and _word_matches(t.words[0], word) for t in candidates
    )


def _closed_compound(token: str, candidates: list[Term]) -> list[str]:
    """A German compound that no term names as a whole, read as its two known parts: "Softwaretesterin" ->
    "software", "tester"; "Cloudsicherheitskurs" -> "cloud", "sicherheitskurs"; "Cybersecurityanalystin" ->
    "cybersecurity", "analyst". The first part is a term or an English domain word (with its linking "s":
    "Sicherheitsberater"), the second one with or without an inflection ending; the shortest first part that
    leaves a known second part wins. Anything else stays as it is."""
    word = fold(token)
    if len(word) < 8 or not word.isalpha() or _known(word, candidates):
        return [token]
    for k in range(3, len(word) - 2):
        head, tail = word[:k], word[k:]
        if not (_known(head, candidates) or (head.endswith("s") and _known(head[:-1], candidates))):
            continue
        if _known(tail, candidates):
            return [head, tail]
        bare = next(
            (tail[: -len(e)] for e in _GERMAN_ENDINGS if tail.endswith(e) and len(tail) - len(e) >= 3), None
        )
        if bare is not None and _known(bare, candidates):
            return [head, bare]
    return [token]


def _job_compound(token: str, candidates: list[Term]) -> list[str]:
    """A German or Finnish compound that ends in a job no term names as a whole, read as its first part and
    the job: "Grundschullehrerin" -> "grundschul", "lehrerin" (a teacher), "luokanopettaja" -> "luokan",
    "opettaja". The first part is any word (the kind of school, class or ward), the last a one-word term whose
    English names a job (`names_role`), with or without a German ending; the longest such job wins."""
    word = fold(token)
    if len(word) < 8 or not word.isalpha() or _known(word, candidates):
        return [token]
    jobs = [t for t in candidates if len(t.words) == 1 and t.english != NOT_A_TERM and names_role(t.english)]
    for k in range(3, len(word) - 3):
        head, tail = word[:k], word[k:]
        bare = [
            tail,
            *(tail[: -len(e)] for e in _GERMAN_ENDINGS if tail.endswith(e) and len(tail) - len(e) >= 4),
        ]
        if any(_word_matches(t.words[0], b) for b in bare for t in jobs):
            return [head, tail]
    return [token]


# French and Spanish feminine and plural endings of job and field words and the masculine singular the
# glossary writes ("administratrice" -> "administrateur", "testeuse" -> "testeur", "technicienne",
# "conseillère", "ingénieure", "cheffe", "experte", "réseaux"; "administradora" -> "administrador",
# "arquitecta" -> "arquitecto", "desarrolladoras", "ingenieras", "consultores"); longest first
_ROMANCE_ENDINGS = {
    "fr": (
        ("trices", "teur"), ("trice", "teur"), ("euses", "eur"), ("euse", "eur"), ("iennes", "ien"),
        ("ienne", "ien"), ("ieres", "ier"), ("iere", "ier"), ("eures", "eur"), ("eure", "eur"),
        ("effe", "ef"), ("eaux", "eau"), ("es", ""), ("e", ""), ("s", ""), ("x", ""),
    ),
    "es": (
        ("oras", "or"), ("ores", "or"), ("ora", "or"), ("as", "o"), ("os", "o"), ("a", "o"), ("es", ""),
        ("s", ""),
    ),
}  # fmt: skip


@lru_cache(maxsize=2)
def _romance_words(lang: str) -> frozenset[str]:
    return frozenset(w for t in terms() if t.lang == lang for w in t.words if not w.endswith("*"))


@lru_cache(maxsize=2)
def _romance_single_words(lang: str) -> frozenset[str]:
    return frozenset(t.words[0] for t in terms() if t.lang == lang and len(t.words) == 1)


def _romance_base(token: str, lang: str) -> str:
    """A French or Spanish word the glossary does not have, in the masculine singular it has
    ("administratrice réseau" is read as "administrateur réseau", "arquitecta" as "arquitecto"); so is a word
    it has only inside longer terms when its masculine is a term of its own ("développeuse" of "développeuse
    web" alone, "desarrolladora full stack": developer); anything else as it is."""
    word, known, single = fold(token), _romance_words(lang), _romance_single_words(lang)
    if word in single or len(word) < 4:
        return token
    for ending, base in _ROMANCE_ENDINGS[lang]:
        masculine = word[: -len(ending)] + base
        if word.endswith(ending) and (masculine in single or (word not in known and masculine in known)):
            return masculine
    return token


# German course words that end a compound ("Cloudarchitekturkurse", "Datenschutzschulung"): the subject is
# what comes before them
_COURSE_TAILS = (
    "weiterbildungen", "weiterbildung", "schulungen", "schulung", "lehrgaenge", "lehrgang", "seminare",
    "seminar", "zertifikate", "zertifikat", "trainings", "training", "kursen", "kurse", "kurs",
)  # fmt: skip


def _course_tail(token: str) -> list[str]:
    """A German compound ending in a course word, as its subject and the course word ("Cloudarchitekturkurse"
    -> "Cloudarchitektur", "kurse"); anything else as it is."""
    word = fold(token)
    tail = next((t for t in _COURSE_TAILS if word.endswith(t) and len(word) - len(t) >= 4), None)
    if tail is None or not word.isalpha():
        return [token]
    return [token[: -len(tail)], token[-len(tail) :]]


# German plural and case endings on English loanwords: "GPUs", "Clustern", "Servern", "Containern"
_LOANWORD_ENDINGS = ("innen", "in", "n", "s")  # and the feminine: "Data-Engineerin", "Developerinnen"


def _loanword_base(token: str, candidates: list[Term]) -> str:
    """An English domain word with a German plural or case ending, without it ("Clustern" -> "Cluster",
    "GPUs" -> "GPU") when only the bare word is known; anything else as it is."""
    word = fold(token)
    if len(word) < 4 or _known(word, candidates):
        return token
    for ending in _LOANWORD_ENDINGS:
        if word.endswith(ending) and word[: -len(ending)] in english_words():
            return token[: -len(ending)]
    return token


def english(phrase: str, lang: str | None, only_terms: bool | None = None) -> str | None:
    """The phrase in English when it names known domain terms, else None. Other words are dropped
    (`only_terms`) by default in other languages and from an English phrase of more than four words."""
    if only_terms is None:
        only_terms = lang not in (None, "en") or len(phrase.split()) > 4
    text, found = translate(phrase, lang, only_terms)
    return text if found and text.strip() else None


@lru_cache(maxsize=1)
def _names_of_terms() -> dict[str, dict[str, tuple[str, ...]]]:
    """English term -> language -> the glossary's whole-word names of it there, as written ("cybersecurity"
    -> fr: "cybersécurité", ...); prefix rows ("netzwerk*") name no word a catalogue's text holds."""
    names: dict[str, dict[str, list[str]]] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, term, english_side = line.split("\t")
        if "*" in term or english_side == NOT_A_TERM or lang == "en" or "-" in lang:
            continue
        names.setdefault(english_side.removeprefix("~").casefold(), {}).setdefault(lang, []).append(term)
    longest_first = sorted(names, key=lambda e: (-len(e.split()), -len(e)))
    return {e: {lang: tuple(ts) for lang, ts in names[e].items()} for e in longest_first}


def with_names_in(query: str, langs: tuple[str, ...], per_term: int = 2) -> str:
    """The query with the glossary's names, in `langs`, of the English terms it holds: a search limited to
    French or Spanish courses finds them by the subject's words in their language ("cybersecurity" + fr ->
    "cybersecurity cybersécurité"); the query as it is when it holds none or every language is English."""
    wanted = [lang for lang in langs if lang != "en"]
    if not wanted:
        return query
    padded = written = f" {' '.join(tokens(query))} "
    extra: list[str] = []
    for english_term, by_lang in _names_of_terms().items():  # longest first: "data protection", not "data"
        if f" {english_term} " not in padded:
            continue
        padded = padded.replace(f" {english_term} ", " | ")
        extra += [
            name
            for lang in wanted
            for name in by_lang.get(lang, ())[:per_term]
            if f" {' '.join(tokens(name))} " not in written  # named already
        ]
    return " ".join(dict.fromkeys([query, *extra]))


@lru_cache(maxsize=1)
def _names_by_english() -> dict[tuple[str, str], str]:
    """(language, English term) -> the glossary's first whole term for it in that language: no stem (a "*"
    term is cut short), no nearest reading ("~"), no abbreviation of three letters or fewer ("ia", "ki")."""
    out: dict[tuple[str, str], str] = {}
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        lang, term, english = line.split("\t")
        if lang == "en" or english.startswith("~") or term == NOT_A_TERM or "*" in term or len(term) <= 3:
            continue
        if lang == "de":  # German nouns are written with a capital: "Cyber-Sicherheit", "Maschinelles Lernen"
            term = " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-")) for w in term.split())
        out.setdefault((lang, english.casefold()), term)
    return out


def name_in(english: str, lang: str | None) -> str | None:
    """A subject's name in a served language as the glossary writes it, for a reply in that language
    ("cybersecurity" -> "ciberseguridad", "cybersécurité", "an ninh mạng", "साइबर सुरक्षा"; session 22: an
    area goal was named in English inside other-language replies); None in English or when it has none."""
    if not lang or lang == "en":
        return None
    return _names_by_english().get((lang, english.strip().casefold()))
