"""The job a role phrase names, in the eight languages: a current role is an occupation or a short label of
one, never where someone works (a place, an employer, a workplace: "at a bakery in Leeds", "dans une PME",
"ঢাকায় একটা গার্মেন্টস অফিসে"), what they study or a status (retired, a student): those are context."""

from __future__ import annotations

import regex

from pathfinder.assistant.nlu import vocab

_WORDS = regex.compile(r"[\p{L}\p{M}\p{N}'’-]+")
# Finnish place cases (inessive, adessive, elative, ablative): "marketissa", "Tampereella" say where
_FI_PLACE = ("ssa", "ssä", "lla", "llä", "sta", "stä", "lta", "ltä")
# Bengali locative endings: "ঢাকায়", "অফিসে", "কোম্পানিতে", "চট্টগ্রামে" say where
_BN_PLACE = ("য়", "তে", "ে")
_POSSESSIVES = frozenset(
    "my our mein meine meinen unser unsere mi mis nuestro nuestra mon ma mes notre "
    "मेरा मेरी मेरे हमारा हमारे আমার আমাদের amar mera meri".split()
)
# the verb "I teach" in the verb-final languages, as the teacher it makes someone
_TEACHES = {"पढ़ाती": "शिक्षिका", "पढ़ाता": "शिक्षक", "पढ़ाते": "शिक्षक", "পড়াই": "শিক্ষক", "পড়ান": "শিক্ষক"}
_ARTICLES = frozenset("a an the ein eine einer einem einen un una une el la los las le les l' một".split())


def is_status(phrase: str) -> bool:
    """Whether a role phrase says a status rather than a job: retired, a student, studying ("eläkkeellä",
    "đã nghỉ hưu", "ভাই কলেজে পড়ে", "second-year chemistry student")."""
    words = _WORDS.findall(phrase.casefold())
    # "আমার ছাত্র একজন ইলেকট্রিশিয়ান", "my student is a nurse": the one spoken of, whose job follows
    words = [w for i, w in enumerate(words) if not (i and words[i - 1] in _POSSESSIVES)]
    low = f" {' '.join(words)} "
    return any(f" {w} " in low for w in vocab.STATUS_WORDS) or bool(set(words) & vocab.DEGREE_WORDS)


def names_school_leaving(phrase: str) -> bool:
    """Whether a role phrase names a school-leaving qualification or a first degree ("Abitur", "bac pro
    commerce", "ylioppilas", "12th pass"): background, after which another cue may still name the job."""
    low = f" {' '.join(_WORDS.findall(phrase.casefold()))} "
    return any(f" {w} " in low for w in vocab.SCHOOL_LEAVING)


def job_held(phrase: str, lang: str | None) -> str:
    """The words of a role phrase that name the job: after "as" when it is said ("dans une PME comme
    assistante administrative" -> "assistante administrative"), before where it is done ("IT support engineer
    in Pune", "kỹ sư phần mềm tại một công ty ở Đà Nẵng"), without places in the languages that mark them on
    the word (Finnish cases, Bengali endings, Hindi "में"), before any word of knowing ("Lagerist mit Erfahrung
    im Versand"); "" for a status (`is_status`)."""
    words = without_speaker(_WORDS.findall(phrase))
    low = [w.casefold() for w in words]
    at = next((i for i, w in enumerate(low) if w in vocab.AS_WORDS and i + 1 < len(words)), None)
    if at is not None:
        words, low = words[at + 1 :], low[at + 1 :]
    # "a bachelor of arts graduate working as a cashier": the status before "as" leaves the job after it
    if is_status(" ".join(words) if at is not None else phrase):
        return ""
    # "Lagerist mit Erfahrung im Versand", "sais coder python", "hyvät atk-taidot": the job ends where what
    # someone knows begins, and a phrase of knowing alone names none (session 26)
    known = next((i for i, w in enumerate(low) if _of_knowing(w)), None)
    if known is not None:
        words, low = words[:known], low[:known]
    preps = vocab.PLACE_PREPOSITIONS.get(lang or "en", ())
    cut = next((i for i in range(1, len(low)) if low[i] in preps and _names_where(words, i, lang)), None)
    if cut is not None:
        words = words[:cut]
    if lang == "hi":  # "लखनऊ में एक बैंक में क्लर्क": the job after the last place; "X के रूप में": X
        low = [w.casefold() for w in words]
        if "रूप" in low:
            words = words[: max(0, low.index("रूप") - 1)]
        last = max((i for i, w in enumerate(low) if w in vocab.PLACE_POSTPOSITIONS), default=-1)
        words = words[last + 1 :] if last + 1 < len(words) else words[:last]
    if lang == "bn":  # "X হিসেবে": X; "ঢাকায় একটা গার্মেন্টস অফিসে": where, no job
        if "হিসেবে" in words:
            words = words[: words.index("হিসেবে")]
        last = max((i for i, w in enumerate(words) if w.endswith(_BN_PLACE) and len(w) > 2), default=-1)
        words = words[last + 1 :]
    if lang == "fi":
        words = _fi_without_places(words)
    teaches = [_TEACHES[w] for w in words if w in _TEACHES]
    if teaches:  # "मैं हिंदी पढ़ाती हूँ" (I teach Hindi): a teacher, not "पढ़ाती"
        words = teaches[:1]
    return " ".join(words)


