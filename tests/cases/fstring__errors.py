# Invalid format specs in f-strings raise at run time; ends with an uncaught ValueError.
x = 42
cases = [
    lambda: f"{x:q}",
    lambda: f"{x:.2d}",
    lambda: f"{x:,_}",
    lambda: f"{3.5:d}",
    lambda: f"{'s':d}",
    lambda: f"{'s':+}",
    lambda: f"{None:>5}",
    lambda: f"{[1, 2]:^9}",
    lambda: f"{(1,):x}",
    lambda: f"{x:{'<'}{'>'}5}",
    lambda: f"{x:5.5.5}",
    lambda: f"{x:=}" + f"{'a':=5}",
    lambda: f"{x:<<<5}",
    lambda: f"{x:{1.5}}",
    lambda: f"{undefined_name}",
    lambda: f"{x!r:d}",
    lambda: f"{1 / 0}",
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
print(f"{None!s:>5}|{[1, 2]!r:^9}|{x:}|{None}")
value = 3.25
f"total: {value:z}" + f"{value:Y}"
