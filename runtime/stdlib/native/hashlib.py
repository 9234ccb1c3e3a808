"""`hashlib`: CPython's hash functions, behind opaque hash objects.

A hash object (`<class '_hashlib.HASH'>`, `HASHXOF` for shake, `_blake2.blake2b/blake2s`) exposes only
`name`, `digest_size`, `block_size`, `update`, `digest`, `hexdigest` and `copy`. It wraps a private
CPython hash object and also keeps the bytes it was given: a hash's internal state cannot be read out,
so that is what a snapshot saves (and hashes again when it is restored). The kept bytes count against
the memory limit like any other guest data, and hashing is charged as work by size.

Constructors and `new()` accept the algorithms CPython guarantees (`algorithms_guaranteed`), with
CPython's own argument handling and error messages. `pbkdf2_hmac` is refused up front when its
iterations cannot finish in the time left.
"""

from __future__ import annotations

import hashlib as _h

from ... import limits
from ...values import fake_address, type_name
from .. import make_native_module
from ..objects import NativeObject, plain_args, register

GUARANTEED = frozenset(_h.algorithms_guaranteed)
_BLAKE_PARAMS = ("digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
                 "node_depth", "inner_size", "last_node")
_PARAM_TYPES = (int, bool, bytes)


class _Hash(NativeObject):
    __slots__ = ("h", "algorithm", "params", "kept")

    def __init__(self, h, algorithm, params, kept):
        self.h = h
        self.algorithm = algorithm  # the constructor's name (the key for restoring)
        self.params = params  # blake2 keyword parameters (plain ints, bools and bytes)
        self.kept = kept  # every byte hashed so far (bytearray)
        self._serial = None

    def __repr__(self):
        return f"<{self.h.name} {type(self).__module__}.{type(self).__name__} object @ {fake_address(self)}>"

    def __sizeof__(self):
        return 200 + len(self.kept)

    def save(self):
        return [self.algorithm, [[k, v] for k, v in sorted(self.params.items())], bytes(self.kept)]

    @classmethod
    def restore(cls, state):
        if type(state) not in (list, tuple) or len(state) != 3:
            raise ValueError("malformed hash state")
        algorithm, params, data = state
        if algorithm not in GUARANTEED or type(params) not in (list, tuple) or type(data) is not bytes:
            raise ValueError("malformed hash state")
        kwargs = {}
        for pair in params:
            if type(pair) not in (list, tuple) or len(pair) != 2 or pair[0] not in _BLAKE_PARAMS \
                    or type(pair[1]) not in _PARAM_TYPES or not algorithm.startswith("blake2"):
                raise ValueError("malformed hash parameters")
            kwargs[pair[0]] = pair[1]
        obj = _make(algorithm, kwargs)
        if type(obj) is not cls:
            raise ValueError("hash state of the wrong kind")
        obj.h.update(data)
        obj.kept.extend(data)
        return obj


@register("hashlib", "HASH", "HASH", "_hashlib")
class HASH(_Hash):
    __slots__ = ()


@register("hashlib", "HASHXOF", "HASHXOF", "_hashlib")
class HASHXOF(_Hash):
    __slots__ = ()


@register("hashlib", "blake2b", "blake2b", "_blake2")
class Blake2b(_Hash):
    __slots__ = ()

    def __repr__(self):
        return f"<_blake2.blake2b object at {fake_address(self)}>"


@register("hashlib", "blake2s", "blake2s", "_blake2")
class Blake2s(_Hash):
    __slots__ = ()

    def __repr__(self):
        return f"<_blake2.blake2s object at {fake_address(self)}>"


def _kind(algorithm):
    if algorithm == "blake2b":
        return Blake2b
    if algorithm == "blake2s":
        return Blake2s
    if algorithm.startswith("shake"):
        return HASHXOF
    return HASH


def _make(algorithm, kwargs, data=None):
    ctor = getattr(_h, algorithm)
    h = ctor(**kwargs)
    obj = _kind(algorithm)(h, algorithm, {k: v for k, v in kwargs.items() if k in _BLAKE_PARAMS}, bytearray())
    if data is not None:
        _update(obj, data)
    return obj


def _update(obj, data):
    if type(data) is str:
        raise TypeError("Strings must be encoded before hashing")
    if type(data) not in (bytes, bytearray):
        raise TypeError("object supporting the buffer API required")
    if len(data) > 4096:
        limits.charge_bytes(len(data))  # the bytes are kept (see the docstring) and hashed
    obj.h.update(data)
    obj.kept.extend(data)


