"""The template and component syntax static-site generators leave in Markdown sources: a
markdown-it plugin that drops it before the blocks are read, keeping what it wraps.

- Liquid tags alone on a line (Jekyll `{% include toc.html %}`, GitBook `{% hint %}` /
  `{% endhint %}`, `{% tabs %}`, `{% raw %}`) go; an include's `content="..."` stays as text.
- A link to a Liquid tag (`[the standards]({% include standards-url %})`) is its text.
- kramdown's attribute lists (`**term**{:#term}`, `{: .note}`) go.
- Docusaurus and VuePress containers (`:::tip Title` ... `:::`) lose their fences and keep
  their body (a collapsible `::: details` stays); MDX `import` lines and `<Tabs>` tags go,
  their contents stay, each tab under its label.

Every line keeps its number: a dropped line becomes an empty one. Code is left alone.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore

from .challenges import quiz_markers
from .fences import FENCED_BLOCK, Fences
from .foldlabels import letter_title
from .lazyre import lazy

# A fence (kept whole), or a line of site syntax.
_SITE_LINE = lazy(
    FENCED_BLOCK + r"|(?P<liquid>^[ \t]*\{%-?\s*(?P<tag>\w+)(?P<args>[^\n]*?)-?%\}[ \t]*$)"
    r"|(?P<container>^[ \t]*(?P<colons>:::+)[ \t]*(?P<kind>[A-Za-z][\w-]*|\{[^\n]*\})?[^\n]*$)"
    r"|(?P<mdx>^(?:import|export)\s+[^\n]*\bfrom\s+['\"][^'\"\n]+['\"];?[ \t]*$"
    # A page's layout, exported on one line: `export default ({ children }) => <Layout>...`.
    r"|^export\s+default\s[^\n]*[;>)][ \t]*$"
    r"|^[ \t]*</?(?:Tabs|TabItem|Tab|Details|Admonition)\b[^\n]*>[ \t]*$)"
    # Any other component alone on its line(s): an opener, a closer, or one closing itself.
    r"|(?P<jsx>^[ \t]*<(?P<close>/)?(?P<name>[A-Z][\w.]*)(?P<props>(?:\s[^<>]*?)?)(?P<self>/)?>"
    r"[ \t]*$)"
    # A component holding one line of text on its own line: `<Title>What's the output?</Title>`.
    r"|(?P<inline>^[ \t]*<(?P<iname>[A-Z][\w.]*)(?:\s[^<>\n]*)?>(?P<itext>[^<>\n]+)</(?P=iname)>"
    r"[ \t]*$)",
    re.S | re.M,
)
# The prop that titles a collapsible component: `<Accordion title="...">`, `<FAQ title='...'>`;
# the title may hold the other quotes ("How do I use the Portal's API?").
_TITLE_PROP = lazy(
    r"""\b(?:title|summary|question|header)\s*=\s*\{?\s*(?P<q>["'`])(?P<text>(?:(?!(?P=q))[^\n])+)"""
    r"(?P=q)"
)
_KEPT_CONTAINERS = {"details", "spoiler"}  # collapsibles: a question over its answer
_TAB_LABEL = lazy(
    r"""^[ \t]*<TabItem\b[^>]*\blabel\s*=\s*(?P<q>["'])(?P<text>[^"'<>]+)(?P=q)"""
)
_CONTENT = lazy(r"""\bcontent\s*=\s*(?P<q>["'])(?P<text>.*?)(?P=q)""")
_LIQUID_LINK = lazy(r"\[(?P<text>[^\]\n]+)\]\(\s*\{%[^%\n]*%\}\s*\)")


# `??? "Why?"`: pymdownx's collapsible with a title and no type, which the admonition
# plugin would read as the type `"Why` and the title `?"`; it is given the type "note".
_UNTYPED_ADMONITION = lazy(r'^(?P<mark>[ \t]*(?:\?{3}\+?|!{3}))[ \t]+(?=")', re.M)


def site_syntax_plugin(md: MarkdownIt) -> None:
    """Teach a MarkdownIt to drop Liquid tags, site containers and MDX component lines."""
    md.core.ruler.before("block", "site_syntax", _drop_site_syntax)


def _drop_site_syntax(state: StateCore) -> None:
    if "===" in state.src:
        state.src = _open_tabs(state.src)
    if "--text--" in state.src or "<quiz>" in state.src:
        state.src = quiz_markers(state.src)
    if "\n\n" in state.src and _LONE_MARK.search(state.src):
        state.src = _LONE_MARK.sub(lambda m: m.group("fence") or "\\" + m.group("mark"), state.src)
    if "##" in state.src:
        state.src = _spaced_headings(state.src)
    if "\n---\n" in state.src:
        state.src = _SETTINGS_BLOCK.sub(_blank_lines, state.src)
    if "?**" in state.src or ":**" in state.src or "？**" in state.src:
        state.src = _BOLD_RUN_ON.sub(_spaced_bold, state.src)
    if "\n**" in state.src:
        state.src = _BOLD_CLOSED_BELOW.sub(_bold_closed_above, state.src)
    if "{#" in state.src or "{ #" in state.src:
        state.src = _HEADING_LINE.sub(_plain_heading, state.src)
    if '?? "' in state.src or '!! "' in state.src:
        state.src = _UNTYPED_ADMONITION.sub(r"\g<mark> note ", state.src)
    src = state.src
    if (
        "{%" not in src
        and ":::" not in src
        and "import " not in src
        and "{{" not in src
        and "{:" not in src
        and _COMPONENT.search(src) is None
        and _HTML_OPENER.search(src) is None
    ):
        return

    # The containers open at this point, each kept (a collapsible `::: details`, which
    # `details` reads as a question) or dropped: a closing `:::` goes with its opener.
    open_containers: list[bool] = []
    # The components open at this point, and whether each is a titled collapsible.
    open_components: list[tuple[str, bool]] = []

    def rewrite(match: re.Match[str]) -> str:
        if match.group("fence") is not None:
            return match.group(0)
        if match.group("liquid") is not None:
            content = _CONTENT.search(match.group("args") or "")
            return content.group("text") if content and match.group("tag") == "include" else ""
        if match.group("container") is not None:
            kind = match.group("kind")
            if kind is None:  # a closing fence
                return match.group(0) if open_containers and open_containers.pop() else ""
            kept = kind.lower() in _KEPT_CONTAINERS
            open_containers.append(kept)
            return match.group(0) if kept else ""
        if match.group("jsx") is not None:
            return _component(match, open_components)
        if match.group("inline") is not None:
            return _asking_component(match, open_components)
        # A tab's label says what its body is for ("Linux", "macOS"): it stays, in bold.
        label = _TAB_LABEL.search(match.group(0))
        return f"**{label.group('text')}**" if label else ""

    if _COMPONENT.search(src) is not None:
        src = _dedented_children(src)
    src = _SITE_LINE.sub(rewrite, src)
    if "\n\n" in src and _HTML_OPENER.search(src):
        src = _joined_html_blocks(src)
    if "{{<" in src or "{{%" in src:
        src = _INLINE_SHORTCODE.sub(_shortcode_text, src)
        src = _SHORTCODE_LINE.sub(_read_shortcode_line, src)
    if open_components or "\n::: details " in src:
        # A component's closer right above the next one's opener would run the two into one
        # paragraph: the opener closes it instead.
        src = _CLOSER_OVER_OPENER.sub(r"\n\g<opener>", src)
    if "{%" in src:
        src = _LIQUID_LINK.sub(lambda m: m.group("text"), src)
    if "{:" in src:
        src = _IAL.sub(lambda m: m.group("fence") or "", src)
    state.src = src


# A paragraph of one Markdown mark (`#`, `*`), between blank lines: the answer to "Which symbol
# makes a heading?" in notes on Markdown, not an empty heading or list item; outside code.
_LONE_MARK = lazy(
    r"(?P<fence>^[ \t]{0,3}(?P<fence_mark>`{3,}|~{3,})[^\n]*\n.*?"
    r"(?:^[ \t]{0,3}(?P=fence_mark)[ \t]*$|\Z))"
    r"|(?<=\n\n)(?P<mark>[#*+])(?=[ \t]*(?:\n\n|\n?\Z))",
    re.S | re.M,
)


# kramdown's attribute lists (`**atonal**{:#atonal}:`, `{: .note}`): a Jekyll page's ids and
# classes, no text; outside code.
_IAL = lazy(
    FENCED_BLOCK + r"|(?<!`)\{:[^{}\n]*\}",
    re.S | re.M,
)


# A heading written without the space after its hashes (`###Что такое UML?`), as Markdown
# renderers before CommonMark took it; two hashes at least (`#tag` is a tag), outside code.
_UNSPACED = lazy(
    FENCED_BLOCK + r"|^(?P<hashes>#{2,6})(?=[^\s#])",
    re.S | re.M,
)


# A heading's own id (`## Install {#install}`, VitePress and Pandoc; `{ #install }`, MkDocs'
# attribute lists): no words of the heading
# (its emoji shortcodes go from the parsed headings, Markdown's and HTML's alike: document.py).
_HEADING_LINE = lazy(
    FENCED_BLOCK + r"|^(?P<hashes>[ \t]{0,3}#{1,6}[ \t]+)(?P<text>[^\n]*\S)[ \t]*$",
    re.S | re.M,
)
_HEADING_ID = lazy(r"\s*\{[ \t]?#[\w:.-]+(?:\s+[^{}\n]*)?\}$")


def _plain_heading(match: re.Match[str]) -> str:
    if match.group("fence") is not None:
        return match.group(0)
    text = _HEADING_ID.sub("", match.group("text")).strip()
    return match.group("hashes") + (text or match.group("text"))


# A bold question or label closed right before the answer's first letter (`**What is X?**A
# chord ...`): CommonMark reads no bold there, and the list of questions it stands in would
# be lost; a space after it, as its writer meant. Outside code.
_BOLD_RUN_ON = lazy(
    FENCED_BLOCK + r"|(?<![*\w])\*\*(?=\S)[^*`\n]{1,200}?[?？:：]\*\*(?=[^\W_])",
    re.S | re.M,
)


# A bold question whose closing mark opens the next line (`**Can I paint X?` / `**Sure -
# ...`): CommonMark closes no bold there and shows the marks; the mark goes back to the
# question's end; outside code.
_BOLD_CLOSED_BELOW = lazy(
    FENCED_BLOCK + r"|^(?P<q>\*\*(?=\S)[^*`\n]{1,200}?[?？])(?P<gap>[ \t]*\n)\*\*(?=\S)",
    re.S | re.M,
)


def _bold_closed_above(match: re.Match[str]) -> str:
    if match.group("fence") is not None:
        return match.group(0)
    return match.group("q") + "**" + match.group("gap")


# A block of settings between rules inside the page, as quizdown writes over a quiz and
# over each question (`---` / `shuffle_answers: false` / `---`): no text; outside code.
_SETTINGS_BLOCK = lazy(
    FENCED_BLOCK + r"|(?<=\n)---[ \t]*\n(?:[A-Za-z_][\w-]*:[ \t]*[^\n]*\n)+---[ \t]*$",
    re.S | re.M,
)


def _blank_lines(match: re.Match[str]) -> str:
    """A match kept when it is code, else its lines left empty: every line keeps its number."""
    return match.group(0) if match.group("fence") else "\n" * match.group(0).count("\n")


# A content tab of MkDocs Material (pymdownx.tabbed): `=== "Linux"` over its body indented by
# four spaces, which Markdown alone would read as code.
_TAB_LINE = lazy(r"^(?P<indent>[ \t]*)===\+?[ \t]+(?P<q>[\"'])(?P<label>[^\"'\n]*)(?P=q)[ \t]*$")


def _open_tabs(src: str) -> str:
    """The source with each content tab's label in bold and its body out of its indent;
    every line keeps its number, code is left alone."""
    lines = src.split("\n")
    fences = Fences()
    for n, line in enumerate(lines):
        tab = None if fences.code(line) else _TAB_LINE.match(line)
        if tab is None:
            continue
        indent = tab["indent"]
        lines[n] = f"{indent}**{tab['label']}**" if tab["label"].strip() else ""
        body = indent + "    "
        m = n + 1
        while m < len(lines) and (not lines[m].strip() or lines[m].startswith(body)):
            if lines[m].strip():
                lines[m] = indent + lines[m][len(body) :]  # read in turn, as the loop goes on
            m += 1
    return "\n".join(lines)


def _spaced_bold(match: re.Match[str]) -> str:
    return match.group(0) if match.group("fence") else match.group(0) + " "


def _spaced_headings(src: str) -> str:
    """The source with its unspaced headings spaced, when it writes two or more so: one
    such line may be anything, a document's habit is its headings."""
    found = [m for m in _UNSPACED.finditer(src) if m.group("hashes")]
    if len(found) < 2:
        return src
    return _UNSPACED.sub(lambda m: m.group(0) if m.group("fence") else m.group(0) + " ", src)


# A line that opens or closes a component, alone on it: `<AccordionItem title="B">`.
_COMPONENT_TAG = lazy(r"^[ \t]*</?[A-Z][\w.]*(?:\s[^<>]*)?>[ \t]*$")


_LIST_ITEM = lazy(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")


def _dedented_children(src: str) -> str:
    """The lines between one component tag and the next, inside a component, moved left by
    their common indent when they open with a list item. MDX makes no code of indented
    lines: `<AccordionItem>`'s children, a list indented four spaces as JSX is, are a list,
    which markdown-it reads only when its items stand at the left (an item four spaces in
    would run on in the item above). Indented code elsewhere stays code."""
    lines = src.split("\n")
    fences = Fences()
    depth = 0
    run: list[int] = []  # the lines since the last tag, inside a component
    out = list(lines)

    def flush() -> None:
        indents = [len(lines[n]) - len(lines[n].lstrip(" \t")) for n in run if lines[n].strip()]
        cut = min(indents, default=0)
        first = next((lines[n] for n in run if lines[n].strip()), "")
        if cut and _LIST_ITEM.match(first):
            for n in run:
                out[n] = lines[n][cut:] if lines[n].strip() else lines[n]
        run.clear()

    for n, line in enumerate(lines):
        code = fences.code(line)
        if not code and _COMPONENT_TAG.match(line):
            flush()
            closing = line.lstrip().startswith("</")
            depth = max(0, depth - 1) if closing else depth + (not line.rstrip().endswith("/>"))
        elif depth:
            run.append(n)
    flush()
    return "\n".join(out)


_CLOSER_OVER_OPENER = lazy(r"^:::\n(?P<opener>::: details )", re.M)
_COMPONENT = lazy(r"^[ \t]*</?(?:Tab|[A-Z][\w.]*[\s/>]|[A-Z][\w.]*$)", re.M)


def _component(match: re.Match[str], open_components: list[tuple[str, bool]]) -> str:
    """An MDX component's line(s): a titled collapsible (`<Accordion title="Why?">` ...
    `</Accordion>`) becomes a `::: details` container, which `details` reads as a question
    over its answer; any other component's tags go and its contents stay. A tag spread over
    several lines keeps them, empty."""
    name = match.group("name")
    lines = "\n" * match.group(0).count("\n")
    if match.group("self"):
        return lines
    if match.group("close"):
        for n in range(len(open_components) - 1, -1, -1):
            if open_components[n][0] == name:
                titled = open_components[n][1]
                del open_components[n:]
                return ":::" + lines if titled else lines
        return lines
    title = _TITLE_PROP.search(match.group("props") or "")
    if title is None and _ANSWERING.search(name):
        # `<Question>` ... `<Answer>`: the answer is folded under its label, as `<details>`.
        open_components.append((name, True))
        return f"::: details {name}{lines}"
    if title is not None and letter_title(title.group("text")):
        title = None  # `<AccordionItem title="B">`: a glossary's letter, over its terms
    open_components.append((name, title is not None))
    return f"::: details {title.group('text').strip()}{lines}" if title else lines


# Components that name their part of a question: `<Question>`, `<FaqTitle>`; `<Answer>`,
# `<Solution>`.
_ASKING = lazy(r"question|frage|pregunta", re.I)
_TITLING = lazy(r"q|title|summary|prompt", re.I)  # a title: inside a component that asks
_ANSWERING = lazy(r"answer|solution|antwort|respuesta|r[eé]ponse|resposta|^a$", re.I)


def _asking_component(match: re.Match[str], open_components: list[tuple[str, bool]]) -> str:
    """A one-line component that asks (`<Title>What's the output?</Title>` inside a
    `<Question>`, or `<Question>Why?</Question>`) as a heading one level below the last, so
    what follows it (code to read, the folded answer) is the question's; any other, its text."""
    name, text = match.group("iname"), match.group("itext").strip()
    inside = any(_ASKING.search(outer) for outer, _ in open_components)
    if not (_ASKING.search(name) or (inside and _TITLING.fullmatch(name))):
        return match.group(0)
    before = _LAST_HEADING.findall(match.string, 0, match.start())
    level = min(6, len(before[-1]) + 1) if before else 2
    return "#" * level + " " + text


_LAST_HEADING = lazy(r"^[ \t]{0,3}(#{1,6})[ \t]", re.M)


# A Hugo shortcode inside a line of text (`in our {{< link slug="x" text="fee rules" >}}`):
# its text when it names one, else nothing. One alone on its line is a block's, left to the
# rules that read it (a paired `details` or `definition`).
_INLINE_SHORTCODE = lazy(r"\{\{[<%]\s*(?!/)[\w-]+(?P<args>[^\n{}]{0,400}?)[>%]\}\}")
_SHORTCODE_TEXT = lazy(
    r"""\b(?:text|title|label|name)\s*=\s*(?P<q>["'])(?P<text>[^"'\n]*)(?P=q)"""
)


def _shortcode_text(match: re.Match[str]) -> str:
    text = match.string
    start, end = match.start() - 1, match.end()
    while start >= 0 and text[start] in " \t":
        start -= 1
    while end < len(text) and text[end] in " \t\r":
        end += 1
    if (start < 0 or text[start] == "\n") and (end == len(text) or text[end] == "\n"):
        return match.group(0)  # alone on its line
    named = _SHORTCODE_TEXT.search(match.group("args"))
    return named.group("text") if named else ""


# A shortcode alone on its line (`{{< /blocks/products/pf/main-wrap-class >}}`, a page
# template's wrapper): it goes, unless it is a collapsible that `details` reads.
_SHORTCODE_LINE = lazy(
    r"^[ \t]*\{\{[<%]\s*/?\s*(?P<name>[\w/-]+)[^\n{}]{0,400}?[>%]\}\}[ \t]*$", re.M
)
_READ_SHORTCODES = {"details", "expand", "spoiler", "collapse", "accordion"}


def _read_shortcode_line(match: re.Match[str]) -> str:
    return match.group(0) if match.group("name").lower() in _READ_SHORTCODES else ""


# A block of raw HTML opened at the start of a line (`<div class="card">`), which a site's
# Markdown (kramdown) reads up to its closing tag while CommonMark ends it at the first blank
# line and takes the indented markup after it for code.
_HTML_OPENER = lazy(
    r"^<(div|section|article|main|aside|table|dl|details|figure|blockquote|header|footer)\b[^>]*>",
    re.M,
)
_HTML_TAG = {
    name: lazy(rf"<(/?){name}\b[^>]*?(/?)>", re.I)
    for name in (
        *("div", "section", "article", "main", "aside", "table", "dl", "details"),
        *("figure", "blockquote", "header", "footer"),
    )
}
_INDENTED_TAG = lazy(r"^(?: {4,}|\t)\s*</?[A-Za-z]")
_MAX_HTML_LINES = 2000  # a raw block longer than this is left as CommonMark reads it


def _joined_html_blocks(src: str) -> str:
    """Each raw HTML block opened at a line's start, up to its closing tag, kept one block:
    its blank lines hold an empty comment (the lines keep their numbers)."""
    lines = src.split("\n")
    n = 0
    fence = ""
    while n < len(lines):
        line = lines[n]
        marker = re.match(r"^[ \t]{0,3}(`{3,}|~{3,})", line)
        if marker:
            fence = "" if fence and marker.group(1).startswith(fence) else fence or marker.group(1)
            n += 1
            continue
        opened = None if fence else _HTML_OPENER.match(line)
        if opened is None:
            n += 1
            continue
        tag = _HTML_TAG[opened.group(1).lower()]
        depth, end = 0, None
        for m in range(n, min(len(lines), n + _MAX_HTML_LINES)):
            for found in tag.finditer(lines[m]):
                if found.group(2):
                    continue  # self-closing
                depth += -1 if found.group(1) else 1
            if depth <= 0:
                end = m
                break
        if end is None:
            n += _MAX_HTML_LINES  # never closed: the lines scanned hold no block to join
            continue
        for m in range(n + 1, end):
            # Only where the markup after a blank line is indented as code: Markdown
            # written inside a `<details>` after a blank line stays Markdown (GitHub's way).
            if not lines[m].strip() and _INDENTED_TAG.match(lines[m + 1]):
                lines[m] = "<!---->"
        n = end + 1
    return "\n".join(lines)
