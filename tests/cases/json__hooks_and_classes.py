# default=, JSONEncoder subclasses, object_hook, object_pairs_hook, parse_float/int/constant, cls=,
# raw_decode, dump/load over file-like objects
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def encode_point(o):
    if isinstance(o, Point):
        return {"__point__": [o.x, o.y]}
    raise TypeError(f"cannot encode {type(o).__name__}")


print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], default=encode_point))
print(json.dumps({"pts": [Point(0, 0)]}, default=encode_point, indent=2, sort_keys=True))
try:
    json.dumps([1, {2, 3}], default=encode_point)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Point):
            return Point(o.x + 1, 0) if o.x < 2 else [o.x, o.y]
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "p": Point(0, 9)}, cls=SetEncoder))
print(SetEncoder(indent=1).encode([frozenset({1})]), SetEncoder().encode("é"), SetEncoder(ensure_ascii=False).encode("é"))
print("".join(json.JSONEncoder().iterencode([1, {"a": 2}])), "".join(json.JSONEncoder(indent=1).iterencode({})))
try:
    json.dumps(object(), cls=SetEncoder)
except TypeError as e:
    print("TypeError:", e)
calls = []


def recorder(o):
    calls.append(type(o).__name__)
    return repr(type(o).__name__)


print(json.dumps([Point(1, 1), [Point(2, 2)], {"k": Point(3, 3)}], default=recorder), calls)


def again(o):
    return o


try:
    json.dumps([Point(1, 1)], default=again)
except ValueError as e:
    print("ValueError:", e)

print(json.loads('{"a": {"b": 1}, "c": [{"d": 2}]}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=list, object_hook=dict))
order = []


def pf(s):
    order.append("float " + s)
    return float(s) * 10


def pi(s):
    order.append("int " + s)
    return int(s) + 1


def pc(s):
    order.append("const " + s)
    return s


def hook(d):
    order.append("object " + ",".join(sorted(d)))
    return d


print(json.loads('[1, {"a": 2.5, "b": [NaN, 3]}, -Infinity, 4e1]', parse_float=pf, parse_int=pi, parse_constant=pc,
                 object_hook=hook))
print(order)
print(json.loads("[1.5, 2]", parse_float=str, parse_int=float), json.loads("1.10", parse_float=str))
decoder = json.JSONDecoder()
print(decoder.decode(' [1] '), decoder.raw_decode('{"a": 1} trailing'), decoder.raw_decode('x[2]', 1))
try:
    decoder.raw_decode(' [1]')
except json.JSONDecodeError as e:
    print(e)


class Upper(json.JSONDecoder):
    def decode(self, s):
        return super().decode(s.upper())


print(json.loads('["abc"]', cls=Upper), json.loads('{"a": 1}', cls=json.JSONDecoder, object_hook=lambda d: len(d)))


class Buffer:
    def __init__(self, text=""):
        self.parts = [text] if text else []

    def write(self, s):
        self.parts.append(s)

    def read(self):
        return "".join(self.parts)


buf = Buffer()
json.dump({"saved": [1, 2, Point(5, 6)]}, buf, default=encode_point, sort_keys=True)
print(buf.read(), json.load(Buffer('{"loaded": true}')), json.load(buf, object_hook=lambda d: sorted(d)))
try:
    json.dump([float("nan")], Buffer(), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
