def f(a, b=0, **rest):
    return a, b, rest


print(f(1, **{"b": 2, "c": 3}))
print(f(**{"a": 1}, **{"c": 3}))
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, **{"c": 1}, c=2)
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: "non-string key"})
except TypeError as e:
    print("TypeError:", e)
