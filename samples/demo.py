# demo.py: a short tour of what hotpy runs. `make demo` runs it: build/hotpy samples/demo.py
# Python 3 throughout, plus the Python 2 print statement (the last lines).


class Account:
    """A bank account with a history, to show classes, dunders and f-strings."""

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)
        return self

    def __repr__(self):
        return f"Account({self.owner!r}, balance={self.balance})"

    def __lt__(self, other):
        return self.balance < other.balance


def make_counter(start):
    """A closure over a counter that `nonlocal` lets it change."""
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


accounts = [Account("ada", 120).deposit(30), Account("bob").deposit(5), Account("cy", 75)]
print("Hello from hotpy!")
for acct in sorted(accounts):
    print(f"  {acct.owner:>4} has {acct.balance:6.2f} coins  {acct!r}")

richest = sorted(accounts)[-1]
print(f"The richest is {richest.owner.upper()}, with {len(richest.history)} deposit(s).")

bump = make_counter(10)
print("counter:", bump(), bump(), bump(5))

squares = {n: n * n for n in range(1, 6)}
evens = [n for n, sq in squares.items() if sq % 2 == 0]
print("squares:", squares)
print("even roots:", evens, "sum of squares:", sum(squares.values()))

words = "the quick brown fox jumps over the lazy dog".split()
print("longest words:", ", ".join(sorted(words, key=len, reverse=True)[:3]))

print "2 ** 100 =", 2 ** 100
print "30! =", eval("*".join([str(i) for i in range(1, 31)]))
print "Goodbye!"