def _of_knowing(word: str) -> bool:
    """A verb of knowing ("sais", "kann", "osaan") or a noun of skills or experience, compounds too
    ("Erfahrung", "EDV-Kenntnisse", "atk-taidot", "expérience", "conocimientos")."""
    return word in vocab.KNOW_OPENERS or word.endswith(vocab.SKILL_NOUN_ENDINGS)


# Finnish work posts said as where one works ("olen töissä kaupan kassalla": at the shop's till, a cashier)
_FI_POSTS = {
    "kassalla": "kassatyöntekijä",
    "keittiössä": "keittiötyöntekijä",
    "varastolla": "varastotyöntekijä",
    "varastossa": "varastotyöntekijä",
    "vastaanotossa": "vastaanottovirkailija",
}


def _fi_without_places(words: list[str]) -> list[str]:
    """Finnish role words without the places marked on them by case ("Helsingissä", "tehtaalla"), nor the
    genitive that names whose place it is ("kaupan kassalla": "kaupan" is the shop's, no job; lead trial 21's
    18 saved the job "kaupan"); a post said as its place ("kassalla") is the one who works there."""
    kept: list[str] = []
    for i, w in enumerate(words):
        low = w.casefold()
        if low in _FI_POSTS:
            kept.append(_FI_POSTS[low])
            continue
        if low.endswith(_FI_PLACE) and len(w) > 5:
            continue
        after = words[i + 1].casefold() if i + 1 < len(words) else ""
        if low.endswith("n") and (after in _FI_POSTS or after.endswith(_FI_PLACE) and len(after) > 5):
            continue  # the genitive of a place: "kaupan kassalla", "ravintolan keittiössä"
        kept.append(w)
    return kept


def _names_where(words: list[str], i: int, lang: str | None) -> bool:
    """Whether the preposition at `i` opens where someone works: in German and Vietnamese always ("bei einer
    Spedition", "ở Bình Dương"); elsewhere when an article or a capitalised name follows ("at a bakery", "in
    Leeds", "dans une PME", "en un hotel de Málaga"; not "técnico en redes")."""
    if i + 1 >= len(words):
        return False
    if lang in ("de", "vi"):
        return True
    after = words[i + 1]
    # an elided article counts as one ("à l'hôpital", "dans l'usine": session 20)
    elided = after.casefold().startswith(("l'", "l’")) and len(after) > 2
    return after.casefold() in _ARTICLES or after[:1].isupper() or elided


# ---- a job said as running, driving or doing something (session 21, roles21) ----
# "I run a small corner shop", "I drive a taxi", "मैं ऑटो चलाता हूँ", "আমি রিকশা চালাই", "je tiens une
# boulangerie", "pidän pientä kahvilaa", "em chạy xe ôm", "मैं खेती करता हूँ", "আমি চাষ করি": the job is the
# owner of the business, the driver of the vehicle or the one of the trade, named in the learner's language -
# never the verb phrase ("छोटी दुकान चलाता", "রিকশা চালাই", "führe laden")

