import abc
class A(abc.ABC):
    pass
try: A(1)
except TypeError as e: print(e)
class B(abc.ABC):
    def __init__(self, x): self.x = x
print(B(1).x)
class C(abc.ABC):
    @property
    @abc.abstractmethod
    def p(self): ...
    @classmethod
    @abc.abstractmethod
    def c(cls): ...
    @staticmethod
    @abc.abstractmethod
    def s(): ...
    @abc.abstractmethod
    def m(self): ...
print(sorted(C.__abstractmethods__))
try: C()
except TypeError as e: print(e)
class D(C):
    p = 1
    def c(cls): pass
    def s(): pass
try: D()
except TypeError as e: print(e)
class E(D):
    def m(self): return "m"
print(E().m(), sorted(E.__abstractmethods__), abc.ABC.__abstractmethods__)
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    def describe(self): return type(self).__name__ + " with area " + str(self.area())
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).describe(), isinstance(Sq(3), Shape), issubclass(Sq, abc.ABC))
class Reg(abc.ABC): pass
class Other: pass
Reg.register(Other)
Reg.register(int)
print(isinstance(Other(), Reg), isinstance(3, Reg), isinstance("x", Reg), issubclass(Other, Reg), issubclass(bool, Reg))
