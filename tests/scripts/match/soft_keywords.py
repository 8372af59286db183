# match: `match` and `case` stay ordinary names outside a match statement
match = 3
print(match)
case = [10, 20]
print(case[1])
match = {"k": 1}
print(match["k"])
def match(*args):
    return args
print(match(1, 2))
print(match (3))
match, case = 1, 2
print(match, case)
class case:
    match = "attr"
print(case.match)
match = [case]
match[0].match = 4
print(match[0].match)
x = 5
match x:
    case case.match:
        print("no")
    case 5:
        match = "inner"
        print(match)
