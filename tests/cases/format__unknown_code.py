# "Unknown format code" messages name the code and the type; ends with an uncaught ValueError.
values = [1, 1.5, "s", True]
for v in values:
    for code in ["y", "s", "d", "f", "k"]:
        try:
            format(v, code)
            print(type(v).__name__, code, "ok")
        except ValueError as e:
            print(type(v).__name__, code, e)
try:
    "{:Q}".format(10)
except ValueError as e:
    print(e)
try:
    format(2**100, "q")
except ValueError as e:
    print(e)
print("done")
"{:z}".format(10)
