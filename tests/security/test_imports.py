"""Imports and module pivots: importing host modules (by statement, `__import__`, dotted and aliased
forms), reaching `sys.modules`, `sys.exit`, the real standard streams, interpreter settings, and the
module type itself."""

import pytest

from . import _harness as H
from ._harness import Attack


def A(name, code, expect, **kw):
    return Attack(f"imports/{name}", code, expect, **kw)


HOST_MODULES = ["os", "posix", "subprocess", "ctypes", "importlib", "gc", "inspect", "socket", "pickle",
                "marshal", "builtins", "monty_peg", "runtime", "monty_peg.runtime.vm", "_io", "__main__",
                "os.path", "sys.stdout"]

ATTACKS = [A(f"import_{m.replace('.', '_')}", f"import {m}", "ModuleNotFoundError") for m in HOST_MODULES]
# `io` is the sandbox's own (guest/io.py: StringIO and BytesIO only): nothing of the host's io is reachable
ATTACKS.append(A("import_io_is_the_sandbox_one",
                 "import io\nfor name in ('open', 'FileIO', 'TextIOWrapper', 'BufferedReader', 'open_code', '_io'):\n"
                 "    print(hasattr(io, name))", "ok", stdout="False\nFalse\nFalse\nFalse\nFalse\nFalse\n"))

ATTACKS += [
    A("from_os_import", "from os import system\nsystem('true')", "ModuleNotFoundError"),
    A("dunder_import", "__import__('os')", "NameError"),
    A("from_sys_import_modules", "from sys import modules", "ImportError"),
    A("sys_modules_attribute", "import sys\nsys.modules['os']", "AttributeError"),
    A("sys_exit", "import sys\nsys.exit(3)", ("AttributeError", "SystemExit")),
    A("sys_stdout_buffer", "import sys\nsys.stdout.buffer.write(b'x')", "AttributeError"),
    A("sys_stdout_class", "import sys\nsys.stdout.__class__", "AttributeError"),
    A("sys_stdout_fileno", "import sys\nsys.stdout.fileno()", "AttributeError"),
    A("sys_setrecursionlimit", "import sys\nsys.setrecursionlimit(10 ** 6)", "AttributeError"),
    A("sys_set_int_max_str_digits", "import sys\nsys.set_int_max_str_digits(0)", "AttributeError"),
    A("sys_settrace", "import sys\nsys.settrace(print)", "AttributeError"),
    A("sys_path_and_meta_path", "import sys\n(sys.path, sys.meta_path)", "AttributeError"),
    A("sys_dict", "import sys\nsys.__dict__", "AttributeError"),
    A("sys_module_type_constructor", "import sys\ntype(sys)('os')", "TypeError"),
    A("import_star", "from sys import *", "syntax"),
    A("relative_import", "from . import secrets", "syntax"),
    A("aliased_multi_import", "import sys as s, os", "ModuleNotFoundError"),
    A("sys_is_fresh_per_run", "import sys\nsys.stdout = None\nsys.maxsize = 5\nsys.version = 'x'", "ok",
      followup=("import sys\nprint(sys.maxsize == 9223372036854775807, sys.version != 'x', sys.stdout)\n",
                "True True <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n")),
]


@pytest.mark.parametrize("attack", H.params(ATTACKS))
def test_attack(attack):
    H.check_attack(attack)
