"""Questions about ONE course named or pointed at (issue #12, session 14): "is X a good fit for someone who
only knows Excel?", "ist X was für mich?", "what should I do before it?", "und davor?", "usse pehle kya
karun?". The course's level and prerequisites answer them, never a goal or a new plan. How long a course
takes ("how many weeks is X?", "kitne hafte") is `policy.asks_how_long`; its other facts (language, format,
price, level, prerequisites, whether it is mandatory, certificate, provider, start) are `asked_attributes`
(session 15). Pure functions over the message text, in the eight served languages, with and without
diacritics.
"""

from __future__ import annotations

import re

from pathfinder.assistant.conversation_language import adds_language
from pathfinder.assistant.policy import asks_how_long, asks_plan_totals, refers_back, superlative

# whether a course suits the learner: "a good fit", "right for me", "suit me", "for someone who ...", "was
# für mich", "für mich geeignet", "me conviene", "es para mí", "adapté (à moi)", "pour moi", "sopiiko (se)
# minulle", "hợp với tôi", "phù hợp", "mere liye sahi/theek", "আমার জন্য ঠিক/উপযুক্ত"
_FIT = re.compile(
    r"\bgood fit\b|\b(?:a |the )?(?:right|good|ok|okay|suitable) (?:one )?for (?:me|her|him|them|someone|"
    r"somebody|a beginner|beginners)\b|\bfit for (?:me|her|him|them|someone)\b|"
    r"\bsuit(?:s|able)? (?:me|her|him)\b|"
    r"\bmanage (?:it|that one)\b|\btoo (?:hard|advanced|difficult|tough|much) for (?:me|her|him)\b|"
    r"\bover my head\b|"
    # "quá khó với tôi", "khó quá không", "मेरे लिए बहुत मुश्किल", "mushkil hoga", "আমার জন্য খুব কঠিন" (refs18)
    r"quá khó|khó quá|\bqua kho\b|(?:बहुत|ज़्यादा|ज्यादा) (?:मुश्किल|कठिन)|मुश्किल (?:होगा|होगी|है क्या)|"
    r"\b(?:bahut|zyada|jyada) (?:mushkil|tough|hard)\b|\bmushkil (?:hoga|hogi|hai kya)\b|"
    r"(?:খুব|বেশি) কঠিন|কঠিন হবে|\b(?:khub|beshi) kothin\b|"
    r"\bwas für (?:mich|sie|ihn)\b|\bfür (?:mich|sie|ihn) geeignet\b|"
    r"\bgeeignet für (?:mich|sie|ihn)\b|\bpasst (?:das|der|er) "
    r"(?:zu|für) (?:mir|mich)\b|\bzu (?:schwer|schwierig) für\b|"
    r"\bme conviene\b|\ble conviene\b|\b(?:es|será|sería) (?:para m[ií]|adecuado|apropiado)\b|"
    r"\badecuado para\b|"
    r"\bdemasiado dif[ií]cil para\b|"
    r"\b(?:est|serait)[- ](?:il|elle|ce)? ?(?:adapté|fait pour moi|pour moi)\b|\badapté (?:à|pour)\b|"
    r"\bc'est pour moi\b|\bpour quelqu'un qui\b|\btrop (?:dur|difficile) pour\b|"
    r"\bsopi(?:iko|isiko|i) (?:se |tämä |kurssi )?(?:minulle|hänelle)\b|\bsopiiko\b|\bsopisiko\b|"
    r"\bliian vaikea\b|"
    r"hợp với (?:tôi|mình|em|anh|chị)|\bhop voi (?:toi|minh|em)\b|"
    r"(?:có )?phù hợp (?:với|cho) (?:tôi|mình|em)|có phù hợp không|"
    r"\bphu hop voi (?:toi|minh|em)\b|có nổi không|"
    r"मेरे लिए (?:सही|ठीक|अच्छा)|\bmere liye (?:sahi|theek|thik|accha|achha)\b|\bsuit karega\b|"
    r"আমার জন্য (?:ঠিক|উপযুক্ত|ভালো)|উপযুক্ত কি|কি উপযুক্ত|\bamar jonno (?:thik|upojukto|bhalo)\b",
    re.IGNORECASE,
)

