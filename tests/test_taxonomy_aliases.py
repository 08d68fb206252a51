"""The curated aliases fit the full ESCO release as well as the bundled subset, and survive a rebuild of
it."""

from __future__ import annotations

import importlib
import sys

import pytest

from pathfinder.settings import PROJECT_ROOT
from pathfinder.skills.aliases import BUNDLED_ALIASES, alias_problems, read_aliases
from pathfinder.skills.esco import read_esco


@pytest.mark.slow
def test_aliases_point_at_full_esco_skills(shared_data):
    full = read_esco(shared_data / "esco_v1.1.1")
    problems = alias_problems(read_aliases(BUNDLED_ALIASES), full)
    # Every URI exists with the same label; only a few terms are also (alt) labels of other full-ESCO skills,
    # where the exact label scores higher and the alias still shows in the top matches.
    assert all("already is a label" in p for p in problems), problems
    assert len(problems) <= 5


def test_rebuild_keeps_and_checks_the_alias_file(tmp_path, monkeypatch):
    sys.path.insert(0, str(PROJECT_ROOT / "tools"))
    try:
        build = importlib.import_module("build_taxonomy")
    finally:
        sys.path.remove(str(PROJECT_ROOT / "tools"))
    from pathfinder.domain import Occupation, Skill
    from pathfinder.domain.taxonomy import Taxonomy
    from pathfinder.skills.files import read_taxonomy

    subset = Taxonomy.from_items(
        [Skill(uri="s:1", label="operating systems")], [Occupation(uri="o:1", label="x")]
    )
    monkeypatch.setattr(build, "read_esco", lambda _dir: subset)
    monkeypatch.setattr(build, "build_subset", lambda full, digital: full)
    digital = tmp_path / "digital.csv"
    digital.write_text("conceptUri\ns:1\n", encoding="utf-8")
    monkeypatch.setattr(build, "esco_file", lambda *a, **k: digital)
    out = tmp_path / "tax"
    out.mkdir()
    (out / "aliases.csv").write_text(
        "term,skill_uri,skill_label,case,note\nLinux,s:1,operating systems,,\n", encoding="utf-8"
    )
    monkeypatch.setattr(sys, "argv", ["build_taxonomy.py", str(tmp_path), "--out", str(out)])
    assert build.main() == 0
    assert read_taxonomy(out).skills and "Linux,s:1" in (out / "aliases.csv").read_text(encoding="utf-8")
    (out / "aliases.csv").write_text("term,skill_uri,skill_label,case,note\nLinux,s:2,,,\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="s:2 is not a skill"):
        build.main()
