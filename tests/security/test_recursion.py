"""Recursion: plain, mutual, through lambdas, through generators (`yield from`), through builtins that
call back into guest code (sort keys, map, sum over a generator), retry storms in handlers, and deep data
handed to native recursion (repr, ==). RecursionError must be catchable by the guest, as in CPython;
uncaught it names the `recursion` limit; the host's own stack is never at risk."""

import pytest

from . import _harness as H
from ._harness import Attack

RECURSION = "RecursionError:*"


def A(name, code, expect=RECURSION, **kw):
    return Attack(f"recursion/{name}", code, expect, isolate=True, **kw)


DEEP = "x = []\nfor i in range(20000):\n    x = [x]\n"

ATTACKS = [
    A("plain", "def f(n):\n    return f(n + 1)\nf(0)"),
    A("mutual", "def f(n):\n    return g(n)\ndef g(n):\n    return f(n + 1)\nf(0)"),
    A("lambda", "f = lambda n: f(n + 1)\nf(0)"),
    A("decorated", "def deco(fn):\n    return lambda *a: fn(*a)\n@deco\ndef f(n):\n    return f(n + 1)\nf(0)"),
    A("sort_key", "def k(x):\n    return sorted([1, 2], key=k)\nsorted([1, 2, 3], key=k)"),
    A("max_key", "def k(x):\n    return max([1, 2], key=k)\nk(0)"),
    A("map_callback", "def f(x):\n    return list(map(f, [x]))\nf(1)"),
    A("generator_expression", "def f(n):\n    return sum(f(n + 1) for _ in [1])\nf(0)"),
    # every value passes through every level of the chain (quadratic, as in CPython): about 0.3 s of CPU to
    # reach the default depth, so a wall-clock budget that a loaded machine running attacks side by side
    # cannot use up before the recursion limit fires
    A("yield_from_nesting", "def g(n):\n    yield n\n    yield from g(n + 1)\nfor x in g(0):\n    pass",
      "RecursionError:recursion", limits={**H.STD_LIMITS, "max_duration_secs": 5}),
    A("default_limits", "def f(n):\n    return f(n + 1)\nf(0)", limits=None),
    A("catchable", "def f():\n    return f()\ntry:\n    f()\nexcept RecursionError as e:\n    print('caught')\n"
      "print('after')", "ok", stdout="caught\nafter\n"),
    A("limit_is_named", "def f(n):\n    return f(n + 1)\nf(0)", "RecursionError:recursion"),
    A("lower_limit_honoured", "depth = 0\ndef g():\n    global depth\n    depth += 1\n    g()\ntry:\n    g()\n"
      "except RecursionError:\n    print(depth <= 50)", "ok", stdout="True\n",
      limits={**H.STD_LIMITS, "max_recursion_depth": 50}),
    A("retry_storm_in_handler", "def f():\n    try:\n        f()\n    except RecursionError:\n        f()\nf()",
      ("TimeoutError:duration", RECURSION)),
    A("retry_storm_in_finally", "def f():\n    try:\n        return f()\n    finally:\n        f()\nf()",
      ("TimeoutError:duration", RECURSION)),
    A("huge_recursion_limit", "def f(n):\n    return f(n + 1)\nf(0)",
      (RECURSION, "MemoryError:memory", "TimeoutError:duration"),
      limits={**H.STD_LIMITS, "max_recursion_depth": 10 ** 8}),
    A("deep_repr", DEEP + "print(x)", (RECURSION, "MemoryError:memory")),
    A("deep_equality", DEEP + "y = []\nfor i in range(20000):\n    y = [y]\nprint(x == y)", (RECURSION, "ok")),
    A("deep_format", DEEP + "'{}'.format(x)", (RECURSION, "MemoryError:memory")),
    A("deep_tuple_hash", "t = ()\nfor i in range(100000):\n    t = (t,)\nprint(hash(t) != 0)",
      (RECURSION, "ok", "TimeoutError:duration")),
    A("deep_dict_repr", "d = {}\nfor i in range(20000):\n    d = {'k': d}\nprint(d)", (RECURSION, "MemoryError:memory")),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
