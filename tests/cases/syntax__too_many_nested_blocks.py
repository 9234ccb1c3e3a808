# CPython allows at most 20 statically nested blocks (loops, try, with) in a function or module
for a0 in range(1):
    for a1 in range(1):
        for a2 in range(1):
            for a3 in range(1):
                for a4 in range(1):
                    for a5 in range(1):
                        for a6 in range(1):
                            for a7 in range(1):
                                for a8 in range(1):
                                    for a9 in range(1):
                                        for a10 in range(1):
                                            for a11 in range(1):
                                                for a12 in range(1):
                                                    for a13 in range(1):
                                                        for a14 in range(1):
                                                            for a15 in range(1):
                                                                for a16 in range(1):
                                                                    for a17 in range(1):
                                                                        for a18 in range(1):
                                                                            for a19 in range(1):
                                                                                for a20 in range(1):
                                                                                    print('deep')
