class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class F:
    def __float__(self): return 2.5
    def __int__(self): return 7
class P: pass
print([10, 20, 30][N(1)], "abc"[N(2)], (1, 2)[N(0)], list(range(N(3))), int(N(4)), float(N(5)), int(F()), float(F()))
for bad in [lambda: [1][P()], lambda: "a"[P()], lambda: (1,)[P()], lambda: int(P()), lambda: float(P()), lambda: range(P())]:
    try:
        bad()
    except TypeError as e:
        print(e)
from enum import IntEnum
class Num(IntEnum):
    ONE = 1
print(int(Num.ONE), [5, 6][Num.ONE])