# a trade said as "doing" it in Hindi and Bengali: the one who does it
_TRADES = {
    "खेती": "किसान",
    "किसानी": "किसान",
    "सिलाई": "दर्ज़ी",
    "kheti": "farmer",
    "silai": "tailor",
    "চাষ": "কৃষক",
    "চাষাবাদ": "কৃষক",
    "কৃষিকাজ": "কৃষক",
    "সেলাই": "দর্জি",
    "chash": "farmer",
    "chas": "farmer",
}
# the owner of a business and the driver of a vehicle, in each language ({obj}: the business or vehicle as
# said, {head}: its noun); Hindi and Bengali name the shopkeeper in one word
_OWNER = {
    "en": "{obj} owner",
    "es": "dueño/a de {obj}",
    "fr": "gérant·e {de}{obj}",
    "vi": "chủ {obj}",
    "hi": "{obj} मालिक",
    "bn": "{obj} মালিক",
}
_SHOPKEEPER = {"दुकान": "दुकानदार", "দোকান": "দোকানদার", "dukaan": "shopkeeper", "dukan": "shopkeeper",
               "dokan": "shopkeeper"}  # fmt: skip
_DRIVER = {
    "en": "{obj} driver",
    "es": "conductor/a de {obj}",
    "fr": "chauffeur·e {de}{obj}",
    "vi": "tài xế {obj}",
    "hi": "{obj} ड्राइवर",
    "bn": "{obj} চালক",
}
_LEADING = frozenset(
    "a an the my our one small little ein eine einen einem kleinen kleines un una une mon ma".split()
)
_VOWELS = "aeiouhéèêàâîôûy"


def run_role(text: str, lang: str | None, romanised: bool = False) -> str | None:
    """The job a message says as running a business, driving a vehicle or doing a trade (see above), in the
    learner's language (English for a romanised message), or None."""
    words = _WORDS.findall(text)
    low = [w.casefold() for w in words]
    out_lang = "en" if romanised else (lang or "en")
    for i, w in enumerate(low):
        if w in vocab.RUN_BEFORE or w in vocab.DRIVE_BEFORE:
            found = _object_after(words, low, i)
            if found is None:
                continue
            obj, head, vehicle = found
            if vehicle and w in vocab.RUN_BEFORE and w not in ("run", "runs", "chạy"):
                continue  # "I have a car": no job
            if not vehicle and w in vocab.DRIVE_BEFORE and w != "chạy":
                continue
            return _named(obj, head, vehicle, out_lang)
        if w in vocab.RUN_AFTER or w in vocab.HAVE_AFTER or w in vocab.DO_AFTER:
            before = [x for x in low[max(0, i - 3) : i]]
            trade = next((_TRADES[x] for x in reversed(before) if x in _TRADES), None)
            if w in vocab.DO_AFTER:
                if trade:
                    return trade
                # "আমি দর্জির কাজ করি", "मैं दर्ज़ी का काम करता हूँ": the one whose work it is
                # (only a genitive: "হোটেলে কাজ করি", "दफ़्तर में काम करता हूँ" say where, no trade)
                if len(before) >= 2 and before[-1] in ("কাজ", "काम", "kaam", "kaj"):
                    if before[-2].endswith("র") and len(before[-2]) > 2:
                        return words[i - 2][:-1]
                    if before[-2] in ("का", "ka") and len(before) >= 3:
                        return words[i - 3]
                continue
            head_at = next(
                (k for k in range(i - 1, max(-1, i - 4), -1) if low[k] in vocab.VEHICLES | vocab.BUSINESSES),
                None,
            )
            if head_at is None:
                continue
            vehicle = low[head_at] in vocab.VEHICLES
            if vehicle and w in vocab.HAVE_AFTER:
                continue
            return _named(words[head_at], low[head_at], vehicle, out_lang)
    return None


# words that end the object of a verb before its noun ("a bachelor in commerce", "une licence de commerce",
# "einen Abschluss in BWL"): no business said after them
_OBJECT_ENDS = frozenset(
    "in of for at with on about to from en de du des para por pour avec sur dans für mit über im von bei aus "
    "ja và của cho".split()
)


