def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"


for n in [-5, 0, 3, 9, 10, 99, 100, 12345]:
    print(n, classify(n))

# nested if without else, and if with only pass
x = 7
if x > 5:
    if x % 2:
        print("odd and > 5")
if x > 100:
    pass
else:
    print("not > 100")

# truthiness of various values in if
for v in [0, 1, "", "a", [], [0], {}, {"k": 1}, None, 0.0, -0.0, 2.5, (), (None,), set(), range(0), range(1), b"", b"x"]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
