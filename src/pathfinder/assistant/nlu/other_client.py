"""Another client named in an adviser's chat (session 26, lead trial 22's 10), in the eight languages.

An adviser with several clients in one chat moves on: "second: Tom, 19, no degree…", "next client: Ahmed",
"another one - Lisa, 45, nurse", "now for Tom, he wants IT", "nächste Klientin: Anna, 45", "otra clienta,
Lucía, 30 años", "cliente suivante : Karim, 24 ans", "seuraava asiakas: Mikko, 40", "khách hàng tiếp theo:
Lan, 25 tuổi", "अगला क्लाइंट: रवि, 22 साल", "পরের ক্লায়েন্ট: রিনা, ৩০ বছর". Such a message is about a new person:
it never changes the current client's profile or plan (an ordinal there is no plan step, a wish is no goal of
the current client). `new_client(text, about_client)` says whether the message introduces one, and their name
when it gives one; `current_client_name(turns)` finds the name the conversation's client was introduced with.

A cue that names a client ("next client", "otra clienta", "seuraava asiakas") is enough; an ordinal or
"another one" with a colon, or "now for <Name>", counts only in a conversation about a client and with a
person described after it (a name, an age, or a third person's wish), so "the second one: is it online?" or
"now for Python" is no new client. Pure: regular expressions over the message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the nouns for someone an adviser counsels, singular, in the eight languages (and the chat's English
# loanword): "next client" says a new one is meant in any conversation
_CLIENT = (
    r"(?:client|klient(?:in)?|cliente|clienta|bénéficiaire|beneficiaire|asiakas|khách hàng|"
    r"क्लाइंट|क्लाइन्ट|ক্লায়েন্ট|ক্লাইন্ট)"
)
# ... and nouns for anyone ("another person", "noch eine Person", "seuraava henkilö"): only in a conversation
# about a client, with a person described after them
_ANYONE = (
    r"(?:person|learner|case|one|fall|persona|caso|personne|cas|henkilö|tapaus|trường hợp|व्यक्ति|ব্যক্তি|জন)"
)
# the words saying it is another, a next or a new one; before the noun in most languages
_OTHER_BEFORE = (
    r"(?:next|another|other|new|second|third|fourth|fifth|2nd|3rd|4th|"
    r"nächste[rn]?|noch (?:eine[rn]?|ein)|andere[rn]?|neue[rn]?|zweite[rn]?|dritte[rn]?|vierte[rn]?|"
    r"siguiente|próxim[oa]|proxim[oa]|otr[oa]|nuev[oa]|segund[oa]|tercer[oa]?|cuart[oa]|"
    r"autre|nouve(?:au|l|lle)|deuxième|deuxieme|seconde?|troisième|troisieme|prochaine?|"
    r"seuraava|toinen|kolmas|neljäs|uusi|"
    r"अगल[ाीे]|दूसर[ाीे]|एक और|नय[ाीे]|तीसर[ाीे]|"
    r"পরের|দ্বিতীয়|আরেকজন|আরও একজন|আরেক|নতুন|তৃতীয়)"
)
# ... and after it (French, Spanish, Vietnamese)
_OTHER_AFTER = r"(?:suivante?s?|siguiente|tiếp theo|thứ hai|thứ ba|thứ tư|khác|mới)"
_NAMED_CLIENT = re.compile(
    rf"(?<!\w){_OTHER_BEFORE}\s*{_CLIENT}(?!\w)|(?<!\w){_CLIENT}\s+{_OTHER_AFTER}(?!\w)", re.IGNORECASE
)
_OTHER_ONE = re.compile(
    rf"(?<!\w){_OTHER_BEFORE}\s*{_ANYONE}(?!\w)|(?<!\w){_ANYONE}\s+{_OTHER_AFTER}(?!\w)", re.IGNORECASE
)
# "second:", "another one -", "next:", "dritte:", "segunda:", "deuxième :", "toinen:", "thứ hai:", "दूसरी:",
# "দ্বিতীয়:" at the start of the message (or of a sentence): a list of people the adviser goes through
_ORDINAL_START = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:and|und|y|et|ja|và|और|আর)\s+)?(?:the\s+|la\s+|el\s+|le\s+|die\s+|der\s+)?"
    r"(?:second|third|fourth|fifth|2nd|3rd|4th|next|another(?: one)?|next one|"
    r"zweitens|drittens|zweite[rn]?|dritte[rn]?|nächste[rn]?|noch (?:eine[rn]?|einer)|"
    r"segund[oa]|tercer[oa]?|cuart[oa]|otr[oa](?: más)?|siguiente|"
    r"deuxième|deuxieme|seconde?|troisième|troisieme|ensuite|une autre|un autre|"
    r"toinen|kolmas|neljäs|seuraava|"
    r"thứ hai|thứ ba|người thứ hai|người thứ ba|người tiếp theo|tiếp theo|"
    r"दूसर[ाीे]|तीसर[ाीे]|अगल[ाीे]|"
    r"দ্বিতীয়(?:জন)?|তৃতীয়(?:জন)?|পরের জন)\s*[:\-–—]",
    re.IGNORECASE,
)
# "now for Tom", "moving on to Tom", "jetzt zu Anna", "ahora con Lucía", "passons à Karim", "maintenant pour
# Karim", "nyt Mikko", "seuraavaksi Mikko", "giờ đến Lan", "अब रवि के लिए", "এবার রিনার জন্য"
_NOW_FOR = re.compile(
    r"(?<!\w)(?:now (?:for|on to|onto|about|to)|moving on to|on to|next up(?: is)?|"
    r"jetzt (?:zu|für|zur|zum)|nun (?:zu|für)|weiter mit|"
    r"ahora (?:con|para|vamos con|va)|pasemos a|vamos con|"
    r"maintenant (?:pour|avec|passons à)|passons à|place à|"
    r"nyt|seuraavaksi|sitten|"
    r"giờ (?:đến|tới|là)|bây giờ (?:đến|tới|là)|tiếp theo là|"
    r"अब|এবার)\s+([\w\u0900-\u09ff]+)",
    re.IGNORECASE,
)
# in the scripts without capitals a name is known by what follows it: "अब रवि के लिए", "এবার রিনার জন্য"
_TURN_OF = re.compile(r"^\s*(?:के लिए|की बारी|का|की|জন্য|পালা|এর জন্য)(?!\w)")
# ... and never the speaker ("एবার আমার জন্য", "अब मेरे लिए": the learner's own turn)
_MINE = frozenset("my me mein meine mi mon ma minun tôi mình मेरे मेरी मेरा मुझे मैं আমার আমি আমাকে".split())
# a person described: an age, a third person's wish or pronoun, or one of the client nouns
_AGE = re.compile(
    r"(?<!\d)(?:1[4-9]|[2-7]\d)(?!\d)\s*(?:,|y/?o\b|years?|yrs|jahre?n?\b|años|ans\b|vuotta|v\b|tuổi|साल|वर्ष|বছর)"
    r"|(?<![\d.,])[১২৩৪৫৬৭][০-৯]\s*বছর|(?<![\d.,])[१-७][०-९]\s*साल",
    re.IGNORECASE,
)
_PERSON = re.compile(
    r"(?<!\w)(?:wants?|he|she|his|her|they|möchte|will|er|sie|ihr|quiere|él|ella|veut|souhaite|il|elle|"
    r"haluaa|hän|muốn|anh ấy|chị ấy|cô ấy|em ấy|चाहता|चाहती|वह|वो|চায়|ও|সে)(?!\w)",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)\b")
# words that open a sentence or name no one ("Second: Tom": the name is Tom, not Second)
_NOT_NAMES = frozenset(
    "next another other new second third client learner now then and the one she he her his they "
    "nächste klient klientin kundin jetzt zweite dritte noch eine einer und sie er "
    "siguiente otra otro cliente clienta ahora segunda segundo tercera ella él "
    "suivante suivant cliente autre deuxième maintenant ensuite elle il "
    "seuraava toinen asiakas nyt sitten hän "
    "khách tiếp theo người thứ giờ".split()
)


@dataclass(frozen=True)
class NewClient:
    """Another person an adviser moves on to: their name when the message gives one, else ""."""

    name: str


def _name_after(text: str, start: int) -> str:
    """The first capitalised word after `start` that is no cue word ("second: Tom, 19" -> "Tom")."""
    for m in _CAPITALISED.finditer(text, start):
        if m.group(1).casefold() not in _NOT_NAMES:
            return m.group(1) if m.start() - start < 30 else ""
    # scripts without capitals ("अगला क्लाइंट: रवि, 22 साल"): the first word, when a comma follows it
    first = re.match(r"[\s:\-–—]*([^\W\d_][\w\u0900-\u09ff]*),", text[start:])
    return first.group(1) if first and not first.group(1).isascii() else ""


def _person_after(text: str, start: int) -> NewClient | None:
    """A person described after a cue at `start`: a name followed by a comma or a description ("Tom, 19",
    "Lisa who wants IT"), or an age ("a 45-year-old nurse"); None when the words describe no one."""
    rest = text[start:]
    name = _name_after(text, start)
    if name:
        after = text[text.index(name, start) + len(name) :]
        if after.lstrip().startswith((",", "(")) or _described(after):
            return NewClient(name)
    return NewClient("") if _AGE.search(rest) else None


def _described(rest: str) -> bool:
    """Whether the words after the cue describe a person: an age, a third person's wish or pronoun."""
    return bool(_AGE.search(rest) or _PERSON.search(rest))


