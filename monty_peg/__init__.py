"""monty_peg: a minimal, secure Python interpreter, written in Python, for code written by AI agents."""

from monty_peg.runtime.limits import ResourceLimits

from .api import (CollectStreams, FunctionSnapshot, FutureSnapshot, Monty, MontyComplete, MontySnapshot,
                  NameLookupSnapshot, run_monty_async)
from .convert import GuestInstance, GuestObject
from .errors import (Diagnostic, MontyError, MontyInputError, MontyRuntimeError, MontySnapshotError,
                     MontySyntaxError, MontyTypeCheckerMissing, MontyTypingError, StackFrame)

__version__ = "0.1.0"

__all__ = [
    "Monty", "run_monty_async", "FunctionSnapshot", "FutureSnapshot", "MontySnapshot", "NameLookupSnapshot", "MontyComplete", "CollectStreams", "ResourceLimits", "GuestObject", "GuestInstance", "Diagnostic", "MontyError", "MontyInputError",
    "MontyRuntimeError", "MontySnapshotError", "MontySyntaxError", "StackFrame", "__version__",
    "MontyTypingError", "MontyTypeCheckerMissing", "lint", "describe_subset",
]


def __getattr__(name):
    """`lint` and `describe_subset` load the linter (`monty_peg.linter`) and the grammar reader
    (`monty_peg.subset`) on first use, so that `import monty_peg` stays fast."""
    if name == "lint":
        from .linter import lint

        return lint
    if name == "describe_subset":
        from .subset import describe_subset

        return describe_subset
    raise AttributeError(f"module 'monty_peg' has no attribute {name!r}")
