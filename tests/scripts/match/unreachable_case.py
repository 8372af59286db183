# match: a capture pattern before another case is a SyntaxError at compile time
print("never printed")
match 1:
    case value:
        pass
    case 2:
        pass
