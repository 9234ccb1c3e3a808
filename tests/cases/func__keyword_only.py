def connect(host, *, port=80, secure=False):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port}"


print(connect("example.org"))
print(connect("example.org", port=8080))
print(connect("example.org", secure=True, port=443))


# keyword-only after *args
def log(*messages, level="INFO", sep=" "):
    return f"[{level}] " + sep.join(messages)


print(log("a", "b"))
print(log("a", "b", level="WARN", sep="-"))


# required keyword-only argument (no default)
def scale(value, *, factor):
    return value * factor


print(scale(3, factor=4))
print(scale(factor=2, value=5))


# keyword-only with default before one without
def kw(*, a=1, b):
    return a, b


print(kw(b=2), kw(b=3, a=0))
