"""Multiple-choice questions: their options (lettered, ticked, starred, keyed) go with the
question, and the option the guide marks or names is the answer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bs4 import BeautifulSoup, Tag

from ..lazyre import lazy
from ..markup import escape, to_text
from ..model import CardKind
from .base import NUMBERING, Found, ends_question, may_ask, unwrap_p
from .emphasis import without_explanation_title
from .items import first_line
from .labels import qa_label, strip_label

__all__ = [
    "LINE_BREAK",
    "OPTION_LINE",
    "bold_marked",
    "bolded_choice",
    "checked_choice",
    "choice_item",
    "choices",
    "chosen_option",
    "has_answer_item",
    "keyed_item",
    "labelled_choice",
    "lettered_choice",
    "starred_item",
]


def choices(question: str, answer: str) -> tuple[str, str]:
    """A multiple-choice question: its options (`a) ...`, `b) ...`) go with the question and
    the labelled item (`**Respuesta correcta:** b) ===`, `Answer: C`) is the answer."""
    if answer.count("<ul") + answer.count("<ol") != 1 or not has_answer_item(answer):
        return lettered_choice(question, answer) or (question, answer)
    soup = BeautifulSoup(answer, "html.parser")
    items = soup.find_all("li")
    labelled = [li for li in items if qa_label(unwrap_p(li.decode_contents())) == "a"]
    if len(labelled) != 1 or len(items) < 3:
        return question, answer
    correct = strip_label(unwrap_p(labelled[0].decode_contents())).strip()
    labelled[0].decompose()
    return f"{question}{soup.decode()}", f"<p>{correct}</p>"


def has_answer_item(html: str) -> bool:
    return "<li" in html and any(
        qa_label(unwrap_p(item)) == "a" for item in re.findall(r"<li[^>]*>(.*?)</li>", html, re.S)
    )


# An option of a multiple-choice question on a line of its own: `A) ...`, `**B.** ...`.
_OPTION = lazy(r"^\s*\(?(?P<letter>[A-Ha-h])[).:]\s*(?P<text>\S.*)$", re.S)
_OPTION_BREAK = lazy(r"<br\s*/?>|\n|</?(?:p|li|ul|ol)\b[^>]*>", re.I)
_LETTER = lazy(r"\s*\(?(?P<letter>[A-Ha-h])\)?[.)]?\s*")
# The letter and the option's text after it: `b) DNS`, `c - 1250 grados`.
_LETTER_AND_TEXT = lazy(r"\s*\(?(?P<letter>[A-Ha-h])\)?(?:[.)]|\s+[-–—])\s+\S.*")


_SPACED_OPTION = lazy(r"^\s*(?P<letter>[A-H])\s+(?P<text>\S.*)$", re.S)


def _lettered_in_order(lines: Sequence[str]) -> bool:
    """Whether lines open with the letters A, B, C, ... in order, a space after each."""
    return len(lines) >= 2 and all(
        (m := _SPACED_OPTION.match(line)) is not None and m.group("letter") == "ABCDEFGH"[n]
        for n, line in enumerate(lines)
    )


def _names_letter(text: str) -> re.Match[str] | None:
    return _LETTER.fullmatch(text) or _LETTER_AND_TEXT.fullmatch(text)


def chosen_option(question: str, answer: str) -> str | None:
    """The answer of a multiple-choice question whose answer only names a letter
    (`**Réponse correcte : B**`, `Answer: (c)`): that option's text, then the explanation
    after the label. None when the answer names no option the question has."""
    first, rest = first_line(answer)
    label = re.sub(r"[*_]", "", to_text(first)).strip()
    letter = _LETTER.fullmatch(strip_label(label)) if qa_label(label) == "a" else None
    # Or the answer opens with the option's letter itself: "B. SSO is an authentication
    # tool ..." (the letter, then why), where "B." is no label but names option B.
    opening = None if letter else _LETTER_OPENING.match(label)
    if letter is None and opening is None:
        return None
    options: dict[str, tuple[str, str]] = {}  # upper-case letter -> the letter as written, text
    for line in _OPTION_BREAK.split(question):
        option = _OPTION.match(re.sub(r"[*_]", "", to_text(line)))
        if option:
            written = option.group("letter")
            options.setdefault(written.upper(), (written, option.group("text").strip()))
    named = letter or opening
    chosen = options.get(named.group("letter").upper()) if named else None
    if len(options) < 2 or chosen is None:
        return None
    why = (opening.group("why") or "").strip() if opening else ""
    if why.rstrip(".").casefold() == chosen[1].rstrip(".").casefold():
        why = ""  # "B) Bisque": the option's own words again
    why = escape(why)
    return f"<p>{chosen[0]}) {escape(chosen[1])}</p>{f'<p>{why}</p>' if why else ''}{rest.strip()}"


_LETTER_OPENING = lazy(r"^\(?(?P<letter>[A-Ha-h])\)?[.)](?:\s+(?P<why>\S.*))?$", re.S)


def lettered_choice(question: str, answer: str) -> tuple[str, str] | None:
    """A question whose answer opens with its lettered options, one a line (`a. ARP`,
    `b) DNS`), then a label naming one (`Answer: b`): the options go with the question,
    the chosen one is the answer, what follows the label its explanation."""
    lines = _joined_options([line for line in _OPTION_BREAK.split(answer) if to_text(line).strip()])
    plain = [re.sub(r"[*_]", "", to_text(line)).strip() for line in lines]
    # The label names a letter: `a. ARP` is an option, though `a.` may label an answer.
    label = next(
        (
            n
            for n, line in enumerate(plain)
            if qa_label(line) == "a"
            and (_names_letter(strip_label(line)) or _SPACED_OPTION.fullmatch(strip_label(line)))
        ),
        None,
    )
    if label is None:
        return _options_repeated(question, plain)
    matches = [_OPTION.match(line) for line in plain[:label]]
    spaced = not all(matches) and _lettered_in_order(plain[:label])
    if spaced:
        # `A Flat` / `B Natural` / `C Sharp`: letters in order, a space after each.
        matches = [_SPACED_OPTION.match(line) for line in plain[:label]]
    if len(matches) < 2 or not all(matches):
        return None  # something else before the label: not a choice
    options = [(m.group("letter"), m.group("text").strip()) for m in matches if m]
    named = strip_label(plain[label])
    by_letter = _names_letter(named)
    letter = by_letter or (_SPACED_OPTION.fullmatch(named) if spaced else None)
    chosen = [o for o in options if letter and o[0].upper() == letter.group("letter").upper()]
    if not chosen or (not by_letter and named != f"{chosen[0][0]} {chosen[0][1]}"):
        return None  # `Answer: C Sharp` names option C by its letter and its text both
    listed = "<br>".join(f"{escape(o[0])}) {escape(o[1])}" for o in options)
    explanation = "".join(f"<p>{line.strip()}</p>" for line in lines[label + 1 :])
    chosen_html = f"<p>{escape(chosen[0][0])}) {escape(chosen[0][1])}</p>"
    return f"{question}<p>{listed}</p>", chosen_html + explanation


def _joined_options(lines: list[str]) -> list[str]:
    """Lines with an option's wrapped line joined to it (`A) quantity demanded to a change
    in the price of a substitute or` / `complement`): a line that is neither an option nor
    a label, after an option, goes on with that option."""
    out: list[str] = []
    for line in lines:
        text = re.sub(r"[*_]", "", to_text(line)).strip()
        if (
            out
            and _OPTION.match(re.sub(r"[*_]", "", to_text(out[-1])))
            and not (_OPTION.match(text) or qa_label(text))
        ):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _options_repeated(question: str, plain: Sequence[str]) -> tuple[str, str] | None:
    """Lettered options, one a line (`a. Namespaces` ... `d. All of the above`), then the
    right ones written again under them, with no label: the options go with the question,
    the lines written again are the answer."""
    options: list[tuple[str, str]] = []
    for line in plain:
        option = _OPTION.match(line)
        if (
            option is None
            or option["letter"].lower() != "abcdefgh"[len(options) : len(options) + 1]
        ):
            break
        options.append((option["letter"], option["text"].strip()))
    written = {_said(f"{letter}) {text}"): (letter, text) for letter, text in options}
    again = [
        written.get(_said(_OPTION.sub(r"\g<letter>) \g<text>", line)))
        for line in plain[len(options) :]
    ]
    if len(options) < 2 or not again or not all(again):
        return None
    listed = "<br>".join(f"{escape(letter)}) {escape(text)}" for letter, text in options)
    answer = "".join(f"<p>{escape(o[0])}) {escape(o[1])}</p>" for o in again if o)
    return f"{question}<p>{listed}</p>", answer


def _said(text: str) -> str:
    return " ".join(text.split()).casefold()


# An option marked right by a lone mark before or after it (`2. *False`, `` `b` * ``,
# `'s'[0].isupper() °`, `Paris ✓`), which Markdown leaves as it is: QCon's and course
# quizzes' key.
_MARKED = lazy(
    r"^\s*(?:\*|✓|✔|✅)(?=[^\s*])(?P<a>(?:(?!\*).)+?)\s*$"
    r"|^(?P<b>.*?\S)\s*(?<=\s)(?:\*|°|✓|✔|✅)\s*$",
    re.S,
)


def marked_options(options: Sequence[str]) -> tuple[list[str], list[str]] | None:
    """Options some of which carry a mark of the right one: all the options without their
    marks, and the marked ones; None when none is marked, or all are."""
    marks = [_MARKED.match(option) for option in options]
    right = [(m["a"] or m["b"]).strip() for m in marks if m]
    if len(options) < 2 or not right or len(right) == len(options):
        return None
    texts = [
        (m["a"] or m["b"]).strip() if m else option.strip()
        for m, option in zip(marks, options, strict=True)
    ]
    return texts, right


def _options_answer(texts: Sequence[str], right: Sequence[str]) -> tuple[str, str]:
    """The options shown with a question, and the right ones as its answer (one that opens
    with a block, code, as it is)."""
    listed = "".join(f"<li>{text}</li>" for text in texts)
    answer = (
        (right[0] if _BLOCK_FIRST.match(right[0]) else f"<p>{right[0]}</p>")
        if len(right) == 1
        else "<ul>" + "".join(f"<li>{text}</li>" for text in right) + "</ul>"
    )
    return f"<ul>{listed}</ul>", answer


def starred_item(item: str) -> tuple[str, str] | None:
    """A list item that asks on its first line over a list of its options, the right ones
    marked (`*`, `°`, `✓`): the question with its options, and the marked ones."""
    head, rest = first_line(item)
    if "<li" not in rest:
        return None
    nested = BeautifulSoup(rest, "html.parser").find(["ul", "ol"])
    if not isinstance(nested, Tag) or not to_text(head).strip():
        return None
    options = [unwrap_p(li.decode_contents()) for li in nested.find_all("li", recursive=False)]
    marked = marked_options(options)
    if marked is None:
        return None
    shown, answer = _options_answer(*marked)
    return f"{NUMBERING.sub('', head).strip()}{shown}", answer


def keyed_item(item: str) -> tuple[str, str] | None:
    """A list item whose lines are a question (with or without its mark: "Identify the
    characteristics of a liquid."), its lettered options and a label naming one, however
    nested (options as sub-items, the key in a hidden `<span>`): the question with its
    options, and the chosen one."""
    if "<li" not in item:
        return None  # options of their own list, or no choice
    lines = [to_text(line).strip() for line in _OPTION_BREAK.split(item)]
    lines = [line for line in lines if line]
    first = next((n for n, line in enumerate(lines) if _OPTION.match(line)), 0)
    if len(lines) < 4 or not 1 <= first <= 3:
        return None
    # What stands between the question and its options is shown with it ("p+ = 12 n° = 14").
    question = escape(NUMBERING.sub("", lines[0]).strip()) + "".join(
        f"<p>{escape(line)}</p>" for line in lines[1:first]
    )
    return lettered_choice(question, "\n".join(escape(line) for line in lines[first:]))


def choice_item(item: str) -> tuple[str, str] | None:
    """A list item that asks on its first line, then lists lettered options and a label
    naming one: the question with its options, and the chosen one."""
    if not may_ask(item):
        return None  # no question mark of any script, nor an entity that may be one
    head, rest = first_line(item)
    first, _, more = _split_line(head)
    if not ends_question(to_text(first)):
        return None
    return lettered_choice(NUMBERING.sub("", first).strip(), f"{more}\n{rest}")


def _split_line(html: str) -> tuple[str, str, str]:
    parts = re.split(r"\s*(?:<br\s*/?>|\n)\s*", html, maxsplit=1)
    return (parts[0], "\n", parts[1]) if len(parts) == 2 else (html, "", "")


# A task-list item, as Markdown leaves it (`[x] Culture`) or as a page writes it (a checkbox).
_TASK = lazy(r"^\s*\[(?P<mark>[ xX])\]\s+(?P<text>\S.*)$", re.S)
_BLOCK_FIRST = lazy(r"\s*<(?:pre|p|ul|ol|table|blockquote)\b")
# A box alone on its line over what the option shows (`- [x]` over a block of code).
_BOX_OVER = lazy(
    r"^\s*<p(?:\s[^>]*)?>\s*\[(?P<mark>[ xX])\]\s*</p>\s*(?P<text><(?:pre|p|img)\b.*)$", re.S
)

# "**Options**:", "Opciones:" over a quiz's options.
_OPTIONS_LABEL = lazy(
    r"^\W*(?:options|choices|answers|opciones|opções|opcoes|optionen|auswahl|choix|opzioni|"
    r"opties|opcje|варианты|варіанти|選択肢|选项|選項|보기|선택지)\W*$",
    re.I,
)


def _shown_with_question(block: Tag) -> bool:
    """What may stand between a quiz's question and its options, shown with the question:
    code, a picture, a quoted hint, a short instruction ("Select all correct answers:"),
    an "Options:" label."""
    text = block.get_text(" ", strip=True)
    return (
        block.name in {"pre", "blockquote", "figure", "img"}
        or (block.name == "p" and block.find("img") is not None and not text)
        or (block.name == "p" and text.endswith(":") and len(text.split()) <= 8)
        or _OPTIONS_LABEL.match(text) is not None
    )


# An option wholly in bold, and no markup inside: the right one among plain ones. A bold
# label (`**Definition:**`) is a field of a form, no option.
_BOLD_OPTION = lazy(r"\s*<(strong|b)>(?P<text>[^<]{0,199}[^<:：\s])</\1>\s*")


def bold_marked(options: Sequence[str]) -> bool:
    """Whether two or more options mark the right ones wholly in bold."""
    bold = [_BOLD_OPTION.fullmatch(unwrap_p(option)) is not None for option in options]
    return len(bold) >= 2 and any(bold)


def bolded_choice(found: Found) -> Found:
    """A question labelled as a quiz's ("### Pertanyaan Ke-1" over it) whose answer opens
    with its options, the right ones wholly in bold (`* **Paket**`): the options go with
    the question, the bold ones are the answer, and what follows the list (the explanation)
    goes to the back. Every other find is returned as it is."""
    soup = BeautifulSoup(found.answer, "html.parser")
    blocks = [t for t in soup.contents if isinstance(t, Tag)]
    if not blocks or blocks[0].name not in {"ul", "ol"}:
        return found
    options = []
    for item in blocks[0].find_all("li", recursive=False):
        bold = _BOLD_OPTION.fullmatch(unwrap_p(item.decode_contents()))
        text = bold["text"] if bold else to_text(item.decode_contents())
        options.append((bold is not None, text.strip()))
    return _chosen(found, options, "", "".join(str(block) for block in blocks[1:]))


def checked_choice(found: Found) -> Found:
    """A question whose answer opens with its options as a task list, the right ones
    checked (`* [ ] Process`, `* [x] Culture`): the options go with the question, the
    checked ones are the answer, and what follows the list (the explanation) goes to the
    back. Every other find is returned as it is."""
    if found.kind not in {CardKind.BASIC, CardKind.LIST} or (
        "[x]" not in found.answer and "[X]" not in found.answer
    ):
        return found
    soup = BeautifulSoup(found.answer, "html.parser")
    blocks = [t for t in soup.contents if isinstance(t, Tag)]
    # The options may come after what the question shows (code, a picture, a hint quoted,
    # "Select all correct answers:") and an "Options:" label.
    first = next((n for n, b in enumerate(blocks) if b.name in {"ul", "ol"}), None)
    if first is None or not all(_shown_with_question(b) for b in blocks[:first]):
        return found
    shown = "".join(
        str(b) for b in blocks[:first] if not _OPTIONS_LABEL.match(b.get_text(" ", strip=True))
    )
    blocks = blocks[first:]
    options: list[tuple[bool, str]] = []
    notes = []  # a note under an option ("> This is the IPv4 address"): the back's
    for item in blocks[0].find_all("li", recursive=False):
        for inner in item.find_all(["blockquote", "ul", "ol"], recursive=False):
            notes.append(str(inner.extract()))
        content = unwrap_p(item.decode_contents())
        task = _TASK.match(content) or _BOX_OVER.match(content)
        opening = item.find(True, recursive=False)
        if task is None and opening is not None and opening.name == "p":
            # An option's paragraph, then a note of its own ("Wedging adds no water.").
            task = _TASK.match(opening.decode_contents())
            said = [tag.extract() for tag in opening.find_next_siblings(True)]
            if task is not None and said and said[0].name == "p":
                # Named by its option: the back holds the notes of several.
                said[0].insert(0, BeautifulSoup(f"{task['text'].strip()}: ", "html.parser"))
            notes += [str(tag) for tag in said]
        if task is None:
            return found
        options.append((task["mark"] != " ", task["text"].strip()))
    rest = "".join(notes) + "".join(str(block) for block in blocks[1:])
    return _chosen(found, options, shown, rest)


def _chosen(found: Found, options: Sequence[tuple[bool, str]], shown: str, rest: str) -> Found:
    """The find asked with its options (after what the question `shown`), the marked ones
    its answer (item by item when several: "Which two ...?") and `rest` (the explanation)
    on the back; as it is when no choice was made: none or all marked (a to-do list, done
    or not)."""
    right = [text for marked, text in options if marked]
    if not right or len(right) == len(options):  # (one option is the one or none of them)
        return found
    listed, answer = _options_answer([text for _, text in options], right)
    several = len(right) > 1
    return replace(
        found,
        question=f"{found.question}{shown}{listed}",
        answer=answer,
        kind=CardKind.LIST if several else CardKind.BASIC,
        items=tuple(to_text(text) for text in right) if several else (),
        extra=without_explanation_title(rest) + found.extra,
    )


# A question that tells the learner to choose among its options: a list under it is its
# options, whatever their marks ("以下の選択肢から正しいものを1つ選びなさい").
_CHOOSE = lazy(
    r"\b(?:choose|select|pick)\b.{0,40}\b(?:correct|right|true|false|best|following|one|two|"
    r"three|all)\b|\bwhich (?:one )?of the following\b|選びなさい|選んで|選択肢|选出|选择正确|"
    r"哪一项|哪个选项|고르|골라|w[äa]hlen sie|elija|elige|seleccione|choisissez|scegli|escolha",
    re.I,
)


_LIST_TAG = lazy(r"<(?:ul|ol)\b")


def labelled_choice(found: Found) -> Found:
    """A question whose answer is its options (a list), then a label naming the right one
    (`* Answer: 1945`, `Answer: b`, `**Answer:** 2`): the options go with the question,
    the named option is the answer, what follows the label the explanation on the back.
    Every other find is returned as it is."""
    if found.kind not in {CardKind.BASIC, CardKind.LIST} or not (
        found.answer.lstrip().startswith(("<ul", "<ol")) or OPTION_LINE.match(found.answer)
    ):
        return found  # the common case, without parsing: no options first
    soup = BeautifulSoup(found.answer, "html.parser")
    blocks = [t for t in soup.contents if isinstance(t, Tag)]
    if not blocks or blocks[0].name not in {"ul", "ol", "p"}:
        return found
    if blocks[0].name == "p":
        # "a) 1985" / "b) 1977" on the lines of one paragraph: the options, letter and all.
        options = [o.strip() for o in LINE_BREAK.split(blocks[0].decode_contents()) if o.strip()]
        if not all(OPTION_LINE.match(o) for o in options):
            return found
    else:
        options = [
            unwrap_p(li.decode_contents()) for li in blocks[0].find_all("li", recursive=False)
        ]
    tag = "ul" if blocks[0].name == "p" else blocks[0].name
    *kept, last = LINE_BREAK.split(options[-1]) if options else [""]
    if blocks[0].name != "p" and kept and qa_label(last) == "a":
        # `- d. Docker` / `**Correct Answer:** a. Google` on the item's next line: the
        # label, not a part of the last option.
        options[-1] = "\n".join(kept)
        blocks.insert(1, BeautifulSoup(f"<p>{last}</p>", "html.parser").p or blocks[0])
    if len(blocks) == 1 and (marked := marked_options(options)) is not None:
        # Options one of which is marked right (`... °`, `... *`): the marked one answers.
        shown, answer = _options_answer(*marked)
        return replace(found, question=found.question + shown, answer=answer)
    if len(blocks) == 1:
        lettered = all(OPTION_LINE.match(o) for o in options)
        # Told to choose, and no options shown yet: the list is the options, not the choice.
        choose = _CHOOSE.search(to_text(found.question)) and not _LIST_TAG.search(found.question)
        if len(options) < 2 or not (lettered or choose):
            return found
        # "a) ... b) ... c) ..." and no word of which is right: a question left unanswered
        # (its key elsewhere or nowhere), not a card whose answer is its options.
        listed = "".join(f"<li>{option}</li>" for option in options)
        return replace(found, question=f"{found.question}<{tag}>{listed}</{tag}>", answer="")
    if blocks[1].name == "hr" and len(blocks) > 2:
        blocks = [blocks[0], *blocks[2:]]  # the options, a rule, then the answer
    label = blocks[1]
    if label.name == "p" and _BARE_LETTER.match(label.get_text()):
        # The right option's letter alone under lettered options (`- A: Unit testing` ...
        # `D`): the answer's label left unwritten.
        lettered = all(_LETTERED.match(to_text(o)) for o in options)
        written = BeautifulSoup(f"<p>Answer: {label.get_text().strip()}</p>", "html.parser").p
        if not lettered or written is None:
            return found
        label = written
    items = label.find_all("li", recursive=False) if label.name in {"ul", "ol"} else []
    if label.name in {"ul", "ol"} and len(items) != 1:
        return found
    said = unwrap_p(items[0].decode_contents() if items else label.decode_contents())
    if len(options) < 2 or qa_label(said) != "a":
        return found
    value = to_text(strip_label(said)).strip()
    chosen = _named_option(value, [to_text(o).strip() for o in options])
    if chosen is None:
        return found
    listed = "".join(f"<li>{option}</li>" for option in options)
    rest = "".join(str(block) for block in blocks[2:])
    return replace(
        found,
        question=f"{found.question}<{tag}>{listed}</{tag}>",
        answer=f"<p>{options[chosen]}</p>",
        kind=CardKind.BASIC,
        items=(),
        extra=without_explanation_title(rest) + found.extra,
    )


_BARE_LETTER = lazy(r"^\s*\(?[A-Ha-h][).]?\s*$")
_LETTERED = lazy(r"^\s*\(?[A-Ha-h]\s*[).:]\s+\S")
# An option on a line of its own, lettered: "a) 1985", "(b) Knuth", "C. Gruber".
OPTION_LINE = lazy(r"^\s*(?:<p[^>]*>\s*)?\(?[A-Ha-h][).]\s+\S")
LINE_BREAK = lazy(r"\s*(?:<br\s*/?>|\n)\s*")


def _named_option(value: str, options: list[str]) -> int | None:
    """The option an answer label names: by its text, or by its number or letter."""
    for n, option in enumerate(options):
        if option.casefold() == value.casefold().rstrip("."):
            return n
    # The letter alone, or with the option's text after a dash: "b - Donald E. Knuth".
    mark = re.fullmatch(r"\(?([A-Ha-h]|\d{1,2})[).]?(?:\s+[-–—:]\s+.*)?", value, re.S)
    if mark is None:
        return None
    pick = mark.group(1)
    n = int(pick) - 1 if pick.isdigit() else ord(pick.upper()) - ord("A")
    return n if 0 <= n < len(options) else None
