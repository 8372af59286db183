# break and continue affect only the innermost loop.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
    print("end of outer", i)
