# method names the compiled tier calls directly on their usual type (list.append, dict.get, str.startswith,
# set.add, ", ".join ...) called on receivers of other types, and on their own type, in a hot loop
from collections import Counter, OrderedDict, defaultdict, deque


class Box:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x * 10)

    def get(self, key, default=None):
        return f"box:{key}:{default}"

    def startswith(self, prefix):
        return prefix == "box"

    def join(self, parts):
        return "+".join(parts)

    def add(self, x):
        self.items.append(-x)


def run(receivers, rounds):
    out = []
    for _ in range(rounds):
        for r in receivers:
            if hasattr(r, "append"):
                r.append(len(out))
            if hasattr(r, "get"):
                out.append(r.get("a", 0))
            if hasattr(r, "startswith"):
                out.append(r.startswith("bo"))
            if hasattr(r, "add"):
                r.add(len(out) % 3)
            if hasattr(r, "join"):
                out.append(r.join(["x", "y"]))
    return out


receivers = [[], {"a": 1}, "box", set(), Box(), Counter("aab"), OrderedDict(a=5), defaultdict(int), deque(), "bo-str"]
result = run(receivers, 300)
print(len(result), result[:12], result[-6:])
print(receivers[0][:5], sorted(receivers[3]), receivers[4].items[:6], list(receivers[8])[:5])
print(", ".join(["a", "b"]), "-".join(str(i) for i in range(3)), b"-".join([b"x", b"y"]))
