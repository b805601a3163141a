"""Quizzes written in a quiz plugin's markers, read as the task-list quizzes they are:
freeCodeCamp's marker headings, and mkdocs-quiz's `<quiz>` blocks.

freeCodeCamp's curriculum (in every language it is translated to) writes each question of
a quiz under marker headings instead of in Markdown's own terms:

    ### --question--
    #### --text--              the question
    #### --distractors--       wrong options, split by `---` lines
    #### --answer--            the right option

and its video challenges `## --answers--` (options split by `---`, each perhaps with a
`### --feedback--` note) with `## --video-solution--` naming the right one by its number.
`quiz_markers` rewrites such a source as headings over task lists (`- [ ]`, `- [x]`), which
the quiz rules read; a note goes under its option. Every line keeps its number (a marker
becomes an empty line); code is left alone. Pure.
"""

from __future__ import annotations

import zlib
from itertools import pairwise

from .fences import Fences
from .lazyre import lazy

__all__ = ["quiz_markers"]

_MARKER = lazy(r"^#{1,6}[ \t]+--(?P<name>[a-z-]+)--[ \t]*$")
_FENCE = lazy(r"^[ \t]{0,3}(?P<mark>`{3,}|~{3,})")
_RULE = lazy(r"^[ \t]*---[ \t]*$")
_INDENT = "  "  # an option's lines after its first: inside the item `- [ ]`


def quiz_markers(src: str) -> str:
    """`src` with its quiz markers read as headings over task lists; as it is when it
    asks nothing by them (no question text, or no answer)."""
    if "<quiz>" in src:
        src = _quiz_blocks(src)
    if "--text--" not in src:
        return src
    lines = src.split("\n")
    parts = _parts(lines)
    names = {name for name, _, _ in parts}
    if "text" not in names or not names & {"answer", "answers"}:
        return src
    out = list(lines)
    solution = _video_solution(lines, parts)
    for name, start, end in parts:
        out[start] = ""  # the marker itself
        body = range(start + 1, end)
        if name == "text":
            _question(out, body)
        elif name in {"distractors", "answer", "answers"}:
            options, rules = _options(lines, body)
            for n in rules:
                out[n] = ""
            for number, option in enumerate(options, 1):
                right = name == "answer" or (name == "answers" and number == solution)
                _option(out, option, right)
        elif name == "video-solution":
            for n in body:
                out[n] = ""
    for (first, start, _), (second, _, end) in pairwise(parts):
        if (first, second) == ("distractors", "answer"):
            out[start:end] = _shuffled(out[start:end])
    return "\n".join(out)


def _shuffled(region: list[str]) -> list[str]:
    """The options of one question with the right one, written last, moved among the
    wrong ones as freeCodeCamp's own page does: a card whose answer is always its last
    option teaches the place, not the answer. The place follows from the options' text,
    so a build is the same every time; the region keeps its number of lines."""
    items: list[list[str]] = []
    for line in region:
        if line.startswith(("- [ ]", "- [x]")):
            items.append([])
        if items:
            items[-1].append(line)
    items = [_trimmed(item) for item in items]
    if len(items) < 2 or not items[-1][0].startswith("- [x]"):
        return region
    right, wrong = items[-1], items[:-1]
    place = zlib.crc32("\n".join(region).encode()) % len(items)
    ordered = [*wrong[:place], right, *wrong[place:]]
    laid = [""] + [line for item in ordered for line in [*item, ""]]
    if len(laid) > len(region):
        return region
    return laid + [""] * (len(region) - len(laid))


def _trimmed(item: list[str]) -> list[str]:
    while item and not item[-1].strip():
        item.pop()
    return item


_QUIZ_OPEN = lazy(r"^[ \t]*<quiz>[ \t]*$")
_QUIZ_CLOSE = lazy(r"^[ \t]*</quiz>[ \t]*$")


def _quiz_blocks(src: str) -> str:
    """mkdocs-quiz's `<quiz>` blocks (the question's lines, then its `- [x]` / `- [ ]`
    answers, then `</quiz>`): the tags go, the question's first line is a heading over the
    rest. Outside code."""
    lines = src.split("\n")
    fences = Fences()
    opened = False
    for n, line in enumerate(lines):
        if fences.code(line):
            continue
        if _QUIZ_OPEN.match(line):
            lines[n], opened = "", True
        elif _QUIZ_CLOSE.match(line):
            lines[n], opened = "", False
        elif opened and line.strip():
            lines[n] = line[: len(line) - len(line.lstrip())] + "#### " + line.strip()
            opened = False
    return "\n".join(lines)


def _parts(lines: list[str]) -> list[tuple[str, int, int]]:
    """Each marker's name, its line, and the line where its part ends (the next marker),
    outside code."""
    marks: list[tuple[str, int]] = []
    fences = Fences()
    for n, line in enumerate(lines):
        if fences.code(line):
            continue
        if (marker := _MARKER.match(line)) and marker.group("name") != "feedback":
            marks.append((marker.group("name"), n))  # an option's feedback stays in it
    ends = [n for _, n in marks[1:]] + [len(lines)]
    return [(name, n, end) for (name, n), end in zip(marks, ends, strict=True)]


def _video_solution(lines: list[str], parts: list[tuple[str, int, int]]) -> int:
    """The number a video challenge gives its right option by, or 0."""
    for name, start, end in parts:
        if name == "video-solution":
            number = " ".join(lines[start + 1 : end]).strip()
            return int(number) if number.isdigit() else 0
    return 0


def _question(out: list[str], body: range) -> None:
    """The question's first line as a heading, when it is a paragraph of one line."""
    text = [n for n in body if out[n].strip()]
    if not text:
        return
    first = text[0]
    one_line = first + 1 >= len(out) or not out[first + 1].strip()
    if one_line and not _FENCE.match(out[first]) and not out[first].startswith((" ", "\t")):
        out[first] = "#### " + out[first].strip()


def _options(lines: list[str], body: range) -> tuple[list[list[int]], list[int]]:
    """The lines of each option in `body`, and the `---` lines outside code that split
    them."""
    options: list[list[int]] = [[]]
    rules = []
    fences = Fences()
    for n in body:
        if not fences.code(lines[n]) and _RULE.match(lines[n]):
            options.append([])
            rules.append(n)
            continue
        options[-1].append(n)
    return [option for option in options if any(lines[n].strip() for n in option)], rules


def _option(out: list[str], option: list[int], right: bool) -> None:
    """One option as a task-list item; its feedback marker goes, its note stays under it.
    An option opening with code has its box on the empty line above it (`- [x]` over the
    fence)."""
    first = next(n for n in option if out[n].strip())
    box = "- [x]" if right else "- [ ]"
    if _FENCE.match(out[first]) and first > 0 and not out[first - 1].strip():
        out[first - 1] = box
        out[first] = _INDENT + out[first]
    else:
        out[first] = f"{box} {out[first].strip()}"
    for n in option:
        if n <= first:
            continue
        if _MARKER.match(out[n]):
            out[n] = ""  # `### --feedback--`: the note after it is the option's own
        elif out[n].strip():
            out[n] = _INDENT + out[n]
