"""Site generators' term syntaxes read as the definition lists they render, line for line
so every block keeps its source line:

- a paired shortcode that names a term (Hugo's `{{% definition "term" %}}` ...
  `{{% /definition %}}`): the term, then its body as the definition;
- a MyST / Sphinx glossary directive (`:::{glossary}` or a ```` ```{glossary} ```` fence):
  each unindented line a term (several in a row share one definition), the indented lines
  under them its definition; and MyST's `` {term}`fork` `` roles, as their words;
- an MDX component alone on its line that names a term and its definition in attributes
  (`<GlossaryEntry term="Docusaurus" definition="A site generator ..." />`)."""

from __future__ import annotations

import re

from .lazyre import lazy
from .markup import escape

__all__ = ["component_terms", "myst_glossaries", "term_shortcodes"]

# `{{% name "term" %}}` or `{{< name "term" >}}`, alone on its line, and its closing pair.
_OPEN = lazy(r'^\{\{([%<])\s*([\w-]+)\s+"([^"\n]+)"\s*[%>]\}\}\s*$')
_CLOSE = lazy(r"^\{\{[%<]\s*/\s*([\w-]+)\s*[%>]\}\}\s*$")
# The raw `<dl>` the shortcodes render into: no text of its own, and left in it would hold
# the Markdown after it as raw HTML.
_WRAPPER = lazy(r"^\s*</?dl\b[^>]*>\s*$", re.I)
# An empty anchor naming the next entry (`<a name="x"></a>`): left in, it would hold the term
# below it as raw HTML.
_ANCHOR = lazy(r"^\s*<a\s+(?:name|id)=[^>]*>\s*</a>\s*$", re.I)


def term_shortcodes(text: str) -> str:
    """Each paired shortcode with one quoted name as `term` / `: definition` (its further
    paragraphs indented into the definition); a pair left open stays as it was."""
    lines = text.split("\n")
    out = list(lines)
    n = 0
    found = False
    while n < len(lines):
        opened = _OPEN.match(lines[n])
        end = _closing(lines, n, opened.group(2)) if opened else None
        if opened is None or end is None:
            n += 1
            continue
        out[n] = opened.group(3).strip()
        if n and _ANCHOR.match(lines[n - 1]):
            out[n - 1] = ""
        first = True
        for m in range(n + 1, end):
            line = lines[m]
            if not line.strip():
                out[m] = ""
            elif first:
                out[m] = f": {line.strip()}"
                first = False
            else:
                indent = not lines[m - 1].strip() or out[m - 1].startswith(" ")
                out[m] = f"    {line}" if indent else line
        out[end] = ""
        n = end + 1
        found = True
    if found:
        out = ["" if _WRAPPER.match(line) else line for line in out]
    return "\n".join(out)


def _closing(lines: list[str], start: int, name: str) -> int | None:
    for m in range(start + 1, len(lines)):
        closed = _CLOSE.match(lines[m])
        if closed:
            return m if closed.group(1) == name else None
        if _OPEN.match(lines[m]):
            return None
    return None


# A MyST glossary directive's fence, with a colon or backtick fence of three or more.
_GLOSSARY_OPEN = lazy(r"^[ \t]{0,3}(?P<fence>:{3,}|`{3,})\{glossary\}[ \t]*$")
_FENCE = lazy(r"^[ \t]{0,3}(?P<fence>`{3,}|~{3,})")
_OPTION = lazy(r"^:[\w-]+:")  # `:sorted:`, a directive's option line
_DEFINITION = lazy(r"^:[ \t]+")  # `: meaning`, a definition list's definition line
# A MyST role (`` {term}`fork` ``, `` {ref}`the guide <guide-label>` ``): its words.
_ROLE = lazy(
    r"\{(?:term|ref|doc|numref|abbr|download)\}`(?P<text>[^`<\n]*?)\s*(?:<[^`>\n]*>)?`"
)


