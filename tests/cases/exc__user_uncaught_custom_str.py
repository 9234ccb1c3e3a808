class Problem(RuntimeError):
    def __init__(self, code):
        super().__init__(code)
        self.code = code

    def __str__(self):
        return f"problem #{self.code}"


print("start")
raise Problem(42)
