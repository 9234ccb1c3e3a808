# str.format with numeric and string specs, equivalence with format() and f-strings.
v = 1234.5678
print("{:f}|{:.2f}|{:10.1f}|{:<10.3f}|{:^12,.2f}|{:+e}|{:.3g}|{:%}".format(v, v, v, v, v, v, v, 0.256))
n = 48879
print("{:d}|{:x}|{:X}|{:#x}|{:o}|{:b}|{:,}|{:_x}|{:c}".format(n, n, n, n, n, n, n, n, 9731))
print("{:>8}|{:<8}|{:^8}|{:.3}|{:*>8.2}".format("abc", "abc", "abc", "abcdef", "abcdef"))
print("{0:08.3f}|{0:+08.3f}|{0: .3f}|{0:=+10.1f}".format(-3.14159))
for spec in ["", ">6", "06", "+", ".1f", "e", "x", "%", "_"]:
    a = ("{:" + spec + "}").format(255)
    b = format(255, spec)
    c = f"{255:{spec}}"
    print(repr(spec), a, a == b == c)
print("{:{w}.{p}}".format(3.14159, w=10, p=3), "{:{}.{}}".format("truncate", 6, 3))
print("{0:{1}{2}}".format(7, "0", 4), "{:{align}5}".format("x", align="^"))
