"""The host boundary: inputs, host functions, pauses at host calls, name lookups, forks, output and errors.

Everything here goes through the public API only (`monty_peg.Monty`, the snapshot classes and the error
types). Checks are exact: values with their types, messages, call ids, positions, traceback text.
"""

from __future__ import annotations

import collections
import copy
import datetime
import enum
import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import monty_peg
from monty_peg import (CollectStreams, FunctionSnapshot, Monty, MontyComplete, MontyError, MontyInputError,
                       MontyRuntimeError, NameLookupSnapshot, StackFrame)

ROOT = Path(__file__).resolve().parents[1]


def run_value(code, **inputs):
    return Monty(code, inputs=list(inputs)).run(inputs=inputs)


def quiet(stream, text):
    pass


# ================================================================ inputs

ALLOWED_VALUES = [
    None, True, False, 0, -7, 2 ** 100, -(2 ** 70), 1.5, -0.0, float("inf"), "", "héllo wörld", "\ud800",
    b"", b"\x00\xff", [], [1, "a", None], (), (1,), ("x", 2.5), {}, {"a": 1, 2: "b", (1, 2): None}, set(),
    {1, "a", (2, 3)}, frozenset(), frozenset({1, frozenset({2})}),
    {"records": [{"id": 1, "tags": ("a", "b"), "seen": {1, 2}, "raw": b"x"}, {"id": 2, "tags": (), "seen": set(),
                                                                             "raw": b""}]},
]


@pytest.mark.parametrize("value", ALLOWED_VALUES, ids=lambda v: type(v).__name__ + ":" + repr(v)[:30])
def test_every_allowed_input_type_enters_and_comes_back(value):
    result = run_value("x", x=value)
    assert result == value
    assert type(result) is type(value)
    if isinstance(value, float) and value == 0:
        assert math.copysign(1, result) == math.copysign(1, value)


@pytest.mark.parametrize("value, type_name", [
    (None, "NoneType"), (True, "bool"), (3, "int"), (2 ** 80, "int"), (1.0, "float"), ("s", "str"),
    (b"b", "bytes"), ([1], "list"), ((1,), "tuple"), ({1: 2}, "dict"), ({1}, "set"), (frozenset([1]), "frozenset"),
])
def test_the_guest_sees_the_builtin_type(value, type_name):
    assert run_value("type(x).__name__", x=value) == type_name
    assert run_value("isinstance(x, type(x)) and type(x) is {0}".format(type_name if type_name != "NoneType"
                                                                         else "type(None)"), x=value) is True


def test_nan_input():
    assert math.isnan(run_value("x", x=float("nan")))
    assert run_value("x != x", x=float("nan")) is True


def test_inputs_in_guest_operations():
    code = """
total = sum(r["amount"] for r in records if r["ok"])
names = sorted({r["name"] for r in records})
(total, names, len(records), records[0]["tags"][1], limit * 2)
"""
    records = [{"name": "b", "amount": 2.5, "ok": True, "tags": ("x", "y")},
               {"name": "a", "amount": 4, "ok": False, "tags": ()},
               {"name": "b", "amount": 1, "ok": True, "tags": ()}]
    result = Monty(code, inputs=["records", "limit"]).run(inputs={"records": records, "limit": 21})
    assert result == (3.5, ["a", "b"], 3, "y", 42)


def _nested_list(depth):
    outer = current = []
    for _ in range(depth):
        inner = []
        current.append(inner)
        current = inner
    return outer


def test_nested_inputs_deep():
    code = """
depth = 0
while x:
    x = x[0]
    depth += 1
depth
"""
    assert run_value(code, x=_nested_list(200)) == 200
    nested = {"leaf": 1}
    for i in range(100):
        nested = {"k": nested, "i": (i,)}
    code = "n = 0\nwhile 'k' in x:\n    x = x['k']\n    n += 1\n(n, x)"
    assert run_value(code, x=nested) == (100, {"leaf": 1})


def test_nested_too_deep_for_the_host_is_an_input_error():
    with pytest.raises(MontyInputError) as info:
        run_value("x", x=_nested_list(100_000))
    assert str(info.value).startswith("inputs['x']")
    assert "nested too deeply" in str(info.value)


def test_self_referencing_input_stays_self_referencing():
    a = [1]
    a.append(a)
    assert run_value("(x[1] is x, x[1][1][0])", x=a) == (True, 1)
    d = {"n": 1}
    d["self"] = d
    assert run_value("x['self']['self']['n']", x=d) == 1


def test_shared_input_containers_stay_shared():
    shared = [1]
    assert run_value("x[0].append(2)\n(x[0] is x[1], x[1])", x=[shared, shared]) == (True, [1, 2])
    shared_dict = {"a": [1, 2]}
    assert run_value("x[0] is x[1]", x=[shared_dict, shared_dict]) is True


class DictSub(dict):
    pass


class StrSub(str):
    pass


class IntSub(int):
    pass


class Color(enum.IntEnum):
    RED = 1


@pytest.mark.parametrize("value, message", [
    ([{}, {}, {}, {"when": datetime.datetime(2024, 1, 1)}],
     "inputs['records'][3]['when']: datetime is not a supported input type"),
    (DictSub(a=1), "inputs['records']: DictSub is not a supported input type"),
    (StrSub("s"), "inputs['records']: StrSub is not a supported input type"),
    (IntSub(1), "inputs['records']: IntSub is not a supported input type"),
    (Color.RED, "inputs['records']: Color is not a supported input type"),
    (collections.OrderedDict(), "inputs['records']: OrderedDict is not a supported input type"),
    (collections.defaultdict(list), "inputs['records']: defaultdict is not a supported input type"),
    (bytearray(b"x"), "inputs['records']: bytearray is not a supported input type"),
    (1 + 2j, "inputs['records']: complex is not a supported input type"),
    (range(3), "inputs['records']: range is not a supported input type"),
    (object(), "inputs['records']: object is not a supported input type"),
    (len, "inputs['records']: builtin_function_or_method is not a supported input type"),
    (lambda: 1, "inputs['records']: function is not a supported input type"),
    (ValueError("x"), "inputs['records']: ValueError is not a supported input type"),
    (int, "inputs['records']: type is not a supported input type"),
    ((1, [2, object()]), "inputs['records'][1][1]: object is not a supported input type"),
    ({"a": {"b": [0, {"c": 1 + 1j}]}}, "inputs['records']['a']['b'][1]['c']: complex is not a supported input type"),
    ({StrSub("k"): 1}, "inputs['records'] key 'k': StrSub is not a supported input type"),
    ({"k": {IntSub(3)}}, "inputs['records']['k'] item: IntSub is not a supported input type"),
    ([DictSub()], "inputs['records'][0]: DictSub is not a supported input type"),
], ids=lambda v: v if isinstance(v, str) and v.startswith("inputs") else type(v).__name__)
def test_rejected_input_types_name_the_path(value, message):
    m = Monty("records", inputs=["records"])
    with pytest.raises(MontyInputError) as info:
        m.run(inputs={"records": value})
    assert str(info.value) == message
    with pytest.raises(MontyInputError) as info:
        m.start(inputs={"records": value})
    assert str(info.value) == message


def test_input_errors_are_monty_errors():
    assert issubclass(MontyInputError, MontyError)


