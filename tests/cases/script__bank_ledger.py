"""Bank ledger: applies transactions, rejects invalid ones, prints statements."""

ACCOUNTS = {"alice": 100, "bob": 20, "carol": 0}
TRANSACTIONS = [
    ("deposit", "alice", 50),
    ("withdraw", "bob", 30),
    ("transfer", "alice", "carol", 70),
    ("withdraw", "dave", 5),
    ("deposit", "carol", -10),
    ("transfer", "carol", "bob", 25),
    ("refund", "bob", 1),
]


def apply(accounts, tx):
    kind, *rest = tx
    if kind == "deposit":
        who, amount = rest
        if amount <= 0:
            raise ValueError(f"invalid deposit amount {amount}")
        accounts[who] += amount
    elif kind == "withdraw":
        who, amount = rest
        if accounts[who] < amount:
            raise ValueError(f"{who} has {accounts[who]}, cannot withdraw {amount}")
        accounts[who] -= amount
    elif kind == "transfer":
        src, dst, amount = rest
        apply(accounts, ("withdraw", src, amount))
        accounts[dst] += amount
    else:
        raise NotImplementedError(f"unknown transaction kind {kind!r}")


def main():
    accounts = dict(ACCOUNTS)
    rejected = []
    for n, tx in enumerate(TRANSACTIONS, 1):
        try:
            apply(accounts, tx)
            status = "ok"
        except KeyError as e:
            status = f"no such account {e}"
        except (ValueError, NotImplementedError) as e:
            status = f"{type(e).__name__}: {e}"
        if status != "ok":
            rejected.append(n)
        print(f"#{n} {tx[0]:<9} {status}")
    print("-" * 30)
    for name, bal in sorted(accounts.items(), key=lambda kv: (-kv[1], kv[0])):
        delta = bal - ACCOUNTS[name]
        print(f"{name:<6}{bal:>6}  ({delta:+d})")
    assert sum(accounts.values()) == sum(ACCOUNTS.values()) + 50
    return rejected


if __name__ == "__main__":
    rejected_ids = main()

rejected_ids
