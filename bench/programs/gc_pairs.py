# Memory: a million pairs of instances that point at each other, each pair dropped at
# once. Only the cycle collector frees them: peak MiB shows whether it keeps up.
class Node:
    def __init__(self, value):
        self.value = value
        self.peer = None


def main():
    total = 0
    for i in range(1000000):
        a = Node(i)
        b = Node(i & 255)
        a.peer = b
        b.peer = a
        total += a.peer.value + b.peer.value
    print(total)


main()