# a message that opens by introducing someone by name with a job ("Priya is a pharmacist who …", "Priya, 31,
# a pharmacist", "Anna ist Buchhalterin", "Lucía es cajera", "Karim est chauffeur", "Mikko on
# varastotyöntekijä", "Lan là kế toán"): the name, and the words where the job begins
_INTRODUCED = re.compile(
    r"^\W*(?:(?:and|und|y|et|ja|và|ok|okay|so|then|dann|luego|puis)\W+)?([A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž]+)"
    r"(?:\s*,\s*\d{1,2}(?:\s*(?:years?(?:\s+old)?|yrs?|y/?o|jahre|años|ans|vuotta|tuổi))?)?\s*,?\s+"
    r"(?:is|ist|es|est|on|là|works as|arbeitet als|trabaja (?:de|como)|travaille comme|làm)?\s*"
    r"(?:(?:a|an|ein|eine|un|una|une)\s+)?(?P<job>.+)",
)


def introduced(text: str) -> tuple[str, str] | None:
    """(name, the words after it) when the message opens by introducing someone by name ("Priya is a
    pharmacist who wants data science" -> ("Priya", "pharmacist who wants data science")); the caller checks
    that a job follows. None otherwise."""
    m = _INTRODUCED.match(text)
    if m is None or m.group(1).casefold() in _NOT_NAMES:
        return None
    return m.group(1), m.group("job")


