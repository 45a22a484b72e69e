"""The layout that the next change must not undo quietly (ARCHITECTURE.md).

`make lint` keeps the import contracts (pyproject.toml: the parts of the package, the site's
parts, no import circles); these tests keep what import-linter cannot see: the plugin stays
wiring, and the benchmark's scripts (not a package) import no circle either.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import REPO

PLUGIN = REPO / "plugins" / "magazine" / "site" / "plugin.py"
PLUGIN_LINE_BUDGET = 200
# What an event method may do: call the parts of the site, keep what a call returns, return.
WIRING = (ast.Expr, ast.Return, ast.Assign, ast.Pass)
LOGIC = (ast.If, ast.IfExp, ast.For, ast.While, ast.Try, ast.With, ast.BoolOp, ast.Compare,
         ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp, ast.Lambda, ast.Subscript,
         ast.BinOp, ast.UnaryOp, ast.JoinedStr, ast.Match, ast.NamedExpr, ast.AugAssign)


def event_methods(source: str) -> list[ast.FunctionDef]:
    tree = ast.parse(source)
    plugin = next(node for node in tree.body
                  if isinstance(node, ast.ClassDef) and node.name == "MagazinePlugin")
    return [node for node in plugin.body
            if isinstance(node, ast.FunctionDef) and node.name.startswith("on_")]


def logic_in(method: ast.FunctionDef) -> list[str]:
    """What in an event method is more than calls and returns, as `line: kind`."""
    found = []
    for statement in method.body:
        if not isinstance(statement, WIRING):
            found.append(f"{statement.lineno}: {type(statement).__name__}")
            continue
        value = getattr(statement, "value", None)
        if isinstance(statement, ast.Expr) and isinstance(value, ast.Constant):
            continue  # a docstring
        if isinstance(statement, ast.Assign) and not isinstance(value, ast.Call):
            found.append(f"{statement.lineno}: assigns what is not a call's result")
        found += [f"{node.lineno}: {type(node).__name__}" for node in ast.walk(statement)
                  if isinstance(node, LOGIC)]
    return found


def test_the_plugin_stays_within_its_line_budget():
    lines = len(PLUGIN.read_text(encoding="utf-8").splitlines())
    assert lines <= PLUGIN_LINE_BUDGET, (
        f"site/plugin.py has {lines} lines, more than {PLUGIN_LINE_BUDGET}: move the work into "
        "the part of site/ it belongs to and call it from the event")


def test_the_plugins_events_only_call_the_parts_of_the_site():
    methods = event_methods(PLUGIN.read_text(encoding="utf-8"))
    assert len(methods) >= 14  # every event the build uses, none lost on the way
    problems = {m.name: logic_in(m) for m in methods if logic_in(m)}
    assert not problems, f"logic in site/plugin.py's events; move it into a part of site/: {problems}"


def test_the_wiring_rule_finds_logic_in_an_event():
    source = '''
class MagazinePlugin:
    def on_files(self, files, *, config):
        for file in files:
            files.remove(file)
        self.count = len(files) + 1
        return files

    def on_nav(self, nav, *, config, files):
        self.caches.convert(nav, config, files)
        return nav
'''
    on_files, on_nav = event_methods(source)
    assert [p.split(": ")[1] for p in logic_in(on_files)] == [
        "For", "assigns what is not a call's result", "BinOp"]
    assert logic_in(on_nav) == []


def import_graph(folder: Path) -> dict[str, set[str]]:
    """Which script of `folder` imports which other, at any depth of the code (the benchmark's
    scripts put their folder on `sys.path` and import each other by name)."""
    names = {path.stem for path in folder.glob("*.py")}
    graph: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        imported: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
        graph[path.stem] = (imported & names) - {path.stem}
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    found: list[list[str]] = []

    def visit(node: str, path: list[str]) -> None:
        for target in sorted(graph.get(node, ())):
            if target in path:
                found.append([*path[path.index(target):], target])
            elif len(path) < len(graph):
                visit(target, [*path, target])

    for start in sorted(graph):
        visit(start, [start])
    return found


def test_the_benchmark_scripts_import_no_circle():
    graph = import_graph(REPO / "bench")
    assert graph["run"] >= {"corpus", "measuring"}  # the graph is really read
    assert circles(graph) == []


def test_the_circle_finder_finds_a_circle():
    assert circles({"run": {"pictures"}, "pictures": {"run"}, "corpus": set()})
    assert not circles({"run": {"pictures", "corpus"}, "pictures": {"corpus"}, "corpus": set()})
