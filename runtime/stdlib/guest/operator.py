# operator for the sandbox, written in the subset monty_peg runs (see runtime/stdlib/__init__.py).
# The function forms of the operators, and itemgetter / attrgetter / methodcaller with CPython 3.11's
# reprs and argument errors. Each function applies the operator itself, so errors read as the
# operator's own (`unsupported operand type(s) for +: 'int' and 'str'`).


_builtin_abs = abs  # the module's own `abs` shadows the builtin below


def lt(a, b, /):
    return a < b


def le(a, b, /):
    return a <= b


def eq(a, b, /):
    return a == b


def ne(a, b, /):
    return a != b


def ge(a, b, /):
    return a >= b


def gt(a, b, /):
    return a > b


def not_(a, /):
    return not a


def truth(a, /):
    return True if a else False


def is_(a, b, /):
    return a is b


def is_not(a, b, /):
    return a is not b


def abs(a, /):
    return _builtin_abs(a)


def add(a, b, /):
    return a + b


def and_(a, b, /):
    return a & b


def floordiv(a, b, /):
    return a // b


def index(a, /):
    if isinstance(a, int):
        return a if type(a) is int else int(a)
    try:
        method = a.__index__
    except AttributeError:
        raise TypeError("'" + type(a).__name__ + "' object cannot be interpreted as an integer") from None
    result = method()
    if not isinstance(result, int):
        raise TypeError("__index__ returned non-int (type " + type(result).__name__ + ")")
    return result


def inv(a, /):
    return ~a


invert = inv


def lshift(a, b, /):
    return a << b


def mod(a, b, /):
    return a % b


def mul(a, b, /):
    return a * b


def matmul(a, b, /):
    return a @ b


def neg(a, /):
    return -a


def or_(a, b, /):
    return a | b


def pos(a, /):
    return +a


def pow(a, b, /):
    return a ** b


def rshift(a, b, /):
    return a >> b


def sub(a, b, /):
    return a - b


def truediv(a, b, /):
    return a / b


def xor(a, b, /):
    return a ^ b


def _is_sequence(a):
    if isinstance(a, (str, bytes, bytearray, list, tuple, range)):
        return True
    if isinstance(a, (int, float, dict, set, frozenset)) or a is None:
        return False
    return hasattr(a, "__getitem__")


def concat(a, b, /):
    if not _is_sequence(a):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    return a + b


def contains(a, b, /):
    return b in a


def _check_iterable(a):
    try:
        iter(a)
    except TypeError:
        raise TypeError("argument of type '" + type(a).__name__ + "' is not iterable") from None


def countOf(a, b, /):
    _check_iterable(a)
    n = 0
    for x in a:
        if x is b or x == b:
            n += 1
    return n


def indexOf(a, b, /):
    _check_iterable(a)
    i = 0
    for x in a:
        if x is b or x == b:
            return i
        i += 1
    raise ValueError("sequence.index(x): x not in sequence")


def getitem(a, b, /):
    return a[b]


def setitem(a, b, c, /):
    a[b] = c


def delitem(a, b, /):
    del a[b]


def length_hint(obj, default=0, /):
    if not isinstance(default, int):
        raise TypeError("'" + type(default).__name__ + "' object cannot be interpreted as an integer")
    try:
        return len(obj)
    except TypeError:
        pass
    try:
        hint = obj.__length_hint__
    except AttributeError:
        return default
    value = hint()
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError("__length_hint__ must be an integer, not " + type(value).__name__)
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    return obj(*args, **kwargs)


def iadd(a, b, /):
    a += b
    return a


def iand(a, b, /):
    a &= b
    return a


def iconcat(a, b, /):
    if not _is_sequence(a):
        raise TypeError("'" + type(a).__name__ + "' object can't be concatenated")
    a += b
    return a


def ifloordiv(a, b, /):
    a //= b
    return a


def ilshift(a, b, /):
    a <<= b
    return a


def imod(a, b, /):
    a %= b
    return a


def imul(a, b, /):
    a *= b
    return a


def imatmul(a, b, /):
    a @= b
    return a


def ior(a, b, /):
    a |= b
    return a


def ipow(a, b, /):
    a **= b
    return a


def irshift(a, b, /):
    a >>= b
    return a


def isub(a, b, /):
    a -= b
    return a


def itruediv(a, b, /):
    a /= b
    return a


def ixor(a, b, /):
    a ^= b
    return a


class itemgetter:
    def __init__(self, *items, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("itemgetter() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("itemgetter expected 1 argument, got " + str(len(args)))
        obj = args[0]
        items = self._items
        if len(items) == 1:
            return obj[items[0]]
        return tuple([obj[i] for i in items])

    def __repr__(self):
        return "operator.itemgetter(" + ", ".join(repr(i) for i in self._items) + ")"


def _resolve_attr(obj, dotted):
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


class attrgetter:
    def __init__(self, *attrs, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        for a in attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._attrs = attrs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("attrgetter() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("attrgetter expected 1 argument, got " + str(len(args)))
        obj = args[0]
        attrs = self._attrs
        if len(attrs) == 1:
            return _resolve_attr(obj, attrs[0])
        return tuple([_resolve_attr(obj, a) for a in attrs])

    def __repr__(self):
        return "operator.attrgetter(" + ", ".join(repr(a) for a in self._attrs) + ")"


class methodcaller:
    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        if not isinstance(args[0], str):
            raise TypeError("method name must be a string")
        self._name = args[0]
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs:
            raise TypeError("methodcaller() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("methodcaller expected 1 argument, got " + str(len(args)))
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        for a in self._args:
            parts.append(repr(a))
        for k, v in self._kwargs.items():
            parts.append(k + "=" + repr(v))
        return "operator.methodcaller(" + ", ".join(parts) + ")"


__lt__ = lt
__le__ = le
__eq__ = eq
__ne__ = ne
__ge__ = ge
__gt__ = gt
__not__ = not_
__abs__ = abs
__add__ = add
__and__ = and_
__call__ = call
__floordiv__ = floordiv
__index__ = index
__inv__ = inv
__invert__ = inv
__lshift__ = lshift
__mod__ = mod
__mul__ = mul
__matmul__ = matmul
__neg__ = neg
__or__ = or_
__pos__ = pos
__pow__ = pow
__rshift__ = rshift
__sub__ = sub
__truediv__ = truediv
__xor__ = xor
__concat__ = concat
__contains__ = contains
__delitem__ = delitem
__getitem__ = getitem
__setitem__ = setitem
__iadd__ = iadd
__iand__ = iand
__iconcat__ = iconcat
__ifloordiv__ = ifloordiv
__ilshift__ = ilshift
__imod__ = imod
__imul__ = imul
__imatmul__ = imatmul
__ior__ = ior
__ipow__ = ipow
__irshift__ = irshift
__isub__ = isub
__itruediv__ = itruediv
__ixor__ = ixor
