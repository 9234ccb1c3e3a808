# str.format error messages: numbering switches, bad conversions, unbalanced braces.
cases = [
    ("{0} {}", (1, 2), {}),
    ("{} {0}", (1, 2), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0", (1,), {}),
    ("{!}", (1,), {}),
    ("{!x}", (1,), {}),
    ("{!rr}", (1,), {}),
    ("{:", (1,), {}),
    ("{0:{1:{2}}}", (1, 2, 3), {}),
    ("{}", (), {}),
    ("{2}", (1, 2), {}),
    ("{k}", (), {"j": 1}),
    ("{0:d}", ("s",), {}),
    ("{0:q}", (1.0,), {}),
    ("{0:,s}", ("s",), {}),
    ("{:>>>5}", (1,), {}),
    ("{0.real}", (1,), {}),
    ("{a b}", (), {"a b": 1}),
    ("{-1}", ("x",), {}),
]
for fmt, a, k in cases:
    try:
        print(repr(fmt), repr(fmt.format(*a, **k)))
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
