"""Output floods: printing forever, one enormous print, floods to stderr, multi-byte text, and prints that
build an enormous line before anything is written. The output limit must stop each, the print callback
must never receive more than max_output_bytes, and the limit must not be catchable."""

import pytest

from . import _harness as H
from ._harness import Attack

CAP = 10 ** 6
LIMITS = {**H.STD_LIMITS, "max_output_bytes": CAP}
OUTPUT = "MemoryError:output"


def A(name, code, expect=OUTPUT, limits=LIMITS, **kw):
    return Attack(f"output/{name}", code, expect, isolate=True, limits=limits, **kw)


ATTACKS = [
    A("print_forever", "while True:\n    print('x' * 1000)"),
    A("one_huge_print", "print('x' * 10 ** 7)"),
    A("stderr_flood", "import sys\nwhile True:\n    sys.stderr.write('e' * 1000)"),
    A("print_to_stderr_flood", "import sys\nwhile True:\n    print('e' * 1000, file=sys.stderr)"),
    A("print_many_arguments", "print(*range(10 ** 7))", (OUTPUT, "MemoryError:memory")),
    A("print_end_flood", "while True:\n    print(end='x' * 10 ** 4)"),
    A("print_empty_lines", "while True:\n    print()", (OUTPUT, "TimeoutError:duration")),
    A("flood_not_catchable", "try:\n    while True:\n        print('x' * 1000)\nexcept BaseException:\n"
      "    print('caught')", stdout_excludes=("caught",)),
    A("multibyte_flood", "while True:\n    print('\\U0001f600' * 1000)"),
    A("separator_amplification", "print(*(['x'] * 10 ** 6), sep='y' * 1000)", (OUTPUT, "MemoryError:memory")),
    A("default_output_cap", "while True:\n    print('x' * 10 ** 6)", OUTPUT, limits=H.STD_LIMITS),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
