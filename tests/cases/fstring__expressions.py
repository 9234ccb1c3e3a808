# Arbitrary expressions inside f-string fields: calls, indexing, conditionals, lambdas, nested f-strings.
items = {"a": 1, "b": [10, 20]}
t = (4, 5)
def double(n):
    return n * 2
print(f"{items['a']} {items['b'][1]} {t[0] + t[1]} {double(21)} {len(items)}")
print(f"{'yes' if t else 'no'} {(lambda v: v + 1)(5)} {[c.upper() for c in 'ab']}")
print(f"{sum(x for x in range(5))} {max(t, key=lambda v: -v)} {sorted({3, 1, 2})}")
print(f"{'outer ' + f'{1 + 1}'}", f'{f"{3:>3}"}|', f"{[f'{x}!' for x in 'ab']}")
print(f"{ 1 + 2 }", f"{  'spaces'  }", f"{(1, 2)}", f"{ {'k': 1}['k'] }", f"{ {1, 2} }")
a, b = 3, 4
print(f"{a}+{b}={a + b}", f"{a * b:>5}", f"{a ** b:,}", f"{-a}", f"{not a}", f"{a < b}")
print(f"{(x := 7)} {x * 2}")
s = "hello"
print(f"{s[::-1]} {s[1:3]!r} {s.count('l')} {s!r:>{len(s) + 3}}")
print(f"{ord('A'):#x}", f"{chr(66)}", f"{str(5).zfill(3)}", f"{3.0 == 3}")
multi = f"""line one {a}
line two {b}"""
print(multi)
print(f"{'a' 'b'}", F"{a}", rf"\n{a}", fr"{b}\t", f"{{{a}}}")
