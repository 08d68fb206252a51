"""Which entry of a list (or plan) shown a follow-up picks, and whether a go-ahead accepts the plan shown:
"the closest one", "the hardest one", "which first" over a list, "is that one in English?", "let's go with
that". Pure functions over the message text and catalogue records; `policy.decide` and the offline responder
read them (session 10)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from pathfinder.assistant.nlu import glossary
from pathfinder.domain import Credential

# "what's the closest thing", "was wäre am ehesten passend?", "¿cuál se parece más?", "le plus proche",
# "mikä on lähin vastaava?", "khóa nào gần giống nhất?", "सबसे करीब कौन सा?", "সবচেয়ে কাছাকাছি কোনটা?": the
# entry shown that is nearest to what was asked (a list is ranked by that already: its first entry)
_CLOSEST = re.compile(
    r"\b(?:closest|nearest|most similar|most like it|closest match|best match)\b|"
    r"\bam (?:ehesten|nächsten|naechsten|ähnlichsten|aehnlichsten)\b|\bähnlichste|\baehnlichste|"
    r"\b(?:m[aá]s (?:parecid[oa]|cercan[oa]|similar|pr[oó]xim[oa]))\b|\bse parece m[aá]s\b|"
    r"\ble plus (?:proche|similaire|ressemblant)\b|\bla plus (?:proche|similaire|ressemblante)\b|"
    r"\blähin|\blahin|\blähimpänä|\blahimpana|\bsamankaltaisin|\bsamanlaisin|"
    r"gần giống nhất|gan giong nhat|gần nhất|gan nhat|giống nhất|giong nhat|"
    r"सबसे (?:करीब|क़रीब|नज़दीक|नजदीक|मिलता)|\bsabse (?:kareeb|karib|najdeek|milta)|"
    r"সবচেয়ে (?:কাছাকাছি|কাছের|মিল)|\bsobcheye (?:kachakachi|kacher|mil)",
    re.IGNORECASE,
)


def asks_closest(text: str) -> bool:
    """Whether a message asks for the entry shown nearest to what was asked ("fine, what's the closest
    thing", "vậy khóa nào gần giống nhất?")."""
    return bool(_CLOSEST.search(text))


# session 29 (the blind sets 23-25): something like what was asked, or in its place, with no superlative
# ("anything similar then?", "habt ihr was Ähnliches / stattdessen?", "¿qué tenéis en su lugar?", "vous avez
# quoi d'équivalent / de proche ?", "mitä teillä on sen tilalle / sijaan?", "có khóa nào tương tự không?",
# "तो इसके बदले क्या है?", "তাহলে কাছাকাছি / এর মতো কিছু আছে?"): after a list shown in place of a name the
# catalogue lacks, the nearest of it, as "the closest" is
_INSTEAD = re.compile(
    r"\bsimilar\b|\binstead\b|\balternatives?\b|\bequivalent\b|\bsomething like (?:it|that|this)\b|"
    r"\bähnlich\w*|\baehnlich\w*|\bstattdessen\b|\bvergleichbar\w*|\balternative[n]?\b|"
    r"\bparecid[oa]s?\b|\bsimilar(?:es)?\b|\ben su lugar\b|\ben vez de eso\b|\balternativas?\b|"
    r"\bequivalentes?\b|\bde proche\b|\bsimilaires?\b|[àa] la place\b|\béquivalent\w*|\bequivalent\w*|"
    r"\btilalle\b|\bsijaan\b|\bvastaava\w*|\bsamanlai\w*|\bkorvaava\w*|"
    r"tương tự|\btuong tu\b|thay thế|\bthay the\b|thay vào đó|gần giống|\bgan giong\b|"
    r"मिलता[- ]जुलता|इसके बदले|इसकी जगह|बदले में|\bmilta[- ]julta\b|\biske badle\b|\biski jagah\b|"
    r"কাছাকাছি|এর মতো|মতো কিছু|বদলে|পরিবর্তে|একই রকম|\bkachakachi\b|\bmoto kichu\b",
    re.IGNORECASE,
)


def asks_instead(text: str) -> bool:
    """Whether a message asks for something like what was asked, or in its place ("anything similar?",
    "was habt ihr stattdessen?"), with no superlative (`asks_closest` is that)."""
    return bool(_INSTEAD.search(text))


# "which is the hardest?", "der schwierigste", "el más difícil", "le plus difficile", "vaikein", "khó nhất",
# "sabse tough", "সবচেয়ে কঠিন": the most demanding entry shown (superlatives only: "which is harder?" of two
# shown is a comparison)
_HARDEST = re.compile(
    r"\b(?:hardest|toughest|most (?:difficult|advanced|demanding|challenging))\b|"
    r"\b(?:schwierigste|schwerste|anspruchsvollste|fortgeschrittenste)\w*|"
    r"\b(?:el|la|los|las) m[aá]s (?:dif[ií]cil|dur[oa]|avanzad[oa]|exigente)s?\b|"
    r"\b(?:le|la|les) plus (?:difficile|dur|dure|avancée?|exigeante?)s?\b|"
    r"\bvaikein|\bvaativin|\bedistynein|"
    r"khó nhất|kho nhat|nâng cao nhất|nang cao nhat|"
    r"सबसे (?:कठिन|मुश्किल|टफ|एडवांस)|\bsabse (?:tough|mushkil|kathin|hard|advanced?)|"
    r"সবচেয়ে (?:কঠিন|শক্ত|অ্যাডভান্সড)|\bsobcheye (?:kothin|shokto|tough|hard)",
    re.IGNORECASE,
)


def asks_hardest(text: str) -> bool:
    """Whether a message asks for the most demanding entry shown ("which is the hardest one?")."""
    return bool(_HARDEST.search(text))


def hardest(shown: Iterable[Credential]) -> Credential | None:
    """The most demanding course shown: the highest EQF level, then the most prerequisites, then the most
    hours (a certificate is its courses, not a course of its own)."""
    courses = [c for c in shown if c.kind != "certificate"]
    return max(courses, key=lambda c: (c.eqf_level or 0, len(c.prerequisites), c.hours or 0.0), default=None)


# one entry pointed at in the singular ("is THAT one in English?", "ist DER auf Englisch?", "ese", "celui-là",
# "khóa đó", "वह", "সেটা"): a question about that entry, not a filter of the whole list
_ONE_BACK = frozenset(
    "that it this one der dieser ese esa este esta eso aquel celui celle celui-là celle-là celui-ci cette "
    "se tämä tuo sitä siitä sen đó này यह वह इसका उसका इसकी उसकी ये वो এটা এটি সেটা সেটি ওটা ওইটা".split()
)
_GROUP = re.compile(
    r"\b(?:any|all|which|those|these|them|ones|welche|die|alle|cu[aá]les|algun[oa]s|lesquel(?:le)?s|"
    # "koi", "kono", "कोई", "কোনো": "any" in Hindi and Bengali ("koi free course hai kya?", session 18)
    r"ceux|celles|mitkä|mitka|kaikki|niistä|niista|koi|kono)\b|nào|कौन|কোন|कोई",
    re.IGNORECASE,
)


def asks_of_group(text: str) -> bool:
    """Whether a message asks about the entries shown as a group ("which ones", "any", "welche", "lesquels",
    "mitkä", "nào", "कौन", "কোন")."""
    return bool(_GROUP.search(text))


def asks_of_one(text: str) -> bool:
    """Whether a message points at one entry in the singular and at no group ("khóa đó dạy bằng tiếng Anh
    hả?", "und ist der auf Englisch oder Deutsch?"), so a language asked about is that entry's."""
    words = re.split(r"[\s,.;:!?¿¡()\"'“”„«»।]+", text.lower())
    return any(w in _ONE_BACK for w in words) and not _GROUP.search(text)


# one entry pointed at by its price, in the singular: "the free one", "der kostenlose", "el gratuito", "le
# gratuit", "se ilmainen", "cái miễn phí", "फ्री वाला", "ফ্রি টা" (not "which ones are free?" nor "only free
# ones": the list's free entries, or a limit)
_FREE_ONE = re.compile(
    r"\b(?:the|that|this) (?:free|no[- ]cost) (?:one|course|programme|program)\b|"
    r"\b(?:der|den|dem|das|die|dieser|diesen) (?:kostenlose|kostenfreie|gratis)\b|"
    r"\b(?:el|la|ese|esa) (?:curso )?(?:gratuito|gratuita|gratis)\b|\bel que es gratis\b|"
    r"\b(?:le|la|ce) (?:cours )?(?:gratuit|gratuite)\b|\bcelui qui est gratuit\b|"
    r"\b(?:se|tuo|tämä|tama) (?:ilmainen|maksuton)\b|"
    r"\b(?:cái|cai) (?:miễn phí|mien phi|free)\b|"
    r"(?:फ्री|फ़्री|मुफ्त|मुफ़्त|\bfree)\s*(?:वाला|वाली|wala|wali)(?!\w)|"
    r"(?:ফ্রি|ফ্রী|বিনামূল্যের|\bfree)\s*(?:টা|টি|\bta\b)",
    re.IGNORECASE,
)


# "any": a free one asked for, not pointed at ("koi free wala hai?", "is there any free one?")
_ANY = re.compile(r"\b(?:any|koi|kono|irgend\w*|alg[uú]n\w*)\b|कोई|কোনো|\bnào\b", re.IGNORECASE)


def points_at_free_one(text: str) -> bool:
    """Whether a message points at one entry of what was shown by its price being nothing ("is the free one
    any good?"): that entry, not a filter of the list nor a budget; "is there any free one?" asks for one."""
    found = _FREE_ONE.search(text)
    return found is not None and not _ANY.search(text[: found.start()])


# something easier than the one shown: "anything easier?", "less advanced", "gibt es was Einfacheres?", "¿algo
# más fácil?", "plus facile", "helpompaa", "dễ hơn", "इससे आसान", "এর চেয়ে সহজ"
_EASIER = re.compile(
    r"\b(?:easier|simpler|less (?:advanced|difficult|hard)|more basic)\b|\b(?:einfacher|leichter)\w*|"
    r"\bweniger anspruchsvoll|más fáci|mas faci|más sencill|mas sencill|más básic|mas basic|"
    r"plus (?:facile|simple|accessible|abordable)|moins (?:difficile|avancé|avance)|"
    r"\b(?:helpomp|helpompi|kevyemp)\w*|dễ hơn|de hon|cơ bản hơn|co ban hon|"
    r"(?:से|इससे|उससे)\s+(?:आसान|सरल)|(?:आसान|सरल)\s+(?:कोर्स|वाला)|\b(?:asaan|aasan)\b|"
    r"চেয়ে সহজ|চাইতে সহজ|সহজ কিছু|সহজ কোর্স|\b(?:sohoj|shohoj)\b",
    re.IGNORECASE,
)


# one level up or down said of a list ("a level lower", "eine Stufe niedriger", "un nivel más bajo", "un
# niveau en dessous", "tasoa alempi"; and harder: "more advanced", "anspruchsvoller", "más avanzado", "plus
# avancé", "vaativampi"): the comparative, never the superlative of one entry ("the hardest one")
_LOWER_LEVEL = re.compile(
    r"\blower level\b|\blevel (?:lower|down|below)\b|\bone level (?:lower|down|below)\b|"
    r"\b(?:stufe|niveau|level)s? (?:niedriger|tiefer|darunter|runter)\b|\bniedrigere[sn]? (?:stufe|niveau)\b|"
    r"\bnivel (?:m[aá]s )?(?:bajo|inferior|abajo)\b|"
    r"\bniveau (?:plus bas|en dessous|inf[eé]rieur|au-dessous)\b|"
    r"\b(?:tasoa|taso|tason) (?:alempi|alempaa|alemmas|matalampi|matalampaa)\b|\balemma(?:n|lta)? taso",
    re.IGNORECASE,
)
_HARDER = re.compile(
    r"\bharder\b|\bmore (?:advanced|difficult|challenging)\b|\bhigher level\b|\blevel (?:higher|up)\b|"
    r"\bone level (?:higher|up)\b|\banspruchsvoller\w*|\bschwierige?r\w*|\bfortgeschrittener\w*|"
    r"\b(?:stufe|niveau|level)s? (?:höher|hoeher|drüber|darüber)\b|\bhöhere[sn]? (?:stufe|niveau)\b|"
    r"m[aá]s (?:avanzad|dif[ií]cil|exigente)|\bnivel (?:m[aá]s )?(?:alto|superior|arriba)\b|"
    r"plus (?:avanc[eé]|difficile|pouss[eé]|exigeant|dur)|"
    r"\bniveau (?:plus [eé]lev[eé]|au-dessus|sup[eé]rieur)\b|"
    r"\b(?:vaativamp|edistyneemp|vaikeamp)\w*|\b(?:tasoa|taso|tason) (?:ylempi|ylempää|ylempaa|korkeampi|"
    r"korkeampaa)\b",
    re.IGNORECASE,
)


def level_step(text: str) -> int:
    """-1 when a message asks for the list one level easier ("eine Stufe leichter", "algo más fácil",
    "vähän helpompia", "un niveau plus bas"), +1 one level harder ("more advanced", "anspruchsvoller", "un
    cran plus avancé", "vaativampia"), 0 otherwise or when it says both (session 21, refine21)."""
    down = bool(_EASIER.search(text) or _LOWER_LEVEL.search(text))
    up = bool(_HARDER.search(text))
    return -1 if down and not up else 1 if up and not down else 0


def asks_easier(text: str) -> bool:
    """Whether a message asks for something easier to start than the entry shown ("is there anything
    easier?"), in the comparative: not the easiest of a list (`policy.asks_easiest`)."""
    return bool(_EASIER.search(text))


# "cheap cyber security courses": a search ordered by price, in the served languages
_CHEAP = re.compile(
    r"\b(?:cheap|cheapest|affordable|inexpensive|low[- ]cost|günstig\w*|billig\w*|barat\w*|barato\w*|"
    r"económic\w*|pas chers?|bon marché|halpa\w*|halpo\w*|edullis\w*|rẻ|re nhat|सस्त\w*|sasta|sasti|সস্তা|"
    r"shosta)\b",
    re.IGNORECASE,
)


def says_cheap(text: str) -> bool:
    """Whether a message asks for cheap entries ("cheap cyber security courses", "any cheap ones?")."""
    return bool(_CHEAP.search(text))


# a proposal of the planner named as such ("apply the suggestion", "den Vorschlag übernehmen", "aplica el
# cambio", "la proposition", "ehdotus", "gợi ý", "सुझाव", "পরামর্শ"): not the plan itself
_SUGGESTION = re.compile(
    r"\b(?:suggestions?|proposals?|proposed|change|apply|vorschlag\w*|änderung\w*|aenderung\w*|übernehm\w*|"
    r"uebernehm\w*|sugerencias?|propuestas?|cambios?|apl[ií]ca\w*|propositions?|changements?|applique\w*|"
    r"ehdotu\w*|ehdotus|muutos\w*)\b|gợi ý|goi y|đề xuất|de xuat|thay đổi|áp dụng|सुझाव|बदलाव|लागू|"
    r"পরামর্শ|প্রস্তাব|পরিবর্তন|প্রয়োগ",
    re.IGNORECASE,
)


# taking what was shown as it is: "we'll go with that", "so machen wir das", "me quedo con eso", "on garde
# ça", "mennään tällä", "theo cái này", "यही करते हैं", "এটাই করি" (a short message; with a plan or goal known it
# is the plan itself)
_ACCEPT = re.compile(
    r"\b(?:go(?:ing)? with (?:that|this|it|them)|take (?:that|this|it)|sounds (?:good|great|fine|right)|"
    r"works for me|deal|that'?s (?:fine|good|perfect)|"
    r"(?:nehmen|nehme) (?:wir|ich) (?:das|den|die)|(?:so )?machen wir (?:das|es)|passt so|das passt|"
    r"einverstanden|"
    r"me quedo con|nos quedamos con|vamos con (?:eso|ese|esa|este)|me sirve|de acuerdo|"
    r"on (?:garde|prend|part (?:là-dessus|la-dessus|sur))|je (?:garde|prends) (?:ça|ca|celui)|"
    r"ça me va|ca me va|"
    r"(?:mennään|mennaan) (?:tällä|talla|sillä|silla|niin)|otetaan (?:tämä|tama|se)|sopii|käy hyvin)\b|"
    r"theo (?:cái|cai|lộ trình|lo trinh) (?:này|nay|đó|do)|chốt|chot|đồng ý|dong y|"
    r"यही (?:करते|करेंगे|लेते|ठीक)|\byahi (?:karte|karenge|lete|theek)|"
    r"এটাই (?:করি|করব|নিই|নেব|ঠিক)|\betai (?:kori|korbo|nibo|thik)",
    re.IGNORECASE,
)


# saying one is ready to start: "ok ready", "I'm ready, let's go", "passt, bin bereit", "vale, estoy lista",
# "d'accord, je suis prête", "okei, valmis", "sẵn sàng rồi", "मैं तैयार हूँ", "haan ready hoon", "আমি রেডি"
# (session 22: read as a goal 'ready', or the greeting)
_READY = re.compile(
    r"\b(?:(?:i'?m|im|i am|we'?re|we are) )?ready\b|\b(?:bin|sind|ich bin) bereit\b|\b(?:estoy|estamos) "
    r"(?:list[oa]s?|preparad[oa]s?)\b|^\W*(?:vale,? )?list[oa]\W*$|\bje suis pr[eê]te?\b|"
    r"\bon est pr[eê]ts?\b|\b(?:olen|oon|ollaan) valmis\b|\bvalmis\b|sẵn sàng|\bsan sang\b|तैयार|"
    r"\btaiyar\b|\btayyar\b|রেডি|প্রস্তুত",
    re.IGNORECASE,
)


_READY_WORDS = 6  # "tee polku niin et oon valmis pääsiäiseen mennessä" is a deadline, not the go-ahead


def accepts(text: str) -> bool:
    """Whether a short message takes what was shown as it is ("ok, we'll go with that", "passt, so machen
    wir das", "ঠিক আছে, এটাই করি") or says one is ready to start (`_READY`)."""
    if len(text.split()) > 10 or "?" in text:
        return False
    # ready, and nothing else named ("I'm ready to learn cloud" states a goal)
    ready = len(text.split()) <= _READY_WORDS and bool(_READY.search(text))
    return bool(_ACCEPT.search(text)) or ready and glossary.english(text, None) is None


# "ok so what now?", "und jetzt?", "¿y ahora qué?", "on fait quoi maintenant ?", "mitä nyt?", "rồi giờ sao?",
# "अब क्या करूँ?", "এখন কী করব?": the next move, which with a goal known is the plan (what comes after a course
# in focus is `policy.asks_after`)
_WHAT_NOW = re.compile(
    r"\b(?:what now|now what|what do (?:i|we) do now|und jetzt|was jetzt|was nun|und nun|"
    r"wie geht(?:'s|s| es) (?:jetzt )?weiter|y ahora|ahora qu[eé]|qu[eé] hago ahora|et maintenant|"
    r"(?:on fait|je fais) quoi maintenant|maintenant on fait quoi|mitä nyt|mitäs nyt|entä nyt|mita nyt|"
    r"mitä seuraavaksi|ab kya|ekhon ki)\b|"
    r"giờ sao|gio sao|giờ làm gì|gio lam gi|bây giờ (?:làm|học) gì|bay gio (?:lam|hoc) gi|rồi sao|roi sao|"
    r"अब क्या|এখন কী|এখন কি করব",
    re.IGNORECASE,
)


def asks_what_now(text: str) -> bool:
    """Whether a short message asks what to do now ("ok und jetzt?", "rồi giờ sao ạ?")."""
    return len(text.split()) <= 8 and bool(_WHAT_NOW.search(text))


def names_suggestion(text: str) -> bool:
    """Whether a message speaks of a proposed change ("apply the suggestion", "den Vorschlag bitte")."""
    return bool(_SUGGESTION.search(text))


def start_of(
    shown: list[Credential],
    get: Callable[[str], Credential | None],
    held: Iterable[str] = (),
    top: int = 3,
) -> Credential | None:
    """Where to begin among a list shown ("which one should I take first?"): what the most relevant entries
    need first. The list's first `top` courses (a list is ranked by relevance; a certificate is earned through
    its courses, so it is no start) and the prerequisites they need that are not held; of those that can be
    taken now, the lowest EQF level, then the one serving the more relevant entry."""
    courses = [c for c in shown if c.kind != "certificate"][:top]
    if not courses:
        return in_order(shown)[0] if shown else None
    pool, rank = prerequisite_pool(courses, get, set(held))
    ready = [c for c in pool.values() if not any(r in pool for r in c.prerequisites)]
    return min(ready, key=lambda c: (c.eqf_level or 0, rank[c.id], c.id), default=courses[0])


def prerequisite_pool(
    courses: Sequence[Credential],
    get: Callable[[str], Credential | None],
    done: set[str],
    met: Callable[[Credential], bool] = lambda c: False,
) -> tuple[dict[str, Credential], dict[str, int]]:
    """The `courses` and the prerequisites they need (found with `get`, transitively) that are not `done`
    (ids), by id, and for each the position of the first course it serves; a prerequisite `met` (known in
    whole) is added to `done`, which is changed in place, and its own prerequisites are not followed."""
    rank: dict[str, int] = {}
    pool: dict[str, Credential] = {}
    for n, course in enumerate(courses):
        waiting = [course]
        while waiting:
            c = waiting.pop()
            if c.id in done or c.id in pool:
                continue
            if met(c):
                done.add(c.id)
                continue
            pool[c.id], rank[c.id] = c, n
            waiting.extend(r for r in (get(i) for i in c.prerequisites) if r is not None)
    return pool, rank


def in_order(creds: list[Credential]) -> list[Credential]:
    """Credentials in the order to take them: each after its prerequisites among them; otherwise fewer
    prerequisites first, then the lower EQF level."""
    waiting = sorted(creds, key=lambda c: (len(c.prerequisites), c.eqf_level or 0, c.id))
    ids, done, ordered = {c.id for c in creds}, set(), []
    while waiting:
        ready = next(
            (c for c in waiting if all(r in done or r not in ids for r in c.prerequisites)), waiting[0]
        )
        waiting.remove(ready)
        done.add(ready.id)
        ordered.append(ready)
    return ordered


# what an entry IS, asked of one pointed at by its place ("what is the first course exactly?", "was genau ist
# der zweite Kurs?", "¿qué es exactamente el primer curso?", "c'est quoi la dernière formation ?", "mikä se
# ensimmäinen kurssi tarkalleen on?", "bước đầu tiên cụ thể là khóa gì?", "दूसरा कोर्स असल में क्या है?",
# "প্রথম কোর্সটা ঠিক কী?"): its card, not what it requires (session 16, lead trial 11)
_WHAT_IT_IS = re.compile(
    r"\bwhat(?:'s| is| exactly is| was)\b|\bexactly\b|\bprecisely\b|\bwas (?:genau )?ist\b|\bgenau\b|"
    r"\bqu[ée] (?:es|era)\b|\bexactamente\b|\bc'est quoi\b|\bqu'est-ce que c'est\b|\bexactement\b|"
    r"\bmikä\b.*\bon\b|\bmika\b.*\bon\b|\btarkalleen\b|\btarkemmin\b|là (?:khóa |cái )?gì|là khóa nào|cụ thể|"
    r"\bla (?:khoa |cai )?gi\b|cu the|क्या है|असल में|ठीक[- ]ठीक|\bkya hai\b|\basal mein\b|ঠিক কী|কোনটা কী|"
    r"\bki\b|\bthik ki\b",
    re.IGNORECASE,
)


def asks_what_it_is(text: str) -> bool:
    """Whether a message asks what an entry is ("what is ... exactly?", "qué es", "c'est quoi", "mikä ... on",
    "là khóa gì", "क्या है", "ঠিক কী")."""
    return bool(_WHAT_IT_IS.search(text))
