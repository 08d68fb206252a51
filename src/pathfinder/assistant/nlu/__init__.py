"""Understanding a learner's message from data: language identification, intent classification on a
multilingual sentence encoder, and multilingual slots (time, money, dates, formats, languages, roles)."""