def test_missing_and_unexpected_inputs_fail_before_anything_runs():
    out = CollectStreams()
    calls = []
    m = Monty("print('ran')\nfetch(a, b)", inputs=["a", "b"], external_functions=["fetch"])
    with pytest.raises(MontyInputError) as info:
        m.run(inputs={"a": 1}, external_functions={"fetch": calls.append}, print_callback=out)
    assert str(info.value) == "missing input(s): b"
    with pytest.raises(MontyInputError) as info:
        m.run(inputs={"a": 1, "b": 2, "c": 3}, external_functions={"fetch": calls.append}, print_callback=out)
    assert str(info.value) == "unexpected input(s): c (declared: a, b)"
    with pytest.raises(MontyInputError) as info:
        m.run(print_callback=out)
    assert str(info.value) == "missing input(s): a, b"
    with pytest.raises(MontyInputError) as info:
        m.start(inputs={"b": 1}, print_callback=out)
    assert str(info.value) == "missing input(s): a"
    with pytest.raises(MontyInputError) as info:
        Monty("1").start(inputs={"z": 1}, print_callback=out)
    assert str(info.value) == "unexpected input(s): z (declared: none)"
    with pytest.raises(MontyInputError) as info:
        m.run(inputs={"a": 1, "b": 2}, external_functions={"fetch": calls.append, "other": print},
              print_callback=out)
    assert str(info.value) == "external function(s) not declared: other"
    assert out.collected == [] and calls == []


def test_guest_mutation_of_inputs_does_not_reach_the_host():
    records = [{"id": 1, "tags": ["a"]}, {"id": 2, "tags": []}]
    seen = {1, 2}
    before = copy.deepcopy((records, seen))
    code = """
records[0]["id"] = 99
records[0]["tags"].append("b")
records.append({"id": 3})
del records[1]
seen.add(3)
seen.discard(1)
(records, seen)
"""
    result = Monty(code, inputs=["records", "seen"]).run(inputs={"records": records, "seen": seen})
    assert result == ([{"id": 99, "tags": ["a", "b"]}, {"id": 3}], {2, 3})
    assert (records, seen) == before
    assert result[0] is not records


def test_host_mutation_after_start_does_not_reach_the_guest():
    data = {"items": [1, 2]}
    s = Monty("fetch()\ndata['items']", inputs=["data"], external_functions=["fetch"]).start(inputs={"data": data})
    data["items"].append(3)
    assert s.resume(return_value=None).output == [1, 2]


def test_values_handed_to_the_host_are_copies():
    code = """
items = [1, [2]]
fetch(items)
items[1].append(3)
fetch(items)
items
"""
    m = Monty(code, external_functions=["fetch"])
    received = []

    def fetch(x):
        received.append(x)
        x.append("host")  # the host mutating its copy changes nothing in the guest
        return None

    assert m.run(external_functions={"fetch": fetch}) == [1, [2, 3]]
    assert received == [[1, [2], "host"], [1, [2, 3], "host"]]

    s = m.start()
    s.args[0][1].append("host")
    s = s.resume(return_value=None)
    assert s.args == ([1, [2, 3]],)
    assert s.resume(return_value=None).output == [1, [2, 3]]


def test_host_return_values_are_copied_in():
    kept = [1, 2]
    m = Monty("a = fetch()\nb = fetch()\na.append(3)\n(a, b, a is b)", external_functions=["fetch"])
    assert m.run(external_functions={"fetch": lambda: kept}) == ([1, 2, 3], [1, 2], False)
    assert kept == [1, 2]
    s = m.start().resume(return_value=kept)
    kept.append("late")  # after the guest has its copy
    assert s.resume(return_value=[0]).output == ([1, 2, 3], [0], False)


# ================================================================ host functions in run()


def test_host_function_arguments_are_converted():
    got = []

    def fetch(*args, **kwargs):
        got.append((args, kwargs))
        return "ok"

    code = "fetch(1, [2, (3, 4)], b'x', None, 2.5, 10 ** 30, k={'a': {1, 2}}, f=frozenset([1]))"
    assert Monty(code, external_functions=["fetch"]).run(external_functions={"fetch": fetch}) == "ok"
    ((args, kwargs),) = got
    assert args == (1, [2, (3, 4)], b"x", None, 2.5, 10 ** 30)
    assert [type(a) for a in args] == [int, list, bytes, type(None), float, int]
    assert type(args[1][1]) is tuple
    assert kwargs == {"k": {"a": {1, 2}}, "f": frozenset([1])}
    assert type(kwargs["k"]["a"]) is set and type(kwargs["f"]) is frozenset


def test_star_args_and_kwargs_reach_the_host_flattened():
    got = []
    code = "args = [1, 2]\nopts = {'b': 3}\nfetch(0, *args, a=1, **opts)"
    Monty(code, external_functions=["fetch"]).run(
        external_functions={"fetch": lambda *a, **k: got.append((a, k))})
    assert got == [((0, 1, 2), {"a": 1, "b": 3})]


def test_guest_objects_reach_the_host_as_opaque_descriptions():
    got = []
    code = "def helper(x):\n    return x\nfetch(helper, len, (i for i in []))"
    Monty(code, external_functions=["fetch"]).run(external_functions={"fetch": lambda *a: got.append(a)})
    ((fn, builtin, gen),) = got
    assert isinstance(fn, monty_peg.GuestObject) and fn.type_name == "function"
    assert repr(fn).startswith("<function helper at 0x")
    assert isinstance(builtin, monty_peg.GuestObject) and repr(builtin) == "<built-in function len>"
    assert isinstance(gen, monty_peg.GuestObject) and gen.type_name == "generator"


@pytest.mark.parametrize("value, type_name", [
    (None, "NoneType"), (True, "bool"), (7, "int"), (2 ** 100, "int"), (0.5, "float"), ("s", "str"),
    (b"\x00", "bytes"), ([1, [2]], "list"), ((1, (2,)), "tuple"), ({"a": [1]}, "dict"), ({1, 2}, "set"),
    (frozenset({3}), "frozenset"),
])
def test_host_return_values_are_converted(value, type_name):
    m = Monty("r = fetch()\n(r, type(r).__name__)", external_functions=["fetch"])
    assert m.run(external_functions={"fetch": lambda: value}) == (value, type_name)
    assert m.start().resume(return_value=value).output == (value, type_name)


@pytest.mark.parametrize("value, type_name", [
    (object(), "object"), (datetime.date(2024, 1, 2), "date"), (DictSub(), "DictSub"), ([1, {2: 1j}], "complex"),
])
def test_unsupported_host_return_value_is_a_guest_type_error(value, type_name):
    code = """
try:
    fetch()
    r = 'no error'
except TypeError as e:
    r = str(e)
r
"""
    m = Monty(code, external_functions=["fetch"])
    expected = f"return value of fetch(): {type_name} is not a supported input type"
    if type_name == "complex":
        expected = "return value of fetch()[1][2]: complex is not a supported input type"
    assert m.run(external_functions={"fetch": lambda: value}) == expected
    assert m.start().resume(return_value=value).output == expected
    with pytest.raises(MontyRuntimeError) as info:
        Monty("fetch()", external_functions=["fetch"]).run(external_functions={"fetch": lambda: value})
    assert info.value.type_name == "TypeError"
    assert info.value.message == expected


CATCH_ALL = """
try:
    fetch()
    r = None
except Exception as e:
    r = (type(e).__name__, str(e), e.args)
r
"""


class AppError(ValueError):
    pass


