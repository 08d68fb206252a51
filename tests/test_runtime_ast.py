"""`runtime.serialise_ast_parse`: one thread in ast.parse at a time on the Pythons with CPython gh-106905."""

from __future__ import annotations

import ast
import sys
import threading

import pytest

from pathfinder import runtime


@pytest.mark.skipif(
    sys.version_info >= (3, 12, 3) or (3, 11, 9) <= sys.version_info < (3, 12), reason="fixed in this Python"
)
def test_ast_parse_waits_for_the_other_thread_and_is_wrapped_once():
    assert runtime.serialise_ast_parse()  # conftest already did: a second call changes nothing
    wrapped = ast.parse
    assert runtime.serialise_ast_parse() and ast.parse is wrapped
    assert isinstance(ast.parse("x = 1").body[0], ast.Assign)
    with runtime._AST_LOCK:  # another thread is parsing
        waiting = threading.Thread(target=ast.parse, args=("y = 2",))
        waiting.start()
        waiting.join(0.2)
        assert waiting.is_alive()  # it cannot parse until the lock is free
    waiting.join(30)
    assert not waiting.is_alive()
