print("before")


class Point:
    def __init__(self, x):
        self.x = x

# monty-expect-error: SyntaxError: class definitions are not supported yet
# monty-why: classes are not implemented; the whole program is refused at compile time, so nothing is printed