def new_client(text: str, about_client: bool) -> NewClient | None:
    """Whether `text` introduces another person the adviser counsels (None when it does not); `about_client`:
    whether the conversation so far is about someone advised."""
    named = _NAMED_CLIENT.search(text)
    if named is not None:
        return NewClient(_name_after(text, named.end()))
    if not about_client:
        return None
    for cue in (_OTHER_ONE, _ORDINAL_START):  # "another person: Lisa, 45", "second: Tom, 19"
        found = cue.search(text)
        person = _person_after(text, found.end()) if found is not None else None
        if person is not None:
            return person
    moved = _NOW_FOR.search(text)
    if moved is not None:
        rest = text[moved.end() :]
        word = moved.group(1)
        if word.casefold() in _MINE:
            return None
        if word[:1].isupper() and word.casefold() not in _NOT_NAMES and _described(rest):
            return NewClient(word)
        caseless = not word[:1].isupper() and not word[:1].islower()
        if caseless and word.endswith("র") and _TURN_OF.match(rest) and _described(rest):
            return NewClient(word.removesuffix("র"))  # "এবার রিনার জন্য": Rina's turn
        if caseless and _TURN_OF.match(rest.removeprefix("-")) and _described(rest):
            return NewClient(word)
    return None


# how the conversation's client was introduced: "first: Maria, 35", "my client Sara is 40", "mi clienta Lucía"
_FIRST = re.compile(
    r"(?<!\w)(?:first|erstens|erste[rn]?|primer[oa]?|premi(?:er|ère)|ensimmäinen|thứ nhất|पहल[ाीे]|প্রথম"
    rf"|{_CLIENT})(?!\w)(?:\s+(?:one|client|person|{_CLIENT})(?!\w))?\s*[:,\-–—]?\s*",
    re.IGNORECASE,
)


