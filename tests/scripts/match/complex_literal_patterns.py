# Complex literals in patterns: 1+2j, 3j, -1-1j match by equality
for z in [1+2j, 3j, -1-1j, 2]:
    match z:
        case 1+2j: print("one plus two j")
        case 3j: print("three j")
        case -1-1j: print("minus")
        case _: print("other", z)
