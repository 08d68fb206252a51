"""The trial29 batch (session 29, issue #12, tune): lead trial 24's classes still failing on main, in the
helper's own phrasings (other than the trial's). Written by the helper who fixes them, before the fix (a check
of that work, not a blind measure); `_UNSEEN` (`<lang>-trial29u-NN`) was written after the fix, never tuned
on. Classes (tags):

- `negation_goal`: a skill lacked or a job not wanted ("he can't code at all", "I don't want to become a
  programmer") is never the goal; a job not wanted is said back as programming left out.
- `level_little`: "I know little bit linux" is a basic level, not intermediate.
- `boss_says`: "my boss says I should learn X": the boss is no role of the learner, X no skill held.
- `no_budget`: "0 budget" / "Geld hab ich keins" beside a goal and hours: a budget of nothing, the goal kept.
- `next_after`: "and after that?" after a one-step plan: what follows on the way, never "nothing lists it".
- `first_weeks`: "how many weeks is the first course?" after a plan: its weeks at the learner's hours.
- `plan_has_it`: "I also want to learn Python" when the plan teaches it: the goal stays, the step said.
- `budget_far`: a budget far below any course on the goal: no proposal that multiplies it.

Each language module adds `dialogues("<lang>")` and `dialogues("<lang>", unseen=True)`."""

from __future__ import annotations

from dsl import D, T

OPEN = ["set_goal", "search", "explore", "plan", "set_constraints", "state_skills"]
SOFTWARE = ["software developer", "f2b15a0e", "web developer", "c40a2919"]
ANALYST = ["data analyst", "d3edb8f8"]
AVOIDING = {
    "en": ["Leaving out courses that"],
    "de": ["Wie gewünscht lasse ich"],
    "es": ["Como pediste, dejo fuera"],
    "fr": ["Comme demandé, je laisse"],
    "fi": ["Kuten toivoit, jätän pois"],
    "vi": ["Theo yêu cầu của bạn"],
    "hi": ["आपके कहे अनुसार"],
    "bn": ["আপনার কথামতো"],
}
AFTER_NONE = {
    "en": ["Nothing in the catalogue lists"],
    "de": ["Im Katalog setzt kein Angebot"],
    "es": ["Nada en el catálogo pide"],
    "fr": ["Rien dans le catalogue ne demande"],
    "fi": ["Luettelossa mikään ei edellytä"],
    "vi": ["Trong danh mục không khóa nào yêu cầu"],
    "hi": ["कैटलॉग में कोई कोर्स"],
    "bn": ["ক্যাটালগে কোনো কোর্স"],
}
WEEKS = {
    "en": ["weeks"],
    "de": ["Wochen"],
    "es": ["semanas"],
    "fr": ["semaines"],
    "fi": ["viikkoa"],
    "vi": ["tuần"],
    "hi": ["सप्ताह", "हफ़्ते"],
    "bn": ["সপ্তাহ"],
}
PREVIEW = {
    "en": ["With one change"],
    "de": ["Mit einer Änderung"],
    "es": ["Con un cambio"],
    "fr": ["Avec un changement"],
    "fi": ["Yhdellä muutoksella"],
    "vi": ["Với một thay đổi"],
    "hi": ["एक बदलाव के साथ"],
    "bn": ["একটি পরিবর্তনে"],
}
STEP = {
    "en": ["step"],
    "de": ["Schritt"],
    "es": ["paso"],
    "fr": ["étape"],
    "fi": ["vaihe"],
    "vi": ["bước"],
    "hi": ["चरण"],
    "bn": ["ধাপ"],
}


def _lack(*turns: str) -> tuple[list[str], list[T]]:
    """A lack of programming said with a wish: no turn sets a programming job as the goal nor offers it as the
    direction to begin with."""
    return (
        ["negation_goal"],
        [T(x, OPEN + ["refine"], goal_not=SOFTWARE, reply_excl=["**software developer**"]) for x in turns],
    )


