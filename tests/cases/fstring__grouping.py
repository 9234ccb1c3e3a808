# Thousands separators ',' and '_' for ints and floats, with width and zero padding.
for v in [0, 999, 1000, -1234567, 10**12, 2**64]:
    print(f"{v:,}|{v:_}|{v:,d}|{v:_x}|{v:_b}|{v:_o}|{v:#_x}")
for v in [1234.5, -1234567.891, 0.5, 1e16, 12345678.0]:
    print(f"{v:,}|{v:_.2f}|{v:,.0f}|{v:,e}|{v:,g}|{v:,.3%}")
print(f"{1234567:015,}|{1234567:015_}|{-1234567:015,}|{1234567:>15,}|{1234567:*^15,}")
print(f"{1234.5:012,.2f}|{1234.5:+012_.1f}|{1234:010,}|{1234:09,}")
print(f"{123456789:,}".replace(",", "."), format(1234567.125, ",.2f"))
for spec in [",s", ",x", "_c", ",_", "_,", ",n"]:
    try:
        print(format(1234, spec))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print(format("1234", ","))
except ValueError as e:
    print(type(e).__name__, e)
