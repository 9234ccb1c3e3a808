"""Exceptions that stop a Python process — SystemExit, KeyboardInterrupt, GeneratorExit — raised by the
guest must end only the guest run; and a guest cannot forge a resource-limit error."""

import pytest

from . import _harness as H
from ._harness import Attack


def A(name, code, expect, **kw):
    return Attack(f"exits/{name}", code, expect, **kw)


ATTACKS = [
    A("raise_system_exit", "raise SystemExit(0)", "SystemExit"),
    A("raise_system_exit_bare", "raise SystemExit", "SystemExit"),
    A("raise_system_exit_with_object", "raise SystemExit(print)", "SystemExit"),
    A("raise_keyboard_interrupt", "raise KeyboardInterrupt", "KeyboardInterrupt"),
    A("raise_generator_exit", "raise GeneratorExit", "GeneratorExit"),
    A("raise_base_exception", "raise BaseException('x')", "BaseException"),
    A("system_exit_from_function", "def f():\n    raise SystemExit(3)\nf()", "SystemExit"),
    A("catch_keyboard_interrupt", "try:\n    raise KeyboardInterrupt\nexcept BaseException as e:\n"
      "    print('caught', type(e).__name__)", "ok", stdout="caught KeyboardInterrupt\n"),
    A("system_exit_in_generator_finally",
      "def g():\n    try:\n        yield 1\n    finally:\n        raise SystemExit(5)\n"
      "it = g()\nnext(it)\ndel it\nprint('after')", ("ok", "SystemExit"), stdout_excludes=()),
    A("keyboard_interrupt_in_sort_key", "def k(v):\n    raise KeyboardInterrupt\nsorted([1, 2], key=k)",
      "KeyboardInterrupt"),
    A("system_exit_in_generator_expression", "def boom():\n    raise SystemExit(1)\nsum(boom() for _ in [1])",
      "SystemExit"),
    A("exit_builtin", "exit(1)", "NameError"),
    A("quit_builtin", "quit()", "NameError"),
    A("forged_memory_limit", "raise MemoryError('memory limit exceeded: 160 MB > 10 MB')", "MemoryError"),
    A("forged_time_limit", "raise TimeoutError('time limit exceeded: 9.00s > 1s')", "TimeoutError"),
    A("forged_recursion_limit", "raise RecursionError('maximum recursion depth exceeded')", "RecursionError"),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
