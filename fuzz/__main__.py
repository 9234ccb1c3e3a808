"""`python -m fuzz --minutes N`: the long differential fuzzing run (see fuzz/runner.py, docs/fuzzing.md)."""

import sys

from fuzz.runner import main

sys.exit(main())
