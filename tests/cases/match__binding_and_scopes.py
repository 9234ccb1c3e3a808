# captures bind in the enclosing scope; a failed guard leaves them bound; nested functions see them
def f(items):
    results = []
    for item in items:
        match item:
            case {"op": "push", "value": v}:
                results.append(v)
            case {"op": "pop"} if results:
                results.pop()
            case {"op": op} if op.startswith("x"):
                results.append("x-op " + op)
            case {"op": op}:
                results.append("unknown " + op)
            case [*values] if len(values) > 2:
                results.extend(values)
            case [*values]:
                results.append(("short", values))
    return results, op


print(f([{"op": "push", "value": 1}, {"op": "pop"}, {"op": "pop"}, {"op": "xyz"}, {"op": "q"},
         [1, 2, 3], (4,)]))


def closure(point):
    match point:
        case (x, y):
            return lambda: x * 10 + y


print(closure((3, 4))())

match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]] as whole:
        print(a, b, c, d, whole)

match {"a": {"b": [1, {"c": "deep"}]}}:
    case {"a": {"b": [_, {"c": str() as found}]}}:
        print("found", found)


class Config:
    match {"debug": True}:
        case {"debug": flag}:
            level = "verbose" if flag else "quiet"


print(Config.level, Config.flag)

value = 3
match value:
    case 1 | 2 | 3 as small if small > 2:
        print("small and > 2:", small)

match "subject":
    case str(s) if False:
        pass
    case other:
        print("fell through to", other, "and s is", s)

match 0.0:
    case 0:
        print("0.0 matches the literal 0")

match 1:
    case True:
        print("wrong: 1 is not True")
    case 1.0:
        print("1 matches 1.0")

match (1, 2):
    case [1, 2]:
        print("tuple matches a list pattern")

for text in ["abc", b"abc", bytearray(b"a")]:
    match text:
        case [*chars]:
            print("a string is not a sequence pattern", chars)
        case _:
            print(type(text).__name__, "is not a sequence for match")