# what comes BEFORE the one in focus: "before it/that/this (one)", "beforehand", "first, before", "davor",
# "vorher", "antes (de eso)", "avant (ça / celui-là)", "ennen sitä", "trước đó/khóa đó", "usse/isse pehle",
# "উসকে আগে", "এর আগে", "তার আগে"
_BEFORE = re.compile(
    r"\bbefore (?:it|that|this|taking it|doing it|starting it|that one|this one|the course)\b|"
    r"\bbeforehand\b|\bprior to (?:it|that)\b|"
    r"\bdavor\b|\bvorher\b|\bzuvor\b|\bvor (?:diesem|dem) kurs\b|"
    r"\bantes de (?:eso|ese|este|ello|hacerlo|empezarlo)\b|"
    r"\bavant (?:ça|cela|celui-ci|celui-là|celui là|ce cours)\b|\bau préalable\b|"
    r"\bennen (?:sitä|tätä|kurssia)\b|\bsitä ennen\b|"
    r"trước (?:đó|khóa đó|khoá đó|khóa này|khoá này|khi học)|\btruoc (?:do|khoa do|khi hoc)\b|"
    r"(?:उससे|इससे|उसके|इसके) पहले|\b(?:usse|isse|uske|iske|usase|isase) pehle\b|"
    r"(?:এর|তার|ওটার|এটার|এটির) আগে|\b(?:er|tar|otar|etar) age\b",
    re.IGNORECASE,
)


# "which one suits me?", "khóa nào phù hợp": a pick among several, not the fit of the one in focus
_WHICH = re.compile(
    r"\bwhich\b|\bwelche[rsn]?\b|\bcu[aá]l(?:es)?\b|\bquel(?:le)?s?\b|\blequel|\blaquelle|\bmikä\b|\bmitkä\b|"
    r"\bkumpi\b|\bnào\b|\bnao\b|\bkaun\b|कौन|কোন|\bkon(?:ta|ti)?\b",
    re.IGNORECASE,
)


def asks_fit(text: str) -> bool:
    """Whether a message asks if a course suits the learner (or the learner someone speaks for); "which one
    suits me?" picks among several instead."""
    return bool(_FIT.search(text)) and not _WHICH.search(text)


# a bare "and before?" ("¿y antes?", "et avant ?", "entä ennen?") in a short follow-up ("I've never coded
# before" is a statement)
_BEFORE_BARE = re.compile(r"\b(?:before|antes|avant|ennen)\s*\??\s*$", re.IGNORECASE)


def asks_before(text: str) -> bool:
    """Whether a message asks what comes before the course in focus ("and before it?", "und davor?")."""
    bare = len(text.split()) <= 6 and bool(_BEFORE_BARE.search(text)) and "never" not in text.lower()
    return bool(_BEFORE.search(text)) or bare


