"""Agent-style tool dispatch: a registry filled by a decorator, then a plan of calls."""

TOOLS = {}


def tool(name, *, needs=()):
    def register(fn):
        TOOLS[name] = {"fn": fn, "needs": tuple(needs)}
        return fn
    return register


@tool("add", needs=("a", "b"))
def add(a, b):
    return a + b


@tool("lookup", needs=("key",))
def lookup(key, table={"pi": 3.14159, "e": 2.71828}):
    return table[key]


@tool("divide", needs=("a", "b"))
def divide(a, b):
    return a / b


@tool("shout", needs=("text",))
def shout(text, times=1):
    return (text.upper() + "!") * times


def call(name, **kwargs):
    if name not in TOOLS:
        return {"ok": False, "error": f"no tool named {name!r}"}
    spec = TOOLS[name]
    missing = [n for n in spec["needs"] if n not in kwargs]
    if missing:
        return {"ok": False, "error": f"missing {', '.join(missing)}"}
    try:
        return {"ok": True, "value": spec["fn"](**kwargs)}
    except Exception as e:
        return {"ok": False, "error": f"{type(e).__name__}: {e}"}


PLAN = [
    ("add", {"a": 2, "b": 40}),
    ("lookup", {"key": "pi"}),
    ("lookup", {"key": "tau"}),
    ("divide", {"a": 1, "b": 0}),
    ("shout", {"text": "done", "times": 2}),
    ("shout", {"text": "x", "volume": 11}),
    ("divide", {"a": 9}),
    ("search", {"q": "anything"}),
]

if __name__ == "__main__":
    print("tools:", sorted(TOOLS))
    outcomes = []
    for step, (name, args) in enumerate(PLAN, 1):
        result = call(name, **args)
        outcomes.append(result["ok"])
        shown = repr(result["value"]) if result["ok"] else "ERROR " + result["error"]
        print(f"step {step}: {name}({', '.join(f'{k}={v!r}' for k, v in args.items())}) -> {shown}")
    print(f"{sum(outcomes)}/{len(outcomes)} steps succeeded")

outcomes
