# if/elif/else picks the first true branch; elif chains of any length.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
if []:
    print("never")
elif {}:
    print("never either")
print("after")
