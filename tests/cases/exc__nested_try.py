def process(value):
    log = []
    try:
        log.append("outer try")
        try:
            log.append("inner try")
            if value == "inner":
                raise KeyError("inner key")
            if value == "outer":
                raise ValueError("passes through inner")
            log.append("inner ok")
        except KeyError as e:
            log.append(f"inner handled {e}")
        finally:
            log.append("inner finally")
        log.append("between")
        if value == "late":
            raise RuntimeError("after inner block")
    except (ValueError, RuntimeError) as e:
        log.append(f"outer handled {type(e).__name__}: {e}")
    finally:
        log.append("outer finally")
    return log


for v in ["none", "inner", "outer", "late"]:
    print(v)
    for line in process(v):
        print("   ", line)

# exception raised in a handler goes to the outer try
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second, from the handler")
except TypeError as e:
    print("outer caught:", e)