def _not_wanted(lang: str, said: str, **lang_check: bool) -> tuple[list[str], list[T]]:
    """A programming job not wanted: no goal of it, the preference said back (a romanised Hindi chat may be
    answered in English, `any_lang`)."""
    said_back = AVOIDING[lang] + (AVOIDING["en"] if lang_check else [])
    return (["negation_goal"], [T(said, OPEN, goal_not=SOFTWARE, reply_any=said_back, **lang_check)])


def _little(first: str, said: str, fragment: str, **lang_check: bool) -> tuple[list[str], list[T]]:
    return (
        ["level_little"],
        [T(first, OPEN, **lang_check), T(said, ["state_skills"], levels={fragment: ["basic"]}, **lang_check)],
    )


def _boss(said: str, skill: str) -> tuple[list[str], list[T]]:
    return (
        ["boss_says"],
        [T(said, OPEN, role_not=["manager", "boss", "chef", "jefe", "esimies"], skills_not=[skill])],
    )


def _no_budget(*turns: str, goal: list[str] | None = None) -> tuple[list[str], list[T]]:
    *before, last = turns
    checks = {"budget": (0, "EUR")} | ({"goal": goal} if goal else {})
    return (["no_budget"], [*(T(x, OPEN) for x in before), T(last, OPEN, **checks)])


def _next(lang: str, *turns: str) -> tuple[list[str], list[T]]:
    *before, last = turns
    return (
        ["next_after"],
        [*(T(x, OPEN) for x in before), T(last, ["explain", "plan", "search"], reply_excl=AFTER_NONE[lang])],
    )


def _weeks(lang: str, first: str, asked: str) -> tuple[list[str], list[T]]:
    return (
        ["first_weeks"],
        [T(first, OPEN, plan=True), T(asked, ["explain", "select", "plan"], reply_any=WEEKS[lang])],
    )


def _has_it(lang: str, first: str, wish: str, in_plan: bool = True) -> tuple[list[str], list[T]]:
    """A subject wished besides the goal: the goal stays; when a step teaches it, the step is said
    (`in_plan=False`: the plan has no step on it - the Spanish plan's courses are Spanish ones without
    Python - and courses on it after the plan are offered instead)."""
    said = {"reply_any": STEP[lang]} if in_plan else {}
    return (
        ["plan_has_it"],
        [
            T(first, OPEN, plan=True, goal=ANALYST),
            T(wish, ["set_goal", "search", "explain", "plan"], goal=ANALYST, **said),
        ],
    )


def _far(lang: str, said: str) -> tuple[list[str], list[T]]:
    return (["budget_far"], [T(said, OPEN, reply_excl=PREVIEW[lang])])