# session 15: the facts of ONE course a learner asks about, each a family of words in the eight served
# languages (with romanised Hindi/Bengali and Vietnamese typed without marks). Answered from the catalogue
# record (`offline.credential_replies._facts_asked`); never a limit saved, a search or a plan.
_ATTRIBUTES = {
    # "taught in English?", "which language", "auf Englisch?" (a language named: `languages_named`)
    "language": r"\blanguages?\b|\btaught in\b|\bsprache\b|\bidioma\b|\blangue\b|\bkiel(?:i|ellä|ella)\b|"
    r"ngôn ngữ|ngon ngu|bằng tiếng (?:gì|nào)|भाषा|\bbhasha\b|ভাষা|\bbhasa\b",
    # "can I do it online or in person?", "ist das online?", "¿es presencial?", "en ligne ?", "verkossa?",
    # "học online được không", "ऑनलाइन है?", "অনলাইনে করা যায়?"
    "format": r"\bonline\b|\bin person\b|\bon[- ]?site\b|\bclassroom\b|\bface[- ]to[- ]face\b|"
    r"\bremote(?:ly)?\b|\bblended\b|\bhybrid\b|\bself[- ]paced\b|präsenz|\bvor ort\b|\bfernkurs|"
    r"presencial|\ba distancia\b|"
    r"\ben l[ií]nea\b|\ben ligne\b|pr[ée]sentiel|\bà distance\b|\bverkossa\b|\betänä\b|\betana\b|"
    r"\blähiopetu|\bpaikan päällä\b|trực tuyến|truc tuyen|đến lớp|den lop|tại lớp|học trực tiếp|"
    r"ऑनलाइन|क्लास में|आमने-सामने|অনলাইন|ক্লাসে|সরাসরি",
    # "how much is it?", "was kostet der?", "¿cuánto cuesta?", "combien coûte", "paljonko maksaa", "giá bao
    # nhiêu", "फीस कितनी", "দাম কত"
    "price": r"\bhow much\b|\bcosts?\b|\bprice\b|\bfees?\b|\bexpensive\b|\bkostet\b|\bkosten\b|\bpreis\b|"
    r"\bgebühr|\bcu[aá]nto (?:cuesta|vale|sale)|\bprecio\b|\bcoste\b|\bcombien\b.{0,12}co[uû]t|\bco[uû]te\b|"
    r"\bprix\b|\btarif\b|\bpaljonko\b|\bhinta\b|\bmaksaa\b|giá|học phí|hoc phi|bao nhiêu tiền|"
    r"bao nhieu tien|फीस|कीमत|दाम|खर्च|कितने का|\bdaam\b|\bkharch|দাম|খরচ|(?<!\S)ফি(?![\w\u0980-\u09ff])|"
    r"\bdam koto\b",
    # "how many ECTS is it?", "wie viele Leistungspunkte?", "¿cuántos créditos?", "combien d'ECTS ?", "montako
    # opintopistettä?", "bao nhiêu tín chỉ?", "कितने क्रेडिट?", "কত ক্রেডিট?" (lead trial 17)
    "credits": r"\b(?:how many|wie ?viele|cu[aá]ntos|combien d[e'] ?|montako|kuinka monta|paljonko)\s*"
    r"(?:ects|credits?|leistungspunkte|credit points|créditos|creditos|crédits|credits|opintopist\w*|op)\b|"
    r"(?:bao nhiêu|bao nhieu) (?:tín chỉ|tin chi|ects)|(?:कितने|kitne) (?:ects|क्रेडिट|credit)|"
    r"(?:কত|koto) (?:ects|ক্রেডিট|credit)|\bects\b.{0,12}\b(?:is it|has it|does it)\b|"
    # "does it count as ECTS?", "is it worth any credits?", "gibt es dafür Leistungspunkte?", "¿da
    # créditos?", "ça donne des crédits ?", "saako siitä opintopisteitä?", "có tín chỉ không?", "ECTS
    # milega?" (session 22)
    r"\b(?:counts?|worth|gives?|carr(?:y|ies)|awards?|gibt es dafür|bringt|da|dan|otorga|donne|rapporte|"
    r"saako|antaako|tuleeko)\b.{0,20}\b(?:ects|credits?|leistungspunkte|créditos|crédits|opintopist\w*)\b|"
    r"(?:có|co) (?:tín chỉ|tin chi|ects)|"
    r"\b(?:ects|credits?|क्रेडिट|ক্রেডিট)\s*(?:milega|milenge|मिलेगा|मिलेंगे|পাব\w*)",
    # "which EQF level?", "welches Niveau?", "¿qué nivel?", "quel niveau ?", "mikä taso?", "trình độ nào",
    # "कौन सा लेवल", "কোন স্তর"
    "level": r"\blevel\b|\beqf\b|\beqr\b|\bdqr\b|\bniveau\b|\bnivel\b|\bmec\b|\bcec\b|\btaso\b|\btasoa\b|"
    r"\btasolla\b|trình độ|trinh do|cấp độ|\bbậc\b|स्तर|लेवल|স্তর|লেভেল",
    # "do I need to know anything first?", "Voraussetzungen?", "¿qué necesito saber antes?", "il faut quoi
    # avant ?", "mitä pitää osata ennen", "cần biết gì trước", "पहले क्या आना चाहिए", "আগে কী জানতে হবে"
    "prerequisites": r"prerequisite|\brequirements?\b|\bneed to know\b|\bneeds? before\b|"
    r"\bwhat (?:do|would|will|does) (?:i|we|you|he|she|they|one) need\b|\b(?:take|do) (?:before|first)\b|"
    r"\bknow (?:before|beforehand|first)\b|voraussetzung|vorkenntnis|"
    r"\bwas muss ich (?:vorher )?(?:können|wissen)|"
    r"\brequisito|\bqu[eé] (?:necesito|tengo que|hay que) saber\b|conocimientos previos|pr[ée]requis|"
    r"\bil faut quoi avant\b|\bfaut[- ]il (?:savoir|conna[iî]tre)|\besitie|\bpohjatie|"
    r"\bmitä (?:pitää|täytyy|tarvitsee) osata\b|\bmita (?:pitaa|taytyy) osata\b|điều kiện|cần biết gì|"
    r"can biet gi|cần học gì trước|क्या आना चाहिए|क्या जानना|पहले से क्या|पूर्व ?आवश्यक|\bpehle kya aana\b|"
    r"আগে কী জানত|কী জানা লাগবে|পূর্বশর্ত|\bage ki jante\b|"
    # session 29: what to have done before it, said beside another fact ("¿cuánto cuesta X y qué necesito
    # antes?", "mitä X vaatii etukäteen?", "was muss ich vorher gemacht haben?", "X ke liye pehle kya karna
    # padega?", "X-এর আগে কী করতে হবে?")
    r"\bwhat (?:do|would|will) (?:i|we|you|he|she|they) need (?:to (?:do|take|have) )?before\b|"
    r"\bwas muss ich vorher\b|\b(?:necesito|tengo que hacer|hay que hacer) antes\b|"
    r"\bqu'est-ce qu'il faut (?:faire )?avant\b|\bvaati\w* etukäteen\b|\bvaaditaan etukäteen\b|"
    # ("के लिए पहले" / "-এর আগে": before that course; "पहले क्या करना चाहिए?" alone is where to start)
    r"के लिए पहले क्या करना|\b(?:ke|k) liye pehle kya karna\b|\S*র আগে কী করতে হবে|\b\w+r age ki korte hobe\b",
    # "is it mandatory?", "do I have to take it?", "muss ich den machen?", "¿es obligatorio?", "est-il
    # obligatoire ?", "onko pakollinen?", "có bắt buộc không?", "ज़रूरी है?", "বাধ্যতামূলক?"
    "mandatory": r"\bmandatory\b|\bcompulsory\b|\bobligatory\b|\boptional\b|\brequired\b|"
    r"\b(?:have|need) to (?:take|do)\b(?!.{0,12}\b(?:before|first)\b)|\bmust i (?:take|do)\b|"
    r"\bpflicht|\bverpflichtend|"
    r"\bmuss ich (?:den|die|das|ihn|es)\b|\bnotwendig\b|\bobligatori|\bopcional\b|"
    r"\btengo que (?:hacer|tomar|cursar)(?:lo|la)?\b|\bes necesario\b|\bobligatoire\b|\bfacultatif\b|"
    r"\boptionnel\b|\bdois-je\b|\bje dois (?:le|la) (?:faire|suivre)\b|\bpakollinen\b|\bpakollista\b|"
    r"\bvalinnainen\b|\bpitääkö (?:minun )?(?:käydä|suorittaa|ottaa)\b|\bpitaako\b|\btäytyykö\b|"
    r"bắt buộc|bat buoc|có cần học|co can hoc|tùy chọn|ज़रूरी|जरूरी|जरुरी|अनिवार्य|\bzaroori\b|\bjaruri\b|"
    r"বাধ্যতামূলক|করতেই হবে|লাগবেই|\bbadhyotamulok\b",
    # "do I get a certificate?", "is it recognised/accredited?", "ein Zertifikat am Ende?", "¿está
    # reconocido?", "une attestation reconnue ?", "saako todistuksen?", "có chứng chỉ không?", "सर्टिफिकेट
    # मिलेगा?", "সার্টিফিকেট পাব?"
    "certificate": r"\b(?:get|receive|obtain|earn|awarded|bekomm\w*|erhalt\w*|gibt es|krieg\w*|obten\w*|"
    r"recib\w*|dan|dar[aá]n|entregan|obtien\w*|obtient|donn\w*|délivr\w*|saa\w*|nhận|được|milega|milta|"
    r"मिलेगा|मिलता|পাব\w*|পাওয়া)\b.{0,30}"
    r"(?:certificate|certification|diploma|badge|zertifikat|abschluss|certificado|título|attestation|"
    r"certificat|diplôme|todistu\w*|sertifikaat\w*|chứng chỉ|chung chi|सर्टिफिकेट|प्रमाणपत्र|সার্টিফিকেট|সনদ)|"
    r"(?:certificate|zertifikat|certificado|certificat|attestation|todistus|chứng chỉ|सर्टिफिकेट|সার্টিফিকেট)"
    r".{0,20}(?:at the end|am ende|al final|à la fin|lopussa|cuối khóa|आखिर में|শেষে)|"
    # "certificate milega kya?", "সার্টিফিকেট পাব?", "सर्टिफिकेट मिलेगा?": the verb after the noun (refs18)
    r"(?:certificate|sertifikat|सर्टिफिकेट|प्रमाणपत्र|সার্টিফিকেট|সনদ)\s*(?:\S+\s+){0,2}?"
    r"(?:milega|milegi|milta|milti|मिलेगा|मिलेगी|मिलता|मिलती|পাব\w*|পাওয়া|pabo|paw[ae])|"
    # "which certificate is it part of?", "এটা কোন বড় সার্টিফিকেটের অংশ?"; session 29 (broad29): the verbs of
    # belonging ("which certificate does X count towards / belong to?", "zu welchem Zertifikat gehört X?",
    # "¿en qué certificado entra / a qué certificado pertenece X?", "X appartient à quel certificat ?",
    # "kuuluuko se johonkin sertifikaattiin?", "X nằm trong chứng chỉ nào?", "X কোন সার্টিফিকেটের মধ্যে পড়ে?")
    r"(?:part of|counts? towards|teil (?:eines|des|von)|parte de|fait partie|osa\w*|thuộc|một phần|हिस्सा|অংশ|"
    r"\bbelong\w*|gehört|gehoert|zählt|pertenec\w*|appartien\w*|\bkuulu\w*|nằm trong)"
    r".{0,30}(?:certificate|zertifikat|certificado|certificat|todistu\w*|sertifikaat\w*|chứng chỉ|"
    r"सर्टिफिकेट|সার্টিফিকেট)|"
    r"(?:certificate|zertifikat|certificado|certificat|todistu\w*|sertifikaat\w*|chứng chỉ|सर्टिफिकेट|"
    r"সার্টিফিকেট).{0,60}(?:part of|teil|parte|partie|osa\w*|một phần|हिस्सा|অংশ|\bcounts? towards|"
    r"\bbelong\w*|gehört|gehoert|zählt|\bentra\b|pertenec\w*|appartien\w*|\bkuulu\w*|মধ্যে পড়ে)|"
    r"\brecogni[sz]ed\b|\baccredited\b|\banerkannt\b|\breconocid[oa]\b|\bacreditad[oa]\b|\breconnue?\b|"
    r"\btunnustettu|công nhận|cong nhan|मान्यता|স্বীকৃত",
    # "who runs it?", "wer bietet den an?", "¿quién lo imparte?", "qui organise", "kuka järjestää", "ai dạy",
    # "कौन कराता है", "কে করায়"
    "provider": r"\bwho (?:runs|offers|teaches|provides|gives|organi[sz]es)\b|\bprovider\b|"
    r"\bwhich (?:school|university|institution|college)\b|\bwer (?:bietet|veranstaltet|unterrichtet)\b|"
    r"\banbieter\b|\bqui[eé]n (?:lo |la )?(?:imparte|ofrece|da|organiza)\b|\bproveedor\b|"
    r"\bqui (?:le |la )?(?:propose|organise|dispense|donne)\b|\borganisme\b|"
    r"\bkuka (?:sen )?(?:järjestää|pitää|tarjoaa|opettaa)\b|\bjärjestäjä\b|ai (?:dạy|tổ chức|cung cấp)|"
    r"đơn vị nào|कौन (?:कराता|चलाता|देता|पढ़ाता)|कौन सी संस्था|কে (?:করায়|দেয়|চালায়|পড়ায়)|কোন প্রতিষ্ঠান",
    # "when does it start?", "wann fängt der an?", "¿cuándo empieza?", "quand commence", "milloin alkaa",
    # "khi nào khai giảng", "कब शुरू", "কবে শুরু"
    "start": r"\bwhen\b.{0,30}\b(?:start|begin)s?\b|\bstart date\b|\bnext (?:session|intake)\b|"
    r"\bwann\b.{0,30}\b(?:fängt|beginnt|startet|los)\b|\bcu[aá]ndo (?:empieza|comienza|inicia|arranca)\b|"
    r"\bfecha de inicio\b|\bquand\b.{0,20}\b(?:commence|débute|démarre|commencent)\b|\bdate de début\b|"
    r"\bmilloin\b.{0,20}\balka|khai giảng|khai giang|(?:khi nào|bao giờ).{0,20}bắt đầu|कब (?:से )?शुरू|"
    r"\bkab (?:se )?shuru\b|কবে (?:থেকে )?শুরু|\bkobe shuru\b",
    # session 22: "how is it assessed?", "is there an exam?", "wie wird der geprüft?", "¿cómo se evalúa?",
    # "comment est-il évalué ?", "miten se arvioidaan?", "được đánh giá thế nào?", "मूल्यांकन कैसे होता है?",
    # "মূল্যায়ন কীভাবে হয়?" (its catalogue `assessment`)
    "assessment": r"\bassess(?:ed|ment)?\b|\bexams?\b|\bexamined\b|\bgraded\b|\bgrading\b|"
    r"\bhow (?:do|does|will|would) (?:they|you|it|one|the \w+) (?:grade|mark|test|assess)\b|"
    r"\bhow (?:is|are) (?:it|they|that|this)\b.{0,20}\b(?:marked|tested|checked)\b|"
    r"\bprüfung|\bgeprüft\b|\bbewertet\b|\bbenotet\b|\bprüft\b|\bevalúa|\bevalua\b|\bevaluaci[oó]n\b|"
    r"\bex[aá]men\b|\bcalifica(?:n|ción)?\b|\bévalu|\bevalu[ée]|\bnot[ée]e?\b|\barvioi\w*|\barviointi|"
    r"\bkoe\b|\btentti|đánh giá|\bdanh gia\b|bài thi|thi cử|kiểm tra|मूल्यांकन|परीक्षा|इम्तिहान|"
    r"\bexam\b|মূল্যায়ন|পরীক্ষা",
    # session 22 (lead trial 17's 19: "recognised under DigComp?"): the EU Digital Competence Framework
    "digcomp": r"\bdig[- ]?comp\w*|digital competence framework|digitalen kompetenz|"
    r"competencias? digital(?:es)?|compétences numériques|digitaalisen osaamisen|năng lực số|nang luc so|"
    r"डिजिटल दक्षता|ডিজিটাল দক্ষতা",
}
_ATTRIBUTE_RES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in _ATTRIBUTES.items()}
# how many hours a course is ("how many hours is it?", "wie viele Stunden", "कितने घंटे का है?"), not the
# learner's weekly time ("how many hours a week do I need?")
_HOURS_OF_IT = re.compile(
    r"\bhow many hours\b|\bwie ?viele stunden\b|\bcu[aá]ntas horas\b|\bcombien d'heures\b|"
    r"\b(?:montako|kuinka monta) tuntia\b|bao nhi[eê]u (?:giờ|tiếng)|\bbao nhieu (?:gio|tieng)\b|"
    r"\bkitne gh?ante\b|कितने घंटे|কত ঘণ্টা|\bkoto ghonta\b",
    re.IGNORECASE,
)
_PER_WEEK = re.compile(
    r"\b(?:a|per|each|every) (?:week|day)\b|\bpro (?:woche|tag)\b|\bwöchentlich|\ba la semana\b|"
    r"\bpor semana\b|\bpar semaine\b|\bviikossa\b|\bmỗi tuần\b|\bmoi tuan\b|हफ्ते में|हफ़्ते में|"
    r"\bhafte me\b|সপ্তাহে|\bsoptahe\b",
    re.IGNORECASE,
)
# a question: a question mark, or a question word where the learner types none
_QUESTION = re.compile(
    r"[?？]|^\s*(?:is|are|does|do|can|could|will|when|who|how|what|which|ist|sind|gibt|kann|muss|wann|wer|"
    r"wie|was|welche[snrm]?|es|está|puedo|se puede|cu[aá]ndo|qui[eé]n|c[oó]mo|qu[eé]|cu[aá]l|est-ce|"
    r"peut-on|quand|qui|quel(?:le)?|combien|onko|voiko|voinko|milloin|kuka|paljonko|mitä|mikä|pitääkö)\b|"
    r"\b(?:không|khong|ko|hả|ha|chưa|kya|ki|naki)\s*$|क्या|কি\b|কী|\bkya\b|"
    # after a comma: "and the second, does that map to DigComp too" (session 22)
    r"[,;]\s*(?:is|are|does|do|can|will|ist|kann|es|est-ce|onko)\b",
    re.IGNORECASE,
)


