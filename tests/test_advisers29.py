"""Career advisers speaking about their clients (issue #12, session 29, branch advisers29): the class the
held-out measures found weakest (lead trial 24's 02, 09, 17, 20). Each behavioural test fails on 60af69b6;
the guards pass on both: the two marked "Guard", and two cases of
`test_a_clients_job_after_their_name_and_age` (the French "Mon client, Karim, 41 ans, est chauffeur" and the
Vietnamese "Lan, 25 tuổi, là kế toán", read on the base too; kept because the new client's introduction must
still read them).

- Several clients in one chat (`offline.clients.turn_to_client`): "next client: Priya, a pharmacist who …"
  keeps the current client's profile and plan (`DialogueState.clients`) and starts Priya on a fresh profile (a
  `switch_client` change); "back to Ben", "the first one" or a question naming a kept client returns to them.
- A client's facts: a name between commas is no job, "left school" is no job, the job after a name and an
  age, whom an adviser counsels ("ich berate eine Bürokauffrau"), "Jobcoach" the adviser's own job.
- A Hinglish wish for a field ("electric vehicles ki taraf jana chahta hai") is a goal clause; a field the
  catalogue lacks is said to be missing for the client, never searched word by word.
- The replies speak of the client (`_client` templates) and Spanish keeps one register (tú).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from pathfinder.assistant.i18n import table
from pathfinder.assistant.nlu.other_client import as_pronoun, current_client_name, named_clients, returned_to
from pathfinder.assistant.nlu.understand import understand
from pathfinder.assistant.session import take_turn
from pathfinder.domain import Goal, LearnerProfile
from pathfinder.domain.dialogue import History, ProfileChange, apply_changes

TODAY = date(2026, 12, 7)
LANGS = ("en", "de", "es", "fr", "fi", "vi", "hi", "bn")


@pytest.fixture(scope="module")
def responder(make_responder, bundled_catalogue):
    return make_responder(bundled_catalogue, today=TODAY)


def _chat(responder, *messages: str):
    """The app's turn path (`session.take_turn`: changes applied to the profile at once) over `messages`:
    the answers and the profile after each turn."""
    profile, history, out = LearnerProfile(id="adviser-chat"), History(), []
    for message in messages:
        turn = take_turn(responder, message, profile, history)
        profile, history = turn.profile, turn.history
        out.append((turn.answer, profile))
    return out


BEN = (
    "I'm a job coach. My client Ben, 24, is a warehouse worker who wants to work in IT support, 10 hours a"
    " week."
)
PRIYA = "Next client: Priya, a pharmacist who wants to move into data science. She knows some statistics."


def test_a_next_client_starts_a_fresh_profile_and_keeps_the_first(responder) -> None:
    (_, ben), (answer, priya) = _chat(responder, BEN, PRIYA)
    assert answer.profile_changes[0].kind == "switch_client"
    assert priya.id == ben.id  # the chat's own profile, now the new client's
    assert priya.current_role is not None and "pharmac" in priya.current_role.label
    assert priya.goal is not None and "data" in priya.goal.label
    assert priya.constraints.hours_per_week is None  # Ben's hours are not hers
    kept = answer.state.clients
    assert [c.name for c in kept] == ["Ben"] and kept[0].profile.constraints.hours_per_week == 10
    assert answer.state.client_name == "Priya" and "Priya" in answer.text and "Ben" in answer.text


def test_back_to_the_first_client_restores_their_profile(responder) -> None:
    said = _chat(responder, BEN, "make a plan for him", PRIYA, "back to Ben - his plan?")
    (_, ben), (planned, _), (_, priya), (back, again) = said
    assert again.goal == ben.goal and again.constraints.hours_per_week == 10
    assert again.current_role == ben.current_role
    assert planned.pathway is not None and back.pathway is not None
    assert [s.id for s in back.pathway.steps] == [s.id for s in planned.pathway.steps]
    assert [c.name for c in back.state.clients] == ["Priya"]  # Priya kept in turn
    assert back.state.clients[0].profile.goal == priya.goal


def test_a_question_naming_a_kept_client_is_answered_for_them(responder) -> None:
    said = _chat(responder, BEN, PRIYA, "back to Ben", "What should Priya do first?")
    priya, asked = said[1][1], said[3]
    assert asked[0].profile_changes[0].kind == "switch_client"
    assert asked[1].goal == priya.goal and asked[1].current_role == priya.current_role
    assert asked[0].citations  # her first course, never the generic directions of no goal


def test_the_first_one_returns_to_the_first_client(responder) -> None:
    said = _chat(responder, BEN, PRIYA, "Next client: Ola, 50, a cashier who wants to learn web design.")
    back = _chat(responder, BEN, PRIYA, "back to the first one")[-1]
    assert said[-1][0].state.client_name == "Ola"
    assert back[1].constraints.hours_per_week == 10 and back[0].state.client_name == "Ben"


def test_an_advised_session_keeps_the_advisor_page_reply(responder) -> None:
    """Guard: an advisor's session is bound to one caseload learner; another client is never switched to in
    it (the reply points to the Advisor page, as before)."""
    profile = LearnerProfile(id="caseload-1")
    history = History(advised=True)
    first = take_turn(responder, BEN, profile, history)
    second = take_turn(responder, PRIYA, first.profile, first.history)
    assert not second.answer.profile_changes and "Advisor" in second.answer.text


def test_switch_client_keeps_the_stored_profiles_identity() -> None:
    stored = LearnerProfile(id="p1", name="Account", version=7, goal=Goal(label="IT support"))
    client = LearnerProfile(id="other", name="x", goal=Goal(label="data scientist"))
    change = ProfileChange(kind="switch_client", summary="client: Priya", client=client)
    after = apply_changes(stored, [change])
    assert (after.id, after.name, after.version) == ("p1", "Account", 7)
    assert after.goal is not None and after.goal.label == "data scientist"


@pytest.mark.parametrize(
    ("text", "name", "rest"),
    [
        ("back to Ben - his plan?", "Ben", "his plan?"),
        ("back to the first one", "", ""),
        ("Zurück zur ersten: ihr Plan?", "", "ihr Plan?"),
        ("volvamos al primero: ¿su plan?", "", "¿su plan?"),
        ("Revenons au premier client : son parcours ?", "", "son parcours ?"),
        ("takaisin ensimmäiseen asiakkaaseen", "", ""),
        ("quay lại khách hàng đầu tiên: lộ trình?", "", "lộ trình?"),
        ("रहीम पर वापस", None, None),
        ("রহিমের কথায় ফিরি: তাঁর পরিকল্পনা?", "রহিম", "তাঁর পরিকল্পনা?"),
    ],
)
def test_whom_the_adviser_returns_to(text: str, name: str | None, rest: str | None) -> None:
    back = returned_to(text)
    assert (back is None) if name is None else back == (name, rest)


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        ("What should Priya do first?", "en", "What should she do first?"),
        ("What's Priya's first step?", "en", "What's her first step?"),
        ("Womit soll Priya anfangen?", "de", "Womit soll sie anfangen?"),
        ("¿Qué debería hacer Priya primero?", "es", "¿Qué debería hacer ella primero?"),
        ("Priya ko pehle kya karna chahiye?", "hi", "woh ko pehle kya karna chahiye?"),
    ],
)
def test_a_clients_name_is_read_as_the_third_person(text: str, lang: str, said: str) -> None:
    assert as_pronoun(text, "Priya", lang, "f" if lang != "hi" else None) == said


def test_the_names_of_clients_spoken_of() -> None:
    assert named_clients("What should Priya do first?", ["Ben", "Priya"]) == ["Priya"]
    assert named_clients("রিনার পরিকল্পনা কী?", ["রিনা"]) == ["রিনা"]
    assert current_client_name(["First one: Tom, 19, left school"]) == "Tom"
    assert current_client_name(["Mi clienta, Carmen, 38 años, es cajera"]) == "Carmen"
    assert current_client_name(["আমার ক্লায়েন্ট রহিম, ৩০ বছর, দোকানে কাজ করেন"]) == "রহিম"


def _role(text: str, lang: str) -> str | None:
    return understand(text, TODAY, lang).current_role


@pytest.mark.parametrize(
    ("text", "lang", "role"),
    [
        (
            "Soy orientadora. Mi cliente, Luis, 45 años, es camionero y quiere aprender informática.",
            "es",
            "camionero",
        ),
        ("Mon client, Karim, 41 ans, est chauffeur et veut devenir technicien réseau.", "fr", "chauffeur"),
        ("Guten Tag, ich berate eine 52-jährige Bürokauffrau, die in die IT möchte.", "de", "bürokauffrau"),
        (
            "I'm advising a 45-year-old warehouse worker who wants to get into IT support.",
            "en",
            "warehouse worker",
        ),
        ("Khách hàng tiếp theo: Lan, 25 tuổi, là kế toán, muốn học phân tích dữ liệu.", "vi", "kế toán"),
        ("Asiakkaani Mikko, 40, on varastotyöntekijä ja haluaa IT-tukeen.", "fi", "varastotyöntekijä"),
    ],
)
def test_a_clients_job_after_their_name_and_age(text: str, lang: str, role: str) -> None:
    assert (_role(text, lang) or "").casefold() == role


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "I'm a careers adviser. First client: Tom, 19, left school, loves gaming, wants to work in IT.",
            "en",
        ),
        ("Ich bin Jobcoach. Mein Klient Jonas, 19, hat die Schule abgebrochen und möchte in die IT.", "de"),
    ],
)
def test_leaving_school_and_the_advisers_own_job_are_no_clients_job(responder, text: str, lang: str) -> None:
    (_, profile), *_ = _chat(responder, text)
    assert profile.current_role is None


def test_a_hinglish_wish_towards_a_field_is_a_goal_clause() -> None:
    p = understand(
        "mera client ek auto mechanic hai, 35 saal ka, electric vehicles ki taraf jana chahta hai",
        TODAY,
        "hi",
    )
    assert p.clause_goal == "electric vehicles"


def test_a_field_the_catalogue_lacks_is_said_missing_for_the_client(responder) -> None:
    message = "mera client ek auto mechanic hai, 35 saal ka, electric vehicles ki taraf jana chahta hai"
    (answer, profile), *_ = _chat(responder, message)
    assert "diaa-cv-301" not in [c.id for c in answer.citations]  # never a word search ("Computer Vision")
    assert profile.goal is None or "electric" not in profile.goal.label
    assert "no courses on **electric vehicles**" in answer.text and "your client" in answer.text


def test_the_hours_question_speaks_of_the_client(responder) -> None:
    (answer, _), *_ = _chat(responder, "My client is a nurse who wants to become a data analyst.")
    assert "How many hours a week can your client study?" in answer.text
    assert "can you study" not in answer.text


@pytest.mark.parametrize(
    "key", ["ask_hours", "ask_goal", "pick_offer", "goal_unknown", "first_ask_goal", "first_why_head"]
)
def test_the_client_variants_exist_in_the_eight_languages(key: str) -> None:
    assert all(table(lang).get(f"{key}_client") for lang in LANGS)


def test_spanish_replies_keep_one_register() -> None:
    """The Spanish table speaks "tú" as its replies do: no "usted" imperative or question beside "tu cliente"
    (lead trial 24: "Empiece por …", "¿Le muestro …?")."""
    usted = ("Empiece", "Dígame", "¿Le muestro", "Pregunte al", "cree su perfil", "Cuénteme")
    text = json.dumps(table("es"), ensure_ascii=False)
    assert not [u for u in usted if u in text]


def test_a_name_with_a_job_is_another_client_once_the_current_one_is_named(responder) -> None:
    said = _chat(responder, BEN, "Priya is a pharmacist who wants to move into data science.", "back to Ben")
    (_, ben), (new, priya), (back, again) = said
    assert new.profile_changes[0].kind == "switch_client" and priya.goal is not None
    assert "data" in priya.goal.label and again.goal == ben.goal
    assert back.pathway is not None  # the return alone shows his plan


def test_an_unnamed_clients_name_is_no_other_client(responder) -> None:
    """Guard: "Maria is a nurse by training" after an unnamed client names that client, no new one."""
    said = _chat(
        responder,
        "My client is a 40-year-old warehouse worker who wants to get into IT support.",
        "Maria is a nurse by training, by the way.",
    )
    assert not any(c.kind == "switch_client" for c in said[1][0].profile_changes)
