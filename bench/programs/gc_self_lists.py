# Memory: a million lists that hold themselves, each dropped at once. Only the cycle
# collector frees them: peak MiB shows whether it keeps up.
def main():
    total = 0
    for i in range(1000000):
        l = [i]
        l.append(l)
        total += len(l[1]) + l[0]
    print(total)


main()
