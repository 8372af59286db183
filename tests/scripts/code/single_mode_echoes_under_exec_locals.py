# Code compiled in 'single' mode echoes expression values also when exec() runs it with a locals mapping (inside a function too)
def test():
    exec(compile("if 1: 10 + 1\n", "file", "single"))
    exec(compile("7\n", "f", "single"), {}, {})
    exec(compile("x = 5\n", "f", "single"))
test()
