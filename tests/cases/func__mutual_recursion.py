def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print([(n, is_even(n), is_odd(n)) for n in range(6)])


# a tiny recursive-descent evaluator for + and * over single digits
def parse_sum(s, i):
    value, i = parse_product(s, i)
    while i < len(s) and s[i] == "+":
        rhs, i = parse_product(s, i + 1)
        value += rhs
    return value, i


def parse_product(s, i):
    value, i = parse_atom(s, i)
    while i < len(s) and s[i] == "*":
        rhs, i = parse_atom(s, i + 1)
        value *= rhs
    return value, i


def parse_atom(s, i):
    if s[i] == "(":
        value, i = parse_sum(s, i + 1)
        return value, i + 1
    return int(s[i]), i + 1


for expr in ["1+2*3", "(1+2)*3", "2*(3+4)*5", "((9))", "1+1+1*0"]:
    print(expr, "=", parse_sum(expr, 0)[0])
