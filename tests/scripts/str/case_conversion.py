# upper, lower, capitalize, title, swapcase on ASCII and accented letters.
s = "hello World ÉTÉ café"
print(s.upper())
print(s.lower())
print(s.capitalize())
print(s.title())
print(s.swapcase())
