# The script's result crosses to the host as plain data: a Counter (like any dict subclass) arrives as a
# dict, a namedtuple as a tuple, a deque as a list; inside the sandbox they are the real types.
from collections import Counter, deque, namedtuple

Point = namedtuple("Point", "x y")
tally = Counter("abracadabra")
p = Point(3, [4])
print(tally, p, type(tally).__name__, type(p).__name__)
[tally.most_common(2), tally, p, deque([p.x, 1], maxlen=2)]
# monty-expect-stdout: Counter({'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}) Point(x=3, y=[4]) Counter Point
# monty-expect-result: [[('a', 5), ('b', 2)], {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1}, (3, [4]), [3, 1]]
# monty-why: values returned to the host are converted to plain data (monty_peg/convert.py): Counter,
# monty-why: defaultdict and OrderedDict become dict, a namedtuple a tuple, a deque a list; CPython's result
# monty-why: would be [..., Counter({...}), Point(x=3, y=[4]), deque([3, 1], maxlen=2)]
