"""Runs every attack program of the suite, one after another, in this one process, and writes a JSON line
before and after each (with the process's peak RSS so far) to the progress file given as argv[1].

`test_peak_rss.py` starts it and watches the progress file: the run is stopped when one program overruns.
"""

import json
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if sys.path and Path(sys.path[0]).resolve() == HERE:
    sys.path.pop(0)
sys.path.insert(0, str(HERE.parent))

from security import _harness  # noqa: E402


def main():
    catalog = _harness.load_catalog()
    _harness.warm_up()
    cap = _harness.CHILD_ADDRESS_SPACE
    resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    with open(sys.argv[1], "a", buffering=1) as progress:
        def emit(**kw):
            kw["t"] = time.time()
            kw["cpu"] = time.process_time()
            kw["rss"] = _harness.peak_rss_mb()
            progress.write(json.dumps(kw) + "\n")
        emit(ready=len(catalog))
        for attack in catalog.values():
            emit(start=attack.id)
            o = _harness.execute(attack, thorough=False)
            emit(done=attack.id, kind=o.get("kind"), elapsed=o.get("elapsed"))
        emit(finished=True)


if __name__ == "__main__":
    main()
