# collections.abc for the sandbox: the abstract base classes, defined in _collections_abc (which typing
# shares).

from _collections_abc import (AsyncGenerator, AsyncIterable, AsyncIterator, Awaitable, ByteString, Callable,
                              Collection, Container, Coroutine, Generator, Hashable, ItemsView, Iterable,
                              Iterator, KeysView, Mapping, MappingView, MutableMapping, MutableSequence,
                              MutableSet, Reversible, Sequence, Set, Sized, ValuesView)
