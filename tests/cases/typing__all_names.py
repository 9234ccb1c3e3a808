import typing
from typing import (AbstractSet, Annotated, Any, AnyStr, AsyncContextManager, AsyncGenerator, AsyncIterable,
                    AsyncIterator, Awaitable, BinaryIO, ByteString, Callable, ChainMap, ClassVar, Collection,
                    Concatenate, Container, ContextManager, Coroutine, Counter, DefaultDict, Deque, Dict, Final,
                    ForwardRef, FrozenSet, Generator, Generic, Hashable, IO, ItemsView, Iterable, Iterator,
                    KeysView, List, Literal, LiteralString, Mapping, MappingView, Match, MutableMapping,
                    MutableSequence, MutableSet, NamedTuple, Never, NewType, NoReturn, NotRequired, Optional,
                    OrderedDict, ParamSpec, ParamSpecArgs, ParamSpecKwargs, Pattern, Protocol, Required, Reversible,
                    Self, Sequence, Set, Sized, SupportsAbs, SupportsBytes, SupportsComplex, SupportsFloat,
                    SupportsIndex, SupportsInt, SupportsRound, TYPE_CHECKING, Text, TextIO, Tuple, Type, TypeAlias,
                    TypeGuard, TypeVar, TypeVarTuple, TypedDict, Union, Unpack, ValuesView, assert_never, assert_type,
                    cast, clear_overloads, dataclass_transform, final, get_args, get_origin, get_overloads,
                    get_type_hints, is_typeddict, no_type_check, no_type_check_decorator, overload, reveal_type,
                    runtime_checkable)

print(Sequence, Mapping[str, int], AbstractSet[int], Deque[int], Coroutine[int, str, None], AsyncIterator[bytes])
def process(items: Iterable[int], *, key: Callable[[int], int] = abs) -> List[int]:
    return sorted(items, key=key)


print(TYPE_CHECKING, Text, AnyStr, final(process) is process, no_type_check(process) is process, assert_type(3, int))
P = ParamSpec("P")
print(P, P.args, P.kwargs, get_origin(P.args) is P)


@dataclass_transform()
def model(cls):
    return cls


@model
class User:
    name: str
    tags: "List[str]"
    age: Optional[int] = None


print(get_type_hints(User, localns={"List": List}), User.__annotations__)


print(process([3, -1, 2]), process((x for x in [-5, 4]), key=lambda v: -v))
