"""The load-time bytecode verifier accepts everything the compiler produces (so `load` of an honest
dump never fails), and the rules it enforces hold for compiled code: back-edges only via JUMP_BACKWARD."""

import pytest

import monty_peg
from corpus import case_paths
from monty_peg.compiler import compile_source
from monty_peg.runtime import opcodes as O
from monty_peg.runtime.snapshot import _prelude_codes, program_codes
from monty_peg.runtime.verify import verify_code


def _compiled(path):
    try:
        return program_codes(compile_source(path.read_text(encoding="utf-8")))
    except monty_peg.MontySyntaxError:
        return []


@pytest.mark.parametrize("path", case_paths(), ids=lambda p: p.stem)
def test_compiled_corpus_code_verifies(path):
    for code in _compiled(path):
        verify_code(code.instrs, code.exc_table, code.qualname)


def test_prelude_verifies():
    for code in _prelude_codes():
        verify_code(code.instrs, code.exc_table, code.qualname)


@pytest.mark.parametrize("instrs, reason", [
    ([(O.LOAD_CONST, 0), (O.POP_JUMP_IF_TRUE, 0), (O.RETURN_CONST, 0)], "only JUMP_BACKWARD"),
    ([(O.POP_TOP, 0), (O.RETURN_CONST, 0)], "underflow"),
    ([(O.LOAD_CONST, 0), (O.POP_JUMP_IF_FALSE, 3), (O.LOAD_CONST, 0), (O.RETURN_VALUE, 0)],
     "disagrees|underflow"),
    ([(O.LOAD_CONST, 0)], "past the end"),
])
def test_verifier_rejects(instrs, reason):
    with pytest.raises(ValueError, match=reason):
        verify_code(instrs, [], "forged")
