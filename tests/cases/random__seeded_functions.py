"""random: with a fixed seed every function gives CPython's values; state round-trips; errors."""

import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7))
print(random.choice("abcdef"), random.choice([1, 2, 3]))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample("abcdefg", 3))
print(random.choices(["a", "b", "c"], weights=[1, 2, 3], k=5), random.choices([1, 2, 3], k=4))
print(random.choices("xyz", cum_weights=[1, 5, 6], k=3))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(), random.normalvariate(2, 3))
print(random.expovariate(2.0), random.triangular(0, 10, 3), random.betavariate(2, 3))
print(random.getrandbits(100), random.randbytes(5))
print(random.sample([1, 2, 3, 4, 5], k=3, counts=[1, 2, 3, 4, 5]))
s = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(s)
b = [random.random() for _ in range(3)]
print(a == b)
r = random.Random(7)
print(r.random(), r.randint(0, 10))
r2 = random.Random("hello")
print(r2.random())
random.seed(3.5); print(random.random())
random.seed(b"bytes"); print(random.random())
BAD = {'random.choice([])': lambda: random.choice([]), 'random.randint(3, 1)': lambda: random.randint(3, 1), 'random.sample({1, 2}, 1)': lambda: random.sample({1, 2}, 1), 'random.sample([1], 5)': lambda: random.sample([1], 5), 'random.seed([1])': lambda: random.seed([1]), 'random.getrandbits(-1)': lambda: random.getrandbits(-1), 'random.randrange(0)': lambda: random.randrange(0), 'random.shuffle((1, 2))': lambda: random.shuffle((1, 2)), 'random.choices([1], [1, 2])': lambda: random.choices([1], [1, 2]), "random.Random().getrandbits('x')": lambda: random.Random().getrandbits('x'), 'random.expovariate()': lambda: random.expovariate()}
for bad in ["random.choice([])", "random.randint(3, 1)", "random.sample({1, 2}, 1)", "random.sample([1], 5)",
            "random.seed([1])", "random.getrandbits(-1)", "random.randrange(0)", "random.shuffle((1, 2))",
            "random.choices([1], [1, 2])", "random.Random().getrandbits('x')", "random.expovariate()"]:
    try:
        print(bad, eval(bad, {"random": random}) if False else BAD[bad]())
    except Exception as e:
        print(bad, type(e).__name__, e)
class Seq:
    def __init__(self, d): self.d = d
    def __len__(self): return len(self.d)
    def __getitem__(self, i): return self.d[i]
    def __setitem__(self, i, v): self.d[i] = v
random.seed(9)
s = Seq(list(range(10)))
print(random.choice(s), random.choices(s, k=3))
try:
    random.sample(s, 3)
except TypeError as e:
    print(e)
random.shuffle(s); print(s.d)
print(type(random.Random()).__name__, isinstance(random.SystemRandom(), random.Random))
print(0 <= random.SystemRandom().random() < 1)
try:
    random.SystemRandom().getstate()
except NotImplementedError as e:
    print("NIE", e)
