# f-strings evaluate arbitrary expressions in the current scope, including calls and literals.
name = "world"
n = 7
items = [1, 2, 3]
print(f"hello {name}!")
print(f"{n} squared is {n * n}; half is {n / 2}")
print(f"{len(items)} items, first {items[0]}, sum {sum(items)}")
print(f"{'nested quotes'} {name.upper()} {{escaped}}")
d = {"key": "value"}
print(f"{d['key']} {[x * 2 for x in items]} {n if n > 5 else 0}")
def greet(who):
    return f"hi {who}"
print(f"{greet(name)!r}")
print(f"multi {n}" f" part {name}" " plain")
