"""CPU bombs: loops that never end, and single builtin calls or operators whose work the guest controls
(reductions over huge ranges, big-int arithmetic, catastrophic string operations). Each must stop within
max_duration_secs + 1 s, and the time limit must not be catchable."""

import pytest

from . import _harness as H
from ._harness import Attack

STOPPED = ("TimeoutError:duration", "MemoryError:memory")  # charged by size up front, or stopped in time
FINITE = STOPPED + ("ok",)  # a finite computation may also just finish in time (e.g. answered in O(1))


def A(name, code, expect=STOPPED, **kw):
    return Attack(f"cpu/{name}", code, expect, isolate=True, **kw)


ATTACKS = [
    A("while_true_pass", "while True:\n    pass", "TimeoutError:duration"),
    A("counter_loop", "x = 0\nwhile True:\n    x += 1", "TimeoutError:duration"),
    A("huge_range_loop", "for i in range(10 ** 12):\n    pass", "TimeoutError:duration"),
    A("nested_loops", "for i in range(10 ** 6):\n    for j in range(10 ** 6):\n        pass", "TimeoutError:duration"),
    A("comprehension_over_huge_range", "[i for i in range(10 ** 12)]"),
    A("generator_pipeline", "sum(x * 2 for x in (y + 1 for y in range(10 ** 12)))"),
    A("recursion_free_call_storm", "def f():\n    return 1\nwhile True:\n    f()", "TimeoutError:duration"),
    A("step_limit", "while True:\n    pass", "TimeoutError:steps",
      limits={**H.STD_LIMITS, "max_steps": 2 * 10 ** 5}),
    A("timeout_not_catchable", "try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')",
      "TimeoutError:duration", stdout_excludes=("caught",)),
    A("timeout_not_catchable_in_loop",
      "n = 0\nwhile True:\n    try:\n        while True:\n            pass\n    except BaseException:\n"
      "        n += 1\n        print('caught', n)", "TimeoutError:duration", stdout_excludes=("caught",)),
    A("finally_loops_after_timeout", "try:\n    while True:\n        pass\nfinally:\n    while True:\n        pass",
      "TimeoutError:duration"),
    A("string_concat_quadratic", "s = ''\nwhile True:\n    s += 'x' * 10000"),
    A("expensive_steps_concat", "s = 'x' * (30 * 2 ** 20)\nwhile True:\n    t = s + 'y'", "TimeoutError:duration"),
    A("expensive_steps_upper", "s = 'x' * (30 * 2 ** 20)\nwhile True:\n    t = s.upper()", "TimeoutError:duration"),
    A("expensive_steps_sort", "l = list(range(10 ** 6))\nwhile True:\n    m = sorted(l, reverse=True)",
      "TimeoutError:duration"),
    A("sum_range", "sum(range(10 ** 13))", FINITE),
    A("max_range", "max(range(10 ** 12))", FINITE),
    A("contains_in_range", "'x' in range(10 ** 12)", FINITE),
    A("sum_map_native", "sum(map(abs, range(10 ** 12)))", FINITE),
    A("join_map_str", "' '.join(map(str, range(10 ** 8)))", FINITE),
    A("hash_collisions_in_comprehension",
      "M = 2 ** 61 - 1\nkeys = [i * M for i in range(30000)]\nd = {k: 0 for k in keys}", "TimeoutError:duration"),
    A("hash_collisions_in_set", "M = 2 ** 61 - 1\nkeys = [i * M for i in range(30000)]\ns = set(keys)", FINITE),
    A("sorted_range_huge", "sorted(range(10 ** 8))", FINITE),
    A("sorted_range_ten_million", "sorted(range(10 ** 7))", FINITE),
    A("pow_huge_exponent", "x = 10 ** (10 ** 8)", FINITE),
    A("bigint_multiplication_chain", "x = 7 ** 10 ** 6\ny = x * x * x * x * x * x * x * x", FINITE),
    A("bigint_squaring_loop", "x = 1 << (10 ** 8)\nwhile True:\n    x = x * x"),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
