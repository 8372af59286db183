# 21 nested loops: the 21st is one block too many, a SyntaxError before anything runs.
print('never printed')
for x0 in range(1):
    for x1 in range(1):
        for x2 in range(1):
            for x3 in range(1):
                for x4 in range(1):
                    for x5 in range(1):
                        for x6 in range(1):
                            for x7 in range(1):
                                for x8 in range(1):
                                    for x9 in range(1):
                                        for x10 in range(1):
                                            for x11 in range(1):
                                                for x12 in range(1):
                                                    for x13 in range(1):
                                                        for x14 in range(1):
                                                            for x15 in range(1):
                                                                for x16 in range(1):
                                                                    for x17 in range(1):
                                                                        for x18 in range(1):
                                                                            for x19 in range(1):
                                                                                for x20 in range(1):
                                                                                    print('deep')