class NotFound(LookupError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what


@pytest.mark.parametrize("exc, expected", [
    (ValueError("bad value"), ("ValueError", "bad value", ("bad value",))),
    (IndexError("out of range"), ("IndexError", "out of range", ("out of range",))),
    (TimeoutError("slow"), ("TimeoutError", "slow", ("slow",))),
    (ZeroDivisionError("division by zero"), ("ZeroDivisionError", "division by zero", ("division by zero",))),
    (RuntimeError("r"), ("RuntimeError", "r", ("r",))),
    (FileNotFoundError("missing.txt"), ("FileNotFoundError", "missing.txt", ("missing.txt",))),
    (AppError("custom"), ("ValueError", "custom", ("custom",))),
    (NotFound("user 7"), ("LookupError", "user 7 not found", ("user 7 not found",))),
    (json.JSONDecodeError("Expecting value", "x", 0),
     ("ValueError", "Expecting value: line 1 column 1 (char 0)", ("Expecting value: line 1 column 1 (char 0)",))),
    (Exception("plain"), ("Exception", "plain", ("plain",))),
])
def test_host_exception_is_raised_in_the_guest_as_its_builtin_type(exc, expected):
    def fetch():
        raise exc

    m = Monty(CATCH_ALL, external_functions=["fetch"])
    assert m.run(external_functions={"fetch": fetch}) == expected
    assert m.start().resume(exception=exc).output == expected


def test_host_key_error_keeps_its_message():
    def fetch():
        raise KeyError("k")

    m = Monty(CATCH_ALL, external_functions=["fetch"])
    assert m.run(external_functions={"fetch": fetch}) == ("KeyError", "'k'", ("k",))
    assert m.start().resume(exception=KeyError("k")).output == ("KeyError", "'k'", ("k",))


def test_host_unicode_error_maps_to_a_value_error():
    def fetch():
        b"\xff".decode("utf-8")

    code = "try:\n    fetch()\nexcept ValueError as e:\n    r = str(e)\nr"
    m = Monty(code, external_functions=["fetch"])
    assert m.run(external_functions={"fetch": fetch}) == \
        "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"


def test_host_exception_uncaught_is_a_runtime_error_with_guest_frames_only():
    code = "def load(n):\n    return fetch(n)\n\nload(3)\n"

    def fetch(n):
        raise ValueError(f"record {n} is gone")

    with pytest.raises(MontyRuntimeError) as info:
        Monty(code, external_functions=["fetch"]).run(external_functions={"fetch": fetch})
    e = info.value
    assert e.display("traceback") == (
        'Traceback (most recent call last):\n'
        '  File "main.py", line 4, in <module>\n'
        '    load(3)\n'
        '  File "main.py", line 2, in load\n'
        '    return fetch(n)\n'
        '           ^^^^^^^^\n'
        'ValueError: record 3 is gone\n')
    assert [f.filename for f in e.traceback()] == ["main.py", "main.py"]
    assert "test_host" not in e.traceback_text


def test_host_traceback_and_chain_are_not_reachable_from_the_guest():
    def fetch():
        try:
            {}["missing"]
        except KeyError as inner:
            raise ValueError("outer") from inner

    code = """
try:
    fetch()
except ValueError as e:
    r = (e.__traceback__, e.__cause__, e.__context__, e.__suppress_context__, e.args)
r
"""
    m = Monty(code, external_functions=["fetch"])
    assert m.run(external_functions={"fetch": fetch}) == (None, None, None, False, ("outer",))

    def host_error():
        try:
            fetch()
        except ValueError as e:
            return e

    assert m.start().resume(exception=host_error()).output == (None, None, None, False, ("outer",))


def test_host_function_declared_but_not_provided():
    with pytest.raises(MontyRuntimeError) as info:
        Monty("fetch(1)", external_functions=["fetch"]).run()
    assert info.value.display("type-msg") == "NameError: host function 'fetch' was declared but not provided"


def test_undefined_name_in_run_mode_is_a_name_error():
    with pytest.raises(MontyRuntimeError) as info:
        Monty("x = 1\nundefined_fn(x)").run()
    assert info.value.display("type-msg") == "NameError: name 'undefined_fn' is not defined"
    with pytest.raises(MontyRuntimeError) as info:
        Monty("y = undefined_value + 1").run()
    assert info.value.display("type-msg") == "NameError: name 'undefined_value' is not defined"


# ================================================================ pauses at host calls


def drive(m, answer, *, inputs=None, dump=False, fork=False):
    """Run `m` with start()/resume(), answering every host call with `answer(*args, **kwargs)` (an exception
    it raises is resumed as an exception). Returns (output, [(name, args, kwargs, call_id)], collected)."""
    out = CollectStreams()
    s = m.start(inputs=inputs, print_callback=out)
    calls = []
    while not isinstance(s, MontyComplete):
        assert isinstance(s, FunctionSnapshot), s
        if dump:
            s = FunctionSnapshot.load(s.dump())
        if fork:
            s = s.fork()
        calls.append((s.function_name, s.args, s.kwargs, s.call_id))
        try:
            value = answer(*s.args, **s.kwargs)
        except Exception as e:  # noqa: BLE001
            s = s.resume(exception=e, print_callback=out)
        else:
            s = s.resume(return_value=value, print_callback=out)
    return s.output, calls, out.collected


def times10(x):
    return x * 10


def negate(x):
    return -x


def is_odd(x):
    return x % 2 == 1


PAUSE_CASES = {
    "nested_guest_calls": ("""
def inner(x):
    return fetch(x) + 1

def outer(x):
    return inner(x) * 2

outer(3)
""", times10, 62, [(3,)]),
    "for_loop": ("t = 0\nfor i in range(1, 4):\n    t += fetch(i)\nt", times10, 60, [(1,), (2,), (3,)]),
    "while_condition": ("i = 0\nwhile fetch(i) < 25:\n    i += 1\ni", times10, 3, [(0,), (1,), (2,), (3,)]),
    "list_comprehension": ("[fetch(i) for i in range(3)]", times10, [0, 10, 20], [(0,), (1,), (2,)]),
    "dict_comprehension": ("{i: fetch(i) for i in range(2)}", times10, {0: 0, 1: 10}, [(0,), (1,)]),
    "set_comprehension": ("{fetch(i) for i in [1, 1, 2]}", times10, {10, 20}, [(1,), (1,), (2,)]),
    "nested_comprehension": ("[[fetch(i * j) for j in range(1, 3)] for i in range(1, 3)]", times10,
                             [[10, 20], [20, 40]], [(1,), (2,), (2,), (4,)]),
    "try_finally": ("""
r = []
try:
    r = r + [fetch(1)]
finally:
    r = r + [fetch(2)]
r
""", times10, [10, 20], [(1,), (2,)]),
    "except_handler": ("""
try:
    1 / 0
except ZeroDivisionError:
    r = fetch(7)
else:
    r = None
r
""", times10, 70, [(7,)]),
    "default_argument": ("def f(a=fetch(4)):\n    return a\n[f(), f(), f(1)]", times10, [40, 40, 1], [(4,)]),
    "keyword_default": ("def f(*, a=fetch(5)):\n    return a\nf()", times10, 50, [(5,)]),
    "f_string": ("f'{fetch(1)}-{fetch(2)!r:>5}|'", times10, "10-   20|", [(1,), (2,)]),
    "sorted_key": ("sorted([3, 1, 2], key=fetch)", negate, [3, 2, 1], [(3,), (1,), (2,)]),
    "sorted_key_reverse": ("sorted(['bb', 'a', 'ccc'], key=fetch, reverse=True)", len, ["ccc", "bb", "a"],
                           [("bb",), ("a",), ("ccc",)]),
    "list_sort_key": ("xs = [3, 1, 2]\nxs.sort(key=fetch)\nxs", negate, [3, 2, 1], [(3,), (1,), (2,)]),
    "map": ("list(map(fetch, [1, 2, 3]))", times10, [10, 20, 30], [(1,), (2,), (3,)]),
    "map_lazy": ("m = map(fetch, [1, 2])\nfirst = next(m)\n(first, list(m))", times10, (10, [20]), [(1,), (2,)]),
    "max_key": ("max([1, 5, 3], key=fetch)", negate, 1, [(1,), (5,), (3,)]),
    "min_key": ("min([1, 5, 3], key=fetch)", negate, 5, [(1,), (5,), (3,)]),
    "filter": ("list(filter(fetch, [0, 1, 2, 3]))", is_odd, [1, 3], [(0,), (1,), (2,), (3,)]),
    "sum_generator_expression": ("sum(fetch(i) for i in range(4))", times10, 60, [(0,), (1,), (2,), (3,)]),
    "any_generator_expression": ("any(fetch(i) > 15 for i in range(10))", times10, True, [(0,), (1,), (2,)]),
    "all_generator_expression": ("all(fetch(i) < 15 for i in range(10))", times10, False, [(0,), (1,), (2,)]),
    "generator_function": ("""
def gen(n):
    for i in range(n):
        yield fetch(i)
g = gen(3)
first = next(g)
[first] + list(g)
""", times10, [0, 10, 20], [(0,), (1,), (2,)]),
    "lambda": ("(lambda x: fetch(x) + 1)(5)", times10, 51, [(5,)]),
    "closure": ("""
def outer():
    n = fetch(1)
    def inner():
        nonlocal n
        n = n + fetch(n)
        return n
    return inner
f = outer()
(f(), f())
""", times10, (110, 1210), [(1,), (10,), (110,)]),
    "decorator": ("""
def deco(fn):
    tag = fetch(9)
    def wrapper(x):
        return (tag, fn(x))
    return wrapper

@deco
def twice(x):
    return fetch(x) * 2

twice(2)
""", times10, (90, 40), [(9,), (2,)]),
    "conditional_expression": ("fetch(1) if fetch(0) else fetch(2)", times10, 20, [(0,), (2,)]),
    "boolean_short_circuit": ("fetch(0) or fetch(3) and fetch(4)", times10, 40, [(0,), (3,), (4,)]),
    "chained_comparison": ("1 < fetch(1) < fetch(2)", times10, True, [(1,), (2,)]),
    "argument_of_a_builtin": ("len(str(fetch(12345)))", times10, 6, [(12345,)]),
    "nested_host_calls": ("fetch(fetch(fetch(1)))", times10, 1000, [(1,), (10,), (100,)]),
    "keyword_arguments": ("fetch(1, *[2], b=3, **{'c': 4})", lambda *a, **k: [list(a), sorted(k)],
                          [[1, 2], ["b", "c"]], [(1, 2)]),
    "augmented_subscript": ("d = {'n': 1}\nd['n'] += fetch(2)\nd", times10, {"n": 21}, [(2,)]),
    "unpacking": ("a, (b, *c) = fetch(1), fetch(2)\n(a, b, c)", lambda x: x if x == 1 else [x, x, x],
                  (1, 2, [2, 2]), [(1,), (2,)]),
    "return_in_finally_path": ("""
def f():
    try:
        return fetch(1)
    finally:
        print('cleanup', fetch(2))
f()
""", times10, 10, [(1,), (2,)]),
    "recursion": ("def f(n):\n    return 0 if n == 0 else fetch(n) + f(n - 1)\nf(3)", times10, 60,
                  [(3,), (2,), (1,)]),
    "assert_message": ("try:\n    assert False, fetch(1)\nexcept AssertionError as e:\n    r = str(e)\nr",
                       times10, "10", [(1,)]),
    "raise_from_host_value": ("try:\n    raise ValueError(fetch(3))\nexcept ValueError as e:\n    r = e.args\nr",
                              times10, (30,), [(3,)]),
}


@pytest.mark.parametrize("name", list(PAUSE_CASES))
def test_pause_at_host_call(name):
    code, answer, expected, expected_args = PAUSE_CASES[name]
    m = Monty(code, external_functions=["fetch"])
    output, calls, _ = drive(m, answer)
    assert output == expected
    assert [c[1] for c in calls] == expected_args
    assert [c[3] for c in calls] == list(range(1, len(expected_args) + 1))
    assert {c[0] for c in calls} == {"fetch"}
    # run() with the same host function agrees
    assert m.run(external_functions={"fetch": answer}, print_callback=quiet) == expected


@pytest.mark.parametrize("name", list(PAUSE_CASES))
def test_pause_at_host_call_survives_dump_and_load(name):
    code, answer, expected, expected_args = PAUSE_CASES[name]
    m = Monty(code, external_functions=["fetch"])
    output, calls, printed = drive(m, answer, dump=True)
    assert (output, [c[1] for c in calls]) == (expected, expected_args)
    assert [c[3] for c in calls] == list(range(1, len(expected_args) + 1))
    assert printed == drive(m, answer)[2]


@pytest.mark.parametrize("name", list(PAUSE_CASES))
def test_pause_at_host_call_survives_fork(name):
    code, answer, expected, expected_args = PAUSE_CASES[name]
    output, calls, _ = drive(Monty(code, external_functions=["fetch"]), answer, fork=True)
    assert (output, [c[1] for c in calls]) == (expected, expected_args)


METHOD_CALL_PAUSES = {
    "list_append": ("r = []\nr.append(fetch(1))\nr", [10]),
    "str_format": ("'<{}>'.format(fetch(1))", "<10>"),
    "dict_get": ("d = {10: 'ten'}\nd.get(fetch(1))", "ten"),
    "str_join": ("', '.join([str(fetch(1)), 'x'])", "10, x"),
}


@pytest.mark.parametrize("name", list(METHOD_CALL_PAUSES))
def test_pause_inside_method_call_arguments(name):
    code, expected = METHOD_CALL_PAUSES[name]
    assert drive(Monty(code, external_functions=["fetch"]), times10)[0] == expected


@pytest.mark.parametrize("name", list(METHOD_CALL_PAUSES))
def test_pause_inside_method_call_arguments_survives_dump(name):
    code, expected = METHOD_CALL_PAUSES[name]
    assert drive(Monty(code, external_functions=["fetch"]), times10, dump=True)[0] == expected


SAVEABLE_LAZY_STATES = {
    "iterator": ("m = iter([1, 2, 3])\nnext(m)", [2, 3]),
    "zip": ("m = zip([1, 2], 'ab')", [(1, "a"), (2, "b")]),
    "reversed": ("m = reversed('abc')\nnext(m)", ["b", "a"]),
    "enumerate": ("m = enumerate('ab', 5)", [(5, "a"), (6, "b")]),
    "map_lambda": ("m = map(lambda x: x * 2, [1, 2])", [2, 4]),
    "map_type": ("m = map(str, [1, 2])", ["1", "2"]),
    "map_method": ("m = map(str.upper, ['a'])", ["A"]),
    "filter_none": ("m = filter(None, [0, 1, 2])", [1, 2]),
    "dict_items_iterator": ("m = iter({1: 2, 3: 4}.items())\nnext(m)", [(3, 4)]),
    "generator": ("m = (x * x for x in range(4))\nnext(m)", [1, 4, 9]),
}


@pytest.mark.parametrize("name", list(SAVEABLE_LAZY_STATES))
def test_lazy_objects_held_across_a_pause_survive_dump_and_load(name):
    code, expected = SAVEABLE_LAZY_STATES[name]
    s = Monty(code + "\nfetch()\nlist(m)", external_functions=["fetch"]).start()
    assert FunctionSnapshot.load(s.dump()).resume(return_value=None).output == expected


@pytest.mark.parametrize("fn", ["abs", "len"])
def test_map_over_a_builtin_survives_dump_and_load(fn):
    s = Monty(f"m = map({fn}, ['ab', 'c'] if '{fn}' == 'len' else [1, -2])\nfetch()\nlist(m)",
              external_functions=["fetch"]).start()
    assert FunctionSnapshot.load(s.dump()).resume(return_value=None).output == ([2, 1] if fn == "len" else [1, 2])


def test_snapshot_attributes_and_positions():
    code = "def go(n):\n    total = 0\n    for i in range(n):\n        total += fetch(i, scale=2)\n    return total\n\ngo(2)\n"
    m = Monty(code, script_name="job.py", external_functions=["fetch"])
    s = m.start()
    assert type(s) is FunctionSnapshot
    assert (s.function_name, s.args, s.kwargs, s.call_id) == ("fetch", (0,), {"scale": 2}, 1)
    assert (s.script_name, s.line, s.column, s.end_line, s.end_column) == ("job.py", 4, 18, 4, 35)
    assert repr(s) == "FunctionSnapshot(fetch(*(0,), **{'scale': 2}), call_id=1, line=4)"
    s = s.resume(return_value=5)
    assert (s.args, s.call_id, s.line, s.column) == ((1,), 2, 4, 18)
    # the position is the one a traceback through that call shows
    with pytest.raises(MontyRuntimeError) as info:
        s.resume(exception=ValueError("x"))
    frame = info.value.traceback()[-1]
    assert (frame.line, frame.column, frame.end_line, frame.end_column) == (4, 18, 4, 35)


def test_positions_of_a_multi_line_call():
    code = "x = fetch(\n    1,\n    2,\n)\nx"
    s = Monty(code, external_functions=["fetch"]).start()
    assert (s.line, s.column, s.end_line, s.end_column) == (1, 5, 4, 2)


def test_call_ids_increase_across_pauses_dumps_and_forks():
    code = "a = fetch(1)\nb = later\nc = fetch(2)\nd = fetch(3)\n[a, b, c, d]"
    m = Monty(code, external_functions=["fetch"])
    s = m.start()
    assert s.call_id == 1
    lookup = s.resume(return_value="a")
    assert type(lookup) is NameLookupSnapshot and lookup.variable_name == "later"
    s = lookup.resume("b")
    assert s.call_id == 2  # a name lookup takes no call id
    s = FunctionSnapshot.load(s.dump())
    assert s.call_id == 2
    other = s.fork()
    s = s.resume(return_value="c")
    assert s.call_id == 3
    assert other.resume(return_value="C").call_id == 3
    assert s.resume(return_value="d").output == ["a", "b", "c", "d"]
    assert m.start().call_id == 1  # every execution counts from 1


def test_undefined_called_name_is_a_host_call_in_start_mode():
    s = Monty("r = lookup_user(7, full=True)\nr['name']").start()
    assert type(s) is FunctionSnapshot
    assert (s.function_name, s.args, s.kwargs, s.call_id) == ("lookup_user", (7,), {"full": True}, 1)
    assert s.resume(return_value={"name": "ada"}).output == "ada"


def test_start_without_host_calls_completes():
    out = CollectStreams()
    done = Monty("print('hi')\n6 * 7").start(print_callback=out)
    assert type(done) is MontyComplete
    assert done.output == 42
    assert repr(done) == "MontyComplete(output=42)"
    assert out.collected == [("stdout", "hi\n")]
    assert Monty("x = 1").start().output is None


# ================================================================ resume with exceptions


RESUME_EXC_CODE = """
def load(n):
    try:
        return fetch(n)
    finally:
        print('cleanup', n)

try:
    r = load(1)
except ValueError as e:
    r = 'caught: ' + str(e)
print('after', r)
(r, load(2))
"""


def test_resume_with_exception_caught_by_the_guest():
    out = CollectStreams()
    s = Monty(RESUME_EXC_CODE, external_functions=["fetch"]).start(print_callback=out)
    s = s.resume(exception=ValueError("no record 1"))
    assert (s.function_name, s.args, s.call_id) == ("fetch", (2,), 2)
    done = s.resume(return_value="two")
    assert done.output == ("caught: no record 1", "two")
    assert out.collected == [("stdout", "cleanup 1\n"), ("stdout", "after caught: no record 1\n"),
                             ("stdout", "cleanup 2\n")]


def test_resume_with_exception_uncaught():
    out = CollectStreams()
    s = Monty(RESUME_EXC_CODE, external_functions=["fetch"]).start(print_callback=out)
    s = s.resume(return_value="one")
    with pytest.raises(MontyRuntimeError) as info:
        s.resume(exception=TimeoutError("gave up"))
    e = info.value
    assert e.display("traceback") == (
        'Traceback (most recent call last):\n'
        '  File "main.py", line 13, in <module>\n'
        "    (r, load(2))\n"
        '        ^^^^^^^\n'
        '  File "main.py", line 4, in load\n'
        '    return fetch(n)\n'
        '           ^^^^^^^^\n'
        'TimeoutError: gave up\n')
    assert e.display("type-msg") == "TimeoutError: gave up"
    assert e.display("msg") == "gave up"
    assert out.collected[-1] == ("stdout", "cleanup 2\n")  # the finally block ran on the way out


def test_resume_with_custom_exception_maps_to_builtin_base():
    code = "try:\n    fetch()\nexcept LookupError as e:\n    r = (type(e).__name__, str(e))\nr"
    s = Monty(code, external_functions=["fetch"]).start()
    assert s.resume(exception=NotFound("order 5")).output == ("LookupError", "order 5 not found")


def test_resume_exception_into_generator_and_comprehension():
    code = """
def gen():
    for i in range(3):
        try:
            yield fetch(i)
        except KeyError:
            yield 'missing'
[x for x in gen()]
"""
    m = Monty(code, external_functions=["fetch"])
    s = m.start().resume(return_value="a")
    s = s.resume(exception=KeyError("k"))  # caught inside the generator
    assert (s.args, s.call_id) == ((2,), 3)
    assert s.resume(return_value="c").output == ["a", "missing", "c"]
    s = m.start().resume(return_value="a")
    with pytest.raises(MontyRuntimeError) as info:
        s.resume(exception=LookupError("not a KeyError"))
    assert info.value.display("type-msg") == "LookupError: not a KeyError"
    assert [f.function_name for f in info.value.traceback()][0] == "<module>"
    assert [f.function_name for f in info.value.traceback()][-1] == "gen"


# ================================================================ name lookups


def test_name_lookup_resumed_with_a_value():
    code = "def f():\n    return threshold * 2\nfirst = f()\nsecond = f()\n(first, second, threshold)"
    s = Monty(code).start()
    assert type(s) is NameLookupSnapshot
    assert s.variable_name == "threshold"
    assert (s.line, s.column, s.end_line, s.end_column) == (2, 12, 2, 21)
    assert repr(s) == "NameLookupSnapshot('threshold', line=2)"
    done = s.resume(21)  # bound as a global: later reads do not pause again
    assert type(done) is MontyComplete
    assert done.output == (42, 42, 21)


def test_name_lookup_resumed_with_nothing_is_a_name_error():
    s = Monty("x = 1\ny = missing + x\ny").start()
    with pytest.raises(MontyRuntimeError) as info:
        s.resume()
    assert info.value.display("traceback") == (
        'Traceback (most recent call last):\n'
        '  File "main.py", line 2, in <module>\n'
        '    y = missing + x\n'
        '        ^^^^^^^\n'
        "NameError: name 'missing' is not defined\n")
    code = "try:\n    v = missing\nexcept NameError as e:\n    v = str(e)\nv"
    assert Monty(code).start().resume().output == "name 'missing' is not defined"


def test_name_lookup_values_are_converted():
    code = "v = config\nv['n'].append(2)\n(v, type(v['t']).__name__)"
    config = {"n": [1], "t": (1,)}
    assert Monty(code).start().resume(config).output == ({"n": [1, 2], "t": (1,)}, "tuple")
    assert config == {"n": [1], "t": (1,)}
    code = "try:\n    v = config\nexcept TypeError as e:\n    v = str(e)\nv"
    assert Monty(code).start().resume(object()).output == "value of config: object is not a supported input type"


def test_names_that_exist_do_not_pause():
    code = "def later():\n    return defined_after\ndefined_after = 5\n(len('ab'), later(), x)"
    assert Monty(code, inputs=["x"]).start(inputs={"x": 1}).output == (2, 5, 1)


def test_several_name_lookups_then_a_host_call():
    s = Monty("a = first\nb = second\nfetch(a + b)", external_functions=["fetch"]).start()
    names = []
    while type(s) is NameLookupSnapshot:
        names.append(s.variable_name)
        s = s.resume(len(names))
    assert names == ["first", "second"]
    assert (s.function_name, s.args) == ("fetch", (3,))


def test_name_lookup_snapshot_dumps_and_loads():
    s = Monty("x = 2\nx * factor").start()
    data = s.dump()
    loaded = NameLookupSnapshot.load(data)
    assert loaded.variable_name == "factor"
    assert loaded.resume(21).output == 42
    assert s.resume(5).output == 10
    with pytest.raises(monty_peg.MontySnapshotError):
        FunctionSnapshot.load(data)


# ================================================================ fork, consume, double resume


def test_fork_gives_independent_executions():
    code = "log = []\nlog.append(fetch(1))\nlog.append(fetch(2))\nlog"
    code = "log = []\nlog = log + [fetch(1)]\nlog = log + [fetch(2)]\nlog"
    s = Monty(code, external_functions=["fetch"]).start()
    f1 = s.fork()
    f2 = s.fork()
    a = s.resume(return_value="a1")
    b = f1.resume(return_value="b1")
    c = f2.resume(return_value="c1")
    assert b.fork().resume(return_value="x").output == ["b1", "x"]
    assert a.resume(return_value="a2").output == ["a1", "a2"]
    assert c.resume(return_value="c2").output == ["c1", "c2"]
    assert b.resume(return_value="b2").output == ["b1", "b2"]


def test_fork_of_a_name_lookup():
    s = Monty("v = thing\n[v, fetch(v)]", external_functions=["fetch"]).start()
    other = s.fork()
    assert type(other) is NameLookupSnapshot
    first = s.resume(1)
    second = other.resume(2)
    assert (first.args, second.args) == ((1,), (2,))
    assert first.resume(return_value="one").output == [1, "one"]
    assert second.resume(return_value="two").output == [2, "two"]


def test_fork_keeps_heap_and_generators_independent():
    code = """
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
seen = {'a': [next(c)]}
x = fetch(0)
seen['a'] = seen['a'] + [next(c), x]
seen
"""
    s = Monty(code, external_functions=["fetch"]).start()
    f = s.fork()
    assert f.resume(return_value="f").output == {"a": [1, 2, "f"]}
    assert s.resume(return_value="s").output == {"a": [1, 2, "s"]}


def test_resuming_twice_is_an_error():
    m = Monty("fetch(1)\nfetch(2)", external_functions=["fetch"])
    s = m.start()
    s.resume(return_value=None)
    message = ("this snapshot was already resumed; use .fork() (or dump() and load()) to resume the same point "
               "more than once")
    with pytest.raises(MontyError) as info:
        s.resume(return_value=None)
    assert str(info.value) == message
    with pytest.raises(MontyError):
        s.resume(exception=ValueError("x"))
    with pytest.raises(MontyError):
        s.fork()
    with pytest.raises(MontyError) as info:
        s.dump()
    assert str(info.value) == "this snapshot was already resumed and has nothing left to dump"
    s = m.start()
    with pytest.raises(MontyRuntimeError):
        s.resume(exception=ValueError("x"))
    with pytest.raises(MontyError) as info:
        s.resume(return_value=None)
    assert str(info.value) == message
    lookup = Monty("v").start()
    lookup.resume(1)
    with pytest.raises(MontyError):
        lookup.resume(1)


def test_loaded_snapshot_is_consumed_too_but_the_bytes_are_not():
    s = Monty("fetch(1) + 1", external_functions=["fetch"]).start()
    data = s.dump()
    a = FunctionSnapshot.load(data)
    assert a.resume(return_value=1).output == 2
    with pytest.raises(MontyError):
        a.resume(return_value=1)
    assert FunctionSnapshot.load(data).resume(return_value=10).output == 11
    assert s.resume(return_value=100).output == 101


# ================================================================ output


def test_output_before_a_pause_is_delivered_before_the_pause_returns():
    events = []
    code = """
import sys
print('a')
x = fetch(1)
print('b', x)
print('c', file=sys.stderr)
y = fetch(2)
print('d', end='')
y
"""
    m = Monty(code, external_functions=["fetch"])
    s = m.start(print_callback=lambda stream, text: events.append((stream, text)))
    events.append("paused 1")
    s = s.resume(return_value=10)
    events.append("paused 2")
    s = s.resume(return_value=20)
    events.append("done")
    assert events == [("stdout", "a\n"), "paused 1", ("stdout", "b 10\n"), ("stderr", "c\n"), "paused 2",
                      ("stdout", "d"), "done"]
    assert s.output == 20


def test_collect_streams():
    out = CollectStreams()
    code = "import sys\nprint('one', 2)\nprint('warn', file=sys.stderr)\nprint('x', 'y', sep='-', end='!')"
    Monty(code).run(print_callback=out)
    assert out.collected == [("stdout", "one 2\n"), ("stderr", "warn\n"), ("stdout", "x-y!")]
    assert out.stdout == "one 2\nx-y!"
    assert out.stderr == "warn\n"


def test_print_callback_can_be_redirected_on_resume_and_after_load(capsys):
    first, second, third = CollectStreams(), CollectStreams(), CollectStreams()
    code = "print(1)\nfetch()\nprint(2)\nfetch()\nprint(3)\nfetch()\nprint(4)"
    s = Monty(code, external_functions=["fetch"]).start(print_callback=first)
    s = s.resume(return_value=None)  # keeps the callback it had
    s = s.resume(return_value=None, print_callback=second)
    data = s.dump()
    s.resume(return_value=None, print_callback=third)
    assert (first.stdout, second.stdout, third.stdout) == ("1\n2\n", "3\n", "4\n")
    capsys.readouterr()
    FunctionSnapshot.load(data).resume(return_value=None)  # a loaded snapshot prints to sys.stdout by default
    assert capsys.readouterr().out == "4\n"


def test_run_output_goes_to_sys_stdout_by_default(capsys):
    Monty("import sys\nprint('out')\nprint('err', file=sys.stderr)").run()
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("out\n", "err\n")


# ================================================================ errors


def test_display_formats_traceback_frames_and_exception():
    code = "def parse(text):\n    return int(text)\n\ndef main():\n    return parse('x3')\n\nmain()\n"
    with pytest.raises(MontyRuntimeError) as info:
        Monty(code, script_name="agent.py").run()
    e = info.value
    assert e.display("traceback") == (
        'Traceback (most recent call last):\n'
        '  File "agent.py", line 7, in <module>\n'
        '    main()\n'
        '  File "agent.py", line 5, in main\n'
        "    return parse('x3')\n"
        '           ^^^^^^^^^^^\n'
        '  File "agent.py", line 2, in parse\n'
        '    return int(text)\n'
        '           ^^^^^^^^^\n'
        "ValueError: invalid literal for int() with base 10: 'x3'\n")
    assert e.display() == e.display("traceback") == e.traceback_text
    assert e.display("type-msg") == "ValueError: invalid literal for int() with base 10: 'x3'"
    assert e.display("msg") == "invalid literal for int() with base 10: 'x3'"
    assert e.traceback() == [
        StackFrame("agent.py", 7, 1, 7, 7, "<module>", "main()"),
        StackFrame("agent.py", 5, 12, 5, 23, "main", "return parse('x3')"),
        StackFrame("agent.py", 2, 12, 2, 21, "parse", "return int(text)"),
    ]
    host = e.exception()
    assert type(host) is ValueError
    assert host.args == ("invalid literal for int() with base 10: 'x3'",)
    with pytest.raises(ValueError):
        e.display("json")


@pytest.mark.parametrize("code, type_name, args", [
    ("{}['k']", KeyError, ("k",)),
    ("raise ValueError('a', 2)", ValueError, ("a", 2)),
    ("1 / 0", ZeroDivisionError, ("division by zero",)),
    ("[][3]", IndexError, ("list index out of range",)),
    ("raise StopIteration(7)", StopIteration, (7,)),
])
def test_exception_returns_the_builtin_type(code, type_name, args):
    with pytest.raises(MontyRuntimeError) as info:
        Monty(code).run()
    host = info.value.exception()
    assert type(host) is type_name
    assert host.args == args


def test_exception_without_arguments_returns_empty_args():
    with pytest.raises(MontyRuntimeError) as info:
        Monty("raise ValueError").run()
    assert info.value.exception().args == ()


def test_display_of_a_name_error_and_a_chained_exception():
    code = "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    raise KeyError('x') from e\n"
    with pytest.raises(MontyRuntimeError) as info:
        Monty(code).run()
    assert info.value.display() == (
        'Traceback (most recent call last):\n'
        '  File "main.py", line 2, in <module>\n'
        '    1 / 0\n'
        '    ~~^~~\n'
        'ZeroDivisionError: division by zero\n'
        '\n'
        'The above exception was the direct cause of the following exception:\n'
        '\n'
        'Traceback (most recent call last):\n'
        '  File "main.py", line 4, in <module>\n'
        "    raise KeyError('x') from e\n"
        "KeyError: 'x'\n")
    assert info.value.display("type-msg") == "KeyError: 'x'"


def test_errors_of_a_loaded_snapshot_keep_their_source_lines():
    code = "x = fetch()\ny = x['missing']\n"
    data = Monty(code, script_name="s.py", external_functions=["fetch"]).start().dump()
    with pytest.raises(MontyRuntimeError) as info:
        FunctionSnapshot.load(data).resume(return_value={})
    assert info.value.display() == (
        'Traceback (most recent call last):\n'
        '  File "s.py", line 2, in <module>\n'
        "    y = x['missing']\n"
        "        ~^^^^^^^^^^^\n"
        "KeyError: 'missing'\n")


# ================================================================ property: pausing, dumping and loading
# changes nothing


TEMPLATES = [
    "v{i} = fetch({a}) + {b}",
    "for j in range({n}):\n    acc = acc + fetch(j * {a})",
    "v{i} = [fetch(k) for k in range({n})]",
    "v{i} = {{k: fetch(k + {a}) for k in range({n})}}",
    "v{i} = sorted(range({n}), key=lambda k: fetch(k * {a}) % {m})",
    "def f{i}(x, y={b}):\n    return fetch(x) - y\nv{i} = f{i}({a})",
    "try:\n    v{i} = fetch({a}) // {b}\nfinally:\n    print('finally {i}', acc)",
    "try:\n    v{i} = boom({a})\nexcept ValueError as e:\n    v{i} = 'caught ' + str(e)",
    "print('value', fetch({a}), sep='|')",
    "v{i} = sum(fetch(k) for k in range({n}))",
    "v{i} = f'{{fetch({a})}}:{{fetch({b}):>6}}'",
    "g{i} = (fetch(k) for k in range({n} + 1))\nv{i} = next(g{i}) + sum(g{i})",
    "v{i} = max(range({n} + 1), key=fetch)",
    "v{i} = list(map(fetch, range({n})))",
    "v{i} = list(filter(lambda k: fetch(k) % 2, range({n})))",
    "d{i} = {{}}\nfor k in range({n}):\n    d{i}[k] = fetch(k)\nv{i} = d{i}",
    "acc = acc + fetch(acc % 7)",
    "def mk{i}():\n    c = fetch({a})\n    def inner(z):\n        return fetch(z + c)\n    return inner\nv{i} = mk{i}()({b})",
    "k{i} = 0\nwhile fetch(k{i}) < {a}:\n    k{i} += 1\nv{i} = k{i}",
    "def gen{i}():\n    for k in range({n}):\n        yield fetch(k)\nv{i} = [x * 2 for x in gen{i}()]",
    "v{i} = boom({a}) if {b} > 7 else fetch({b})",
    "for x in {{'p{a}', 'q', 'r'}}:\n    acc = acc + fetch(7)",
    "s{i} = {{fetch({a}), {b}}}\nv{i} = sorted(s{i})",
    "v{i} = (fetch({a}), 10 ** 25 + fetch({b}), b'x' * {n}, ({a}, None))",
]


def fetch_answer(x):
    return x * 3 + 1


def boom_answer(x):
    raise ValueError(f"boom {x}")


def _hosts(log):
    def fetch(x):
        log.append(("fetch", x))
        return fetch_answer(x)

    def boom(x):
        log.append(("boom", x))
        return boom_answer(x)

    return {"fetch": fetch, "boom": boom}


program_parts = st.lists(
    st.tuples(st.sampled_from(TEMPLATES), st.integers(-5, 40), st.integers(0, 9), st.integers(0, 4),
              st.integers(2, 5)),
    min_size=1, max_size=5)


def build_program(parts):
    lines = ["acc = 0"]
    names = []
    for i, (template, a, b, n, mod) in enumerate(parts):
        lines.append(template.format(i=i, a=a, b=b, n=n, m=mod))
        if template.startswith(("v{i}", "def f{i}", "try:", "g{i}", "d{i}", "def mk", "k{i}", "def gen", "s{i}")):
            names.append(f"v{i}")
    lines.append("[acc" + "".join(", " + n for n in names) + "]")
    return "\n".join(lines) + "\n"


def outcome_of_run(m):
    out, log = CollectStreams(), []
    try:
        value = ("ok", m.run(external_functions=_hosts(log), print_callback=out))
    except MontyRuntimeError as e:
        value = ("error", e.display())
    return value, out.collected, log


def outcome_of_start(m, *, transfer):
    out, log = CollectStreams(), []
    try:
        s = m.start(print_callback=out)
        while not isinstance(s, MontyComplete):
            s = transfer(s)
            log.append((s.function_name,) + s.args)
            answer = fetch_answer if s.function_name == "fetch" else boom_answer
            try:
                value = answer(*s.args)
            except ValueError as e:
                s = s.resume(exception=e, print_callback=out)
            else:
                s = s.resume(return_value=value, print_callback=out)
        value = ("ok", s.output)
    except MontyRuntimeError as e:
        value = ("error", e.display())
    return value, out.collected, log


def dump_and_load(s):
    return type(s).load(s.dump())


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(program_parts)
def test_property_pausing_and_dumping_at_every_call_changes_nothing(parts):
    source = build_program(parts)
    m = Monty(source, external_functions=["fetch", "boom"])
    expected = outcome_of_run(m)
    assert outcome_of_start(m, transfer=dump_and_load) == expected, source
    assert outcome_of_start(Monty.load(m.dump()), transfer=lambda s: s.fork()) == expected, source


FRESH_PROCESS_DRIVER = """
import json, sys
import monty_peg
data = open(sys.argv[1], 'rb').read()
out = monty_peg.CollectStreams()
s = monty_peg.FunctionSnapshot.load(data)
calls = []
while not isinstance(s, monty_peg.MontyComplete):
    calls.append([s.function_name, list(s.args), s.call_id])
    s = s.resume(return_value=s.args[0] * 3 + 1, print_callback=out)
print(json.dumps({"output": repr(s.output), "printed": out.collected, "calls": calls}))
"""

FRESH_PROCESS_PROGRAM = """
def gen(n):
    for i in range(n):
        yield fetch(i)

def scale(k, factor=fetch(100)):
    return k * factor

acc = {'values': [], 'big': 10 ** 30}
g = gen(4)
acc['values'].append(next(g))
print('first', acc['values'])
rest = sorted(g, key=lambda v: -v)
total = sum(scale(v) for v in rest)
print('total', total)
(acc, rest, total, f'{fetch(7):>5}')
"""


def test_snapshot_dumped_here_resumes_in_a_fresh_process(tmp_path):
    m = Monty(FRESH_PROCESS_PROGRAM, external_functions=["fetch"])
    out = CollectStreams()
    expected = m.run(external_functions={"fetch": fetch_answer}, print_callback=out)
    # pause at the third host call (fetch(100) for the default, fetch(0) for next(g), then fetch(1) inside the
    # generator that sorted() is consuming), dump, and finish in another interpreter
    here = CollectStreams()
    s = m.start(print_callback=here)
    for _ in range(2):
        s = s.resume(return_value=fetch_answer(s.args[0]))
    assert (s.args, s.call_id) == ((1,), 3)
    path = tmp_path / "state.bin"
    path.write_bytes(s.dump())
    result = subprocess.run([sys.executable, "-c", FRESH_PROCESS_DRIVER, str(path)], capture_output=True,
                            text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stderr
    there = json.loads(result.stdout)
    assert there["output"] == repr(expected)
    assert here.collected + [tuple(p) for p in there["printed"]] == out.collected
    assert [c[2] for c in there["calls"]] == list(range(3, 3 + len(there["calls"])))
    assert [c[1] for c in there["calls"]] == [[1], [2], [3], [7]]



PING_PONG_WORKER = """
import pickle, struct, sys
import monty_peg

def read():
    header = sys.stdin.buffer.read(4)
    if len(header) < 4:
        return None
    return pickle.loads(sys.stdin.buffer.read(struct.unpack('>I', header)[0]))

def write(message):
    data = pickle.dumps(message)
    sys.stdout.buffer.write(struct.pack('>I', len(data)) + data)
    sys.stdout.buffer.flush()

while True:
    request = read()
    if request is None:
        break
    data, how, answer = request
    out = monty_peg.CollectStreams()
    try:
        s = monty_peg.FunctionSnapshot.load(data)
        s = s.resume(exception=answer, print_callback=out) if how == 'raise' else \\
            s.resume(return_value=answer, print_callback=out)
        if isinstance(s, monty_peg.MontyComplete):
            write(('done', s.output, out.collected))
        else:
            write(('pause', s.dump(), out.collected))
    except monty_peg.MontyRuntimeError as e:
        write(('error', e.display(), out.collected))
"""


class PingPong:
    """A second interpreter: it loads a snapshot, answers its pending call, and sends back the next pause."""

    def __init__(self):
        import struct
        self.struct = struct
        self.proc = subprocess.Popen([sys.executable, "-c", PING_PONG_WORKER], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, cwd=ROOT)

    def resume(self, data, how, answer):
        import pickle
        message = pickle.dumps((data, how, answer))
        self.proc.stdin.write(self.struct.pack(">I", len(message)) + message)
        self.proc.stdin.flush()
        header = self.proc.stdout.read(4)
        assert len(header) == 4, "the worker died"
        return pickle.loads(self.proc.stdout.read(self.struct.unpack(">I", header)[0]))

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


@pytest.fixture(scope="module")
def other_interpreter():
    worker = PingPong()
    yield worker
    worker.close()


def outcome_across_processes(m, worker):
    """start() here; then every pause alternates between the worker process and this one, always through
    dump() and load()."""
    out, log = CollectStreams(), []
    here = False
    try:
        s = m.start(print_callback=out)
    except MontyRuntimeError as e:
        return ("error", e.display()), out.collected, log
    while True:
        if isinstance(s, MontyComplete):
            return ("ok", s.output), out.collected, log
        log.append((s.function_name,) + s.args)
        answer = fetch_answer if s.function_name == "fetch" else boom_answer
        try:
            how, value = "return", answer(*s.args)
        except ValueError as e:
            how, value = "raise", e
        if here:
            try:
                s = FunctionSnapshot.load(s.dump())
                s = s.resume(exception=value, print_callback=out) if how == "raise" else \
                    s.resume(return_value=value, print_callback=out)
            except MontyRuntimeError as e:
                return ("error", e.display()), out.collected, log
        else:
            kind, payload, printed = worker.resume(s.dump(), how, value)
            out.collected.extend(printed)
            if kind == "done":
                return ("ok", payload), out.collected, log
            if kind == "error":
                return ("error", payload), out.collected, log
            s = FunctionSnapshot.load(payload)
        here = not here


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(program_parts)
def test_property_resuming_in_another_interpreter_changes_nothing(other_interpreter, parts):
    source = build_program(parts)
    m = Monty(source, external_functions=["fetch", "boom"])
    assert outcome_across_processes(m, other_interpreter) == outcome_of_run(m), source


# ================================================================ the README examples


def _expected_from_comments(path):
    expected = []
    for line in path.read_text().splitlines():
        if line.startswith("#>"):
            expected.append(line[3:].replace("pydantic_monty.", "monty_peg."))
    return expected


@pytest.mark.parametrize("name", ["iterative.py", "serialization.py"])
def test_readme_examples_run_verbatim(name):
    path = ROOT / "examples" / name
    text = path.read_text()
    assert text.startswith("import monty_peg as pydantic_monty\n")
    assert "monty_peg" not in text.split("\n", 1)[1]  # the rest is the README's text
    result = subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == _expected_from_comments(path)
    assert len(result.stdout.splitlines()) in (5, 2)


@pytest.mark.parametrize("limits, error, words", [
    ({"max_steps": "10"}, TypeError, "max_steps must be a number or None, not str"),
    ({"max_memory": True}, TypeError, "max_memory must be a number or None, not bool"),
    ({"max_memory": -1}, ValueError, "max_memory must be a finite number >= 0"),
    ({"max_duration_secs": float("nan")}, ValueError, "max_duration_secs must be a finite number >= 0"),
    ({"max_duration_secs": float("inf")}, ValueError, "max_duration_secs must be a finite number >= 0"),
    ({"max_stesp": 10}, TypeError, "unknown limit(s): max_stesp"),
])
def test_limit_values_are_checked_before_anything_runs(limits, error, words):
    printed = []
    with pytest.raises(error) as info:
        Monty("print('ran')").run(limits=limits, print_callback=lambda s, t: printed.append(t))
    assert words in str(info.value)
    assert printed == []
