print({"a": 1, "b": 2} == {"b": 2, "a": 1})
print({1: "x"} == {1.0: "x"}, {1: [1]} == {1: [1]}, {} == {})
print({1: 1} != {1: 2}, {1: 1} == {2: 1}, {1: 1} == [(1, 1)])
print(dict(a=1) == {"a": 1.0})
for op in ["<", ">", "<=", ">="]:
    try:
        if op == "<":
            {1: 1} < {1: 1}
        elif op == ">":
            {1: 1} > {1: 1}
        elif op == "<=":
            {1: 1} <= {1: 1}
        else:
            {} >= {}
    except TypeError as e:
        print(type(e).__name__, e)
print({1: {2: [3]}} == {1: {2: [3]}})
n = float("nan")
print({1: n} == {1: n}, {1: float("nan")} == {1: float("nan")})
print(bool({}), bool({0: 0}), len({None: None}))
try:
    sorted([{1: 1}, {2: 2}])
except TypeError as e:
    print(type(e).__name__, e)
