balance = 100


def withdraw(amount):
    print("withdrawing", amount)
    if amount > 50:
        balance -= amount
    return balance


print("balance is", balance)
# even the small withdrawal fails: `balance` is local in the whole function
withdraw(10)
