# Found by the fuzzer (compiled tier): a program whose last value is an int too long to show. The host gets
# the int; showing it fails as CPython's repr does (ValueError: more than 4300 digits), which the runners
# record as the oracle does. Also: an augmented attribute update from round() of a float.
class C10:

    def __init__(self):
        self.a = 0


o14 = C10()
o14.a += round(1e+300)
v22 = o14.a
v22 ** 24
