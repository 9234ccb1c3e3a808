"""Hypothesis settings profiles for the fuzz tests.

- `ci`: the short gate (well under 60 s for all fuzz tests together on a 2-core machine).
- `dev`: a quick smoke run while editing the generator.
- `long`: many examples, with the example database kept in `fuzz/.db/` (git-ignored) between runs. For an
  unattended run with a progress line, de-duplicated divergences and a coverage report, use
  `python -m fuzz --minutes N` instead.

Select with `FUZZ_PROFILE=long python -m pytest fuzz`, or hypothesis's own `--hypothesis-profile=long`.
The default when pytest collects `fuzz/` is `ci` (see fuzz/conftest.py).
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

DB_DIR = Path(__file__).with_name(".db")
PROFILES = ("ci", "dev", "long")

# Examples per test: each test names its own count for `ci`, scaled here for the other profiles.
SCALE = {"ci": 1.0, "dev": 0.25, "long": 200.0}

COMMON = dict(deadline=None, print_blob=True, suppress_health_check=[HealthCheck.differing_executors])


def database():
    return DirectoryBasedExampleDatabase(str(DB_DIR))


def register():
    settings.register_profile("ci", max_examples=100, **COMMON)
    settings.register_profile("dev", max_examples=25, **COMMON)
    settings.register_profile("long", max_examples=20_000, database=database(), **COMMON)


def current() -> str:
    try:
        name = settings.get_current_profile_name()
    except AttributeError:  # older hypothesis
        name = None
    if name in PROFILES:
        return name
    return os.environ.get("FUZZ_PROFILE", "ci")


def examples(ci_count: int) -> int:
    """How many examples a test that runs `ci_count` under `ci` runs under the current profile (times
    FUZZ_SCALE, if set)."""
    return max(1, int(ci_count * SCALE.get(current(), 1.0) * float(os.environ.get("FUZZ_SCALE", "1"))))


register()
