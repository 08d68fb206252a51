"""A request for courses in the learner's own language or form with no subject of its own ("is there anything
in Polish?", "algo en español y presencial", "what can he do first that is in Polish?", "onko mitään
suomeksi?"): a search with those filters, never a question about a goal first (session 16, issue #12). Pure
functions over the understood message; the offline responder answers (`SearchReplies._own_terms`)."""

from __future__ import annotations

import re
from collections.abc import Callable

from pathfinder.assistant.intents import Parsed
from pathfinder.assistant.interests import vague_wish
from pathfinder.assistant.nlu import vocab

# "what can he do / take / start with", "¿qué puede hacer?", "was kann sie machen?", "que peut-il suivre ?",
# "mitä hän voi opiskella?", "có thể học gì", "वह क्या कर सकता है", "সে কী করতে পারে": a request for courses,
# not a question about the language of the one course shown
_WHAT_TO_TAKE = re.compile(
    r"\b(?:what (?:can|could|should|would) (?:he|she|they|i|we|you) (?:do|take|start|study|learn)|"
    r"anything (?:he|she|they|i|we) (?:can|could) (?:do|take|start|study)|"
    r"qu[ée] (?:puede|puedo|podría|podria|debería|deberia)n? (?:hacer|empezar|estudiar|tomar)|"
    r"was (?:kann|könnte|koennte|sollte) (?:er|sie|ich|man)(?: \w+){0,4} "
    r"(?:machen|tun|belegen|lernen|anfangen)|"
    r"que (?:peut|pourrait|doit)[- ](?:il|elle|on|je) (?:faire|suivre|commencer|apprendre)|"
    r"que (?:puis|pourrais)[- ]je (?:faire|suivre|commencer)|"
    r"mitä (?:hän|minä|mä|voin|voisin|voisi|hänen) \w*|"
    r"(?:có thể|nên) (?:học|làm) (?:gì|khóa nào)|"
    r"kya (?:kar|padh|seekh) sakt[aie])\b|"
    r"क्या कर सकत|क्या पढ़ सकत|क्या सीख सकत|কী করতে পারে|কী পড়তে পারে|কী শিখতে পারে",
    re.IGNORECASE,
)


# "I'm looking for", "ich suche", "busco", "je cherche", "etsin", "tôi tìm", "ढूँढ रहा", "খুঁজছি": a request
_LOOKING = re.compile(
    r"\b(?:looking for|i need|suche|brauche|busco|necesito|quiero algo|cherche|recherche|il me faut|"
    r"etsin|haen|tarvitsen|tìm|tim|cần|can tim|chahiye|chai)\b|ढूँढ|ढूंढ|चाहिए|খুঁজ|দরকার|চাই",
    re.IGNORECASE,
)


# "only", "just", "nur", "solo", "seulement", "vain", "chỉ", "sirf", "शुधु": a limit stated, not a request
_ONLY = re.compile(
    r"\b(?:only|just|nur|solo|sólo|solamente|únicamente|seulement|uniquement|vain|ainoastaan|chỉ|chi|sirf|"
    r"sirif|shudhu)\b|केवल|सिर्फ|सिर्फ़|শুধু",
    re.IGNORECASE,
)


# "only" said with a restriction ("et si je ne fais que les cours en ligne ?", "je fais que du présentiel"):
# the French "ne … que" after a verb of taking or doing, with or without its "ne"
_RESTRICTS = re.compile(
    r"\b(?:fais|fait|faire|ferai|prends|prend|prendre|suis|suit|suivre|veux|voudrais|garde|gardez|garder)\s+"
    r"(?:plus\s+)?que\b",
    re.IGNORECASE,
)


def asks_what_to_take(text: str) -> bool:
    """Whether the message asks what to do or take ("what can he do first that is in Polish?"): courses are
    wanted, whatever language or format it names."""
    return bool(_WHAT_TO_TAKE.search(text))


