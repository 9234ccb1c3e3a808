"""`binascii`: CPython's binascii functions on guest bytes, with the run's own `binascii.Error` and
`binascii.Incomplete` classes (guest classes deriving from ValueError / Exception). Results are charged
by size before they are built."""

from __future__ import annotations

import binascii as _b

from ... import limits
from ...values import EXC
from .. import make_native_module
from ..objects import error_class, plain_args, raise_module_error

# output bytes per input byte (at most) for each function
_GROWTH = {"a2b_base64": 1, "b2a_base64": 2, "a2b_hex": 1, "b2a_hex": 3, "hexlify": 3, "unhexlify": 1,
           "a2b_qp": 1, "b2a_qp": 4, "a2b_uu": 1, "b2a_uu": 2, "crc32": 0, "crc_hqx": 0}


def _size(args, kwargs):
    data = args[0] if args else next(iter(kwargs.values()), None)
    return len(data) if type(data) in (bytes, bytearray, str) else 0


def charged_call(module, fn, growth, args, kwargs):
    """fn(*args, **kwargs) with guest instances stood in for, the result charged before it is built, and
    binascii.Error raised as the run's class."""
    args, kwargs = plain_args(args, kwargs)
    n = _size(args, kwargs)
    if n > 4096:
        limits.charge_bytes(n * max(growth, 1) + n)
    try:
        return fn(*args, **kwargs)
    except _b.Error as e:
        raise_module_error(module, "Error", str(e))
    except _b.Incomplete as e:
        raise_module_error(module, "Incomplete", str(e), Exception)


def _wrap(name):
    fn = getattr(_b, name)
    growth = _GROWTH[name]

    def call(*args, **kwargs):
        if name in ("b2a_hex", "hexlify") and (len(args) > 1 or "sep" in kwargs):
            n = _size(args, kwargs)
            if n > 1024:
                limits.charge_bytes(n * 4)  # a separator string per byte at most: charged at its length
                sep = args[1] if len(args) > 1 else kwargs.get("sep")
                if type(sep) in (str, bytes) and len(sep) > 1:
                    limits.charge_bytes(n * len(sep))
        return charged_call("binascii", fn, growth, args, kwargs)
    call.__name__ = name
    return call


FUNCTIONS = {name: _wrap(name) for name in sorted(_GROWTH)}


def make_module():
    return make_native_module("binascii", FUNCTIONS, {
        "Error": error_class("binascii", "Error", EXC.ValueError),
        "Incomplete": error_class("binascii", "Incomplete", EXC.Exception),
    })
