"""The goalplan25 batch (session 25, issue #12, tune): a stated goal and the plan, as
`evals/nlu/act_causes.py` blamed `policy.decide` for them on the base 09d5ae2d, in the helper's own phrasings.
Written BEFORE the fix by the helper who fixes it (a check of that work, not a blind measure). The principle
the expectations follow: the act is what the learner did. A goal stated with its limits and nothing asked is
the goal (`set_goal`, or the limits, `set_constraints`; its reply plans when the time is known); a goal
with the way asked for, in a plan word or a question of what to do, where to begin, which path or which
courses, is the plan. Classes (tags):

- `goal_stated`: a goal (the learner's or a client's) with hours, a budget or a deadline, nothing asked; the
  next turn asks where to begin or what the plan looks like (the plan);
- `way_asked`: a goal with the way asked for without a plan word ("what's my path?", "¿qué hago primero?",
  "mitä minun pitäisi opiskella?"): the plan.

Each language module adds `dialogues("<lang>")`."""

from __future__ import annotations

from dsl import D, T

STATED = ["set_goal", "set_constraints"]
PLAN = ["plan"]

_BATCH: dict[str, list[tuple[list[str], list[T]]]] = {
    "en": [
        (
            ["goal_stated"],
            [
                T(
                    "I'd like to become a cloud engineer. I can put in 6 hours a "
                    "week, budget around 1000 euros",
                    STATED,
                ),
                T("so where do I begin?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T(
                    "My client used to be a forklift driver and now wants to "
                    "work in IT support. He has 8 hours "
                    "a week and no money to spend",
                    STATED,
                ),
                T("what would his plan look like?", PLAN),
            ],
        ),
        (
            ["way_asked"],
            [T("I want to be a data analyst by next summer, 5 hrs a week. what should I study?", PLAN)],
        ),
    ],
    "de": [
        (
            ["goal_stated"],
            [
                T(
                    "Ich will Netzwerkadministrator werden, 6 Stunden pro Woche "
                    "hab ich, mehr als 500 Euro geht nicht",
                    STATED,
                ),
                T("und womit fange ich an?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T(
                    "Meine Klientin war Verkäuferin und möchte Datenanalystin "
                    "werden, sie hat 4 Stunden in der "
                    "Woche",
                    STATED,
                ),
                T("wie sähe ihr Plan aus?", PLAN),
            ],
        ),
        (
            ["way_asked"],
            [T("ich will in die Cybersicherheit, 5 Stunden die Woche. Was soll ich lernen?", PLAN)],
        ),
    ],
    "es": [
        (
            ["goal_stated"],
            [
                T("Quiero ser desarrollador web. Tengo 7 horas a la semana y unos 600 euros", STATED),
                T("¿por dónde empiezo?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T(
                    "Oriento a un chico que trabajaba de repartidor y quiere ser técnico de redes, tiene 10 "
                    "horas semanales",
                    STATED,
                ),
                T("¿cómo sería su plan?", PLAN),
            ],
        ),
        (
            ["way_asked"],
            [T("me gustaría ser analista de datos, 4 horas por semana, ¿qué tengo que estudiar?", PLAN)],
        ),
    ],
    "fr": [
        (
            ["goal_stated"],
            [
                T(
                    "Je voudrais devenir administratrice systèmes, j'ai 5 heures "
                    "par semaine et 800 € maximum",
                    STATED,
                ),
                T("je commence par quoi ?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T(
                    "J'accompagne une ancienne caissière qui veut travailler "
                    "dans la cybersécurité, elle a 6 h "
                    "par semaine",
                    STATED,
                ),
                T("ça donnerait quel plan pour elle ?", PLAN),
            ],
        ),
        (
            ["way_asked"],
            [T("je veux devenir développeur web, 8 h par semaine, qu'est-ce que je dois apprendre ?", PLAN)],
        ),
    ],
    "fi": [
        (
            ["goal_stated"],
            [
                T("Haluaisin pilvi-insinööriksi, ehdin 6 tuntia viikossa ja budjetti on 700 euroa", STATED),
                T("mistä mun kannattais aloittaa?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T(
                    "Asiakkaani on ollut varastotyöntekijä ja haluaa IT-tukeen, hänellä on 5 tuntia viikossa",
                    STATED,
                ),
                T("miltä hänen suunnitelmansa näyttäisi?", PLAN),
            ],
        ),
        (
            ["way_asked"],
            [T("haluan data-analyytikoksi, 4 tuntia viikossa. mitä minun pitäisi opiskella?", PLAN)],
        ),
    ],
    "vi": [
        (
            ["goal_stated"],
            [
                T(
                    "Tôi muốn trở thành kỹ sư đám mây, mỗi tuần học được 6 tiếng, ngân sách khoảng 500 euro",
                    STATED,
                ),
                T("vậy tôi nên bắt đầu từ đâu?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T("Học viên của tôi từng làm bảo vệ, giờ muốn làm hỗ trợ IT, mỗi tuần có 8 tiếng", STATED),
                T("lộ trình của anh ấy sẽ thế nào?", PLAN),
            ],
        ),
        (["way_asked"], [T("em muốn làm phân tích dữ liệu, mỗi tuần 5 tiếng, em nên học gì?", PLAN)]),
    ],
    "hi": [
        (
            ["goal_stated"],
            [
                T("मैं नेटवर्क इंजीनियर बनना चाहता हूँ, हफ्ते में 6 घंटे हैं और बजट 8000 रुपये है", STATED),
                T("मैं शुरुआत कहाँ से करूँ?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T("मेरी क्लाइंट पहले दुकान में काम करती थी, अब डेटा एनालिस्ट बनना चाहती है, हफ्ते में 5 घंटे हैं", STATED),
                T("उसका प्लान कैसा होगा?", PLAN),
            ],
        ),
        (["way_asked"], [T("मुझे वेब डेवलपर बनना है, हफ्ते में 7 घंटे, मुझे क्या क्या सीखना होगा?", PLAN)]),
    ],
    "bn": [
        (
            ["goal_stated"],
            [
                T("আমি সাইবার সিকিউরিটি অ্যানালিস্ট হতে চাই, সপ্তাহে ৬ ঘণ্টা সময় আছে, বাজেট ৫০০ ইউরো", STATED),
                T("আমি কোথা থেকে শুরু করব?", PLAN),
            ],
        ),
        (
            ["goal_stated"],
            [
                T("আমার ক্লায়েন্ট আগে ডেলিভারির কাজ করত, এখন আইটি সাপোর্টে যেতে চায়, সপ্তাহে ৮ ঘণ্টা পারবে", STATED),
                T("ওর প্ল্যানটা কেমন হবে?", PLAN),
            ],
        ),
        (["way_asked"], [T("আমি ডেটা অ্যানালিস্ট হতে চাই, সপ্তাহে ৫ ঘণ্টা, আমাকে কী কী পড়তে হবে?", PLAN)]),
    ],
}


def dialogues(lang: str) -> list[D]:
    """The batch's dialogues of one language, ids `<lang>-goalplan25-NN`."""
    return [
        D(f"{lang}-goalplan25-{n:02d}", ["goalplan25", *tags], turns, split="tune")
        for n, (tags, turns) in enumerate(_BATCH[lang], start=1)
    ]
