"""`base64`: CPython's base64 functions on guest bytes and ASCII strings. Errors CPython raises as
binascii.Error are the run's `binascii.Error` (the module is imported with base64, as in CPython, and is
`base64.binascii`). Results are charged by size before they are built; `encode`/`decode` (file objects)
are not provided."""

from __future__ import annotations

import base64 as _b64

from ... import limits
from .. import make_native_module
from ..objects import load_module
from .binascii import charged_call

_GROWTH = {"b64encode": 2, "b64decode": 1, "standard_b64encode": 2, "standard_b64decode": 1,
           "urlsafe_b64encode": 2, "urlsafe_b64decode": 1, "b32encode": 2, "b32decode": 1,
           "b32hexencode": 2, "b32hexdecode": 1, "b16encode": 2, "b16decode": 1, "b85encode": 2,
           "b85decode": 1, "a85encode": 3, "a85decode": 5, "encodebytes": 2, "decodebytes": 1}


# CPython's base32, base85 and ascii85 are Python loops (about half a second per megabyte on a slow
# machine): refused up front when they cannot finish in the time left
_SLOW = {"b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b85encode", "b85decode", "a85encode",
         "a85decode"}
_SLOW_SECONDS_PER_BYTE = 6e-7


def _wrap(name):
    fn = getattr(_b64, name)
    growth = _GROWTH[name]

    def call(*args, **kwargs):
        if name in _SLOW and args and type(args[0]) in (bytes, bytearray, str) and len(args[0]) > 1 << 16:
            limits.check_native_time(len(args[0]) * _SLOW_SECONDS_PER_BYTE, f"base64.{name}() of this size")
        if name == "b64encode" and (len(args) > 1 or kwargs.get("altchars") is not None):
            altchars = args[1] if len(args) > 1 else kwargs.get("altchars")
            if type(altchars) in (bytes, bytearray) and len(altchars) != 2:
                raise AssertionError(repr(altchars))
        return charged_call("binascii", fn, growth, args, kwargs)
    call.__name__ = name
    return call


FUNCTIONS = {name: _wrap(name) for name in sorted(_GROWTH)}


def make_module():
    values = {"MAXLINESIZE": 76, "MAXBINSIZE": 57, "bytes_types": (bytes, bytearray)}
    binascii = load_module("binascii")
    if binascii is not None:
        values["binascii"] = binascii
    return make_native_module("base64", FUNCTIONS, values)
