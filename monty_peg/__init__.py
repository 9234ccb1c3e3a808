"""monty_peg: a minimal, secure Python interpreter, written in Python, for code written by AI agents."""

from monty_peg.runtime.limits import ResourceLimits

from .api import (CollectStreams, FunctionSnapshot, Monty, MontyComplete, MontySnapshot,
                  NameLookupSnapshot)
from .convert import GuestInstance, GuestObject
from .errors import (Diagnostic, MontyError, MontyInputError, MontyRuntimeError, MontySnapshotError,
                     MontySyntaxError, StackFrame)

__version__ = "0.1.0"

__all__ = [
    "Monty", "FunctionSnapshot", "MontySnapshot", "NameLookupSnapshot", "MontyComplete", "CollectStreams", "ResourceLimits", "GuestObject", "GuestInstance", "Diagnostic", "MontyError", "MontyInputError",
    "MontyRuntimeError", "MontySnapshotError", "MontySyntaxError", "StackFrame", "__version__",
]
