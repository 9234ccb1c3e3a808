# round() on floats: half to even, decimal representation effects, ndigits.
for v in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000001, 1e16 + 2]:
    r = round(v)
    print(repr(v), r, type(r).__name__)
for v, n in [(0.125, 2), (0.375, 2), (2.675, 2), (1.005, 2), (0.5, 0), (1.5, 0), (2.5, 0),
             (-0.125, 2), (1234.5, -1), (1250.0, -2), (1350.0, -2), (0.05, 1), (0.15, 1), (0.25, 1),
             (0.35, 1), (3.14159, 4), (1e-10, 5), (-1e-10, 5), (123.456, -1), (5.0, -1), (15.0, -1)]:
    r = round(v, n)
    print(repr(v), n, repr(r), type(r).__name__)
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(-0.4), round(-0.0), round(-0.4, 0), round(0.0, 3))
print(round(1.23456789e10, -5), round(1e300, 2), round(1.5, None))
print(round(2.5, ndigits=None), type(round(2.5, ndigits=None)).__name__)
