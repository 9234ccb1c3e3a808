a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 40}
print(sorted(a.keys() & b.keys()))
print(sorted(a.keys() | b.keys()))
print(sorted(a.keys() - b.keys()))
print(sorted(a.keys() ^ b.keys()))
print(type(a.keys() & b.keys()).__name__)
print(sorted(a.keys() & ["x", "q"]), sorted(a.keys() - {"x"}))
print(a.keys() <= {"x", "y", "z", "q"}, a.keys() < a.keys(), a.keys() >= {"x"})
print(a.keys().isdisjoint(["q"]), a.keys().isdisjoint({"x"}))
print(sorted(a.items() & {("x", 1), ("y", 3)}))
n = {1: "a", 2: "b", 3: "c"}
m = {2: "z", 3: "c"}
print(n.keys() & m.keys(), sorted(n.items() - m.items()), n.keys() ^ {3, 4})
try:
    a.values() & b.values()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.keys() & 5
except TypeError as e:
    print(type(e).__name__, e)
