"""YAML of configs and front matter read as plain data: no tags that build objects, aliases
bounded (a "billion laughs" is refused before it is expanded), control characters dropped."""

from __future__ import annotations

from typing import Any

from .errors import ConfigError
from .lazyre import lazy
from .terminal import without_sequences

_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_UNKNOWN_TAG = lazy(r"constructor for the tag '([^']*)'")


def read_yaml(text: str, display: str, first_line: int = 1) -> Any:
    """Parse YAML text as plain data: no tags that build objects, aliases bounded (a
    "billion laughs" is refused before it is expanded), control characters dropped."""
    import yaml  # here, not at the top: the quiz finds its guides without parsing YAML

    try:
        # libyaml's C parser where the wheel has it: the same nodes, marks and errors at a
        # tenth of the pure-Python parser's time (25 ms for the TPM guide's config).
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None
            _check_size(node, len(text), display, first_line)
            return _without_controls(loader.construct_document(node))
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = first_line + mark.line if mark else first_line
        problem = err.problem or "malformed YAML"
        tag = _UNKNOWN_TAG.search(problem)
        if isinstance(err, yaml.constructor.ConstructorError) and tag:
            # safe_load refuses tags that would build Python objects (and run code).
            name = tag.group(1).replace("tag:yaml.org,2002:", "!!")
            raise ConfigError(
                f"the YAML tag `{name}` is refused: only plain text, numbers, lists "
                "and mappings are allowed; remove the tag",
                display,
                line,
            ) from None
        raise ConfigError(
            f"invalid YAML ({problem}); fix the front matter or config", display, line
        ) from None
    except yaml.YAMLError as err:
        raise ConfigError(f"invalid YAML ({err}); fix it", display, first_line) from None
    except RecursionError:
        raise ConfigError(
            "YAML nested too deeply; flatten the front matter or config", display, first_line
        ) from None


# Aliases may repeat a value, but the whole document, aliases expanded, stays within this
# many nodes per character of its text (plus a little): no "billion laughs".
YAML_NODES_PER_CHAR = 2
YAML_NODES_EXTRA = 1000


def _check_size(root: Any, length: int, display: str, first_line: int) -> None:
    """Refuse YAML whose aliases expand it far beyond its text, or that holds itself."""
    import yaml

    budget = YAML_NODES_PER_CHAR * length + YAML_NODES_EXTRA
    sizes: dict[int, int] = {}
    visiting: set[int] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if key in sizes:
            continue
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        parts = (
            [part for pair in node.value for part in pair]
            if isinstance(node, yaml.MappingNode)
            else list(node.value)
        )
        if children_done:
            visiting.discard(key)
            sizes[key] = 1 + sum(sizes[id(part)] for part in parts)
            if sizes[key] > budget:
                raise ConfigError(
                    "YAML aliases expand to more than "
                    f"{budget:,} values; write the values out instead of repeating aliases",
                    display,
                    first_line + node.start_mark.line,
                )
            continue
        if key in visiting:
            raise ConfigError(
                "a YAML alias refers to the value that holds it; remove the alias",
                display,
                first_line + node.start_mark.line,
            )
        visiting.add(key)
        stack.append((node, True))
        stack.extend((part, False) for part in parts if id(part) not in sizes)


def _without_controls(value: Any) -> Any:
    """YAML data with control characters dropped from every text in it (`"\\x1f"` in a
    double-quoted value): U+001F separates the fields of an Anki note."""
    if isinstance(value, str):
        return _CONTROL.sub("", without_sequences(value))
    if isinstance(value, list):
        return [_without_controls(v) for v in value]
    if isinstance(value, dict):
        return {_without_controls(k): _without_controls(v) for k, v in value.items()}
    return value