def _object_after(words: list[str], low: list[str], i: int) -> tuple[str, str, bool] | None:
    """The business or vehicle said up to four words after the verb at `i`: its phrase as said (without the
    article for English, German and Finnish), its noun, and whether it is a vehicle."""
    for k in range(i + 1, min(len(low), i + 5)):
        if low[k] in _OBJECT_ENDS:
            return None  # "I have a bachelor in commerce": the object ended before any business
        pair = f"{low[k]} {low[k + 1]}" if k + 1 < len(low) else ""
        if pair in vocab.VEHICLES or pair in vocab.BUSINESSES:
            vehicle = pair in vocab.VEHICLES
            end = k + 2
            # "xe ôm công nghệ", "quán cà phê": a Vietnamese noun keeps the words after it
            return " ".join(words[i + 1 : end]), pair, vehicle
        if low[k] in vocab.VEHICLES or low[k] in vocab.BUSINESSES:
            end = k + 1
            # "tienda de ropa", "boulangerie": a Romance noun keeps its complement ("de ropa")
            if k + 2 < len(low) and low[k + 1] in ("de", "du", "des") and low[k + 2].isalpha():
                end = k + 3
            return " ".join(words[i + 1 : end]), low[k], low[k] in vocab.VEHICLES
    return None


def _named(obj: str, head: str, vehicle: bool, lang: str) -> str:
    """The driver of a vehicle or the owner of a business, in `lang`."""
    if not vehicle and head in _SHOPKEEPER and lang in ("hi", "bn", "en"):
        return _SHOPKEEPER[head] if lang != "en" or head not in ("दुकान", "দোকান") else "shopkeeper"
    words = obj.split()
    if lang in ("en", "de", "fi", "hi", "bn"):
        while words and words[0].casefold() in _LEADING:
            words = words[1:]
    obj = " ".join(words) or head
    if lang == "de":
        noun = next((w for w in reversed(words) if w[:1].isupper()), head.capitalize())
        return (
            f"{noun}-Fahrer" if vehicle and noun.isupper() else f"{noun}{'fahrer' if vehicle else 'inhaber'}"
        )
    if lang == "fi":
        base = head[:-1] if head.endswith(("a", "ä")) and len(head) > 4 else head
        return f"{base}{'kuski' if vehicle else 'yrittäjä'}"
    if lang == "es" and vehicle and head in ("taxi", "taxis"):
        return "taxista"
    template = (_DRIVER if vehicle else _OWNER).get(lang, _DRIVER["en"] if vehicle else _OWNER["en"])
    de = ("d'" if obj[:1].casefold() in _VOWELS else "de ") if lang == "fr" else ""
    return template.format(obj=obj, de=de)


def names_running(phrase: str) -> bool:
    """Whether a role phrase read by another rule holds a word of running, driving or doing a trade, or the
    business, vehicle or trade itself ("छोटी दुकान चलाता", "রিকশা চালাই", "führe laden", "petite
    boulangerie", "খেতি"): `run_role` names its job instead."""
    low = [w.casefold() for w in _WORDS.findall(phrase)]
    said = set(low) | {f"{a} {b}" for a, b in zip(low, low[1:])}
    verbs = vocab.RUN_BEFORE | vocab.DRIVE_BEFORE | vocab.RUN_AFTER | vocab.DO_AFTER
    return bool(said & (verbs | vocab.VEHICLES | vocab.BUSINESSES | set(_TRADES))) or any(
        w.endswith("র") for w in low[-1:]
    )


# the speaker and a spoken "am" said around a job ("mä oon kokki", "mie oon sairaanhoitaja", "em là tài xế",
# "main auto driver hoon"): no part of it (session 21, lead trial 16's 'oon lähihoitaja')
_SPEAKER_BEFORE = frozenset("mä mää mie minä oon olen em mình tôi tớ là main mai मैं আমি ami".split())
_SPEAKER_AFTER = frozenset("हूँ हूं hoon hu hun है hai".split())


def without_speaker(words: list[str]) -> list[str]:
    """The words of a role phrase without the speaker or a spoken copula at its edges."""
    while words and words[0].casefold() in _SPEAKER_BEFORE:
        words = words[1:]
    while words and words[-1].casefold() in _SPEAKER_AFTER:
        words = words[:-1]
    return words


_NUMBER = regex.compile(r"\d+[\p{L}.]*")
# the words a school grade is said with, before its number ("lớp 9", "cấp 2", "Klasse 5", "class 8")
_GRADE_WORDS = frozenset(
    "class grade year klasse stufe jahrgangsstufe curso grado classe luokka luokan lớp cấp khối कक्षा "
    "ক্লাস শ্রেণি শ্রেণির".split()
)


