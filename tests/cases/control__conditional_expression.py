def sign(n):
    return "pos" if n > 0 else "neg" if n < 0 else "zero"


print([sign(n) for n in (-2, 0, 5)])

# only the chosen branch is evaluated
def loud(name, value):
    print("evaluating", name)
    return value


a = loud("yes", 1) if True else loud("no", 2)
print(a)
b = loud("yes", 1) if 0 else loud("no", 2)
print(b)

# the condition can be any object
for cond in [[], [1], "", "x", None, 0.0]:
    print(repr(cond), "->", "T" if cond else "F")

# inside other expressions
x = 4
print(10 + (1 if x > 3 else -1) * 2)
print(f"{x} is {'even' if x % 2 == 0 else 'odd'}")
vals = [n if n % 2 else -n for n in range(6)]
print(vals)
# conditional expression in a lambda
clamp = lambda v, lo, hi: lo if v < lo else hi if v > hi else v
print([clamp(v, 0, 10) for v in (-5, 5, 50)])