def myst_glossaries(text: str) -> str:
    """Each MyST glossary directive as a definition list (`term` / `: definition`), and
    MyST's reference roles as their words; code fences are left alone."""
    if "{glossary}" not in text and "}`" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    n = 0
    fence = ""
    while n < len(lines):
        line = lines[n]
        opened = _GLOSSARY_OPEN.match(line) if not fence else None
        if opened:
            end = _glossary_end(lines, n, opened.group("fence"))
            if end is not None:
                out += ["", *_glossary(lines[n + 1 : end]), ""]  # the fences go
                n = end + 1
                continue
        marker = _FENCE.match(line)
        if marker and (not fence or marker.group("fence").startswith(fence)):
            fence = "" if fence else marker.group("fence")[0] * len(marker.group("fence"))
        out.append(line if fence or marker else _ROLE.sub(r"\g<text>", line))
        n += 1
    return "\n".join(out)


def _glossary_end(lines: list[str], start: int, fence: str) -> int | None:
    for m in range(start + 1, len(lines)):
        if lines[m].strip() == fence:
            return m
    return None


def _glossary(body: list[str]) -> list[str]:
    """A glossary directive's body as definition-list lines, as many lines as it had."""
    out = ["" for _ in body]
    terms: list[int] = []
    opened = False  # whether the current entry's definition has begun
    for m, line in enumerate(body):
        if not line.strip() or (not terms and _OPTION.match(line)):
            continue
        # mystmd writes the definition as a definition list's (`: meaning`), unindented.
        listed = _DEFINITION.match(line)
        if listed:
            line = " " + line[listed.end() :]
        elif opened and body[m - 1].strip():
            line = " " + line  # a definition's line wrapped without its indent: it goes on
        if not line[:1].isspace():
            if opened:
                terms, opened = [], False
            terms.append(m)
            continue
        if not terms:
            continue  # a definition with no term above it is nothing to ask
        words = _ROLE.sub(r"\g<text>", line.strip())
        if not opened:
            names = [body[t].strip() for t in terms]
            # Next to its definition: the list's syntax wants the term on the line above.
            out[terms[-1]] = names[0] + (f" ({', '.join(names[1:])})" if names[1:] else "")
            out[m] = f": {words}"
            opened = True
        else:
            out[m] = f"    {words}"
    return out


# `<GlossaryEntry term="..." definition="..." />`: a component naming a term and its meaning.
_COMPONENT = lazy(r"^[ \t]*<[A-Z][\w.]*\b(?P<attrs>[^<>]*?)/>[ \t]*$", re.M)
_ATTRIBUTE = lazy(r'\b(?P<name>[\w-]+)\s*=\s*(?:"(?P<dq>[^"]*)"|\'(?P<sq>[^\']*)\')')
_TERM_NAMES = ("term", "name", "title", "word")
_MEANING_NAMES = ("definition", "description", "meaning", "explanation")
_QUESTION_NAMES = ("question", "prompt")
_ANSWER_NAMES = ("answer", "solution", "correctanswer", "correct")


def component_terms(text: str) -> str:
    """Each MDX component line that names a term and its definition, as `**term**: definition`
    on the same line; one that names a question and its answer (`<Quiz question="..."
    answer="..." />`), as a `<details>` fold; any other line as it is."""
    if "/>" not in text:
        return text
    return _COMPONENT.sub(_component_term, text)


def _component_term(match: re.Match[str]) -> str:
    attrs = {
        m["name"].lower(): m["dq"] if m["dq"] is not None else m["sq"]
        for m in _ATTRIBUTE.finditer(match["attrs"])
    }
    question = next((attrs[n] for n in _QUESTION_NAMES if attrs.get(n)), "")
    answer = next((attrs[n] for n in _ANSWER_NAMES if attrs.get(n)), "")
    if question.strip() and answer.strip():
        # A fold: its answer ends with it, where an `A:` line would run on into the text.
        return (
            f"<details><summary>{escape(question.strip())}</summary>"
            f"<p>{escape(answer.strip())}</p></details>"
        )
    term = next((attrs[n] for n in _TERM_NAMES if attrs.get(n)), "")
    meaning = next((attrs[n] for n in _MEANING_NAMES if attrs.get(n)), "")
    if not term or not meaning:
        return match.group(0)
    return f"**{term.strip()}**: {meaning.strip()}"
