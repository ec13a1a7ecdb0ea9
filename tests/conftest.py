"""Shared fixtures: repo paths, the optional ../shared folder, offline settings for every test."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from curation.records import Record

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

# Offline and deterministic for every test: never reach a hub, use the vendored tiktoken file.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_XET", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
if (SHARED / "tiktoken").is_dir():
    os.environ.setdefault("TIKTOKEN_CACHE_DIR", str(SHARED / "tiktoken"))


@pytest.fixture(scope="module")
def valid() -> dict[str, list[dict]]:
    """The drift generators' valid samples of every data type (tests/field_drift.py), made once per test
    module: a module may edit them, another gets its own."""
    import sys

    sys.path.insert(0, str(REPO / "tests"))
    from field_drift import valid_samples

    return valid_samples()


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def tiktoken_file() -> None:
    """Skip a test that compares with tiktoken's own counts when its cl100k_base file cannot be loaded
    (a fresh offline clone without TIKTOKEN_CACHE_DIR); everything else runs on the labelled fallback."""
    from curation.tokens import EncodingUnavailable, get_encoding

    try:
        get_encoding("cl100k_base")
    except EncodingUnavailable:
        pytest.skip("tiktoken's cl100k_base file is not available offline (set TIKTOKEN_CACHE_DIR)")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    corpus = shared_dir / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus is absent")
    return corpus


@pytest.fixture(scope="session")
def benchmark_script() -> Callable[[str], ModuleType]:
    """A script of benchmarks/ loaded by its file path, for the tests of an evaluation's own scorer (no
    sys.path entry into benchmarks/: test helpers live in tests/)."""

    def load(name: str) -> ModuleType:
        spec = importlib.util.spec_from_file_location(f"benchmarks_{name}", REPO / "benchmarks" / f"{name}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module

    return load


@pytest.fixture()
def server():
    """A fake Ollama server on 127.0.0.1 (tests/fake_ollama.py), stopped after the test."""
    from fake_ollama import FakeOllama  # tests/ is on sys.path while pytest runs

    with FakeOllama() as s:
        yield s


# ---- records and configs built by hand (tests/builders.py), shared ---------------------------------------
# builders is imported in each fixture, not at the top: it loads huggingface_hub, which reads the offline
# settings above at import (tests/ is on sys.path while pytest runs).
@pytest.fixture(scope="session")
def make_scene() -> Callable[..., Record]:
    """`make_scene(i, text, prompt=..., split=..., **metadata)`: a manuscript chunk as the stages leave it."""
    import builders

    return builders.make_scene


@pytest.fixture(scope="session")
def make_interaction() -> Callable[..., Record]:
    """`make_interaction(i, answer, prompt=..., split=..., data=..., **metadata)`: a converted sample."""
    import builders

    return builders.make_interaction


@pytest.fixture()
def split_records() -> list[Record]:
    """Six interactions and four scenes with splits, POV, repairs and token counts (a fresh list per test)."""
    import builders

    return builders.split_records()


@pytest.fixture()
def write_config(tmp_path: Path) -> Callable[..., Path]:
    """`write_config({...} or "yaml text", name="cfg.yaml")`: a config file in the test's folder."""
    import builders

    return lambda settings, name="cfg.yaml": builders.write_config(tmp_path, settings, name)


#: markers whose tests are known to be long (the real novels, a whole build, a fresh install): see pyproject
LONG_MARKERS = ("corpus", "slow")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Test files holding a `corpus` or `slow` test first, then the rest by test count, most first.

    pytest-xdist (`--dist loadfile`) hands out whole files in this order (pyproject turns off its own reordering by
    test count, which would send a file of a few long tests, such as the processed novels of test_manuscripts.py, to
    a worker near the end, where the other workers sit idle while it runs). A file's tests keep their own order."""
    files: dict[str, list[pytest.Item]] = {}
    for item in items:
        files.setdefault(item.nodeid.split("::", 1)[0], []).append(item)

    def cost(tests: list[pytest.Item]) -> tuple[bool, int]:
        long = any(t.get_closest_marker(m) for t in tests for m in LONG_MARKERS)
        return (not long, -len(tests))

    items[:] = [t for tests in sorted(files.values(), key=cost) for t in tests]
