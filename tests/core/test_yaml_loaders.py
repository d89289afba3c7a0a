"""The YAML front door gives the same nodes and the same messages with libyaml and without."""

from __future__ import annotations

import pytest
import yaml

from aws_advisor.core.errors import DataFileError
from aws_advisor.core.resources import shipped_tree_dir
from aws_advisor.core.tree import yaml_text
from aws_advisor.core.tree.files import iter_yaml_files

needs_libyaml = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml")

# broken text: the message both loaders give (libyaml's words)
BROKEN = {
    "a: [x, y\nb: 1\n": "2:2: YAML syntax error: did not find expected ',' or ']'",
    "a: {x: 1\nb: 2\n": "2:2: YAML syntax error: did not find expected ',' or '}'",
    "a: 1\n b: 2\n": "2:3: YAML syntax error: mapping values are not allowed in this context",
    "- a\n- b\nc: 1\n": "3:1: YAML syntax error: did not find expected '-' indicator",
    "a:\n  - x\n - y\n": "3:2: YAML syntax error: did not find expected key",
    "a:\n\tb: 1\n": "2:1: YAML syntax error: found character that cannot start any token",
    'a: "open\n': "2:1: YAML syntax error: found unexpected end of stream",
    "a: *nope\n": "1:4: YAML syntax error: found undefined alias",
    'a: "\\q"\n': "1:5: YAML syntax error: found unknown escape character",
    "a: !<x y> 1\n": "1:7: YAML syntax error: did not find the expected '>'",
    "a: 1\n- b\n": "2:1: YAML syntax error: did not find expected key",
    "a: ]\n": "1:4: YAML syntax error: did not find expected node content",
    "[a,, b]\n": "1:4: YAML syntax error: did not find expected node content",
    "{a: 1, b}\n: x\n": "2:1: YAML syntax error: did not find expected <document start>",
    "%FOO\n---\na\n": "1:5: YAML syntax error: found unknown directive name",
    "a: |\n x\n  y\nb\n": "5:1: YAML syntax error: could not find expected ':'",
    "a: 1\n---\nb: 2\n": "2:1: YAML syntax error: but found another document",
}


@pytest.mark.usefixtures("each_yaml_loader")
@pytest.mark.parametrize("text", BROKEN, ids=[f"case{i}" for i in range(len(BROKEN))])
def test_a_syntax_error_reads_the_same_with_either_loader(text: str) -> None:
    with pytest.raises(DataFileError) as caught:
        yaml_text.parse_yaml(text.encode(), "f.yaml", what="a tree file", empty="empty")
    assert [str(p) for p in caught.value.problems] == [f"f.yaml:{BROKEN[text]}"]


def _shape(node: yaml.Node | None) -> list[tuple[str, int, int, object]]:
    """Every node's tag, position and (for a scalar) value, depth first."""
    assert node is not None
    out: list[tuple[str, int, int, object]] = []
    stack = [node]
    while stack:
        item = stack.pop()
        scalar = item.value if isinstance(item, yaml.ScalarNode) else None
        out.append((item.tag, item.start_mark.line, item.start_mark.column, scalar))
        if isinstance(item, yaml.SequenceNode):
            stack.extend(item.value)
        elif isinstance(item, yaml.MappingNode):
            for key, value in item.value:
                stack.extend((key, value))
    return out


TRICKY = (
    "a: yes\nb: No\nc: ~\nd:\ne: ''\nf: 1e3\ng: .inf\nh: 2024-01-01\ni: 0x1F\nj: 1_000\n"
    "k: <<\nl: =\nm: '12'\nn: .NaN\no: -0.5\np: 2001-12-14t21:59:43.10-05:00\nq: null\n"
    "r: [on, off, Y, n]\ns: {? x}\n"
)


@pytest.mark.parametrize("loader", ["LOADER", "PYTHON_LOADER"])
def test_the_fast_resolver_gives_the_stock_safe_loaders_tags(loader: str) -> None:
    fast = getattr(yaml_text, loader)
    assert _shape(yaml.compose(TRICKY, Loader=fast)) == _shape(
        yaml.compose(TRICKY, Loader=yaml.SafeLoader)
    )


def test_the_safe_resolver_has_no_path_resolvers_the_fast_one_would_skip() -> None:
    assert not yaml.SafeLoader.yaml_path_resolvers
    if yaml.__with_libyaml__:
        assert not yaml.CSafeLoader.yaml_path_resolvers


@needs_libyaml
def test_every_shipped_tree_composes_alike_with_either_loader() -> None:
    for path in iter_yaml_files(shipped_tree_dir()):
        text = path.read_text(encoding="utf-8")
        stock = _shape(yaml.compose(text, Loader=yaml.CSafeLoader))
        assert _shape(yaml.compose(text, Loader=yaml_text.LOADER)) == stock, path.name
        assert _shape(yaml.compose(text, Loader=yaml_text.PYTHON_LOADER)) == stock, path.name