def asked_attributes(text: str, languages_named: bool = False) -> tuple[str, ...]:
    """The facts of one course a question asks about, in a fixed order: "language", "format", "price",
    "credits", "level", "prerequisites", "mandatory", "certificate", "provider", "start", "assessment",
    "digcomp", "duration";
    `languages_named`: the message names a language ("is it in English?" asks its language). Not a
    question: ()."""
    if not _QUESTION.search(text):
        return ()
    found = [name for name, pattern in _ATTRIBUTE_RES.items() if pattern.search(text)]
    # "tiếng Anh cũng được, khóa nào rẻ nhất?" (English is fine too, which is cheapest?): a language accepted
    # is no question of the language (lead trial 21's 15 answered "Yes: it is taught in English"); one that
    # points back at a course ("Gibt es den auch auf Deutsch?") still is; one accepted beside a superlative
    # asked ("en inglés también sirve, ¿cuál es el más barato?", "English wala hi chalega, sabse sasta kaunsa
    # hai?": the Spanish "es" points back) asks for that entry (session 28, lead trial 23's 19)
    accepted = adds_language(text) and (not refers_back(text) or superlative(text))
    if languages_named and "language" not in found and not accepted:
        found.insert(0, "language")
    if asks_how_long(text) or _HOURS_OF_IT.search(text) and not _PER_WEEK.search(text):
        found.append("duration")
    return tuple(found)


