"""The VM running on this thread, for the few builtins that need it (output, limits)."""

from __future__ import annotations

import threading


class _State(threading.local):
    vm = None


_state = _State()


def current_vm():
    return _state.vm


def set_vm(vm):
    previous = _state.vm
    _state.vm = vm
    return previous
