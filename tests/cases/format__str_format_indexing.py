# Field names with indexing and attribute-free lookups: {0[1]}, {d[key]}, {0[0][1]}.
data = ["zero", "one", ["nested", "list"]]
d = {"key": "value", "n": 5, "inner": {"deep": "down"}, "1": "str-one", 1: "int-one"}
print("{0[1]} {0[2][0]} {0[2][1]}".format(data))
print("{d[key]} {d[n]} {d[inner][deep]}".format(d=d))
print("{0[key]:>8}|{0[n]:03d}".format(d))
print("{0[1]}".format(d), "{0[1]}".format({1: "int only"}), "{0[1]}".format(["l0", "l1"]))
print("{0[-1]}".format({"-1": "minus-one key"}), "{0[ a b ]}".format({" a b ": "spaces"}))
print("{0[0]}{0[1]}".format("ab"), "{0[0]}".format((9, 8)), "{x[0]}{x[1]}".format(x=(1, 2)))
print("{[0]} {[1]}".format("xy", "zw"), "{0[0]:^5}|".format(["c"]))
print("{t[0]}-{t[1]:.1f}".format(t=(1, 2.55)), "{0[a]}".format({"a": [1, 2]}))
cases = [("{0[5]}", (["x"],), {}), ("{0[k]}", ({},), {}), ("{0[-1]}", (["x"],), {}), ("{0[]}", ([1],), {}),
         ("{d[0]}", (), {"d": {}}), ("{0[0}", ([1],), {}), ("{0[0]x}", ([1],), {}), ("{1}", ("a",), {}),
         ("{a}", (), {}), ("{0[0]}", (5,), {})]
for fmt, a, k in cases:
    try:
        print(fmt, repr(fmt.format(*a, **k)))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(fmt, type(e).__name__, e)
