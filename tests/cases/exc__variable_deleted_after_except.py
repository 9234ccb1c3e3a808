e = "outer value"
try:
    raise ValueError("inner")
except ValueError as e:
    print("inside handler:", e)
# the `as` name is deleted at the end of the handler, even if it existed before
try:
    print(e)
except NameError as err:
    print("NameError:", err)


# same inside a function: becomes unbound
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    print("saved survives:", repr(saved))
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)


print(f())

# keeping a reference requires another name
try:
    [].pop()
except IndexError as problem:
    kept = problem
print("kept:", kept)
print("last statement uses the deleted name")
problem
