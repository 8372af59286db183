# find/rfind return -1 when absent; index/rindex raise ValueError; start/end bounds work.
s = "hello, hello"
print(s.find("llo"), s.rfind("llo"), s.find("xyz"), s.find("h", 1), s.find("h", 1, 5))
print(s.index("o"), s.rindex("o"), s.find(""), s.find("", 100))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.rindex("z")
except ValueError as e:
    print(e)
