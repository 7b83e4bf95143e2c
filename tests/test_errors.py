"""The error catalogue: every code is raised somewhere, every raise has a code."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from claimkit.errors import ClaimkitError, Errors, InputError, Warnings

PACKAGE = Path(__file__).resolve().parents[1] / "claimkit"
CODE = re.compile(r"^[EW]\d{3}$")
# Raises that are not errors of the API: the CLI's exit codes, and the
# AttributeError of a module ``__getattr__`` (Python's protocol for a name
# that is not there).
EXITS = {"Exit", "SystemExit", "typer.Exit", "_usage_error", "AttributeError"}
# A raise whose message was built from the catalogue a few lines above says
# so on its line.
BUILT_ABOVE = "# message from the catalogue"


def _catalogue() -> set[str]:
    return {
        name for cls in (Errors, Warnings) for name in vars(cls) if CODE.match(name)
    }


def _sources() -> dict[Path, ast.AST]:
    return {
        path: ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _used_codes(tree: ast.AST) -> set[str]:
    used = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in ("Errors", "Warnings")
            and CODE.match(node.attr)
        ):
            used.add(node.attr)
        # ``code="E024"`` beside a message, and codes picked by name.
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and CODE.match(node.value)
        ):
            used.add(node.value)
    return used


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_name(node.value)}.{node.attr}"
    return ""


def _has_coded_message(call: ast.Call) -> bool:
    args = [*call.args, *(kw.value for kw in call.keywords)]
    for arg in args:
        for node in ast.walk(arg):
            if isinstance(node, ast.Attribute) and _name(node.value) in (
                "Errors",
                "Warnings",
            ):
                return True
    return False


def test_errors_every_code_is_used():
    used: set[str] = set()
    for path, tree in _sources().items():
        if path.name != "errors.py":
            used |= _used_codes(tree)
    unused = sorted(_catalogue() - used)
    assert not unused, f"codes in the catalogue that nothing raises or logs: {unused}"


def test_errors_every_raise_has_a_code():
    uncoded = []
    for path, tree in _sources().items():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(tree):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue
            exc = node.exc
            if not isinstance(exc, ast.Call):
                continue  # re-raising a caught error or one built above
            if _name(exc.func) in EXITS or _has_coded_message(exc):
                continue
            end = node.end_lineno or node.lineno
            if any(BUILT_ABOVE in line for line in lines[node.lineno - 1 : end]):
                continue
            where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
            uncoded.append(f"{where} raise {ast.unparse(exc)[:70]}")
    assert not uncoded, "raises without a catalogue message:\n" + "\n".join(uncoded)


def test_errors_messages_carry_their_code():
    message = Errors.E020.format(path="x")
    assert message.startswith("[claimkit E020] ")
    assert InputError(message).code == "E020"
    assert ClaimkitError("no code here").code is None


@pytest.mark.parametrize("code", sorted(_catalogue()))
def test_errors_templates_format(code):
    template = getattr(Errors if code.startswith("E") else Warnings, code)
    fields = re.findall(r"{(\w+)[^}]*}", template)
    text = template.format(**{field: "X" for field in fields})
    assert text.startswith(f"[claimkit {code}] ")
