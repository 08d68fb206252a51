"""Requests that are not about learning or work, in the eight served languages: a service the assistant does
not give (a joke, a poem, a film to watch, a booking, a translation, a sum, a capital city, a tax return),
writing someone's CV or cover letter, or coaching them for a job interview. `policy.decide` answers them as
out of scope, whatever the classifier's confidence, when the message says nothing of learning (no course,
study, skill, job or career word); the session-14 probes found "tell me a joke" answered with the
counsellor's questions, "kirjoita minulle runo" saved as the job held and "can you write my CV?" searched for
courses on "write". Pure functions."""

from __future__ import annotations

import regex

# the verbs of writing or making code and the words for a program, in the served languages (the "code" family)
_CODE_VERB = (
    r"(?:write|code|program|schreib\w*|programmier\w*|escrib\w*|escríb\w*|programa(?:r|me)|haz(?:me)?|"
    r"écri\w*|code[rz]|fais|kirjoit\w*|koodaa|tee|viết|lập trình|làm|लिख\w*|likh\w*|bana\w*|बना\w*|"
    r"লিখ\w*|বানি\w*)"
)
_CODE_OBJECT = (
    r"(?:scripts?|code|program(?:me)?s?|functions?|macros?|skript\w*|programm(?:e|s|en)?|funktion\w*|makro\w*|"
    r"código|programa|función|fonction|ohjelma\w*|ohjelmi\w*|koodi\w*|skripti\w*|đoạn code|đoạn mã|"
    r"chương trình|hàm|"
    r"कोड|स्क्रिप्ट|प्रोग्राम|कोड|কোড|স্ক্রিপ্ট|প্রোগ্রাম)"
)
# what someone asks the assistant to make or do, by family; each alternative is one served language's words
_FAMILIES = {
    "joke": r"jokes?|witz(?:e|chen)?|chistes?|blagues?|vitse(?:j[äa])?|vitsi[nä]?|truyện cười|chuyện cười|"
    r"चुटकुल[ाे]|कौतुक|কৌতুক|জোকস?",
    "poem": r"poem|poetry|limerick|haiku|gedicht|poema|poesía|poème|poeme|runo[an]?|bài thơ|làm thơ|"
    r"कविता|kavita|shayari|शायरी|কবিতা|kobita",
    # a film or series to watch, asked for as such ("recomendar productos tipo netflix" is a subject)
    "film": r"(?:recommend|suggest|empfiehl\w*|recomi[ée]nd\w*|recomendar|conseill\w*|suosittel\w*|gợi ý|"
    r"बताओ|बताइए|বলো)\s+(?:\w+\s+){0,4}?(?:movies?|films?|series|tv shows?|película|pelicula|serie|série|"
    r"elokuva\w*|sarja\w*|phim|फ़िल्म|फिल्म|মুভি|সিনেমা)|"
    r"(?:movies?|films?|película|serie|série|elokuva|phim|फ़िल्म|फिल्म|সিনেমা)\s+(?:\w+\s+){0,2}?(?:to watch|"
    r"for tonight|para ver|esta noche|ce soir|heute abend|katsottavaksi|tối nay|आज रात|আজ রাতে)|"
    r"(?:फ़िल्म|फिल्म|মুভি|সিনেমা)\s+(?:\w+\s+){0,2}?(?:बताओ|बताइए|বলো)",
    "booking": r"(?:book|reserve|buchen?|reservier\w*|reserv[ae]r?|réserve[rz]?|varaa|varata|đặt|बुक)\s+"
    r"(?:\w+\s+){0,3}?(?:train|flight|hotel|taxi|table|zug|flug|billete|vuelo|tren|billet|vol|juna|lento|"
    r"hotelli|vé|phòng|ट्रेन|फ्लाइट|होटल|টিকিট|ট্রেন|ফ্লাইট|হোটেল)|"
    r"(?:train|flight|zug|flug|vuelo|tren|billet de train|juna|lento|vé máy bay|vé tàu)\s+(?:to|nach|a|à|"
    r"pour|đi)\s+\p{Lu}",
    "translate": r"translate (?:this|that|it|into|to|for me)|übersetze|übersetz mir|tradu[cz]e(?:me)?\b|"
    r"traduis|traduire ce|käännä|dịch (?:giúp|sang|hộ|cho)|अनुवाद कर|translate karo|অনুবাদ কর",
    "sum": r"\b\d+\s*(?:times|plus|minus|divided by|mal|fois|kertaa|nhân|cộng|guna|गुणा)\s*\d+\b",
    "capital": r"capital (?:city )?of|hauptstadt|capital de|capitale de|pääkaupunki|thủ đô|राजधानी|rajdhani|"
    r"রাজধানী",
    # schoolwork done for someone (session 17, acts17): homework, or an essay to write ("help me with my maths
    # homework", "Mathe-Hausaufgaben", "write my son an essay on the environment", "निबंध लिख दो")
    "homework": r"homework|home work|hausaufgaben?|\w+-hausaufgaben?|deberes|"
    r"tareas? (?:de|del colegio|escolar\w*)|"
    r"devoirs?|kotitehtäv\w*|kotiläksy\w*|läksy\w*|läksyj\w*|bài tập về nhà|bai tap ve nha|"
    r"होमवर्क|गृहकार्य|homework|হোমওয়ার্ক|বাড়ির কাজ|"
    r"(?:write|schreib\w*|escrib\w*|redact\w*|écri\w*|rédige\w*|kirjoit\w*|viết)\s+(?:\w+\s+){0,5}?"
    r"(?:essays?|aufsatz|aufsätze|erörterung|ensayos?|redacción|dissertations?|rédaction|essee\w*|"
    r"kirjoitelm\w*|aine(?:en|tta)?|bài văn|bai van)|"
    r"(?:essays?|aufsatz|ensayo|redacción|dissertation|rédaction|essee\w*|निबंध|nibandh|রচনা|essay)\s+"
    r"(?:\w+\s+){0,5}?(?:lik\w*|लिख\w*|লিখ\w*)|(?:निबंध|रचना|রচনা)\s+(?:\w+\s+){0,3}?(?:लिख|লিখ)\w*",
    # code written for someone (session 19, scope19): a verb of writing or making and a program's word, in
    # either order ("write me a script that renames my photos", "viết giúp tôi đoạn code javascript", German
    # and Hindi with the verb last: "ein Java-Programm schreiben", "एक स्क्रिप्ट लिख दो", "excel macro likh do");
    # "learn to write code" has a learning word
    "code": rf"{_CODE_VERB}(?:-\w+)?\s+(?:[\w.+#]+\s+){{0,5}}?(?:[\w.+#]+-)?{_CODE_OBJECT}|"
    rf"(?:[\w.+#]+-)?{_CODE_OBJECT}\s+(?:[\w+#,]+\s+){{0,3}}?{_CODE_VERB}",  # within one sentence
    # an equation to solve ("solve 3x + 5 = 20", "löse die Gleichung", "résous cette équation", "giải phương
    # trình"): the equation itself or a verb of solving and the word for one
    "equation": r"(?:solve|lös\w*|resuelv\w*|resolver|résou\w*|ratkaise\w*|giải|हल)\s+(?:\w+\s+){0,4}?"
    r"(?:equations?|gleichung\w*|ecuaci\w*|équations?|yhtälö\w*|phương trình|समीकरण|সমীকরণ)|"
    r"\d*[a-z]\s*[+\-−]\s*\d+\s*=\s*-?\d+",
    "tax": r"tax return|income tax|steuererklärung|declaración de la renta|déclaration d'impôts|impôts|"
    r"veroilmoitus|quyết toán thuế|आयकर|itr file|আয়কর",
}
_OFF_TOPIC = regex.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<{name}>{words})" for name, words in _FAMILIES.items()) + r")(?!\w)",
    regex.IGNORECASE,
)
# a CV or cover letter to write: the document and a verb of writing or fixing it (a pasted CV has none)
_CV = regex.compile(
    r"(?<!\w)(?:cv|résumé|resume|cover letter|motivation letter|lebenslauf|bewerbungsschreiben|anschreiben|"
    r"currículum|curriculum|carta de presentación|carta de motivación|lettre de motivation|ansioluettelo|"
    r"työhakemus\w*|hakemus\w*|sơ yếu lý lịch|thư xin việc|सीवी|बायोडाटा|biodata|कवर लेटर|रिज़्यूमे|रिज्यूमे|"
    r"রিজিউমে|সিভি|জীবনবৃত্তান্ত|বায়োডাটা|কভার লেটার)(?!\w)",
    regex.IGNORECASE,
)
# a job interview to prepare or practise (session 16, lead trial 11): the interview and a verb of getting
# ready for it ("help me prep for a job interview", "bereite mich auf das Vorstellungsgespräch vor",
# "इंटरव्यू की तैयारी करवा दो"); "a course on interview skills" has a learning word and is a search
_INTERVIEW = regex.compile(
    r"(?<!\w)(?:(?:job )?interviews?|vorstellungsgespräch\w*|bewerbungsgespräch\w*|entrevistas?|entretiens?|"
    r"haastattelu\w*|työhaastattelu\w*|phỏng vấn|इंटरव्यू|साक्षात्कार|ইন্টারভিউ\w*|"
    r"সাক্ষাৎকার\w*)(?!\w)",
    regex.IGNORECASE,
)
_GET_READY = regex.compile(
    r"(?<!\w)(?:prep|prepare|preparing|get ready|ready for|practi[cs]e|rehearse|coach|mock|"
    r"vorbereit\w*|bereite|üben|prepar\w*|prépar\w*|entraîn\w*|valmist\w*|harjoit\w*|chuẩn bị|luyện|"
    r"तैयारी|taiyari|tayari|प्रैक्टिस|প্রস্তুতি\w*|prostuti)(?!\w)",
    regex.IGNORECASE,
)
# a request to the assistant, not a statement of what one can do ("can you write me a script" against "I
# can write code in Python", "je sais écrire du code"): whom it is for, a "can you", an imperative's particle
_ASKED = regex.compile(
    r"(?<!\w)(?:me|for me|can you|could you|would you|please|mir|für mich|kannst du|könntest du|bitte|"
    r"para mí|puedes|podrías|por favor|hazme|escríbeme|moi|pour moi|peux-tu|tu peux|pourriez-vous|"
    r"minulle|voitko|voisitko|giúp|hộ|cho tôi|cho mình|मेरे लिए|मुझे|दो|दीजिए|do|dijiye|de do|"
    r"আমার জন্য|আমাকে|দাও|দিন)(?!\w)",
    regex.IGNORECASE,
)
# the words of _LEARNING naming the job a CV or letter is for ("a cover letter for a data job"), not learning
_JOB_WORDS = frozenset(
    ("job", "career", "beruf", "empleo", "trabajo", "emploi", "métier", "työ", "việc làm")
    + ("नौकरी", "naukri", "চাকরি")
)
_WRITE = regex.compile(
    r"(?<!\w)(?:write|draft|make|create|fix|improve|polish|check|review|correct|redo|"
    r"schreib\w*|verfass\w*|verbesser\w*|korrigier\w*|escrib\w*|escríb\w*|redact\w*|haz|hazme|mejora\w*|corrig\w*|"
    r"écri\w*|rédige\w*|fais|kirjoita\w*|tee|paranna|korjaa|viết|làm|sửa|लिख\w*|likh\w*|bana\w*|সাজি\w*|"
    r"লিখ\w*|বানি\w*)(?!\w)",
    regex.IGNORECASE,
)
# words of learning or work: a message with one is about courses ("a course on writing cover letters")
_LEARNING = regex.compile(
    r"(?<!\w)(?:course|courses|class|learn\w*|study\w*|studying|training|skills?|career|job|"
    r"kurs\w*|lern\w*|ausbildung|weiterbildung|studium|beruf\w*|curso\w*|aprend\w*|formaci\w*|estudi\w*|"
    r"carrera|empleo|trabajo|cours|formation\w*|apprend\w*|étudi\w*|métier|emploi|kurssi\w*|opisk\w*|"
    r"oppi\w*|koulutu\w*|ura\w*|työ\w*|khóa|học|nghề|việc làm|कोर्स|सीख\w*|seekh\w*|sikh\w*|padh\w*|"
    r"नौकरी|naukri|কোর্স|শিখ\w*|শেখ\w*|পড়\w*|চাকরি)(?!\w)",
    regex.IGNORECASE,
)


