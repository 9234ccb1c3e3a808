def power(base, exp=2, mod=None):
    r = base ** exp
    if mod is not None:
        r %= mod
    return r


print(power(3))
print(power(3, 3))
print(power(3, exp=4))
print(power(3, 4, 5))
print(power(base=2, mod=7, exp=10))
print(power(exp=1, base=9))

# defaults can be any expression, evaluated when def runs
limit = 10


def under(n, cap=limit * 2):
    return n < cap


limit = 1000
print(under(15), under(25))

# None-default idiom
def tag(text, attrs=None):
    attrs = attrs or {}
    inner = "".join(f' {k}="{v}"' for k, v in sorted(attrs.items()))
    return f"<p{inner}>{text}</p>"


print(tag("hi"))
print(tag("hi", {"id": "x", "class": "c"}))
