"""Frames and tracebacks: reaching a frame (and through it globals and builtins) from an exception's
traceback, its context/cause chain, or a generator; and exception objects built to break the host's
traceback rendering (cycles, long chains, deeply nested arguments)."""

import pytest

from . import _harness as H
from ._harness import Attack


def A(name, code, expect, **kw):
    return Attack(f"frames/{name}", code, expect, **kw)


CAUGHT = "try:\n    1 / 0\nexcept Exception as e:\n    err = e\n"
GEN = "def g():\n    yield 1\nit = g()\nnext(it)\n"


def no_prelude_frames(o, _inputs):
    tb = o.get("traceback") or ""
    return ["the guest traceback shows a prelude frame"] if "<prelude>" in tb or "_sorted" in tb else []


ATTACKS = [
    A("traceback_attribute", CAUGHT + "print(err.__traceback__)", ("ok", "AttributeError")),
    A("traceback_frame_globals", CAUGHT + "err.__traceback__.tb_frame.f_back.f_globals", "AttributeError"),
    A("traceback_next_frame", CAUGHT + "err.__traceback__.tb_next.tb_frame", "AttributeError"),
    A("with_traceback_roundtrip", CAUGHT + "print(err.with_traceback(None).__traceback__)",
      ("ok", "AttributeError")),
    A("context_chain_walk",
      "try:\n    try:\n        1 / 0\n    except Exception:\n        raise ValueError('outer')\n"
      "except Exception as e:\n    x = e\n    while x is not None:\n"
      "        print(type(x).__name__, x.args)\n        x = x.__context__\n", "ok",
      stdout="ValueError ('outer',)\nZeroDivisionError ('division by zero',)\n"),
    A("context_then_traceback",
      "try:\n    try:\n        1 / 0\n    except Exception:\n        raise ValueError('outer')\n"
      "except Exception as e:\n    e.__context__.__traceback__.tb_frame", "AttributeError"),
    A("cause_then_class_walk",
      "try:\n    raise ValueError('a') from KeyError('b')\nexcept Exception as e:\n"
      "    type(e.__cause__).__mro__[-1].__subclasses__()", "AttributeError"),
    A("generator_gi_frame", GEN + "it.gi_frame", "AttributeError"),
    A("generator_gi_code", GEN + "it.gi_code", "AttributeError"),
    A("generator_frame_back", GEN + "it.gi_frame.f_back.f_globals", "AttributeError"),
    A("generator_frame_via_getattr", GEN + "getattr(it, 'gi_' + 'frame')", "AttributeError"),
    A("sys_getframe", "import sys\nsys._getframe(0).f_globals", "AttributeError"),
    A("sys_exc_info", CAUGHT + "import sys\nsys.exc_info()", "AttributeError"),
    A("native_error_attributes", "try:\n    b'\\xff'.decode()\nexcept UnicodeDecodeError as e:\n"
      "    print(e.object)", ("ok", "AttributeError")),
    A("exception_args_hold_runtime_objects", "raise ValueError(print, len, lambda: 0)", "ValueError"),
    A("context_cycle", "e = ValueError('a')\ne.__context__ = e\nraise e", "ValueError"),
    A("cause_cycle", "a = ValueError('a')\nb = KeyError('b')\na.__cause__ = b\nb.__cause__ = a\nraise a",
      "ValueError"),
    A("context_and_cause_cycle",
      "a = ValueError('a')\nb = KeyError('b')\na.__context__ = b\nb.__cause__ = a\nb.__context__ = a\nraise b",
      "KeyError"),
    A("long_cause_chain", "e = None\nfor i in range(2000):\n    try:\n        raise ValueError(i) from e\n"
      "    except ValueError as x:\n        e = x\nraise e", "ValueError", isolate=True),
    A("deeply_nested_exception_argument", "x = []\nfor i in range(20000):\n    x = [x]\nraise ValueError(x)",
      ("ValueError", "RecursionError:*", "MemoryError:memory"), isolate=True),
    A("huge_exception_message", "raise ValueError('x' * 2 ** 24)", "ValueError", isolate=True),
    A("traceback_hides_prelude", "def k(v):\n    raise KeyError(v)\nsorted([1, 2], key=k)", "KeyError",
      check=no_prelude_frames),
    A("generator_finally_outlives_run",
      "def g():\n    try:\n        yield 1\n    finally:\n        while True:\n            pass\n"
      "it = g()\nnext(it)\n'left suspended'", "ok", isolate=True),
    A("generator_finally_after_timeout",
      "def g():\n    try:\n        yield 1\n    finally:\n        while True:\n            pass\n"
      "it = g()\nnext(it)\nwhile True:\n    pass", "TimeoutError:duration", isolate=True),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
