# Nested replacement fields inside format specs: width, precision, fill, align, type.
x = 3.14159265
for w, p in [(8, 2), (10, 4), (1, 0), (12, 6)]:
    print(f"[{x:{w}.{p}f}]")
width = 12
fill = "*"
align = "^"
print(f"[{'mid':{fill}{align}{width}}]", f"[{'l':{fill}<{width // 2}}]")
for t in ["d", "x", "o", "b", "e"]:
    print(f"{t}: [{42 if t != 'e' else 42.0:>{width}{t}}]")
spec = ".3e"
print(f"{1234.5678:{spec}}", f"{1234.5678:{'>'}{20}{spec}}", f"{'abc':{''}}")
prec = 3
print(f"{'truncate me':.{prec}}", f"{'x':{prec}}|", f"{2/3:.{prec}%}")
rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("kiwi", 10.0, 100)]
name_w = max(len(r[0]) for r in rows)
for name, price, qty in rows:
    print(f"{name:<{name_w}} | {price:>{6}.{2}f} | {qty:>{len(str(100))}d}")
seps = ",_"
print(f"{10**6:{seps[0]}}", f"{10**6:{seps[1]}}", f"{10**6:{'#'}x}")
d = {"w": 7, "p": 1}
print(f"[{x:{d['w']}.{d['p']}f}]")
