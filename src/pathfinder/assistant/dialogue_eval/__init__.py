"""Dialogue evaluation: run scripted conversations through the app's turn path, detect reply languages, score."""
