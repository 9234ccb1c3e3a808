import json
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass, field

c = Counter("banana")
print(json.dumps(c), json.dumps(c, sort_keys=True), json.dumps({"c": Counter(x=1)}))
print(json.dumps(OrderedDict([("b", 1), ("a", 2)])), json.dumps(defaultdict(int, z=0)))
Point = namedtuple("Point", "x y")
print(json.dumps(Point(1, 2)), json.dumps([Point(3, 4)]), json.dumps({"p": Point("a", None)}))
try:
    json.dumps(deque([1, 2]))
except TypeError as e:
    print("TypeError", e)
print(json.dumps(list(deque([1, 2]))), json.loads(json.dumps(c)) == c, Counter(json.loads(json.dumps(c))) == c)
print(sorted(c.items()), sorted(c.items(), key=lambda kv: (-kv[1], kv[0])), sorted(c), sorted(c, key=c.get))
print(max(c, key=c.get), min(c.values()), sum(c.values()), list(zip(*sorted(c.items()))))


@dataclass
class Buffer:
    name: str
    items: deque = field(default_factory=lambda: deque(maxlen=3))
    tally: Counter = field(default_factory=Counter)

    def push(self, x):
        self.items.append(x)
        self.tally[x] += 1


b = Buffer("buf")
for x in "abcab":
    b.push(x)
print(b)
print(b == Buffer("buf", deque("cab", 3), Counter(a=2, b=2, c=1)), b.items.maxlen, Buffer("other").items)
b2 = Buffer("b2")
print(b2.items is not b.items, b2.tally)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


Pair = namedtuple("Pair", ["first", "second"])
spans = Counter([Span(1, 2), Span(1, 2), Span(3, 4)])
print(spans.most_common(1), spans[Span(3, 4)], Counter([Pair(1, 2), (1, 2)]))
index = defaultdict(list)
for i, word in enumerate("to be or not to be".split()):
    index[word].append(i)
print(dict(index), {k: len(v) for k, v in sorted(index.items())})
print([f"{k}={v}" for k, v in Counter("hello").items()], "{0[l]} {0[z]}".format(Counter("hello")))
print(f"{Point(1, 2)}", "%s and %r" % (deque([1]), OrderedDict(a=1)), str(defaultdict(int)))
config = ChainMap({"debug": True}, {"debug": False, "level": 1})
print(f"{config['debug']}/{config['level']}", f"{config['level']}", {**dict(config.items())})
window = deque(maxlen=3)
avgs = []
for v in [1, 2, 3, 4, 5, 6]:
    window.append(v)
    avgs.append(sum(window) / len(window))
print(avgs)
print(list(map(len, [deque("ab"), Counter("aab"), OrderedDict(a=1), Point(1, 2)])), any(deque([0, 1])), all(Counter(a=1)))
print(set(Counter("abca")) == {"a", "b", "c"}, tuple(deque([1, 2])), list(OrderedDict.fromkeys("mississippi")))
print([(p.x, p.y) for p in map(Point._make, [(1, 2), (3, 4)])], [Point(*t) for t in zip("ab", "cd")])
