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


def test_make_bench_runs_scripts_that_exist():
    """Issue #17: `make bench` called bench/run_all.py, which did not exist."""
    root = Path(__file__).parents[1]
    makefile = (root / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nbench:", 1)[1].split("\n\n", 1)[0]
    scripts = [w for w in recipe.split() if w.endswith(".py")]
    assert scripts and all((root / s).is_file() for s in scripts), scripts
    listed = subprocess.run(
        [sys.executable, str(root / "bench" / "run_all.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert listed.returncode == 0, listed.stderr
    sys.path.insert(0, str(root / "bench"))
    try:
        import run_all
    finally:
        sys.path.remove(str(root / "bench"))
    assert all((root / "bench" / script).is_file() for script, _, _ in run_all.BENCHMARKS.values())


def test_benchmarks_that_build_an_index_do_it_in_a_temporary_folder_they_remove():
    """Issue #17: benchmarks clean up their temporary indexes. Every bench script that builds an index (or
    a data folder) makes it under a temporary directory that goes at the end: `TemporaryDirectory`, or
    `mkdtemp` with an `rmtree` of it (in a `finally` or registered with `atexit`)."""
    import re

    root = Path(__file__).parents[1]
    builders = []
    for script in sorted((root / "bench").glob("*.py")):
        text = script.read_text(encoding="utf-8")
        if not re.search(r"\breindex(_report)?\(|\bingest\(|data_dir=", text):
            continue
        builders.append(script.name)
        if "TemporaryDirectory(" in text:
            continue
        made = re.findall(r"(\w+) = Path\(tempfile\.mkdtemp\(", text)
        assert made, f"{script.name} builds an index outside a temporary folder"
        for name in made:
            assert re.search(
                rf"(finally:[\s\S]{{0,800}}?shutil\.rmtree\({name}\b"
                rf"|atexit\.register\(shutil\.rmtree, {name}\b)",
                text,
            ), f"{script.name} never removes its temporary folder {name}"
    assert "bench_index.py" in builders and "load.py" in builders
