# Strings are immutable: methods return new strings; item assignment/deletion fail.
s = "hello"
t = s
s += " world"
print(s, t, s is t)
u = t.upper()
print(t, u)
r = t.replace("l", "L")
print(t, r)
def assign():
    t[0] = "H"
def delete():
    del t[0]
def slice_assign():
    t[1:3] = "EL"
for name, f in [("assign", assign), ("delete", delete), ("slice", slice_assign)]:
    try:
        f()
    except TypeError as e:
        print(name, type(e).__name__, e)
for f in [lambda: t.append("!"), lambda: t.sort(), lambda: "x".no_such_method()]:
    try:
        f()
    except AttributeError as e:
        print(type(e).__name__, e)
lst = list(t)
lst[0] = "J"
print("".join(lst), t)
print(t[:1].upper() + t[1:], t)
