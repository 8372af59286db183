# eval evaluates an expression string; exec runs statements; both see given or current globals.
x = 10
print(eval("x * 2 + 1"), eval("[i for i in range(3)]"), eval("'a' + 'b'"))
print(eval("y + 1", {"y": 5}), eval("x", {"x": "from dict"}))
exec("z = x + 5")
print(z)
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3))
exec("for i in range(3):\n    print('exec loop', i)")
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError from eval")
