"""benchmarks/eval_field_drift.py's `--family NAME:LO-HI`: what a person types wrong is a one-line error naming
it (the message SystemExit carries), never a traceback from deep in the run; a good one reads as before."""

from __future__ import annotations

import subprocess
import sys
from types import ModuleType

import pytest


@pytest.fixture(scope="module")
def drift_eval(benchmark_script) -> ModuleType:
    return benchmark_script("eval_field_drift")


def test_a_family_reads_its_name_and_seeds(drift_eval):
    name = next(iter(drift_eval.FAMILIES))
    assert drift_eval._parse_family(f"{name}:3-5") == (name, [3, 4, 5])
    assert drift_eval._parse_family(f"{name}:7") == (name, [7])
    assert drift_eval._parse_family(name) == drift_eval._parse_family(f"{name}:") == (name, list(range(1, 11)))


@pytest.mark.parametrize("seeds", ["one-eight", "1-x", "8-1", "-3", "1-2-3"])
def test_seeds_that_are_no_range_are_a_one_line_error_naming_the_argument(drift_eval, seeds):
    # (on 7674c81 "8-1" ran nothing and failed on seeds[0]; the others failed in int())
    text = f"{next(iter(drift_eval.FAMILIES))}:{seeds}"
    with pytest.raises(SystemExit) as e:
        drift_eval._parse_family(text)
    message = str(e.value.code)
    assert text in message and "\n" not in message


def test_an_unknown_family_is_named_with_the_known_ones(drift_eval):
    with pytest.raises(SystemExit) as e:
        drift_eval._parse_family("nosuchfamily:1-2")
    assert "'nosuchfamily'" in str(e.value.code) and "tuning" in str(e.value.code)


def test_the_help_names_every_family(drift_eval):
    # (on 7674c81 it named four of the twenty-three: tuning, heldout, fresh and fresh2)
    out = subprocess.run([sys.executable, drift_eval.__file__, "--help"], capture_output=True, text=True, check=True)
    assert set(drift_eval.FAMILIES) <= set(out.stdout.replace(",", " ").split())
