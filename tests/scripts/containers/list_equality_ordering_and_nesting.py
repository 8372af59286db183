# Lists compare element-wise, then by length; nested lists and aliasing through *.
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([[1, 2], [3]] == [[1, 2], [3]], [1, [2, [3]]])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
print([1, 2] + [3], [0] * 4, [] * 5, 2 * ["a", "b"])
print(list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}))
