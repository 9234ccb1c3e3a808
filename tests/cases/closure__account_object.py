# a dict of closures acting like an object
def make_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError(f"insufficient funds: {balance} < {amount}")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def report():
        return f"{owner}: {balance} after {len(history)} ops"

    return {"deposit": deposit, "withdraw": withdraw, "report": report}


acct = make_account("ann", 50)
print(acct["deposit"](25))
print(acct["withdraw"](60))
for op, amt in [("withdraw", 100), ("deposit", -5), ("deposit", 5)]:
    try:
        print(op, amt, "->", acct[op](amt))
    except ValueError as e:
        print(op, amt, "failed:", e)
other = make_account("bob")
other["deposit"](1)
print(acct["report"]())
print(other["report"]())
acct["withdraw"](1000)
