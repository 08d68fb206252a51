"""Dialogue evaluation: reply-language detection, per-turn checks, scoring (the runner:
cli/dialogue_runner)."""
