"""A card's HTML as text for the terminal: images, sounds, MathJax and tables kept. Pure.

`markup.to_text` makes one line; a quiz card needs what the learner would see in Anki:
`[image: name]` where a picture was, `[audio: name]` for `[sound:...]`, MathJax as plain
text (`\\(\\frac{3}{4}\\)` as `3/4`), and a table as aligned rows.
"""

from __future__ import annotations

import html as htmllib
import re

from .lazyre import lazy
from .markup import to_text

_IMG = lazy(r"<img\b[^>]*?\bsrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))[^>]*>", re.I)
_SOUND = lazy(r"\[sound:([^\]]*)\]")
_MATH = lazy(r"\\\((.*?)\\\)|\\\[(.*?)\\\]", re.S)
_TABLE = lazy(r"<table\b.*?</table>", re.S | re.I)
_ROW = lazy(r"<tr\b[^>]*>(.*?)</tr>", re.S | re.I)
_CELL = lazy(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.S | re.I)
_TABLE_MARK = "\x00table{}\x00"

_TEX_SYMBOLS = {
    r"\times": "×",
    r"\cdot": "·",
    r"\div": "÷",
    r"\pm": "±",
    r"\le": "≤",
    r"\leq": "≤",
    r"\ge": "≥",
    r"\geq": "≥",
    r"\neq": "≠",
    r"\ne": "≠",
    r"\approx": "≈",
    r"\infty": "∞",
    r"\to": "→",
    r"\rightarrow": "→",
    r"\leftarrow": "←",
    r"\pi": "π",
    r"\alpha": "α",
    r"\beta": "β",
    r"\gamma": "γ",
    r"\delta": "δ",
    r"\Delta": "Δ",
    r"\theta": "θ",
    r"\lambda": "λ",
    r"\mu": "μ",
    r"\sigma": "σ",
    r"\Sigma": "Σ",
    r"\omega": "ω",
    r"\Omega": "Ω",
    r"\sum": "Σ",
    r"\int": "∫",
    r"\degree": "°",
    r"\circ": "°",
    r"\%": "%",
    r"\,": " ",
    r"\;": " ",
    r"\!": "",
    r"\ ": " ",
}
_BRACED = r"\{((?:[^{}]|\{[^{}]*\})*)\}"


def math_text(tex: str) -> str:
    """MathJax source as plain text: `\\frac{3}{4}` is `3/4`, `x^{2}` is `x^2`."""
    text = tex.strip()
    for _ in range(4):  # nested fractions and roots, from the inside out
        text = re.sub(r"\\[dt]?frac\s*" + _BRACED + r"\s*" + _BRACED, _fraction, text)
        text = re.sub(r"\\sqrt\s*" + _BRACED, r"sqrt(\1)", text)
    text = re.sub(r"\\(?:left|right|big|Big|bigg|Bigg)\s*", "", text)
    text = re.sub(
        r"\\(?:text|mathrm|mathbf|mathit|operatorname|textbf|textit)\s*" + _BRACED, r"\1", text
    )
    for name, symbol in sorted(_TEX_SYMBOLS.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(re.escape(name) + r"(?![A-Za-z])", symbol, text)
    text = re.sub(r"([\^_])\{([^{}]*)\}", lambda m: m.group(1) + _grouped(m.group(2)), text)
    text = re.sub(r"\\([A-Za-z]+)", r"\1", text)  # an unknown command keeps its name
    text = text.replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", text).strip()


def _grouped(text: str) -> str:
    return text if re.fullmatch(r"\w+", text) else f"({text})"


def _fraction(m: re.Match[str]) -> str:
    top, bottom = m.group(1).strip(), m.group(2).strip()
    return f"{_grouped(top)}/{_grouped(bottom)}"


def _table_lines(table: str) -> list[str]:
    rows = [[to_text(c) for c in _CELL.findall(row)] for row in _ROW.findall(table)]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    sizes = [max(len(r[n]) for r in rows) for n in range(width)]
    return [
        "  ".join(cell.ljust(size) for cell, size in zip(r, sizes, strict=True)).rstrip()
        for r in rows
    ]


def readable(fragment: str) -> str:
    """The text a learner sees on the card; a table's rows on lines of their own."""
    tables: list[list[str]] = []

    def keep_table(m: re.Match[str]) -> str:
        tables.append(_table_lines(m.group(0)))
        return " " + _TABLE_MARK.format(len(tables) - 1) + " "

    text = _TABLE.sub(keep_table, fragment)
    text = _IMG.sub(
        lambda m: f" [image: {htmllib.unescape(m.group(1) or m.group(2) or m.group(3) or '')}] ",
        text,
    )
    text = _SOUND.sub(lambda m: f" [audio: {m.group(1).strip()}] ", text)
    text = _MATH.sub(
        lambda m: htmllib.escape(
            math_text(htmllib.unescape(m.group(1) if m.group(1) is not None else m.group(2)))
        ),
        text,
    )
    text = to_text(text)
    if not tables:
        return text
    out: list[str] = []
    for part in re.split(r"\s*\x00table(\d+)\x00\s*", text):
        if part.isdigit():
            out += tables[int(part)]
        elif part.strip():
            out.append(part.strip())
    return "\n".join(out)


_MEDIA_MARK = lazy(r"\s*\[(?:image|audio): [^\]]*\]")


def without_media(text: str) -> str:
    """The text with its `[image: ...]` and `[audio: ...]` marks left out: nobody types them."""
    return _MEDIA_MARK.sub("", text).strip()
