import functools
class Cell:
    def __init__(self):
        self.state = None

    def set_state(self, value, note=""):
        self.state = (value, note)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False, note="rip")
c = Cell()
c.set_alive()
print(c.state)
c.set_dead()
print(c.state)
c.set_alive(note="x")
print(c.state)
class Neg:
    @functools.singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")
    @neg.register(int)
    def _(self, arg):
        return -arg
    @neg.register(bool)
    def _(self, arg):
        return not arg
n = Neg()
print(n.neg(5), n.neg(True))
try:
    n.neg("s")
except NotImplementedError as e:
    print(e)
