# int and float operands mixed in +, -, * and += (the compiled tier computes these inline), with bools,
# huge ints that cannot become floats, infinities and nan, and dict displays built in a loop
vals = [0, 1, -3, 2.5, -0.0, True, 10 ** 400, float("inf"), float("nan"), 1e308]
for a in vals:
    row = []
    for b in vals:
        for name, op in (("+", lambda x, y: x + y), ("-", lambda x, y: x - y), ("*", lambda x, y: x * y)):
            try:
                r = op(a, b)
                row.append(r if type(r) is not int or r.bit_length() < 64 else "big")
            except OverflowError as e:
                row.append("OverflowError: " + str(e))
    print(row)
total = 0
acc = 0.5
for i in range(50):
    total += i * 1.5
    acc -= i
    acc += 0.25 * i
    d = {"i": i, "half": i / 2, "sq": i * i, "i": -i}
    total += d["i"] + d["sq"] * 0.5
print(total, acc, d)
try:
    x = 10 ** 400
    x += 1.5
except OverflowError as e:
    print("OverflowError:", e)
try:
    print({[1]: 2})
except TypeError as e:
    print("TypeError:", e)
