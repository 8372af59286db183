# Blocks nest by indentation of any consistent width; dedents close several blocks at once.
def outer(n):
  result = []
  for i in range(n):
        if i % 2 == 0:
                result.append(i)
        else:
          result.append(-i)
  return result
print(outer(5))
for a in range(2):
    for b in range(2):
        if a == b:
            print("same", a)
print("done")
