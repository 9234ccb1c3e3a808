class ValidationError(ValueError):
    def __init__(self, field, problem, code=400):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.code = code


try:
    raise ValidationError("age", "must be positive")
except ValueError as e:
    print(type(e).__name__, "|", e, "|", repr(e))
    print(e.args, e.field, e.problem, e.code)

e = ValidationError("name", "empty", code=422)
print(str(e), e.code, isinstance(e, ValueError), isinstance(e, Exception))


class WithStr(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.a, self.b = a, b

    def __str__(self):
        return f"{self.a} and {self.b}"


w = WithStr(1, 2)
print(str(w), repr(w), w.args, f"{w}", [w])


class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"


r = WithRepr("msg")
print(str(r), repr(r), [r])


class KeyLike(KeyError):
    pass


print(str(KeyLike("k")), repr(KeyLike("k")), str(KeyLike("a", "b")))


class NoSuper(Exception):
    def __init__(self, value):
        self.value = value


n = NoSuper(5)
print(n.args, str(n), repr(n), n.value)


class Extra(Exception):
    default_code = 1

    def describe(self):
        return f"{type(self).__name__}[{self.default_code}]: {self}"


class Extra2(Extra):
    default_code = 2


print(Extra("x").describe(), Extra2("y").describe())
try:
    ValidationError("only one")
except TypeError as te:
    print(type(te).__name__, te)