# Vietnamese words a job read at the role cue's three-syllable cap never runs on over ("em là tài xế giao
# hàng" was 'tài xế giao'): where, a wish, a conjunction, a time or a purpose starts
_VI_AFTER_JOB = frozenset(
    "và muốn nhưng ở tại của để mà thì từ người đã đang sẽ được với cho hay hoặc rồi nên vì khi năm tháng "
    "tuần cần thích giờ ko không mình em tôi anh chị".split()
)
_VI_CAP = 3  # the syllables `_ROLE_CUE` reads a job with at most


def as_said(label: str, text: str, lang: str | None = None) -> str:
    """A job's label in the words the message says it with: its casing ("Elektriker", not "elektriker"),
    the small words inside it ("atención al público", not "atención público") and a number that ends it
    ("giáo viên toán lớp 9", "Klasse 5"; a job never ends on a word cut from its number). The label as it is
    when its words are not found in that order, at most two words apart."""
    wanted = [w.casefold() for w in _WORDS.findall(label)]
    said = list(_WORDS.finditer(text))
    low = [m.group(0).casefold() for m in said]
    if not wanted:
        return label
    for start in (i for i, w in enumerate(low) if w == wanted[0]):
        at, ok = start, True
        for w in wanted[1:]:
            nxt = next((k for k in range(at + 1, min(len(low), at + 4)) if low[k] == w), None)
            if nxt is None:
                ok = False
                break
            at = nxt
        if not ok:
            continue
        end = said[at].end()
        graded = low[at] in _GRADE_WORDS and end < len(text) and text[end] == " "
        after = _NUMBER.match(text, end + 1) if graded else None
        if after is not None:
            end = after.end()
        elif lang == "vi" and len(wanted) == _VI_CAP:
            # a Vietnamese job cut at the cue's cap runs on to the end of its phrase ("tài xế giao hàng")
            k = at + 1
            while k < len(said) and k <= at + 3 and text[end : said[k].start()] == " ":
                if low[k] in _VI_AFTER_JOB or low[k][:1].isdigit():
                    break
                end, k = said[k].end(), k + 1
        return text[said[start].start() : end]
    return label


# someone above the learner at work who tells them what to learn ("my manager says I need to upskill in AI",
# "mein Chef meint, ich soll Excel lernen", "mi jefe dice que …", "ma cheffe veut que …", "pomoni sanoo …",
# "sếp bảo em …", "मेरे बॉस कहते हैं …", "আমার বস বলেছেন …"): a third party, never the learner's job, and what
# they say to learn is the learner's wish, nothing held (session 29, lead trial 24's 10: role "manager")
_SUPERIORS = frozenset(
    "boss bosses manager managers supervisor supervisors employer company lead chef chefin chefs "
    "vorgesetzter vorgesetzte vorgesetzten teamleiter teamleiterin arbeitgeber firma jefe jefa jefes "
    "supervisora encargado encargada empresa patron patronne cheffe responsable supérieur supérieure boîte "
    "pomo pomoni pomomme esimies esimieheni esihenkilö esihenkilöni työnantaja työnantajani sếp बॉस मैनेजर "
    "साहब কোম্পানি বস ম্যানেজার".split()
)
_REPORTING = frozenset(
    "says said say wants want told tells thinks asked asks suggests suggested insists expects needs "
    "meint sagt sagte will möchte findet verlangt erwartet hat dice dijo quiere pide cree piensa insiste "
    "dit veut pense demande exige trouve a sanoo sanoi haluaa käski vaatii odottaa toivoo nói bảo muốn yêu "
    "kehte kehta kehti bolte bola boli chahte कहते कहा कहती बोलते बोला चाहते बলেছেন বলে বলছেন চায় চান "
    "boleche bole".split()
)


def superior_says(clause: str) -> bool:
    """Whether a clause reports what someone above the learner at work says, wants or told them ("my boss
    says I should learn Excel", "mein Chef meint", "mi jefe dice", "sếp bảo em", "मेरे बॉस कहते हैं"): the
    superior's word up to two words before a verb of saying or wanting."""
    words = _WORDS.findall(clause.casefold())
    return any(w in _SUPERIORS and set(words[i + 1 : i + 3]) & _REPORTING for i, w in enumerate(words))


def is_superior(role: str) -> bool:
    """Whether a role phrase is only someone above the learner ("manager", "my boss", "Chef"), as a clause
    reporting what they say leaves it."""
    words = [w for w in _WORDS.findall(role.casefold()) if w not in _POSSESSIVES]
    return bool(words) and words[0] in _SUPERIORS