_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        _lack(
            "My dad is 55, he did admin work for years and wants to retrain into IT. "
            "He has no coding skills.",
            "He can study 6 hours a week, up to 1500 euros.",
        ),
        _not_wanted(
            "en",
            "I work in finance and need to understand machine learning, but I don't want to become a coder",
        ),
        _lack("I teach maths and I want to move into data science, but I can't code at all"),
        _little("I want to work in cloud computing", "i know little bit linux", "operating systems"),
        _boss("my boss says I should learn Excel, I work in sales", "spreadsheets"),
        _no_budget("whats a good course", "ok cybersecurity then. 0 budget and maybe 4 hrs a week"),
        _next(
            "en",
            "I clean offices and can use a computer a bit. I want to learn office skills",
            "4 hours a week, no money",
            "and after that, what do I learn?",
        ),
        _has_it("en", "I want to become a data analyst, 4 hours a week", "I'd also like to learn Python"),
        _far("en", "I want to become a cloud engineer. budget 3000 rupees, 10 hours a week"),
    ],
    "de": [
        _lack(
            "Ich begleite einen 48-jährigen Lageristen, der in die IT umschulen will. "
            "Programmieren kann er gar nicht.",
            "Er hat 5 Stunden pro Woche, das Jobcenter zahlt bis 1500 Euro.",
        ),
        _not_wanted("de", "Ich will KI für meinen Job verstehen, aber ich will kein Programmierer werden"),
        _boss("mein Chef meint, ich soll Excel lernen. Ich arbeite im Vertrieb", "spreadsheets"),
        _no_budget("Ich will Datenanalystin werden, Geld hab ich keins, 4 Stunden pro Woche", goal=ANALYST),
        _next(
            "de",
            "Ich putze Büros und kann ein bisschen mit dem Computer umgehen. Ich will Büroarbeit lernen",
            "4 Stunden pro Woche, kein Geld",
            "und was lerne ich danach?",
        ),
        _has_it("de", "Ich will Datenanalyst werden, 4 Stunden pro Woche", "ich möchte auch Python lernen"),
    ],
    "es": [
        _not_wanted(
            "es", "quiero entender la inteligencia artificial para mi trabajo, pero no quiero ser programador"
        ),
        _lack("soy contadora y quiero pasarme a la ciencia de datos, pero no sé programar nada"),
        _boss("mi jefe dice que tengo que aprender Excel, trabajo en ventas", "spreadsheets"),
        _no_budget("quiero ser analista de datos, plata no tengo, unas 4 horas por semana", goal=ANALYST),
        _has_it(
            "es", "quiero ser analista de datos, 4 horas a la semana", "también quiero aprender Python", False
        ),
    ],
    "fr": [
        _not_wanted(
            "fr", "je veux comprendre l'IA pour mon travail, mais je ne veux pas devenir développeuse"
        ),
        _lack(
            "je suis prof de maths et je veux aller vers la data science, mais je ne sais pas coder du tout"
        ),
        _no_budget("je veux devenir analyste de données, budget zéro, 4 heures par semaine", goal=ANALYST),
        _next(
            "fr",
            "je fais le ménage dans des bureaux, je sais un peu utiliser l'ordinateur. "
            "je veux apprendre la bureautique",
            "4 heures par semaine, pas d'argent",
            "et après, j'apprends quoi ?",
        ),
    ],
    "fi": [
        _not_wanted("fi", "haluaisin ymmärtää tekoälyä työssäni, mutta en halua ohjelmoijaksi"),
        _lack("olen kirjanpitäjä ja haluan siirtyä data-analytiikkaan, mutta en osaa koodata yhtään"),
        _weeks("fi", "haluan data-analyytikoksi, 4 tuntia viikossa", "montako viikkoa eka kurssi kestää?"),
    ],
    "vi": [
        _not_wanted("vi", "tôi muốn tìm hiểu về AI cho công việc, nhưng không muốn làm lập trình viên"),
        _lack("em là giáo viên toán, muốn chuyển sang khoa học dữ liệu nhưng không biết lập trình"),
        _far("vi", "tôi muốn làm kỹ sư đám mây, ngân sách 500 nghìn đồng, mỗi tuần 10 tiếng"),
    ],
    "hi": [
        _lack("मैं गणित की टीचर हूँ, मुझे डेटा साइंस में जाना है पर प्रोग्रामिंग बिल्कुल नहीं आती"),
        _not_wanted("hi", "mujhe AI samajhna hai office ke liye, par programmer nahi banna", any_lang=True),
        _weeks("hi", "मैं डेटा एनालिस्ट बनना चाहती हूँ, हफ्ते में 4 घंटे", "पहला कोर्स कितने हफ्ते का होगा?"),
        _little("mujhe cloud mein job chahiye", "thoda bahut python aata hai", "python", any_lang=True),
    ],
    "bn": [
        _lack("আমি অঙ্কের শিক্ষক, ডেটা সায়েন্সে যেতে চাই কিন্তু কোডিং একদম জানি না"),
        _not_wanted("bn", "আমি কাজের জন্য এআই বুঝতে চাই, কিন্তু প্রোগ্রামার হতে চাই না"),
        _next(
            "bn",
            "আমি দোকানে কাজ করি, কম্পিউটার অল্প চালাতে পারি। অফিসের কাজ শিখতে চাই",
            "সপ্তাহে ৪ ঘণ্টা, টাকা নেই",
            "তারপর কী শিখব?",
        ),
        _far("bn", "আমি ক্লাউড ইঞ্জিনিয়ার হতে চাই, বাজেট ২০০০ টাকা, সপ্তাহে ১০ ঘণ্টা"),
    ],
}