# ---------------------------------------------------------------- methods


def _m_update(self, *args, **kwargs):
    if kwargs or len(args) != 1:
        self.h.update(*plain_args(args, None)[0], **kwargs)  # CPython's message for the wrong arguments
    _update(self, args[0])


def _xof_args(args, kwargs):
    """shake's digest(length): the length is charged before CPython allocates the result."""
    args, kwargs = plain_args(args, kwargs)
    length = args[0] if args else kwargs.get("length")
    if type(length) is int and length > 1 << 16:
        limits.charge_bytes(length * 3)
    return args, kwargs


def _m_digest(self, *args, **kwargs):
    if type(self) is HASHXOF:
        args, kwargs = _xof_args(args, kwargs)
    return self.h.digest(*args, **kwargs)


def _m_hexdigest(self, *args, **kwargs):
    if type(self) is HASHXOF:
        args, kwargs = _xof_args(args, kwargs)
    return self.h.hexdigest(*args, **kwargs)


def _m_copy(self, *args, **kwargs):
    if args or kwargs:
        self.h.copy(*plain_args(args, None)[0], **kwargs)
    limits.charge_bytes(len(self.kept) + 200)
    return type(self)(self.h.copy(), self.algorithm, dict(self.params), bytearray(self.kept))


_Hash.ATTRS = {"name": lambda o: o.h.name, "digest_size": lambda o: o.h.digest_size,
               "block_size": lambda o: o.h.block_size}
_Hash.METHODS = {"update": _m_update, "digest": _m_digest, "hexdigest": _m_hexdigest, "copy": _m_copy}


# ---------------------------------------------------------------- constructors


def _constructor(algorithm):
    ctor = getattr(_h, algorithm)

    def construct(*args, **kwargs):
        args, kwargs = plain_args(args, kwargs)
        data = None
        if args:
            data = args[0]
        elif "string" in kwargs:
            data = kwargs["string"]
        if algorithm.startswith("blake2") and "data" in kwargs:
            data = kwargs["data"]
        # CPython's own checks of the arguments (count, names, types, ranges), on an empty hash
        probe = dict(kwargs)
        probe.pop("string", None)
        if algorithm.startswith("blake2"):
            probe.pop("data", None)
        if len(args) > 1 or (args and ("string" in kwargs or "data" in kwargs)):
            ctor(*args, **kwargs)  # raises CPython's message (no hashing happens: the call fails first)
        h = ctor(**probe)
        obj = _kind(algorithm)(h, algorithm, {k: v for k, v in probe.items() if k in _BLAKE_PARAMS}, bytearray())
        if data is not None:
            _update(obj, data)
        return obj
    construct.__name__ = algorithm
    return construct


def h_new(*args, **kwargs):
    args, kwargs = plain_args(args, kwargs)
    name = args[0] if args else kwargs.get("name")
    if name is None:
        raise TypeError("new() missing required argument 'name' (pos 1)")
    if type(name) is not str:
        raise TypeError(f"new() argument 'name' must be str, not {type_name(name)}")
    algorithm = name.lower()
    if algorithm not in GUARANTEED:
        raise ValueError(f"unsupported hash type {name}")
    rest = args[1:]
    kw = {k: v for k, v in kwargs.items() if k != "name"}
    if "data" in kw and not algorithm.startswith("blake2"):
        kw["string"] = kw.pop("data")
    return FUNCTIONS[algorithm](*rest, **kw)


def h_pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    (hash_name, password, salt, iterations, dklen), _ = plain_args((hash_name, password, salt, iterations, dklen),
                                                                   None)
    if type(iterations) is int and iterations > 1000:
        blocks = 1 if dklen is None or type(dklen) is not int else max(1, dklen // 32 + 1)
        limits.check_native_time(iterations * blocks * 2e-6, f"pbkdf2_hmac with {iterations} iterations")
        limits.charge_work(iterations * blocks * 128)
    if type(dklen) is int and dklen > 1 << 16:
        limits.charge_bytes(dklen)
    return _h.pbkdf2_hmac(hash_name, password, salt, iterations, dklen)


FUNCTIONS = {name: _constructor(name) for name in sorted(GUARANTEED)}
FUNCTIONS.update({"new": h_new, "pbkdf2_hmac": h_pbkdf2_hmac})


def make_module():
    return make_native_module("hashlib", FUNCTIONS, {
        "algorithms_guaranteed": frozenset(GUARANTEED), "algorithms_available": frozenset(GUARANTEED)})
