def raiser(kind):
    if kind == "value":
        raise ValueError("v")
    if kind == "keyboard":
        raise KeyboardInterrupt("simulated")
    if kind == "base":
        raise BaseException("plain base")
    return "no error"


for kind in ["value", "keyboard", "base", "none"]:
    try:
        try:
            print(kind, "->", raiser(kind))
        except Exception as e:
            print(kind, "-> caught by Exception:", type(e).__name__)
    except BaseException as e:
        print(kind, "-> only BaseException caught it:", type(e).__name__, e.args)

# a bare except catches everything
for kind in ["value", "keyboard"]:
    try:
        raiser(kind)
    except:
        print("bare except caught", kind)

# except clause order matters: the broad one shadows the narrow one
try:
    raise KeyError("k")
except Exception:
    print("Exception first")
except KeyError:
    print("never")
print(isinstance(KeyboardInterrupt(), Exception), isinstance(KeyboardInterrupt(), BaseException))