# written after the fix, never tuned on
_UNSEEN: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        _not_wanted(
            "en", "I'm in HR and should get a feel for AI. Becoming a software engineer is not my plan."
        ),
        _lack("my mum runs a bakery, wants to learn data analysis for it, she can't program at all"),
        _little("I want to get into networking", "i can do little bit of windows and excel", "excel"),
        _boss("my team lead told me to learn SQL, I'm a receptionist", "sql"),
        _no_budget(
            "I'm aiming for IT support, budget is 0, maybe 5 hrs/week", goal=["support", "technician"]
        ),
        _next(
            "en",
            "I stack shelves and want to learn basic computer skills",
            "5 hours a week, no money at all",
            "what do I do after that one?",
        ),
        _far("en", "I'd like to become a data analyst. my budget is 1000 rupees, 6 hours a week"),
    ],
    "de": [
        _not_wanted("de", "Ich will verstehen, was KI kann, aber ich möchte keine Programmiererin werden"),
        _no_budget("Ich will Netzwerktechnik lernen, Geld habe ich keines, 6 Stunden pro Woche"),
        _boss("meine Vorgesetzte sagt, ich soll SQL lernen", "sql"),
    ],
    "es": [
        _not_wanted("es", "quiero entender los datos de mi negocio, programar no es lo mío"),
        _no_budget("me gustaría ser analista de datos, dinero no tengo, 5 horas semanales", goal=ANALYST),
    ],
    "fr": [
        _lack("je veux me reconvertir dans la cybersécurité, mais le code je connais pas du tout"),
        _no_budget("je veux devenir analyste de données, budget zéro, 5 heures par semaine", goal=ANALYST),
    ],
    "fi": [
        _not_wanted("fi", "haluan ymmärtää dataa työssäni, mutta en halua koodariksi"),
        _has_it("fi", "haluan data-analyytikoksi, 5 tuntia viikossa", "haluaisin oppia myös Pythonia"),
    ],
    "vi": [
        _lack("mình muốn chuyển sang phân tích dữ liệu nhưng chưa biết lập trình gì cả"),
        _has_it(
            "vi", "em muốn làm chuyên viên phân tích dữ liệu, mỗi tuần 5 tiếng", "em cũng muốn học Python"
        ),
    ],
    "hi": [
        _lack("मैं दुकान पर हिसाब रखती हूँ, डेटा एनालिसिस सीखना है पर प्रोग्रामिंग नहीं आती"),
        _weeks("hi", "मैं डेटा एनालिस्ट बनना चाहता हूँ, हफ्ते में 5 घंटे", "पहला कोर्स कितने हफ़्तों में होगा?"),
    ],
    "bn": [
        _not_wanted("bn", "আমি ডেটা বুঝতে চাই, কিন্তু ডেভেলপার হতে চাই না"),
        _far("bn", "আমি ডেটা অ্যানালিস্ট হতে চাই, বাজেট ১৫০০ টাকা, সপ্তাহে ৬ ঘণ্টা"),
    ],
}


def dialogues(lang: str, unseen: bool = False) -> list[D]:
    """This language's trial29 dialogues (ids `<lang>-trial29-NN`; `<lang>-trial29u-NN`: unseen), tags the
    class and the batch."""
    name = "trial29u" if unseen else "trial29"
    batch = (_UNSEEN if unseen else _BATCH).get(lang, [])
    return [
        D(f"{lang}-{name}-{n:02d}", [*tags, name], turns, split="tune")
        for n, (tags, turns) in enumerate(batch, 1)
    ]
