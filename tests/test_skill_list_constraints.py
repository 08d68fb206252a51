"""Limits written inside a skills list are limits, not skills the catalogue cannot match (the lead's session-9
trial: "I could not match '6 hours weekly', '400 euros max' to a known skill")."""

from pathfinder.assistant.intents import parse


def test_limits_in_a_skills_list_are_not_skills():
    p = parse("I know Java and SQL, 10 hrs a week, 250 dollars tops, online")
    assert [phrase for phrase, _ in p.skills] == ["java", "sql"]


def test_a_plain_skills_list_is_kept():
    p = parse("I can use Excel, Power BI and a bit of Python")
    assert [phrase for phrase, _ in p.skills] == ["excel", "power bi", "python"]


def test_the_way_into_a_field_is_a_goal_even_with_limits():
    # "give me the cheapest way to get into cybersecurity in 3 months" lost its goal (the lead's trial)
    from pathfinder.assistant.nlu.understand import understand

    p = understand("what's the fastest way to get into data governance in 6 months")
    assert p.goal_text and "data governance" in p.goal_text
    assert understand("how can I break into HPC?").goal_text == "hpc"
    assert understand("I'd like to be finished within half a year").goal_text is None
