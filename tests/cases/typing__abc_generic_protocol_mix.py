from abc import ABC, abstractmethod
from typing import Generic, TypeVar, Protocol, runtime_checkable, Iterator
from dataclasses import dataclass
T = TypeVar("T")
class Repo(ABC, Generic[T]):
    @abstractmethod
    def get(self, key: str) -> T: ...
    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default
class MemRepo(Repo):
    def __init__(self):
        self.d = {"a": 1}

    def get(self, key): return self.d[key]
r = MemRepo()
print(r.get_or("a", 0), r.get_or("b", 0), Repo.__parameters__, Repo[int])
try:
    Repo()
except TypeError as e:
    print(e)
@runtime_checkable
class HasName(Protocol):
    name: str
    def greet(self) -> str: ...
@dataclass
class Person:
    name: str
    def greet(self): return "hi " + self.name
print(isinstance(Person("x"), HasName), Person("y").greet())
def gen() -> Iterator[int]:
    yield 1
print(list(gen()))
