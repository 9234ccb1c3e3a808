"""The host boundary: host functions that return host objects (functions, modules, classes, instances,
datetimes, iterators, bound methods, containers holding them), host functions that raise, inputs of
unsupported types, mutation of inputs, and what the host receives back for guest objects."""

import datetime
import os

import pytest

from . import _harness as H
from ._harness import Attack


class HostOnly:
    """A host class no guest may reach (its name is in the leak patterns)."""

    secret = "host-secret"

    def method(self):
        return self.secret


class HostError(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.payload = os  # a host object hanging off the exception
        self.secret = HostOnly.secret


class UnprintableError(Exception):
    def __str__(self):
        raise RuntimeError("__str__ of a host exception failed")


class S(str):
    pass


class D(dict):
    pass


RETURNS = {
    "get_builtin_function": lambda: os.system,
    "get_lambda": lambda: (lambda: HostOnly.secret),
    "get_module": lambda: os,
    "get_class": lambda: HostOnly,
    "get_instance": lambda: HostOnly(),
    "get_bound_method": lambda: HostOnly().method,
    "get_datetime": lambda: datetime.datetime(2020, 1, 1),
    "get_iterator": lambda: iter([1, 2]),
    "get_generator": lambda: (x for x in [1]),
    "get_nested_module": lambda: {"k": [1, (2, os)]},
    "get_str_subclass": lambda: S("x"),
    "get_dict_subclass": lambda: D(a=1),
    "get_set_of_objects": lambda: {1, HostOnly},
    "get_exception": lambda: HostError("as a value"),
    "get_type": lambda: type,
}
for _name, _fn in RETURNS.items():
    H.host(_name)(_fn)


@H.host("raise_custom")
def raise_custom():
    raise HostError("boom")


@H.host("raise_unprintable")
def raise_unprintable():
    raise UnprintableError()


@H.host("echo")
def echo(*args, **kwargs):
    return args[0] if args else kwargs


@H.host("deep_nesting")
def deep_nesting():
    x = []
    for _ in range(20_000):
        x = [x]
    return x


@H.host("cyclic")
def cyclic():
    x = [1]
    x.append(x)
    return x


def A(name, code, expect, **kw):
    return Attack(f"host/{name}", code, expect, **kw)


def returns(name):
    return A(f"host_{name.replace('get_', 'returns_')}",
             f"try:\n    x = {name}()\nexcept TypeError:\n    print('refused')\nelse:\n    print('reached', type(x), x)",
             "ok", hosts=(name,), stdout="refused\n")


ATTACKS = [returns(name) for name in RETURNS]

# ---------------------------------------------------------------- inputs

UNSUPPORTED_INPUTS = {
    "module": lambda: os,
    "function": lambda: os.system,
    "class": lambda: HostOnly,
    "instance": lambda: HostOnly(),
    "datetime": lambda: datetime.date(2020, 1, 1),
    "iterator": lambda: iter([1]),
    "str_subclass": lambda: S("x"),
    "dict_subclass": lambda: D(),
    "module_nested_in_list": lambda: [1, [2, {"k": os}]],
    "instance_as_dict_key": lambda: {HostOnly(): 1},
    "complex": lambda: 1j,
}
ATTACKS += [A(f"input_{name}", "print('ran')\nx", "input", inputs=(lambda f=f: {"x": f()}), stdout="")
            for name, f in UNSUPPORTED_INPUTS.items()]


def _inputs_untouched(o, inputs):
    want = {"x": [[1], {"k": "v"}], "t": (1, [2])}
    return [] if inputs == want else [f"the host's inputs changed to {inputs!r}"]


def _returned_guest_object(prefix):
    def check(o, _inputs):
        got = o.get("result_repr", "")
        return [] if got.startswith(prefix) else [f"returned {got!r}, expected a GuestObject like {prefix}..."]
    return check


ATTACKS += [
    A("input_mutation_does_not_reach_host",
      "x[0].append(2)\nx[1]['k'] = 'changed'\nx.append(3)\nt[1].append(3)\nx", "ok",
      inputs=lambda: {"x": [[1], {"k": "v"}], "t": (1, [2])}, check=_inputs_untouched),
    A("host_exception_caught",
      "try:\n    raise_custom()\nexcept Exception as e:\n    print(type(e).__name__, e.args, hasattr(e, 'payload'),"
      " hasattr(e, 'secret'))", "ok", hosts=("raise_custom",), stdout="Exception ('boom',) False False\n"),
    A("host_exception_uncaught", "raise_custom()", "Exception", hosts=("raise_custom",)),
    A("host_exception_str_fails", "raise_unprintable()", ("RuntimeError", "Exception"),
      hosts=("raise_unprintable",)),
    A("host_function_not_provided", "missing()", "NameError", declared=("missing",)),
    A("guest_function_round_trip",
      "try:\n    f = echo(lambda: 1)\nexcept TypeError:\n    print('refused')\nelse:\n    print('reached', f)",
      "ok", hosts=("echo",), stdout="refused\n"),
    A("guest_builtin_round_trip",
      "try:\n    f = echo(print)\nexcept TypeError:\n    print('refused')\nelse:\n    print('reached', f)",
      "ok", hosts=("echo",), stdout="refused\n"),
    A("kwargs_dunder_names", "print(echo(**{'__class__': 1, '__globals__': 2}))", "ok", hosts=("echo",),
      stdout="{'__class__': 1, '__globals__': 2}\n"),
    A("host_returns_cyclic_list", "x = cyclic()\nprint(x[1] is x, len(x))", "ok", hosts=("cyclic",),
      stdout="True 2\n"),
    A("host_returns_deep_nesting", "x = deep_nesting()", ("TypeError", "ok", "RecursionError:*"),
      hosts=("deep_nesting",), isolate=True),
    A("guest_returns_function", "def f():\n    pass\nf", "ok", check=_returned_guest_object("<function f at 0x7f00")),
    A("guest_returns_module", "import sys\nsys", "ok", check=_returned_guest_object("<module 'sys'")),
    A("guest_returns_builtin", "print", "ok", check=_returned_guest_object("<built-in function print>")),
    A("guest_returns_generator", "def g():\n    yield 1\ng()", "ok", check=_returned_guest_object("<generator object g")),
    A("guest_returns_exception", "ValueError('v')", "ok", check=_returned_guest_object("ValueError('v')")),
    A("guest_returns_type_of_builtin", "type(print)", "ok"),
    A("guest_returns_cyclic_list", "x = [1]\nx.append(x)\nx", "ok",
      check=lambda o, _: [] if o.get("result_full_repr") == "[1, [...]]" else [f"returned {o.get('result_repr')}"]),
    A("guest_returns_deep_nesting", "x = []\nfor i in range(20000):\n    x = [x]\nx", ("ok", "RecursionError:*"),
      isolate=True),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
