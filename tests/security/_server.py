"""The fork server of the attack suite: `python _server.py OUTDIR [CONCURRENCY]`, attack ids on stdin.

Imports the suite's attack catalog once, then runs each attack in a forked child (see `_harness.serve`).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if sys.path and Path(sys.path[0]).resolve() == HERE:
    sys.path.pop(0)  # the package is imported as `security.*`, never as loose modules
sys.path.insert(0, str(HERE.parent))

from security import _harness  # noqa: E402


def main():
    outdir = sys.argv[1]
    concurrency = int(sys.argv[2]) if len(sys.argv) > 2 else _harness.CONCURRENCY
    ids = [line.strip() for line in sys.stdin if line.strip()]
    _harness.serve(outdir, ids, concurrency)


if __name__ == "__main__":
    main()
