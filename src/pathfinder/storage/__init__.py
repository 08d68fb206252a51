"""Storage adapters: one SQLite connection helper, profiles, conversations, advising records."""
