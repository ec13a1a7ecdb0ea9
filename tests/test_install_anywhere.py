"""Installed anywhere: `pip install <repo>` into a fresh virtualenv outside the repository, then, from folders
that are not the repository: `unwritten init`, the shipped samples put in, `unwritten build`, `unwritten qlora`,
and `load_dataset(path, "messages")` from yet another folder.

The package itself is built and installed for real (a non-editable wheel from a copy of the repository, build
isolation as pip does it). Its dependencies are borrowed from the test's own environment through a .pth
line, so the test needs no network; a machine where the package cannot be built offline (no setuptools
wheel reachable) skips with the reason. Set UNWRITTEN_INSTALL_DEPS=1 to install the dependencies for real
too (needs a package index).
"""

from __future__ import annotations

import json
import os
import shutil
import site
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
# caches the checks write into the checkout are left out too: another test worker (pytest-xdist) may be writing
# hypothesis's example database while the tree is copied, and a file it removes mid-copy would fail the copy
SKIP_PARTS = {".git", ".venv", "venv", "builders", "build", "dist", "__pycache__", ".pytest_cache", ".cache"}
SKIP_PARTS |= {".hypothesis", ".mypy_cache", ".ruff_cache"}

pytestmark = pytest.mark.slow


def _copy_repo(dest: Path) -> Path:
    def ignore(folder: str, names: list[str]) -> set[str]:
        return {n for n in names if n in SKIP_PARTS or n.endswith(".egg-info")}

    shutil.copytree(REPO, dest, ignore=ignore)
    return dest


def _run(argv: list[str], cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess:
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    if check and done.returncode != 0:
        raise AssertionError(
            f"{' '.join(map(str, argv))} (in {cwd}) exited {done.returncode}:\n"
            f"{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
        )
    return done


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A fresh venv with the package installed from a copy of the repo; returns (venv bin, env, tmp)."""
    tmp = tmp_path_factory.mktemp("anywhere")
    source = _copy_repo(tmp / "source")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, capture_output=True)
    bin_dir = venv / "bin"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        PATH=f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        PIP_DISABLE_PIP_VERSION_CHECK="1",
        HF_HUB_OFFLINE="1",
        HF_HUB_DISABLE_XET="1",
        MPLBACKEND="Agg",
        HF_DATASETS_CACHE=str(tmp / "hf-cache"),
    )
    full = os.environ.get("UNWRITTEN_INSTALL_DEPS") == "1"
    done = _run(
        [
            str(bin_dir / "python"),
            "-m",
            "pip",
            "install",
            "-q",
            "--retries",
            "1",
            "--timeout",
            "20",
            *([] if full else ["--no-deps"]),
            str(source),
        ],
        tmp,
        env,
        check=False,
    )
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        pytest.skip(f"the package could not be built/installed here (no network or local setuptools wheel?): {tail}")
    if not full:  # borrow the dependencies of this environment (not its editable `curation`)
        purelib = Path(
            _run(
                [str(bin_dir / "python"), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp, env
            ).stdout.strip()
        )
        ours = [p for p in site.getsitepackages() if Path(p).is_dir()]
        (purelib / "zz_borrowed_dependencies.pth").write_text("\n".join(ours) + "\n")
    shutil.rmtree(source)  # nothing may depend on the source tree after the install
    return bin_dir, env, tmp


def test_installed_package_runs_from_any_folder(installed):
    bin_dir, env, tmp = installed
    unwritten = str(bin_dir / "unwritten")
    where = _run(
        [
            str(bin_dir / "python"),
            "-c",
            "import curation, curation.defaults as d; "
            "print(curation.__file__); print(d.path(d.SYSTEM_PROMPTS).is_file())",
        ],
        tmp,
        env,
    ).stdout.split()
    assert str(tmp / "venv") in where[0] and where[1] == "True"  # the installed copy, its packaged prompts

    work = tmp / "work"
    work.mkdir()
    _run([unwritten, "init", "myproj"], work, env)
    proj = work / "myproj"
    shutil.copytree(REPO / "samples" / "interactions", proj / "inputs" / "interactions", dirs_exist_ok=True)
    for name in ("visions-of-gaea-sample.md", "roster.yaml"):
        shutil.copy(REPO / "samples" / "manuscripts" / name, proj / "inputs" / "manuscripts" / name)
    config = (
        (proj / "unwritten.yaml")
        .read_text()
        .replace(
            "  manuscripts: []",
            "  manuscripts:\n    - path: inputs/manuscripts/visions-of-gaea-sample.md\n"
            "      universe: visions_of_gaea\n      roster: inputs/manuscripts/roster.yaml",
            1,
        )
    )
    (proj / "unwritten.yaml").write_text(config)

    _run([unwritten, "build", "--quiet"], proj, env)  # the project's own folder, no --config
    other = tmp / "other"
    other.mkdir()
    _run([unwritten, "qlora", "--config", str(proj / "unwritten.yaml")], other, env)  # from anywhere with --config
    _run([unwritten, "push", "me/ds", "--dry-run", "--config", str(proj / "unwritten.yaml")], other, env)

    built = proj / "builders" / "unwritten"
    script = (
        "import json, sys; from datasets import load_dataset; "
        "m = load_dataset(sys.argv[1], 'messages'); s = load_dataset(sys.argv[1], 'scenes'); "
        "print(json.dumps({'messages': m['train'].num_rows, 'roles': sorted({t['role'] for r in m['train'] "
        "for t in r['messages']}), 'scenes': s['train'].num_rows}))"
    )
    got = json.loads(
        _run([str(bin_dir / "python"), "-c", script, str(built)], other, env).stdout.strip().splitlines()[-1]
    )
    assert got["messages"] > 0 and got["scenes"] > 0 and got["roles"] == ["assistant", "system", "user"]

    for name in ("scenes", "interactions", "combined"):
        q = yaml.safe_load((proj / "qlora" / f"{name}.yaml").read_text())
        for entry in q["datasets"] + q.get("test_datasets", []):
            assert Path(entry["path"]).is_absolute() and Path(entry["path"]).is_file()  # works from any folder
        assert Path(q["output_dir"]).is_absolute() and Path(q["dataset_prepared_path"]).is_absolute()
    assert not any(other.iterdir())  # nothing written where the commands ran
    card = (built / "README.md").read_text()
    assert str(tmp) not in card and 'load_dataset("./builders/unwritten"' in card
