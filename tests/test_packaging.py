"""A non-editable install works away from the checkout: `pip install .` into a fresh venv, then `pathfinder
index` and `pathfinder ask` from another folder find the bundled corpus and prompts as package data and keep
their data in that folder's .pathfinder.

The fresh venv sees the project's dependencies through a .pth line naming this interpreter's site-packages (so
nothing is downloaded); a plain path line does not run the .pth files there, so the checkout's editable
install stays invisible and `pathfinder` can only come from the new install.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

CHECKOUT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_installed_package_indexes_and_answers_from_another_folder(tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    site = subprocess.run(
        [py, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "project_deps.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    source = (
        tmp_path / "source"
    )  # a copy: setuptools builds inside the source tree, and the checkout stays clean
    shutil.copytree(
        CHECKOUT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(CHECKOUT / name, source / name)
    # --no-deps: the dependencies are the project's; the build backend (setuptools>=68) comes from pip's cache
    # or
    # the package index, as for `make`
    subprocess.run(
        [py, "-m", "pip", "install", "-q", "--no-deps", str(source)],
        check=True,
        timeout=600,
        cwd=tmp_path,
        env=_clean_env(),
    )

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = _clean_env()
    where = subprocess.run(
        [py, "-c", "import pathfinder; print(pathfinder.__file__)"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir), f"pathfinder imported from {where}, not from the new install"

    pathfinder = env_dir / "bin" / "pathfinder"
    indexed = subprocess.run(
        [pathfinder, "index"], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=900
    )
    assert indexed.returncode == 0, indexed.stderr
    assert (elsewhere / ".pathfinder" / "index" / "CURRENT").is_file()  # the working folder's data directory
    asked = subprocess.run(
        [pathfinder, "ask", "--json", "beginner cybersecurity online"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert answer["citations"], answer[
        "text"
    ]  # found in the bundled corpus, rendered from the packaged prompts


def _clean_env() -> dict[str, str]:
    """The environment without anything that would point pathfinder at the checkout or at a key."""
    drop = ("PYTHONPATH", "VIRTUAL_ENV", "OPENAI_API_KEY", "OPENAI_BASE_URL")
    env = {k: v for k, v in os.environ.items() if k not in drop and not k.startswith("PATHFINDER_")}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(sys.prefix)
    )
    return env
