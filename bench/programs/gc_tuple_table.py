# Time: 300k record tuples of atoms stay alive while every statement of a long loop
# makes a container and a quarter of them are kept, so young and full collections
# run throughout; a full one walks every live container, unless the collector has
# untracked the tuples that cannot be part of a cycle.
def main():
    table = [(i, i * 2, str(i)) for i in range(300000)]
    kept = []
    total = 0
    for step in range(600000):
        node = [step]
        if step % 4 == 0:
            kept.append(node)
        total += node[0] + table[step % 300000][1]
    print(total, len(kept), len(table))


main()
