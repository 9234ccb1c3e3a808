def power_of(exp):
    def raise_(base):
        return base ** exp
    return raise_


square, cube = power_of(2), power_of(3)
print([square(n) for n in range(5)], [cube(n) for n in range(5)])


def make_formatter(prefix, width):
    def fmt(value):
        return f"{prefix}{value:>{width}}"
    return fmt


money = make_formatter("$", 8)
pct = make_formatter("%", 4)
print(money(12.5), pct(7))


def make_validator(**rules):
    def check(value):
        errors = []
        if "min" in rules and value < rules["min"]:
            errors.append("too small")
        if "max" in rules and value > rules["max"]:
            errors.append("too large")
        if rules.get("even") and value % 2:
            errors.append("not even")
        return errors or ["ok"]
    return check


check = make_validator(min=0, max=10, even=True)
for v in (-3, 4, 7, 12):
    print(v, check(v))

# closures over closures
add = lambda a: lambda b: a + b
add5 = add(5)
print(add5(1), add(10)(-10), list(map(add(100), [1, 2, 3])))
