"""The trial22fix batch (session 26, issue #12, tune): the classes of lead trial 22 that the lead gave this
helper, in the helper's own phrasings (other than the trial's). Written by the helper who fixes them (a check
of that work, not a blind measure). Classes (tags):

- `another_client`: an adviser with several clients in one chat moves on to another ("next client: …",
  "another one: …", "second: …", "now for X, …"): the current client's goal, limits and plan never change, and
  "back to <name>" shows the current client's plan as it was. Session 29 (advisers29): the new client gets a
  fresh profile of their own (the turn's profile is theirs), the first one kept and restored by the return.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T

NEW = ["smalltalk"]
PLAN = ["plan", "set_goal", "explore", "search"]


def _clients(first: str, second: str, back: str, goal: str, hours: float, not_goal: list[str]) -> list[T]:
    """An adviser's first client with a goal and hours, a second client named, then back to the first.

    Session 29 (advisers29, the lead's brief): the second client starts a fresh profile of their own (their
    goal, not the first's), the first one kept; "back to <name>" restores the first's goal, hours and plan
    (was: the second message changed nothing, a smalltalk reply pointing to the Advisor page)."""
    return [
        T(first, ["set_goal", "plan", "set_constraints"]),
        T(second, NEW + PLAN + ["set_constraints"], goal=not_goal, goal_not=goal),
        T(back, PLAN, goal=goal, goal_not=not_goal, hours=hours, plan=True),
    ]


_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        (
            ["another_client"],
            _clients(
                "I'm an employment counsellor. My client Priya, 29, shop assistant, wants to become a data "
                "analyst, 8 hours a week",
                "another one: Jake, 23, unemployed, wants cloud stuff, budget zero",
                "ok, Priya's plan again please",
                "data_analyst",
                8,
                ["cloud"],
            ),
        ),
        (
            ["another_client"],
            _clients(
                "I advise jobseekers. First client: Ana, 41, receptionist, wants data analysis, 5 h a week",
                "now for Ben, he's 30 and wants cybersecurity, no money",
                "back to Ana - what's her plan?",
                "data_analyst",
                5,
                ["cyber", "security"],
            ),
        ),
    ],
    "de": [
        (
            ["another_client"],
            _clients(
                "Ich bin Berufsberaterin. Meine Klientin Sabine, 44, Verkäuferin, möchte Datenanalystin "
                "werden, 6 Stunden pro Woche",
                "Nächster Klient: Lukas, 20, will was mit Cybersicherheit, kein Geld",
                "Zurück zu Sabine: ihren Plan bitte",
                "data_analyst",
                6,
                ["cyber", "security"],
            ),
        )
    ],
    "es": [
        (
            ["another_client"],
            _clients(
                "Soy orientadora laboral. Mi clienta Carmen, 38, administrativa, quiere ser analista de "
                "datos, 5 horas a la semana",
                "Otro cliente: Diego, 22 años, quiere ciberseguridad, sin dinero",
                "volvamos a Carmen, ¿me das su plan?",
                "data_analyst",
                5,
                ["cyber", "security"],
            ),
        )
    ],
    "fr": [
        (
            ["another_client"],
            _clients(
                "Je suis conseillère emploi. Ma bénéficiaire Nadia, 33 ans, vendeuse, veut devenir "
                "analyste de données, 6 h par semaine",
                "Deuxième : Julien, 19 ans, veut faire de la cybersécurité, pas de budget",
                "on revient à Nadia, son parcours ?",
                "data_analyst",
                6,
                ["cyber", "security"],
            ),
        )
    ],
    "fi": [
        (
            ["another_client"],
            _clients(
                "Olen uraohjaaja. Asiakkaani Sari, 45, myyjä, haluaa data-analyytikoksi, 5 tuntia viikossa",
                "Seuraava asiakas: Jari, 30 vuotta, haluaa opiskella kyberturvallisuutta",
                "takaisin Sariin, mikä on hänen suunnitelmansa?",
                "data_analyst",
                5,
                ["cyber", "security"],
            ),
        )
    ],
    "vi": [
        (
            ["another_client"],
            _clients(
                "Tôi là chuyên viên tư vấn nghề. Khách hàng của tôi là chị Hoa, 35 tuổi, nhân viên văn "
                "phòng, muốn trở thành chuyên viên phân tích dữ liệu, 5 giờ mỗi tuần",
                "Khách hàng tiếp theo: Nam, 20 tuổi, muốn học an ninh mạng, không có tiền",
                "quay lại chị Hoa, cho tôi lộ trình của chị ấy",
                "data_analyst",
                5,
                ["cyber", "security"],
            ),
        )
    ],
    "hi": [
        (
            ["another_client"],
            _clients(
                "मैं करियर काउंसलर हूँ। मेरी क्लाइंट प्रिया, 30 साल, दुकान में काम करती है, डेटा एनालिस्ट बनना "
                "चाहती है, हफ्ते में 5 घंटे",
                "अगला क्लाइंट: राहुल, 22 साल, साइबर सुरक्षा सीखना चाहता है, पैसे नहीं हैं",
                "वापस प्रिया पर, उसकी योजना दिखाइए",
                "data_analyst",
                5,
                ["cyber", "security"],
            ),
        )
    ],
    "bn": [
        (
            ["another_client"],
            _clients(
                "আমি একজন ক্যারিয়ার কাউন্সেলর। আমার ক্লায়েন্ট রিমা, ৩২ বছর, দোকানে কাজ করে, ডেটা অ্যানালিস্ট হতে "
                "চায়, সপ্তাহে ৫ ঘণ্টা",
                "পরের ক্লায়েন্ট: করিম, ২২ বছর, সাইবার নিরাপত্তা শিখতে চায়, টাকা নেই",
                "রিমার কথায় ফিরি, ওর পরিকল্পনা দেখান",
                "data_analyst",
                5,
                ["cyber", "security"],
            ),
        )
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-trial22fix-NN`."""
    return [
        D(f"{lang}-trial22fix-{n:02d}", ["trial22fix", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
