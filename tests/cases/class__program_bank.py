class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class Account:
    _next_id = 1
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("wd", amount))
        return self

    def month_end(self):
        gain = round(self._balance * self.interest, 2)
        self._balance += gain
        return gain

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self._balance})"

    def __lt__(self, other):
        return self._balance < other._balance

    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id

    def __hash__(self):
        return self.id


class Savings(Account):
    interest = 0.02

    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 2:
            raise PermissionError("savings: withdrawal limit reached")
        return super().withdraw(amount)


class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct

    def __len__(self):
        return len(self.accounts)

    def __iter__(self):
        return iter(sorted(self.accounts.values()))

    def __getitem__(self, acct_id):
        return self.accounts[acct_id]

    def __contains__(self, acct):
        return acct.id in self.accounts

    def total(self):
        return sum(a.balance for a in self)


bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 500)
carol = bank.open(Savings, "carol")
alice.deposit(50).withdraw(30)
bob.withdraw(10).withdraw(10)
print(list(bank), len(bank), bank.total())
for action in (lambda: alice.withdraw(1000), lambda: bob.withdraw(1), lambda: carol.deposit(0)):
    try:
        action()
    except InsufficientFunds as e:
        print("refused:", e, "| short by", e.amount - e.account.balance)
    except (PermissionError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print([a.month_end() for a in bank], bank.total())
print(bank[2], alice in bank, Account("dave") in bank, max(bank), min(bank).owner)
print({a: a.owner for a in bank}[bob], bob.history)
try:
    alice.balance = 5
except AttributeError as e:
    print(e)
print(sorted(bank, key=lambda a: a.owner, reverse=True))
