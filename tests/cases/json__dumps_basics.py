# json.dumps: every plain type, escaping, ensure_ascii, separators, indent, sort_keys, skipkeys, allow_nan
import json

print(json.dumps(None), json.dumps(True), json.dumps(0), json.dumps(-12.5), json.dumps(1e100), json.dumps(2 ** 70))
print(json.dumps("plain"), json.dumps('quote " backslash \\ slash / tab \t nl \n cr \r bell \x07 del \x7f'))
print(json.dumps("é ü 中文 😀 \u2028"), json.dumps("é ü 中文 😀", ensure_ascii=False), json.dumps("\ud800"))
print(json.dumps([1, "a", None, [], {}, [[]], (1, 2)]), json.dumps(()), json.dumps({}))
print(json.dumps({"b": 1, "a": [1, 2], "c": {"d": None}}), json.dumps({"b": 1, "a": 2}, sort_keys=True))
print(json.dumps({1: "int", 2.5: "float", True: "bool", None: "none", "s": "str"}))
print(json.dumps({False: 0, -0.0: 1, float("inf"): 2}))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1}, separators=(";", "=")))
print(json.dumps({"a": [1, {"b": []}], "c": "d"}, indent=4))
print(json.dumps([1, [2, 3]], indent="--"), json.dumps([1, 2], indent=0), json.dumps({"a": 1}, indent=""))
print(json.dumps({"z": [1], "a": {"y": 2, "b": 3}}, indent=2, sort_keys=True, separators=(", ", " = ")))
print(json.dumps([[]], indent=2), json.dumps({"k": {}}, indent=2), json.dumps([], indent=2))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True), json.dumps([float("nan"), float("inf"), -float("inf")]))
print(json.dumps(12345678901234567890123), json.dumps(0.1 + 0.2), json.dumps(1e-7), json.dumps(-0.0))
for bad in [float("nan"), [float("inf")], {"x": -float("inf")}]:
    for indent in (None, 2):
        try:
            json.dumps(bad, allow_nan=False, indent=indent)
        except ValueError as e:
            print("ValueError:", e)
for bad in [{(1, 2): 3}, {frozenset(): 1}, {1: 2, "a": 3}]:
    try:
        print(json.dumps(bad, sort_keys=isinstance(bad, dict) and len(bad) == 2))
    except TypeError as e:
        print("TypeError:", e)
for bad in [{1, 2}, b"bytes", object(), range(3)]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError:", e)
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = [d]
try:
    json.dumps(d, indent=1)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"again": shared}]))
