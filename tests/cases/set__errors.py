s = {1, 2}
for key in [3, (1, 2), "x"]:
    try:
        s.remove(key)
    except KeyError as e:
        print(type(e).__name__, e)
s.discard(3)
try:
    set().pop()
except KeyError as err:
    print(type(err).__name__, err)
for op in ["get", "set", "add", "remove", "ctor", "ctor2", "add0"]:
    try:
        if op == "get":
            s[0]
        elif op == "set":
            s[0] = 1
        elif op == "add":
            s.add([1])
        elif op == "remove":
            s.remove([1])
        elif op == "ctor":
            set(1)
        elif op == "ctor2":
            set([1], [2])
        else:
            s.add()
    except TypeError as err:
        print(op, type(err).__name__, err)
print(s.discard({1}), {1} in s, {2} in {frozenset({2})})
try:
    s.remove({1})
except KeyError as err:
    print(type(err).__name__, err)
print({1} in [set()], s)
set().pop()