def asks_about_one(text: str, languages_named: bool = False) -> bool:
    """Whether a message asks one of these questions of a course: its fit, what comes before it, how long,
    or one of its facts (`asked_attributes`; `languages_named`: "khóa RGPD đó dạy bằng tiếng Anh không?")."""
    return (
        asks_fit(text)
        or asks_before(text)
        or asks_how_long(text)
        or bool(asked_attributes(text, languages_named))
    )


def act(
    text: str,
    *,
    one_course: bool,
    plan_shown: bool,
    plan_cue: bool,
    done_cue: bool,
    hours_said: bool,
    languages_named: bool = False,
    pointed: bool = True,
) -> str | None:
    """The act of a question about the one course named or pointed at (`one_course`), else None: what comes
    before it is "requirements" (its prerequisites); its fit is "explain" (the verdict from its level and
    prerequisites against the learner's, then what it needs), how long it takes "explain" too (its workload in
    weeks). A plan asked for, a course said done, or how long the plan shown takes ("how many weeks in
    total?") is no such question."""
    if not one_course or plan_cue or done_cue:
        return None
    if asks_fit(text):
        return "explain"  # its card's question ("which EQF level is X, too hard for me?"), the verdict first
    if asks_before(text):
        return "requirements"
    if asks_how_long(text) and not hours_said and not (plan_shown and asks_plan_totals(text, False)):
        return "explain"
    # session 15: one of its facts ("is the RGPD one in English?", "is the maths course mandatory?", "c'est
    # quel niveau EQF le premier ?"), when the message points at that course (`pointed`: named, numbered,
    # "it"/"that one", or a short question with nothing else to be about); what it needs is "requirements"
    asked = asked_attributes(text, languages_named)
    if asked and pointed and not (plan_shown and asks_plan_totals(text, False)):
        return "requirements" if asked == ("prerequisites",) else "explain"
    return None
