"""Vending machine as a table-driven state machine with guarded transitions."""

PRICES = {"cola": 150, "chips": 100, "gum": 50}


def make_machine():
    state = {"name": "idle", "credit": 0, "log": []}

    def insert(coin):
        if coin not in (10, 25, 50, 100):
            raise ValueError(f"rejected coin {coin}")
        state["credit"] += coin
        state["name"] = "has_credit"

    def select(item):
        if state["name"] == "idle":
            raise RuntimeError("insert coins first")
        price = PRICES[item]
        if state["credit"] < price:
            raise RuntimeError(f"{item} costs {price}, credit is {state['credit']}")
        state["credit"] -= price
        state["log"].append(item)
        state["name"] = "has_credit" if state["credit"] else "idle"
        return item

    def refund():
        change, state["credit"] = state["credit"], 0
        state["name"] = "idle"
        coins = []
        for c in (100, 50, 25, 10):
            while change >= c:
                coins.append(c)
                change -= c
        return coins

    return {"insert": insert, "select": select, "refund": refund}, state


EVENTS = [("select", "gum"), ("insert", 100), ("insert", 3), ("select", "cola"),
          ("insert", 50), ("select", "cola"), ("select", "tea"), ("insert", 100),
          ("insert", 25), ("select", "gum"), ("refund", None)]

if __name__ == "__main__":
    actions, state = make_machine()
    for kind, arg in EVENTS:
        before = state["name"]
        try:
            out = actions[kind]() if arg is None else actions[kind](arg)
            note = f"-> {out!r}" if out is not None else ""
        except (ValueError, RuntimeError) as e:
            note = f"!! {type(e).__name__}: {e}"
        except KeyError as e:
            note = f"!! unknown item {e}"
        print(f"{before:>10} {kind}({'' if arg is None else arg}) {note}".rstrip())
    print("sold:", state["log"], "final state:", state["name"], state["credit"])

state["log"]
