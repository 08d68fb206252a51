"""Shared expectations of the t11lists batch (session 16): questions over the list or plan just shown -
a superlative picks among what was shown by the recorded figure ("which is shortest?"), "what is the first
course exactly?" is that step's card, "how much would it all cost?" is the plan's total in one line (not
the plan again), "something shorter to start with?" after a long plan is a shorter entry course (not the
same plan by another strategy), and a cover letter, CV or interview to prepare is outside what the assistant
does."""

from dsl import EXPLAIN, EXPLORE, GOAL, OOS, PLAN, REFINE, SEARCH, SELECT

OPEN = SEARCH + EXPLORE + GOAL + ["explain", "plan", "state_skills"]  # a setup turn: any sensible reading
PLANNED = GOAL + PLAN + ["set_constraints"]
PICK = SELECT  # one entry of what was shown: its card or a line about it
TOTAL = EXPLAIN + SELECT  # a figure of the plan shown, in a line
SHORTER = (
    SEARCH + SELECT + REFINE + EXPLORE
)  # a shorter entry course (the plan is not shown again: plan=False)
OUT = OOS

# what the out-of-scope reply offers instead (the capabilities list's first line)
CAN_DO = {
    "en": ["I can help you with"],
    "de": ["Ich kann Ihnen helfen bei"],
    "es": ["Puedo ayudarte a"],
    "fr": ["Je peux vous aider à"],
    "fi": ["Voin auttaa sinua"],
    "vi": ["Tôi có thể giúp bạn"],
    "hi": ["मैं आपकी इनमें मदद कर सकता हूँ"],
    "bn": ["আমি আপনাকে সাহায্য করতে পারি"],
}