def asks_in_own_terms(p: Parsed, is_subject: Callable[[str], bool]) -> bool:
    """Whether the message asks for courses in a language or a format (`p.languages`, `p.participation`)
    and names no subject of its own (`is_subject`: what the catalogue teaches): a question or a vague wish
    ("something", "algo", "jotain"), not a statement of the languages spoken."""
    if not (p.languages or p.participation):
        return False
    if p.goal_text or p.clause_goal or (p.topic and is_subject(p.topic)):
        return False
    if any(q in p.text for q in "?？¿") or vague_wish(p.text) or asks_what_to_take(p.text):
        return True
    # "I need something in French" asks; "only online wanted", "sirf online chahiye" states a limit
    return bool(_LOOKING.search(p.text)) and not _ONLY.search(p.text)


# asked, not stated: a question mark, or the question words typed without one ("hindi mein koi course hai
# kya", "có khóa nào bằng tiếng Hindi không", "বাংলায় কোনো কোর্স আছে", "onko mitään suomeksi", "gibt es was
# auf Hindi")
_ASKED = re.compile(
    r"[?？¿]|\b(?:kya|ki|naki|không|khong|ko)\s*$|\b(?:koi|kono|any|anything|is there|are there|onko|gibt es|"
    r"gibts|hay|y a-t-il|il y a|có khóa|co khoa)\b|कोई|কোনো|কোন|আছে|है क्या",
    re.IGNORECASE,
)


def asks_untaught_language(p: Parsed, taught: Callable[[str], bool]) -> bool:
    """Whether the message asks if there are courses in a language the catalogue teaches nothing in ("hindi
    mein koi course hai kya", "বাংলায় কোনো কোর্স আছে?", "is there anything in Hindi?"; `taught`: whether any
    entry is taught in a language): a question, answered with the nearest (session 18), never a hard limit
    that would empty every answer after it. "Only in Hindi", "sirf Hindi" state a limit and stay one."""
    if not p.languages or any(taught(code) for code in p.languages):
        return False
    return asked_not_stated(p)


def asked_not_stated(p: Parsed) -> bool:
    """Whether a message naming a language or a format asks about it rather than states it as a limit: a
    question ("any online ones?", "¿hay alguno en línea?", "koi online wala hai kya", "onko joku verkossa?")
    and no "only" ("only online", "nur online", "sirf online chahiye": a limit). One rule for languages
    (`asks_untaught_language`) and formats (`reading.asks_format_of_list`), session 19."""
    if _ONLY.search(p.text) or _RESTRICTS.search(p.text):
        return False
    # "drop anything blended please", "quita todo lo presencial", "enlève ce qui est hybride": a removal is a
    # limit, though "anything" in it reads like a question (session 28: trial28's classroom question took it)
    if any(w in vocab.REMOVE for w in re.findall(r"\w+", p.text.lower())):
        return False
    # Finnish asks with the clitic -ko/-kö on its verb: "löytyykö suomenkielisiä kursseja", "onks"
    finnish = p.lang == "fi" and re.search(r"\b\w+(?:ko|kö|ks)\b", p.text, re.IGNORECASE)
    return bool(_ASKED.search(p.text) or finnish)


# asked whether something exists ("anything in Hindi?", "gibt es was auf Deutsch", "¿hay algo en español?",
# "il y a des cours en français ?", "onko mitään suomeksi?", "có khóa nào", "koi course", "কোনো কোর্স"): a
# question about courses, not a wish for the replies in that language (session 19)
_EXISTS = re.compile(
    r"\b(?:anything|any|is there|are there|gibt es|gibts|gibt's|hay|y a-t-il|il y a|y a|onko|löytyykö|"
    r"có khóa|co khoa|có gì|koi|kono|kuch)\b|कोई|कुछ|কোনো|কিছু",
    re.IGNORECASE,
)


def asks_if_any(text: str) -> bool:
    """Whether a message asks if something exists ("anything in Hindi?", "¿hay algo en español?"): courses
    asked about, whatever language it names (`reading._asked_language` reads no reply language from it)."""
    return bool(_EXISTS.search(text))
