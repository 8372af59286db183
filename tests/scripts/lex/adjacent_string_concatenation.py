# Adjacent string literals are joined at compile time, across lines inside brackets.
s = "abc" 'def' "ghi"
print(s)
t = ("first part, "
     "second part, "
     'third part')
print(t)
print("x" r"\y" "z")
