"""pytest configuration for `pytest fuzz`: the hypothesis profile (default `ci`) and the import path."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from hypothesis import settings  # noqa: E402

from fuzz import profiles  # noqa: E402

# `--hypothesis-profile=NAME` (applied by hypothesis's plugin after this) wins over the environment.
settings.load_profile(os.environ.get("FUZZ_PROFILE", "ci"))