def learning_or_work(text: str) -> bool:
    """Whether a message has a word of learning or work ("course", "lernen", "trabajo", "học", "नौकरी")."""
    return bool(_LEARNING.search(text))


def off_topic(text: str) -> str | None:
    """The family of a request unrelated to learning and work ("joke", "poem", "film", "booking",
    "translate", "sum", "capital", "homework", "code", "equation", "tax", "cv", "interview"), or None: also
    None when the message has a word of learning or work ("a course on writing a CV", "learn to
    translate")."""
    # a document's or an interview's own word is no learning word ("työhakemus", an application, and
    # "työhaastattelu", a job interview, begin with "työ", work)
    learning = {
        m.casefold() for m in _LEARNING.findall(text) if not (_CV.fullmatch(m) or _INTERVIEW.fullmatch(m))
    }
    short = len(text.split()) <= 30 and learning <= _JOB_WORDS
    if _CV.search(text) and _WRITE.search(text) and short:
        return "cv"  # "write me a cover letter for a data analyst job": the job is what the letter is for
    if _INTERVIEW.search(text) and _GET_READY.search(text) and short:
        return "interview"  # "help me prep for a job interview at a bank": no coaching, the courses for it
    if learning:
        return None
    found = _OFF_TOPIC.search(text)
    if found is None:
        return None
    family = next(name for name, value in found.groupdict().items() if value)
    if family == "code" and not _ASKED.search(text):
        return None  # "I can write code in Python": a skill, not a request
    return family