def current_client_name(turns: list[str]) -> str:
    """The name the current client was introduced with in the earliest user turns ("first: Maria, 35" ->
    "Maria"), or "" when none is given."""
    for text in turns:
        for m in _FIRST.finditer(text):
            rest = text[m.end() :]
            name = _CAPITALISED.match(rest)
            if name and name.group(1).casefold() not in _NOT_NAMES:
                return name.group(1)
            # scripts without capitals ("আমার ক্লায়েন্ট রহিম, ৩০ বছর"): the word before a comma
            caseless = re.match(r"([^\W\d_][\w\u0900-\u09ff]*),", rest)
            if caseless and not caseless.group(1).isascii():
                return caseless.group(1)
    return ""


# "back to Maria", "zurück zu Sabine", "volvamos a Carmen", "on revient à Nadia", "takaisin Sariin", "quay lại
# chị Hoa", "वापस प्रिया पर", "wapas Rahul pe aate hain", "রিমার কথায় ফিরি": the adviser returns to the chat's
# client; the words after the clause ("- can you give me her plan?") are what is asked
_BACK = re.compile(
    r"^\W*(?:ok(?:ay)?,?\s+|so,?\s+|and\s+|also\s+|gut,?\s+|bueno,?\s+|bon,?\s+|ok\s+)?(?:"
    r"(?:let'?s )?(?:go )?back to|returning to|zurück zu(?:r|m)?|wieder zu|"
    r"(?:volvamos|volviendo|volvemos|regresemos|regresando|de vuelta) (?:a|con)|"
    r"(?:on revient|revenons|retour|je reviens) (?:à|a|sur)|"
    r"takaisin|palataan|palaan|"
    r"quay (?:lại|về)(?: với)?|trở lại(?: với)?|"
    r"वापस|wapas|vapas|wapis"
    r")\s+(?:(?:chị|anh|em|cô|bà|ông)\s+)?(?P<name>[^\W\d_][\w\u0900-\u09ff]*)"
    r"(?:\s+(?:पर|की ओर|pe|par|ki taraf)(?:\s+(?:aate hain|aate he|aate|chalte hain|chalo|aao))?)?"
    r"\s*(?:[:,\-–—.!]\s*|$)"
    r"|^\W*[^\W\d_][\w\u0980-\u09ff]*(?:র|এর)? (?:কথায় )?(?:ফিরি|ফিরে আসি|ফিরে যাই)\s*(?:[:,\-–—.!।]\s*|$)",
    re.IGNORECASE,
)


def after_return(text: str) -> str | None:
    """What is asked after "back to <name>" at the start of the message ("back to Maria - her plan?" -> "her
    plan?"); None when the message does not open that way, "" when it says nothing more."""
    back = returned_to(text)
    return None if back is None else back[1]


def returned_to(text: str) -> tuple[str, str] | None:
    """("Maria", "her plan?") for "back to Maria - her plan?": whom the adviser returns to (a Bengali genitive
    "রিমার" as "রিমা") and what follows; "" as the name for "back to the first one"; None when the message does
    not open with a return."""
    first = _FIRST_ONE.match(text)
    if first is not None:
        return "", text[first.end() :].strip()
    m = _BACK.match(text)
    name = m.group("name") if m else None
    if m is None or (name and name.isascii() and not name[:1].isupper()):  # "back to basics": no one named
        return None
    if name is None:  # "রিমার কথায় ফিরি": the name is the message's first word, in the genitive
        said = re.match(r"\W*([^\W\d_][\w\u0980-\u09ff]*)", text)
        name = re.sub("(?:\u098f\u09b0|\u09c7\u09b0|\u09b0)$", "", said.group(1)) if said else ""
    return name, text[m.end() :].strip()


