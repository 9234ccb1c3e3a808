# nesting: deep documents decode and encode up to the recursion limit; deeper ones raise RecursionError
import json

deep = "[" * 200 + "]" * 200
value = json.loads(deep)
print(len(json.dumps(value)), json.dumps(value)[:5])
obj = json.loads('{"a":' * 150 + "1" + "}" * 150)
depth = 0
while isinstance(obj, dict):
    obj = obj["a"]
    depth += 1
print(depth, obj)
for doc in ["[" * 100000, '{"a":' * 100000, "[" * 50000 + "]" * 50000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print("RecursionError:", e)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    json.dumps(nested)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    json.dumps(d)
except RecursionError as e:
    print("RecursionError:", e)
print(json.dumps([[[[[]]]]], indent=1))
