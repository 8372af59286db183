# Time: half a million record tuples of atoms stay alive while the program churns
# through short-lived containers, so the collector runs often; the full collections
# walk every live container unless tuples that cannot be in a cycle were untracked.
def main():
    table = [(i, i * 2, str(i)) for i in range(500000)]
    total = 0
    for step in range(60):
        rows = [[i, step] for i in range(20000)]
        total += len(rows) + table[step * 1000][1]
    print(total, len(table))


main()