# "back to the first one", "the first client again", "zurück zur ersten", "volvamos al primero", "revenons à
# la première", "takaisin ensimmäiseen", "quay lại người đầu tiên", "पहले वाले पर वापस", "প্রথম জনের কথায় ফিরি":
# the return to the client the conversation began with
_FIRST_ONE = re.compile(
    r"^\W*(?:ok(?:ay)?,?\s+|so,?\s+|and\s+|gut,?\s+|bueno,?\s+|bon,?\s+)?(?:"
    r"(?:let'?s )?(?:go )?back to (?:the )?first (?:one|client|person)|"
    r"zurück zu(?:r|m)? erste[nrm]?(?: (?:Klientin|Klienten|Person))?|"
    r"(?:volvamos|volvemos|regresemos) (?:al|a la) primer[oa]?(?: (?:cliente|clienta|persona))?|"
    r"(?:revenons|on revient|retour) (?:au premier|à la première|a la premiere)"
    r"(?: (?:client|cliente|personne))?|"
    r"takaisin ensimmäiseen(?: asiakkaaseen)?|palataan ensimmäiseen(?: asiakkaaseen)?|"
    r"quay (?:lại|về) (?:với )?(?:người|khách hàng) (?:đầu tiên|thứ nhất)|"
    r"पहले (?:वाले|क्लाइंट) (?:पर|की ओर) वापस|"
    r"প্রথম (?:জনের|ক্লায়েন্টের) (?:কথায় )?(?:ফিরি|ফিরে আসি|ফিরে যাই)"
    r")\s*(?:[:,\-–—.!।]\s*|$)",
    re.IGNORECASE,
)


def named_clients(text: str, names: list[str]) -> list[str]:
    """The names of `names` the message speaks of, as whole words ("What should Priya do first?"; "Priya's
    plan"; a Bengali or Hindi name with its case ending, "প্রিয়ার")."""
    return [n for n in names if n and _name_pattern(n).search(text)]


def _name_pattern(name: str) -> re.Pattern[str]:
    ending = r"(?:'s|’s)?" if name.isascii() else r"(?:এর|ের|র|কে)?"
    return re.compile(rf"(?<!\w){re.escape(name)}{ending}(?!\w)", re.IGNORECASE)


# the third person a client's name stands for, by the conversation's language ("What should Priya do first?"
# is read as "What should she do first?": the policy's third-person readings then apply)
_PRONOUN = {
    "en": ("she", "he", "they"),
    "de": ("sie", "er", "sie"),
    "es": ("ella", "él", "él"),
    "fr": ("elle", "il", "il"),
    "fi": ("hän", "hän", "hän"),
    "vi": ("chị ấy", "anh ấy", "bạn ấy"),
    "hi": ("वह", "वह", "वह"),
    "bn": ("সে", "সে", "সে"),
}
_POSSESSIVE_EN = {"f": "her", "m": "his", None: "their"}


def as_pronoun(text: str, name: str, lang: str, gender: str | None) -> str:
    """The message with the client's name read as the third person of `lang` (English "Priya's" as "her");
    romanised Hindi or Bengali ("Priya ko kya karna chahiye") keeps the name's place with "woh"."""
    if not name:
        return text
    female, male, either = _PRONOUN.get(lang, _PRONOUN["en"])
    pronoun = female if gender == "f" else male if gender == "m" else either
    if lang in ("hi", "bn") and text.isascii():
        pronoun = "woh"
    text = re.sub(rf"(?<!\w){re.escape(name)}(?:'s|’s)(?!\w)", _POSSESSIVE_EN[gender], text, flags=re.I)
    return _name_pattern(name).sub(pronoun, text)
