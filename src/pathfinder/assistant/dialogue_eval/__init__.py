"""Dialogue evaluation: reply-language detection, per-turn checks and scoring (the runner is cli/dialogue_runner)."""
