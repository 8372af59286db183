# complex arithmetic, mixed with int and float on either side; division, powers and their errors
print((1 + 2j) / (3 - 4j), (1 + 2j) ** 2, (1 + 2j) ** 0.5, 2 ** (1j), (0j) ** 0)
print(2 * (1 + 1j), (1 + 1j) - 1, 1 - (1 + 1j), 1.5 * (2j), (1 + 2j) ** -2, (2 + 0j) ** 100)
print(sum([1j, 2, 3.5]), abs(3 + 4j), -(1 + 2j), +(1 - 1j), (1 + 2j).conjugate())
for expr in ["0j ** -1", "(1 + 2j) / 0", "(1 + 2j) // 2", "(1 + 2j) % 2", "divmod(1j, 2)", "(1 + 2j) < 2"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)
