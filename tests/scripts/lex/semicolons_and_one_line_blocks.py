# Semicolons separate simple statements; a compound statement's body can sit on its line.
a = 1; b = 2; print(a + b)
if a < b: print("a is smaller"); print("still in the if")
for i in range(3): print(i, end=" ")
print()
while a < 4: a += 1
print(a)
def f(x): return x * 2
print(f(21))
