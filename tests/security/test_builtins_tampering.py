"""Builtins tampering: rebinding, deleting and shadowing builtins, patching builtin types, exception
classes and builtin functions, and poisoning the names the prelude (the guest-code helpers behind
sorted/map/sum...) relies on. Nothing may survive into the next run, or change the current run's
builtins behind its back."""

import pytest

from . import _harness as H
from ._harness import Attack


def A(name, code, expect, **kw):
    return Attack(f"builtins/{name}", code, expect, **kw)


LEN_CHECK = ("print(len([1, 2]), print is not None)\n", "2 True\n")

ATTACKS = [
    A("rebind_len", "len = lambda x: 42\nprint(len([1]))", "ok", stdout="42\n", followup=LEN_CHECK),
    A("rebind_print", "print = None", "ok", followup=LEN_CHECK),
    A("rebind_in_function_via_global", "def f():\n    global len, print\n    len = None\n    print = None\nf()",
      "ok", followup=LEN_CHECK),
    A("del_builtins", "del __builtins__", "NameError", followup=LEN_CHECK),
    A("assign_builtins_dict", "__builtins__ = {}\ndef f():\n    return len([1])\nprint(f())", "ok",
      stdout="1\n", followup=LEN_CHECK),
    A("del_builtin_name", "del len", "NameError", followup=LEN_CHECK),
    A("shadow_then_restore", "len = 1\ndel len\nprint(len([1, 2]))", "ok", stdout="2\n"),
    A("patch_str_method", "str.upper = None", "TypeError", followup=("print('a'.upper())\n", "A\n")),
    A("setattr_list_append", "setattr(list, 'append', None)", "TypeError",
      followup=("x = []\nx.append(1)\nprint(x)\n", "[1]\n")),
    A("delattr_str_method", "delattr(str, 'upper')", ("TypeError", "AttributeError"),
      followup=("print('a'.upper())\n", "A\n")),
    A("patch_type_and_object", "type.x = 1\nobject.y = 2", "TypeError"),
    A("patch_exception_class", "ValueError.__str__ = lambda self: 'pwned'", "TypeError",
      followup=("print(ValueError('v'))\n", "v\n")),
    A("patch_builtin_function", "print.x = 1", "AttributeError"),
    A("rename_builtin_function", "print.__name__ = 'pwned'", "AttributeError",
      followup=("print(print.__name__)\n", "print\n")),
    A("patch_int_classmethod", "int.from_bytes = None", "TypeError",
      followup=("print(int.from_bytes(b'\\x01', 'big'))\n", "1\n")),
    A("rebind_module_name", "__name__ = 'builtins'", "ok", followup=("print(__name__)\n", "__main__\n")),
    A("poison_prelude_names",
      "L, S, Sum = list, sorted, sum\n"
      "_listify = _sorted = _sort = _sort_by_keys = _call_listed = _sum = _map = None\n"
      "iter = next = len = list = StopIteration = None\n"
      "def g():\n    yield from [3, 1, 2]\n"
      "print(S(g()), S([3, 1, 2], key=lambda v: -v), Sum(x for x in [1, 2]), L(map(lambda v: v * 2, [1])))",
      "ok", stdout="[1, 2, 3] [3, 2, 1] 3 [2]\n", followup=("print(sorted(x for x in [2, 1]))\n", "[1, 2]\n")),
    A("mutable_default_across_runs", "def f(x=[]):\n    x.append(1)\n    return len(x)\nprint(f())", "ok",
      stdout="1\n", followup=("<same>", "1\n")),
    A("module_state_across_runs", "import sys\nsys.counter = getattr(sys, 'counter', 0) + 1\nprint(sys.counter)",
      "ok", stdout="1\n", followup=("<same>", "1\n")),
    A("globals_across_runs", "try:\n    seen\nexcept NameError:\n    seen = 1\nprint(seen)", "ok",
      stdout="1\n", followup=("<same>", "1\n")),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
